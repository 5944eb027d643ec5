#pragma once

#include "model/Shift.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QTimeZone>

namespace fd::core {

// The shifts of a schedule and when they run. Every moment is a UTC QDateTime; a shift's
// local times are in its own IANA zone, so a night shift crosses midnight there, and on the
// nights the clock moves its start or end keeps the local wall time (the shift is an hour
// shorter or longer). A local time the clock skips happens when the clock jumps.
class ShiftSchedule
{
public:
    ShiftSchedule() = default;
    explicit ShiftSchedule(QList<Shift> shifts)
        : m_shifts(std::move(shifts))
    {}

    const QList<Shift> &shifts() const { return m_shifts; }
    bool isEmpty() const { return m_shifts.isEmpty(); }
    const Shift *shift(qint64 id) const;

    // The run of `shift` under way at `t`, or an invalid one.
    static ShiftOccurrence occurrenceAt(const Shift &shift, const QDateTime &t);
    // The run of `shift` that started on the local date `date` (invalid when it does not start
    // on that weekday).
    static ShiftOccurrence occurrenceOn(const Shift &shift, QDate date);
    // The latest run that started at or before `t` (ended or not), or an invalid one when the
    // shift did not start in the week before.
    static ShiftOccurrence lastStartedBy(const Shift &shift, const QDateTime &t);
    // The first run that starts after `t`.
    static ShiftOccurrence nextStartAfter(const Shift &shift, const QDateTime &t);

    // The runs of every shift under way at `t`, earliest start first.
    QList<ShiftOccurrence> runningAt(const QDateTime &t) const;
    // The operators the schedule has on shift at `t`.
    QSet<qint64> scheduledAt(const QDateTime &t) const;

    // Why a shift cannot be stored (empty name, minutes out of range, unknown zone, no days),
    // in words; empty when it can.
    static QString problem(const Shift &shift);
    // The zone a shift's name gives (UTC for an unknown one: problem() refuses those).
    static QTimeZone zoneOf(const Shift &shift);

    // "22:00", and back (minutes after midnight; "24:00" is 1440).
    static QString minuteText(int minute);
    static std::optional<int> parseMinute(QStringView text);
    // "mon,tue,fri" or "mon-fri" or "all" ↔ the bit mask of Shift::days.
    static QString daysText(int days);
    static std::optional<int> parseDays(QStringView text);

private:
    QList<Shift> m_shifts;
};

} // namespace fd::core
