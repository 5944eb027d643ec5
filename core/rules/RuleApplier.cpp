#include "RuleApplier.h"

#include "DryRun.h"
#include "RuleJson.h"
#include "store/Connection.h"
#include "store/TextLimits.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

struct Writer
{
    const QSqlDatabase &db;
    const ItemFacts &item;
    qint64 at;
    QString station;

    StoreError exec(const QString &sql, std::initializer_list<QVariant> binds) const
    {
        auto q = Connection::exec(db, sql, binds);
        return q.ok() ? StoreError{} : q.error();
    }

    StoreError journal(const Rule &rule, const QString &action, const QString &before,
                       const QString &after, const QString &detail = {}) const
    {
        return exec(u"INSERT INTO journal (at, actor_kind, actor, station, action, item_id, "
                    u"account_id, before, after, detail) VALUES (?, 'rule', ?, ?, ?, ?, ?, ?, ?, "
                    u"?)"_s,
                    {at, rule.name, nonNull(station), action, item.id, item.accountId,
                     nonNull(before), nonNull(after), nonNull(detail)});
    }

    StoreResult<qint64> tagId(const QString &name) const
    {
        if (StoreError err =
                exec(u"INSERT OR IGNORE INTO tags (name, created_at) VALUES (?, ?)"_s, {name, at});
            !err.ok())
            return err;
        auto q = Connection::exec(db, u"SELECT id FROM tags WHERE name = ?"_s, {name});
        if (!q.ok())
            return q.error();
        if (!q.value().next())
            return StoreError::notFound(name);
        return q.value().value(0).toLongLong();
    }

    StoreError queueOutbox(const Rule &rule, const QString &action, const QString &body) const
    {
        return exec(u"INSERT INTO outbox (item_id, action, body, operator, idempotency_key, "
                    u"created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                    {item.id, action, nonNull(body), rule.name,
                     QUuid::createUuid().toString(QUuid::WithoutBraces), at, at});
    }
};

} // namespace

StoreError applyPlan(const QSqlDatabase &db, const QList<Rule> &rules, const ItemFacts &item,
                     const ItemPlan &plan, RuleTrigger trigger, qint64 nowMs,
                     const QString &station)
{
    const Writer w{db, item, nowMs, station};
    QHash<int, QStringList> done;  // rule index -> actions in words
    QHash<int, QStringList> notes; // rule index -> notices
    for (const PlannedAction &p : plan.actions) {
        const Rule &rule = rules.at(p.rule);
        const RuleAction &a = p.action;
        StoreError err;
        switch (a.type) {
        case RuleAction::Type::Tag: {
            auto tag = w.tagId(a.text);
            if (!tag.ok())
                return tag.error();
            err = w.exec(u"INSERT OR IGNORE INTO item_tags (item_id, tag_id) VALUES (?, ?)"_s,
                         {item.id, *tag});
            if (err.ok())
                err = w.journal(rule, u"item.tagged"_s, QString(), a.text);
            break;
        }
        case RuleAction::Type::Untag:
            err = w.exec(u"DELETE FROM item_tags WHERE item_id = ? AND tag_id IN (SELECT id FROM "
                         u"tags WHERE name = ?)"_s,
                         {item.id, a.text});
            if (err.ok())
                err = w.journal(rule, u"item.untagged"_s, a.text, QString());
            break;
        case RuleAction::Type::Close:
            err = w.exec(u"UPDATE items SET status = 'closed', read = 1 WHERE id = ?"_s, {item.id});
            if (err.ok())
                err = w.journal(rule, u"item.closed"_s, p.before, u"closed"_s);
            break;
        case RuleAction::Type::Priority: {
            const int to = ruleJson::priorityFromWord(a.text).value_or(0);
            err = w.exec(u"UPDATE items SET priority = ? WHERE id = ?"_s, {to, item.id});
            if (err.ok())
                err = w.journal(rule, u"item.priority"_s, p.before, a.text);
            break;
        }
        case RuleAction::Type::Assign:
            err =
                w.exec(u"UPDATE items SET assignee_id = ? WHERE id = ?"_s, {p.operatorId, item.id});
            if (err.ok())
                err = w.journal(rule, u"item.assigned"_s, p.before, QString::number(p.operatorId),
                                p.operatorLogin);
            break;
        case RuleAction::Type::Hide:
        case RuleAction::Type::Delete:
        case RuleAction::Type::Reply: {
            const QString action = a.type == RuleAction::Type::Hide     ? u"hide"_s
                                   : a.type == RuleAction::Type::Delete ? u"delete"_s
                                                                        : u"reply"_s;
            err = w.queueOutbox(rule, action, p.body);
            // What goes to the platform is journaled with the customer's text, as it was.
            if (err.ok())
                err = w.journal(rule, u"outbox."_s + action, item.text, p.body, describeAction(a));
            break;
        }
        case RuleAction::Type::Notify:
            notes[p.rule].append(p.body);
            break;
        case RuleAction::Type::Stop:
            break;
        }
        if (!err.ok())
            return err;
        done[p.rule].append(describeAction(a));
    }
    const QString triggerWord = trigger == RuleTrigger::Timer ? u"timer"_s : u"ingest"_s;
    for (int index : plan.fired) {
        const Rule &rule = rules.at(index);
        const QString actions = done.value(index).join(u", "_s);
        const QString notice = notes.value(index).join(u"\n"_s);
        if (StoreError err = w.exec(
                u"INSERT OR IGNORE INTO rule_firings (rule_id, rule_name, item_id, at, trigger, "
                u"actions, notice) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                {rule.id, rule.name, item.id, nowMs, triggerWord,
                 actions.isEmpty() ? QCoreApplication::translate("fd::core::Rules", "stop")
                                   : actions,
                 nonNull(notice)});
            !err.ok())
            return err;
        if (StoreError err = w.journal(rule, u"rule.fired"_s, QString(), actions); !err.ok())
            return err;
    }
    return StoreError{};
}

} // namespace fd::core
