#include "TeamStatusButton.h"

#include "Theme.h"
#include "sync/TeamSession.h"

#include <QEvent>
#include <QPainter>
#include <QPixmap>

namespace fd::ui {

namespace {

using Status = core::TeamSession::Status;

std::optional<Theme::Role> roleOf(Status status)
{
    switch (status) {
    case Status::Standalone:
        return std::nullopt;
    case Status::Online:
        return Theme::Role::Online;
    case Status::Starting:
    case Status::Syncing:
    case Status::Receiving:
        return Theme::Role::Busy;
    case Status::Offline:
    case Status::NoPassword:
        return Theme::Role::Offline;
    }
    return std::nullopt;
}

QIcon dot(const QColor &color, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const qreal d = size * 0.6;
    painter.drawEllipse(QRectF((size - d) / 2, (size - d) / 2, d, d));
    return QIcon(pixmap);
}

} // namespace

TeamStatusButton::TeamStatusButton(core::TeamSession &session, QWidget *parent)
    : QToolButton(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("status.team"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setFocusPolicy(Qt::NoFocus);
    connect(&session, &core::TeamSession::statusChanged, this, &TeamStatusButton::refresh);
    refresh();
}

void TeamStatusButton::setUnseenRefusals(int count)
{
    if (count == m_unseen)
        return;
    m_unseen = count;
    refresh();
}

void TeamStatusButton::refresh()
{
    QString text = m_session.statusText();
    if (m_unseen > 0)
        text += QStringLiteral(" · ") + tr("%n change(s) refused", nullptr, m_unseen);
    setText(text);
    QString tip = m_session.statusDetail();
    if (m_unseen > 0)
        tip += u'\n' + tr("The server refused changes made here: the Team panel says why.");
    setToolTip(tip);
    const auto role =
        m_unseen > 0 ? std::optional(Theme::Role::Offline) : roleOf(m_session.status());
    const int size = fontMetrics().height();
    setIcon(role ? dot(Theme::color(*role, palette()), size, devicePixelRatioF()) : QIcon());
    setAccessibleName(text);
}

void TeamStatusButton::changeEvent(QEvent *event)
{
    QToolButton::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

} // namespace fd::ui
