#include "BreakReminder.h"

namespace fd::core {

BreakReminder::BreakReminder(Clock clock)
    : m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{}

void BreakReminder::setMinutes(int minutes)
{
    m_minutes = qMax(0, minutes);
}

void BreakReminder::setWorkingSince(const QDateTime &since)
{
    if (since != m_since)
        m_lastReminded = QDateTime();
    m_since = since;
}

QDateTime BreakReminder::dueAt() const
{
    if (!isOn() || !m_since.isValid())
        return {};
    const QDateTime from = m_lastReminded.isValid() ? m_lastReminded : m_since;
    return from.addSecs(qint64(m_minutes) * 60);
}

bool BreakReminder::isDue() const
{
    const QDateTime due = dueAt();
    return due.isValid() && m_clock() >= due;
}

void BreakReminder::reminded()
{
    m_lastReminded = m_clock();
}

} // namespace fd::core
