#include "AutomationHook.h"

#include "LanguageDetector.h"
#include "RuleApplier.h"
#include "RuleSet.h"
#include "SentimentClassifier.h"
#include "SpamClassifier.h"
#include "TextFold.h"
#include "store/Connection.h"
#include "store/Store.h"
#include "sync/OpQueue.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fd::core {

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
    ItemAnnotations notes;
    const Language lang = detectLanguage(text);
    notes.lang = languageName(lang);
    notes.sentiment = int(classifySentiment(text, lang));
    const TextSignals signals = textSignals(text);
    notes.spam = classifySpam(text, signals, m_repeats.seen(foldText(text), receivedMs)).spam;
    return notes;
}

void AutomationHook::rolledBack()
{
    m_revision = -1; // the rules read in that transaction may be gone with it
}

void AutomationHook::connectionClosing()
{
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
        m_connection = db.connectionName();
        m_revision = -1;
    }
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

StoreResult<bool> AutomationHook::runOn(const QSqlDatabase &db, const QList<Rule> &rules,
                                        ItemFacts &item, qint64 nowMs, RuleTrigger trigger,
                                        QStringList &warnings)
{
    auto plan = m_engine->plan(rules, item, nowMs, trigger);
    if (plan.ok() && plan->fired.isEmpty())
        return false;
    // One item's rules succeed or fail together; a failing rule never costs the batch.
    if (auto sp = Connection::exec(db, u"SAVEPOINT rules_item"_s); !sp.ok())
        return sp.error();
    StoreError err =
        plan.ok() ? applyPlan(db, rules, item, *plan, trigger, nowMs, m_station) : plan.error();
    if (!err.ok()) {
        Connection::exec(db, u"ROLLBACK TO rules_item"_s);
        warnings.append(
            QCoreApplication::translate("fd::core::Rules", "The rules could not act on item %1: %2")
                .arg(item.id)
                .arg(err.message));
    }
    auto release = Connection::exec(db, u"RELEASE rules_item"_s);
    if (!release.ok())
        return release.error();
    return err.ok();
}

StoreError AutomationHook::ingested(const QSqlDatabase &db, const IngestBatch &,
                                    const QList<IngestedItem> &items, IngestResult &result)
{
    if (StoreError err = ready(db); !err.ok())
        return err;
    if (!m_anyIngest)
        return StoreError{};
    m_facts->forgetCalendars(); // edited since the last batch, perhaps
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (const IngestedItem &in : items) {
        auto loaded = m_facts->load(in.itemId);
        if (!loaded.ok())
            return loaded.error();
        if (!loaded->has_value())
            continue; // ours, not a customer's
        ItemFacts item = std::move(**loaded);
        item.event = in.edited ? u"edited"_s : u"new"_s;
        auto ran = runOn(db, m_rules, item, nowMs, RuleTrigger::Ingest, result.warnings);
        if (!ran.ok())
            return ran.error();
    }
    return StoreError{};
}

StoreError AutomationHook::runTimer(const QSqlDatabase &db, qint64 nowMs, int *fired)
{
    if (fired)
        *fired = 0;
    // A team's items change through the team's server; rules there are the gateway's business.
    auto team = opQueue::inTeam(db);
    if (!team.ok())
        return team.error();
    if (*team)
        return StoreError{};
    if (StoreError err = ready(db); !err.ok())
        return err;
    if (!m_anyTimer)
        return StoreError{};
    m_facts->forgetCalendars();
    auto q = Connection::exec(db, u"SELECT id FROM items WHERE status IN ('new', 'open', "
                                  u"'waiting') AND direction = 'in' ORDER BY id"_s);
    if (!q.ok())
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    QStringList warnings;
    for (qint64 id : std::as_const(ids)) {
        auto loaded = m_facts->load(id);
        if (!loaded.ok())
            return loaded.error();
        if (!loaded->has_value())
            continue;
        ItemFacts item = std::move(**loaded);
        item.event = u"timer"_s;
        // A timer rule acts on an item once: rules that already did are left out for it.
        auto doneQ = Connection::exec(
            db, u"SELECT rule_id FROM rule_firings WHERE item_id = ? AND trigger = 'timer'"_s,
            {id});
        if (!doneQ.ok())
            return doneQ.error();
        QSet<qint64> done;
        while (doneQ.value().next())
            done.insert(doneQ.value().value(0).toLongLong());
        QList<Rule> rules = m_rules;
        rules.removeIf([&](const Rule &r) { return done.contains(r.id); });
        auto ran = runOn(db, rules, item, nowMs, RuleTrigger::Timer, warnings);
        if (!ran.ok())
            return ran.error();
        if (fired && *ran)
            ++*fired;
    }
    return StoreError{};
}

} // namespace fd::core
