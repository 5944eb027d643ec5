#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>
#include <utility>

namespace fd::core {

// A stretch of a day when the team works, in minutes after the local midnight: [start, end).
// An end of 1440 is 24:00, the next midnight.
struct OpenPeriod
{
    int start = 0;
    int end = 0;

    friend bool operator==(const OpenPeriod &, const OpenPeriod &) = default;
};

// When a team's time counts towards a target: open periods per weekday (several a day) in a
// time zone, minus holidays — or every hour of the day ("calendar hours"). Local times that do
// not exist (a clock moved forward) count from the moment the clock jumps; moments are UTC
// QDateTimes, local dates and times are the calendar's zone.
class BusinessCalendar
{
public:
    // Searches for open time stop this far ahead: a calendar (nearly) without open time answers
    // with an invalid QDateTime instead of looping.
    static constexpr int searchDays = 800;

    // Calendar hours: always open.
    BusinessCalendar() = default;
    static BusinessCalendar calendarHours() { return {}; }

    bool isCalendarHours() const { return m_calendarHours; }
    // Makes the calendar one of business hours (closed until periods are set) or calendar hours.
    void setCalendarHours(bool on) { m_calendarHours = on; }

    const QTimeZone &timeZone() const { return m_zone; }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    // Periods of a weekday (1 = Monday … 7 = Sunday, as Qt::DayOfWeek), ordered.
    const QList<OpenPeriod> &periods(int dayOfWeek) const;
    // Sets a weekday's periods; false with a message when they are out of range or overlap.
    bool setPeriods(int dayOfWeek, QList<OpenPeriod> periods, QString *error = nullptr);

    const QSet<QDate> &holidays() const { return m_holidays; }
    void setHolidays(const QSet<QDate> &days) { m_holidays = days; }

    // Whether `t` is in open time.
    bool isOpen(const QDateTime &t) const;
    // Open seconds in [a, b); 0 when b is not after a.
    qint64 openSecondsBetween(const QDateTime &a, const QDateTime &b) const;
    // The earliest moment by which `seconds` of open time have passed since `from`; `from`
    // itself for 0; invalid when that is more than searchDays away.
    QDateTime addOpenSeconds(const QDateTime &from, qint64 seconds) const;
    // `t` when open, otherwise the next opening; invalid when none within searchDays.
    QDateTime nextOpening(const QDateTime &t) const;
    // The open time within [fromMs, toMs) (ms since the epoch) as ordered, separate
    // intervals, for counting open time over many moments at once.
    QList<std::pair<qint64, qint64>> openIntervalsBetween(qint64 fromMs, qint64 toMs) const;

    // {"hours": "calendar"} or {"hours": "business", "zone": "Europe/Warsaw", "week": {"mon":
    // ["09:00-13:00", "14:00-18:00"], …}, "holidays": ["2026-01-01", …]}.
    QJsonObject toJson() const;
    // Reads toJson()'s form; on a mistake returns calendar hours and says what is wrong.
    static BusinessCalendar fromJson(const QJsonObject &json, QString *error = nullptr);

    // "09:00-13:00" and back; 24:00 is allowed as an end.
    static QString periodText(const OpenPeriod &period);
    static std::optional<OpenPeriod> parsePeriod(QStringView text);
    // Weekday keys of the JSON form: "mon" … "sun".
    static QString dayKey(int dayOfWeek);
    // The moment (ms since the epoch) a local date and minute of the day happen in `zone`: the
    // first of two when the clock moved back, the jump itself when it moved forward past them.
    static qint64 localInstant(const QTimeZone &zone, QDate date, int minute);

    friend bool operator==(const BusinessCalendar &a, const BusinessCalendar &b)
    {
        return a.m_calendarHours == b.m_calendarHours && a.m_week == b.m_week &&
               a.m_holidays == b.m_holidays &&
               (a.m_calendarHours || a.m_zone.id() == b.m_zone.id());
    }

private:
    using Interval = std::pair<qint64, qint64>; // ms since the epoch, [first, second)

    // The open intervals of a local date, in order.
    QList<Interval> openIntervals(QDate date) const;
    // The moment a local date and minute of the day happen in the zone.
    qint64 instant(QDate date, int minute) const;
    QDate localDate(qint64 ms) const;
    bool hasOpenTime() const;

    bool m_calendarHours = true;
    QTimeZone m_zone = QTimeZone::utc();
    std::array<QList<OpenPeriod>, 7> m_week;
    QSet<QDate> m_holidays;
};

} // namespace fd::core
