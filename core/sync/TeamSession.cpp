#include "TeamSession.h"

#include "ClaimKeeper.h"
#include "TeamAutomation.h"
#include "TeamGateway.h"
#include "TeamPresence.h"
#include "TeamSync.h"
#include "auth/SecretStore.h"
#include "store/ItemQueries.h"
#include "store/Store.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QThread>

using namespace Qt::StringLiterals;

namespace fd::core {

namespace {

// Runs `done` on `context`'s thread once the store's future is fulfilled.
void whenStored(const QFuture<StoreError> &future, QObject *context,
                std::function<void(const StoreError &)> done)
{
    auto *watcher = new QFutureWatcher<StoreError>(context);
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
            watcher->deleteLater();
            done(watcher->future().resultCount() > 0
                     ? watcher->result()
                     : StoreError::io(
                           TeamSession::tr("The store stopped before this was written.")));
        });
    watcher->setFuture(future);
}

// libpq's messages go on over several lines ("This probably means…"); the first one says it.
QString firstLine(const QString &message)
{
    return message.section(u'\n', 0, 0).trimmed();
}

} // namespace

TeamSession::TeamSession(Store &store, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_presence(new TeamPresence(this))
    , m_claims(new ClaimKeeper(this))
    , m_syncingDelay(this)
{
    m_syncingDelay.setSingleShot(true);
    m_syncingDelay.setInterval(syncingAfterMs);
    connect(&m_syncingDelay, &QTimer::timeout, this, [this] {
        if (m_status == Status::Online)
            setStatus(Status::Syncing);
    });
}

TeamSession::~TeamSession()
{
    stopSync();
}

void TeamSession::start()
{
    const auto reader = m_store.reader();
    if (!reader.ok()) {
        setStatus(Status::Offline, reader.error().message);
        return;
    }
    const auto membership = TeamMembership::read(*reader);
    if (!membership.ok()) {
        setStatus(Status::Offline, membership.error().message);
        return;
    }
    m_membership = *membership;
    if (!m_membership) {
        setStatus(Status::Standalone);
        return;
    }
    const auto storeId = ItemQueries(*reader).storeId();
    if (!storeId.ok()) {
        setStatus(Status::Offline, storeId.error().message);
        return;
    }
    setStatus(Status::Starting);
    m_secrets.read(TeamMembership::passwordKey(*storeId), this,
                   [this](const SecretStore::Result &result) {
                       if (!m_membership || m_sync)
                           return; // left, or joined again, meanwhile
                       if (!result.ok()) {
                           setStatus(Status::NoPassword, result.message);
                           return;
                       }
                       startSync(result.secret);
                   });
}

void TeamSession::startSync(const QString &password)
{
    stopSync();
    m_password = password;
    m_sync = std::make_unique<TeamSync>(m_store, *m_membership, password);
    TeamSync *sync = m_sync.get();
    m_presence->attach(sync, m_membership->station);
    m_claims->attach(sync);
    connect(sync, &TeamSync::connectionChanged, this, [this](bool online, const QString &message) {
        m_syncingDelay.stop();
        if (online)
            setStatus(m_status == Status::Receiving ? Status::Receiving : Status::Online);
        else
            setStatus(Status::Offline, firstLine(message));
    });
    connect(sync, &TeamSync::roundStarted, this, [this] { m_syncingDelay.start(); });
    connect(sync, &TeamSync::progress, this, [this](qint64 done, qint64 total) {
        m_syncingDelay.stop();
        m_done = done;
        m_total = total;
        setStatus(Status::Receiving);
    });
    connect(sync, &TeamSync::synced, this, [this](const PushReport &push, const PullReport &pull) {
        m_syncingDelay.stop();
        if (m_status == Status::Syncing || m_status == Status::Receiving)
            setStatus(pull.error.ok() ? Status::Online : Status::Offline,
                      firstLine(pull.error.message));
        Q_EMIT synced(push, pull);
        if (pull.rows > 0) {
            if (m_gateway)
                m_gateway->refresh(); // accounts the team added since
            Q_EMIT pulled(pull);
        }
    });
    connect(sync, &TeamSync::rejected, this, &TeamSession::rejected);
    setStatus(Status::Starting);
    sync->start(true);
    sync->setViewing(m_viewing);
    if (m_http) {
        m_gateway = std::make_unique<TeamGateway>(m_store, m_secrets, *m_http, *m_membership,
                                                  password, TeamGateway::Options{});
        // Only about the accounts it holds tokens for: an operator's station holds none, and
        // that is no news.
        TeamGateway *gateway = m_gateway.get();
        connect(gateway, &TeamGateway::message, this,
                [this, gateway](qint64 account, const QString &name, const QString &text) {
                    if (gateway->held().contains(account))
                        Q_EMIT gatewayMessage(account, name, text);
                });
        if (m_automationHook) {
            m_automation = std::make_unique<TeamAutomation>(m_store, m_automationHook);
            m_automation->attach(gateway, sync);
            connect(
                m_automation.get(), &TeamAutomation::failed, this,
                [this](const QString &message) { Q_EMIT gatewayMessage(0, QString(), message); });
            m_automation->start();
        }
        m_gateway->start();
    }
}

void TeamSession::stopGateway()
{
    m_automation.reset();
    if (!m_gateway)
        return;
    m_gateway->stop(); // its turns go back to the team at once
    m_gateway.reset();
}

void TeamSession::stopSync()
{
    stopGateway();
    if (!m_sync)
        return;
    m_claims->release(); // queued before the sync thread stops, so it still goes
    m_claims->attach(nullptr);
    m_presence->attach(nullptr, {});
    m_syncingDelay.stop();
    m_sync.reset();
    m_password.clear();
}

TeamSession::ReadConnector TeamSession::readConnector() const
{
    if (!m_membership || !m_sync)
        return {};
    return [team = *m_membership, password = m_password](const QString &name) {
        return team.connect(password, name);
    };
}

void TeamSession::setViewing(qint64 thread)
{
    m_viewing = thread;
    if (m_sync)
        m_sync->setViewing(thread);
}

void TeamSession::join(const JoinRequest &request)
{
    if (m_joining || m_leaving)
        return;
    QString why;
    const auto address = ServerAddress::parse(request.server, &why);
    if (!address) {
        Q_EMIT joinFinished(false, why);
        return;
    }
    if (request.login.trimmed().isEmpty()) {
        Q_EMIT joinFinished(false, tr("Give your login on the team's server."));
        return;
    }
    if (request.password.isEmpty()) {
        Q_EMIT joinFinished(false, tr("Give your password on the team's server."));
        return;
    }
    const auto reader = m_store.reader();
    if (!reader.ok()) {
        Q_EMIT joinFinished(false, reader.error().message);
        return;
    }
    const auto storeId = ItemQueries(*reader).storeId();
    if (!storeId.ok()) {
        Q_EMIT joinFinished(false, storeId.error().message);
        return;
    }
    if (const StoreError refused = TeamMembership::checkJoinable(*reader, *address);
        !refused.ok()) {
        Q_EMIT joinFinished(false, request.newStoreHint.isEmpty()
                                       ? refused.message
                                       : refused.message + u'\n' + request.newStoreHint);
        return;
    }
    m_joining = true;
    // The server is asked on a thread of its own: connecting may take seconds.
    auto answer = std::make_shared<ServerResult<TeamMembership>>(ServerError{});
    QThread *worker = QThread::create([answer, address = *address, request, id = *storeId] {
        *answer = joinTeam(address, request.login.trimmed(), request.password, id,
                           request.stationName.trimmed());
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, answer, request, id = *storeId] {
        if (!answer->ok()) {
            finishJoin(false, answer->error().message);
            return;
        }
        joined(answer->value(), request, id);
    });
    worker->start();
}

void TeamSession::joined(const TeamMembership &membership, const JoinRequest &request,
                         const QString &storeId)
{
    m_secrets.write(
        TeamMembership::passwordKey(storeId), request.password, this,
        [this, membership, password = request.password,
         sync = request.startSync](const SecretStore::Result &written) {
            if (!written.ok()) {
                finishJoin(false, written.message + u"\n"_s +
                                      tr("This station did not join: the password could not be "
                                         "kept in the system keychain."));
                return;
            }
            whenStored(membership.save(m_store), this,
                       [this, membership, password, sync](const StoreError &saved) {
                           if (!saved.ok()) {
                               finishJoin(false, saved.message);
                               return;
                           }
                           stopSync();
                           m_membership = membership;
                           if (sync)
                               startSync(password);
                           Q_EMIT membershipChanged();
                           finishJoin(true, tr("This station joined the team at %1 as %2.")
                                                .arg(membership.server, membership.login));
                       });
        });
}

void TeamSession::finishJoin(bool ok, const QString &message)
{
    m_joining = false;
    Q_EMIT joinFinished(ok, message);
}

void TeamSession::leave()
{
    if (!m_membership || m_joining || m_leaving)
        return;
    m_leaving = true;
    stopSync();
    const auto reader = m_store.reader();
    const auto storeId =
        reader.ok() ? ItemQueries(*reader).storeId() : StoreResult<QString>(reader.error());
    whenStored(TeamMembership::forget(m_store), this, [this, storeId](const StoreError &forgot) {
        if (!forgot.ok()) {
            m_leaving = false;
            // Still a member: it syncs again at the next start.
            setStatus(Status::Offline, forgot.message);
            Q_EMIT leaveFinished(false, forgot.message);
            return;
        }
        m_membership.reset();
        setStatus(Status::Standalone);
        Q_EMIT membershipChanged();
        if (!storeId.ok()) {
            m_leaving = false;
            Q_EMIT leaveFinished(true, {});
            return;
        }
        m_secrets.remove(TeamMembership::passwordKey(*storeId), this,
                         [this](const SecretStore::Result &removed) {
                             m_leaving = false;
                             const bool gone = removed.ok() ||
                                               removed.kind == SecretStore::Result::Kind::NotFound;
                             Q_EMIT leaveFinished(true,
                                                  gone ? QString()
                                                       : tr("The team password stays in the system "
                                                            "keychain: %1")
                                                             .arg(removed.message));
                         });
    });
}

void TeamSession::setStatus(Status status, const QString &detail)
{
    if (status != Status::Receiving) {
        m_done = 0;
        m_total = 0;
    }
    if (status == m_status && detail == m_detail && status != Status::Receiving)
        return;
    m_status = status;
    m_detail = detail;
    Q_EMIT statusChanged();
}

QString TeamSession::statusText() const
{
    switch (m_status) {
    case Status::Standalone:
        return tr("Standalone");
    case Status::Starting:
        return tr("Team: connecting…");
    case Status::Online:
        return tr("Team: online");
    case Status::Offline:
        return tr("Team: offline");
    case Status::Syncing:
        return tr("Team: syncing…");
    case Status::Receiving:
        return tr("Receiving the team's inbox: %1 of %2")
            .arg(QLocale().toString(m_done), QLocale().toString(m_total));
    case Status::NoPassword:
        return tr("Team: not connected");
    }
    return {};
}

QString TeamSession::statusDetail() const
{
    const QString where =
        m_membership ? tr("The team at %1, as %2.").arg(m_membership->server, m_membership->login)
                     : QString();
    switch (m_status) {
    case Status::Standalone:
        return tr("This station works on its own. Team → Join a team… connects it to a team's "
                  "server.");
    case Status::Starting:
        return tr("Connecting to the team's server…") + u'\n' + where;
    case Status::Online:
    case Status::Syncing:
        return tr("Connected: changes made here go to the team, and the team's come here.") +
               u'\n' + where;
    case Status::Offline:
        return tr("The team's server cannot be reached: %1\nThis station goes on working on its "
                  "own store; its changes are sent once the server is back.")
                   .arg(m_detail) +
               u'\n' + where;
    case Status::Receiving:
        return tr("This station's first sync: the team's items are being stored here.") + u'\n' +
               where;
    case Status::NoPassword:
        return tr("The team password of this station could not be read from the system "
                  "keychain: %1\nJoin the team again (Team → Join a team…) to give it.")
                   .arg(m_detail) +
               u'\n' + where;
    }
    return {};
}

} // namespace fd::core
