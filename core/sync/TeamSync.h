#pragma once

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
    QString m_status;
};

} // namespace fd::core
