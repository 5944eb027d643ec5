#include "CsatSettings.h"

#include "store/Connection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

QJsonArray parseArray(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

QString arrayText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

bool CsatSettings::covers(qint64 accountId, ItemKind kind) const
{
    return kinds.contains(kind) && (accountIds.isEmpty() || accountIds.contains(accountId));
}

bool csatPossible(Platform platform, ItemKind kind)
{
    return kind == ItemKind::Dm && (platform == Platform::Telegram || platform == Platform::Vk);
}

StoreResult<CsatSettings> loadCsatSettings(const QSqlDatabase &db)
{
    auto q = Connection::exec(db, u"SELECT enabled, coalesce(template_id, 0), accounts, kinds, "
                                  u"delay_minutes, per_customer_days FROM csat_settings "
                                  u"WHERE id = 1"_s);
    if (!q.ok())
        return q.error();
    CsatSettings s;
    if (!q.value().next())
        return s;
    s.enabled = q->value(0).toBool();
    s.templateId = q->value(1).toLongLong();
    for (const QJsonValue &v : parseArray(q->value(2).toString()))
        s.accountIds.append(v.toInteger());
    s.kinds.clear();
    for (const QJsonValue &v : parseArray(q->value(3).toString())) {
        if (const auto kind = itemKindFromString(v.toString()))
            s.kinds.append(*kind);
    }
    s.delayMinutes = q->value(4).toInt();
    s.perCustomerDays = q->value(5).toInt();
    return s;
}

StoreError saveCsatSettings(const QSqlDatabase &db, const CsatSettings &s)
{
    if (s.delayMinutes < 0 || s.delayMinutes > 7 * 24 * 60)
        return StoreError::invalid(QCoreApplication::translate(
            "fd::core::Csat", "The delay is at most a week (10080 minutes)."));
    if (s.perCustomerDays < 0 || s.perCustomerDays > 365)
        return StoreError::invalid(QCoreApplication::translate(
            "fd::core::Csat", "A customer can be asked at most once in up to 365 days."));
    if (s.enabled && s.templateId == 0)
        return StoreError::invalid(QCoreApplication::translate(
            "fd::core::Csat", "Choose the template that is sent as the survey."));
    if (s.templateId != 0) {
        auto t = Connection::exec(db, u"SELECT 1 FROM templates WHERE id = ?"_s, {s.templateId});
        if (!t.ok())
            return t.error();
        if (!t.value().next())
            return StoreError::invalid(
                QCoreApplication::translate("fd::core::Csat", "There is no template with id %1.")
                    .arg(s.templateId));
    }
    QJsonArray accounts, kinds;
    for (qint64 id : s.accountIds)
        accounts.append(id);
    for (ItemKind kind : s.kinds)
        kinds.append(toString(kind));
    // Turned on now: the watcher starts after the journal's last row.
    auto q = Connection::exec(
        db,
        u"UPDATE csat_settings SET journal_seen = CASE WHEN enabled = 0 AND ? = 1 THEN "
        u"(SELECT coalesce(max(id), 0) FROM journal) ELSE journal_seen END, enabled = ?, "
        u"template_id = nullif(?, 0), accounts = ?, kinds = ?, delay_minutes = ?, "
        u"per_customer_days = ? WHERE id = 1"_s,
        {s.enabled ? 1 : 0, s.enabled ? 1 : 0, s.templateId, arrayText(accounts), arrayText(kinds),
         s.delayMinutes, s.perCustomerDays});
    return q.ok() ? StoreError{} : q.error();
}

} // namespace fd::core
