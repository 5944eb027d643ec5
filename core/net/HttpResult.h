#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>
#include <utility>

namespace fd::core {

// What came of one HTTP request, typed so the poller knows whether to retry, back off or stop,
// and worded so the UI can say exactly what went wrong. Connectors return the same type with
// Kind::Api when the platform's own envelope reports an error.
struct HttpResult
{
    enum class Kind {
        Ok,       // 2xx; the body is in `body`
        Network,  // no usable reply: refused, reset, closed early, host not found, TLS failed
        Timeout,  // the server stayed silent for longer than the request's timeout
        Http,     // a reply with a status other than 2xx; `body` holds what the server sent
        Parse,    // the reply is not what was expected (json() failed on an Ok reply)
        TooLarge, // the reply was larger than the limit and was not read to the end
        Aborted,  // cancelled by HttpClient::abortAll()
        Api,      // the platform's envelope reported an error (set by a connector)
    };

    Kind kind = Kind::Ok;
    // The HTTP status, 0 when no reply arrived.
    int httpStatus = 0;
    // What went wrong, in words, translated; empty when Ok.
    QString message;
    // "host:port" the request went to; never the path or query, which may hold a token.
    QString origin;
    // How long the server asked us to wait (Retry-After header, or a connector's retry_after).
    std::optional<std::chrono::seconds> retryAfter;
    // The reply's headers as received.
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // The platform's own error code and description (Telegram error_code/description, VK
    // error.error_code/error_msg); set by connectors together with Kind::Api.
    int apiCode = 0;
    QString apiMessage;
    // Whether the connector judges this Api error worth retrying (VK 6/9/10, Telegram 429...).
    bool apiRetryable = false;

    bool ok() const { return kind == Kind::Ok; }
    // Worth trying again later: network trouble, timeouts, 5xx and 429; an Api error when the
    // connector says so or the server asked for a wait. Not 4xx, parse errors, oversize replies
    // or cancelled requests: the same request would fail the same way.
    bool retryable() const;

    // A reply header by name, case-insensitively; empty when absent.
    QByteArray header(const QByteArray &name) const;

    // The body parsed as JSON. If it is not JSON and the result was Ok, the result becomes
    // Kind::Parse with a message in words and a null document is returned. A non-Ok result keeps
    // its kind (a 502 page in HTML is still a retryable Http error), the document is just null.
    QJsonDocument json();
    // QJsonDocument::fromJson, except that invalid UTF-8 inside strings becomes U+FFFD instead
    // of failing the whole document.
    static QJsonDocument parseJson(const QByteArray &bytes, QJsonParseError *error = nullptr);

    // Turns the result into Kind::Api with the platform's code and description; `message` gets
    // words built from them. Connectors may set a better `message` afterwards.
    void setApiError(int code, const QString &description, bool retryable = false);

    // Parses a Retry-After value: delay-seconds or an HTTP-date (relative to `now`). A date in
    // the past gives zero; anything unreadable gives nothing.
    static std::optional<std::chrono::seconds>
    parseRetryAfter(const QByteArray &value,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Short names for logs and tests ("Ok", "Network", ...).
    static QString kindName(Kind kind);
};

} // namespace fd::core
