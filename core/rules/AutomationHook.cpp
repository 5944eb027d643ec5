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

} // namespace

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

ItemAnnotations AutomationHook::annotate(const IncomingItem &, const QString &text,
                                         qint64 receivedMs)
{
    return m_classifier.classify(text, receivedMs);
}

void AutomationHook::rolledBack()
{
    if (m_applier)
        m_applier->forget();
    if (m_facts)
        m_facts->forget();
    m_revision = -1; // the rules read in that transaction may be gone with it
}

void AutomationHook::connectionClosing()
{
    m_applier.reset();
    m_engine.reset();
    m_facts.reset();
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
        if (StoreError err = m_applier->error(); !err.ok()) {
            m_applier.reset();
            m_engine.reset();
            m_facts.reset();
            return err;
        }
        m_connection = db.connectionName();
        m_revision = -1;
    }
    // A station may join or leave its team between batches.
    auto team = opQueue::inTeam(db);
    if (!team.ok())
        return team.error();
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

StoreError AutomationHook::runItems(const QSqlDatabase &db, const QList<Rule> &rules,
                                    const QList<std::pair<qint64, QString>> &items, qint64 nowMs,
                                    RuleTrigger trigger, QStringList &warnings, int *fired)
{
    // The rules' writes of a whole batch share one savepoint (one per item cost more than the
    // rules). When an item's rules fail, everything they wrote in this batch is rolled back and
    // the batch's rules run again without that item: a failing rule never costs the batch.
    QSet<qint64> failing;
    while (true) {
        if (auto sp = Connection::exec(db, u"SAVEPOINT rules_batch"_s); !sp.ok())
            return sp.error();
        std::optional<std::pair<qint64, StoreError>> failure;
        int acted = 0;
        for (const auto &[id, event] : items) {
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
            StoreError err = plan.ok()
                                 ? m_applier->apply(rules, item, *plan, trigger, nowMs, m_station)
                                 : plan.error();
            if (!err.ok()) {
                failure = {id, err};
                break;
            }
            m_facts->openItemMoved(assignedTo, wasOpen, item.assigneeId, isOpenStatus(item.status));
            ++acted;
        }
        if (!failure) {
            if (fired)
                *fired = acted;
            auto release = Connection::exec(db, u"RELEASE rules_batch"_s);
            return release.ok() ? StoreError{} : release.error();
        }
        Connection::exec(db, u"ROLLBACK TO rules_batch"_s);
        Connection::exec(db, u"RELEASE rules_batch"_s);
        m_applier->forget();
        m_facts->forget();
        failing.insert(failure->first);
        warnings.append(
            QCoreApplication::translate("fd::core::Rules", "The rules could not act on item %1: %2")
                .arg(failure->first)
                .arg(failure->second.message));
    }
}

StoreError AutomationHook::ingested(const QSqlDatabase &db, const IngestBatch &,
                                    const QList<IngestedItem> &items, IngestResult &result)
{
    if (StoreError err = ready(db); !err.ok())
        return err;
    if (!m_anyIngest)
        return StoreError{};
    m_facts->forget(); // edited since the last batch, perhaps
    QList<std::pair<qint64, QString>> ids;
    ids.reserve(items.size());
    for (const IngestedItem &in : items)
        ids.append({in.itemId, in.edited ? u"edited"_s : u"new"_s});
    return runItems(db, m_rules, ids, QDateTime::currentMSecsSinceEpoch(), RuleTrigger::Ingest,
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
    return runItems(db, m_rules, items, nowMs, RuleTrigger::Ingest, warnings, fired);
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
        if (StoreError err =
                runItems(db, rules, items, nowMs, RuleTrigger::Timer, warnings, &acted);
            !err.ok())
            return err;
        if (fired)
            *fired += acted;
    }
    return StoreError{};
}

} // namespace fd::core
