#include "AutomationHook.h"

#include "RuleApplier.h"
#include "RuleSet.h"
#include "store/Connection.h"
#include "store/Store.h"
#include "sync/OpQueue.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

// The statuses an operator's open-items count holds (FactSource's candidates query).
bool isOpenStatus(const QString &status)
{
    return status == u"new" || status == u"open" || status == u"waiting";
}

// What the classifiers and rules derive from each incoming text of a batch, by its index.
struct TextPreview final : IngestPreview
{
    QList<std::optional<ItemClassifier::TextAnalysis>> items;
};

} // namespace

std::shared_ptr<const IngestPreview> AutomationHook::preview(const IngestBatch &batch) const
{
    auto p = std::make_shared<TextPreview>();
    const bool words = m_wordsAhead.load(std::memory_order_relaxed);
    p->items.resize(batch.items.size());
    for (qsizetype i = 0; i < batch.items.size(); ++i) {
        const Item &item = batch.items.at(i).item;
        if (item.direction == Direction::Incoming)
            p->items[i] = ItemClassifier::analyze(item.text, words);
    }
    return p;
}

AutomationHook::AutomationHook(QString station)
    : m_station(std::move(station))
{}

AutomationHook::~AutomationHook() = default;

std::shared_ptr<AutomationHook> AutomationHook::install(Store &store, const QString &station)
{
    auto hook = std::make_shared<AutomationHook>(station);
    store.setIngestHook(hook);
    return hook;
}

StoreError AutomationHook::begin(const QSqlDatabase &db, const IngestPreview *preview)
{
    m_preview = dynamic_cast<const TextPreview *>(preview);
    m_decided.clear();
    m_decidedIds.clear();
    if (StoreError err = ready(db); !err.ok())
        return err;
    m_facts->forget(); // edited since the last batch, perhaps
    m_wordsAhead.store(m_anyIngest && !m_team, std::memory_order_relaxed);
    return StoreError{};
}

StoreResult<ItemDecision> AutomationHook::decide(const QSqlDatabase &, const NewItem &in,
                                                 IngestResult &result)
{
    ItemDecision d;
    d.status = in.status;
    // The text as stored may differ from the one previewed (cut to the store's limits).
    const auto *ahead = static_cast<const TextPreview *>(m_preview);
    const ItemClassifier::TextAnalysis *a = nullptr;
    if (ahead && in.index >= 0 && in.index < ahead->items.size() && ahead->items.at(in.index) &&
        ahead->items.at(in.index)->text == in.text)
        a = &*ahead->items.at(in.index);
    ItemClassifier::Classified classified = a ? m_classifier.classify(*a, in.receivedMs)
                                              : m_classifier.classifyText(in.text, in.receivedMs);
    d.notes = classified.notes;
    // In a team what the rules do goes to the server as ops, after the item is stored.
    if (!m_anyIngest || m_team)
        return d;
    ItemFacts item;
    item.id = in.id;
    item.accountId = in.accountId;
    item.threadId = in.threadId;
    item.postId = in.postId;
    item.authorId = in.authorId;
    item.platform = in.platform;
    item.accountName = in.accountName;
    item.kind = in.kind;
    item.text = in.text;
    item.authorName = in.authorName;
    item.authorHandle = in.authorHandle;
    item.followers = in.followers;
    item.postExternalId = in.postExternalId;
    item.postText = in.postText;
    item.createdMs = in.createdMs;
    item.receivedMs = in.receivedMs;
    item.lang = d.notes.lang;
    item.sentiment = d.notes.sentiment;
    item.spam = d.notes.spam;
    item.event = u"new"_s;
    item.status = in.status;
    item.tags = QStringList(); // a new item has none
    item.stored = false;
    item.setDerived(std::move(classified.folded), classified.signals, std::move(classified.words));
    m_decidedIds.insert(in.id);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    auto plan = m_engine->plan(m_rules, item, nowMs, RuleTrigger::Ingest);
    if (!plan.ok()) {
        warnRules(in.id, plan.error(), result.warnings);
        return d;
    }
    if (plan->fired.isEmpty())
        return d;
    d.status = item.status;
    d.priority = item.priority;
    d.assigneeId = item.assigneeId;
    m_facts->openItemMoved(0, isOpenStatus(in.status), item.assigneeId, isOpenStatus(item.status));
    m_decided.append({std::move(item), std::move(*plan), nowMs, in.status});
    return d;
}

void AutomationHook::warnRules(qint64 itemId, const StoreError &err, QStringList &warnings)
{
    warnings.append(
        QCoreApplication::translate("fd::core::Rules", "The rules could not act on item %1: %2")
            .arg(itemId)
            .arg(err.message));
}

void AutomationHook::rolledBack()
{
    m_preview = nullptr;
    m_decided.clear();
    if (m_applier)
        m_applier->forget();
    if (m_facts)
        m_facts->forget();
    m_revision = -1; // the rules read in that transaction may be gone with it
}

void AutomationHook::dropStatements()
{
    m_savepoint.reset();
    m_release.reset();
    m_rollback.reset();
    m_restore.reset();
    m_applier.reset();
    m_engine.reset();
    m_facts.reset();
}

void AutomationHook::connectionClosing()
{
    dropStatements();
    m_connection.clear();
    m_revision = -1;
}

StoreError AutomationHook::ready(const QSqlDatabase &db)
{
    if (!m_facts || m_connection != db.connectionName()) {
        m_engine.reset();
        m_facts = std::make_unique<FactSource>(db);
        if (StoreError err = m_facts->error(); !err.ok()) {
            m_facts.reset();
            return err;
        }
        m_engine = std::make_unique<RuleEngine>(*m_facts);
        m_applier = std::make_unique<RuleApplier>(db);
        StoreError err = m_applier->error();
        sqlite3 *handle = SqliteStatement::handleOf(db);
        m_savepoint = std::make_unique<SqliteStatement>();
        m_release = std::make_unique<SqliteStatement>();
        m_rollback = std::make_unique<SqliteStatement>();
        if (err.ok())
            err = m_savepoint->prepare(handle, u"SAVEPOINT rules_item"_s);
        if (err.ok())
            err = m_release->prepare(handle, u"RELEASE rules_item"_s);
        if (err.ok())
            err = m_rollback->prepare(handle, u"ROLLBACK TO rules_item"_s);
        m_restore = std::make_unique<SqliteStatement>();
        if (err.ok())
            err = m_restore->prepare(handle, u"UPDATE items SET status = ?, priority = 0, "
                                             u"assignee_id = NULL, read = 0 WHERE id = ?"_s);
        if (!err.ok()) {
            dropStatements();
            return err;
        }
        m_connection = db.connectionName();
        m_revision = -1;
    }
    // A station may join or leave its team between batches.
    auto team = opQueue::inTeam(db);
    if (!team.ok())
        return team.error();
    m_team = *team;
    m_applier->setTeam(*team);
    auto revision = rulesRevision(db);
    if (!revision.ok())
        return revision.error();
    if (*revision == m_revision)
        return StoreError{};
    auto rules = loadRules(db, true);
    if (!rules.ok())
        return rules.error();
    m_rules = *rules;
    m_anyIngest = m_anyTimer = false;
    for (const Rule &r : std::as_const(m_rules)) {
        m_anyIngest = m_anyIngest || RuleEngine::runsOn(r, RuleTrigger::Ingest);
        m_anyTimer = m_anyTimer || RuleEngine::runsOn(r, RuleTrigger::Timer);
    }
    m_revision = *revision;
    return StoreError{};
}

StoreError AutomationHook::runItems(const QList<Rule> &rules,
                                    const QList<std::pair<qint64, QString>> &items, qint64 nowMs,
                                    RuleTrigger trigger, QStringList &warnings, int *fired)
{
    // The rules' writes of a whole batch share one savepoint: each savepoint makes the
    // full-text index write out what it holds in memory, so one per item cost more than the
    // rules. When an item's rules fail, everything they wrote in this batch is rolled back and
    // the batch's rules run again without that item: a failing rule never costs the batch.
    QSet<qint64> failing;
    m_applier->setBuffered(true);
    while (true) {
        if (StoreError err = step(*m_savepoint); !err.ok())
            return err;
        std::optional<std::pair<qint64, StoreError>> failure;
        int acted = 0;
        // What was decided for new items before they were written.
        for (const Decided &d : std::as_const(m_decided)) {
            if (failing.contains(d.item.id))
                continue;
            StoreError err = m_applier->apply(m_rules, d.item, d.plan, RuleTrigger::Ingest, d.nowMs,
                                              m_station, RuleApplier::Row::Written);
            if (!err.ok()) {
                failure = {d.item.id, err};
                break;
            }
            ++acted;
        }
        for (qsizetype k = 0; k < items.size() && !failure; ++k) {
            const auto &[id, event] = items.at(k);
            if (failing.contains(id))
                continue;
            auto loaded = m_facts->load(id);
            if (!loaded.ok())
                return loaded.error();
            if (!loaded->has_value())
                continue; // ours, not a customer's
            ItemFacts item = std::move(**loaded);
            item.event = event;
            const qint64 assignedTo = item.assigneeId;
            const bool wasOpen = isOpenStatus(item.status);
            auto plan = m_engine->plan(rules, item, nowMs, trigger);
            if (plan.ok() && plan->fired.isEmpty())
                continue;
            StoreError err = plan.ok() ? m_applier->apply(rules, item, *plan, trigger, nowMs,
                                                          m_station, RuleApplier::Row::Update)
                                       : plan.error();
            if (!err.ok()) {
                failure = {id, err};
                break;
            }
            m_facts->openItemMoved(assignedTo, wasOpen, item.assigneeId, isOpenStatus(item.status));
            ++acted;
        }
        if (!failure) {
            // The rows kept for the whole batch; should they fail, the batch runs again with
            // each row written as it comes, so the error is laid at its item's door.
            StoreError flushed = m_applier->flush();
            if (flushed.ok()) {
                if (fired)
                    *fired = acted;
                m_decided.clear();
                return step(*m_release);
            }
            StoreError undone = step(*m_rollback);
            if (undone.ok())
                undone = step(*m_release);
            if (!undone.ok())
                return flushed;
            m_facts->forget();
            m_applier->setBuffered(false);
            continue;
        }
        // SQLite may have rolled the whole transaction back (a full disk): then the batch fails.
        StoreError undone = step(*m_rollback);
        if (undone.ok())
            undone = step(*m_release);
        if (!undone.ok())
            return failure->second;
        m_applier->forget();
        m_facts->forget();
        failing.insert(failure->first);
        warnRules(failure->first, failure->second, warnings);
        // A new item the rules decided on is put back as it came.
        for (const Decided &d : std::as_const(m_decided)) {
            if (d.item.id != failure->first)
                continue;
            m_restore->bind(0, d.cameAs);
            m_restore->bind(1, d.item.id);
            if (StoreError err = step(*m_restore); !err.ok())
                return err;
        }
    }
}

StoreError AutomationHook::step(SqliteStatement &st)
{

    StoreError err = st.exec(QString());
    st.reset();
    return err;
}

StoreError AutomationHook::ingested(const QSqlDatabase &, const IngestBatch &,
                                    const QList<IngestedItem> &items, IngestResult &result)
{
    m_preview = nullptr; // the batch's items are written: nothing more is decided for it
    if (!m_anyIngest)
        return StoreError{};
    QList<std::pair<qint64, QString>> ids;
    ids.reserve(items.size());
    for (const IngestedItem &in : items) {
        if (!m_decidedIds.contains(in.itemId))
            ids.append({in.itemId, in.edited ? u"edited"_s : u"new"_s});
    }
    if (ids.isEmpty() && m_decided.isEmpty())
        return StoreError{};
    return runItems(m_rules, ids, QDateTime::currentMSecsSinceEpoch(), RuleTrigger::Ingest,
                    result.warnings);
}

StoreError AutomationHook::runPulled(const QSqlDatabase &db,
                                     const QList<std::pair<qint64, QString>> &items, qint64 nowMs,
                                     QStringList &warnings, int *fired)
{
    if (fired)
        *fired = 0;
    if (StoreError err = ready(db); !err.ok())
        return err;
    if (!m_anyIngest)
        return StoreError{};
    m_facts->forget();
    return runItems(m_rules, items, nowMs, RuleTrigger::Ingest, warnings, fired);
}

StoreError AutomationHook::runTimer(const QSqlDatabase &db, qint64 nowMs, int *fired,
                                    const QSet<qint64> *teamAccounts)
{
    if (fired)
        *fired = 0;
    // A team's items change through the team's server; rules there are the gateway's business.
    auto team = opQueue::inTeam(db);
    if (!team.ok())
        return team.error();
    if (*team && !teamAccounts)
        return StoreError{};
    if (StoreError err = ready(db); !err.ok())
        return err;
    if (!m_anyTimer)
        return StoreError{};
    m_facts->forget();
    auto q = Connection::exec(db, u"SELECT id, account_id FROM items WHERE status IN ('new', "
                                  u"'open', 'waiting') AND direction = 'in' ORDER BY id"_s);
    if (!q.ok())
        return q.error();
    QList<qint64> ids;
    while (q.value().next()) {
        if (!teamAccounts || teamAccounts->contains(q.value().value(1).toLongLong()))
            ids.append(q.value().value(0).toLongLong());
    }
    // A timer rule acts on an item once: the rules that already did are left out for it.
    auto doneQ = Connection::exec(
        db, u"SELECT f.item_id, f.rule_id FROM rule_firings f JOIN items i ON i.id = f.item_id "
            u"WHERE f.trigger = 'timer' AND i.status IN ('new', 'open', 'waiting')"_s);
    if (!doneQ.ok())
        return doneQ.error();
    QHash<qint64, QSet<qint64>> done; // item -> rules that acted on it
    while (doneQ.value().next())
        done[doneQ.value().value(0).toLongLong()].insert(doneQ.value().value(1).toLongLong());
    // Items are grouped by the rules left for them, so each group runs as one batch.
    QHash<QString, std::pair<QList<Rule>, QList<std::pair<qint64, QString>>>> groups;
    for (qint64 id : std::as_const(ids)) {
        const QSet<qint64> acted = done.value(id);
        QList<Rule> rules = m_rules;
        rules.removeIf([&](const Rule &r) { return acted.contains(r.id); });
        QString key;
        for (const Rule &r : std::as_const(rules))
            key += QString::number(r.id) + u',';
        auto &group = groups[key];
        group.first = rules;
        group.second.append({id, u"timer"_s});
    }
    QStringList warnings;
    for (const auto &[rules, items] : std::as_const(groups)) {
        int acted = 0;
        if (StoreError err = runItems(rules, items, nowMs, RuleTrigger::Timer, warnings, &acted);
            !err.ok())
            return err;
        if (fired)
            *fired += acted;
    }
    return StoreError{};
}

} // namespace fd::core
