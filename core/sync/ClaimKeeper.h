#pragma once

#include "Claims.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace fd::core {

class TeamSync;

// The claim this station's composer holds on the conversation it is open on. Being at the
// composer (its focus, typing) claims the conversation for ~90 s by the server's clock; the
// claim is renewed while the operator keeps at it and let go when the composer moves on or the
// reply went. The fencing number of the first claim is kept: before a reply goes, confirm()
// asks the server again, and a reply whose claim ran out or went to someone else meanwhile is
// held back with the reason in words. Without a team, nothing is claimed and everything may go.
class ClaimKeeper : public QObject
{
    Q_OBJECT
public:
    enum class State {
        None,        // no conversation claimed (or no team)
        Claiming,    // asked, no answer yet
        Held,        // this station holds it
        Taken,       // someone else holds it (holderName())
        Unreachable, // the server could not be asked (problem())
    };

    // A held claim is renewed this often while the operator is at the composer…
    static constexpr int renewEveryMs = 30'000;
    // …and for this long after they last typed in it.
    static constexpr int idleLimitMs = 180'000;
    // A claim that failed is asked again at most this often while typing.
    static constexpr int retryMs = 5'000;

    explicit ClaimKeeper(QObject *parent = nullptr);

    // The team's sync (nullptr: standalone).
    void attach(TeamSync *sync);
    bool inTeam() const { return !m_sync.isNull(); }

    // The operator is at the composer on `thread`: claims it, or renews the claim when due.
    void hold(qint64 thread);
    // Lets go of the claim (the composer moved on or closed).
    void release();
    // A reply to `thread` was queued: the claim is kept (not renewed) until a sync round that
    // began after now has taken it to the server, then let go; someone else claiming it
    // before that would see the reply refused. Typing on in the conversation keeps it.
    void releaseAfterSync(qint64 thread);
    // The team says no one holds `thread` any more: a conversation this station found taken
    // is claimed for the operator if they are still at it.
    void noticeFree(qint64 thread);
    // Before a reply to `thread` goes: asks the server whether this station still holds it with
    // the fence it was first given (renewing it). Answered by confirmed().
    void confirm(qint64 thread);

    qint64 thread() const { return m_thread; }
    State state() const { return m_state; }
    qint64 fence() const { return m_fence; }
    // Who holds the conversation when it is Taken.
    const QString &holderName() const { return m_holderName; }
    // Why the server could not be asked, when Unreachable.
    const QString &problem() const { return m_problem; }

Q_SIGNALS:
    void stateChanged();
    // The answer to confirm(): `ok` when the reply may go; otherwise `why`, in words.
    void confirmed(qint64 thread, bool ok, const QString &why);

private:
    void ask(qint64 thread);
    void answered(qint64 thread, const ClaimAnswer &answer);
    void renew();
    void setState(State state);
    // Why a reply may not go after `answer`, in words.
    static QString refusal(const ClaimAnswer &answer);

    QPointer<TeamSync> m_sync;
    QList<QMetaObject::Connection> m_connections;
    qint64 m_thread = 0;
    qint64 m_fence = 0;    // the fence of this station's claim on m_thread, 0 before the first
    bool m_lapsed = false; // the claim ran out or was taken since m_fence was given
    bool m_releasePending = false; // releaseAfterSync(): waiting for a round to end
    bool m_roundBegun = false;     // … one that began after it was asked
    State m_state = State::None;
    QString m_holderName;
    QString m_problem;
    QElapsedTimer m_lastAsked;
    QElapsedTimer m_lastActivity;
    // Answers come in the order claims were asked; the confirm waits for the answer to its own.
    quint64 m_asked = 0;
    quint64 m_answered = 0;
    quint64 m_confirmAt = 0;
    qint64 m_confirmFence = 0; // the fence held when the confirm was asked
    QTimer m_renewal;
};

} // namespace fd::core
