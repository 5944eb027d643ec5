#include "ShiftQueries.h"

#include "store/Connection.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

QDateTime utcOf(const QVariant &ms)
{
    return ms.isNull() ? QDateTime()
                       : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), QTimeZone::utc());
}

QVariant msOf(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

// The rotation's turn at `now`: one step a day (in the rotation's zone) or one per shift run.
int rotationTurn(const ShiftSettings &s, const ShiftSchedule &schedule, const QDateTime &now)
{
    const int n = int(s.rotationOperators.size());
    QTimeZone zone(s.rotationZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    qint64 step = now.toTimeZone(zone).date().toJulianDay();
    if (s.rotation == RotationMode::Shift && !schedule.isEmpty()) {
        // Shifts in the order of their start time; each run is one step further.
        QList<Shift> ordered = schedule.shifts();
        std::sort(ordered.begin(), ordered.end(), [](const Shift &a, const Shift &b) {
            return a.startMinute != b.startMinute ? a.startMinute < b.startMinute : a.id < b.id;
        });
        ShiftOccurrence latest;
        qsizetype index = 0;
        for (qsizetype i = 0; i < ordered.size(); ++i) {
            const ShiftOccurrence o = ShiftSchedule::lastStartedBy(ordered.at(i), now);
            if (o.isValid() && (!latest.isValid() || o.start > latest.start)) {
                latest = o;
                index = i;
            }
        }
        if (latest.isValid()) {
            const QDate day =
                latest.start.toTimeZone(ShiftSchedule::zoneOf(ordered.at(index))).date();
            step = day.toJulianDay() * ordered.size() + index;
        }
    }
    return int(((step % n) + n) % n);
}

} // namespace

QString toString(Responsibility::How how)
{
    switch (how) {
    case Responsibility::How::None:
        return u"none"_s;
    case Responsibility::How::Named:
        return u"named"_s;
    case Responsibility::How::NamedForShift:
        return u"named_for_shift"_s;
    case Responsibility::How::Rotation:
        return u"rotation"_s;
    case Responsibility::How::OnlyOperator:
        return u"only_operator"_s;
    }
    return {};
}

namespace shiftQueries {

StoreResult<ShiftSchedule> schedule(const QSqlDatabase &db)
{
    auto q = Connection::exec(db, u"SELECT id, name, start_minute, end_minute, days, zone FROM "
                                  u"shifts ORDER BY start_minute, id"_s);
    if (!q.ok())
        return q.error();
    QList<Shift> shifts;
    QHash<qint64, qsizetype> at;
    while (q.value().next()) {
        Shift s;
        s.id = q->value(0).toLongLong();
        s.name = q->value(1).toString();
        s.startMinute = q->value(2).toInt();
        s.endMinute = q->value(3).toInt();
        s.days = q->value(4).toInt();
        s.zone = q->value(5).toString();
        at.insert(s.id, shifts.size());
        shifts.append(s);
    }
    if (shifts.isEmpty())
        return ShiftSchedule();
    auto ops = Connection::exec(db, u"SELECT so.shift_id, so.operator_id FROM shift_operators so "
                                    u"JOIN operators o ON o.id = so.operator_id "
                                    u"ORDER BY o.display_name, o.id"_s);
    if (!ops.ok())
        return ops.error();
    while (ops.value().next()) {
        const auto it = at.constFind(ops->value(0).toLongLong());
        if (it != at.constEnd())
            shifts[*it].operatorIds.append(ops->value(1).toLongLong());
    }
    return ShiftSchedule(shifts);
}

StoreResult<ShiftSettings> settings(const QSqlDatabase &db)
{
    ShiftSettings s;
    auto q = Connection::exec(db, u"SELECT key, value FROM shift_settings"_s);
    if (!q.ok())
        return q.error();
    while (q.value().next()) {
        const QString key = q->value(0).toString();
        const QString value = q->value(1).toString();
        if (key == u"rotation")
            s.rotation = value == u"shift" ? RotationMode::Shift : RotationMode::Day;
        else if (key == u"rotation_zone")
            s.rotationZone = value;
        else if (key == u"break_reminder_minutes")
            s.breakReminderMinutes = qMax(0, value.toInt());
    }
    auto r = Connection::exec(db, u"SELECT r.operator_id FROM shift_rotation r JOIN operators o "
                                  u"ON o.id = r.operator_id WHERE o.disabled = 0 "
                                  u"ORDER BY r.position, r.operator_id"_s);
    if (!r.ok())
        return r.error();
    while (r.value().next())
        s.rotationOperators.append(r->value(0).toLongLong());
    return s;
}

StoreResult<QList<OperatorOnShift>> operatorsAt(const QSqlDatabase &db, const QDateTime &now)
{
    const auto sched = schedule(db);
    if (!sched.ok())
        return sched.error();
    // Who the schedule has on shift now, and since when.
    QHash<qint64, ShiftOccurrence> scheduled;
    for (const ShiftOccurrence &o : sched->runningAt(now)) {
        for (const qint64 id : sched->shift(o.shiftId)->operatorIds) {
            if (!scheduled.contains(id))
                scheduled.insert(id, o);
        }
    }
    QList<OperatorOnShift> out;
    QHash<qint64, qsizetype> at;
    auto ops = Connection::exec(db, u"SELECT id, login, display_name FROM operators "
                                    u"WHERE disabled = 0 ORDER BY display_name, id"_s);
    if (!ops.ok())
        return ops.error();
    while (ops.value().next()) {
        OperatorOnShift o;
        o.operatorId = ops->value(0).toLongLong();
        o.login = ops->value(1).toString();
        o.displayName = ops->value(2).toString();
        const auto s = scheduled.constFind(o.operatorId);
        if (s != scheduled.constEnd()) {
            o.scheduled = true;
            o.state = WorkState::OnShift;
            o.shiftId = s->shiftId;
            o.shiftName = s->name;
        }
        at.insert(o.operatorId, out.size());
        out.append(o);
    }
    // Open items per desk, from the (status, assignee) index alone.
    auto load = Connection::exec(db, u"SELECT assignee_id, count(*) FROM items "
                                     u"WHERE status IN ('new', 'open', 'waiting') AND "
                                     u"assignee_id IS NOT NULL GROUP BY assignee_id"_s);
    if (!load.ok())
        return load.error();
    while (load.value().next()) {
        const auto it = at.constFind(load->value(0).toLongLong());
        if (it != at.constEnd())
            out[*it].openItems = load->value(1).toLongLong();
    }
    // Shifts started and not ended, with a break under way.
    auto open = Connection::exec(
        db, u"SELECT s.id, s.operator_id, s.started_at, (SELECT max(b.started_at) FROM "
            u"shift_breaks b WHERE b.session_id = s.id AND b.ended_at IS NULL) "
            u"FROM shift_sessions s WHERE s.ended_at IS NULL"_s);
    if (!open.ok())
        return open.error();
    while (open.value().next()) {
        const auto it = at.constFind(open->value(1).toLongLong());
        if (it == at.constEnd())
            continue;
        OperatorOnShift &o = out[*it];
        o.sessionId = open->value(0).toLongLong();
        o.startedAt = utcOf(open->value(2));
        o.breakSince = utcOf(open->value(3));
        o.state = o.breakSince.isValid() ? WorkState::OnBreak : WorkState::OnShift;
    }
    // Someone who ended their shift after the scheduled run began has left it early.
    auto ended = Connection::exec(db,
                                  u"SELECT operator_id, max(ended_at) FROM shift_sessions "
                                  u"WHERE ended_at IS NOT NULL AND ended_at >= ? "
                                  u"GROUP BY operator_id"_s,
                                  {now.addDays(-2).toMSecsSinceEpoch()});
    if (!ended.ok())
        return ended.error();
    while (ended.value().next()) {
        const auto it = at.constFind(ended->value(0).toLongLong());
        if (it == at.constEnd())
            continue;
        OperatorOnShift &o = out[*it];
        const auto s = scheduled.constFind(o.operatorId);
        if (o.sessionId == 0 && s != scheduled.constEnd() && utcOf(ended->value(1)) >= s->start)
            o.state = WorkState::Off;
    }
    return out;
}

StoreResult<std::optional<QSet<qint64>>> onShiftIds(const QSqlDatabase &db, const QDateTime &now)
{
    auto used = Connection::exec(db, u"SELECT EXISTS (SELECT 1 FROM shifts) OR EXISTS (SELECT 1 "
                                     u"FROM shift_sessions WHERE ended_at IS NULL)"_s);
    if (!used.ok())
        return used.error();
    if (!used.value().next() || !used->value(0).toBool())
        return std::optional<QSet<qint64>>();
    const auto all = operatorsAt(db, now);
    if (!all.ok())
        return all.error();
    QSet<qint64> ids;
    for (const OperatorOnShift &o : *all) {
        if (o.state == WorkState::OnShift)
            ids.insert(o.operatorId);
    }
    return std::optional<QSet<qint64>>(ids);
}

StoreResult<QList<Responsibility>> responsibleAt(const QSqlDatabase &db, const QDateTime &now)
{
    const auto sched = schedule(db);
    if (!sched.ok())
        return sched.error();
    const auto set = settings(db);
    if (!set.ok())
        return set.error();
    QSet<qint64> running;
    for (const ShiftOccurrence &o : sched->runningAt(now))
        running.insert(o.shiftId);

    QHash<qint64, QString> names;
    auto ops = Connection::exec(db, u"SELECT id, display_name FROM operators WHERE disabled = 0 "
                                    u"ORDER BY id"_s);
    if (!ops.ok())
        return ops.error();
    while (ops.value().next())
        names.insert(ops->value(0).toLongLong(), ops->value(1).toString());

    // Named people per account: for a shift under way first, then for any time.
    QHash<qint64, std::pair<qint64, Responsibility::How>> named;
    auto rows = Connection::exec(db, u"SELECT account_id, shift_id, operator_id FROM "
                                     u"shift_responsibility ORDER BY shift_id IS NULL"_s);
    if (!rows.ok())
        return rows.error();
    while (rows.value().next()) {
        const qint64 account = rows->value(0).toLongLong();
        const qint64 op = rows->value(2).toLongLong();
        if (named.contains(account) || !names.contains(op))
            continue;
        if (rows->value(1).isNull())
            named.insert(account, {op, Responsibility::How::Named});
        else if (running.contains(rows->value(1).toLongLong()))
            named.insert(account, {op, Responsibility::How::NamedForShift});
    }

    std::optional<qint64> turn;
    if (!set->rotationOperators.isEmpty())
        turn = set->rotationOperators.at(rotationTurn(*set, *sched, now));

    QList<Responsibility> out;
    auto accounts = Connection::exec(db, u"SELECT id, name FROM accounts ORDER BY name, id"_s);
    if (!accounts.ok())
        return accounts.error();
    while (accounts.value().next()) {
        Responsibility r;
        r.accountId = accounts->value(0).toLongLong();
        r.accountName = accounts->value(1).toString();
        if (const auto it = named.constFind(r.accountId); it != named.constEnd()) {
            r.operatorId = it->first;
            r.how = it->second;
        } else if (turn) {
            r.operatorId = *turn;
            r.how = Responsibility::How::Rotation;
        } else if (names.size() == 1) {
            r.operatorId = names.constBegin().key();
            r.how = Responsibility::How::OnlyOperator;
        }
        r.operatorName = names.value(r.operatorId);
        out.append(r);
    }
    return out;
}

StoreResult<std::optional<std::pair<qint64, QDateTime>>> openSession(const QSqlDatabase &db,
                                                                     qint64 operatorId)
{
    auto q = Connection::exec(db,
                              u"SELECT id, started_at FROM shift_sessions WHERE operator_id = ? "
                              u"AND ended_at IS NULL ORDER BY started_at DESC LIMIT 1"_s,
                              {operatorId});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<std::pair<qint64, QDateTime>>();
    return std::optional<std::pair<qint64, QDateTime>>(
        std::pair{q->value(0).toLongLong(), utcOf(q->value(1))});
}

StoreResult<QDateTime> workingSince(const QSqlDatabase &db, qint64 operatorId)
{
    auto q = Connection::exec(
        db,
        u"SELECT s.started_at, (SELECT max(b.ended_at) FROM shift_breaks b WHERE b.session_id = "
        u"s.id), EXISTS (SELECT 1 FROM shift_breaks b WHERE b.session_id = s.id AND b.ended_at "
        u"IS NULL) FROM shift_sessions s WHERE s.operator_id = ? AND s.ended_at IS NULL "
        u"ORDER BY s.started_at DESC LIMIT 1"_s,
        {operatorId});
    if (!q.ok())
        return q.error();
    if (!q.value().next() || q->value(2).toBool())
        return QDateTime();
    const QDateTime started = utcOf(q->value(0));
    const QDateTime lastBreak = utcOf(q->value(1));
    return lastBreak.isValid() && lastBreak > started ? lastBreak : started;
}

StoreResult<ShiftOccurrence> currentRunOf(const QSqlDatabase &db, qint64 operatorId,
                                          const QDateTime &now)
{
    const auto sched = schedule(db);
    if (!sched.ok())
        return sched.error();
    // The scheduled run they belong to: under way, else the last one that started.
    ShiftOccurrence best;
    for (const Shift &s : sched->shifts()) {
        if (operatorId != 0 && !s.operatorIds.contains(operatorId))
            continue;
        ShiftOccurrence o = ShiftSchedule::occurrenceAt(s, now);
        if (!o.isValid())
            o = ShiftSchedule::lastStartedBy(s, now);
        if (o.isValid() && (!best.isValid() || o.start > best.start))
            best = o;
    }
    if (best.isValid() && best.start > now.addDays(-1))
        return best;
    if (operatorId != 0) {
        const auto open = openSession(db, operatorId);
        if (!open.ok())
            return open.error();
        if (*open)
            return ShiftOccurrence{0, QString(), (*open)->second, now};
    }
    return ShiftOccurrence{0, QString(), now.addSecs(-8 * 3600), now};
}

StoreResult<QList<Handover>> handovers(const QSqlDatabase &db, const QDateTime &since, int limit)
{
    auto q = Connection::exec(
        db,
        u"SELECT id, key, coalesce(shift_id, 0), coalesce(from_operator_id, 0), from_name, "
        u"coalesce(to_operator_id, 0), to_name, reassign, summary, items_moved, created_at, "
        u"acknowledged_at, acknowledged_by FROM handovers WHERE created_at >= ? "
        u"ORDER BY created_at DESC, id DESC LIMIT ?"_s,
        {since.isValid() ? since.toMSecsSinceEpoch() : 0, limit});
    if (!q.ok())
        return q.error();
    QList<Handover> out;
    while (q.value().next()) {
        Handover h;
        h.id = q->value(0).toLongLong();
        h.key = q->value(1).toString();
        h.shiftId = q->value(2).toLongLong();
        h.fromOperatorId = q->value(3).toLongLong();
        h.fromName = q->value(4).toString();
        h.toOperatorId = q->value(5).toLongLong();
        h.toName = q->value(6).toString();
        h.reassign = reassignFromString(q->value(7).toString()).value_or(Reassign::Keep);
        h.summary = q->value(8).toString();
        h.itemsMoved = q->value(9).toInt();
        h.createdAt = utcOf(q->value(10));
        h.acknowledgedAt = utcOf(q->value(11));
        h.acknowledgedBy = q->value(12).toString();
        out.append(h);
    }
    return out;
}

StoreResult<QList<HandoverNote>> notesSince(const QSqlDatabase &db, const QDateTime &since)
{
    auto q = Connection::exec(db,
                              u"SELECT id, key, author, coalesce(item_id, 0), body, created_at "
                              u"FROM handover_notes WHERE created_at >= ? "
                              u"ORDER BY created_at, id"_s,
                              {msOf(since).isNull() ? QVariant(0) : msOf(since)});
    if (!q.ok())
        return q.error();
    QList<HandoverNote> out;
    while (q.value().next()) {
        HandoverNote n;
        n.id = q->value(0).toLongLong();
        n.key = q->value(1).toString();
        n.author = q->value(2).toString();
        n.itemId = q->value(3).toLongLong();
        n.body = q->value(4).toString();
        n.createdAt = utcOf(q->value(5));
        out.append(n);
    }
    return out;
}

StoreResult<qint64> operatorByLogin(const QSqlDatabase &db, const QString &login)
{
    auto q = Connection::exec(db, u"SELECT id FROM operators WHERE login = ?"_s, {login});
    if (!q.ok())
        return q.error();
    return q.value().next() ? q->value(0).toLongLong() : qint64(0);
}

} // namespace shiftQueries

} // namespace fd::core
