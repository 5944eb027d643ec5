#pragma once

#include "HttpServer.h"
#include "SandboxApiBase.h"
#include "SandboxFault.h"
#include "SandboxLongPolls.h"
#include "VkSandboxCommunity.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QUrl>

#include <functional>
#include <optional>

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
class VkSandbox : public SandboxApiBase
{
    Q_OBJECT

public:
    struct Options
    {
        QList<VkSandboxCommunity::Config> communities; // empty: VkSandboxCommunity::Config::demo(0)
        std::function<qint64()> clockMs;               // ms since the epoch; empty: system clock
        int maxEventsPerAnswer = 100;                  // a_check answers carry at most this many
    };

    // What to do instead of (or to) the next answers of a method ("a_check" or an API method):
    // the generic faults (SandboxFault), or one of VK's own.
    struct Fault : BasicSandboxFault<Fault>
    {
        static constexpr int DefaultErrorStatus = 502;

        enum class Specific {
            Failed1,     // {"failed":1,"ts":<current ts as a number>}
            Failed2,     // {"failed":2}: the key expired
            Failed3,     // {"failed":3}; the community's keys stop working
            ApiError,    // {"error":{…}} with `errorCode` and `errorMsg`
            InvalidUtf8, // the real answer with a non-UTF-8 byte inside a string; for
                         // a_check, inside the text of a message_new pushed for it
        };

        Specific specific = Specific::ApiError;
        int errorCode = 6;
        QString errorMsg; // empty: VK's text for errorCode

        static Fault failed(int code); // 1, 2 or 3
        static Fault apiError(int code, const QString &message = {});
        static Fault invalidUtf8() { return makeSpecific(Specific::InvalidUtf8); }
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
    void clearFaults() { m_faults.clear(); }
    int pendingFaults() const { return m_faults.pending(); }

    const QList<WriteCall> &writeCalls() const { return m_writeCalls; }
    QList<WriteCall> writeCalls(const QString &method) const;
    void clearWriteCalls() { m_writeCalls.clear(); }
    // Long polls of this community (0: any) waiting now.
    int waitingPolls(qint64 groupId = 0) const;

    // The customer traffic into this community (0: the first); see startTraffic().
    VkTrafficFeeder *traffic(qint64 groupId = 0) const;

    // VK's wording for an error code ("Flood control", …).
    static QString errorText(int code);

Q_SIGNALS:
    void writeCallRecorded(const fd::core::VkSandbox::WriteCall &call);

private:
    struct Call : SandboxCall // method: "a_check" for long polls
    {
        VkSandboxCommunity *community = nullptr;
        QString tokenKind;      // "group", "user" or empty
        bool breakUtf8 = false; // InvalidUtf8: spoil the answer's encoding
        QByteArray corrupt;     // the bytes to break, when known
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
    };

    SandboxTrafficFeeder *newFeeder(qsizetype account, quint32 seed) override;

    void handleApi(const HttpServerRequest &request, HttpResponder responder);
    void handlePoll(const HttpServerRequest &request, HttpResponder responder);
    void execute(Call call);
    bool applySpecificFault(Call &call, const Fault &fault);
    void carryOut(Call &call);
    std::optional<Reply> dispatch(Call &call);
    void finish(Call &call, Reply reply);
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

    Options m_options;
    QList<VkSandboxCommunity *> m_communities;
    SandboxLongPolls<Waiter> m_polls;
    SandboxFaultQueue<Fault> m_faults;
    QList<WriteCall> m_writeCalls;
};

} // namespace fd::core
