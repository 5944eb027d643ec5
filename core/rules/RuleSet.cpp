#include "RuleSet.h"

#include "RuleJson.h"
#include "store/Connection.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fd::core {

std::optional<Rule> ruleFromStored(qint64 id, const QString &name, int position, bool enabled,
                                   const QString &definition, QString *problem)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(definition.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (problem)
            *problem = QCoreApplication::translate("fd::core::RuleStore",
                                                   "the stored definition is not a JSON object");
        return std::nullopt;
    }
    QJsonObject json = doc.object();
    json.insert(u"name"_s, name);
    json.insert(u"enabled"_s, enabled);
    auto rule = ruleJson::parse(json, problem);
    if (!rule)
        return std::nullopt;
    rule->id = id;
    rule->position = position;
    rule->enabled = enabled;
    return rule;
}

QString storedDefinition(const Rule &rule)
{
    QJsonObject json = ruleJson::toJson(rule);
    for (const QString &key : {u"id"_s, u"name"_s, u"enabled"_s, u"position"_s})
        json.remove(key);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

StoreResult<QList<Rule>> loadRules(const QSqlDatabase &db, bool enabledOnly)
{
    auto q = Connection::exec(db, u"SELECT id, name, position, enabled, definition FROM rules "_s +
                                      (enabledOnly ? u"WHERE enabled = 1 "_s : QString()) +
                                      u"ORDER BY position, id"_s);
    if (!q.ok())
        return q.error();
    QList<Rule> rules;
    while (q.value().next()) {
        QString problem;
        auto rule =
            ruleFromStored(q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toInt(),
                           q->value(3).toBool(), q->value(4).toString(), &problem);
        if (rule)
            rules.append(*rule);
    }
    return rules;
}

StoreResult<qint64> rulesRevision(const QSqlDatabase &db)
{
    auto q = Connection::exec(db, u"SELECT value FROM meta WHERE key = 'rules_revision'"_s);
    if (!q.ok())
        return q.error();
    return q.value().next() ? q->value(0).toLongLong() : 0;
}

} // namespace fd::core
