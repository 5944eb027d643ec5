#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <utility>

namespace fd::core {

// One HTTP request, built as a value and sent by HttpClient. Every query and form value is
// percent-encoded here, '+' included: QUrlQuery leaves '+' alone and the platforms decode it as a
// space, which would turn "a+b" in a customer reply into "a b".
class HttpRequest
{
public:
    enum class Method { Get, Post, Put, Delete };
    enum class BodyKind { None, Form, Json, Raw };

    static constexpr std::chrono::milliseconds kDefaultTimeout{30'000};
    // Added to a long poll's duration so the server has time to answer before we give up.
    static constexpr std::chrono::seconds kLongPollMargin{10};

    HttpRequest() = default;
    HttpRequest(Method method, QUrl baseUrl, QString path = {});

    static HttpRequest get(QUrl baseUrl, QString path = {});
    static HttpRequest post(QUrl baseUrl, QString path = {});
    static HttpRequest put(QUrl baseUrl, QString path = {});

    HttpRequest &setMethod(Method method);
    // Scheme, host, port and an optional base path ("https://host/api/v2"); a query on the base
    // is kept and the request's query items are appended to it.
    HttpRequest &setBaseUrl(QUrl baseUrl);
    // Appended to the base path with exactly one '/' between them. Plain text: '?', '#', '%' and
    // spaces are percent-encoded, '/' separates segments.
    HttpRequest &setPath(QString path);

    // Query items keep their order; a key may repeat.
    HttpRequest &addQueryItem(const QString &key, const QString &value);
    HttpRequest &addQueryItem(const QString &key, qint64 value);

    // Sets a header, replacing one of the same name (names are case-insensitive).
    HttpRequest &setHeader(const QByteArray &name, const QByteArray &value);
    // "Authorization: Bearer <token>".
    HttpRequest &setBearerToken(const QString &token);

    // application/x-www-form-urlencoded fields, in order. Switches the body to a form (dropping a
    // JSON or raw body set before).
    HttpRequest &addFormField(const QString &key, const QString &value);
    HttpRequest &addFormField(const QString &key, qint64 value);
    // A compact JSON body with Content-Type application/json (replaces any other body).
    HttpRequest &setJsonBody(const QJsonDocument &json);
    // Bytes sent as they are (replaces any other body).
    HttpRequest &setRawBody(QByteArray body, QByteArray contentType);

    // How long the transfer may stay silent (nothing sent or received) before it is given up.
    HttpRequest &setTimeout(std::chrono::milliseconds timeout);
    // The server may hold the request this long before answering (Telegram getUpdates'
    // `timeout`, VK long poll's `wait`); the timeout becomes this plus kLongPollMargin.
    // Zero turns long polling off.
    HttpRequest &setLongPoll(std::chrono::seconds duration);
    // A larger reply is refused with HttpResult::Kind::TooLarge; 0 uses the client's limit.
    HttpRequest &setMaxReplySize(qint64 bytes);
    // The request must reach the server at most once: when the connection breaks before an
    // answer, fail (outcome unknown) instead of letting the transport send it again. For
    // writes with no idempotency key, such as a Telegram sendMessage.
    HttpRequest &setSendOnce(bool once = true)
    {
        m_sendOnce = once;
        return *this;
    }
    bool sendOnce() const { return m_sendOnce; }

    Method method() const { return m_method; }
    QByteArray methodName() const;
    QUrl baseUrl() const { return m_baseUrl; }
    QString path() const { return m_path; }
    // The full URL with the encoded query, as it goes on the wire.
    QUrl url() const;
    const QList<std::pair<QString, QString>> &queryItems() const { return m_query; }

    const QList<std::pair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    // The value of a header set on this request (empty when not set).
    QByteArray header(const QByteArray &name) const;

    BodyKind bodyKind() const { return m_bodyKind; }
    // The encoded form fields ("a=1&b=%2B"); empty unless the body is a form.
    QByteArray formBody() const;
    const QList<std::pair<QString, QString>> &formFields() const { return m_form; }
    // The bytes sent as the body, whatever its kind.
    QByteArray body() const;
    // The Content-Type of the body; empty without a body.
    QByteArray contentType() const;

    // The timeout in force: the long poll plus kLongPollMargin when long polling, else timeout.
    std::chrono::milliseconds timeout() const;
    std::chrono::seconds longPoll() const { return m_longPoll; }
    qint64 maxReplySize() const { return m_maxReplySize; }

    // "k=v&k2=v2" with every key and value percent-encoded as UTF-8 (only A-Z a-z 0-9 - . _ ~
    // stay as they are); the encoding both query strings and form bodies use.
    static QByteArray encodeForm(const QList<std::pair<QString, QString>> &items);

private:
    Method m_method = Method::Get;
    QUrl m_baseUrl;
    QString m_path;
    QList<std::pair<QString, QString>> m_query;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    BodyKind m_bodyKind = BodyKind::None;
    QList<std::pair<QString, QString>> m_form;
    QByteArray m_rawBody;
    QByteArray m_rawContentType;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    std::chrono::seconds m_longPoll{0};
    qint64 m_maxReplySize = 0;
    bool m_sendOnce = false;
};

} // namespace fd::core
