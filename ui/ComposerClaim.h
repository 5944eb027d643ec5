#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QLabel;
class QWidget;

namespace fd::core {
class ClaimKeeper;
class TeamPresence;
} // namespace fd::core

namespace fd::ui {

// The composer's side of claims in a team: being at the composer (its focus, typing) claims
// the conversation, moving on or closing lets go; a line says who else is replying to it
// ("Anna is replying to this conversation"); and a reply goes only once the server confirms the
// claim still holds with its fence. Standalone, it does nothing and every reply goes at once.
class ComposerClaim : public QObject
{
    Q_OBJECT
public:
    // `editor` is watched for focus; `label` shows who is replying (hidden when no one).
    ComposerClaim(QWidget *editor, QLabel *label, QObject *parent = nullptr);

    void setTeam(core::ClaimKeeper *keeper, core::TeamPresence *presence);
    bool inTeam() const;

    // The composer now shows `thread` (0: none): the claim on the one before is let go.
    void showThread(qint64 thread);
    // The operator is at the composer (typing): the claim is taken or renewed.
    void active();
    // The composer closed: the claim is let go.
    void stop();
    // Runs `go` once the claim on `thread` is confirmed (at once when standalone), else
    // `refuse` with the reason in words.
    void beforeSend(qint64 thread, std::function<void()> go,
                    std::function<void(const QString &)> refuse);
    // The fence of the claim a reply to `thread` is written under, for the server to check
    // again when the reply arrives there; none when standalone or not held.
    std::optional<qint64> fence(qint64 thread) const;
    // The reply was queued: the claim is let go once it reached the server.
    void sent(qint64 thread);

    // The line about the conversation's claim; empty when there is nothing to say.
    QString text() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateLabel();

    QWidget *m_editor;
    QLabel *m_label;
    QPointer<core::ClaimKeeper> m_keeper;
    QPointer<core::TeamPresence> m_presence;
    QList<QMetaObject::Connection> m_connections;
    qint64 m_thread = 0;
    // Sends waiting for the server's confirmation, by thread.
    struct Pending
    {
        std::function<void()> go;
        std::function<void(const QString &)> refuse;
    };
    QHash<qint64, Pending> m_pending;
};

} // namespace fd::ui
