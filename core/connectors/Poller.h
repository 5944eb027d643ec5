#pragma once

#include "connectors/Connector.h"
#include "connectors/StoreSink.h"

#include <QObject>
#include <QSet>

#include <map>
#include <memory>
#include <optional>

namespace fd::core {

class HttpClient;
class SecretStore;
class Store;

// Runs a connector for every enabled account of the store whose token this station's keychain
// holds, and writes their health to the store. One account stopping (a bad token, a conflict)
// never stops the others.
class Poller : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool once = false; // one round per account, then finished()
        std::optional<qint64> onlyAccount;
        int longPollSeconds = 25;
        // Read the tokens but start nothing: tokenHeld() tells which accounts this station could
        // poll, and launchAccount() starts each when it is this station's turn (a team's lease).
        // Started again, it looks only at accounts it has not looked at yet.
        bool gated = false;
    };

    // Batches go to `sink` when given (a team's server), else to the store.
    Poller(Store &store, SecretStore &secrets, HttpClient &http, QObject *parent,
           IngestSink *sink = nullptr);
    ~Poller() override;

    // Tokens held in memory for an account (the sandbox's own accounts): used instead of the
    // keychain. Real platform tokens always come from the keychain. `userToken` is VK's
    // optional administrator token.
    void setToken(qint64 accountId, const QString &token, const QString &userToken = {});

    void start(const Options &options);
    void stop();
    // Gated mode: polls an account whose token is held, from `cursor` (the team's position),
    // replacing a connector already running for it; stopAccount() stops one.
    bool launchAccount(qint64 accountId, const QString &cursor);
    void stopAccount(qint64 accountId);
    Connector *connector(qint64 accountId) const;
    int running() const { return int(m_connectors.size()); }

Q_SIGNALS:
    // Something worth telling a person about an account, in words.
    void message(qint64 accountId, const QString &accountName, const QString &text);
    // In once mode, after every account finished its round (or could not start).
    void finished();
    // An account's connector stopped and needs a person (a refused token, a conflict).
    void accountStopped(qint64 accountId, const QString &why);
    // Gated mode: this station holds the token of `account`.
    void tokenHeld(const fd::core::Account &account);

private:
    void tokenRead(const Account &account, const QString &token, const QString &userToken);
    void launch(const Account &account, const QString &token, const QString &userToken);
    void roundDone(qint64 accountId);

    Store &m_store;
    SecretStore &m_secrets;
    HttpClient &m_http;
    StoreSink m_storeSink;
    IngestSink &m_sink;
    Options m_options;
    std::map<qint64, std::unique_ptr<Connector>> m_connectors;
    std::map<qint64, std::pair<QString, QString>> m_tokens; // token, user token
    std::map<qint64, Account> m_held;                       // gated: accounts with tokens read
    QSet<qint64> m_lookedUp;                                // gated: tokens asked for already
    std::map<qint64, qint64> m_successStamped;              // ms of the last "last success" written
    static constexpr qint64 kSuccessStampMs = 30'000;
    int m_waiting = 0; // once mode: rounds still going, tokens still being read
};

} // namespace fd::core
