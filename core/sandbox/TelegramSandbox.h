#pragma once

#include "HttpServer.h"
#include "SandboxApiBase.h"
#include "SandboxFault.h"
#include "SandboxLongPolls.h"
#include "TelegramSandboxBot.h"

#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QMap>

#include <functional>
#include <optional>

namespace fd::core {

class TelegramTrafficFeeder;

// A fake Telegram Bot API on an HttpServer: `/bot<token>/<method>` (and `/bot<token>/test/…`),
// GET or POST, parameters from the query, a form, a multipart form or a JSON body. It answers
// with the envelopes, status codes and error texts of the Bot API server (tdlib/
// telegram-bot-api), long-polls getUpdates, records every write call, and can be told to
// misbehave (rate limits, conflicts, dropped connections, broken or huge bodies, 5xx, delays).
// Several bots (accounts) run side by side, each with its own world and update queue.
class TelegramSandbox : public SandboxApiBase
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

    // What to do instead of (or to) the next answers of a method: the generic faults
    // (SandboxFault), or one of the Bot API's own error answers.
    struct Fault : BasicSandboxFault<Fault>
    {
        static constexpr int DefaultErrorStatus = 500;

        enum class Specific {
            RateLimit, // 429, parameters.retry_after and a Retry-After header
            Conflict,  // 409 "Conflict: terminated by other getUpdates request; …"
        };

        Specific specific = Specific::RateLimit;
        int retryAfter = 5;

        static Fault rateLimit(int retryAfter);
        static Fault conflict() { return makeSpecific(Specific::Conflict); }
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

    QList<TelegramSandboxBot *> bots() const { return m_bots; }
    // The bot with this token; empty: the first. nullptr when there is none.
    TelegramSandboxBot *bot(const QString &token = {}) const;

    // Faults for the next `times` calls of `method` (any spelling) of the bot with `token`
    // (empty: any bot). Faults queue up and are used in order.
    void injectFault(const Fault &fault, int times = 1,
                     const QString &method = QStringLiteral("getUpdates"),
                     const QString &token = {});
    void clearFaults() { m_faults.clear(); }
    int pendingFaults() const { return m_faults.pending(); }

    const QList<WriteCall> &writeCalls() const { return m_writeCalls; }
    QList<WriteCall> writeCalls(const QString &method) const;
    void clearWriteCalls() { m_writeCalls.clear(); }
    // Whether a long-polling getUpdates of this bot (empty: the first) is waiting.
    bool isPolling(const QString &token = {}) const;

    // The customer traffic into this bot (empty: the first); see startTraffic().
    TelegramTrafficFeeder *traffic(const QString &token = {}) const;

    // tdlib's rule for well-formed tokens.
    static bool isWellFormedToken(const QString &token);

Q_SIGNALS:
    void writeCallRecorded(const fd::core::TelegramSandbox::WriteCall &call);

private:
    struct Call : SandboxCall
    {
        TelegramSandboxBot *bot = nullptr;
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
    };

    QString countedName(const QString &method) const override;
    SandboxTrafficFeeder *newFeeder(qsizetype account, quint32 seed) override;

    void handle(const HttpServerRequest &request, HttpResponder responder);
    void execute(Call call);
    void carryOut(Call &call);
    std::optional<Reply> dispatch(Call &call);
    void finish(Call &call, Reply reply);
    void record(const Call &call, const Reply &reply);

    static Reply ok(const QJsonValue &result, const QString &description = {});
    static Reply error(int code, const QString &description, int retryAfter = 0);

    std::optional<Reply> getUpdates(Call &call);
    void scheduleWake(TelegramSandboxBot *bot);
    void wake(TelegramSandboxBot *bot);
    std::optional<quint64> pollOf(const TelegramSandboxBot *bot) const;
    void endPoll(quint64 serial, std::optional<Reply> reply);
    void endPoll(const TelegramSandboxBot *bot, std::optional<Reply> reply);
    Reply setWebhook(Call &call, bool remove);
    Reply getWebhookInfo(Call &call);
    static std::optional<Reply> refuseChat(const Call &call, qint64 *chat);
    Reply getChat(Call &call);
    Reply sendMessage(Call &call);
    Reply deleteMessage(Call &call);
    Reply deleteMessages(Call &call);
    Reply banChatMember(Call &call);

    Options m_options;
    QList<TelegramSandboxBot *> m_bots;
    SandboxLongPolls<Waiter> m_polls;                                  // at most one per bot
    QHash<TelegramSandboxBot *, std::pair<qint64, qint64>> m_lastPoll; // offset, ms
    SandboxFaultQueue<Fault> m_faults;                                 // methods in lower case
    QList<WriteCall> m_writeCalls;
};

} // namespace fd::core
