#include "DryRun.h"

#include "ItemFacts.h"
#include "RuleEngine.h"
#include "RuleSet.h"
#include "store/Connection.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

// The strings of this file, under the context they are translated in.
struct DryRunText
{
    Q_DECLARE_TR_FUNCTIONS(fd::core::DryRun)
};

// The rules that run before `rule`, then `rule` itself (in place of its stored self).
QList<Rule> chainFor(const QList<Rule> &enabled, const Rule &rule)
{
    QList<Rule> chain;
    for (const Rule &r : enabled) {
        if (r.id == rule.id && rule.id != 0)
            break;
        if (rule.id != 0 && r.position > rule.position)
            break;
        chain.append(r);
    }
    Rule self = rule;
    self.enabled = true;
    chain.append(self);
    return chain;
}

} // namespace

QString describeAction(const RuleAction &a)
{
    switch (a.type) {
    case RuleAction::Type::Tag:
        return DryRunText::tr("tag %1").arg(a.text);
    case RuleAction::Type::Untag:
        return DryRunText::tr("untag %1").arg(a.text);
    case RuleAction::Type::Close:
        return DryRunText::tr("close");
    case RuleAction::Type::Hide:
        return DryRunText::tr("hide on the platform");
    case RuleAction::Type::Delete:
        return DryRunText::tr("delete on the platform");
    case RuleAction::Type::Assign:
        if (!a.roundRobin)
            return DryRunText::tr("assign to %1").arg(a.text);
        return a.operators.isEmpty()
                   ? DryRunText::tr("assign in turn to the operators on shift")
                   : DryRunText::tr("assign in turn to %1").arg(a.operators.join(u", "_s));
    case RuleAction::Type::Priority:
        return DryRunText::tr("set priority %1").arg(a.text);
    case RuleAction::Type::Reply:
        return DryRunText::tr("reply with “%1”").arg(a.text);
    case RuleAction::Type::Notify:
        return DryRunText::tr("notify");
    case RuleAction::Type::Stop:
        return DryRunText::tr("stop");
    }
    return {};
}

QString DryRunReport::summary() const
{
    if (counts.isEmpty()) {
        const int looked = int(qMin<qint64>(examined, INT_MAX));
        return DryRunText::tr("Would do nothing to %Ln item(s).", nullptr, looked);
    }
    QStringList parts;
    const QLocale locale;
    auto n = [&](RuleAction::Type type) { return int(qMin<qint64>(counts.value(type), INT_MAX)); };
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        switch (it.key()) {
        case RuleAction::Type::Tag:
            parts.append(DryRunText::tr("tag %Ln item(s)", nullptr, n(it.key())));
            break;
        case RuleAction::Type::Untag:
            parts.append(DryRunText::tr("untag %Ln item(s)", nullptr, n(it.key())));
            break;
        case RuleAction::Type::Close:
            parts.append(DryRunText::tr("close %Ln item(s)", nullptr, n(it.key())));
            break;
        case RuleAction::Type::Hide:
            parts.append(DryRunText::tr("hide %Ln item(s)", nullptr, n(it.key())));
            break;
        case RuleAction::Type::Delete:
            parts.append(DryRunText::tr("delete %Ln item(s)", nullptr, n(it.key())));
            break;
        case RuleAction::Type::Assign:
            parts.append(DryRunText::tr("assign %Ln item(s)", nullptr, n(it.key())));
            break;
        case RuleAction::Type::Priority:
            parts.append(DryRunText::tr("set the priority of %Ln item(s)", nullptr, n(it.key())));
            break;
        case RuleAction::Type::Reply:
            parts.append(DryRunText::tr("reply to %Ln item(s)", nullptr, n(it.key())));
            break;
        case RuleAction::Type::Notify:
            parts.append(DryRunText::tr("notify about %Ln item(s)", nullptr, n(it.key())));
            break;
        case RuleAction::Type::Stop:
            break;
        }
    }
    return DryRunText::tr("Would %1, of %2 items looked at.")
        .arg(parts.join(u", "_s), locale.toString(examined));
}

StoreResult<DryRunReport> dryRun(const QSqlDatabase &db, const Rule &rule,
                                 const DryRunOptions &options,
                                 const std::function<bool(qint64, qint64)> &progress)
{
    auto enabled = loadRules(db, true);
    if (!enabled.ok())
        return enabled.error();
    const QList<Rule> chain = chainFor(*enabled, rule);
    const int self = int(chain.size()) - 1;

    FactSource facts(db);
    if (!facts.error().ok())
        return facts.error();
    // Calendars come with business hours; until one is known, calendar conditions never hold.
    RuleEngine engine(facts);
    DryRunReport report;
    const qint64 nowMs = options.now.isValid() ? options.now.toMSecsSinceEpoch()
                                               : QDateTime::currentMSecsSinceEpoch();

    auto record = [&](const ItemPlan &plan, const ItemFacts &item) {
        DryRunItem listed;
        QSet<RuleAction::Type> types;
        for (const PlannedAction &p : plan.actions) {
            if (p.rule != self)
                continue;
            types.insert(p.action.type);
            listed.actions.append(describeAction(p.action));
        }
        if (types.isEmpty())
            return;
        ++report.matched;
        for (RuleAction::Type t : types)
            ++report.counts[t];
        if (report.items.size() < options.listLimit) {
            listed.itemId = item.id;
            listed.account = item.accountName;
            listed.author = item.authorName.isEmpty() ? item.authorHandle : item.authorName;
            listed.text = item.text;
            listed.createdAt = QDateTime::fromMSecsSinceEpoch(item.createdMs, Qt::UTC);
            report.items.append(listed);
        }
    };

    // Each pass walks item ids (oldest first) from a query, then looks each item up.
    auto pass = [&](const QString &where, qint64 bind, RuleTrigger trigger, qint64 total,
                    qint64 &done) -> StoreError {
        auto q = Connection::exec(db, u"SELECT id FROM items WHERE "_s + where + u" ORDER BY id"_s,
                                  {bind});
        if (!q.ok())
            return q.error();
        while (q.value().next()) {
            if (progress && done % 64 == 0 && !progress(done, total)) {
                report.cancelled = true;
                return StoreError{};
            }
            ++done;
            auto loaded = facts.load(q->value(0).toLongLong());
            if (!loaded.ok())
                return loaded.error();
            if (!loaded->has_value())
                continue;
            ItemFacts item = std::move(**loaded);
            ++report.examined;
            qint64 at = nowMs;
            if (trigger == RuleTrigger::Ingest) {
                // As the item arrived: new, untagged, normal, nobody's, at its arrival time.
                item.event = u"new"_s;
                item.status = u"new"_s;
                item.priority = 0;
                item.assigneeId = 0;
                item.tags = QStringList();
                at = item.receivedMs;
            } else {
                item.event = u"timer"_s;
            }
            auto plan = engine.plan(chain, item, at, trigger);
            if (!plan.ok())
                return plan.error();
            record(*plan, item);
        }
        return StoreError{};
    };

    const qint64 sinceId = options.since.isValid() ? options.since.toMSecsSinceEpoch() * 1000 : 0;
    const QString historyWhere = u"direction = 'in' AND id >= ?"_s;
    const QString openWhere =
        u"status IN ('new', 'open', 'waiting') AND direction = 'in' AND NOT EXISTS (SELECT 1 "
        u"FROM rule_firings f WHERE f.rule_id = ? AND f.item_id = items.id AND f.trigger = "
        u"'timer')"_s;
    qint64 total = 0;
    if (progress) {
        auto count = [&](const QString &where, qint64 bind) -> StoreError {
            auto q = Connection::exec(db, u"SELECT count(*) FROM items WHERE "_s + where, {bind});
            if (!q.ok())
                return q.error();
            total += q.value().next() ? q->value(0).toLongLong() : 0;
            return StoreError{};
        };
        if (RuleEngine::runsOn(rule, RuleTrigger::Ingest)) {
            if (StoreError err = count(historyWhere, sinceId); !err.ok())
                return err;
        }
        if (RuleEngine::runsOn(rule, RuleTrigger::Timer)) {
            if (StoreError err = count(openWhere, rule.id); !err.ok())
                return err;
        }
    }
    qint64 done = 0;
    if (RuleEngine::runsOn(rule, RuleTrigger::Ingest)) {
        if (StoreError err = pass(historyWhere, sinceId, RuleTrigger::Ingest, total, done);
            !err.ok())
            return err;
    }
    if (!report.cancelled && RuleEngine::runsOn(rule, RuleTrigger::Timer)) {
        if (StoreError err = pass(openWhere, rule.id, RuleTrigger::Timer, total, done); !err.ok())
            return err;
    }
    if (progress && !report.cancelled)
        progress(total, total);
    return report;
}

} // namespace fd::core
