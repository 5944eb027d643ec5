#pragma once

#include <QDockWidget>
#include <QPointer>
#include <QSqlDatabase>

class QLabel;
class QPushButton;
class QTreeView;

namespace fd::core {
class TeamSession;
}

namespace fd::ui {

class RefusedOpsModel;
class TeamOnlineModel;

// The Team panel: how this station stands with its team (or how to join one), who is online and
// what they are doing, and the changes made here that the server refused, with its reasons.
class TeamDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit TeamDock(QSqlDatabase reader, QWidget *parent = nullptr);

    // The console's team (nullptr: none, and joining is not offered).
    void setSession(core::TeamSession *session);
    // Re-reads the refused changes.
    void reload();

    TeamOnlineModel *onlineModel() const { return m_onlineModel; }
    RefusedOpsModel *refusedModel() const { return m_refusedModel; }
    QTreeView *onlineView() const { return m_online; }
    QTreeView *refusedView() const { return m_refused; }
    QPushButton *joinButton() const { return m_join; }
    QPushButton *leaveButton() const { return m_leave; }
    QString statusText() const;

Q_SIGNALS:
    void joinRequested();
    void leaveRequested();
    // A refused change's item, double-clicked.
    void itemActivated(qint64 itemId, qint64 threadId);

private:
    void updateStatus();

    QPointer<core::TeamSession> m_session;
    QList<QMetaObject::Connection> m_connections;
    QLabel *m_status = nullptr;
    QPushButton *m_join = nullptr;
    QPushButton *m_leave = nullptr;
    QLabel *m_onlineTitle = nullptr;
    QTreeView *m_online = nullptr;
    QLabel *m_refusedTitle = nullptr;
    QTreeView *m_refused = nullptr;
    TeamOnlineModel *m_onlineModel = nullptr;
    RefusedOpsModel *m_refusedModel = nullptr;
};

} // namespace fd::ui
