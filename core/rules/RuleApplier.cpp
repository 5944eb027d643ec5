#include "RuleApplier.h"

#include "DryRun.h"
#include "RuleJson.h"
#include "sync/OpQueue.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUuid>

#include <array>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

QString doing()
{
    return QCoreApplication::translate("fd::core::Rules", "Writing what a rule did");
}

} // namespace

struct RuleApplier::Statements
{
    SqliteStatement journal, tagInsert, tagSelect, tagItem, untagItem, outbox, firing, ruleKey,
        login;
    // Per set of changed columns (status 1, priority 2, assignee 4): an UPDATE that names only
    // those, so only the indexes holding them are rewritten (most of the items table's
    // indexes hold the status; none holds the priority).
    std::array<SqliteStatement, 8> update;
};

RuleApplier::RuleApplier(const QSqlDatabase &db)
    : m_db(db)
    , m_st(std::make_unique<Statements>())
{
    sqlite3 *h = SqliteStatement::handleOf(db);
    const std::pair<SqliteStatement *, QString> all[] = {
        {&m_st->journal,
         u"INSERT INTO journal (at, actor_kind, actor, station, action, item_id, account_id, "
         u"before, after, detail) VALUES (?, 'rule', ?, ?, ?, ?, ?, ?, ?, ?)"_s},
        {&m_st->tagInsert, u"INSERT OR IGNORE INTO tags (name, created_at) VALUES (?, ?)"_s},
        {&m_st->tagSelect, u"SELECT id FROM tags WHERE name = ?"_s},
        {&m_st->tagItem, u"INSERT OR IGNORE INTO item_tags (item_id, tag_id) VALUES (?, ?)"_s},
        {&m_st->untagItem, u"DELETE FROM item_tags WHERE item_id = ? AND tag_id IN (SELECT id "
                           u"FROM tags WHERE name = ?)"_s},
        {&m_st->outbox,
         u"INSERT INTO outbox (item_id, action, body, operator, idempotency_key, created_at, "
         u"updated_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, 'rule')"_s},
        {&m_st->firing,
         u"INSERT OR IGNORE INTO rule_firings (rule_id, rule_name, item_id, at, trigger, actions, "
         u"notice) VALUES (?, ?, ?, ?, ?, ?, ?)"_s},
        {&m_st->ruleKey, u"SELECT key FROM rules WHERE id = ?"_s},
        {&m_st->login, u"SELECT login FROM operators WHERE id = ?"_s},
    };
    for (const auto &[st, sql] : all) {
        if (StoreError err = st->prepare(h, sql); !err.ok()) {
            m_error = err;
            return;
        }
    }
    for (int mask = 1; mask < 8; ++mask) {
        QStringList set;
        if (mask & 1)
            set << u"status = ?1, read = CASE WHEN ?1 = 'closed' THEN 1 ELSE read END"_s;
        if (mask & 2)
            set << u"priority = ?2"_s;
        if (mask & 4)
            set << u"assignee_id = nullif(?3, 0)"_s;
        const QString sql = u"UPDATE items SET "_s + set.join(u", "_s) + u" WHERE id = ?4"_s;
        if (StoreError err = m_st->update[mask].prepare(h, sql); !err.ok()) {
            m_error = err;
            return;
        }
    }
}

RuleApplier::~RuleApplier() = default;

StoreError RuleApplier::run(SqliteStatement &st)
{
    StoreError err = st.exec(doing());
    st.reset();
    return err;
}

StoreError RuleApplier::journal(const Rule &rule, const ItemFacts &item, qint64 at,
                                const QString &station, const QString &action,
                                const QString &before, const QString &after, const QString &detail)
{
    SqliteStatement &q = m_st->journal;
    q.bind(0, at);
    q.bind(1, rule.name);
    q.bind(2, station);
    q.bind(3, action);
    q.bind(4, item.id);
    q.bind(5, item.accountId);
    q.bind(6, before);
    q.bind(7, after);
    q.bind(8, detail);
    return run(q);
}

StoreResult<qint64> RuleApplier::tagId(const QString &name, qint64 at)
{
    const QString key = name.toCaseFolded();
    if (const auto it = m_tagIds.constFind(key); it != m_tagIds.constEnd())
        return *it;
    SqliteStatement &ins = m_st->tagInsert;
    ins.bind(0, name);
    ins.bind(1, at);
    if (StoreError err = run(ins); !err.ok())
        return err;
    SqliteStatement &sel = m_st->tagSelect;
    sel.bind(0, name);
    if (StoreError err = sel.exec(doing()); !err.ok())
        return err;
    if (!sel.hasRow()) {
        sel.reset();
        return StoreError::notFound(name);
    }
    const qint64 id = sel.int64(0);
    sel.reset();
    m_tagIds.insert(key, id);
    return id;
}

StoreResult<QString> RuleApplier::textById(SqliteStatement &st, qint64 id)
{
    st.bind(0, id);
    if (StoreError err = st.exec(doing()); !err.ok()) {
        st.reset();
        return err;
    }
    const QString text = st.hasRow() ? st.text(0) : QString();
    st.reset();
    return text;
}

StoreError RuleApplier::queueTeamOps(const QList<Rule> &rules, const ItemFacts &item,
                                     const ItemPlan &plan, const QString &trigger,
                                     const QHash<int, QJsonArray> &effects)
{
    for (int index : plan.fired) {
        auto key = textById(m_st->ruleKey, rules.at(index).id);
        if (!key.ok())
            return key.error();
        auto queued = opQueue::enqueue(m_db, u"rule_fired"_s,
                                       {{u"item"_s, item.id},
                                        {u"rule"_s, *key},
                                        {u"trigger"_s, trigger},
                                        {u"event"_s, item.event},
                                        {u"effects"_s, effects.value(index)}});
        if (!queued.ok())
            return queued.error();
    }
    return {};
}

StoreError RuleApplier::apply(const QList<Rule> &rules, const ItemFacts &item, const ItemPlan &plan,
                              RuleTrigger trigger, qint64 nowMs, const QString &station, Row row)
{
    if (!m_error.ok())
        return m_error;
    QHash<int, QStringList> done;   // rule index -> actions in words
    QHash<int, QStringList> notes;  // rule index -> notices
    int changed = 0;                // the item's status 1, priority 2, assignee 4
    QHash<int, QJsonArray> effects; // rule index -> what it did, as the team's server takes it
    // Made only in a team: alone they are not needed, and cost more than a row written.
    auto effect = [&](int rule, const auto &make) {
        if (m_team)
            effects[rule].append(make());
    };
    for (const PlannedAction &p : plan.actions) {
        const Rule &rule = rules.at(p.rule);
        const RuleAction &a = p.action;
        StoreError err;
        QString action, before = p.before, after, detail;
        switch (a.type) {
        case RuleAction::Type::Tag: {
            auto tag = tagId(a.text, nowMs);
            if (!tag.ok())
                return tag.error();
            m_st->tagItem.bind(0, item.id);
            m_st->tagItem.bind(1, *tag);
            err = run(m_st->tagItem);
            action = u"item.tagged"_s;
            after = a.text;
            effect(p.rule, [&] {
                return QJsonValue(QJsonObject{{u"do"_s, u"tag"_s}, {u"tag"_s, a.text}});
            });
            break;
        }
        case RuleAction::Type::Untag:
            m_st->untagItem.bind(0, item.id);
            m_st->untagItem.bind(1, a.text);
            err = run(m_st->untagItem);
            action = u"item.untagged"_s;
            before = a.text;
            effect(p.rule, [&] {
                return QJsonValue(QJsonObject{{u"do"_s, u"untag"_s}, {u"tag"_s, a.text}});
            });
            break;
        case RuleAction::Type::Close:
            changed |= 1;
            action = u"item.closed"_s;
            after = u"closed"_s;
            effect(p.rule, [&] { return QJsonValue(QJsonObject{{u"do"_s, u"close"_s}}); });
            break;
        case RuleAction::Type::Priority:
            changed |= 2;
            action = u"item.priority"_s;
            after = a.text;
            effect(p.rule, [&] {
                return QJsonValue(
                    QJsonObject{{u"do"_s, u"priority"_s},
                                {u"value"_s, ruleJson::priorityFromWord(a.text).value_or(0)}});
            });
            break;
        case RuleAction::Type::Assign:
            changed |= 4;
            action = u"item.assigned"_s;
            after = QString::number(p.operatorId);
            detail = p.operatorLogin;
            if (m_team) {
                // Compare-and-set on the server: the assignee the rule saw.
                auto expected = textById(m_st->login, p.before.toLongLong());
                if (!expected.ok())
                    return expected.error();
                effect(p.rule, [&] {
                    return QJsonValue(QJsonObject{{u"do"_s, u"assign"_s},
                                                  {u"to"_s, p.operatorLogin},
                                                  {u"expected"_s, *expected}});
                });
            }
            break;
        case RuleAction::Type::Hide:
        case RuleAction::Type::Delete:
        case RuleAction::Type::Reply: {
            const QString word = a.type == RuleAction::Type::Hide     ? u"hide"_s
                                 : a.type == RuleAction::Type::Delete ? u"delete"_s
                                                                      : u"reply"_s;
            SqliteStatement &q = m_st->outbox;
            const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
            q.bind(0, item.id);
            q.bind(1, word);
            q.bind(2, p.body);
            q.bind(3, rule.name);
            q.bind(4, key);
            effect(p.rule, [&] {
                return QJsonValue(
                    QJsonObject{{u"do"_s, word}, {u"key"_s, key}, {u"body"_s, p.body}});
            });
            q.bind(5, nowMs);
            q.bind(6, nowMs);
            err = run(q);
            // What goes to the platform is journaled with the customer's text, as it was.
            action = u"outbox."_s + word;
            before = item.text;
            after = p.body;
            detail = describeAction(a);
            break;
        }
        case RuleAction::Type::Notify:
            notes[p.rule].append(p.body);
            break;
        case RuleAction::Type::Stop:
            break;
        }
        if (err.ok() && !action.isEmpty())
            err = journal(rule, item, nowMs, station, action, before, after, detail);
        if (!err.ok())
            return err;
        done[p.rule].append(describeAction(a));
    }
    if (changed && row == Row::Update) {
        // `item` holds what the rules planned: the state after the last of them.
        SqliteStatement &q = m_st->update[changed];
        if (changed & 1)
            q.bind(0, item.status);
        if (changed & 2)
            q.bind(1, qint64(item.priority));
        if (changed & 4)
            q.bind(2, item.assigneeId);
        q.bind(3, item.id);
        if (StoreError err = run(q); !err.ok())
            return err;
    }
    const QString triggerWord = trigger == RuleTrigger::Timer ? u"timer"_s : u"ingest"_s;
    for (int index : plan.fired) {
        const Rule &rule = rules.at(index);
        const QString actions = done.value(index).join(u", "_s);
        SqliteStatement &q = m_st->firing;
        q.bind(0, rule.id);
        q.bind(1, rule.name);
        q.bind(2, item.id);
        q.bind(3, nowMs);
        q.bind(4, triggerWord);
        q.bind(5, actions.isEmpty() ? QCoreApplication::translate("fd::core::Rules", "stop")
                                    : actions);
        q.bind(6, notes.value(index).join(u"\n"_s));
        if (StoreError err = run(q); !err.ok())
            return err;
    }
    return m_team ? queueTeamOps(rules, item, plan, triggerWord, effects) : StoreError{};
}

} // namespace fd::core
