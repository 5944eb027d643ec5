#include "HttpClient.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <cstring>

using namespace Qt::StringLiterals;

namespace fd::core {

namespace {

// A request body that can be read once and never rewound.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

// "host:port" as the user typed it; never the path or query, which may carry a token.
QString originOf(const QUrl &url)
{
    QString host = url.host();
    if (host.contains(u':'))
        host = u'[' + host + u']';
    if (url.port() != -1)
        host += u':' + QString::number(url.port());
    return host;
}

// Qt's error strings may quote the whole URL (Telegram's token is in the path): show the origin.
QString redacted(QString text, const QUrl &url, const QString &origin)
{
    const QString forms[] = {url.toString(QUrl::FullyEncoded), url.toString(),
                             url.toDisplayString(), url.path(QUrl::FullyEncoded), url.path()};
    for (const QString &form : forms) {
        if (form.size() > 1)
            text.replace(form, origin);
    }
    return text;
}

QString timeoutMessage(const QString &origin, std::chrono::milliseconds timeout)
{
    const qint64 ms = timeout.count();
    if (ms % 1000 == 0) {
        // (Seconds computed apart: lupdate's parser hangs on a '/' inside translate()'s call.)
        const int seconds = int(ms / 1000);
        return QCoreApplication::translate(
                   "fd::core::Net",
                   "The server at %1 did not answer for %n second(s); the request was given up.",
                   nullptr, seconds)
            .arg(origin);
    }
    return QCoreApplication::translate(
               "fd::core::Net",
               "The server at %1 did not answer for %2 ms; the request was given up.")
        .arg(origin)
        .arg(ms);
}

QString tooLargeMessage(const QString &origin, qint64 limit)
{
    return QCoreApplication::translate("fd::core::Net",
                                       "The reply from %1 is larger than the limit of %2, so it "
                                       "was not read to the end.")
        .arg(origin, QLocale().formattedDataSize(limit));
}

QString httpMessage(const HttpResult &r, const QString &reason)
{
    const QString status =
        QString(u"HTTP "_s + QString::number(r.httpStatus) + u' ' + reason).trimmed();
    if (r.httpStatus == 429) {
        if (r.retryAfter) {
            return QCoreApplication::translate(
                       "fd::core::Net",
                       "The server at %1 is limiting requests (%2) and asks to wait %n second(s).",
                       nullptr, int(r.retryAfter->count()))
                .arg(r.origin, status);
        }
        return QCoreApplication::translate("fd::core::Net",
                                           "The server at %1 is limiting requests (%2).")
            .arg(r.origin, status);
    }
    if (r.httpStatus == 401 || r.httpStatus == 403) {
        return QCoreApplication::translate("fd::core::Net",
                                           "The server at %1 refused access (%2). Check the "
                                           "account's token and permissions.")
            .arg(r.origin, status);
    }
    if (r.httpStatus >= 500) {
        return QCoreApplication::translate("fd::core::Net",
                                           "The server at %1 had a problem of its own (%2).")
            .arg(r.origin, status);
    }
    if (r.httpStatus >= 300 && r.httpStatus < 400) {
        return QCoreApplication::translate(
                   "fd::core::Net",
                   "The server at %1 sent the request elsewhere (%2); that was not followed.")
            .arg(r.origin, status);
    }
    return QCoreApplication::translate("fd::core::Net",
                                       "The server at %1 refused the request (%2).")
        .arg(r.origin, status);
}

QString networkMessage(QNetworkReply::NetworkError error, const QString &origin,
                       const QString &detail)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate("fd::core::Net",
                                           "Could not connect to %1: connection refused.")
            .arg(origin);
    case QNetworkReply::RemoteHostClosedError:
        return QCoreApplication::translate(
                   "fd::core::Net",
                   "The connection to %1 was closed before the reply was complete.")
            .arg(origin);
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate(
                   "fd::core::Net",
                   "Could not find the server %1: host not found. Check the address and the "
                   "network connection.")
            .arg(origin);
    case QNetworkReply::TimeoutError:
        return QCoreApplication::translate("fd::core::Net", "Connecting to %1 took too long: %2.")
            .arg(origin, detail);
    case QNetworkReply::SslHandshakeFailedError:
        return QCoreApplication::translate("fd::core::Net",
                                           "Could not set up a secure connection to %1: %2.")
            .arg(origin, detail);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return QCoreApplication::translate("fd::core::Net",
                                           "The network is not available to reach %1: %2.")
            .arg(origin, detail);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return QCoreApplication::translate("fd::core::Net", "The proxy failed to reach %1: %2.")
            .arg(origin, detail);
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return QCoreApplication::translate(
                   "fd::core::Net",
                   "The server at %1 redirected the request in a way that was not followed: %2.")
            .arg(origin, detail);
    default:
        return QCoreApplication::translate("fd::core::Net", "The request to %1 failed: %2.")
            .arg(origin, detail);
    }
}

// Errors Qt reports when a complete HTTP reply arrived with a status it counts as an error.
bool isHttpLevel(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return error == QNetworkReply::NoError || (code >= 201 && code <= 299) ||
           (code >= 401 && code <= 499);
}

} // namespace

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    m_manager->setAutoDeleteReplies(false);
    // Only to the same scheme, host and port, so a bearer token never follows a redirect away.
    m_manager->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

HttpClient::~HttpClient()
{
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        QNetworkReply *reply = it.key();
        reply->disconnect(this);
        reply->abort();
        delete reply;
    }
}

QByteArray HttpClient::userAgent()
{
    return QByteArrayLiteral("Frontdesk/" FRONTDESK_VERSION);
}

void HttpClient::send(const HttpRequest &request, QObject *context, Callback done)
{
    Pending pending;
    pending.context = context;
    pending.guarded = context != nullptr;
    pending.done = std::move(done);
    pending.url = request.url();
    pending.origin = originOf(pending.url);
    pending.limit = request.maxReplySize() > 0 ? request.maxReplySize() : m_maxReplySize;
    pending.timeout = request.timeout();

    const QString scheme = pending.url.scheme();
    if (!pending.url.isValid() || pending.url.host().isEmpty() ||
        (scheme != u"http"_s && scheme != u"https"_s)) {
        HttpResult result;
        result.kind = HttpResult::Kind::Network;
        result.origin = pending.origin;
        const QString address =
            request.baseUrl().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        result.message =
            address.isEmpty()
                ? QCoreApplication::translate("fd::core::Net", "No server address is set.")
                : QCoreApplication::translate(
                      "fd::core::Net",
                      "The server address \"%1\" is not a valid http or https address.")
                      .arg(address);
        deliverLater(pending, std::move(result));
        return;
    }

    QNetworkRequest nr(pending.url);
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    nr.setMaximumRedirectsAllowed(5);
    nr.setRawHeader("User-Agent", userAgent());

    const QByteArray body = request.body();
    QByteArray contentType = request.contentType();
    const auto method = request.method();
    // Qt warns about (and guesses) a missing Content-Type on POST and PUT, even without a body.
    if (contentType.isEmpty() &&
        (method == HttpRequest::Method::Post || method == HttpRequest::Method::Put))
        contentType = "application/x-www-form-urlencoded";
    if (!contentType.isEmpty())
        nr.setRawHeader("Content-Type", contentType);
    for (const auto &[name, value] : request.headers())
        nr.setRawHeader(name, value);

    // Qt sends a request again by itself when a connection closes before the answer, POSTs
    // included. A body it cannot rewind makes that impossible: the request fails instead.
    OneShotBody *once = nullptr;
    if (request.sendOnce() && method != HttpRequest::Method::Get) {
        once = new OneShotBody(body);
        nr.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        nr.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    }

    QNetworkReply *reply = nullptr;
    if (once) {
        static const QByteArray verbs[] = {"GET", "POST", "PUT", "DELETE"};
        reply = m_manager->sendCustomRequest(nr, verbs[int(method)], once);
        once->setParent(reply);
    } else
        switch (method) {
        case HttpRequest::Method::Get:
            reply =
                body.isEmpty() ? m_manager->get(nr) : m_manager->sendCustomRequest(nr, "GET", body);
            break;
        case HttpRequest::Method::Post:
            reply = m_manager->post(nr, body);
            break;
        case HttpRequest::Method::Put:
            reply = m_manager->put(nr, body);
            break;
        case HttpRequest::Method::Delete:
            reply = body.isEmpty() ? m_manager->deleteResource(nr)
                                   : m_manager->sendCustomRequest(nr, "DELETE", body);
            break;
        }

    pending.timer = new QTimer(reply);
    pending.timer->setSingleShot(true);
    pending.timer->setInterval(pending.timeout);
    connect(pending.timer, &QTimer::timeout, this, [this, reply] { onTimeout(reply); });
    // The timeout counts silence, so every sign of progress starts it again.
    connect(reply, &QNetworkReply::uploadProgress, pending.timer,
            [timer = pending.timer] { timer->start(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onMetaData(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    if (context) {
        connect(context, &QObject::destroyed, reply, [this, reply] {
            if (m_pending.contains(reply))
                take(reply);
        });
    }
    pending.timer->start();
    m_pending.insert(reply, std::move(pending));
}

void HttpClient::abortAll()
{
    const QList<QNetworkReply *> replies = m_pending.keys();
    for (QNetworkReply *reply : replies) {
        if (m_pending.contains(reply))
            stop(reply, HttpResult::Kind::Aborted);
    }
}

void HttpClient::onMetaData(QNetworkReply *reply)
{
    const auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    it->timer->start();
    // Refuse an announced oversize body before reading any of it.
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > it->limit)
        stop(reply, HttpResult::Kind::TooLarge);
}

void HttpClient::onReadyRead(QNetworkReply *reply)
{
    const auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    it->timer->start();
    it->body += reply->readAll();
    if (it->body.size() > it->limit)
        stop(reply, HttpResult::Kind::TooLarge);
}

void HttpClient::onTimeout(QNetworkReply *reply)
{
    if (m_pending.contains(reply))
        stop(reply, HttpResult::Kind::Timeout);
}

void HttpClient::stop(QNetworkReply *reply, HttpResult::Kind kind)
{
    Pending pending = take(reply);
    HttpResult result;
    result.kind = kind;
    result.origin = pending.origin;
    switch (kind) {
    case HttpResult::Kind::Timeout:
        result.message = timeoutMessage(pending.origin, pending.timeout);
        break;
    case HttpResult::Kind::TooLarge:
        result.message = tooLargeMessage(pending.origin, pending.limit);
        break;
    default:
        result.message =
            QCoreApplication::translate("fd::core::Net", "The request to %1 was cancelled.")
                .arg(pending.origin);
        break;
    }
    // What is known of the reply so far: its status and headers help explain the failure.
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid())
        result.httpStatus = status.toInt();
    result.headers = reply->rawHeaderPairs();
    deliverLater(pending, std::move(result));
}

void HttpClient::onFinished(QNetworkReply *reply)
{
    if (!m_pending.contains(reply))
        return;
    {
        Pending &p = m_pending[reply];
        p.body += reply->readAll();
        if (p.body.size() > p.limit) {
            stop(reply, HttpResult::Kind::TooLarge);
            return;
        }
    }
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    Pending pending = take(reply);

    HttpResult result;
    result.origin = pending.origin;
    result.httpStatus = status.isValid() ? status.toInt() : 0;
    result.headers = reply->rawHeaderPairs();
    result.body = std::move(pending.body);
    const QByteArray retryAfter = result.header("Retry-After");
    if (!retryAfter.isEmpty())
        result.retryAfter = HttpResult::parseRetryAfter(retryAfter);

    // A redirect that was not followed (to another origin, or without a Location) is still the
    // server's answer: report its status rather than Qt's complaint about it.
    const bool unfollowedRedirect = result.httpStatus >= 300 && result.httpStatus < 400;
    if (result.httpStatus > 0 && (isHttpLevel(error) || unfollowedRedirect)) {
        if (result.httpStatus >= 200 && result.httpStatus < 300) {
            result.kind = HttpResult::Kind::Ok;
        } else {
            result.kind = HttpResult::Kind::Http;
            result.message = httpMessage(result, reason);
        }
    } else if (error == QNetworkReply::OperationCanceledError) {
        result.kind = HttpResult::Kind::Aborted;
        result.message =
            QCoreApplication::translate("fd::core::Net", "The request to %1 was cancelled.")
                .arg(pending.origin);
    } else if (error == QNetworkReply::TimeoutError) {
        result.kind = HttpResult::Kind::Timeout;
        result.message =
            networkMessage(error, pending.origin, redacted(errorText, pending.url, pending.origin));
    } else {
        result.kind = HttpResult::Kind::Network;
        result.message =
            networkMessage(error, pending.origin, redacted(errorText, pending.url, pending.origin));
    }
    deliverLater(pending, std::move(result));
}

HttpClient::Pending HttpClient::take(QNetworkReply *reply)
{
    Pending pending = m_pending.take(reply);
    if (pending.timer)
        pending.timer->stop();
    reply->disconnect(this);
    if (pending.timer)
        pending.timer->disconnect(this);
    if (pending.context)
        pending.context->disconnect(reply);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
    return pending;
}

void HttpClient::deliverLater(const Pending &pending, HttpResult result)
{
    // Queued, so a callback never runs inside a Qt network signal or a call into this client,
    // and one whose context died in the meantime is skipped.
    QMetaObject::invokeMethod(
        this,
        [context = pending.context, guarded = pending.guarded, done = pending.done,
         result = std::move(result)]() mutable {
            if (guarded && !context)
                return;
            if (done)
                done(std::move(result));
        },
        Qt::QueuedConnection);
}

} // namespace fd::core
