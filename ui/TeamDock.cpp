#include "TeamDock.h"

#include "RefusedOpsModel.h"
#include "TeamOnlineModel.h"
#include "sync/TeamSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
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

QLabel *title(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

TeamDock::TeamDock(QSqlDatabase reader, QWidget *parent)
    : QDockWidget(tr("Team"), parent)
{
    setObjectName(u"dock.team"_s);
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 4, 6, 6);

    auto *top = new QHBoxLayout;
    m_status = new QLabel(body);
    m_status->setObjectName(u"team.status"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_status, 1);
    m_join = new QPushButton(tr("Join a team…"), body);
    m_join->setObjectName(u"team.join"_s);
    top->addWidget(m_join, 0, Qt::AlignTop);
    m_leave = new QPushButton(tr("Leave the team…"), body);
    m_leave->setObjectName(u"team.leave"_s);
    top->addWidget(m_leave, 0, Qt::AlignTop);
    layout->addLayout(top);

    auto *lists = new QHBoxLayout;
    auto *onlineBox = new QVBoxLayout;
    m_onlineTitle = title(tr("Online now"), body);
    onlineBox->addWidget(m_onlineTitle);
    m_onlineModel = new TeamOnlineModel(reader, this);
    m_online = listView(u"team.online"_s, body);
    m_online->setModel(m_onlineModel);
    m_online->setColumnWidth(TeamOnlineModel::WhoColumn, 140);
    m_online->setColumnWidth(TeamOnlineModel::StationColumn, 110);
    onlineBox->addWidget(m_online);
    lists->addLayout(onlineBox, 2);

    auto *refusedBox = new QVBoxLayout;
    m_refusedTitle = title(tr("Refused by the server"), body);
    refusedBox->addWidget(m_refusedTitle);
    m_refusedModel = new RefusedOpsModel(reader, this);
    m_refused = listView(u"team.refused"_s, body);
    m_refused->setModel(m_refusedModel);
    m_refused->setColumnWidth(RefusedOpsModel::WhenColumn, 130);
    m_refused->setColumnWidth(RefusedOpsModel::ChangeColumn, 90);
    m_refused->setColumnWidth(RefusedOpsModel::AboutColumn, 200);
    m_refused->setToolTip(tr("Double-click a change to open its item."));
    refusedBox->addWidget(m_refused);
    lists->addLayout(refusedBox, 3);
    layout->addLayout(lists, 1);
    // In a scroll area: a wrapped status line asks for the height of its narrowest shape,
    // which would hold the whole window to it while the panel is a tab in the back.
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
    const bool any = m_refusedModel->rowCount() > 0;
    m_refusedTitle->setVisible(any);
    m_refused->setVisible(any);
}

void TeamDock::updateStatus()
{
    const bool inTeam = m_session && m_session->inTeam();
    const bool busy = m_session && m_session->isJoining();
    if (!m_session)
        m_status->setText(tr("Team mode is not available in this window."));
    else
        m_status->setText(m_session->statusDetail());
    m_join->setVisible(m_session && !inTeam);
    m_join->setEnabled(!busy);
    m_leave->setVisible(inTeam);
    m_onlineTitle->setVisible(inTeam);
    m_online->setVisible(inTeam);
}

QString TeamDock::statusText() const
{
    return m_status->text();
}

} // namespace fd::ui
