#pragma once

#include "HttpRequest.h"
#include "HttpResult.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace fd::core {

// The one HTTP client of a thread: a QNetworkAccessManager (connections kept alive, no HTTP/2,
// no cache, redirects followed only to the same origin) plus timeouts, a cap on reply sizes and
// typed results. Use it from the thread it lives in.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(HttpResult)>;

    static constexpr qint64 kDefaultMaxReplySize = 16 * 1024 * 1024;

    explicit HttpClient(QObject *parent);
    ~HttpClient() override;

    // Sends the request. `done` is called exactly once, on this client's thread, from the event
    // loop (never from inside send() or another call into the client), and never if `context`
    // has been destroyed by then: destroying the context cancels its requests quietly.
    // Destroying the client drops pending requests without calling back.
    void send(const HttpRequest &request, QObject *context, Callback done);

    // Cancels every pending request at once; their callbacks follow from the event loop with
    // Kind::Aborted (unless their context goes first).
    void abortAll();

    // Replies larger than this end with Kind::TooLarge (a request may set its own limit).
    void setMaxReplySize(qint64 bytes) { m_maxReplySize = bytes; }
    qint64 maxReplySize() const { return m_maxReplySize; }

    // Requests sent and not yet finished.
    int pendingCount() const { return int(m_pending.size()); }

    // "Frontdesk/<version>"
    static QByteArray userAgent();

private:
    struct Pending
    {
        QPointer<QObject> context;
        bool guarded = false;
        Callback done;
        QTimer *timer = nullptr; // child of the reply
        QUrl url;
        QString origin;
        QByteArray body;
        qint64 limit = 0;
        std::chrono::milliseconds timeout{0};
    };

    void onMetaData(QNetworkReply *reply);
    void onReadyRead(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    void onTimeout(QNetworkReply *reply);
    // Ends a request the client gave up on, with a result of this kind.
    void stop(QNetworkReply *reply, HttpResult::Kind kind);
    // Stops the reply's work, deletes it later and hands back its state.
    Pending take(QNetworkReply *reply);
    void deliverLater(const Pending &pending, HttpResult result);

    QNetworkAccessManager *m_manager;
    qint64 m_maxReplySize = kDefaultMaxReplySize;
    QHash<QNetworkReply *, Pending> m_pending;
};

} // namespace fd::core
