#include "RuleStore.h"

#include "RuleJson.h"
#include "RuleSet.h"

#include "console/OperatorJournal.h"
#include "store/Connection.h"
#include "store/Store.h"
#include "store/WriteFor.h"
#include "sync/OpQueue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

// The strings of this file, under the context they are translated in.
struct RuleStoreText
{
    Q_DECLARE_TR_FUNCTIONS(fd::core::RuleStore)
};

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString compact(const QJsonValue &json)
{
    const QJsonDocument doc =
        json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

// The journal's form: the whole rule as `frontdeskctl rule add` reads it, without its id.
QString journalForm(const Rule &rule)
{
    QJsonObject json = ruleJson::toJson(rule);
    json.remove(u"id"_s);
    return compact(json);
}

const QString kColumns = u"r.id, r.name, r.position, r.enabled, r.definition, "
                         u"coalesce(c.fired, 0), c.last_at "
                         u"FROM rules r LEFT JOIN rule_counts c ON c.rule_id = r.id"_s;

RuleRecord recordOf(const QSqlQuery &q)
{
    RuleRecord r;
    const qint64 id = q.value(0).toLongLong();
    const QString name = q.value(1).toString();
    const int position = q.value(2).toInt();
    const bool enabled = q.value(3).toBool();
    QString error;
    const std::optional<Rule> rule =
        ruleFromStored(id, name, position, enabled, q.value(4).toString(), &error);
    if (rule) {
        r.rule = *rule;
    } else {
        r.rule.name = name;
        r.rule.enabled = enabled;
        r.problem = error;
    }
    r.rule.id = id;
    r.rule.position = position;
    r.firings = q.value(5).toLongLong();
    if (!q.isNull(6))
        r.lastFiredAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    return r;
}

StoreResult<QList<RuleRecord>> listIn(const QSqlDatabase &db)
{
    auto q = Connection::exec(db, u"SELECT "_s + kColumns + u" ORDER BY r.position, r.id"_s);
    if (!q.ok())
        return q.error();
    QList<RuleRecord> rules;
    while (q.value().next())
        rules.append(recordOf(*q));
    return rules;
}

StoreResult<RuleRecord> byIdIn(const QSqlDatabase &db, qint64 ruleId)
{
    auto q = Connection::exec(db, u"SELECT "_s + kColumns + u" WHERE r.id = ?"_s, {ruleId});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return StoreError::notFound(RuleStoreText::tr("There is no rule with id %1.").arg(ruleId));
    return recordOf(*q);
}

// SQLite's NOCASE folds ASCII only; names in Cyrillic or Polish are compared here.
StoreError refuseTaken(const QSqlDatabase &db, const QString &name, qint64 exceptId)
{
    auto q = Connection::exec(db, u"SELECT id, name FROM rules"_s);
    if (!q.ok())
        return q.error();
    while (q.value().next()) {
        if (q->value(0).toLongLong() != exceptId &&
            q->value(1).toString().compare(name, Qt::CaseInsensitive) == 0)
            return StoreError::invalid(
                RuleStoreText::tr(
                    "There is already a rule called \"%1\". Rule names must be unique.")
                    .arg(q->value(1).toString()));
    }
    return {};
}

// A rule's journal form; one whose definition no longer reads is journaled as it is stored.
QString journalFormIn(const QSqlDatabase &db, const RuleRecord &record)
{
    if (record.problem.isEmpty())
        return journalForm(record.rule);
    auto q = Connection::exec(db, u"SELECT definition FROM rules WHERE id = ?"_s, {record.rule.id});
    return q.ok() && q.value().next() ? q->value(0).toString() : QString();
}

QString orderOf(const QList<RuleRecord> &rules)
{
    QJsonArray names;
    for (const RuleRecord &r : rules)
        names.append(r.rule.name);
    return compact(names);
}

// In a team the rules are the team's: only its leads and administrators change them (the
// server checks again), and every change travels as an op queued with it.
StoreError refuseInTeam(const QSqlDatabase &db)
{
    auto q = Connection::exec(
        db, u"SELECT m.value, coalesce(o.role, '') FROM meta m LEFT JOIN operators o "
            u"ON o.login = m.value WHERE m.key = 'team_login'"_s);
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return {}; // standalone
    const QString role = q->value(1).toString();
    if (role == u"lead" || role == u"admin")
        return {};
    return StoreError::invalid(
        RuleStoreText::tr("Only the team's leads and administrators change its rules."));
}

// The op telling the team a rule as it is stored now.
StoreError shareRule(const QSqlDatabase &db, qint64 ruleId)
{
    auto q = Connection::exec(
        db, u"SELECT key, name, enabled, definition FROM rules WHERE id = ?"_s, {ruleId});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return {};
    auto queued = opQueue::enqueueInTeam(db, u"rule_save"_s,
                                         {{u"key"_s, q->value(0).toString()},
                                          {u"name"_s, q->value(1).toString()},
                                          {u"enabled"_s, q->value(2).toBool()},
                                          {u"definition"_s, q->value(3).toString()}});
    return queued.ok() ? StoreError{} : queued.error();
}

StoreResult<QString> keyOf(const QSqlDatabase &db, qint64 ruleId)
{
    auto q = Connection::exec(db, u"SELECT key FROM rules WHERE id = ?"_s, {ruleId});
    if (!q.ok())
        return q.error();
    return q.value().next() ? q->value(0).toString() : QString();
}

} // namespace

RuleStore::RuleStore(Store &store, Actor actor)
    : m_store(store)
    , m_actor(std::move(actor))
{}

StoreResult<QList<RuleRecord>> RuleStore::list() const
{
    const auto db = m_store.reader();
    if (!db.ok())
        return db.error();
    return listIn(*db);
}

StoreResult<RuleRecord> RuleStore::byName(const QString &name) const
{
    const auto rules = list();
    if (!rules.ok())
        return rules.error();
    const QString wanted = name.trimmed();
    for (const RuleRecord &r : *rules) {
        if (r.rule.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return r;
    }
    return StoreError::notFound(RuleStoreText::tr("There is no rule called \"%1\".").arg(wanted));
}

StoreResult<QList<RuleFiring>> RuleStore::firings(qint64 ruleId, int limit) const
{
    const auto db = m_store.reader();
    if (!db.ok())
        return db.error();
    auto q = Connection::exec(*db,
                              u"SELECT id, rule_id, rule_name, item_id, at, trigger, actions, "
                              u"notice FROM rule_firings WHERE rule_id = ? ORDER BY id DESC "
                              u"LIMIT ?"_s,
                              {ruleId, limit});
    if (!q.ok())
        return q.error();
    QList<RuleFiring> firings;
    while (q.value().next()) {
        RuleFiring f;
        f.id = q->value(0).toLongLong();
        f.ruleId = q->value(1).toLongLong();
        f.ruleName = q->value(2).toString();
        f.itemId = q->value(3).toLongLong();
        f.at = QDateTime::fromMSecsSinceEpoch(q->value(4).toLongLong(), Qt::UTC);
        f.trigger = q->value(5).toString();
        f.actions = q->value(6).toString();
        f.notice = q->value(7).toString();
        firings.append(f);
    }
    return firings;
}

QFuture<StoreResult<qint64>> RuleStore::save(const Rule &rule)
{
    Rule clean = rule;
    clean.name = rule.name.trimmed();
    return writeFor<qint64>(m_store, [clean, actor = m_actor](const QSqlDatabase &db, qint64 &id) {
        // The same checks as for JSON read from a file: the store never keeps what it could not
        // read back.
        QString why;
        if (!ruleJson::parse(ruleJson::toJson(clean), &why))
            return StoreError::invalid(RuleStoreText::tr("The rule is not valid: %1").arg(why));
        if (StoreError err = refuseTaken(db, clean.name, clean.id); !err.ok())
            return err;
        if (StoreError err = refuseInTeam(db); !err.ok())
            return err;
        const qint64 at = nowMs();
        const QString definition = storedDefinition(clean);
        if (clean.id == 0) {
            auto q = Connection::exec(
                db,
                u"INSERT INTO rules (name, position, enabled, definition, created_at, "
                u"updated_at, key) VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM rules), "
                u"?, ?, ?, ?, ?)"_s,
                {clean.name, clean.enabled ? 1 : 0, definition, at, at,
                 QUuid::createUuid().toString(QUuid::WithoutBraces)});
            if (!q.ok())
                return q.error();
            id = q->lastInsertId().toLongLong();
            if (StoreError err = shareRule(db, id); !err.ok())
                return err;
            return journalOther(db, actor, at, u"rule.created"_s, QString(), journalForm(clean),
                                clean.name);
        }
        const auto old = byIdIn(db, clean.id);
        if (!old.ok())
            return old.error();
        const QString before = journalFormIn(db, *old);
        auto q = Connection::exec(db,
                                  u"UPDATE rules SET name = ?, enabled = ?, definition = ?, "
                                  u"updated_at = ? WHERE id = ?"_s,
                                  {clean.name, clean.enabled ? 1 : 0, definition, at, clean.id});
        if (!q.ok())
            return q.error();
        id = clean.id;
        const QString after = journalForm(clean);
        if (before == after)
            return StoreError{};
        if (StoreError err = shareRule(db, id); !err.ok())
            return err;
        return journalOther(db, actor, at, u"rule.changed"_s, before, after, clean.name);
    });
}

QFuture<StoreError> RuleStore::remove(qint64 ruleId)
{
    return m_store.write([ruleId, actor = m_actor](const QSqlDatabase &db) {
        const auto old = byIdIn(db, ruleId);
        if (!old.ok())
            return old.error();
        if (StoreError err = refuseInTeam(db); !err.ok())
            return err;
        const QString before = journalFormIn(db, *old);
        const auto key = keyOf(db, ruleId);
        if (!key.ok())
            return key.error();
        auto q = Connection::exec(db, u"DELETE FROM rules WHERE id = ?"_s, {ruleId});
        if (!q.ok())
            return q.error();
        if (auto queued = opQueue::enqueueInTeam(db, u"rule_remove"_s, {{u"key"_s, *key}});
            !queued.ok())
            return queued.error();
        return journalOther(db, actor, nowMs(), u"rule.removed"_s, before, QString(),
                            old->rule.name);
    });
}

QFuture<StoreError> RuleStore::setEnabled(qint64 ruleId, bool enabled)
{
    return m_store.write([ruleId, enabled, actor = m_actor](const QSqlDatabase &db) {
        const auto old = byIdIn(db, ruleId);
        if (!old.ok())
            return old.error();
        if (old->rule.enabled == enabled)
            return StoreError{};
        if (enabled && !old->problem.isEmpty())
            return StoreError::invalid(RuleStoreText::tr("The rule \"%1\" cannot be enabled: %2")
                                           .arg(old->rule.name, old->problem));
        if (StoreError err = refuseInTeam(db); !err.ok())
            return err;
        const qint64 at = nowMs();
        auto q =
            Connection::exec(db, u"UPDATE rules SET enabled = ?, updated_at = ? WHERE id = ?"_s,
                             {enabled ? 1 : 0, at, ruleId});
        if (!q.ok())
            return q.error();
        if (StoreError err = shareRule(db, ruleId); !err.ok())
            return err;
        Rule after = old->rule;
        after.enabled = enabled;
        return journalOther(db, actor, at, enabled ? u"rule.enabled"_s : u"rule.disabled"_s,
                            journalForm(old->rule), journalForm(after), old->rule.name);
    });
}

QFuture<StoreError> RuleStore::reorder(const QList<qint64> &ruleIds)
{
    return m_store.write([ruleIds, actor = m_actor](const QSqlDatabase &db) {
        const auto rules = listIn(db);
        if (!rules.ok())
            return rules.error();
        QList<RuleRecord> order;
        for (qint64 id : ruleIds) {
            const auto it = std::find_if(rules->begin(), rules->end(),
                                         [id](const RuleRecord &r) { return r.rule.id == id; });
            if (it == rules->end())
                return StoreError::notFound(
                    RuleStoreText::tr("There is no rule with id %1.").arg(id));
            if (std::none_of(order.begin(), order.end(),
                             [id](const RuleRecord &r) { return r.rule.id == id; }))
                order.append(*it);
        }
        for (const RuleRecord &r : *rules) {
            if (!ruleIds.contains(r.rule.id))
                order.append(r);
        }
        bool moved = false;
        const qint64 at = nowMs();
        for (qsizetype i = 0; i < order.size(); ++i) {
            const int position = int(i) + 1;
            if (order[i].rule.position == position)
                continue;
            moved = true;
            auto q = Connection::exec(db, u"UPDATE rules SET position = ? WHERE id = ?"_s,
                                      {position, order[i].rule.id});
            if (!q.ok())
                return q.error();
        }
        const QString before = orderOf(*rules);
        const QString after = orderOf(order);
        if (!moved || before == after)
            return StoreError{};
        if (StoreError err = refuseInTeam(db); !err.ok())
            return err;
        QJsonArray keys;
        for (const RuleRecord &r : std::as_const(order)) {
            const auto key = keyOf(db, r.rule.id);
            if (!key.ok())
                return key.error();
            keys.append(*key);
        }
        if (auto queued = opQueue::enqueueInTeam(db, u"rule_order"_s, {{u"keys"_s, keys}});
            !queued.ok())
            return queued.error();
        return journalOther(db, actor, at, u"rule.moved"_s, before, after);
    });
}

} // namespace fd::core
