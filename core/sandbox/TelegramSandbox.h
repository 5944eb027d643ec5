#pragma once

#include "HttpServer.h"
#include "TelegramSandboxBot.h"

#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>
#include <map>
#include <optional>

class QTimer;

namespace fd::core {

class TelegramTrafficFeeder;

// A fake Telegram Bot API on an HttpServer: `/bot<token>/<method>` (and `/bot<token>/test/…`),
// GET or POST, parameters from the query, a form, a multipart form or a JSON body. It answers
// with the envelopes, status codes and error texts of the Bot API server (tdlib/
// telegram-bot-api), long-polls getUpdates, records every write call, and can be told to
// misbehave (rate limits, conflicts, dropped connections, broken or huge bodies, 5xx, delays).
// Several bots (accounts) run side by side, each with its own world and update queue.
class TelegramSandbox : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QList<TelegramSandboxBot::Config> bots; // empty: TelegramSandboxBot::Config::demo(0)
        std::function<qint64()> clockMs;        // ms since the epoch; empty: the system clock
        // The server's anti-hammering: the same offset again within 3 s with a timeout under
        // 3 s waits 3 s; within 0.5 s, limit becomes 1. Off by default so tests stay quick.
        bool antiHammering = false;
    };

    // What to do instead of (or to) the next answers of a method.
    struct Fault
    {
        enum class Kind {
            RateLimit,           // 429, parameters.retry_after and a Retry-After header
            Conflict,            // 409 "Conflict: terminated by other getUpdates request; …"
            Drop,                // close the connection; the request is not carried out
            DropAfterProcessing, // carry the request out, then close without answering
            MalformedJson,       // the real answer, cut short (Content-Length matches the cut)
            HugeBody,            // a valid answer of `size` bytes (a 5 MB text message)
            JunkBody,            // 200 with `size` bytes of junk labelled application/json
            ServerErrorHtml,     // `status` (500) with nginx's HTML error page
            Delay,               // answer normally after `delayMs`
        };

        Kind kind = Kind::Drop;
        int retryAfter = 5;
        int status = 500;
        int delayMs = 0;
        qsizetype size = 5 * 1024 * 1024;

        static Fault rateLimit(int retryAfter);
        static Fault conflict() { return make(Kind::Conflict); }
        static Fault drop() { return make(Kind::Drop); }
        static Fault dropAfterProcessing() { return make(Kind::DropAfterProcessing); }
        static Fault malformedJson() { return make(Kind::MalformedJson); }
        static Fault hugeBody(qsizetype bytes = 5 * 1024 * 1024);
        static Fault junkBody(qsizetype bytes = 5 * 1024 * 1024);
        static Fault serverErrorHtml(int status = 500);
        static Fault delay(int ms);
        static Fault make(Kind kind)
        {
            Fault f;
            f.kind = kind;
            return f;
        }
    };

    // One call of a method that changes something (sendMessage, deleteMessage(s),
    // banChatMember, setWebhook, deleteWebhook), accepted or refused.
    struct WriteCall
    {
        qint64 botId = 0;                  // the bot's user id (tokens stay out of records)
        QString method;                    // canonical spelling, e.g. "sendMessage"
        QMap<QString, QString> parameters; // every parameter, decoded
        QDateTime at;                      // UTC, by the sandbox clock
        int errorCode = 0;                 // 0 when accepted
        QString description;               // the error text when refused
        QJsonValue result;                 // what the API returned when accepted

        bool ok() const { return errorCode == 0; }
    };

    explicit TelegramSandbox(HttpServer *server, QObject *parent = nullptr);
    TelegramSandbox(HttpServer *server, Options options, QObject *parent = nullptr);
    ~TelegramSandbox() override;

    // What a connector uses as its API base ("http://127.0.0.1:<port>").
    QUrl apiBaseUrl() const;
    QList<TelegramSandboxBot *> bots() const { return m_bots; }
    // The bot with this token; empty: the first. nullptr when there is none.
    TelegramSandboxBot *bot(const QString &token = {}) const;

    // Faults for the next `times` calls of `method` (any spelling) of the bot with `token`
    // (empty: any bot). Faults queue up and are used in order.
    void injectFault(const Fault &fault, int times = 1,
                     const QString &method = QStringLiteral("getUpdates"),
                     const QString &token = {});
    void clearFaults();
    int pendingFaults() const;

    const QList<WriteCall> &writeCalls() const { return m_writeCalls; }
    QList<WriteCall> writeCalls(const QString &method) const;
    void clearWriteCalls() { m_writeCalls.clear(); }
    // Requests answered (or dropped) per canonical method name; empty: all of them.
    int requestCount(const QString &method = {}) const;
    // Whether a long-polling getUpdates of this bot (empty: the first) is waiting.
    bool isPolling(const QString &token = {}) const;

    // Customer traffic from TrafficGenerator into every bot, `perMinute` items each, with
    // Poisson arrivals (bot i uses seed + i).
    void startTraffic(double perMinute, quint32 seed);
    void stopTraffic();
    TelegramTrafficFeeder *traffic(const QString &token = {}) const;

    // tdlib's rule for well-formed tokens.
    static bool isWellFormedToken(const QString &token);

Q_SIGNALS:
    void writeCallRecorded(const fd::core::TelegramSandbox::WriteCall &call);
    // Every answered request; status 0 when the connection was dropped instead.
    void requestServed(const QString &method, int httpStatus);
    // A getUpdates of this bot found nothing and now waits (long polling).
    void pollWaiting(qint64 botId);

private:
    struct Call
    {
        TelegramSandboxBot *bot = nullptr;
        QString method;
        QMap<QString, QString> params;
        HttpResponder responder;
        std::optional<Fault> after; // applied to the answer
    };
    struct Reply
    {
        int status = 200;
        QByteArray body;
        int retryAfter = 0;
        QJsonValue result; // for the records
        QString description;
    };
    struct Waiter
    {
        Call call;
        int limit = 100;
        quint64 serial = 0;
        QTimer *timer = nullptr;
    };
    struct PendingFault
    {
        Fault fault;
        int remaining = 0;
        QString method;   // lower case
        qint64 botId = 0; // 0: any
    };

    void handle(const HttpServerRequest &request, HttpResponder responder);
    void execute(Call call);
    std::optional<Reply> dispatch(Call &call);
    std::optional<Fault> takeFault(const TelegramSandboxBot *bot, const QString &method);
    void finish(Call &call, Reply reply);
    void send(Call &call, int status, QByteArray body, HttpServerHeaders headers = {});
    void record(const Call &call, const Reply &reply);

    static Reply ok(const QJsonValue &result, const QString &description = {});
    static Reply error(int code, const QString &description, int retryAfter = 0);

    std::optional<Reply> getUpdates(Call &call);
    void scheduleWake(TelegramSandboxBot *bot);
    void wake(TelegramSandboxBot *bot);
    void endPoll(TelegramSandboxBot *bot, std::optional<Reply> reply);
    Reply setWebhook(Call &call, bool remove);
    Reply getWebhookInfo(Call &call);
    Reply getChat(Call &call);
    Reply sendMessage(Call &call);
    Reply deleteMessage(Call &call);
    Reply deleteMessages(Call &call);
    Reply banChatMember(Call &call);

    qint64 nowMs() const;

    QPointer<HttpServer> m_server;
    Options m_options;
    QList<TelegramSandboxBot *> m_bots;
    QList<TelegramTrafficFeeder *> m_feeders;
    std::map<TelegramSandboxBot *, Waiter> m_waiters;
    QSet<TelegramSandboxBot *> m_wakeScheduled;
    QHash<TelegramSandboxBot *, std::pair<qint64, qint64>> m_lastPoll; // offset, ms
    QList<PendingFault> m_faults;
    QList<WriteCall> m_writeCalls;
    QHash<QString, int> m_served;
    quint64 m_nextSerial = 1;
};

} // namespace fd::core
