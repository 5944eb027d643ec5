#include "SlaPolicy.h"

#include "console/OperatorJournal.h"
#include "store/Connection.h"
#include "store/Store.h"
#include "store/WriteFor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

// The strings of this file, under the context they are translated in.
struct SlaPolicyText
{
    Q_DECLARE_TR_FUNCTIONS(fd::core::SlaPolicy)
};

QVariant orNull(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

qint64 SlaPolicy::warnSecondsFor(int targetMinutes) const
{
    if (targetMinutes <= 0)
        return 0;
    if (warnMinutes)
        return std::min<qint64>(qint64(*warnMinutes) * 60, qint64(targetMinutes) * 60);
    return std::max<qint64>(60, qint64(targetMinutes) * 60 / 5);
}

StoreResult<SlaSettings> SlaSettings::load(const QSqlDatabase &db)
{
    SlaSettings settings;
    auto calendars =
        Connection::exec(db, u"SELECT id, name, json FROM sla_calendars ORDER BY name"_s);
    if (!calendars.ok())
        return calendars.error();
    QSqlQuery &c = calendars.value();
    while (c.next()) {
        SlaCalendar cal;
        cal.id = c.value(0).toLongLong();
        cal.name = c.value(1).toString();
        // Stored calendars were checked when written; a damaged one counts calendar hours.
        cal.calendar = BusinessCalendar::fromJson(
            QJsonDocument::fromJson(c.value(2).toString().toUtf8()).object());
        settings.m_calendars.append(cal);
    }
    auto policies = Connection::exec(
        db, u"SELECT id, account_id, kind, first_minutes, next_minutes, resolution_minutes, "
            u"calendar_id, warn_minutes FROM sla_policies ORDER BY id"_s);
    if (!policies.ok())
        return policies.error();
    QSqlQuery &q = policies.value();
    while (q.next()) {
        SlaPolicy p;
        p.id = q.value(0).toLongLong();
        if (!q.value(1).isNull())
            p.accountId = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            p.kind = itemKindFromString(q.value(2).toString());
        p.firstMinutes = q.value(3).toInt();
        p.nextMinutes = q.value(4).toInt();
        p.resolutionMinutes = q.value(5).toInt();
        if (!q.value(6).isNull())
            p.calendarId = q.value(6).toLongLong();
        if (!q.value(7).isNull())
            p.warnMinutes = q.value(7).toInt();
        settings.m_policies.append(p);
    }
    return settings;
}

const SlaPolicy *SlaSettings::policyFor(qint64 accountId, ItemKind kind) const
{
    const SlaPolicy *best = nullptr;
    for (const SlaPolicy &p : m_policies) {
        if ((p.accountId && *p.accountId != accountId) || (p.kind && *p.kind != kind))
            continue;
        if (!best || p.specificity() > best->specificity())
            best = &p;
    }
    return best;
}

const BusinessCalendar &SlaSettings::calendarOf(const SlaPolicy &policy) const
{
    static const BusinessCalendar calendarHours;
    if (!policy.calendarId)
        return calendarHours;
    for (const SlaCalendar &c : m_calendars) {
        if (c.id == *policy.calendarId)
            return c.calendar;
    }
    return calendarHours;
}

const SlaCalendar *SlaSettings::calendarNamed(const QString &name) const
{
    for (const SlaCalendar &c : m_calendars) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

namespace sla {
namespace {

// A policy row as the journal shows it, found by id or by its scope; empty when there is none.
StoreResult<std::pair<QString, QString>> policyText(const QSqlDatabase &db, const QString &where,
                                                    std::initializer_list<QVariant> values)
{
    auto q = Connection::exec(
        db,
        u"SELECT coalesce(p.account_id, 0), coalesce(p.kind, ''), p.first_minutes, "
        u"p.next_minutes, p.resolution_minutes, coalesce(c.name, ''), p.warn_minutes "
        u"FROM sla_policies p LEFT JOIN sla_calendars c ON c.id = p.calendar_id WHERE "_s +
            where,
        values);
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::pair<QString, QString>{};
    const QSqlQuery &r = q.value();
    const qint64 account = r.value(0).toLongLong();
    const QString kind = r.value(1).toString();
    const QString scope = (account ? u"account %1"_s.arg(account) : u"every account"_s) + u", "_s +
                          (kind.isEmpty() ? u"every kind"_s : kind);
    QString text = u"first %1 min, next %2 min, resolution %3 min"_s.arg(r.value(2).toInt())
                       .arg(r.value(3).toInt())
                       .arg(r.value(4).toInt());
    if (!r.value(5).toString().isEmpty())
        text += u", calendar "_s + r.value(5).toString();
    if (!r.value(6).isNull())
        text += u", warn %1 min before"_s.arg(r.value(6).toInt());
    return std::pair{scope, text};
}

StoreResult<QString> calendarJson(const QSqlDatabase &db, const QString &column,
                                  const QVariant &value, QString *name = nullptr)
{
    auto q = Connection::exec(
        db, u"SELECT json, name FROM sla_calendars WHERE "_s + column + u" = ?"_s, {value});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return QString();
    if (name)
        *name = q.value().value(1).toString();
    return q.value().value(0).toString();
}

} // namespace

QString policyProblem(const SlaPolicy &policy)
{
    for (const int minutes : {policy.firstMinutes, policy.nextMinutes, policy.resolutionMinutes}) {
        if (minutes < 0 || minutes > SlaSettings::maxTargetMinutes)
            return SlaPolicyText::tr("A target must be between 0 (none) and %1 minutes.")
                .arg(SlaSettings::maxTargetMinutes);
    }
    if (policy.warnMinutes &&
        (*policy.warnMinutes < 0 || *policy.warnMinutes > SlaSettings::maxTargetMinutes))
        return SlaPolicyText::tr("The warning must come between 0 and %1 minutes before a breach.")
            .arg(SlaSettings::maxTargetMinutes);
    return {};
}

QFuture<StoreResult<qint64>> setCalendar(Store &store, const QString &name,
                                         const BusinessCalendar &calendar, const Actor &actor)
{
    const QString trimmed = name.simplified();
    const QString json =
        QString::fromUtf8(QJsonDocument(calendar.toJson()).toJson(QJsonDocument::Compact));
    return writeFor<qint64>(store, [trimmed, json, actor](const QSqlDatabase &db, qint64 &id) {
        if (trimmed.isEmpty() || trimmed.size() > 100)
            return StoreError::invalid(
                SlaPolicyText::tr("A calendar needs a name of 1 to 100 characters."));
        const auto before = calendarJson(db, u"name"_s, trimmed);
        if (!before.ok())
            return before.error();
        auto q = Connection::exec(
            db,
            u"INSERT INTO sla_calendars (name, json) VALUES (?, ?) "
            u"ON CONFLICT (name) DO UPDATE SET json = excluded.json RETURNING id"_s,
            {trimmed, json});
        if (!q.ok())
            return q.error();
        if (q.value().next())
            id = q.value().value(0).toLongLong();
        if (*before == json)
            return StoreError{};
        return journalOther(db, actor, QDateTime::currentMSecsSinceEpoch(), u"sla.calendar_set"_s,
                            *before, json, trimmed);
    });
}

QFuture<StoreError> removeCalendar(Store &store, qint64 calendarId, const Actor &actor)
{
    return store.write([calendarId, actor](const QSqlDatabase &db) {
        auto used = Connection::exec(
            db, u"SELECT count(*) FROM sla_policies WHERE calendar_id = ?"_s, {calendarId});
        if (!used.ok())
            return used.error();
        if (used.value().next() && used.value().value(0).toInt() > 0)
            return StoreError::invalid(SlaPolicyText::tr(
                "Targets are counted in this calendar; choose another one for them first."));
        QString name;
        const auto before = calendarJson(db, u"id"_s, calendarId, &name);
        if (!before.ok())
            return before.error();
        auto q = Connection::exec(db, u"DELETE FROM sla_calendars WHERE id = ?"_s, {calendarId});
        if (!q.ok())
            return q.error();
        if (before->isEmpty())
            return StoreError{};
        return journalOther(db, actor, QDateTime::currentMSecsSinceEpoch(),
                            u"sla.calendar_removed"_s, *before, QString(), name);
    });
}

QFuture<StoreResult<qint64>> setPolicy(Store &store, const SlaPolicy &policy, const Actor &actor)
{
    return writeFor<qint64>(store, [policy, actor](const QSqlDatabase &db, qint64 &id) {
        if (const QString problem = policyProblem(policy); !problem.isEmpty())
            return StoreError::invalid(problem);
        const QString scopeWhere = u"coalesce(p.account_id, 0) = ? AND coalesce(p.kind, '') = ?"_s;
        const QVariant account = policy.accountId.value_or(0);
        const QVariant kind = policy.kind ? toString(*policy.kind) : u""_s;
        const auto before = policyText(db, scopeWhere, {account, kind});
        if (!before.ok())
            return before.error();
        auto q = Connection::exec(
            db,
            u"INSERT INTO sla_policies (account_id, kind, first_minutes, next_minutes, "
            u"resolution_minutes, calendar_id, warn_minutes) VALUES (?, ?, ?, ?, ?, ?, ?) "
            u"ON CONFLICT (coalesce(account_id, 0), coalesce(kind, '')) DO UPDATE SET "
            u"first_minutes = excluded.first_minutes, next_minutes = excluded.next_minutes, "
            u"resolution_minutes = excluded.resolution_minutes, "
            u"calendar_id = excluded.calendar_id, warn_minutes = excluded.warn_minutes "
            u"RETURNING id"_s,
            {orNull(policy.accountId),
             policy.kind ? QVariant(toString(*policy.kind))
                         : QVariant(QMetaType::fromType<QString>()),
             policy.firstMinutes, policy.nextMinutes, policy.resolutionMinutes,
             orNull(policy.calendarId),
             policy.warnMinutes ? QVariant(*policy.warnMinutes)
                                : QVariant(QMetaType::fromType<int>())});
        if (!q.ok())
            return q.error();
        if (q.value().next())
            id = q.value().value(0).toLongLong();
        const auto after = policyText(db, scopeWhere, {account, kind});
        if (!after.ok())
            return after.error();
        if (before->second == after->second)
            return StoreError{};
        return journalOther(db, actor, QDateTime::currentMSecsSinceEpoch(), u"sla.target_set"_s,
                            before->second, after->second, after->first);
    });
}

QFuture<StoreError> removePolicy(Store &store, qint64 policyId, const Actor &actor)
{
    return store.write([policyId, actor](const QSqlDatabase &db) {
        const auto before = policyText(db, u"p.id = ?"_s, {policyId});
        if (!before.ok())
            return before.error();
        auto q = Connection::exec(db, u"DELETE FROM sla_policies WHERE id = ?"_s, {policyId});
        if (!q.ok())
            return q.error();
        if (before->second.isEmpty())
            return StoreError{};
        return journalOther(db, actor, QDateTime::currentMSecsSinceEpoch(), u"sla.target_removed"_s,
                            before->second, QString(), before->first);
    });
}

} // namespace sla
} // namespace fd::core
