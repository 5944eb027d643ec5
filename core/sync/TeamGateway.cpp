#include "TeamGateway.h"

#include "Gateway.h"
#include "ServerConnection.h"
#include "connectors/Poller.h"
#include "console/Outbox.h"
#include "rules/ItemClassifier.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fd::core {

// Lives on the gateway thread; owns the connection there and each account's turn.
class GatewayWorker : public QObject
{
public:
    GatewayWorker(TeamGateway *facade, TeamMembership team, QString password,
                  TeamGateway::Options options)
        : m_facade(facade)
        , m_team(std::move(team))
        , m_password(std::move(password))
        , m_options(options)
    {}

    void begin()
    {
        m_renew = new QTimer(this);
        m_renew->setInterval(m_options.renewMs);
        connect(m_renew, &QTimer::timeout, this, [this] {
            for (const qint64 id : m_turns.keys()) {
                renew(id);
                deliver(id); // also what a missed wake-up left waiting
            }
        });
        m_renew->start();
    }

    void admit(qint64 accountId)
    {
        m_turns.insert(accountId, Turn());
        renew(accountId);
    }

    // Sends a batch polled in `epoch`; answers what the connector should hear.
    IngestResult send(const IngestBatch &batch, qint64 epoch)
    {
        IngestResult result;
        auto turn = m_turns.find(batch.accountId);
        if (turn == m_turns.end() || !turn->polling || turn->epoch != epoch) {
            result.error = {StoreError::Kind::Invalid,
                            QCoreApplication::translate(
                                "fd::core::TeamGateway",
                                "This station no longer polls the account for the team.")};
            return result;
        }
        ServerConnection *server = connection();
        if (!server) {
            result.error = {StoreError::Kind::Io, m_lastError};
            return result;
        }
        ServerError error;
        result = gateway::sendBatch(*server, m_team.station, epoch, turn->cursor, batch, &error,
                                    &m_classifier);
        if (error.ok()) {
            if (batch.cursor)
                turn->cursor = *batch.cursor;
            return result;
        }
        if (error.kind != ServerError::Kind::Fenced) {
            failed(error);
            return result;
        }
        // Refused: another gateway's turn, or the account's position moved on. If it moved to
        // exactly where this batch leads, this batch was stored by an earlier attempt whose
        // answer was lost on the way.
        const auto lease =
            gateway::acquireLease(*server, batch.accountId, m_team.station, m_options.leaseSeconds);
        if (lease.ok() && lease->held && lease->epoch == epoch && batch.cursor &&
            lease->cursor == *batch.cursor) {
            turn->cursor = lease->cursor;
            turn->renewed.start();
            return IngestResult();
        }
        stopTurn(batch.accountId, error.message);
        return result;
    }

    // Takes what waits in the team's outbox for an account this station polls and hands it to
    // the connector, one batch at a time.
    void deliver(qint64 accountId)
    {
        auto turn = m_turns.find(accountId);
        if (turn == m_turns.end() || !turn->polling)
            return;
        if (turn->delivering > 0) {
            turn->askAgain = true;
            return;
        }
        ServerConnection *server = connection();
        if (!server)
            return;
        auto works =
            gateway::takeOutbox(*server, accountId, m_team.station, turn->epoch, turn->resumeOwn);
        if (!works.ok()) {
            if (works.error().kind == ServerError::Kind::Fenced)
                stopTurn(accountId, works.error().message);
            else
                failed(works.error());
            return;
        }
        turn->resumeOwn = false;
        turn->askAgain = false;
        if (works->isEmpty())
            return;
        turn->delivering = int(works->size());
        post([accountId, epoch = turn->epoch, works = *works](TeamGateway *f) {
            f->perform(accountId, epoch, works);
        });
    }

    // The connector's answer on one action (nothing: it was not tried). A sent reply joins its
    // conversation on the server as our own item.
    void delivered(qint64 accountId, qint64 epoch, const gateway::OutboxWork &work,
                   const std::optional<ActionResult> &result)
    {
        auto turn = m_turns.find(accountId);
        ServerConnection *server = connection();
        if (server) {
            if (result && result->ok && work.action.kind == OutgoingAction::Kind::Reply &&
                !result->externalId.isEmpty() && turn != m_turns.end() && turn->polling &&
                turn->epoch == epoch) {
                IngestBatch own;
                own.accountId = accountId;
                own.items = {Outbox::sentReply(work.action, *result, work.postExternalId)};
                ServerError error;
                gateway::sendBatch(*server, m_team.station, epoch, turn->cursor, own, &error);
                if (!error.ok())
                    m_lastError = error.message;
            }
            if (ServerError error =
                    gateway::outboxDone(*server, work.id, m_team.station, epoch, result);
                !error.ok())
                failed(error);
        }
        if (turn == m_turns.end() || turn->epoch != epoch || --turn->delivering > 0)
            return;
        turn->delivering = 0;
        if (turn->askAgain)
            deliver(accountId);
    }

    // This station cannot poll the account any more (its connector stopped): the turn goes
    // back to the team and is not asked for again.
    void giveUp(qint64 accountId)
    {
        const auto turn = m_turns.find(accountId);
        if (turn == m_turns.end())
            return;
        if (turn->polling && m_server)
            gateway::releaseLease(*m_server, accountId, m_team.station, turn->epoch);
        m_turns.erase(turn);
    }

    void finish(bool handBack)
    {
        if (handBack && m_server) {
            for (auto it = m_turns.cbegin(); it != m_turns.cend(); ++it) {
                if (it->polling)
                    gateway::releaseLease(*m_server, it.key(), m_team.station, it->epoch);
            }
        }
        m_turns.clear();
        delete m_renew; // timers go on the thread they run on
        m_renew = nullptr;
        m_server.reset();
    }

private:
    struct Turn
    {
        bool polling = false;
        qint64 epoch = 0;
        QString cursor; // where the team's copy of the account stands
        QElapsedTimer renewed;
        bool resumeOwn = false; // the first delivery of a turn takes up what it left sending
        int delivering = 0;     // actions handed to the connector, not yet answered
        bool askAgain = false;  // something was queued while delivering
    };

    ServerConnection *connection()
    {
        if (m_server)
            return m_server.get();
        if (m_disabled)
            return nullptr;
        auto opened = m_team.connect(m_password, u"frontdesk-gateway-%1"_s.arg(quintptr(this)));
        if (!opened.ok()) {
            failed(opened.error());
            return nullptr;
        }
        m_server = std::move(opened.value());
        // Woken when something is queued for an account: the payload names it.
        QSqlDriver *driver = m_server->db().driver();
        driver->subscribeToNotification(u"fd_outbox"_s);
        connect(
            driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == u"fd_outbox"_s)
                    deliver(payload.toString().toLongLong());
            });
        return m_server.get();
    }

    void failed(const ServerError &error)
    {
        m_lastError = error.message;
        if (error.kind == ServerError::Kind::Disabled) {
            // A lead disabled this login: no more asking, every turn ends here and now.
            if (!m_disabled) {
                const QString why = error.message;
                post([why](TeamGateway *f) { Q_EMIT f->message(0, QString(), why); });
            }
            m_disabled = true;
            m_server.reset();
            if (m_renew)
                m_renew->stop();
            for (const qint64 id : m_turns.keys())
                stopTurn(id, error.message);
            return;
        }
        if (error.kind == ServerError::Kind::Unreachable || error.kind == ServerError::Kind::Login)
            m_server.reset();
    }

    void renew(qint64 accountId)
    {
        auto turn = m_turns.find(accountId);
        if (turn == m_turns.end())
            return;
        ServerConnection *server = connection();
        if (server) {
            const auto lease =
                gateway::acquireLease(*server, accountId, m_team.station, m_options.leaseSeconds);
            if (lease.ok()) {
                if (lease->held) {
                    turn->renewed.start();
                    if (!turn->polling || turn->epoch != lease->epoch) {
                        turn->polling = true;
                        turn->epoch = lease->epoch;
                        turn->cursor = lease->cursor;
                        turn->resumeOwn = true;
                        turn->delivering = 0;
                        post([epoch = lease->epoch, cursor = lease->cursor,
                              accountId](TeamGateway *f) { f->granted(accountId, epoch, cursor); });
                        deliver(accountId);
                    }
                } else {
                    if (turn->polling)
                        stopTurn(accountId, QCoreApplication::translate(
                                                "fd::core::TeamGateway",
                                                "%1 polls this account for the team now.")
                                                .arg(lease->holder));
                    // Ask again the moment the holder's turn would run out, not a renewal
                    // interval later: a gateway that went away is replaced within the lease.
                    if (lease->remainingMs < m_options.renewMs)
                        QTimer::singleShot(int(lease->remainingMs) + 100, this,
                                           [this, accountId] { renew(accountId); });
                }
                return;
            }
            failed(lease.error());
        }
        // Without the server the lease runs out by its clock; polling on would only be fenced.
        if (turn->polling && turn->renewed.elapsed() >= qint64(m_options.leaseSeconds) * 1000) {
            stopTurn(accountId,
                     QCoreApplication::translate(
                         "fd::core::TeamGateway",
                         "Stopped polling for the team: the server could not be reached to "
                         "renew this station's turn (%1).")
                         .arg(m_lastError));
        }
    }

    void stopTurn(qint64 accountId, const QString &why)
    {
        auto turn = m_turns.find(accountId);
        if (turn == m_turns.end() || !turn->polling)
            return;
        turn->polling = false;
        post([accountId, why](TeamGateway *f) { f->revoked(accountId, why); });
    }

    template <typename F>
    void post(F &&call)
    {
        QPointer<TeamGateway> facade = m_facade;
        QMetaObject::invokeMethod(facade, [facade, call = std::forward<F>(call)] {
            if (facade)
                call(facade.data());
        });
    }

    QPointer<TeamGateway> m_facade;
    const TeamMembership m_team;
    const QString m_password;
    const TeamGateway::Options m_options;
    std::unique_ptr<ServerConnection> m_server;
    QHash<qint64, Turn> m_turns;
    QTimer *m_renew = nullptr;
    QString m_lastError;
    bool m_disabled = false;
    ItemClassifier m_classifier; // customers' items are classified before the team gets them
};

TeamGateway::TeamGateway(Store &store, SecretStore &secrets, HttpClient &http, TeamMembership team,
                         QString password, Options options, QObject *parent)
    : QObject(parent)
    , m_team(std::move(team))
    , m_options(options)
{
    m_poller =
        std::make_unique<Poller>(store, secrets, http, this, static_cast<IngestSink *>(this));
    connect(m_poller.get(), &Poller::message, this, &TeamGateway::message);
    connect(m_poller.get(), &Poller::tokenHeld, this, [this](const Account &account) {
        m_held.insert(account.id);
        m_names.insert(account.id, account.name);
        GatewayWorker *worker = m_worker;
        const qint64 id = account.id;
        QMetaObject::invokeMethod(m_worker, [worker, id] { worker->admit(id); });
    });
    connect(m_poller.get(), &Poller::accountStopped, this, [this](qint64 id) {
        m_held.remove(id);
        GatewayWorker *worker = m_worker;
        QMetaObject::invokeMethod(m_worker, [worker, id] { worker->giveUp(id); });
        revoked(id, QString()); // the poller said why
    });
    m_thread = new QThread(this);
    m_thread->setObjectName(u"frontdesk-gateway"_s);
    m_worker = new GatewayWorker(this, m_team, std::move(password), m_options);
    m_worker->moveToThread(m_thread);
}

TeamGateway::~TeamGateway()
{
    stop(false);
    delete m_worker;
}

void TeamGateway::setToken(qint64 accountId, const QString &token, const QString &userToken)
{
    m_poller->setToken(accountId, token, userToken);
}

void TeamGateway::start()
{
    m_thread->start();
    GatewayWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker] { worker->begin(); });
    refresh();
}

void TeamGateway::refresh()
{
    if (m_stopped)
        return;
    Poller::Options options;
    options.gated = true;
    options.longPollSeconds = m_options.longPollSeconds;
    m_poller->start(options);
}

void TeamGateway::stop(bool handBack)
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_poller->stop();
    m_polling.clear();
    if (m_thread->isRunning()) {
        GatewayWorker *worker = m_worker;
        QMetaObject::invokeMethod(
            m_worker, [worker, handBack] { worker->finish(handBack); },
            Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
}

void TeamGateway::ingest(IngestBatch batch, QObject *context,
                         std::function<void(const IngestResult &)> done)
{
    // Only the connector of the current turn may hand batches over.
    const auto epoch = m_epochs.find(batch.accountId);
    if (m_stopped || epoch == m_epochs.end() || m_poller->connector(batch.accountId) != context) {
        IngestResult refused;
        refused.error = {
            StoreError::Kind::Invalid,
            QCoreApplication::translate("fd::core::TeamGateway",
                                        "This station no longer polls the account for the team.")};
        QMetaObject::invokeMethod(context, [done = std::move(done), refused] { done(refused); });
        return;
    }
    const qint64 accountId = batch.accountId;
    QPointer<QObject> from = context;
    QPointer<TeamGateway> self = this;
    GatewayWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, from, self, done = std::move(done),
                                         batch = std::move(batch), e = epoch.value(), accountId] {
        const IngestResult result = worker->send(batch, e);
        QMetaObject::invokeMethod(self, [from, self, done, result, accountId] {
            if (result.ok())
                Q_EMIT self->handedOver(accountId, result);
            if (from)
                done(result);
        });
    });
}

void TeamGateway::granted(qint64 accountId, qint64 epoch, const QString &cursor)
{
    if (m_stopped)
        return;
    m_epochs.insert(accountId, epoch);
    if (!m_poller->launchAccount(accountId, cursor))
        return;
    m_polling.insert(accountId);
    Q_EMIT message(
        accountId, m_names.value(accountId),
        QCoreApplication::translate("fd::core::TeamGateway",
                                    "This station polls the account for the team now (turn %1).")
            .arg(epoch));
}

void TeamGateway::perform(qint64 accountId, qint64 epoch, QList<gateway::OutboxWork> works)
{
    // One at a time, in the order they were queued: replies in a conversation keep their order.
    if (works.isEmpty())
        return;
    const gateway::OutboxWork work = works.takeFirst();
    GatewayWorker *worker = m_worker;
    QPointer<TeamGateway> self = this;
    auto answer = [self, worker, accountId, epoch, work,
                   rest = works](const std::optional<ActionResult> &result) {
        if (!self)
            return;
        QMetaObject::invokeMethod(worker, [worker, accountId, epoch, work, result] {
            worker->delivered(accountId, epoch, work, result);
        });
        self->perform(accountId, epoch, rest);
    };
    Connector *connector = m_poller->connector(accountId);
    if (m_stopped || !connector || m_epochs.value(accountId) != epoch) {
        answer(std::nullopt); // not tried: the next turn takes it
        return;
    }
    // A reply an earlier turn was sending may have reached the customer. The platform tells a
    // repeat apart only where the call carries our key (VK's random_id and guid); elsewhere a
    // person looks before it goes again.
    if (work.resumed && work.action.kind == OutgoingAction::Kind::Reply &&
        connector->account().platform != Platform::Vk) {
        ActionResult unsure;
        unsure.retryable = true;
        unsure.message = QCoreApplication::translate(
                             "fd::core::TeamGateway",
                             "The gateway stopped while sending this reply, so it may have "
                             "reached the customer. Look at the conversation on %1 before "
                             "sending it again.")
                             .arg(displayName(connector->account().platform));
        answer(unsure);
        return;
    }
    connector->perform(work.action, this, [answer](const ActionResult &result) { answer(result); });
}

void TeamGateway::revoked(qint64 accountId, const QString &why)
{
    m_epochs.remove(accountId);
    m_poller->stopAccount(accountId);
    if (!m_polling.remove(accountId))
        return;
    if (!why.isEmpty())
        Q_EMIT message(accountId, m_names.value(accountId), why);
}

} // namespace fd::core
