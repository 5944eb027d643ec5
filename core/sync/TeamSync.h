#pragma once

#include "Claims.h"
#include "Puller.h"
#include "Pusher.h"
#include "TeamMembership.h"

#include <QObject>
#include <QString>

class QThread;

namespace fd::core {

class Listener;
class Store;
class SyncWorker;

// A station's life in its team, off the GUI thread: a sync thread with one connection that
// pushes the station's queued ops and pulls the team's changes (on every wake-up, after every
// reconnect, and every 30–60 s regardless), and a listener thread waiting for the server's
// notifications. Work stays local while the server is away; it goes when the server is back.
class TeamSync : public QObject
{
    Q_OBJECT
public:
    TeamSync(Store &store, TeamMembership team, QString password, QObject *parent = nullptr);
    ~TeamSync() override;

    const TeamMembership &team() const { return m_team; }

    // Connects, pulls, listens. Without `listen`, no listener thread (one-off syncs).
    void start(bool listen = true);
    // Pushes and pulls now (coalesced with any sync already asked for).
    void syncNow();

    // Claims and presence, on the sync thread's connection; the answers come as signals.
    // Claims the conversation for `seconds` by the server's clock (or renews this station's
    // claim) → claimAnswered.
    void claim(qint64 thread, int seconds = claimSeconds);
    // Lets go of this station's claim with `fence`.
    void releaseClaim(qint64 thread, qint64 fence);
    // Reads the live claims and who is online → teamRead. Asked for on every claims
    // notification and after every (re)connect, once presence is on (setViewing()).
    void readTeam();
    // The conversation this station shows (0: none). The first call starts telling the team
    // this station is here (a heartbeat every heartbeatMs, and at once on every change).
    void setViewing(qint64 thread);

    static constexpr int claimSeconds = 90;
    static constexpr int heartbeatMs = 20'000;
    static constexpr int fallbackMinMs = 30'000;
    static constexpr int fallbackMaxMs = 60'000;

Q_SIGNALS:
    // A sync round finished (pushed and pulled, or stopped by `push.error` / `pull.error`).
    void synced(const fd::core::PushReport &push, const fd::core::PullReport &pull);
    // A first pull's progress.
    void progress(qint64 done, qint64 total);
    // Ops of this station the server refused, with its reasons in words.
    void rejected(const QStringList &reasons);
    // The line to the server came or went; `message` says how things stand, in words.
    void connectionChanged(bool online, const QString &message);
    // Claims or presence changed somewhere in the team.
    void claimsChanged();
    // A round of push and pull began (the status line says "syncing" if it takes a while).
    void roundStarted();
    // The answer to claim().
    void claimAnswered(qint64 thread, const fd::core::ClaimAnswer &answer);
    // The team's live claims and the stations online, as read by readTeam().
    void teamRead(const QList<fd::core::LiveClaim> &claims,
                  const QList<fd::core::OnlineStation> &online);

private:
    friend class SyncWorker;
    void report(const PushReport &push, const PullReport &pull);
    void setOnline(bool online, const QString &message);

    Store &m_store;
    const TeamMembership m_team;
    QThread *m_syncThread = nullptr;
    QThread *m_listenThread = nullptr;
    SyncWorker *m_worker = nullptr;
    Listener *m_listener = nullptr;
    bool m_online = false;
    bool m_presence = false;
    QString m_status;
};

} // namespace fd::core
