#include "TeamDock.h"

#include "RefusedOpsModel.h"
#include "TeamOnlineModel.h"
#include "sync/ServerAddress.h"
#include "sync/TeamSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {

namespace {

QTreeView *listView(const QString &objectName, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(objectName);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->header()->setStretchLastSection(true);
    return view;
}

// A titled list: the title above, the list under it, no margins of its own.
QWidget *titled(const QString &title, QTreeView *view, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *label = new QLabel(title, box);
    label->setTextFormat(Qt::PlainText);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    view->setParent(box);
    layout->addWidget(view, 1);
    return box;
}

} // namespace

TeamDock::TeamDock(QSqlDatabase reader, QWidget *parent)
    : QDockWidget(tr("Team"), parent)
{
    setObjectName(u"dock.team"_s);
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(4);

    auto *top = new QHBoxLayout;
    m_status = new QLabel(body);
    m_status->setObjectName(u"team.status"_s);
    m_status->setTextFormat(Qt::PlainText);
    // One line, shortened to the room it gets (the whole story is its tooltip): a wrapped line
    // would ask for the height of its narrowest shape and hold the window's height to it.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->installEventFilter(this);
    top->addWidget(m_status, 1);
    m_join = new QPushButton(tr("Join a team…"), body);
    m_join->setObjectName(u"team.join"_s);
    top->addWidget(m_join);
    m_leave = new QPushButton(tr("Leave the team…"), body);
    m_leave->setObjectName(u"team.leave"_s);
    top->addWidget(m_leave);
    layout->addLayout(top);

    m_lists = new QSplitter(Qt::Horizontal, body);
    m_lists->setChildrenCollapsible(false);
    m_onlineModel = new TeamOnlineModel(reader, this);
    m_online = listView(u"team.online"_s, body);
    m_online->setModel(m_onlineModel);
    m_online->setColumnWidth(TeamOnlineModel::WhoColumn, 150);
    m_online->setColumnWidth(TeamOnlineModel::StationColumn, 110);
    m_onlineBox = titled(tr("Online now"), m_online, m_lists);
    m_lists->addWidget(m_onlineBox);

    m_refusedModel = new RefusedOpsModel(reader, this);
    m_refused = listView(u"team.refused"_s, body);
    m_refused->setModel(m_refusedModel);
    m_refused->setColumnWidth(RefusedOpsModel::WhenColumn, 130);
    m_refused->setColumnWidth(RefusedOpsModel::ChangeColumn, 90);
    m_refused->setColumnWidth(RefusedOpsModel::AboutColumn, 200);
    m_refusedBox = titled(tr("Refused by the server"), m_refused, m_lists);
    m_lists->addWidget(m_refusedBox);
    m_lists->setStretchFactor(0, 2);
    m_lists->setStretchFactor(1, 3);
    layout->addWidget(m_lists, 1);
    // In a scroll area, so what the panel holds never sets a minimum height for the window
    // (it shares the bottom of the window as a tab in the back).
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(body);
    setWidget(scroll);

    connect(m_join, &QPushButton::clicked, this, &TeamDock::joinRequested);
    connect(m_leave, &QPushButton::clicked, this, &TeamDock::leaveRequested);
    connect(m_refused, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const qint64 item = index.data(RefusedOpsModel::ItemIdRole).toLongLong();
        if (item != 0)
            Q_EMIT itemActivated(item, index.data(RefusedOpsModel::ThreadIdRole).toLongLong());
    });
    updateStatus();
    reload();
}

void TeamDock::setSession(core::TeamSession *session)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_session = session;
    if (session) {
        m_connections << connect(session, &core::TeamSession::statusChanged, this,
                                 &TeamDock::updateStatus);
        m_connections << connect(session, &core::TeamSession::membershipChanged, this,
                                 &TeamDock::updateStatus);
        m_connections << connect(session, &core::TeamSession::rejected, this, &TeamDock::reload);
        m_onlineModel->setTeam(session->presence(), session->claims());
    } else {
        m_onlineModel->setTeam(nullptr, nullptr);
    }
    updateStatus();
}

void TeamDock::reload()
{
    const QString error = m_refusedModel->reload();
    m_refused->setToolTip(error.isEmpty() ? tr("Double-click a change to open its item.") : error);
    m_refusedBox->setVisible(m_refusedModel->rowCount() > 0);
}

void TeamDock::updateStatus()
{
    const bool inTeam = m_session && m_session->inTeam();
    const bool busy = m_session && m_session->isJoining();
    QString line;
    if (!m_session) {
        line = tr("Team mode is not available in this window.");
    } else if (!inTeam) {
        line = tr("This station works on its own.");
    } else {
        const core::TeamMembership &m = *m_session->membership();
        const auto address = core::ServerAddress::parse(m.server, nullptr);
        line = tr("%1 · %2 as %3")
                   .arg(m_session->statusText(), address ? address->place() : m.server, m.login);
        if (!m_session->reason().isEmpty())
            line += u" · "_s + m_session->reason();
    }
    m_statusLine = line;
    m_status->setToolTip(m_session ? m_session->statusDetail() : QString());
    elide();
    m_join->setVisible(m_session && !inTeam);
    m_join->setEnabled(!busy);
    m_leave->setVisible(inTeam);
    m_onlineBox->setVisible(inTeam);
}

void TeamDock::elide()
{
    m_status->setText(
        m_status->fontMetrics().elidedText(m_statusLine, Qt::ElideRight, m_status->width()));
}

bool TeamDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_status && event->type() == QEvent::Resize)
        elide();
    return QDockWidget::eventFilter(watched, event);
}

} // namespace fd::ui
