#pragma once

#include "model/Enums.h"
#include "store/ItemFilter.h"

#include <QHash>
#include <QIcon>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QSettings;
class QSystemTrayIcon;

namespace fd::core {
class ItemQueries;
}

namespace fd::ui {

// A saved view whose new items are announced.
struct WatchedView
{
    QString name;
    core::ItemFilter filter;
};

// Tells the operator what they must not miss: the count of new items on a tray icon, a desktop
// notification (and a sound) when new customer items arrive, and a warning when an account
// stops polling. It works while the window has focus too: an operator reading one conversation
// still hears about the next customer. Each kind can be switched off in the settings. While
// operators watch views, only new items in those views are announced, named by their view.
class Notifier : public QObject
{
    Q_OBJECT
public:
    static QString newItemsKey() { return QStringLiteral("notify/newItems"); }
    static QString soundKey() { return QStringLiteral("notify/sound"); }

    Notifier(const core::ItemQueries &queries, QSettings &settings, QObject *parent = nullptr);
    ~Notifier() override;

    // Looks for news in the store (new customer items, stopped accounts): call after every
    // commit the window notices. Cheap: it reads the newest few items (in each watched view,
    // only those newer than the last look) and the accounts.
    void check();
    // The views whose new items are announced; none: every new customer item is.
    void setWatchedViews(const QList<WatchedView> &views) { m_watched = views; }
    const QList<WatchedView> &watchedViews() const { return m_watched; }
    // The count of new items for the tray, as the window's status bar counts them (counted
    // there once; counting again here would double a query that is slow on large stores).
    void setWaiting(qint64 newItems);

    qint64 waiting() const { return m_waiting; }
    QSystemTrayIcon *tray() const { return m_tray; }
    // The tray icon's picture: the application icon with the count on it.
    static QIcon badge(const QIcon &base, int count);

    // Tells the operator something they must not miss (a change the team's server refused).
    void announce(const QString &title, const QString &text) { notify(title, text); }

    // Where messages go (tests listen here; the default shows them on the tray icon).
    void setPresenter(std::function<void(const QString &title, const QString &text)> presenter)
    {
        m_present = std::move(presenter);
    }

Q_SIGNALS:
    void waitingChanged(qint64 newItems);
    // The operator asked to see the window (clicked the tray icon or a notification).
    void activated();

private:
    void notify(const QString &title, const QString &text);
    // Announces what arrived after m_newestSeen in the watched views; returns whether any did.
    bool announceWatched();

    const core::ItemQueries &m_queries;
    QSettings &m_settings;
    QSystemTrayIcon *m_tray = nullptr;
    QIcon m_baseIcon;
    std::function<void(const QString &, const QString &)> m_present;
    qint64 m_waiting = -1;
    qint64 m_newestSeen = -1; // the newest incoming item already announced
    QHash<qint64, core::AccountHealth> m_health;
    QList<WatchedView> m_watched;
};

} // namespace fd::ui
