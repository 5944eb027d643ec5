#pragma once

#include "rules/BusinessCalendar.h"

#include <QtGlobal>

#include <vector>

namespace fd::core {

// A calendar's open time laid out once over a span of time, so the open time between any two
// moments of the span is two binary searches instead of a walk over local days and time-zone
// rules: the statistics measure millions of waits. Moments outside the span are clamped to it.
class OpenTime
{
public:
    OpenTime() = default;
    OpenTime(const BusinessCalendar &calendar, qint64 fromMs, qint64 toMs);

    bool isCalendarHours() const { return m_calendarHours; }
    // Open milliseconds in [a, b); 0 when b is not after a.
    qint64 openMsBetween(qint64 a, qint64 b) const;
    // The earliest moment by which `ms` of open time have passed since `from` (`from` for 0);
    // -1 when the span ends first.
    qint64 addOpenMs(qint64 from, qint64 ms) const;

private:
    // Open ms from the span's start up to t.
    qint64 openBefore(qint64 t) const;

    bool m_calendarHours = true;
    std::vector<qint64> m_starts;
    std::vector<qint64> m_ends;
    std::vector<qint64> m_before; // open ms before each interval's start
};

} // namespace fd::core
