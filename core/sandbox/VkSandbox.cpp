#include "VkSandbox.h"

#include "VkTrafficFeeder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

const QString ACheck = u"a_check"_s;
constexpr int MaxWaitSecs = 90;

const QStringList &knownMethods()
{
    static const QStringList all{u"groups.getById"_s,
                                 u"groups.getLongPollServer"_s,
                                 u"users.get"_s,
                                 u"wall.getById"_s,
                                 u"messages.send"_s,
                                 u"wall.createComment"_s,
                                 u"wall.deleteComment"_s,
                                 u"photos.createComment"_s,
                                 u"photos.deleteComment"_s,
                                 u"video.createComment"_s,
                                 u"video.deleteComment"_s,
                                 u"board.createComment"_s,
                                 u"board.deleteComment"_s,
                                 u"market.createComment"_s,
                                 u"market.deleteComment"_s,
                                 u"groups.ban"_s};
    return all;
}

bool isWriteMethod(const QString &method)
{
    return method == u"messages.send"_s || method == u"groups.ban"_s ||
           method.endsWith(u".createComment"_s) || method.endsWith(u".deleteComment"_s);
}

// Who writes the messages faults push into the long poll.
VkSandboxCommunity::User vkCustomer()
{
    VkSandboxCommunity::User sender;
    sender.id = 612345678;
    sender.firstName = u"Валентина"_s;
    sender.lastName = u"Громова"_s;
    sender.screenName = u"valya_gromova"_s;
    return sender;
}

// VK reads parameters from the query and from form or multipart bodies; it ignores JSON
// bodies ("currently not supported"), so their fields come out missing.
QMap<QString, QString> vkParameters(const HttpServerRequest &request)
{
    if (request.mediaType() == "application/json") {
        QMap<QString, QString> out;
        for (const auto &[key, value] : HttpServerRequest::decodeForm(request.query))
            out.insert(key, value);
        return out;
    }
    return request.parameters().values;
}

} // namespace

VkSandbox::VkSandbox(HttpServer *server, QObject *parent)
    : VkSandbox(server, Options(), parent)
{}

VkSandbox::VkSandbox(HttpServer *server, Options options, QObject *parent)
    : SandboxApiBase(server, options.clockMs, "nginx", parent)
    , m_options(std::move(options))
{
    if (m_options.communities.isEmpty())
        m_options.communities.append(VkSandboxCommunity::Config::demo(0));
    m_options.maxEventsPerAnswer = qMax(1, m_options.maxEventsPerAnswer);
    for (const VkSandboxCommunity::Config &config : std::as_const(m_options.communities)) {
        auto *c = new VkSandboxCommunity(config, clock(), this);
        connect(c, &VkSandboxCommunity::eventQueued, this, [this, c] { scheduleWake(c); });
        connect(c, &VkSandboxCommunity::keysExpired, this, [this, c] { expirePolls(c); });
        m_communities.append(c);
        addFeeder(new VkTrafficFeeder(c, quint32(m_communities.size()), this));
    }
    server->route("/method/", this,
                  [this](const HttpServerRequest &request, HttpResponder responder) {
                      handleApi(request, std::move(responder));
                  });
    server->route("/whp/", this, [this](const HttpServerRequest &request, HttpResponder responder) {
        handlePoll(request, std::move(responder));
    });
}

VkSandbox::~VkSandbox()
{
    m_polls.dropAll();
}

QUrl VkSandbox::longPollServer(qint64 groupId) const
{
    const VkSandboxCommunity *c = community(groupId);
    QUrl url = apiBaseUrl();
    if (c)
        url.setPath(u"/whp/"_s + QString::number(c->id()));
    return url;
}

VkSandboxCommunity *VkSandbox::community(qint64 groupId) const
{
    if (groupId == 0)
        return m_communities.value(0);
    for (VkSandboxCommunity *c : m_communities) {
        if (c->id() == groupId)
            return c;
    }
    return nullptr;
}

VkSandboxCommunity *VkSandbox::communityByToken(const QString &token) const
{
    if (token.isEmpty())
        return nullptr;
    for (VkSandboxCommunity *c : m_communities) {
        if (c->config().token == token || c->config().userToken == token)
            return c;
    }
    return nullptr;
}

QString VkSandbox::errorText(int code)
{
    // The texts VK puts into error_msg (errors.json, and what the servers actually say).
    switch (code) {
    case 3:
        return u"Unknown method passed"_s;
    case 5:
        return u"User authorization failed: invalid access_token (4)."_s;
    case 6:
        return u"Too many requests per second"_s;
    case 7:
        return u"Permission to perform this action is denied"_s;
    case 8:
        return u"Invalid request"_s;
    case 9:
        return u"Flood control"_s;
    case 10:
        return u"Internal server error"_s;
    case 14:
        return u"Captcha needed"_s;
    case 15:
    case 200:
    case 201:
    case 204:
    case 205:
        return u"Access denied"_s;
    case 17:
        return u"Validation required"_s;
    case 18:
        return u"User was deleted or banned"_s;
    case 27:
        return u"Group authorization failed: method is unavailable with group auth."_s;
    case 29:
        return u"Rate limit reached"_s;
    case 30:
        return u"This profile is private"_s;
    case 100:
        return u"One of the parameters specified was missing or invalid"_s;
    case 113:
        return u"Invalid user id"_s;
    case 212:
        return u"Access to post comments denied"_s;
    case 213:
        return u"Access to status replies denied"_s;
    case 222:
        return u"Hyperlinks are forbidden"_s;
    case 223:
        return u"Too many replies"_s;
    case 900:
        return u"Can't send messages for users from blacklist"_s;
    case 901:
        return u"Can't send messages for users without permission"_s;
    case 902:
        return u"Can't send messages to this user due to their privacy settings"_s;
    case 914:
        return u"Message is too long"_s;
    case 917:
        return u"You don't have access to this chat"_s;
    case 945:
        return u"Chat was disabled"_s;
    case 946:
        return u"Chat not supported"_s;
    case 950:
        return u"Can't send message, reply timed out"_s;
    default:
        return u"Unknown error occurred"_s;
    }
}

// Faults

VkSandbox::Fault VkSandbox::Fault::failed(int code)
{
    return makeSpecific(code == 1   ? Specific::Failed1
                        : code == 2 ? Specific::Failed2
                                    : Specific::Failed3);
}

VkSandbox::Fault VkSandbox::Fault::apiError(int code, const QString &message)
{
    Fault f = makeSpecific(Specific::ApiError);
    f.errorCode = code;
    f.errorMsg = message;
    return f;
}

void VkSandbox::injectFault(const Fault &fault, int times, const QString &method, qint64 groupId)
{
    m_faults.add(fault, times, method, groupId);
}

// Records

QList<VkSandbox::WriteCall> VkSandbox::writeCalls(const QString &method) const
{
    QList<WriteCall> out;
    for (const WriteCall &c : m_writeCalls) {
        if (c.method == method)
            out.append(c);
    }
    return out;
}

int VkSandbox::waitingPolls(qint64 groupId) const
{
    return int(m_polls
                   .serials([groupId](const Waiter &w) {
                       return groupId == 0 || w.call.community->id() == groupId;
                   })
                   .size());
}

void VkSandbox::record(const Call &call, const Reply &reply)
{
    WriteCall w;
    w.groupId = call.community->id();
    w.method = call.method;
    w.parameters = call.params;
    w.tokenKind = call.tokenKind;
    w.at = QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
    w.errorCode = reply.errorCode;
    w.errorMsg = reply.errorMsg;
    w.result = reply.result;
    m_writeCalls.append(w);
    Q_EMIT writeCallRecorded(w);
}

// Traffic

SandboxTrafficFeeder *VkSandbox::newFeeder(qsizetype account, quint32 seed)
{
    return new VkTrafficFeeder(m_communities.at(account), seed, this);
}

VkTrafficFeeder *VkSandbox::traffic(qint64 groupId) const
{
    return static_cast<VkTrafficFeeder *>(feeder(m_communities.indexOf(community(groupId))));
}

// Envelopes

VkSandbox::Reply VkSandbox::ok(const QJsonValue &result) const
{
    Reply r;
    r.result = result;
    r.body = "{\"response\":" + jsonText(result) + '}';
    return r;
}

VkSandbox::Reply VkSandbox::error(const Call &call, int code, const QString &message) const
{
    Reply r;
    r.errorCode = code;
    r.errorMsg = message.isEmpty() ? errorText(code) : message;
    // VK echoes the request back, without the token.
    QJsonArray params{QJsonObject{{u"key"_s, u"method"_s}, {u"value"_s, call.method}},
                      QJsonObject{{u"key"_s, u"oauth"_s}, {u"value"_s, u"1"_s}}};
    for (auto it = call.params.cbegin(); it != call.params.cend(); ++it)
        params.append(QJsonObject{{u"key"_s, it.key()}, {u"value"_s, it.value()}});
    const QJsonObject body{{u"error"_s, QJsonObject{{u"error_code"_s, code},
                                                    {u"error_msg"_s, r.errorMsg},
                                                    {u"request_params"_s, params}}}};
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

VkSandbox::Reply VkSandbox::paramError(const Call &call, const QString &detail) const
{
    return error(call, 100, errorText(100) + u": "_s + detail);
}

VkSandbox::Reply VkSandbox::flat(const QJsonObject &answer)
{
    Reply r;
    r.result = answer;
    r.body = QJsonDocument(answer).toJson(QJsonDocument::Compact);
    return r;
}

void VkSandbox::finish(Call &call, Reply reply)
{
    if (call.community && isWriteMethod(call.method) && knownMethods().contains(call.method))
        record(call, reply);
    if (call.breakUtf8) {
        // 0xFF never occurs in UTF-8. Multi-byte sequences only occur inside strings, so
        // the JSON stays well-formed apart from its encoding.
        qsizetype at = call.corrupt.isEmpty() ? -1 : reply.body.indexOf(call.corrupt);
        if (at < 0) {
            at = std::find_if(reply.body.cbegin(), reply.body.cend(),
                              [](char c) { return quint8(c) >= 0x80; }) -
                 reply.body.cbegin();
        }
        if (at < reply.body.size()) {
            reply.body[at] = char(0xff);
        } else if (const qsizetype quote = reply.body.indexOf(":\""); quote >= 0) {
            reply.body.insert(quote + 2, char(0xff));
        }
    }
    if (call.after && call.after->kind == Fault::Kind::HugeBody && reply.errorCode == 0 &&
        call.method != ACheck) {
        // Still the same answer: JSON whitespace is allowed between the tokens.
        reply.body =
            "{\"response\":" + QByteArray(call.after->size, ' ') + jsonText(reply.result) + '}';
    }
    answer(call, 200, std::move(reply.body), {{"Content-Type", "application/json; charset=utf-8"}});
}

// Requests

void VkSandbox::handleApi(const HttpServerRequest &request, HttpResponder responder)
{
    Call call;
    call.responder = std::move(responder);
    const QStringList segments = request.pathSegments(); // "", "method", name
    call.method = segments.size() == 3 ? segments.at(2) : QString();
    call.params = vkParameters(request);
    QString token = call.params.take(u"access_token"_s);
    const QByteArray authorization = request.header("authorization");
    if (token.isEmpty() && authorization.startsWith("Bearer "))
        token = QString::fromUtf8(authorization.mid(7).trimmed());
    call.community = communityByToken(token);
    if (call.community)
        call.tokenKind = call.community->config().token == token ? u"group"_s : u"user"_s;
    else if (!token.isEmpty())
        call.tokenKind = u"invalid"_s;
    execute(std::move(call));
}

void VkSandbox::handlePoll(const HttpServerRequest &request, HttpResponder responder)
{
    Call call;
    call.responder = std::move(responder);
    call.method = ACheck;
    const QStringList segments = request.pathSegments(); // "", "whp", group id
    bool ok = false;
    const qint64 groupId = segments.size() == 3 ? segments.at(2).toLongLong(&ok) : 0;
    call.community = ok && groupId != 0 ? community(groupId) : nullptr;
    call.params = vkParameters(request);
    execute(std::move(call));
}

void VkSandbox::execute(Call call)
{
    const std::optional<Fault> fault =
        m_faults.take(call.method, call.community ? call.community->id() : 0);
    if (fault && fault->kind == Fault::Kind::Specific) {
        if (applySpecificFault(call, *fault))
            return;
    } else if (fault && fault->kind == Fault::Kind::HugeBody && call.method == ACheck &&
               call.community) {
        // On the long poll the huge answer is a customer's message.
        call.community->pushMessage(vkCustomer(), hugeText(fault->size));
    } else if (fault && applyFault(call, *fault, [this, call]() mutable { carryOut(call); })) {
        return;
    }
    carryOut(call);
}

// VK's own faults; true when the fault answered the call.
bool VkSandbox::applySpecificFault(Call &call, const Fault &fault)
{
    switch (fault.specific) {
    case Fault::Specific::Failed1:
        finish(call,
               flat(QJsonObject{{u"failed"_s, 1},
                                {u"ts"_s, call.community ? call.community->currentTs() : 1}}));
        return true;
    case Fault::Specific::Failed2:
        finish(call, flat(QJsonObject{{u"failed"_s, 2}}));
        return true;
    case Fault::Specific::Failed3:
        if (call.community)
            call.community->expireKey();
        finish(call, flat(QJsonObject{{u"failed"_s, 3}}));
        return true;
    case Fault::Specific::ApiError:
        finish(call, error(call, fault.errorCode, fault.errorMsg));
        return true;
    case Fault::Specific::InvalidUtf8:
        if (call.method == ACheck && call.community) {
            const QString text = u"Оплатил, чек прикладываю"_s;
            call.community->pushMessage(vkCustomer(), text);
            call.corrupt = text.toUtf8();
        }
        call.breakUtf8 = true;
        return false;
    }
    return false;
}

void VkSandbox::carryOut(Call &call)
{
    if (std::optional<Reply> reply = dispatch(call))
        finish(call, std::move(*reply));
}

std::optional<VkSandbox::Reply> VkSandbox::dispatch(Call &call)
{
    const QString &m = call.method;
    if (m == ACheck)
        return aCheck(call);
    if (!knownMethods().contains(m))
        return error(call, 3);
    if (call.params.value(u"v"_s).trimmed().isEmpty())
        return error(call, 8, u"Invalid request: v (version) is required"_s);
    if (call.tokenKind.isEmpty())
        return error(call, 5, u"User authorization failed: no access_token passed."_s);
    if (!call.community)
        return error(call, 5);
    if (m == u"groups.getById"_s)
        return groupsGetById(call);
    if (m == u"groups.getLongPollServer"_s)
        return groupsGetLongPollServer(call);
    if (m == u"users.get"_s)
        return usersGet(call);
    if (m == u"wall.getById"_s)
        return wallGetById(call);
    if (m == u"messages.send"_s)
        return messagesSend(call);
    if (m == u"wall.createComment"_s)
        return wallCreateComment(call);
    if (m == u"groups.ban"_s)
        return groupsBan(call);
    if (m == u"board.deleteComment"_s)
        return boardDeleteComment(call);
    using Target = VkSandboxCommunity::Target;
    const QString section = m.section(u'.', 0, 0);
    const Target target = section == u"photos"_s   ? Target::Photo
                          : section == u"video"_s  ? Target::Video
                          : section == u"board"_s  ? Target::Board
                          : section == u"market"_s ? Target::Market
                                                   : Target::Wall;
    if (m.endsWith(u".createComment"_s))
        return createComment(call, target);
    return deleteComment(call, target);
}

// Long polling

VkSandbox::Reply VkSandbox::pollAnswer(VkSandboxCommunity *community, const QString &key,
                                       qint64 ts) const
{
    // The key may have expired while the poll waited.
    if (!community->isKeyValid(key))
        return flat(QJsonObject{{u"failed"_s, 2}});
    // An older ts (history pruned meanwhile) or one from the future: start again from now,
    // and here ts is a number, not a string.
    if (!community->isValidTs(ts))
        return flat(QJsonObject{{u"failed"_s, 1}, {u"ts"_s, community->currentTs()}});
    qint64 next = ts;
    const QList<QJsonValue> events = community->eventsFrom(ts, m_options.maxEventsPerAnswer, &next);
    QJsonArray updates;
    for (const QJsonValue &e : events)
        updates.append(e);
    return flat(QJsonObject{{u"ts"_s, QString::number(next)}, {u"updates"_s, updates}});
}

std::optional<VkSandbox::Reply> VkSandbox::aCheck(Call &call)
{
    // Not a long-poll request at all. The real server's answer is undocumented; this one has
    // neither "updates" nor "failed", so a client must treat it as an unexpected answer.
    if (call.params.value(u"act"_s) != ACheck)
        return flat(QJsonObject{{u"error"_s, u"Invalid act: a_check expected"_s}});
    VkSandboxCommunity *community = call.community;
    const QString key = call.params.value(u"key"_s);
    if (!community || !community->isKeyValid(key))
        return flat(QJsonObject{{u"failed"_s, 2}});
    bool ok = false;
    const qint64 ts = call.params.value(u"ts"_s).trimmed().toLongLong(&ok);
    if (!ok || !community->isValidTs(ts))
        return flat(QJsonObject{{u"failed"_s, 1}, {u"ts"_s, community->currentTs()}});
    const int wait = std::clamp(call.params.value(u"wait"_s).trimmed().toInt(), 0, MaxWaitSecs);
    if (wait == 0 || community->currentTs() > ts)
        return pollAnswer(community, key, ts);

    // Nothing yet: answer when an event arrives or the wait is over.
    m_polls.park(
        Waiter{std::move(call), key, ts}, wait * 1000, this,
        [this, community, key, ts](quint64 serial) {
            endPoll(serial, pollAnswer(community, key, ts));
        },
        [this](quint64 serial) { endPoll(serial, std::nullopt); });
    Q_EMIT pollWaiting(community->id());
    return std::nullopt;
}

void VkSandbox::scheduleWake(VkSandboxCommunity *community)
{
    // Events pushed together go out in one answer.
    if (waitingPolls(community->id()) > 0)
        wakeSoon(community, [this, community] { wake(community); });
}

void VkSandbox::wake(VkSandboxCommunity *community)
{
    const QList<quint64> ready = m_polls.serials([community](const Waiter &w) {
        return w.call.community == community && community->currentTs() > w.ts;
    });
    for (quint64 serial : ready) {
        const Waiter &w = m_polls.at(serial);
        endPoll(serial, pollAnswer(community, w.key, w.ts));
    }
}

void VkSandbox::expirePolls(VkSandboxCommunity *community)
{
    const QList<quint64> expired =
        m_polls.serials([community](const Waiter &w) { return w.call.community == community; });
    for (quint64 serial : expired)
        endPoll(serial, flat(QJsonObject{{u"failed"_s, 2}}));
}

void VkSandbox::endPoll(quint64 serial, std::optional<Reply> reply)
{
    std::optional<Waiter> waiter = m_polls.take(serial);
    if (waiter && reply)
        finish(waiter->call, std::move(*reply));
}

} // namespace fd::core
