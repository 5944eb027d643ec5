#pragma once

#include <QDateTime>

#include <functional>

namespace fd::core {

// The reminder to take a break after some minutes of continuous work (off by default). Work is
// continuous from the start of the shift or the end of the last break; a reminder once given
// comes again after as many minutes if the operator works on. The clock is given, so tests
// set the time; the UI asks isDue() on a timer and shows the reminder.
class BreakReminder
{
public:
    using Clock = std::function<QDateTime()>;

    // The current time by default.
    explicit BreakReminder(Clock clock = {});

    // Minutes of continuous work before the reminder; 0 turns it off.
    void setMinutes(int minutes);
    int minutes() const { return m_minutes; }
    bool isOn() const { return m_minutes > 0; }

    // Since when the operator has worked without a break (invalid: off shift or on a break).
    void setWorkingSince(const QDateTime &since);
    const QDateTime &workingSince() const { return m_since; }

    // When the next reminder is due (invalid when none will come).
    QDateTime dueAt() const;
    bool isDue() const;
    // The reminder was shown: the next one comes after another round of minutes.
    void reminded();

private:
    Clock m_clock;
    int m_minutes = 0;
    QDateTime m_since;
    QDateTime m_lastReminded;
};

} // namespace fd::core
