#include "BreakReminderWatch.h"

#include "Format.h"
#include "shifts/ShiftQueries.h"
#include "store/Store.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd::ui {

std::optional<int> BreakReminderWatch::preference(const QSettings &settings)
{
    if (!settings.contains(minutesKey()))
        return std::nullopt;
    bool ok = false;
    const int minutes = settings.value(minutesKey()).toInt(&ok);
    return ok ? std::clamp(minutes, 0, maxMinutes) : 0;
}

BreakReminderWatch::BreakReminderWatch(core::Store &store, QSettings &settings,
                                       core::BreakReminder::Clock clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_reminder(std::move(clock))
{
    connect(&m_timer, &QTimer::timeout, this, &BreakReminderWatch::check);
}

void BreakReminderWatch::setLogin(const QString &login)
{
    m_login = login;
}

void BreakReminderWatch::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void BreakReminderWatch::check()
{
    // A few small indexed reads on the window's reading connection.
    const auto reader = m_store.reader();
    if (!reader.ok() || m_login.isEmpty())
        return;
    int minutes = 0;
    if (const auto mine = preference(m_settings)) {
        minutes = *mine;
    } else if (const auto s = core::shiftQueries::settings(*reader); s.ok()) {
        minutes = s->breakReminderMinutes;
    }
    m_reminder.setMinutes(minutes);
    if (!m_reminder.isOn())
        return;
    const auto id = core::shiftQueries::operatorByLogin(*reader, m_login);
    if (!id.ok() || *id == 0)
        return;
    const auto since = core::shiftQueries::workingSince(*reader, *id);
    if (!since.ok())
        return;
    m_reminder.setWorkingSince(*since);
    if (!m_reminder.isDue())
        return;
    m_reminder.reminded();
    const qint64 worked = since->secsTo(m_reminder.dueAt().addSecs(-qint64(minutes) * 60));
    Q_EMIT due(tr("Time for a break"),
               tr("You have worked for %1 without a break.").arg(format::duration(worked)));
}

} // namespace fd::ui
