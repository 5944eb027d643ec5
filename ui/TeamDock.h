#pragma once

#include <QDockWidget>
#include <QPointer>
#include <QSqlDatabase>

class QLabel;
class QPushButton;
class QSplitter;
class QTreeView;

namespace fd::core {
class TeamSession;
}

namespace fd::ui {

class RefusedOpsModel;
class TeamOnlineModel;

// The Team panel: how this station stands with its team in one line (or how to join one), who
// is online and what they are doing, and the changes made here that the server refused, with
// its reasons.
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
    // The status line in full (the label may show it shortened).
    const QString &statusText() const { return m_statusLine; }

Q_SIGNALS:
    void joinRequested();
    void leaveRequested();
    // A refused change's item, double-clicked.
    void itemActivated(qint64 itemId, qint64 threadId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateStatus();
    void elide();

    QPointer<core::TeamSession> m_session;
    QList<QMetaObject::Connection> m_connections;
    QString m_statusLine;
    QLabel *m_status = nullptr;
    QPushButton *m_join = nullptr;
    QPushButton *m_leave = nullptr;
    QSplitter *m_lists = nullptr;
    QWidget *m_onlineBox = nullptr;
    QTreeView *m_online = nullptr;
    QWidget *m_refusedBox = nullptr;
    QTreeView *m_refused = nullptr;
    TeamOnlineModel *m_onlineModel = nullptr;
    RefusedOpsModel *m_refusedModel = nullptr;
};

} // namespace fd::ui
