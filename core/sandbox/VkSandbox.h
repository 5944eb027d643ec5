#pragma once

#include "HttpServer.h"
#include "VkSandboxCommunity.h"

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

class VkTrafficFeeder;

// A fake VK API on an HttpServer. `/method/<name>` (GET or POST; parameters from the query, a
// form or a multipart form; JSON bodies ignored as VK ignores them) answers with VK's
// envelopes and error texts, always HTTP 200. `/whp/<groupId>?act=a_check&key&ts&wait` is the
// Bots Long Poll server groups.getLongPollServer points at. Several communities run side by
// side, each with its own world and event history. Write calls are recorded, and the sandbox
// can be told to misbehave (failed 1/2/3, API errors, dropped connections, broken or huge
// bodies, HTML error pages, delays). A long-poll request whose act is not a_check gets
// {"error":"Invalid act: a_check expected"} (the real answer is undocumented).
class VkSandbox : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QList<VkSandboxCommunity::Config> communities; // empty: VkSandboxCommunity::Config::demo(0)
        std::function<qint64()> clockMs;               // ms since the epoch; empty: system clock
        int maxEventsPerAnswer = 100;                  // a_check answers carry at most this many
    };

    // What to do instead of (or to) the next answers of a method ("a_check" or an API method).
    struct Fault
    {
        enum class Kind {
            Failed1,             // {"failed":1,"ts":<current ts as a number>}
            Failed2,             // {"failed":2}: the key expired
            Failed3,             // {"failed":3}; the community's keys stop working
            ApiError,            // {"error":{…}} with `errorCode` and `errorMsg`
            Drop,                // close the connection; the request is not carried out
            DropAfterProcessing, // carry the request out, then close without answering
            MalformedJson,       // the real answer, cut short (Content-Length matches the cut)
            HugeBody,            // a valid answer of about `size` bytes
            JunkBody,            // 200 with `size` bytes of junk labelled application/json
            InvalidUtf8,         // the real answer with a non-UTF-8 byte inside a string; for
                                 // a_check, inside the text of a message_new pushed for it
            ServerErrorHtml,     // `status` with nginx's HTML error page
            Delay,               // answer normally after `delayMs`
        };

        Kind kind = Kind::Drop;
        int errorCode = 6;
        QString errorMsg; // empty: VK's text for errorCode
        int status = 502;
        int delayMs = 0;
        qsizetype size = 5 * 1024 * 1024;

        static Fault failed(int code); // 1, 2 or 3
        static Fault apiError(int code, const QString &message = {});
        static Fault drop() { return make(Kind::Drop); }
        static Fault dropAfterProcessing() { return make(Kind::DropAfterProcessing); }
        static Fault malformedJson() { return make(Kind::MalformedJson); }
        static Fault hugeBody(qsizetype bytes = 5 * 1024 * 1024);
        static Fault junkBody(qsizetype bytes = 5 * 1024 * 1024);
        static Fault invalidUtf8() { return make(Kind::InvalidUtf8); }
        static Fault serverErrorHtml(int status = 502);
        static Fault delay(int ms);
        static Fault make(Kind kind)
        {
            Fault f;
            f.kind = kind;
            return f;
        }
    };

    // One call of a method that changes something (messages.send, *.createComment,
    // *.deleteComment, groups.ban), accepted or refused.
    struct WriteCall
    {
        qint64 groupId = 0;
        QString method;
        QMap<QString, QString> parameters; // decoded, without access_token
        QString tokenKind;                 // "group" or "user"
        QDateTime at;                      // UTC, by the sandbox clock
        int errorCode = 0;                 // 0 when accepted
        QString errorMsg;
        QJsonValue result; // the "response" when accepted

        bool ok() const { return errorCode == 0; }
    };

    explicit VkSandbox(HttpServer *server, QObject *parent = nullptr);
    VkSandbox(HttpServer *server, Options options, QObject *parent = nullptr);
    ~VkSandbox() override;

    // "http://127.0.0.1:<port>"; the connector appends "/method/<name>".
    QUrl apiBaseUrl() const;
    // What groups.getLongPollServer returns as "server" for this community.
    QUrl longPollServer(qint64 groupId = 0) const;
    QList<VkSandboxCommunity *> communities() const { return m_communities; }
    // 0: the first. nullptr when there is none.
    VkSandboxCommunity *community(qint64 groupId = 0) const;
    // The community a community or admin user token belongs to; nullptr when unknown.
    VkSandboxCommunity *communityByToken(const QString &token) const;

    // Faults for the next `times` calls of `method` ("a_check" or an API method name) of the
    // community `groupId` (0: any). Faults queue up and are used in order.
    void injectFault(const Fault &fault, int times = 1,
                     const QString &method = QStringLiteral("a_check"), qint64 groupId = 0);
    void clearFaults();
    int pendingFaults() const;

    const QList<WriteCall> &writeCalls() const { return m_writeCalls; }
    QList<WriteCall> writeCalls(const QString &method) const;
    void clearWriteCalls() { m_writeCalls.clear(); }
    // Requests answered (or dropped) per method ("a_check" for long polls); empty: all.
    int requestCount(const QString &method = {}) const;
    // Long polls of this community (0: any) waiting now.
    int waitingPolls(qint64 groupId = 0) const;

    // Customer traffic from TrafficGenerator into every community, `perMinute` items each,
    // with Poisson arrivals (community i uses seed + i).
    void startTraffic(double perMinute, quint32 seed);
    void stopTraffic();
    VkTrafficFeeder *traffic(qint64 groupId = 0) const;

    // VK's wording for an error code ("Flood control", …).
    static QString errorText(int code);

Q_SIGNALS:
    void writeCallRecorded(const fd::core::VkSandbox::WriteCall &call);
    // Every answered request; status 0 when the connection was dropped instead.
    void requestServed(const QString &method, int httpStatus);
    // An a_check of this community found nothing and now waits.
    void pollWaiting(qint64 groupId);

private:
    struct Call
    {
        VkSandboxCommunity *community = nullptr;
        QString method; // "a_check" for long polls
        QMap<QString, QString> params;
        QString tokenKind; // "group", "user" or empty
        HttpResponder responder;
        std::optional<Fault> after; // applied to the answer
        QByteArray corrupt;         // InvalidUtf8: the bytes to break, when known
    };
    struct Reply
    {
        QByteArray body;
        QJsonValue result; // for the records
        int errorCode = 0;
        QString errorMsg;
    };
    struct Waiter
    {
        Call call;
        QString key;
        qint64 ts = 0;
        QTimer *timer = nullptr;
    };
    struct PendingFault
    {
        Fault fault;
        int remaining = 0;
        QString method;
        qint64 groupId = 0; // 0: any
    };

    void handleApi(const HttpServerRequest &request, HttpResponder responder);
    void handlePoll(const HttpServerRequest &request, HttpResponder responder);
    void execute(Call call);
    std::optional<Reply> dispatch(Call &call);
    std::optional<Fault> takeFault(const VkSandboxCommunity *community, const QString &method);
    void finish(Call &call, Reply reply);
    void send(Call &call, int status, QByteArray body, HttpServerHeaders headers = {});
    void record(const Call &call, const Reply &reply);

    Reply ok(const QJsonValue &result) const;
    Reply error(const Call &call, int code, const QString &message = {}) const;
    Reply paramError(const Call &call, const QString &detail) const;
    static Reply flat(const QJsonObject &answer);

    // Long polling
    std::optional<Reply> aCheck(Call &call);
    Reply pollAnswer(VkSandboxCommunity *community, const QString &key, qint64 ts) const;
    void scheduleWake(VkSandboxCommunity *community);
    void wake(VkSandboxCommunity *community);
    void expirePolls(VkSandboxCommunity *community);
    void endPoll(quint64 serial, std::optional<Reply> reply);

    // API methods (VkSandboxMethods.cpp)
    Reply groupsGetById(Call &call);
    Reply groupsGetLongPollServer(Call &call);
    Reply usersGet(Call &call);
    Reply wallGetById(Call &call);
    Reply messagesSend(Call &call);
    Reply wallCreateComment(Call &call);
    Reply createComment(Call &call, VkSandboxCommunity::Target target);
    Reply deleteComment(Call &call, VkSandboxCommunity::Target target);
    Reply boardDeleteComment(Call &call);
    Reply groupsBan(Call &call);

    qint64 nowMs() const;

    QPointer<HttpServer> m_server;
    Options m_options;
    QList<VkSandboxCommunity *> m_communities;
    QList<VkTrafficFeeder *> m_feeders;
    std::map<quint64, Waiter> m_waiters; // by serial
    QSet<VkSandboxCommunity *> m_wakeScheduled;
    QList<PendingFault> m_faults;
    QList<WriteCall> m_writeCalls;
    QHash<QString, int> m_served;
    quint64 m_nextSerial = 1;
};

} // namespace fd::core
