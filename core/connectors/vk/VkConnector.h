#pragma once

#include "connectors/Connector.h"
#include "connectors/vk/VkNormalizer.h"
#include "net/Backoff.h"
#include "net/HttpClient.h"
#include "net/HttpRequest.h"
#include "net/HttpResult.h"
#include "net/RateLimiter.h"

#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace fd::core {

// VK (API 5.199) for one community: Bots Long Poll for messages and comments, users.get for
// the authors' profiles, wall.getById for the posts comments hang under, and replies, deletions
// and bans.
//
// The cursor is the long poll's `ts`, stored with the items it brought; the key is asked for
// anew at every start. `failed` 1 takes the new ts (the events in between are gone, and the
// account says so); 2 and 3 ask for a new key and go on from our own ts while the server still
// has it.
//
// Two tokens: the community token polls, reads profiles, answers messages and wall comments.
// Deleting comments, banning, and answering under photos, videos and products need an
// administrator's user token, which is optional; without it those actions are refused with
// the reason in words.
class VkConnector : public Connector
{
    Q_OBJECT
public:
    struct Options
    {
        int longPollSeconds = 25; // VK allows up to 90; proxies cut connections at 30
        bool once = false;        // one a_check round (wait 0), then finish
    };

    static constexpr const char *defaultApiBase = "https://api.vk.com";
    static constexpr const char *apiVersion = "5.199";
    static constexpr int maxMessageLength = 4096;

    VkConnector(Account account, QString communityToken, QString userToken, HttpClient &http,
                IngestSink &sink, QObject *parent, Options options);
    ~VkConnector() override;

    ConnectorCapabilities capabilities() const override;
    void start() override;
    void stop() override;
    void perform(const OutgoingAction &action, QObject *context,
                 std::function<void(const ActionResult &)> done) override;

    qint64 groupId() const { return m_groupId; }

    // Unwraps {"response": …} into `response`; on {"error": …} (sent with HTTP 200) sets the
    // API error on `reply`.
    static bool unwrap(HttpResult &reply, QJsonValue *response);
    // VK's random_id for an action: the same key gives the same number in every process.
    static qint32 randomIdFor(const QString &idempotencyKey);

private:
    enum class TokenKind { Community, User };
    enum class Step { Identify, Server, Poll, Store };
    struct Pending
    {
        IngestBatch batch;
        QList<qint64> users;     // profiles to fetch
        QStringList posts;       // wall posts whose text to fetch
        QList<qint64> postItems; // indexes of items under a post without text
    };

    HttpRequest api(const QString &method, TokenKind token) const;
    // Sends an API call when the token's rate limiter allows it.
    void sendApi(const HttpRequest &request, TokenKind token, QObject *context,
                 HttpClient::Callback done);
    void identify();
    void connectServer();
    void adoptTs(const QString &ts);
    void poll();
    void handleAnswer(HttpResult reply);
    void fetchProfiles();
    void fetchPosts();
    void storePending();
    void fail(const HttpResult &reply, const QString &what, Step retry);
    void retryIn(std::chrono::milliseconds delay, Step step);
    void finishRound();
    QString scrub(QString text) const { return scrub(std::move(text), m_token, m_userToken); }
    static QString scrub(QString text, const QString &token, const QString &userToken);
    // What is known of an author whose profile could not be fetched: the bare id as name.
    Author authorFromId(qint64 id) const;

    QString m_token;
    QString m_userToken;
    HttpClient &m_http;
    IngestSink &m_sink;
    Options m_options;
    std::unique_ptr<VkNormalizer> m_normalizer;
    qint64 m_groupId = 0;
    QString m_groupName;
    QString m_key;
    QUrl m_server;
    QString m_ts; // the next events to ask for; the stored cursor until the server gives one
    std::unique_ptr<Pending> m_pending;
    QHash<qint64, Author> m_authors; // profiles already fetched, by VK user id
    RateLimiter m_communityLimiter;
    RateLimiter m_userLimiter;
    bool m_running = false;
    Step m_next = Step::Identify;
    Backoff m_backoff;
    QTimer m_retry;
};

} // namespace fd::core
