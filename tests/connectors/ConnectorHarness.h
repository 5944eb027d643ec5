#pragma once

#include "TestSupport.h" // TempStore, Catch printing of QString
#include "connectors/StoreSink.h"
#include "connectors/telegram/TelegramConnector.h"
#include "connectors/vk/VkConnector.h"
#include "net/HttpClient.h"
#include "sandbox/HttpServer.h"
#include "sandbox/TelegramSandbox.h"
#include "sandbox/VkSandbox.h"
#include "store/ItemRow.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>
#include <optional>

// One process, real HTTP: a loopback server with a platform sandbox on it, a temporary store,
// the HttpClient and StoreSink the app uses, and connectors built directly with the sandbox's
// tokens (no keychain).
namespace fd::test {

// Runs the event loop until `condition` holds or `timeoutMs` pass; says whether it held.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 10000);

core::TelegramSandboxBot::User person(qint64 id, const QString &firstName,
                                      const QString &lastName = {}, const QString &username = {});

// The store side of a harness: accounts and what the inbox holds.
// A VK user the sandbox knows, with a city, followers and an avatar when given.
core::VkSandboxCommunity::User vkPerson(qint64 id, const QString &firstName,
                                        const QString &lastName, const QString &screenName = {},
                                        const QString &city = {}, qint64 followers = -1);

class InboxHarness
{
public:
    // An account whose API base is the sandbox, as `frontdeskctl account add` makes it.
    core::Account addAccount(core::Platform platform, const QString &name, const QUrl &apiBase);
    // The account as the store has it now (cursor, health).
    core::Account account(qint64 id);
    // Its stored cursor as a number (0 when none).
    qint64 cursor(qint64 accountId) { return account(accountId).cursor.toLongLong(); }

    // Everything the inbox holds for the account (incoming and outgoing, every status).
    QList<core::ItemRow> items(qint64 accountId);
    std::optional<core::ItemRow> item(qint64 accountId, const QString &externalId);
    // The stored external ids, one per row (a duplicate row would show up twice).
    QStringList storedIds(qint64 accountId);

    TempStore store;
    core::HttpClient http{nullptr};
    core::StoreSink sink{store.store()};
};

class TelegramHarness : public InboxHarness
{
public:
    // Bots of the sandbox; empty: Config::demo(0).
    explicit TelegramHarness(QList<core::TelegramSandboxBot::Config> bots = {});

    core::TelegramSandboxBot *bot(int index = 0) const { return sandbox->bots().value(index); }
    QString token(int index = 0) const { return bot(index)->config().token; }

    core::Account addAccount(const QString &name)
    {
        return InboxHarness::addAccount(core::Platform::Telegram, name, sandbox->apiBaseUrl());
    }

    std::unique_ptr<core::TelegramConnector> connector(const core::Account &account,
                                                       const QString &token,
                                                       core::TelegramConnector::Options options,
                                                       core::IngestSink *sink = nullptr);

    core::HttpServer server;
    std::unique_ptr<core::TelegramSandbox> sandbox;
};

class VkHarness : public InboxHarness
{
public:
    // Communities of the sandbox; empty: Config::demo(0).
    explicit VkHarness(QList<core::VkSandboxCommunity::Config> communities = {});

    core::VkSandboxCommunity *community(int index = 0) const
    {
        return sandbox->communities().value(index);
    }

    core::Account addAccount(const QString &name)
    {
        return InboxHarness::addAccount(core::Platform::Vk, name, sandbox->apiBaseUrl());
    }

    // A connector with the community's token, and its administrator's user token when
    // `withUserToken`.
    std::unique_ptr<core::VkConnector>
    connector(const core::Account &account, core::VkConnector::Options options,
              bool withUserToken = true, core::IngestSink *sink = nullptr, int communityIndex = 0);

    // A connector with both tokens and a 1 s long poll, started and waiting in its first long
    // poll (so it begins at the present).
    std::unique_ptr<core::VkConnector> startPolling(const core::Account &account);

    core::HttpServer server;
    std::unique_ptr<core::VkSandbox> sandbox;
};

// The stored external ids of an account at this moment, straight from the inbox table: cheap
// enough to run after every commit.
QSet<QString> storedNow(core::Store &store, qint64 accountId);

// A few of `ids`, sorted, for failure messages.
QString sample(const QSet<QString> &ids);

// Passes batches on to the real sink and calls `check` with the batch's cursor after each
// commit, before the connector hears about it (so before it can confirm anything further to
// the platform).
class CommitWatch final : public core::IngestSink
{
public:
    using Check = std::function<void(qint64 cursor)>;

    CommitWatch(core::IngestSink &inner, Check check)
        : m_inner(inner)
        , m_check(std::move(check))
    {}

    void ingest(core::IngestBatch batch, QObject *context,
                std::function<void(const core::IngestResult &)> done) override;

private:
    core::IngestSink &m_inner;
    Check m_check;
};

// Every health change of one connector, with the local time it was seen.
class HealthLog
{
public:
    struct Event
    {
        core::AccountHealth health = core::AccountHealth::Idle;
        QString message;
        QDateTime waitingUntil;
        QDateTime seenAt; // UTC
    };

    explicit HealthLog(core::Connector *connector);
    HealthLog(const HealthLog &) = delete;
    HealthLog &operator=(const HealthLog &) = delete;

    const QList<Event> &events() const { return m_events; }
    bool reached(core::AccountHealth health) const;
    // The first event with this health.
    std::optional<Event> first(core::AccountHealth health) const;
    QString describe() const; // for failure messages

private:
    QObject m_context;
    QList<Event> m_events;
};

} // namespace fd::test
