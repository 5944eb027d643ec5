#pragma once

#include "TestSupport.h" // Catch printing of QString
#include "sandbox/HttpServer.h"
#include "sandbox/TelegramSandbox.h"
#include "sandbox/VkSandbox.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>
#include <utility>

// A plain QNetworkAccessManager client for the sandbox suites: what a connector would send,
// with the answer awaited on the reply's signals (never a sleep).
namespace fd::test {

struct Reply
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const;
    // The body as a JSON object; empty when it is not one.
    QJsonObject json() const;
    bool isJson() const;
    QJsonValue result() const { return json().value(QStringLiteral("result")); }
    QString description() const { return json().value(QStringLiteral("description")).toString(); }
};

class SandboxClient
{
public:
    explicit SandboxClient(QUrl base, QString token = {});

    QUrl url(const QString &method, const QUrlQuery &query = {},
             const QString &token = QString()) const;

    Reply get(const QString &method, const QUrlQuery &query = {});
    // The body as a connector should build it: every value percent-encoded by
    // QUrl::toPercentEncoding ('+' becomes %2B).
    Reply postForm(const QString &method, const QList<std::pair<QString, QString>> &fields);
    Reply postJson(const QString &method, const QJsonObject &body);
    Reply call(const QString &method, const QList<std::pair<QString, QString>> &fields = {})
    {
        return postForm(method, fields);
    }

    QNetworkReply *startGet(const QString &method, const QUrlQuery &query = {});
    static QByteArray formBody(const QList<std::pair<QString, QString>> &fields);
    // Waits for `reply` to finish (at most `timeoutMs`) and takes it apart.
    static Reply wait(QNetworkReply *reply, int timeoutMs = 20000);

    QNetworkAccessManager &nam() { return m_nam; }
    void setToken(const QString &token) { m_token = token; }

private:
    QUrl m_base;
    QString m_token;
    QNetworkAccessManager m_nam;
};

// Runs the event loop until `condition` holds or `timeoutMs` pass; says whether it held.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 10000);

core::TelegramSandboxBot::User person(qint64 id, const QString &firstName,
                                      const QString &lastName = {}, const QString &username = {},
                                      const QString &languageCode = QStringLiteral("en"));

// A loopback server with a Telegram sandbox on it and a client for its first bot.
struct TelegramFixture
{
    explicit TelegramFixture(core::TelegramSandbox::Options options = {});

    core::HttpServer server;
    std::unique_ptr<core::TelegramSandbox> sandbox;
    core::TelegramSandboxBot *bot = nullptr;
    std::unique_ptr<SandboxClient> client;
};

// VK: API calls the way a connector makes them, and long polls on the server URL that
// groups.getLongPollServer returned.
class VkClient
{
public:
    VkClient(QUrl base, QString token);

    QUrl methodUrl(const QString &method) const;
    // POST /method/<method> with a form body, every value percent-encoded ('+' as %2B);
    // v=5.199 and access_token are added unless `fields` carries them.
    Reply call(const QString &method, const QList<std::pair<QString, QString>> &fields = {});
    // The same with the token in an Authorization: Bearer header instead.
    Reply callBearer(const QString &method, const QList<std::pair<QString, QString>> &fields = {});
    // POST exactly this body with this Content-Type (no token or v added).
    Reply postRaw(const QString &method, const QByteArray &body, const QByteArray &contentType,
                  const QByteArray &query = {});
    // GET /method/<method>?<query> exactly as given.
    Reply getRaw(const QString &method, const QByteArray &query);

    // a_check on `server` ("" keeps the last one from longPollServer()).
    QNetworkReply *startPoll(const QString &ts, int wait = 0, const QString &key = {},
                             const QString &server = {});
    Reply poll(const QString &ts, int wait = 0, const QString &key = {});
    // groups.getLongPollServer for `groupId`; remembers key and server for polls.
    QJsonObject longPollServer(qint64 groupId);

    QString key() const { return m_key; }
    QString server() const { return m_server; }
    QNetworkAccessManager &nam() { return m_nam; }
    void setToken(const QString &token) { m_token = token; }

private:
    QUrl m_base;
    QString m_token;
    QString m_key;
    QString m_server;
    QNetworkAccessManager m_nam;
};

// The "response" of a VK answer, and its "error" object.
QJsonValue vkResponse(const Reply &reply);
QJsonObject vkError(const Reply &reply);

core::VkSandboxCommunity::User vkUser(qint64 id, const QString &firstName,
                                      const QString &lastName = {}, const QString &screenName = {});

// A loopback server with a VK sandbox on it, and clients with its first community's
// community token and admin user token.
struct VkFixture
{
    explicit VkFixture(core::VkSandbox::Options options = {});

    core::HttpServer server;
    std::unique_ptr<core::VkSandbox> sandbox;
    core::VkSandboxCommunity *community = nullptr;
    std::unique_ptr<VkClient> client; // community token
    std::unique_ptr<VkClient> admin;  // user token
};

// The sandbox suites' usual people and community (Config::demo(0)).
constexpr qint64 vkGroupId = 218000001;
core::VkSandboxCommunity::User vkAnna();
core::VkSandboxCommunity::User vkJames();

// An object's keys, sorted.
QStringList sortedKeys(const QJsonObject &o);
// Every event from `ts` on, read through groups.getLongPollServer and a_check.
QJsonArray vkPoll(VkFixture &f, qint64 ts);
// An event's "object".
QJsonObject vkObjectOf(const QJsonValue &event);

} // namespace fd::test
