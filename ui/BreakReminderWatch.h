#pragma once

#include "shifts/BreakReminder.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

class QSettings;

namespace fd::core {
class Store;
}

namespace fd::ui {

// Reminds the operator at this workstation to take a break after some minutes of continuous
// work (off by default): the minutes are this workstation's preference, or the store's shift
// setting while the preference was never set. Work runs from the start of their shift or the
// end of their last break, as the store has it; the reminder comes again after as many minutes
// if they work on.
class BreakReminderWatch : public QObject
{
    Q_OBJECT

public:
    static QString minutesKey() { return QStringLiteral("shifts/breakReminderMinutes"); }
    static constexpr int defaultMinutes = 90;
    static constexpr int maxMinutes = 12 * 60;
    // The preference in `settings`: minutes, 0 for off, nothing when never set.
    static std::optional<int> preference(const QSettings &settings);

    BreakReminderWatch(core::Store &store, QSettings &settings,
                       core::BreakReminder::Clock clock = {}, QObject *parent = nullptr);

    // Whose work is watched (the operator's login in the store; empty: nobody's).
    void setLogin(const QString &login);
    // Looks every `intervalMs` from now on.
    void start(int intervalMs = 60000);
    // Reads the minutes and since when the operator works, and announces a reminder when due.
    void check();
    const core::BreakReminder &reminder() const { return m_reminder; }

Q_SIGNALS:
    void due(const QString &title, const QString &text);

private:
    core::Store &m_store;
    QSettings &m_settings;
    core::BreakReminder m_reminder;
    QString m_login;
    QTimer m_timer;
};

} // namespace fd::ui
