#include "TelegramNormalizer.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

qint64 idOf(const QJsonValue &v)
{
    // toInteger() keeps 64-bit ids exact; a string id (never sent today) is accepted too.
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}

QDateTime timeOf(const QJsonValue &unixSeconds)
{
    const qint64 s = unixSeconds.toInteger();
    return s > 0 ? QDateTime::fromSecsSinceEpoch(s, Qt::UTC) : QDateTime();
}

QString nameOf(const QJsonObject &user)
{
    const QString first = user.value(u"first_name").toString();
    const QString last = user.value(u"last_name").toString();
    return last.isEmpty() ? first : first + u' ' + last;
}

QString textOf(const QJsonObject &m)
{
    if (m.value(u"text").isString())
        return m.value(u"text").toString();
    return m.value(u"caption").toString();
}

QString attachmentsOf(const QJsonObject &m)
{
    static const QList<std::pair<QString, QString>> kinds{
        {u"photo"_s, u"photo"_s},
        {u"video"_s, u"video"_s},
        {u"animation"_s, u"animation"_s},
        {u"document"_s, u"file"_s},
        {u"audio"_s, u"audio"_s},
        {u"voice"_s, u"voice message"_s},
        {u"video_note"_s, u"video message"_s},
        {u"sticker"_s, u"sticker"_s},
        {u"location"_s, u"location"_s},
        {u"contact"_s, u"contact"_s},
        {u"poll"_s, u"poll"_s},
    };
    QStringList found;
    for (const auto &[key, word] : kinds) {
        if (m.contains(key))
            found << word;
    }
    return found.join(u", "_s);
}

bool mentions(const QJsonObject &m, const QString &username)
{
    if (username.isEmpty())
        return false;
    const QString text = textOf(m);
    const QJsonArray entities =
        m.value(m.contains(u"text") ? u"entities" : u"caption_entities").toArray();
    for (const QJsonValue &e : entities) {
        const QJsonObject o = e.toObject();
        if (o.value(u"type").toString() != u"mention")
            continue;
        // Offsets and lengths count UTF-16 code units, as QString does.
        const QString word =
            text.mid(o.value(u"offset").toInt() + 1, o.value(u"length").toInt() - 1);
        if (word.compare(username, Qt::CaseInsensitive) == 0)
            return true;
    }
    return text.contains(u'@' + username, Qt::CaseInsensitive);
}

} // namespace

TelegramNormalizer::TelegramNormalizer(qint64 botId, QString botUsername)
    : m_botId(botId)
    , m_botUsername(std::move(botUsername))
{}

QString TelegramNormalizer::messageId(qint64 chatId, qint64 messageId)
{
    return QString::number(chatId) + u':' + QString::number(messageId);
}

void TelegramNormalizer::learnPost(const QJsonObject &forward)
{
    const qint64 group = idOf(forward.value(u"chat").toObject().value(u"id"));
    m_posts.insert(messageId(group, idOf(forward.value(u"message_id"))), textOf(forward));
}

TelegramNormalizer::Result TelegramNormalizer::normalize(const QJsonObject &update)
{
    if (update.contains(u"message"))
        return fromMessage(update.value(u"message").toObject(), false, QString());
    if (update.contains(u"edited_message"))
        return fromMessage(update.value(u"edited_message").toObject(), true, QString());
    if (update.contains(u"business_message")) {
        const QJsonObject m = update.value(u"business_message").toObject();
        return fromMessage(m, false, m.value(u"business_connection_id").toString());
    }
    if (update.contains(u"edited_business_message")) {
        const QJsonObject m = update.value(u"edited_business_message").toObject();
        return fromMessage(m, true, m.value(u"business_connection_id").toString());
    }
    if (update.contains(u"deleted_business_messages")) {
        const QJsonObject d = update.value(u"deleted_business_messages").toObject();
        const qint64 chat = idOf(d.value(u"chat").toObject().value(u"id"));
        const QString connection = d.value(u"business_connection_id").toString();
        Result r;
        const QJsonArray ids = d.value(u"message_ids").toArray();
        for (const QJsonValue &id : ids)
            r.deletions.append({u"biz:"_s + connection + u':' + messageId(chat, idOf(id)), {}, {}});
        if (r.deletions.isEmpty())
            r.skipped = u"deleted_business_messages without message ids"_s;
        return r;
    }
    Result r;
    if (update.contains(u"channel_post") || update.contains(u"edited_channel_post"))
        r.skipped = u"a post in our own channel"_s;
    else if (update.contains(u"message_reaction") || update.contains(u"message_reaction_count"))
        r.skipped = u"a reaction"_s;
    else if (update.contains(u"business_connection"))
        r.skipped = u"a business connection change"_s;
    else {
        QStringList keys = update.keys();
        keys.removeAll(u"update_id"_s);
        r.skipped = u"an update of a kind Frontdesk does not handle: "_s + keys.join(u", "_s);
    }
    return r;
}

TelegramNormalizer::Result TelegramNormalizer::fromMessage(const QJsonObject &m, bool edited,
                                                           const QString &businessConnection)
{
    Result r;
    const QJsonObject chat = m.value(u"chat").toObject();
    const qint64 chatId = idOf(chat.value(u"id"));
    const qint64 id = idOf(m.value(u"message_id"));
    if (chatId == 0 || id == 0) {
        r.skipped = u"a message without chat or message id"_s;
        return r;
    }
    const QString chatType = chat.value(u"type").toString();

    if (m.value(u"is_automatic_forward").toBool()) {
        learnPost(m);
        r.skipped = u"the automatic forward of a channel post"_s;
        return r;
    }

    IncomingItem in;
    Item &item = in.item;
    item.externalId = businessConnection.isEmpty()
                          ? messageId(chatId, id)
                          : u"biz:"_s + businessConnection + u':' + messageId(chatId, id);
    item.text = textOf(m);
    item.attachments = attachmentsOf(m);
    item.createdAt = timeOf(m.value(u"date"));
    if (edited)
        item.editedAt = timeOf(m.value(u"edit_date"));

    const QJsonObject from = m.value(u"from").toObject();
    const QJsonObject senderChat = m.value(u"sender_chat").toObject();
    if (!senderChat.isEmpty()) {
        // An anonymous admin or a channel writing in a group: the chat is the author.
        item.author.externalId = QString::number(idOf(senderChat.value(u"id")));
        item.author.name = senderChat.value(u"title").toString();
        item.author.handle = senderChat.value(u"username").toString();
    } else {
        item.author.externalId = QString::number(idOf(from.value(u"id")));
        item.author.name = nameOf(from);
        item.author.handle = from.value(u"username").toString();
    }
    if (idOf(from.value(u"id")) == m_botId && m_botId != 0) {
        item.direction = Direction::Outgoing;
        item.status = ItemStatus::Closed;
    }

    if (chatType == u"private" || !businessConnection.isEmpty()) {
        item.kind = ItemKind::Dm;
        in.threadExternalId =
            (businessConnection.isEmpty() ? u"dm:"_s : u"biz:"_s + businessConnection + u':') +
            QString::number(chatId);
        in.threadTitle = nameOf(chat.isEmpty() ? from : chat);
        if (in.threadTitle.isEmpty())
            in.threadTitle = item.author.name;
        r.item = in;
        return r;
    }

    // A group or supergroup: a comment under a channel post when it answers the post's forward
    // (directly, or inside the post's thread), otherwise talk in the group.
    const QJsonObject replyTo = m.value(u"reply_to_message").toObject();
    if (!replyTo.isEmpty()) {
        if (replyTo.value(u"is_automatic_forward").toBool())
            learnPost(replyTo);
        else
            item.parentExternalId = messageId(chatId, idOf(replyTo.value(u"message_id")));
    }
    // The post's thread is the discussion-group copy of the post (its automatic forward): the
    // same key whether or not this run saw the forward, so comments after a restart still land
    // under their post.
    const bool topic = m.value(u"is_topic_message").toBool();
    qint64 threadTop = 0;
    if (replyTo.value(u"is_automatic_forward").toBool())
        threadTop = idOf(replyTo.value(u"message_id"));
    else if (m.contains(u"message_thread_id") && !topic)
        threadTop = idOf(m.value(u"message_thread_id"));
    if (threadTop != 0) {
        item.kind = ItemKind::Comment;
        in.post.externalId = messageId(chatId, threadTop);
        in.post.text = m_posts.value(in.post.externalId); // empty: the store keeps what it has
        in.threadExternalId = u"post:"_s + in.post.externalId;
    } else {
        item.kind = mentions(m, m_botUsername) ? ItemKind::Mention : ItemKind::Comment;
        if (item.kind == ItemKind::Comment) {
            in.threadExternalId =
                topic ? u"topic:"_s + messageId(chatId, idOf(m.value(u"message_thread_id")))
                      : u"chat:"_s + QString::number(chatId);
            in.threadTitle = chat.value(u"title").toString();
        }
    }
    r.item = in;
    return r;
}

} // namespace fd::core
