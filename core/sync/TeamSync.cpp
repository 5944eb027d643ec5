#include "TeamSync.h"

#include "Listener.h"
#include "OpQueue.h"
#include "ServerConnection.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QScopedValueRollback>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace fd::core {

// Lives on the sync thread; owns the connection there.
class SyncWorker : public QObject
{
public:
    SyncWorker(Store &store, TeamSync *facade, TeamMembership team, QString password)
        : m_store(store)
        , m_facade(facade)
        , m_team(std::move(team))
        , m_password(std::move(password))
    {}

    void begin()
    {
        m_fallback = new QTimer(this);
        m_fallback->setSingleShot(true);
        connect(m_fallback, &QTimer::timeout, this, &SyncWorker::schedule);
        schedule();
    }

    void schedule()
    {
        if (m_scheduled)
            return;
        m_scheduled = true;
        QTimer::singleShot(0, this, [this] { cycle(); });
    }

    void shutdown()
    {
        delete m_fallback; // timers go on the thread they run on
        m_fallback = nullptr;
        delete m_heartbeat;
        m_heartbeat = nullptr;
        m_server.reset();
    }

    // Claims and presence share the sync connection; each answer goes back to the facade.
    void claim(qint64 thread, int seconds)
    {
        ClaimAnswer answer;
        if (ServerConnection *server = live()) {
            answer = claims::claim(*server, thread, m_team.station, seconds);
            if (!answer.error.ok())
                failed(answer.error);
        } else {
            answer.error = m_openError;
        }
        QPointer<TeamSync> facade = m_facade;
        QMetaObject::invokeMethod(facade, [facade, thread, answer] {
            if (facade)
                Q_EMIT facade->claimAnswered(thread, answer);
        });
    }

    void release(qint64 thread, qint64 fence)
    {
        if (ServerConnection *server = live()) {
            if (const auto done = claims::release(*server, thread, m_team.station, fence);
                !done.ok())
                failed(done.error());
        }
    }

    // Coalesced: a burst of notifications reads the team once.
    void wantTeam()
    {
        if (m_teamWanted)
            return;
        m_teamWanted = true;
        QTimer::singleShot(0, this, [this] { readTeam(); });
    }

    void setViewing(qint64 thread)
    {
        if (!m_fallback)
            return;
        if (!m_heartbeat) {
            m_heartbeat = new QTimer(this);
            m_heartbeat->setInterval(TeamSync::heartbeatMs);
            connect(m_heartbeat, &QTimer::timeout, this, &SyncWorker::beat);
            m_heartbeat->start();
        } else if (thread == m_viewing) {
            return;
        }
        m_viewing = thread;
        beat();
    }

    void beat()
    {
        if (ServerConnection *server = live()) {
            if (const ServerError e = claims::heartbeat(*server, m_team.station, m_viewing);
                !e.ok())
                failed(e);
        }
    }

    ServerConnection *connection()
    {
        if (m_server)
            return m_server.get();
        auto opened = m_team.connect(m_password, u"frontdesk-sync-%1"_s.arg(quintptr(this)));
        if (!opened.ok()) {
            m_openError = opened.error();
            if (opened.error().kind == ServerError::Kind::Disabled)
                m_disabled = opened.error();
            else
                tell(false, opened.error().message);
            return nullptr;
        }
        m_server = std::move(opened.value());
        // Reached again by a heartbeat or a claim between rounds: a round says so and sends
        // what waited, rather than the next wake-up.
        if (!m_inCycle)
            schedule();
        return m_server.get();
    }

    // A call on the connection failed: an unreachable server is opened again next time.
    void failed(const ServerError &error)
    {
        if (error.kind == ServerError::Kind::Unreachable || error.kind == ServerError::Kind::Login)
            m_server.reset();
        tell(false, error.message);
    }

private:
    // The connection for claims and presence: none once shut down or disabled.
    ServerConnection *live()
    {
        if (m_disabled) {
            m_openError = *m_disabled;
            return nullptr;
        }
        if (!m_fallback) {
            m_openError = {
                ServerError::Kind::Unreachable,
                QCoreApplication::translate("fd::core::TeamSync",
                                            "This station stopped syncing with the team.")};
            return nullptr;
        }
        return connection();
    }

    void readTeam()
    {
        m_teamWanted = false;
        ServerConnection *server = live();
        if (!server)
            return;
        auto claimed = claims::live(*server);
        if (!claimed.ok()) {
            failed(claimed.error());
            return;
        }
        auto online = claims::online(*server);
        if (!online.ok()) {
            failed(online.error());
            return;
        }
        QPointer<TeamSync> facade = m_facade;
        QMetaObject::invokeMethod(facade,
                                  [facade, claimed = claimed.value(), online = online.value()] {
                                      if (facade)
                                          Q_EMIT facade->teamRead(claimed, online);
                                  });
    }

    void cycle()
    {
        m_scheduled = false;
        if (!m_fallback)
            return; // shut down
        const QScopedValueRollback inCycle(m_inCycle, true);
        {
            QPointer<TeamSync> facade = m_facade;
            QMetaObject::invokeMethod(facade, [facade] {
                if (facade)
                    Q_EMIT facade->roundStarted();
            });
        }
        // The next round regardless of wake-ups: 30–60 s, spread so stations do not pull in step.
        m_fallback->start(int(QRandomGenerator::global()->bounded(TeamSync::fallbackMinMs,
                                                                  TeamSync::fallbackMaxMs + 1)));
        const bool reused = m_server != nullptr;
        ServerConnection *server = m_disabled ? nullptr : connection();
        if (m_disabled) {
            refuseQueued();
            return;
        }
        if (!server)
            return;
        PushReport push = pushPending(m_store, *server, m_team.station);
        PullReport pull;
        if (push.error.ok()) {
            QPointer<TeamSync> facade = m_facade;
            pull = pullAll(m_store, *server, [facade](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(facade, [facade, done, total] {
                    if (facade)
                        Q_EMIT facade->progress(done, total);
                });
            });
        }
        const ServerError &error = !push.error.ok() ? push.error : pull.error;
        if (!error.ok())
            failed(error);
        else
            tell(true, QString());
        // A connection that died while idle (the server restarted, the session was ended) is
        // only found out by using it: a new one is tried at once rather than in 30-60 s.
        if (reused && error.kind == ServerError::Kind::Unreachable)
            schedule();
        QPointer<TeamSync> facade = m_facade;
        QMetaObject::invokeMethod(facade, [facade, push, pull] {
            if (facade)
                facade->report(push, pull);
        });
    }

    // This person was disabled by a lead: the server will never take this station's ops again.
    // They are settled here as rejected, in words, and the station stops asking the server.
    void refuseQueued()
    {
        m_fallback->stop();
        const QString reason = QCoreApplication::translate(
            "fd::core::TeamSync", "Your account was disabled by a lead; this was not applied.");
        auto rejected = std::make_shared<int>(0);
        auto done = m_store.write([reason, rejected](const QSqlDatabase &db) {
            auto n = opQueue::rejectQueued(db, reason);
            if (!n.ok())
                return n.error();
            *rejected = *n;
            return StoreError{};
        });
        done.waitForFinished();
        PushReport push;
        push.error = *m_disabled;
        if (!done.result().ok())
            push.error = {ServerError::Kind::Sql, done.result().message};
        push.rejected = *rejected;
        for (int i = 0; i < *rejected; ++i)
            push.rejections << reason;
        tell(false, QCoreApplication::translate(
                        "fd::core::TeamSync",
                        "A lead disabled the account %1: this station no longer syncs with "
                        "the team. Changes made here stay on this computer only.")
                        .arg(m_team.login));
        PullReport pull;
        pull.error = *m_disabled;
        QPointer<TeamSync> facade = m_facade;
        QMetaObject::invokeMethod(facade, [facade, push, pull] {
            if (facade)
                facade->report(push, pull);
        });
    }

    void tell(bool online, const QString &message)
    {
        QPointer<TeamSync> facade = m_facade;
        QMetaObject::invokeMethod(facade, [facade, online, message] {
            if (facade)
                facade->setOnline(online, message);
        });
    }

    Store &m_store;
    QPointer<TeamSync> m_facade;
    const TeamMembership m_team;
    const QString m_password;
    std::unique_ptr<ServerConnection> m_server;
    QTimer *m_fallback = nullptr;
    bool m_scheduled = false;
    std::optional<ServerError> m_disabled; // why the server refuses this person for good
    ServerError m_openError;               // why the last connection attempt failed
    QTimer *m_heartbeat = nullptr;
    qint64 m_viewing = 0;
    bool m_teamWanted = false;
    bool m_inCycle = false;
};

TeamSync::TeamSync(Store &store, TeamMembership team, QString password, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_team(std::move(team))
{
    m_syncThread = new QThread(this);
    m_syncThread->setObjectName(u"frontdesk-sync"_s);
    m_worker = new SyncWorker(m_store, this, m_team, password);
    m_worker->moveToThread(m_syncThread);

    if (const auto address = ServerAddress::parse(m_team.server, nullptr)) {
        m_listenThread = new QThread(this);
        m_listenThread->setObjectName(u"frontdesk-listen"_s);
        m_listener = new Listener(*address, m_team.login, password);
        m_listener->moveToThread(m_listenThread);
        SyncWorker *worker = m_worker;
        connect(m_listener, &Listener::changed, m_worker, [worker] { worker->schedule(); });
        connect(m_listener, &Listener::connected, m_worker, [worker] { worker->schedule(); });
        // The line was lost (a restart, a cut, this person disabled): find out how things stand.
        connect(m_listener, &Listener::lost, m_worker, [worker] { worker->schedule(); });
        connect(m_listener, &Listener::claimsChanged, this, &TeamSync::claimsChanged);
        // The listener notices a lost server first (its heartbeat); the next round that
        // reaches the server says it is back.
        connect(m_listener, &Listener::lost, this,
                [this](const QString &message) { setOnline(false, message); });
        connect(m_listener, &Listener::claimsChanged, this, [this] {
            if (m_presence)
                readTeam();
        });
        connect(m_listener, &Listener::connected, this, [this] {
            if (!m_presence)
                return;
            SyncWorker *w = m_worker;
            QMetaObject::invokeMethod(m_worker, [w] { w->beat(); });
            readTeam();
        });
    }
    m_status =
        QCoreApplication::translate("fd::core::TeamSync", "Connecting to the team's server…");
}

TeamSync::~TeamSync()
{
    if (m_listenThread && m_listenThread->isRunning()) {
        QMetaObject::invokeMethod(m_listener, &Listener::stop, Qt::BlockingQueuedConnection);
        m_listenThread->quit();
        m_listenThread->wait();
    }
    delete m_listener;
    if (m_syncThread->isRunning()) {
        SyncWorker *worker = m_worker;
        QMetaObject::invokeMethod(
            m_worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
        m_syncThread->quit();
        m_syncThread->wait();
    }
    delete m_worker;
}

void TeamSync::start(bool listen)
{
    m_syncThread->start();
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker] { worker->begin(); });
    if (listen && m_listener) {
        m_listenThread->start();
        QMetaObject::invokeMethod(m_listener, &Listener::start);
    }
}

void TeamSync::syncNow()
{
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker] { worker->schedule(); });
}

void TeamSync::claim(qint64 thread, int seconds)
{
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker,
                              [worker, thread, seconds] { worker->claim(thread, seconds); });
}

void TeamSync::releaseClaim(qint64 thread, qint64 fence)
{
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker,
                              [worker, thread, fence] { worker->release(thread, fence); });
}

void TeamSync::readTeam()
{
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker] { worker->wantTeam(); });
}

void TeamSync::setViewing(qint64 thread)
{
    const bool first = !m_presence;
    m_presence = true;
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, thread] { worker->setViewing(thread); });
    if (first)
        readTeam();
}

void TeamSync::report(const PushReport &push, const PullReport &pull)
{
    if (!push.rejections.isEmpty())
        Q_EMIT rejected(push.rejections);
    Q_EMIT synced(push, pull);
}

void TeamSync::setOnline(bool online, const QString &message)
{
    const QString text =
        online ? QCoreApplication::translate("fd::core::TeamSync", "Connected to the team as %1")
                     .arg(m_team.login)
               : message;
    if (online == m_online && text == m_status)
        return;
    m_online = online;
    m_status = text;
    Q_EMIT connectionChanged(online, text);
}

} // namespace fd::core
