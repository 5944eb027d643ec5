#include "HttpServer.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <deque>
#include <utility>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace detail {

namespace {

constexpr qsizetype MaxHeaderBytes = 64 * 1024;
// How much of a refused body is read and thrown away, so the client sees the 413 instead of
// a reset connection. Beyond it the connection is simply closed.
constexpr qint64 MaxDrainBytes = 64 * 1024 * 1024;

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

// A non-negative decimal number, or -1.
qint64 parseLength(QByteArrayView s, int base = 10)
{
    if (s.isEmpty() || s.size() > 18)
        return -1;
    bool ok = false;
    const qint64 v = s.toLongLong(&ok, base);
    if (!ok || v < 0)
        return -1;
    if (base == 10) {
        for (char c : s) {
            if (c < '0' || c > '9')
                return -1;
        }
    }
    return v;
}

bool hasToken(QByteArrayView headerValue, QByteArrayView token)
{
    const QList<QByteArray> parts = headerValue.toByteArray().split(',');
    for (const QByteArray &p : parts) {
        if (p.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

enum class Chunked { Incomplete, Done, Bad, TooLarge };

// Decodes a chunked body starting at `from`; on Done, `end` is where the message ends.
Chunked decodeChunked(const QByteArray &buffer, qsizetype from, qint64 limit, QByteArray &body,
                      qsizetype &end)
{
    body.clear();
    qsizetype pos = from;
    while (true) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return buffer.size() - pos > 1024 ? Chunked::Bad : Chunked::Incomplete;
        QByteArrayView sizeText = QByteArrayView(buffer).sliced(pos, lineEnd - pos);
        const qsizetype semicolon = sizeText.indexOf(';');
        if (semicolon >= 0)
            sizeText = sizeText.first(semicolon);
        const qint64 size = parseLength(sizeText.trimmed(), 16);
        if (size < 0)
            return Chunked::Bad;
        if (body.size() + size > limit)
            return Chunked::TooLarge;
        pos = lineEnd + 2;
        if (size == 0) {
            // Trailer fields, then an empty line.
            while (true) {
                const qsizetype trailerEnd = buffer.indexOf("\r\n", pos);
                if (trailerEnd < 0)
                    return Chunked::Incomplete;
                const bool last = trailerEnd == pos;
                pos = trailerEnd + 2;
                if (last) {
                    end = pos;
                    return Chunked::Done;
                }
            }
        }
        if (buffer.size() < pos + size + 2)
            return Chunked::Incomplete;
        if (buffer.mid(pos + size, 2) != "\r\n")
            return Chunked::Bad;
        body.append(buffer.constData() + pos, size);
        pos += size + 2;
    }
}

} // namespace

struct ResponderState
{
    enum class Action { None, Write, Drop };

    QPointer<HttpConnection> connection;
    Action action = Action::None;
    QByteArray output;
    bool closeAfter = false;
    bool keepAlive = true;
    bool gone = false;
    QList<std::pair<QPointer<QObject>, std::function<void()>>> onGone;
};

// One accepted socket: parses requests, hands them out, writes answers in order.
class HttpConnection : public QObject
{
public:
    HttpConnection(HttpServer *server, QTcpSocket *socket);

    void answered();
    void shutdown();
    bool isOpen() const { return !m_closed; }

private:
    void readAvailable();
    bool parseOne();
    void refuse(int status, const QByteArray &message, qint64 drain = 0);
    void enqueue(const std::shared_ptr<ResponderState> &state);
    void flush();
    void closed();

    HttpServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    std::deque<std::shared_ptr<ResponderState>> m_queue;
    bool m_stopReading = false;
    bool m_closed = false;
    bool m_sentContinue = false;
    bool m_closeWhenDrained = false;
    qint64 m_drain = 0;
};

// What the handler holds: answers 500 if the last copy goes without an answer.
// Not copyable: a second handle on the same state would answer for the first.
struct ResponderHandle
{
    explicit ResponderHandle(std::shared_ptr<ResponderState> s)
        : state(std::move(s))
    {}
    ResponderHandle(const ResponderHandle &) = delete;
    ResponderHandle &operator=(const ResponderHandle &) = delete;

    ~ResponderHandle()
    {
        if (state->action == ResponderState::Action::None && !state->gone && state->connection) {
            // A new handle on the same state; once it has answered its own end is quiet.
            HttpResponder(std::make_shared<ResponderHandle>(state))
                .send(HttpServerResponse::text(500, "the sandbox handler gave no answer"));
        }
    }

    std::shared_ptr<ResponderState> state;
};

HttpConnection::HttpConnection(HttpServer *server, QTcpSocket *socket)
    : QObject(socket)
    , m_server(server)
    , m_socket(socket)
{
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::closed);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            closed();
    });
}

void HttpConnection::readAvailable()
{
    QByteArray incoming = m_socket->readAll();
    if (m_drain > 0) {
        const qint64 dropped = qMin<qint64>(m_drain, incoming.size());
        m_drain -= dropped;
        incoming.remove(0, dropped);
        if (m_drain == 0 && m_closeWhenDrained)
            m_socket->disconnectFromHost();
    }
    if (m_stopReading || m_closed)
        return;
    m_buffer.append(incoming);
    while (!m_closed && !m_stopReading && parseOne()) {
    }
}

void HttpConnection::refuse(int status, const QByteArray &message, qint64 drain)
{
    m_stopReading = true;
    m_buffer.clear();
    m_drain = drain;
    auto state = std::make_shared<ResponderState>();
    state->keepAlive = false;
    enqueue(state);
    HttpResponder(std::make_shared<ResponderHandle>(state))
        .send(HttpServerResponse::text(status, message));
}

bool HttpConnection::parseOne()
{
    // Empty lines before a request line are allowed (RFC 9112, 2.2).
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_buffer.size() > MaxHeaderBytes)
            refuse(431, "request header fields too large");
        return false;
    }
    if (headEnd > MaxHeaderBytes) {
        refuse(431, "request header fields too large");
        return false;
    }

    HttpServerRequest request;
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    QByteArray firstLine = lines.first();
    if (firstLine.endsWith('\r'))
        firstLine.chop(1);
    const QList<QByteArray> requestLine = firstLine.split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) ||
        !requestLine.at(2).startsWith("HTTP/1.")) {
        refuse(400, "malformed request line");
        return false;
    }
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    request.version = requestLine.at(2).trimmed();
    QByteArray target = request.target;
    if (target.startsWith("http://") || target.startsWith("https://")) {
        // absolute-form: keep the path and query only
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    if (!target.startsWith('/')) {
        refuse(400, "malformed request target");
        return false;
    }
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon))) {
            refuse(400, "malformed header field");
            return false;
        }
        request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }

    const qint64 limit = m_server->maxBodySize();
    const qsizetype bodyStart = headEnd + 4;
    qsizetype end = bodyStart;
    const QByteArray transferEncoding = request.header("transfer-encoding");
    if (!transferEncoding.isEmpty()) {
        if (transferEncoding.trimmed().compare("chunked", Qt::CaseInsensitive) != 0) {
            refuse(501, "only the chunked transfer coding is supported");
            return false;
        }
        if (request.hasHeader("content-length")) {
            refuse(400, "both Transfer-Encoding and Content-Length");
            return false;
        }
        switch (decodeChunked(m_buffer, bodyStart, limit, request.body, end)) {
        case Chunked::Incomplete:
            return false;
        case Chunked::Bad:
            refuse(400, "malformed chunked body");
            return false;
        case Chunked::TooLarge:
            refuse(413, "request body too large");
            return false;
        case Chunked::Done:
            break;
        }
    } else if (request.hasHeader("content-length")) {
        const qint64 length = parseLength(request.header("content-length"));
        if (length < 0) {
            refuse(400, "malformed Content-Length");
            return false;
        }
        if (length > limit) {
            const qint64 have = m_buffer.size() - bodyStart;
            refuse(413, "request body too large",
                   length - have <= MaxDrainBytes ? length - have : 0);
            return false;
        }
        if (m_buffer.size() < bodyStart + length) {
            if (!m_sentContinue && m_queue.empty() &&
                hasToken(request.header("expect"), "100-continue")) {
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                m_sentContinue = true;
            }
            return false;
        }
        request.body = m_buffer.mid(bodyStart, length);
        end = bodyStart + length;
    }
    m_buffer.remove(0, end);
    m_sentContinue = false;

    const QByteArray connection = request.header("connection");
    const bool keepAlive = request.version == "HTTP/1.1" ? !hasToken(connection, "close")
                                                         : hasToken(connection, "keep-alive");
    if (!keepAlive)
        m_stopReading = true; // nothing after this request will be answered

    auto state = std::make_shared<ResponderState>();
    state->keepAlive = keepAlive;
    enqueue(state);
    m_server->dispatch(request, HttpResponder(std::make_shared<ResponderHandle>(state)));
    return true;
}

void HttpConnection::enqueue(const std::shared_ptr<ResponderState> &state)
{
    state->connection = this;
    m_queue.push_back(state);
}

void HttpConnection::answered()
{
    flush();
}

void HttpConnection::flush()
{
    while (!m_closed && !m_queue.empty() &&
           m_queue.front()->action != ResponderState::Action::None) {
        const std::shared_ptr<ResponderState> state = m_queue.front();
        m_queue.pop_front();
        if (state->action == ResponderState::Action::Drop) {
            m_socket->abort();
            closed();
            return;
        }
        m_socket->write(state->output);
        if (state->closeAfter) {
            m_stopReading = true;
            if (m_drain > 0)
                m_closeWhenDrained = true;
            else
                m_socket->disconnectFromHost();
            return;
        }
    }
}

void HttpConnection::closed()
{
    if (m_closed)
        return;
    m_closed = true;
    m_stopReading = true;
    // Tell whoever still holds an unanswered request that its client is gone.
    const std::deque<std::shared_ptr<ResponderState>> pending = std::exchange(m_queue, {});
    for (const auto &state : pending) {
        state->gone = true;
        if (state->action != ResponderState::Action::None)
            continue;
        const auto callbacks = std::exchange(state->onGone, {});
        for (const auto &[context, callback] : callbacks) {
            if (context)
                callback();
        }
    }
    m_socket->deleteLater();
    if (m_server)
        Q_EMIT m_server->connectionClosed();
}

void HttpConnection::shutdown()
{
    disconnect(m_socket, nullptr, this, nullptr);
    m_server = nullptr;
    m_socket->abort();
    closed();
}

} // namespace detail

using detail::ResponderState;

// HttpServerResponse

HttpServerResponse HttpServerResponse::json(int status, QByteArray body)
{
    return HttpServerResponse{status, {}, {{"Content-Type", "application/json"}}, std::move(body)};
}

HttpServerResponse HttpServerResponse::text(int status, QByteArray body, QByteArray contentType)
{
    return HttpServerResponse{
        status, {}, {{"Content-Type", std::move(contentType)}}, std::move(body)};
}

QByteArray HttpServerResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Unknown";
    }
}

// HttpResponder

HttpResponder::HttpResponder(std::shared_ptr<detail::ResponderHandle> handle)
    : m_handle(std::move(handle))
{}

bool HttpResponder::isConnected() const
{
    return m_handle && m_handle->state->connection && !m_handle->state->gone;
}

bool HttpResponder::isAnswered() const
{
    return m_handle && m_handle->state->action != ResponderState::Action::None;
}

void HttpResponder::send(HttpServerResponse response)
{
    if (!m_handle || m_handle->state->action != ResponderState::Action::None)
        return;
    ResponderState &state = *m_handle->state;
    bool hasLength = false;
    bool hasConnection = false;
    for (const auto &[name, value] : std::as_const(response.headers)) {
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            hasLength = true;
        if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            hasConnection = true;
            if (detail::hasToken(value, "close"))
                response.close = true;
        }
    }
    const bool close = response.close || !state.keepAlive;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     (response.reason.isEmpty() ? HttpServerResponse::reasonPhrase(response.status)
                                                : response.reason) +
                     "\r\n";
    for (const auto &[name, value] : std::as_const(response.headers))
        out += name + ": " + value + "\r\n";
    if (!hasLength)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (!hasConnection)
        out += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    out += "\r\n";
    out += response.body;
    state.output = std::move(out);
    state.closeAfter = close;
    state.action = ResponderState::Action::Write;
    if (state.connection && !state.gone)
        state.connection->answered();
}

void HttpResponder::send(int status, QByteArray body, QByteArray contentType,
                         HttpServerHeaders headers)
{
    headers.prepend({"Content-Type", std::move(contentType)});
    send(HttpServerResponse{status, {}, std::move(headers), std::move(body)});
}

void HttpResponder::sendRaw(QByteArray bytes)
{
    if (!m_handle || m_handle->state->action != ResponderState::Action::None)
        return;
    ResponderState &state = *m_handle->state;
    state.output = std::move(bytes);
    state.closeAfter = true;
    state.action = ResponderState::Action::Write;
    if (state.connection && !state.gone)
        state.connection->answered();
}

void HttpResponder::drop()
{
    if (!m_handle || m_handle->state->action != ResponderState::Action::None)
        return;
    ResponderState &state = *m_handle->state;
    state.action = ResponderState::Action::Drop;
    if (state.connection && !state.gone)
        state.connection->answered();
}

void HttpResponder::onDisconnected(QObject *context, std::function<void()> callback)
{
    if (!m_handle)
        return;
    ResponderState &state = *m_handle->state;
    if (state.gone || !state.connection) {
        if (state.action == ResponderState::Action::None && context)
            callback();
        return;
    }
    state.onGone.append({QPointer<QObject>(context), std::move(callback)});
}

// HttpServer

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::accept);
}

HttpServer::~HttpServer()
{
    m_server.close();
    const auto connections = std::exchange(m_connections, {});
    for (const auto &connection : connections) {
        if (connection)
            connection->shutdown();
    }
}

bool HttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

void HttpServer::close()
{
    m_server.close();
}

QUrl HttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

int HttpServer::openConnections() const
{
    int open = 0;
    for (const auto &connection : m_connections) {
        if (connection && connection->isOpen())
            ++open;
    }
    return open;
}

void HttpServer::route(const QByteArray &pathPrefix, QObject *context, Handler handler)
{
    m_routes.append({pathPrefix, QPointer<QObject>(context), std::move(handler)});
}

void HttpServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_accepted;
        m_connections.removeIf([](const auto &c) { return c.isNull() || !c->isOpen(); });
        m_connections.append(new detail::HttpConnection(this, socket));
        Q_EMIT connectionOpened();
    }
}

void HttpServer::dispatch(const HttpServerRequest &request, HttpResponder responder)
{
    const Route *best = nullptr;
    for (const Route &r : std::as_const(m_routes)) {
        if (r.context && request.path.startsWith(r.prefix) &&
            (!best || r.prefix.size() > best->prefix.size()))
            best = &r;
    }
    if (!best) {
        responder.send(HttpServerResponse::text(404, "not found"));
        return;
    }
    // A copy: the handler may add routes.
    const Handler handler = best->handler;
    handler(request, std::move(responder));
}

} // namespace fd::core
