#include "OpenTime.h"

#include <algorithm>

namespace fd::core {

OpenTime::OpenTime(const BusinessCalendar &calendar, qint64 fromMs, qint64 toMs)
    : m_calendarHours(calendar.isCalendarHours())
{
    if (m_calendarHours)
        return;
    const auto intervals = calendar.openIntervalsBetween(fromMs, toMs);
    m_starts.reserve(std::size_t(intervals.size()));
    m_ends.reserve(std::size_t(intervals.size()));
    m_before.reserve(std::size_t(intervals.size()));
    qint64 sum = 0;
    for (const auto &[start, end] : intervals) {
        m_starts.push_back(start);
        m_ends.push_back(end);
        m_before.push_back(sum);
        sum += end - start;
    }
}

qint64 OpenTime::openBefore(qint64 t) const
{
    // The last interval starting at or before t.
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), t);
    if (it == m_starts.cbegin())
        return 0;
    const std::size_t i = std::size_t(it - m_starts.cbegin()) - 1;
    return m_before[i] + std::min(t, m_ends[i]) - m_starts[i];
}

qint64 OpenTime::openMsBetween(qint64 a, qint64 b) const
{
    if (b <= a)
        return 0;
    if (m_calendarHours)
        return b - a;
    return openBefore(b) - openBefore(a);
}

qint64 OpenTime::addOpenMs(qint64 from, qint64 ms) const
{
    if (ms <= 0)
        return from;
    if (m_calendarHours)
        return from + ms;
    const qint64 target = openBefore(from) + ms;
    // The first interval whose end reaches the target amount of open time.
    std::size_t lo = 0;
    std::size_t hi = m_starts.size();
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (m_before[mid] + (m_ends[mid] - m_starts[mid]) >= target)
            hi = mid;
        else
            lo = mid + 1;
    }
    if (lo == m_starts.size())
        return -1;
    return std::max(from, m_starts[lo] + (target - m_before[lo]));
}

} // namespace fd::core
