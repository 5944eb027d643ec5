#pragma once

#include "HttpServerRequest.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <memory>

namespace fd::core {

namespace detail {
class HttpConnection;
struct ResponderState;
struct ResponderHandle;
} // namespace detail

// An answer. The server adds Content-Length (unless `headers` already carry one, so a fault
// can lie about it) and Connection.
struct HttpServerResponse
{
    int status = 200;
    QByteArray reason; // empty: the standard phrase for `status`
    HttpServerHeaders headers;
    QByteArray body;
    bool close = false; // close the connection once this answer is written

    static HttpServerResponse json(int status, QByteArray body);
    static HttpServerResponse text(int status, QByteArray body,
                                   QByteArray contentType = "text/plain; charset=utf-8");
    static QByteArray reasonPhrase(int status);
};

// The way back to the client of one request. Copies share the same exchange. A handler may
// answer at once or keep a copy and answer later (long polling); answers on one connection
// are written in request order. Once answered, further calls do nothing. If every copy is
// destroyed without an answer, the client gets a 500, so a forgetful handler cannot hang it.
class HttpResponder
{
public:
    HttpResponder() = default;

    bool isNull() const { return !m_handle; }
    // The client is still connected (it may have been answered already).
    bool isConnected() const;
    // An answer (or a drop) was given.
    bool isAnswered() const;

    void send(HttpServerResponse response);
    void send(int status, QByteArray body, QByteArray contentType = "application/json",
              HttpServerHeaders headers = {});
    // Writes `bytes` exactly as given (status line, headers and all), then closes.
    void sendRaw(QByteArray bytes);
    // Closes the connection without answering.
    void drop();
    // Runs `callback` if the client goes away before this request was answered, while
    // `context` lives.
    void onDisconnected(QObject *context, std::function<void()> callback);

private:
    friend class detail::HttpConnection;
    friend struct detail::ResponderHandle;
    explicit HttpResponder(std::shared_ptr<detail::ResponderHandle> handle);

    std::shared_ptr<detail::ResponderHandle> m_handle;
};

// A small HTTP/1.1 server on the loopback interface for the platform sandboxes: keep-alive,
// pipelining (answers in request order), Content-Length and chunked bodies up to a limit
// (413 beyond it), Expect: 100-continue. It runs on the thread that owns it and never blocks.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const HttpServerRequest &, HttpResponder)>;

    static constexpr qint64 DefaultMaxBodySize = 8 * 1024 * 1024;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    // Listens on 127.0.0.1; port 0 picks a free one.
    bool listen(quint16 port = 0);
    void close();
    bool isListening() const { return m_server.isListening(); }
    QString errorString() const { return m_server.errorString(); }
    quint16 port() const { return m_server.serverPort(); }
    // "http://127.0.0.1:<port>"
    QUrl baseUrl() const;

    // Requests whose path starts with `pathPrefix` go to `handler` (the longest prefix wins)
    // while `context` lives. Unrouted requests get 404.
    void route(const QByteArray &pathPrefix, QObject *context, Handler handler);

    void setMaxBodySize(qint64 bytes) { m_maxBodySize = bytes; }
    qint64 maxBodySize() const { return m_maxBodySize; }

    // Connections accepted since start, and open now (tests check keep-alive with these).
    int connectionsAccepted() const { return m_accepted; }
    int openConnections() const;

Q_SIGNALS:
    void connectionOpened();
    void connectionClosed();

private:
    friend class detail::HttpConnection;

    struct Route
    {
        QByteArray prefix;
        QPointer<QObject> context;
        Handler handler;
    };

    void accept();
    void dispatch(const HttpServerRequest &request, HttpResponder responder);

    QTcpServer m_server;
    QList<Route> m_routes;
    QList<QPointer<detail::HttpConnection>> m_connections;
    qint64 m_maxBodySize = DefaultMaxBodySize;
    int m_accepted = 0;
};

} // namespace fd::core
