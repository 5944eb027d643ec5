#include "TelegramConnector.h"

#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace fd::core {
namespace {

Q_LOGGING_CATEGORY(lcTelegram, "frontdesk.telegram")

// "<chat>:<message>" or "biz:<connection>:<chat>:<message>".
struct MessageRef
{
    QString businessConnection;
    qint64 chat = 0;
    qint64 message = 0;
    bool valid() const { return chat != 0 && message != 0; }
};

MessageRef parseRef(const QString &externalId)
{
    MessageRef ref;
    QStringList parts = externalId.split(u':');
    if (parts.size() == 4 && parts.first() == u"biz"_s) {
        ref.businessConnection = parts.at(1);
        parts = parts.mid(2);
    }
    if (parts.size() == 2) {
        ref.chat = parts.at(0).toLongLong();
        ref.message = parts.at(1).toLongLong();
    }
    return ref;
}

} // namespace

TelegramConnector::TelegramConnector(Account account, QString token, HttpClient &http,
                                     IngestSink &sink, QObject *parent, Options options)
    : Connector(std::move(account), parent)
    , m_token(std::move(token))
    , m_http(http)
    , m_sink(sink)
    , m_options(options)
    , m_limit(qBound(1, options.limit, 100))
    , m_backoff(1s, 2min)
{
    m_offset = m_account.cursor.toLongLong();
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (!m_running)
            return;
        if (m_identified)
            poll();
        else
            identify();
    });
}

TelegramConnector::~TelegramConnector() = default;

QStringList TelegramConnector::allowedUpdates()
{
    return {u"message"_s,
            u"edited_message"_s,
            u"channel_post"_s,
            u"edited_channel_post"_s,
            u"business_connection"_s,
            u"business_message"_s,
            u"edited_business_message"_s,
            u"deleted_business_messages"_s,
            u"message_reaction"_s};
}

ConnectorCapabilities TelegramConnector::capabilities() const
{
    ConnectorCapabilities c;
    c.replyToDm = true;
    c.replyToComment = true;
    c.deleteComment = true; // within 48 hours, and in groups only as an admin
    c.banAuthor = true;     // in groups and channels where the bot is an admin
    c.hideComment = false;
    c.whyNoHide =
        QCoreApplication::translate("fd::core::TelegramConnector",
                                    "Telegram has no hidden comments; delete the message instead.");
    return c;
}

HttpRequest TelegramConnector::call(const QString &method) const
{
    const QString base =
        m_account.apiBase.isEmpty() ? QString::fromLatin1(defaultApiBase) : m_account.apiBase;
    HttpRequest request = HttpRequest::post(QUrl(base), u"/bot"_s + m_token + u'/' + method);
    request.setTimeout(30s);
    return request;
}

bool TelegramConnector::unwrap(HttpResult &reply, QJsonValue *result)
{
    if (reply.kind != HttpResult::Kind::Ok && reply.kind != HttpResult::Kind::Http)
        return false;
    // Telegram answers errors with their HTTP status and the same JSON envelope.
    const QJsonDocument doc = HttpResult::parseJson(reply.body);
    const QJsonObject envelope = doc.object();
    if (!doc.isObject() || !envelope.contains(u"ok")) {
        if (reply.kind == HttpResult::Kind::Ok) {
            reply.kind = HttpResult::Kind::Parse;
            reply.message = QCoreApplication::translate(
                                "fd::core::TelegramConnector",
                                "Telegram sent a reply that is not a Bot API answer (%1 bytes).")
                                .arg(reply.body.size());
        }
        return false;
    }
    if (envelope.value(u"ok").toBool()) {
        if (result)
            *result = envelope.value(u"result");
        reply.kind = HttpResult::Kind::Ok;
        return true;
    }
    const int code = envelope.value(u"error_code").toInt(reply.httpStatus);
    const QJsonObject parameters = envelope.value(u"parameters").toObject();
    if (parameters.contains(u"retry_after"))
        reply.retryAfter = std::chrono::seconds(parameters.value(u"retry_after").toInteger());
    if (reply.httpStatus == 0)
        reply.httpStatus = code;
    reply.setApiError(code, envelope.value(u"description").toString(), code == 429 || code >= 500);
    return false;
}

void TelegramConnector::start()
{
    if (m_running)
        return;
    m_running = true;
    setHealth(AccountHealth::Polling);
    identify();
}

void TelegramConnector::stop()
{
    m_running = false;
    m_retry.stop();
}

void TelegramConnector::identify()
{
    // getMe tells the bot's own id (our messages are outgoing) and username (mentions), and
    // checks the token before the long poll.
    m_http.send(call(u"getMe"_s), this, [this](HttpResult reply) {
        if (!m_running)
            return;
        QJsonValue result;
        if (!unwrap(reply, &result)) {
            fail(reply, QCoreApplication::translate("fd::core::TelegramConnector",
                                                    "Checking the bot token"));
            return;
        }
        const QJsonObject me = result.toObject();
        m_normalizer = std::make_unique<TelegramNormalizer>(me.value(u"id").toInteger(),
                                                            me.value(u"username").toString());
        m_identified = true;
        Q_EMIT succeeded();
        poll();
    });
}

void TelegramConnector::poll()
{
    if (!m_running)
        return;
    HttpRequest request = call(u"getUpdates"_s);
    if (m_offset != 0)
        request.addFormField(u"offset"_s, m_offset);
    request.addFormField(u"limit"_s, m_limit);
    const int timeout = m_options.once ? 0 : qBound(0, m_options.longPollSeconds, 50);
    request.addFormField(u"timeout"_s, timeout);
    request.addFormField(
        u"allowed_updates"_s,
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(allowedUpdates()))
                              .toJson(QJsonDocument::Compact)));
    request.setLongPoll(std::chrono::seconds(timeout));
    m_http.send(request, this, [this](HttpResult reply) { handleUpdates(std::move(reply)); });
}

void TelegramConnector::handleUpdates(HttpResult reply)
{
    if (!m_running)
        return;
    QJsonValue result;
    if (!unwrap(reply, &result)) {
        fail(reply, QCoreApplication::translate("fd::core::TelegramConnector", "Fetching updates"));
        return;
    }
    if (!result.isArray()) {
        reply.kind = HttpResult::Kind::Parse;
        reply.message = QCoreApplication::translate(
            "fd::core::TelegramConnector",
            "getUpdates returned something other than a list of updates.");
        fail(reply, QCoreApplication::translate("fd::core::TelegramConnector", "Fetching updates"));
        return;
    }
    m_backoff.reset();
    m_limit = qBound(1, m_options.limit, 100); // a good answer restores the full page
    Q_EMIT succeeded();
    setHealth(AccountHealth::Polling);

    const QJsonArray updates = result.toArray();
    if (updates.isEmpty()) {
        if (m_options.once)
            finishRound();
        else
            poll();
        return;
    }

    IngestBatch batch;
    batch.accountId = m_account.id;
    qint64 last = m_offset - 1;
    for (const QJsonValue &value : updates) {
        const QJsonObject update = value.toObject();
        const qint64 id = update.value(u"update_id").toInteger();
        if (!value.isObject() || id <= 0) {
            qCWarning(lcTelegram) << "account" << m_account.id << "skipped an update without an id";
            continue;
        }
        last = qMax(last, id);
        auto normalized = m_normalizer->normalize(update);
        if (normalized.item)
            batch.items.append(*normalized.item);
        batch.deletions.append(normalized.deletions);
        if (!normalized.skipped.isEmpty())
            qCInfo(lcTelegram).noquote()
                << "account" << m_account.id << "update" << id << "skipped:" << normalized.skipped;
    }
    if (last < m_offset) {
        // Nothing we can confirm: ask again from where we were.
        poll();
        return;
    }
    const qint64 next = last + 1;
    batch.cursor = QString::number(next);
    m_sink.ingest(std::move(batch), this, [this, next](const IngestResult &stored) {
        if (!m_running)
            return;
        if (!stored.ok()) {
            // Not confirmed: the same updates come again and are absorbed as duplicates.
            setHealth(AccountHealth::Failing,
                      QCoreApplication::translate("fd::core::TelegramConnector",
                                                  "The updates could not be stored: %1")
                          .arg(stored.error.message));
            retryIn(m_backoff.next());
            return;
        }
        m_offset = next; // the next getUpdates confirms everything before it
        if (m_options.once)
            finishRound();
        else
            poll();
    });
}

void TelegramConnector::fail(const HttpResult &reply, const QString &what)
{
    QString message = reply.message;
    message.replace(m_token, u"<token>"_s); // a token never reaches a log or the UI
    const int code = reply.kind == HttpResult::Kind::Api ? reply.apiCode : reply.httpStatus;

    if (code == 409) {
        setHealth(AccountHealth::Stopped,
                  QCoreApplication::translate(
                      "fd::core::TelegramConnector",
                      "%1: Telegram reports a conflict (%2). Another program is polling this bot, "
                      "or a webhook is set. Stop the other poller or delete the webhook, then "
                      "start polling again.")
                      .arg(what, reply.apiMessage.isEmpty() ? message : reply.apiMessage));
        stop();
        finishRound();
        return;
    }
    if (code == 401 || code == 404 || (code == 403 && !m_identified)) {
        setHealth(AccountHealth::Stopped,
                  QCoreApplication::translate(
                      "fd::core::TelegramConnector",
                      "%1: Telegram refused the bot token (%2). Check the token with @BotFather "
                      "and add the account again.")
                      .arg(what, reply.apiMessage.isEmpty() ? message : reply.apiMessage));
        stop();
        finishRound();
        return;
    }
    if (reply.kind == HttpResult::Kind::TooLarge || reply.kind == HttpResult::Kind::Parse)
        m_limit = qMax(1, m_limit / 2); // fewer updates per answer get past a bad or huge one

    if (reply.retryAfter) {
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(*reply.retryAfter);
        setHealth(AccountHealth::Waiting,
                  QCoreApplication::translate("fd::core::TelegramConnector",
                                              "%1: Telegram asks to wait %2 s (too many requests).")
                      .arg(what)
                      .arg(reply.retryAfter->count()),
                  QDateTime::currentDateTimeUtc().addMSecs(wait.count()));
        retryIn(qMax(wait, std::chrono::milliseconds(100)));
        return;
    }
    setHealth(AccountHealth::Failing, what + u": "_s + message);
    if (m_options.once && m_backoff.attempts() >= 3) {
        finishRound();
        return;
    }
    retryIn(m_backoff.next());
}

void TelegramConnector::retryIn(std::chrono::milliseconds delay)
{
    if (!m_running)
        return;
    m_retry.start(delay);
}

void TelegramConnector::finishRound()
{
    if (!m_options.once)
        return;
    m_running = false;
    m_retry.stop();
    Q_EMIT finished();
}

void TelegramConnector::perform(const OutgoingAction &action, QObject *context,
                                std::function<void(const ActionResult &)> done)
{
    const MessageRef ref = parseRef(action.itemExternalId);
    auto refuse = [&](const QString &why) {
        ActionResult r;
        r.message = why;
        done(r);
    };
    if (!ref.valid()) {
        refuse(QCoreApplication::translate("fd::core::TelegramConnector",
                                           "This item has no Telegram message id (%1).")
                   .arg(action.itemExternalId));
        return;
    }
    HttpRequest request;
    switch (action.kind) {
    case OutgoingAction::Kind::Reply: {
        if (action.text.trimmed().isEmpty()) {
            refuse(QCoreApplication::translate("fd::core::TelegramConnector",
                                               "A reply needs some text."));
            return;
        }
        if (action.text.size() > 4096) {
            refuse(QCoreApplication::translate(
                       "fd::core::TelegramConnector",
                       "Telegram takes at most 4096 characters in a message; this reply has %1.")
                       .arg(action.text.size()));
            return;
        }
        request = call(u"sendMessage"_s);
        request.addFormField(u"chat_id"_s, ref.chat);
        request.addFormField(u"text"_s, action.text);
        QJsonObject replyTo{{u"message_id"_s, ref.message}};
        if (ref.businessConnection.isEmpty())
            replyTo.insert(u"allow_sending_without_reply"_s, true);
        else
            request.addFormField(u"business_connection_id"_s, ref.businessConnection);
        request.addFormField(u"reply_parameters"_s, QString::fromUtf8(QJsonDocument(replyTo).toJson(
                                                        QJsonDocument::Compact)));
        break;
    }
    case OutgoingAction::Kind::Delete:
        if (!ref.businessConnection.isEmpty()) {
            // deleteMessage would look for the message in the bot's own chat with that person.
            refuse(QCoreApplication::translate(
                "fd::core::TelegramConnector",
                "Messages in a business chat are deleted from the Telegram app, not by the bot."));
            return;
        }
        request = call(u"deleteMessage"_s);
        request.addFormField(u"chat_id"_s, ref.chat);
        request.addFormField(u"message_id"_s, ref.message);
        break;
    case OutgoingAction::Kind::Ban:
        if (ref.chat > 0) {
            refuse(QCoreApplication::translate(
                "fd::core::TelegramConnector",
                "Telegram bans people from groups and channels; in a private chat, "
                "block the person in the Telegram app instead."));
            return;
        }
        request = call(u"banChatMember"_s);
        request.addFormField(u"chat_id"_s, ref.chat);
        request.addFormField(u"user_id"_s, action.authorExternalId);
        break;
    case OutgoingAction::Kind::Hide:
    case OutgoingAction::Kind::Unhide:
        refuse(capabilities().whyNoHide);
        return;
    }
    // Telegram has no idempotency key: a write must not be sent twice behind our back.
    request.setSendOnce();
    const QString token = m_token;
    m_http.send(request, context, [ref, token, done = std::move(done)](HttpResult reply) {
        QJsonValue result;
        ActionResult r;
        if (unwrap(reply, &result)) {
            r.ok = true;
            if (result.isObject())
                r.externalId = TelegramNormalizer::messageId(
                    result.toObject().value(u"chat").toObject().value(u"id").toInteger(ref.chat),
                    result.toObject().value(u"message_id").toInteger());
        } else {
            r.message = (reply.kind == HttpResult::Kind::Api
                             ? QCoreApplication::translate("fd::core::TelegramConnector",
                                                           "Telegram refused: %1")
                                   .arg(reply.apiMessage)
                             : reply.message);
            r.message.replace(token, u"<token>"_s);
            r.retryable = reply.retryable();
            if (reply.kind == HttpResult::Kind::Network) {
                // It may have been carried out before the connection broke.
                r.retryable = false;
                r.message = QCoreApplication::translate(
                                "fd::core::TelegramConnector",
                                "The connection broke before Telegram answered (%1). The action "
                                "may or may not have been carried out: check the chat before "
                                "trying again.")
                                .arg(r.message);
            }
            r.retryAfter = reply.retryAfter;
        }
        done(r);
    });
}

} // namespace fd::core
