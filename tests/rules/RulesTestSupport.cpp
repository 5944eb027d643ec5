#include "RulesTestSupport.h"

#include "rules/RuleJson.h"
#include "rules/RuleSet.h"
#include "store/Connection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::test {

RulesStore::RulesStore()
    : hook(AutomationHook::install(store(), u"test-station"_s))
{}

Rule parseRule(const char *json)
{
    QString error;
    auto rule = ruleJson::parse(QByteArray(json), &error);
    INFO(error.toStdString());
    REQUIRE(rule.has_value());
    return *rule;
}

qint64 addRule(Store &store, const char *json)
{
    Rule rule = parseRule(json);
    if (!QByteArray(json).contains("\"enabled\""))
        rule.enabled = true;
    auto id = std::make_shared<qint64>(0);
    const StoreError err = resultOf(store.write([rule, id](const QSqlDatabase &db) {
        auto q = Connection::exec(
            db,
            u"INSERT INTO rules (name, position, enabled, definition, created_at, updated_at) "
            u"VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM rules), ?, ?, 0, 0)"_s,
            {rule.name, rule.enabled ? 1 : 0, storedDefinition(rule)});
        if (!q.ok())
            return q.error();
        *id = q->lastInsertId().toLongLong();
        return StoreError{};
    }));
    REQUIRE(err.ok());
    return *id;
}

QString scalar(Store &store, const QString &sql, const QVariant &bind)
{
    QSqlQuery q(*store.reader());
    REQUIRE(q.prepare(sql));
    if (bind.isValid())
        q.addBindValue(bind);
    REQUIRE(q.exec());
    return q.next() ? q.value(0).toString() : QString();
}

QStringList tagsOf(Store &store, qint64 itemId)
{
    QSqlQuery q(*store.reader());
    q.prepare(u"SELECT t.name FROM item_tags it JOIN tags t ON t.id = it.tag_id "
              u"WHERE it.item_id = ? ORDER BY t.name"_s);
    q.addBindValue(itemId);
    REQUIRE(q.exec());
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QString statusOf(Store &store, qint64 itemId)
{
    return scalar(store, u"SELECT status FROM items WHERE id = ?"_s, itemId);
}

QStringList ruleJournal(Store &store, qint64 itemId)
{
    QSqlQuery q(*store.reader());
    q.prepare(u"SELECT action, after, actor FROM journal WHERE item_id = ? AND actor_kind = "
              u"'rule' AND action <> 'rule.fired' ORDER BY id"_s);
    q.addBindValue(itemId);
    REQUIRE(q.exec());
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString() + u' ' + q.value(1).toString() + u" ("_s +
                   q.value(2).toString() + u')');
    return out;
}

} // namespace fd::test
