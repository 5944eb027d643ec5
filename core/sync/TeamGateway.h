#pragma once

#include "Gateway.h"
#include "TeamMembership.h"
#include "connectors/Connector.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

class QThread;

namespace fd::core {

class GatewayWorker;
class HttpClient;
class Poller;
class SecretStore;
class Store;

// This station polling, for its team, the accounts whose tokens its keychain holds. For each
// such account a lease on the server says whose turn it is: the station asks for it every
// `renewMs`, polls while it holds it (from the team's position, not its own), and hands every
// batch to the server fenced by the lease's epoch and the position it was polled from. When the
// lease is lost (another gateway took over, the server says the position moved on) it stops
// polling that account at once; when the holder goes away, the lease runs out by the server's
// clock and the next station to ask takes over. While it polls an account it also delivers what
// the team's outbox holds for it (operators' replies and moderation actions), woken by the
// server the moment something is queued, and records how each went. Server calls run on a
// thread of their own.
class TeamGateway
    : public QObject
    , private IngestSink
{
    Q_OBJECT
public:
    struct Options
    {
        int leaseSeconds = 30;
        int renewMs = 10'000;
        int longPollSeconds = 25;
    };

    TeamGateway(Store &store, SecretStore &secrets, HttpClient &http, TeamMembership team,
                QString password, Options options, QObject *parent = nullptr);
    ~TeamGateway() override;

    // Reads the tokens and starts asking for leases.
    void start();
    // Looks for accounts that arrived since (a pull brought the team's new accounts).
    void refresh();
    // Stops polling and hands the leases back, so another gateway takes over at once. Without
    // `handBack` the leases are left to run out (as when a station is switched off).
    void stop(bool handBack = true);

    // Tokens for memory-held (sandbox) accounts, as Poller::setToken.
    void setToken(qint64 accountId, const QString &token, const QString &userToken = {});

    // The accounts this station polls right now.
    QSet<qint64> polling() const { return m_polling; }
    // The accounts whose tokens this station holds.
    QSet<qint64> held() const { return m_held; }

Q_SIGNALS:
    // Something worth telling a person about an account, in words.
    void message(qint64 accountId, const QString &accountName, const QString &text);
    // A batch reached the team.
    void handedOver(qint64 accountId, const fd::core::IngestResult &result);

private:
    friend class GatewayWorker;
    void ingest(IngestBatch batch, QObject *context,
                std::function<void(const IngestResult &)> done) override;
    void granted(qint64 accountId, qint64 epoch, const QString &cursor);
    void revoked(qint64 accountId, const QString &why);
    void perform(qint64 accountId, qint64 epoch, QList<gateway::OutboxWork> works);

    const TeamMembership m_team;
    Options m_options;
    std::unique_ptr<Poller> m_poller;
    QThread *m_thread = nullptr;
    GatewayWorker *m_worker = nullptr;
    QSet<qint64> m_polling;
    QSet<qint64> m_held;
    QHash<qint64, QString> m_names;
    QHash<qint64, qint64> m_epochs; // the lease epoch of each account polled
    bool m_stopped = false;
};

} // namespace fd::core
