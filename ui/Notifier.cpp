#include "Notifier.h"

#include "store/ItemQueries.h"

#include <QApplication>
#include <QPainter>
#include <QSettings>
#include <QSystemTrayIcon>

#include <limits>

using namespace Qt::StringLiterals;

namespace fd::ui {

Notifier::Notifier(const core::ItemQueries &queries, QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_queries(queries)
    , m_settings(settings)
{
    m_baseIcon = QApplication::windowIcon();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(badge(m_baseIcon, 0), this);
        m_tray->setObjectName(u"tray"_s);
        connect(m_tray, &QSystemTrayIcon::activated, this, &Notifier::activated);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &Notifier::activated);
        m_tray->show();
    }
    m_present = [this](const QString &title, const QString &text) {
        if (m_tray && QSystemTrayIcon::supportsMessages())
            m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
    };
    check();
}

Notifier::~Notifier() = default;

QIcon Notifier::badge(const QIcon &base, int count)
{
    QPixmap pixmap = base.isNull() ? QPixmap(64, 64) : base.pixmap(64, 64);
    if (base.isNull())
        pixmap.fill(Qt::transparent);
    if (count > 0) {
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QString text = count > 99 ? u"99+"_s : QString::number(count);
        const QRectF circle(pixmap.width() * 0.40, 0, pixmap.width() * 0.60,
                            pixmap.height() * 0.60);
        p.setBrush(QColor(0xd0, 0x30, 0x30));
        p.setPen(Qt::NoPen);
        p.drawEllipse(circle);
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(int(circle.height() * (text.size() > 2 ? 0.38 : 0.55)));
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(circle, Qt::AlignCenter, text);
    }
    return QIcon(pixmap);
}

void Notifier::notify(const QString &title, const QString &text)
{
    if (m_present)
        m_present(title, text);
}

void Notifier::setWaiting(qint64 newItems)
{
    if (newItems == m_waiting)
        return;
    m_waiting = newItems;
    const int shown = int(qMin<qint64>(newItems, std::numeric_limits<int>::max()));
    if (m_tray) {
        m_tray->setIcon(badge(m_baseIcon, shown));
        m_tray->setToolTip(tr("Frontdesk: %n new", "", shown));
    }
    Q_EMIT waitingChanged(newItems);
}

void Notifier::check()
{
    // New customer items since the last look (the feed leaves our own replies out).
    const auto newest = m_queries.page({}, 5, 0);
    if (newest.ok()) {
        const qint64 top = newest->isEmpty() ? 0 : newest->first().item.id;
        const bool announce = m_newestSeen >= 0 && top > m_newestSeen &&
                              m_settings.value(newItemsKey(), true).toBool();
        if (announce && !m_watched.isEmpty()) {
            if (announceWatched() && m_settings.value(soundKey(), true).toBool())
                QApplication::beep();
        } else if (announce) {
            int fresh = 0;
            for (const core::ItemRow &row : *newest)
                fresh += row.item.id > m_newestSeen;
            const core::ItemRow &first = newest->first();
            QString preview = first.item.text.simplified().left(140);
            const QString title =
                fresh >= 5 ? tr("New messages from customers")
                           : tr("%1 on %2").arg(first.item.author.name, first.accountName);
            if (fresh >= 5)
                preview = tr("%1 and more are waiting in the inbox.").arg(first.item.author.name);
            notify(title, preview);
            if (m_settings.value(soundKey(), true).toBool())
                QApplication::beep();
        }
        m_newestSeen = qMax(m_newestSeen, top);
    }

    // An account that stops polling is a hole in the inbox: say so once, when it happens.
    const auto accounts = m_queries.accounts();
    if (accounts.ok()) {
        for (const core::Account &a : *accounts) {
            const auto before = m_health.value(a.id, core::AccountHealth::Idle);
            if (a.health == core::AccountHealth::Stopped &&
                before != core::AccountHealth::Stopped && m_health.contains(a.id))
                notify(tr("%1 stopped polling").arg(a.name), a.lastError);
            m_health.insert(a.id, a.health);
        }
    }
}

bool Notifier::announceWatched()
{
    // Each view is asked only for what is newer than the last look: a view that matches
    // nothing new costs a short walk, however large the store.
    constexpr int kFew = 5;
    const WatchedView *first = nullptr;
    QList<core::ItemRow> fresh;
    int views = 0;
    for (const WatchedView &view : std::as_const(m_watched)) {
        core::ItemFilter filter = view.filter;
        filter.afterId = m_newestSeen;
        const auto rows = m_queries.page(filter, kFew, 0);
        if (!rows.ok() || rows->isEmpty())
            continue;
        ++views;
        if (!first) {
            first = &view;
            fresh = *rows;
        }
    }
    if (!first)
        return false;
    const core::ItemRow &newest = fresh.first();
    const QString title =
        views > 1 ? tr("New in “%1” and %n more view(s)", "", views - 1).arg(first->name)
                  : tr("New in “%1”").arg(first->name);
    const QString text =
        fresh.size() >= kFew
            ? tr("%1 and more are waiting in this view.").arg(newest.item.author.name)
            : tr("%1 on %2: %3")
                  .arg(newest.item.author.name, newest.accountName,
                       newest.item.text.simplified().left(140));
    notify(title, text);
    return true;
}

} // namespace fd::ui
