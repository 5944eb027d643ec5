#pragma once

#include "Puller.h"
#include "Pusher.h"
#include "TeamMembership.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace fd::core {

class AutomationHook;
class ClaimKeeper;
class HttpClient;
class SecretStore;
class Store;
class TeamAutomation;
class TeamGateway;
class TeamPresence;
class TeamSync;

// The console's life in a team: at start, a store that belongs to a team syncs with the
// password from the keychain; a station joins (as `frontdeskctl team join` does, the server
// part off the GUI thread) or leaves; the state of the line is kept in words for the status
// bar; what others are doing (TeamPresence) and this station's own claim (ClaimKeeper) follow
// the sync that runs.
class TeamSession : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Standalone, // no team
        Starting,   // reading the password, connecting
        Online,
        Offline,    // statusDetail() says why
        Syncing,    // a round takes a while
        Receiving,  // a first pull: progressDone() of progressTotal()
        NoPassword, // the keychain gave no password: join again
    };

    struct JoinRequest
    {
        QString server; // a postgresql:// URL, TLS options in its query
        QString login;
        QString password;
        QString stationName;
        // Said after the refusal of a store with data of its own: how to start with a new one.
        QString newStoreHint;
        // Whether syncing starts once joined (the command line only joins).
        bool startSync = true;
    };

    // A round that has not finished after this long shows as "syncing".
    static constexpr int syncingAfterMs = 400;

    TeamSession(Store &store, SecretStore &secrets, QObject *parent = nullptr);
    ~TeamSession() override;

    // While the station syncs, it is also the team's gateway for the accounts whose tokens its
    // keychain holds (TeamGateway, over `http`); without it, it only syncs.
    void setGatewayHttp(HttpClient *http) { m_http = http; }
    // The automation of this station's store: while it is a gateway, the team's rules run here
    // on what it polls (TeamAutomation).
    void setAutomation(std::shared_ptr<AutomationHook> hook) { m_automationHook = std::move(hook); }
    // Stops polling for the team and hands the turns back (before the HTTP client goes).
    void stopGateway();
    // Looks at the store: a team station reads its password and starts syncing.
    void start();
    // Joins the team (→ joinFinished); a store with data of its own is refused in words.
    void join(const JoinRequest &request);
    bool isJoining() const { return m_joining; }
    // Stops syncing and forgets the team (→ leaveFinished); the store keeps what it received.
    void leave();

    bool inTeam() const { return m_membership.has_value(); }
    const std::optional<TeamMembership> &membership() const { return m_membership; }
    // The running sync (nullptr when standalone or not started).
    TeamSync *sync() const { return m_sync.get(); }
    // The running gateway (nullptr when there is none).
    TeamGateway *gateway() const { return m_gateway.get(); }
    TeamPresence *presence() const { return m_presence; }
    ClaimKeeper *claims() const { return m_claims; }

    Status status() const { return m_status; }
    // One short line for the status bar, and the whole story for its tooltip.
    QString statusText() const;
    QString statusDetail() const;
    // Why the station is offline or has no password, in words (empty otherwise).
    const QString &reason() const { return m_detail; }
    qint64 progressDone() const { return m_done; }
    qint64 progressTotal() const { return m_total; }

    // The conversation this station shows (told to the team as presence).
    void setViewing(qint64 thread);

    // Opens a connection of its own to the team's server as this member, for reads on another
    // thread (the team's journal): the function holds copies and may be called on any thread.
    // Empty while the station syncs with no team.
    using ReadConnector =
        std::function<ServerResult<std::unique_ptr<ServerConnection>>(const QString &name)>;
    ReadConnector readConnector() const;

Q_SIGNALS:
    void statusChanged();
    // Joined or left: who acts here, and what the team panels show, follow.
    void membershipChanged();
    void joinFinished(bool ok, const QString &message);
    void leaveFinished(bool ok, const QString &message);
    // A pull stored rows: the views re-read the store.
    void pulled(const fd::core::PullReport &report);
    // A round of push and pull ended (the outbox tells its entries what became of them).
    void synced(const fd::core::PushReport &push, const fd::core::PullReport &pull);
    // Ops of this station the server refused, its reasons in words.
    void rejected(const QStringList &reasons);
    // The gateway's word on an account it polls for the team.
    void gatewayMessage(qint64 accountId, const QString &accountName, const QString &text);

private:
    void startSync(const QString &password);
    void stopSync();
    void setStatus(Status status, const QString &detail = {});
    void joined(const TeamMembership &membership, const JoinRequest &request,
                const QString &storeId);
    void finishJoin(bool ok, const QString &message);

    Store &m_store;
    SecretStore &m_secrets;
    std::optional<TeamMembership> m_membership;
    QString m_password; // of the running sync, for readConnector()
    std::unique_ptr<TeamSync> m_sync;
    std::unique_ptr<TeamGateway> m_gateway;
    std::shared_ptr<AutomationHook> m_automationHook;
    std::unique_ptr<TeamAutomation> m_automation;
    HttpClient *m_http = nullptr;
    TeamPresence *m_presence = nullptr;
    ClaimKeeper *m_claims = nullptr;
    Status m_status = Status::Standalone;
    QString m_detail;
    qint64 m_done = 0;
    qint64 m_total = 0;
    qint64 m_viewing = 0;
    bool m_joining = false;
    bool m_leaving = false;
    QTimer m_syncingDelay;
};

} // namespace fd::core
