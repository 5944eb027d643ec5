#pragma once

#include "TestSupport.h" // Catch printing of QString
#include "sandbox/HttpServer.h"
#include "sandbox/TelegramSandbox.h"

#include <QByteArray>
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

} // namespace fd::test
