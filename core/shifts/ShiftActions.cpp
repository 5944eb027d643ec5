#include "ShiftActions.h"

#include "ShiftSchedule.h"
#include "console/OperatorJournal.h"
#include "store/Connection.h"
#include "store/Store.h"
#include "store/TextLimits.h"
#include "store/WriteFor.h"
#include "sync/OpQueue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

struct ShiftActionText
{
    Q_DECLARE_TR_FUNCTIONS(fd::core::ShiftActions)
};

qint64 msOr(const QDateTime &at)
{
    return at.isValid() ? at.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

QVariant orNull(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

// An enabled operator's display name; refused for an unknown or disabled one.
StoreResult<QString> operatorName(const QSqlDatabase &db, qint64 operatorId)
{
    auto q = Connection::exec(
        db, u"SELECT display_name FROM operators WHERE id = ? AND disabled = 0"_s, {operatorId});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return StoreError::invalid(
            ShiftActionText::tr("There is no active operator with id %1.").arg(operatorId));
    return q->value(0).toString();
}

StoreError setSetting(const QSqlDatabase &db, const QString &key, const QString &value)
{
    auto q = Connection::exec(db,
                              u"INSERT INTO shift_settings (key, value) VALUES (?, ?) "
                              u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                              {key, value});
    return q.ok() ? StoreError{} : q.error();
}

// In a team, the change goes to every station as an op.
StoreError teamOp(const QSqlDatabase &db, const QString &kind, const QJsonObject &payload)
{
    auto queued = opQueue::enqueueInTeam(db, kind, payload);
    return queued.ok() ? StoreError{} : queued.error();
}

// The logins of operators, in the order given, for the team's server.
StoreResult<QJsonArray> loginsOf(const QSqlDatabase &db, const QList<qint64> &operatorIds)
{
    QJsonArray out;
    for (const qint64 id : operatorIds) {
        auto q = Connection::exec(db, u"SELECT login FROM operators WHERE id = ?"_s, {id});
        if (!q.ok())
            return q.error();
        if (q.value().next())
            out.append(q->value(0).toString());
    }
    return out;
}

// The team's name of a shift, empty for none.
StoreResult<QString> shiftKey(const QSqlDatabase &db, qint64 shiftId)
{
    auto q = Connection::exec(db, u"SELECT key FROM shifts WHERE id = ?"_s, {shiftId});
    if (!q.ok())
        return q.error();
    return q.value().next() ? q->value(0).toString() : QString();
}

// The key of the operator's shift under way, empty when off shift.
StoreResult<QString> openSessionKey(const QSqlDatabase &db, qint64 operatorId)
{
    auto q = Connection::exec(db,
                              u"SELECT key FROM shift_sessions WHERE operator_id = ? AND "
                              u"ended_at IS NULL ORDER BY started_at DESC LIMIT 1"_s,
                              {operatorId});
    if (!q.ok())
        return q.error();
    return q.value().next() ? q->value(0).toString() : QString();
}

// The scheduled shift of the operator under way at `atMs`, 0 when none.
StoreResult<qint64> scheduledShiftOf(const QSqlDatabase &db, qint64 operatorId, qint64 atMs)
{
    const auto sched = shiftQueries::schedule(db);
    if (!sched.ok())
        return sched.error();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc());
    for (const ShiftOccurrence &o : sched->runningAt(at)) {
        if (sched->shift(o.shiftId)->operatorIds.contains(operatorId))
            return o.shiftId;
    }
    return qint64(0);
}

} // namespace

StoreResult<bool> endShiftIn(const QSqlDatabase &db, const Actor &actor, qint64 operatorId,
                             qint64 atMs)
{
    const auto open = shiftQueries::openSession(db, operatorId);
    if (!open.ok())
        return open.error();
    if (!*open)
        return false;
    const qint64 session = (*open)->first;
    const auto key = openSessionKey(db, operatorId);
    if (!key.ok())
        return key.error();
    auto breaks = Connection::exec(
        db,
        u"UPDATE shift_breaks SET ended_at = max(started_at, ?) WHERE session_id = ? AND "
        u"ended_at IS NULL"_s,
        {atMs, session});
    if (!breaks.ok())
        return breaks.error();
    auto q = Connection::exec(
        db, u"UPDATE shift_sessions SET ended_at = max(started_at, ?) WHERE id = ?"_s,
        {atMs, session});
    if (!q.ok())
        return q.error();
    auto name =
        Connection::exec(db, u"SELECT display_name FROM operators WHERE id = ?"_s, {operatorId});
    if (!name.ok())
        return name.error();
    const QString who = name.value().next() ? name->value(0).toString() : QString();
    if (StoreError e = journalOther(db, actor, atMs, u"shift.ended"_s, who, QString()); !e.ok())
        return e;
    if (StoreError e = teamOp(db, u"shift_end"_s, {{u"session"_s, *key}, {u"at"_s, atMs}}); !e.ok())
        return e;
    return true;
}

ShiftActions::ShiftActions(Store &store, Actor actor)
    : m_store(store)
    , m_actor(std::move(actor))
{}

QFuture<StoreResult<qint64>> ShiftActions::saveShift(const Shift &shift)
{
    Shift s = shift;
    s.name = s.name.simplified().left(80);
    return writeFor<qint64>(m_store, [s, actor = m_actor](const QSqlDatabase &db, qint64 &id) {
        if (const QString problem = ShiftSchedule::problem(s); !problem.isEmpty())
            return StoreError::invalid(problem);
        const qint64 at = QDateTime::currentMSecsSinceEpoch();
        auto q = s.id == 0
                     ? Connection::exec(db,
                                        u"INSERT INTO shifts (key, name, start_minute, "
                                        u"end_minute, days, zone, created_at) "
                                        u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                                        {QUuid::createUuid().toString(QUuid::WithoutBraces), s.name,
                                         s.startMinute, s.endMinute, s.days, s.zone, at})
                     : Connection::exec(db,
                                        u"UPDATE shifts SET name = ?, start_minute = ?, "
                                        u"end_minute = ?, days = ?, zone = ? WHERE id = ?"_s,
                                        {s.name, s.startMinute, s.endMinute, s.days, s.zone, s.id});
        if (!q.ok())
            return q.error().kind == StoreError::Kind::Sql
                       ? StoreError::invalid(
                             ShiftActionText::tr("There is already a shift called \"%1\".")
                                 .arg(s.name))
                       : q.error();
        id = s.id == 0 ? q->lastInsertId().toLongLong() : s.id;
        if (s.id != 0 && q->numRowsAffected() == 0)
            return StoreError::notFound(
                ShiftActionText::tr("There is no shift with id %1.").arg(s.id));
        auto cleared =
            Connection::exec(db, u"DELETE FROM shift_operators WHERE shift_id = ?"_s, {id});
        if (!cleared.ok())
            return cleared.error();
        for (const qint64 op : s.operatorIds) {
            if (auto name = operatorName(db, op); !name.ok())
                return name.error();
            auto added = Connection::exec(
                db,
                u"INSERT OR IGNORE INTO shift_operators (shift_id, operator_id) VALUES (?, ?)"_s,
                {id, op});
            if (!added.ok())
                return added.error();
        }
        const QString what = u"%1 %2-%3 %4 %5"_s.arg(
            s.name, ShiftSchedule::minuteText(s.startMinute),
            ShiftSchedule::minuteText(s.endMinute), ShiftSchedule::daysText(s.days), s.zone);
        if (StoreError e = journalOther(db, actor, at, u"shift.saved"_s, QString(), what); !e.ok())
            return e;
        const auto key = shiftKey(db, id);
        if (!key.ok())
            return key.error();
        const auto people = loginsOf(db, s.operatorIds);
        if (!people.ok())
            return people.error();
        return teamOp(db, u"shift_save"_s,
                      {{u"key"_s, *key},
                       {u"name"_s, s.name},
                       {u"start"_s, s.startMinute},
                       {u"end"_s, s.endMinute},
                       {u"days"_s, s.days},
                       {u"zone"_s, s.zone},
                       {u"operators"_s, *people}});
    });
}

QFuture<StoreError> ShiftActions::removeShift(qint64 shiftId)
{
    return m_store.write([shiftId, actor = m_actor](const QSqlDatabase &db) {
        auto name = Connection::exec(db, u"SELECT name, key FROM shifts WHERE id = ?"_s, {shiftId});
        if (!name.ok())
            return name.error();
        if (!name.value().next())
            return StoreError::notFound(
                ShiftActionText::tr("There is no shift with id %1.").arg(shiftId));
        const QString old = name->value(0).toString();
        const QString key = name->value(1).toString();
        auto q = Connection::exec(db, u"DELETE FROM shifts WHERE id = ?"_s, {shiftId});
        if (!q.ok())
            return q.error();
        if (StoreError e = journalOther(db, actor, QDateTime::currentMSecsSinceEpoch(),
                                        u"shift.removed"_s, old, QString());
            !e.ok())
            return e;
        return teamOp(db, u"shift_remove"_s, {{u"key"_s, key}});
    });
}

QFuture<StoreError> ShiftActions::setResponsible(qint64 accountId, qint64 shiftId,
                                                 qint64 operatorId)
{
    return m_store.write([=, actor = m_actor](const QSqlDatabase &db) {
        auto del = Connection::exec(db,
                                    u"DELETE FROM shift_responsibility WHERE account_id = ? AND "
                                    u"coalesce(shift_id, 0) = ?"_s,
                                    {accountId, shiftId});
        if (!del.ok())
            return del.error();
        QString who;
        if (operatorId != 0) {
            const auto name = operatorName(db, operatorId);
            if (!name.ok())
                return name.error();
            who = *name;
            auto q = Connection::exec(db,
                                      u"INSERT INTO shift_responsibility (account_id, shift_id, "
                                      u"operator_id) VALUES (?, ?, ?)"_s,
                                      {accountId, orNull(shiftId), operatorId});
            if (!q.ok())
                return q.error().kind == StoreError::Kind::Sql
                           ? StoreError::invalid(
                                 ShiftActionText::tr("There is no such account or shift."))
                           : q.error();
        }
        if (StoreError e =
                journalOther(db, actor, QDateTime::currentMSecsSinceEpoch(), u"shift.responsible"_s,
                             QString(), who, u"account %1 shift %2"_s.arg(accountId).arg(shiftId));
            !e.ok())
            return e;
        const auto key = shiftKey(db, shiftId);
        if (!key.ok())
            return key.error();
        const auto login = loginsOf(db, operatorId == 0 ? QList<qint64>() : QList{operatorId});
        if (!login.ok())
            return login.error();
        return teamOp(db, u"shift_responsible"_s,
                      {{u"account"_s, accountId},
                       {u"shift"_s, *key},
                       {u"operator"_s, login->isEmpty() ? QString() : login->at(0).toString()}});
    });
}

QFuture<StoreError> ShiftActions::setRotation(const QList<qint64> &operatorIds, RotationMode mode,
                                              const QString &zone)
{
    return m_store.write([=, actor = m_actor](const QSqlDatabase &db) {
        if (!QTimeZone(zone.toUtf8()).isValid())
            return StoreError::invalid(
                ShiftActionText::tr("\"%1\" is not a time zone this computer knows.").arg(zone));
        auto del = Connection::exec(db, u"DELETE FROM shift_rotation"_s);
        if (!del.ok())
            return del.error();
        QStringList names;
        int position = 0;
        for (const qint64 op : operatorIds) {
            const auto name = operatorName(db, op);
            if (!name.ok())
                return name.error();
            names << *name;
            auto q = Connection::exec(
                db, u"INSERT OR IGNORE INTO shift_rotation (operator_id, position) VALUES (?, ?)"_s,
                {op, position++});
            if (!q.ok())
                return q.error();
        }
        if (StoreError e =
                setSetting(db, u"rotation"_s, mode == RotationMode::Shift ? u"shift"_s : u"day"_s);
            !e.ok())
            return e;
        if (StoreError e = setSetting(db, u"rotation_zone"_s, zone); !e.ok())
            return e;
        if (StoreError e = journalOther(db, actor, QDateTime::currentMSecsSinceEpoch(),
                                        u"shift.rotation"_s, QString(), names.join(u", "_s));
            !e.ok())
            return e;
        const auto people = loginsOf(db, operatorIds);
        if (!people.ok())
            return people.error();
        return teamOp(db, u"shift_rotation"_s,
                      {{u"mode"_s, mode == RotationMode::Shift ? u"shift"_s : u"day"_s},
                       {u"zone"_s, zone},
                       {u"operators"_s, *people}});
    });
}

QFuture<StoreError> ShiftActions::setBreakReminder(int minutes)
{
    return m_store.write([minutes](const QSqlDatabase &db) {
        if (minutes < 0 || minutes > 24 * 60)
            return StoreError::invalid(ShiftActionText::tr(
                "A break reminder comes after 1 to 1440 minutes of work, or never (0)."));
        return setSetting(db, u"break_reminder_minutes"_s, QString::number(minutes));
    });
}

QFuture<StoreResult<qint64>> ShiftActions::startShift(qint64 operatorId, const QDateTime &at)
{
    const qint64 ms = msOr(at);
    return writeFor<qint64>(m_store, [=, actor = m_actor](const QSqlDatabase &db, qint64 &id) {
        const auto name = operatorName(db, operatorId);
        if (!name.ok())
            return name.error();
        const auto open = shiftQueries::openSession(db, operatorId);
        if (!open.ok())
            return open.error();
        if (*open)
            return StoreError::invalid(ShiftActionText::tr("%1 is on shift already.").arg(*name));
        const auto shift = scheduledShiftOf(db, operatorId, ms);
        if (!shift.ok())
            return shift.error();
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto q = Connection::exec(db,
                                  u"INSERT INTO shift_sessions (key, operator_id, shift_id, "
                                  u"started_at) VALUES (?, ?, ?, ?)"_s,
                                  {key, operatorId, orNull(*shift), ms});
        if (!q.ok())
            return q.error();
        id = q->lastInsertId().toLongLong();
        if (StoreError e = journalOther(db, actor, ms, u"shift.started"_s, QString(), *name);
            !e.ok())
            return e;
        auto login =
            Connection::exec(db, u"SELECT login FROM operators WHERE id = ?"_s, {operatorId});
        if (!login.ok())
            return login.error();
        return teamOp(
            db, u"shift_start"_s,
            {{u"key"_s, key},
             {u"operator"_s, login.value().next() ? login->value(0).toString() : QString()},
             {u"at"_s, ms}});
    });
}

QFuture<StoreError> ShiftActions::endShift(qint64 operatorId, const QDateTime &at)
{
    const qint64 ms = msOr(at);
    return m_store.write([=, actor = m_actor](const QSqlDatabase &db) {
        const auto ended = endShiftIn(db, actor, operatorId, ms);
        if (!ended.ok())
            return ended.error();
        if (!*ended)
            return StoreError::invalid(ShiftActionText::tr("The operator is not on shift."));
        return StoreError{};
    });
}

QFuture<StoreError> ShiftActions::startBreak(qint64 operatorId, const QDateTime &at)
{
    const qint64 ms = msOr(at);
    return m_store.write([=, actor = m_actor](const QSqlDatabase &db) {
        const auto open = shiftQueries::openSession(db, operatorId);
        if (!open.ok())
            return open.error();
        if (!*open)
            return StoreError::invalid(
                ShiftActionText::tr("A break is taken during a shift: start the shift first."));
        auto onBreak = Connection::exec(
            db, u"SELECT 1 FROM shift_breaks WHERE session_id = ? AND ended_at IS NULL"_s,
            {(*open)->first});
        if (!onBreak.ok())
            return onBreak.error();
        if (onBreak.value().next())
            return StoreError::invalid(ShiftActionText::tr("The operator is on a break already."));
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto q = Connection::exec(
            db, u"INSERT INTO shift_breaks (key, session_id, started_at) VALUES (?, ?, ?)"_s,
            {key, (*open)->first, ms});
        if (!q.ok())
            return q.error();
        if (StoreError e = journalOther(db, actor, ms, u"shift.break_started"_s, QString(),
                                        QString::number(operatorId));
            !e.ok())
            return e;
        const auto session = openSessionKey(db, operatorId);
        if (!session.ok())
            return session.error();
        return teamOp(db, u"break_start"_s,
                      {{u"session"_s, *session}, {u"key"_s, key}, {u"at"_s, ms}});
    });
}

QFuture<StoreError> ShiftActions::endBreak(qint64 operatorId, const QDateTime &at)
{
    const qint64 ms = msOr(at);
    return m_store.write([=, actor = m_actor](const QSqlDatabase &db) {
        auto open = Connection::exec(
            db,
            u"SELECT b.id, b.key, s.key FROM shift_breaks b JOIN shift_sessions s ON "
            u"s.id = b.session_id WHERE b.ended_at IS NULL AND s.operator_id = ? AND "
            u"s.ended_at IS NULL"_s,
            {operatorId});
        if (!open.ok())
            return open.error();
        if (!open.value().next())
            return StoreError::invalid(ShiftActionText::tr("The operator is not on a break."));
        const QString key = open->value(1).toString();
        const QString session = open->value(2).toString();
        auto q = Connection::exec(
            db, u"UPDATE shift_breaks SET ended_at = max(started_at, ?) WHERE id = ?"_s,
            {ms, open->value(0).toLongLong()});
        if (!q.ok())
            return q.error();
        if (StoreError e = journalOther(db, actor, ms, u"shift.break_ended"_s, QString(),
                                        QString::number(operatorId));
            !e.ok())
            return e;
        return teamOp(db, u"break_end"_s,
                      {{u"session"_s, session}, {u"key"_s, key}, {u"at"_s, ms}});
    });
}

} // namespace fd::core
