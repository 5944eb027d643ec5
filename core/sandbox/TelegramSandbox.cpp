#include "TelegramSandbox.h"

#include "TelegramTrafficFeeder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

// Error texts as the Bot API server words them.
const QString NotFound = u"Not Found"_s;
const QString ChatIdEmpty = u"Bad Request: chat_id is empty"_s;
const QString ChatNotFound = u"Bad Request: chat not found"_s;
const QString PollConflict =
    u"Conflict: terminated by other getUpdates request; make sure that only one bot instance "
    u"is running"_s;
const QString WebhookConflict = u"Conflict: can't use getUpdates method while webhook is active; "
                                u"use deleteWebhook to delete the webhook first"_s;

constexpr int MaxTextLength = 4096;

// Canonical spellings; the server matches method names case-insensitively.
const QHash<QString, QString> &methods()
{
    static const QHash<QString, QString> all = [] {
        QHash<QString, QString> m;
        for (const QString &name :
             {u"getMe"_s, u"getUpdates"_s, u"setWebhook"_s, u"deleteWebhook"_s, u"getWebhookInfo"_s,
              u"getChat"_s, u"sendMessage"_s, u"deleteMessage"_s, u"deleteMessages"_s,
              u"banChatMember"_s})
            m.insert(name.toLower(), name);
        return m;
    }();
    return all;
}

bool isWriteMethod(const QString &method)
{
    static const QStringList writes{u"sendMessage"_s,   u"deleteMessage"_s, u"deleteMessages"_s,
                                    u"banChatMember"_s, u"setWebhook"_s,    u"deleteWebhook"_s};
    return writes.contains(method);
}

// Integer parameters read the way the server reads them: leading digits, else the default.
qint64 integer(const QString &text, qint64 fallback)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return fallback;
    qsizetype end = (s.startsWith(u'-') || s.startsWith(u'+')) ? 1 : 0;
    while (end < s.size() && end < 19 && s.at(end).isDigit())
        ++end;
    bool ok = false;
    const qint64 v = s.left(end).toLongLong(&ok);
    return ok ? v : 0;
}

bool boolean(const QString &text)
{
    const QString s = text.trimmed().toLower();
    return s == u"true"_s || s == u"1"_s;
}

// Who writes the huge message a HugeBody fault pushes into getUpdates.
TelegramSandboxBot::User hugeSender()
{
    TelegramSandboxBot::User sender;
    sender.id = 5123456789;
    sender.firstName = u"Валентина"_s;
    sender.lastName = u"Громова"_s;
    sender.username = u"valya_gromova"_s;
    sender.languageCode = u"ru"_s;
    return sender;
}

} // namespace

TelegramSandbox::TelegramSandbox(HttpServer *server, QObject *parent)
    : TelegramSandbox(server, Options(), parent)
{}

TelegramSandbox::TelegramSandbox(HttpServer *server, Options options, QObject *parent)
    : SandboxApiBase(server, options.clockMs, "nginx/1.18.0", parent)
    , m_options(std::move(options))
{
    if (m_options.bots.isEmpty())
        m_options.bots.append(TelegramSandboxBot::Config::demo(0));
    for (const TelegramSandboxBot::Config &config : std::as_const(m_options.bots)) {
        auto *bot = new TelegramSandboxBot(config, clock(), this);
        connect(bot, &TelegramSandboxBot::updateQueued, this, [this, bot] { scheduleWake(bot); });
        m_bots.append(bot);
        addFeeder(new TelegramTrafficFeeder(bot, quint32(m_bots.size()), this));
    }
    server->route("/bot", this, [this](const HttpServerRequest &request, HttpResponder responder) {
        handle(request, std::move(responder));
    });
}

TelegramSandbox::~TelegramSandbox()
{
    m_polls.dropAll();
}

TelegramSandboxBot *TelegramSandbox::bot(const QString &token) const
{
    if (token.isEmpty())
        return m_bots.value(0);
    for (TelegramSandboxBot *b : m_bots) {
        if (b->config().token == token)
            return b;
    }
    return nullptr;
}

bool TelegramSandbox::isWellFormedToken(const QString &token)
{
    return !token.isEmpty() && token.size() <= 80 && token.contains(u':') &&
           !token.contains(u'/') && !token.startsWith(u'0');
}

// Faults

TelegramSandbox::Fault TelegramSandbox::Fault::rateLimit(int retryAfter)
{
    Fault f = makeSpecific(Specific::RateLimit);
    f.retryAfter = retryAfter;
    return f;
}

void TelegramSandbox::injectFault(const Fault &fault, int times, const QString &method,
                                  const QString &token)
{
    TelegramSandboxBot *b = token.isEmpty() ? nullptr : bot(token);
    m_faults.add(fault, times, method.toLower(), b ? b->id() : 0);
}

// Records

QList<TelegramSandbox::WriteCall> TelegramSandbox::writeCalls(const QString &method) const
{
    QList<WriteCall> out;
    for (const WriteCall &c : m_writeCalls) {
        if (c.method.compare(method, Qt::CaseInsensitive) == 0)
            out.append(c);
    }
    return out;
}

QString TelegramSandbox::countedName(const QString &method) const
{
    return methods().value(method.toLower(), method);
}

bool TelegramSandbox::isPolling(const QString &token) const
{
    return pollOf(bot(token)).has_value();
}

void TelegramSandbox::record(const Call &call, const Reply &reply)
{
    WriteCall w;
    w.botId = call.bot->id();
    w.method = call.method;
    w.parameters = call.params;
    w.at = QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
    w.errorCode = reply.status == 200 ? 0 : reply.status;
    w.description = reply.description;
    w.result = reply.result;
    m_writeCalls.append(w);
    Q_EMIT writeCallRecorded(w);
}

// Traffic

SandboxTrafficFeeder *TelegramSandbox::newFeeder(qsizetype account, quint32 seed)
{
    return new TelegramTrafficFeeder(m_bots.at(account), seed, this);
}

TelegramTrafficFeeder *TelegramSandbox::traffic(const QString &token) const
{
    return static_cast<TelegramTrafficFeeder *>(feeder(m_bots.indexOf(bot(token))));
}

// Requests

TelegramSandbox::Reply TelegramSandbox::ok(const QJsonValue &result, const QString &description)
{
    Reply r;
    r.result = result;
    r.body = "{\"ok\":true,\"result\":" + jsonText(result);
    if (!description.isEmpty())
        r.body += ",\"description\":" + jsonText(description);
    r.body += '}';
    return r;
}

TelegramSandbox::Reply TelegramSandbox::error(int code, const QString &description, int retryAfter)
{
    Reply r;
    r.status = code;
    r.description = description;
    r.retryAfter = retryAfter;
    r.body = "{\"ok\":false,\"error_code\":" + QByteArray::number(code) +
             ",\"description\":" + jsonText(description);
    if (retryAfter > 0)
        r.body += ",\"parameters\":{\"retry_after\":" + QByteArray::number(retryAfter) + '}';
    r.body += '}';
    return r;
}

void TelegramSandbox::finish(Call &call, Reply reply)
{
    if (call.bot && isWriteMethod(call.method))
        record(call, reply);
    HttpServerHeaders headers{{"Content-Type", "application/json"}};
    if (reply.retryAfter > 0)
        headers.append({"Retry-After", QByteArray::number(reply.retryAfter)});
    if (call.after && call.after->kind == Fault::Kind::HugeBody && reply.status == 200) {
        // The same answer, its text grown to the fault's size.
        QJsonObject result = reply.result.toObject();
        result.insert(u"text"_s, hugeText(call.after->size));
        reply.body = ok(result).body;
    }
    answer(call, reply.status, std::move(reply.body), std::move(headers));
}

void TelegramSandbox::handle(const HttpServerRequest &request, HttpResponder responder)
{
    Call call;
    call.responder = std::move(responder);
    const QStringList segments = request.pathSegments(); // "", "bot<token>", ["test",] method
    const int methodAt = segments.size() == 4 && segments.at(2) == u"test"_s ? 3 : 2;
    if (segments.size() != methodAt + 1 || !segments.at(1).startsWith(u"bot"_s)) {
        call.method = segments.value(methodAt);
        finish(call, error(404, NotFound));
        return;
    }
    const QString token = segments.at(1).mid(3);
    const QString name = segments.at(methodAt);
    call.method = methods().value(name.toLower(), name);
    if (!isWellFormedToken(token)) {
        finish(call, error(401, u"Unauthorized: invalid token specified"_s));
        return;
    }
    TelegramSandboxBot *b = bot(token);
    if (!b) {
        finish(call, error(401, u"Unauthorized"_s));
        return;
    }
    if (!methods().contains(name.toLower())) {
        finish(call, error(404, NotFound));
        return;
    }
    const HttpServerParameters params = request.parameters();
    if (!params.ok()) {
        finish(call, error(400, u"Bad Request: "_s + params.error));
        return;
    }
    call.bot = b;
    call.params = params.values;
    execute(std::move(call));
}

void TelegramSandbox::execute(Call call)
{
    const std::optional<Fault> fault = m_faults.take(call.method.toLower(), call.bot->id());
    if (fault && fault->kind == Fault::Kind::Specific) {
        if (fault->specific == Fault::Specific::RateLimit) {
            finish(call,
                   error(429,
                         u"Too Many Requests: retry after "_s + QString::number(fault->retryAfter),
                         fault->retryAfter));
        } else {
            finish(call, error(409, PollConflict));
        }
        return;
    }
    if (fault && fault->kind == Fault::Kind::HugeBody && call.method == u"getUpdates"_s) {
        // On the long poll the huge answer is a customer's message.
        call.bot->pushPrivateMessage(hugeSender(), hugeText(fault->size));
    } else if (fault && applyFault(call, *fault, [this, call]() mutable { carryOut(call); })) {
        return;
    }
    carryOut(call);
}

void TelegramSandbox::carryOut(Call &call)
{
    if (std::optional<Reply> reply = dispatch(call))
        finish(call, std::move(*reply));
}

std::optional<TelegramSandbox::Reply> TelegramSandbox::dispatch(Call &call)
{
    const QString &m = call.method;
    if (m == u"getMe"_s)
        return ok(call.bot->getMe());
    if (m == u"getUpdates"_s)
        return getUpdates(call);
    if (m == u"setWebhook"_s)
        return setWebhook(call, false);
    if (m == u"deleteWebhook"_s)
        return setWebhook(call, true);
    if (m == u"getWebhookInfo"_s)
        return getWebhookInfo(call);
    if (m == u"getChat"_s)
        return getChat(call);
    if (m == u"sendMessage"_s)
        return sendMessage(call);
    if (m == u"deleteMessage"_s)
        return deleteMessage(call);
    if (m == u"deleteMessages"_s)
        return deleteMessages(call);
    if (m == u"banChatMember"_s)
        return banChatMember(call);
    return error(404, NotFound);
}

// getUpdates and long polling

std::optional<TelegramSandbox::Reply> TelegramSandbox::getUpdates(Call &call)
{
    TelegramSandboxBot *bot = call.bot;
    if (!bot->webhookUrl().isEmpty())
        return error(409, WebhookConflict);
    // One consumer only: a newer request ends the one that waits.
    endPoll(bot, error(409, PollConflict));

    const QString allowed = call.params.value(u"allowed_updates"_s);
    if (!allowed.trimmed().isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(allowed.toUtf8());
        if (doc.isArray()) {
            QStringList types;
            for (const QJsonValue &v : doc.array()) {
                if (v.isString())
                    types.append(v.toString());
            }
            bot->setAllowedUpdates(types);
        }
    }
    // The server reads these as 32-bit integers and clamps them.
    const qint64 offset =
        std::clamp<qint64>(integer(call.params.value(u"offset"_s), 0), INT_MIN, INT_MAX);
    int limit = int(std::clamp<qint64>(integer(call.params.value(u"limit"_s), 100), 1, 100));
    int timeout = int(std::clamp<qint64>(integer(call.params.value(u"timeout"_s), 0), 0, 50));
    if (m_options.antiHammering) {
        const qint64 now = nowMs();
        const auto last = m_lastPoll.value(bot, {qint64(INT_MIN) - 1, 0});
        if (last.first == offset && now - last.second < 3000) {
            timeout = qMax(timeout, 3);
            if (now - last.second < 500)
                limit = 1;
        }
        m_lastPoll.insert(bot, {offset, now});
    }

    const QList<QJsonObject> updates = bot->takeUpdates(offset, limit);
    if (!updates.isEmpty() || timeout == 0) {
        QJsonArray array;
        for (const QJsonObject &u : updates)
            array.append(u);
        return ok(array);
    }

    // Nothing yet: answer when an update arrives or the timeout passes.
    m_polls.park(
        Waiter{std::move(call), limit}, timeout * 1000, this,
        [this](quint64 serial) { endPoll(serial, ok(QJsonArray())); },
        [this](quint64 serial) { endPoll(serial, std::nullopt); });
    Q_EMIT pollWaiting(bot->id());
    return std::nullopt;
}

void TelegramSandbox::scheduleWake(TelegramSandboxBot *bot)
{
    // Updates pushed together (a post and its forward) go out in one answer.
    if (pollOf(bot))
        wakeSoon(bot, [this, bot] { wake(bot); });
}

void TelegramSandbox::wake(TelegramSandboxBot *bot)
{
    const std::optional<quint64> serial = pollOf(bot);
    if (!serial)
        return;
    const QList<QJsonObject> updates = bot->takeUpdates(0, m_polls.at(*serial).limit);
    if (updates.isEmpty())
        return;
    QJsonArray array;
    for (const QJsonObject &u : updates)
        array.append(u);
    endPoll(*serial, ok(array));
}

std::optional<quint64> TelegramSandbox::pollOf(const TelegramSandboxBot *bot) const
{
    const QList<quint64> serials =
        m_polls.serials([bot](const Waiter &w) { return w.call.bot == bot; });
    return serials.isEmpty() ? std::nullopt : std::optional(serials.first());
}

void TelegramSandbox::endPoll(quint64 serial, std::optional<Reply> reply)
{
    std::optional<Waiter> waiter = m_polls.take(serial);
    if (waiter && reply)
        finish(waiter->call, std::move(*reply));
}

void TelegramSandbox::endPoll(const TelegramSandboxBot *bot, std::optional<Reply> reply)
{
    if (const std::optional<quint64> serial = pollOf(bot))
        endPoll(*serial, std::move(reply));
}

// Webhooks

TelegramSandbox::Reply TelegramSandbox::setWebhook(Call &call, bool remove)
{
    TelegramSandboxBot *bot = call.bot;
    const QString url = remove ? QString() : call.params.value(u"url"_s).trimmed();
    if (!url.isEmpty() && !url.startsWith(u"https://"_s, Qt::CaseInsensitive))
        return error(400, u"Bad Request: bad webhook: An HTTPS URL must be provided for webhook"_s);
    if (boolean(call.params.value(u"drop_pending_updates"_s)))
        bot->dropPendingUpdates();
    const QString old = bot->webhookUrl();
    if (url.isEmpty()) {
        bot->setWebhookUrl({});
        return ok(true, old.isEmpty() ? u"Webhook is already deleted"_s : u"Webhook was deleted"_s);
    }
    endPoll(bot, error(409, u"Conflict: terminated by setWebhook request"_s));
    bot->setWebhookUrl(url);
    return ok(true, old == url ? u"Webhook is already set"_s : u"Webhook was set"_s);
}

TelegramSandbox::Reply TelegramSandbox::getWebhookInfo(Call &call)
{
    const TelegramSandboxBot *bot = call.bot;
    QJsonObject info{{u"url"_s, bot->webhookUrl()},
                     {u"has_custom_certificate"_s, false},
                     {u"pending_update_count"_s, qint64(bot->pendingCount())}};
    if (!bot->webhookUrl().isEmpty() && !bot->allowedUpdates().isEmpty())
        info.insert(u"allowed_updates"_s, QJsonArray::fromStringList(bot->allowedUpdates()));
    return ok(info);
}

// Chats and messages

// The server's refusal when chat_id names no chat the bot knows; otherwise nullopt, and the
// chat in `chat`.
std::optional<TelegramSandbox::Reply> TelegramSandbox::refuseChat(const Call &call, qint64 *chat)
{
    const QString chatId = call.params.value(u"chat_id"_s);
    if (chatId.trimmed().isEmpty())
        return error(400, ChatIdEmpty);
    const std::optional<qint64> id = call.bot->parseChatId(chatId);
    if (!id || !call.bot->hasChat(*id))
        return error(400, ChatNotFound);
    *chat = *id;
    return std::nullopt;
}

TelegramSandbox::Reply TelegramSandbox::getChat(Call &call)
{
    qint64 chat = 0;
    if (const std::optional<Reply> refused = refuseChat(call, &chat))
        return *refused;
    return ok(call.bot->chatFullInfo(chat));
}

TelegramSandbox::Reply TelegramSandbox::sendMessage(Call &call)
{
    TelegramSandboxBot *bot = call.bot;
    const QMap<QString, QString> &p = call.params;
    if (p.value(u"chat_id"_s).trimmed().isEmpty())
        return error(400, ChatIdEmpty);
    const QString scope = p.value(u"business_connection_id"_s);
    if (!scope.isEmpty() && !bot->hasBusinessConnection(scope))
        return error(400, u"Bad Request: business connection not found"_s);
    const std::optional<qint64> chat = bot->parseChatId(p.value(u"chat_id"_s));
    if (!chat || (scope.isEmpty() ? !bot->hasChat(*chat) : !bot->hasBusinessChat(scope, *chat)))
        return error(400, ChatNotFound);

    // The server trims the text; length counts UTF-16 code units, as entities do.
    const QString text = p.value(u"text"_s).trimmed();
    if (text.isEmpty())
        return error(400, u"Bad Request: message text is empty"_s);
    if (text.size() > MaxTextLength)
        return error(400, u"Bad Request: message is too long"_s);
    const QString parseMode = p.value(u"parse_mode"_s).toLower();
    if (!parseMode.isEmpty() && parseMode != u"html"_s && parseMode != u"markdown"_s &&
        parseMode != u"markdownv2"_s)
        return error(400, u"Bad Request: unsupported parse_mode"_s);

    qint64 replyId = 0;
    qint64 replyChat = *chat;
    bool withoutReply = !scope.isEmpty() || boolean(p.value(u"allow_sending_without_reply"_s));
    if (p.contains(u"reply_parameters"_s)) {
        const QJsonDocument doc = QJsonDocument::fromJson(p.value(u"reply_parameters"_s).toUtf8());
        if (!doc.isObject())
            return error(400, u"Bad Request: can't parse reply parameters JSON object"_s);
        const QJsonObject rp = doc.object();
        replyId = rp.value(u"message_id"_s).toVariant().toLongLong();
        withoutReply = withoutReply || rp.value(u"allow_sending_without_reply"_s).toBool();
        if (rp.contains(u"chat_id"_s)) {
            const std::optional<qint64> other =
                bot->parseChatId(rp.value(u"chat_id"_s).toVariant().toString());
            if (!other)
                return error(400, ChatNotFound);
            replyChat = *other;
        }
    } else {
        replyId = integer(p.value(u"reply_to_message_id"_s), 0);
    }
    QJsonObject replyTo;
    if (replyId != 0) {
        replyTo = bot->message(scope, replyChat, replyId);
        if (replyTo.isEmpty() && !withoutReply)
            return error(400, u"Bad Request: message to be replied not found"_s);
    }

    qint64 thread = 0;
    if (!bot->isPrivateChat(*chat)) {
        thread = integer(p.value(u"message_thread_id"_s), 0);
        if (thread != 0 && !bot->hasMessage(scope, *chat, thread))
            return error(400, u"Bad Request: message thread not found"_s);
        // A reply joins the thread of what it answers.
        if (thread == 0 && !replyTo.isEmpty()) {
            thread = replyTo.value(u"message_thread_id"_s).toInteger();
            if (thread == 0 && replyTo.value(u"is_automatic_forward"_s).toBool())
                thread = replyId;
        }
    }
    return ok(bot->addOutgoing(scope, *chat, text, replyTo, thread));
}

TelegramSandbox::Reply TelegramSandbox::deleteMessage(Call &call)
{
    TelegramSandboxBot *bot = call.bot;
    qint64 chat = 0;
    if (const std::optional<Reply> refused = refuseChat(call, &chat))
        return *refused;
    const qint64 id = integer(call.params.value(u"message_id"_s), 0);
    if (id <= 0)
        return error(400, u"Bad Request: message identifier is not specified"_s);
    if (!bot->removeMessage({}, chat, id))
        return error(400, u"Bad Request: message to delete not found"_s);
    return ok(true);
}

TelegramSandbox::Reply TelegramSandbox::deleteMessages(Call &call)
{
    TelegramSandboxBot *bot = call.bot;
    qint64 chat = 0;
    if (const std::optional<Reply> refused = refuseChat(call, &chat))
        return *refused;
    const QJsonDocument doc = QJsonDocument::fromJson(call.params.value(u"message_ids"_s).toUtf8());
    const QJsonArray ids = doc.array();
    if (!doc.isArray() || ids.isEmpty())
        return error(400, u"Bad Request: message identifiers are not specified"_s);
    if (ids.size() > 100)
        return error(400, u"Bad Request: too many message identifiers specified"_s);
    for (const QJsonValue &id : ids)
        bot->removeMessage({}, chat, id.toVariant().toLongLong());
    return ok(true); // identifiers not found are skipped
}

TelegramSandbox::Reply TelegramSandbox::banChatMember(Call &call)
{
    TelegramSandboxBot *bot = call.bot;
    qint64 chat = 0;
    if (const std::optional<Reply> refused = refuseChat(call, &chat))
        return *refused;
    if (bot->isPrivateChat(chat))
        return error(400, u"Bad Request: chat member status can't be changed in private chats"_s);
    if (integer(call.params.value(u"user_id"_s), 0) <= 0)
        return error(400, u"Bad Request: invalid user_id specified"_s);
    return ok(true);
}

} // namespace fd::core
