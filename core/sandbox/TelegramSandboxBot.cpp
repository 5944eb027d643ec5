#include "TelegramSandboxBot.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

// Messages kept per chat; older ones are forgotten (the sandbox is not an archive).
constexpr qsizetype MaxMessagesPerChat = 2000;

// The "fake sender user" Telegram puts into automatic forwards to a discussion group.
QJsonObject serviceUser()
{
    return QJsonObject{
        {u"id"_s, qint64(777000)}, {u"is_bot"_s, false}, {u"first_name"_s, u"Telegram"_s}};
}

// Mentions, links and bot commands, with offsets and lengths in UTF-16 code units as the
// Bot API counts them.
QJsonArray entitiesFor(const QString &text)
{
    static const QRegularExpression pattern(
        u"(?<mention>(?<![\\w@])@[A-Za-z][A-Za-z0-9_]{3,31})"
        u"|(?<url>https?://[^\\s]+|\\b(?:bit\\.ly|clck\\.ru|t\\.me)/[^\\s]+)"
        u"|(?<command>^/[a-z][a-z0-9_]*)"_s);
    QJsonArray entities;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString type = m.capturedLength(u"mention"_s) ? u"mention"_s
                             : m.capturedLength(u"url"_s)   ? u"url"_s
                                                            : u"bot_command"_s;
        entities.append(QJsonObject{{u"offset"_s, m.capturedStart()},
                                    {u"length"_s, m.capturedLength()},
                                    {u"type"_s, type}});
    }
    return entities;
}

void setText(QJsonObject &message, const QString &field, const QString &text)
{
    message.insert(field, text);
    const QString entitiesField = field == u"text"_s ? u"entities"_s : u"caption_entities"_s;
    const QJsonArray entities = entitiesFor(text);
    if (entities.isEmpty())
        message.remove(entitiesField);
    else
        message.insert(entitiesField, entities);
}

QJsonObject withoutNestedReply(QJsonObject message)
{
    message.remove(u"reply_to_message"_s);
    return message;
}

} // namespace

TelegramSandboxBot::Config TelegramSandboxBot::Config::demo(int index)
{
    Config c;
    const QString n = index == 0 ? QString() : QString::number(index + 1);
    const qint64 botId = 7012345678 + qint64(index) * 1111;
    c.token = QString::number(botId) + u':' +
              QString(u"AAF-frontdesk-sandbox-"_s + QString::number(index)).leftJustified(35, u'x');
    c.firstName = index == 0 ? u"Frontshop Support"_s : u"Frontshop Support "_s + n;
    c.username = u"frontshop"_s + n + u"_support_bot"_s;
    c.channelId = -1001987654321 - qint64(index) * 1000;
    c.channelTitle = index == 0 ? u"Frontshop"_s : u"Frontshop "_s + n;
    c.channelUsername = u"frontshop"_s + n;
    c.groupId = -1001234567890 - qint64(index) * 1000;
    c.groupTitle = c.channelTitle + u" — chat"_s;
    c.groupUsername = u"frontshop"_s + n + u"_chat"_s;
    c.firstUpdateId = 100000001 + qint64(index) * 10000000;
    return c;
}

QJsonObject TelegramSandboxBot::User::toJson() const
{
    QJsonObject o{{u"id"_s, id}, {u"is_bot"_s, isBot}, {u"first_name"_s, firstName}};
    if (!lastName.isEmpty())
        o.insert(u"last_name"_s, lastName);
    if (!username.isEmpty())
        o.insert(u"username"_s, username);
    if (!languageCode.isEmpty())
        o.insert(u"language_code"_s, languageCode);
    return o;
}

TelegramSandboxBot::TelegramSandboxBot(Config config, std::function<qint64()> clockMs,
                                       QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clockMs(std::move(clockMs))
{
    m_id = m_config.token.section(u':', 0, 0).toLongLong();
    m_nextUpdateId = m_config.firstUpdateId;
}

qint64 TelegramSandboxBot::now() const
{
    return m_clockMs() / 1000;
}

TelegramSandboxBot::User TelegramSandboxBot::user() const
{
    User u;
    u.id = m_id;
    u.firstName = m_config.firstName;
    u.username = m_config.username;
    u.isBot = true;
    return u;
}

QJsonObject TelegramSandboxBot::getMe() const
{
    QJsonObject me = user().toJson();
    me.insert(u"can_join_groups"_s, true);
    me.insert(u"can_read_all_group_messages"_s, m_config.canReadAllGroupMessages);
    me.insert(u"supports_inline_queries"_s, false);
    me.insert(u"can_connect_to_business"_s, true);
    me.insert(u"has_main_web_app"_s, false);
    return me;
}

// Chats

std::optional<qint64> TelegramSandboxBot::parseChatId(const QString &chatId) const
{
    const QString s = chatId.trimmed();
    if (s.startsWith(u'@')) {
        const QString name = s.mid(1);
        if (name.compare(m_config.channelUsername, Qt::CaseInsensitive) == 0)
            return m_config.channelId;
        if (name.compare(m_config.groupUsername, Qt::CaseInsensitive) == 0)
            return m_config.groupId;
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = s.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return id;
}

QJsonObject TelegramSandboxBot::privateChat(const User &user) const
{
    QJsonObject o{{u"id"_s, user.id}, {u"first_name"_s, user.firstName}};
    if (!user.lastName.isEmpty())
        o.insert(u"last_name"_s, user.lastName);
    if (!user.username.isEmpty())
        o.insert(u"username"_s, user.username);
    o.insert(u"type"_s, u"private"_s);
    return o;
}

QJsonObject TelegramSandboxBot::chat(qint64 chatId) const
{
    if (chatId == m_config.channelId) {
        return QJsonObject{{u"id"_s, chatId},
                           {u"title"_s, m_config.channelTitle},
                           {u"username"_s, m_config.channelUsername},
                           {u"type"_s, u"channel"_s}};
    }
    if (chatId == m_config.groupId) {
        return QJsonObject{{u"id"_s, chatId},
                           {u"title"_s, m_config.groupTitle},
                           {u"username"_s, m_config.groupUsername},
                           {u"type"_s, u"supergroup"_s}};
    }
    if (m_privateChats.contains(chatId))
        return privateChat(m_users.value(chatId));
    return {};
}

QJsonObject TelegramSandboxBot::chatFullInfo(qint64 chatId) const
{
    QJsonObject info = chat(chatId);
    if (info.isEmpty())
        return info;
    info.insert(u"accent_color_id"_s, int(qAbs(chatId) % 7));
    info.insert(u"max_reaction_count"_s, 11);
    info.insert(u"accepted_gift_types"_s, QJsonObject{{u"unlimited_gifts"_s, true},
                                                      {u"limited_gifts"_s, true},
                                                      {u"unique_gifts"_s, true},
                                                      {u"premium_subscription"_s, true},
                                                      {u"gifts_from_channels"_s, true}});
    if (chatId == m_config.channelId) {
        info.insert(u"linked_chat_id"_s, m_config.groupId);
        info.insert(u"description"_s, u"News, sales and new stores"_s);
    } else if (chatId == m_config.groupId) {
        info.insert(u"linked_chat_id"_s, m_config.channelId);
        info.insert(u"has_visible_history"_s, true);
    }
    return info;
}

// Messages

QString TelegramSandboxBot::key(const QString &scope, qint64 chatId)
{
    return scope + u'/' + QString::number(chatId);
}

qint64 TelegramSandboxBot::takeMessageId(const QString &scope, qint64 chatId)
{
    const QString k = key(scope, chatId);
    auto it = m_nextMessageId.find(k);
    if (it == m_nextMessageId.end()) {
        // Chats that existed long before the sandbox started have long histories.
        const qint64 first = !scope.isEmpty()               ? 700
                             : chatId == m_config.channelId ? 120
                             : chatId == m_config.groupId   ? 3400
                                                            : 1;
        it = m_nextMessageId.insert(k, first);
    }
    return it.value()++;
}

void TelegramSandboxBot::store(const QString &scope, const QJsonObject &message)
{
    const qint64 chatId = message.value(u"chat"_s).toObject().value(u"id"_s).toInteger();
    QMap<qint64, QJsonObject> &chat = m_messages[key(scope, chatId)];
    chat.insert(message.value(u"message_id"_s).toInteger(), message);
    while (chat.size() > MaxMessagesPerChat)
        chat.erase(chat.begin());
}

QJsonObject TelegramSandboxBot::message(const QString &scope, qint64 chatId, qint64 messageId) const
{
    return m_messages.value(key(scope, chatId)).value(messageId);
}

bool TelegramSandboxBot::hasMessage(const QString &scope, qint64 chatId, qint64 messageId) const
{
    const auto it = m_messages.constFind(key(scope, chatId));
    return it != m_messages.constEnd() && it->contains(messageId);
}

bool TelegramSandboxBot::removeMessage(const QString &scope, qint64 chatId, qint64 messageId)
{
    auto it = m_messages.find(key(scope, chatId));
    return it != m_messages.end() && it->remove(messageId) > 0;
}

bool TelegramSandboxBot::hasBusinessConnection(const QString &connectionId) const
{
    return m_business.contains(connectionId);
}

bool TelegramSandboxBot::hasBusinessChat(const QString &connectionId, qint64 chatId) const
{
    const auto it = m_business.constFind(connectionId);
    return it != m_business.constEnd() && it->chats.contains(chatId);
}

QString TelegramSandboxBot::businessConnectionId() const
{
    return m_lastBusiness;
}

QString TelegramSandboxBot::nextFileId(const QString &prefix)
{
    return prefix + QString::number(m_id, 36) + u'_' +
           QString::number(m_fileCounter++, 36).rightJustified(10, u'0');
}

void TelegramSandboxBot::addMedia(QJsonObject &message, Media media, const QString &text)
{
    const auto file = [this](const QString &prefix, qint64 size) {
        return QJsonObject{{u"file_id"_s, nextFileId(prefix + u"AAMCAgADGQEAA")},
                           {u"file_unique_id"_s, nextFileId(u"AQAD"_s)},
                           {u"file_size"_s, size}};
    };
    switch (media) {
    case Media::None:
        setText(message, u"text"_s, text);
        return;
    case Media::Photo: {
        QJsonArray sizes;
        const int sides[] = {90, 320, 800, 1280};
        for (int side : sides) {
            QJsonObject size = file(u"AgAC"_s, qint64(side) * side / 9);
            size.insert(u"width"_s, side);
            size.insert(u"height"_s, side * 3 / 4);
            sizes.append(size);
        }
        message.insert(u"photo"_s, sizes);
        break;
    }
    case Media::Video: {
        QJsonObject video = file(u"BAAC"_s, 2817353);
        video.insert(u"width"_s, 1280);
        video.insert(u"height"_s, 720);
        video.insert(u"duration"_s, 14);
        video.insert(u"mime_type"_s, u"video/mp4"_s);
        message.insert(u"video"_s, video);
        break;
    }
    case Media::Document: {
        QJsonObject document = file(u"BQAC"_s, 48213);
        document.insert(u"file_name"_s, u"receipt.pdf"_s);
        document.insert(u"mime_type"_s, u"application/pdf"_s);
        message.insert(u"document"_s, document);
        break;
    }
    case Media::Sticker: {
        QJsonObject sticker = file(u"CAAC"_s, 23610);
        sticker.insert(u"type"_s, u"regular"_s);
        sticker.insert(u"width"_s, 512);
        sticker.insert(u"height"_s, 512);
        sticker.insert(u"is_animated"_s, false);
        sticker.insert(u"is_video"_s, false);
        sticker.insert(u"emoji"_s, u"👍"_s);
        sticker.insert(u"set_name"_s, u"HotCherry"_s);
        message.insert(u"sticker"_s, sticker);
        return; // stickers carry no caption
    }
    }
    if (!text.isEmpty())
        setText(message, u"caption"_s, text);
}

QJsonObject TelegramSandboxBot::incoming(const QString &scope, qint64 chatId, const User &from,
                                         const QString &text, Media media)
{
    QJsonObject m{{u"message_id"_s, takeMessageId(scope, chatId)},
                  {u"from"_s, from.toJson()},
                  {u"chat"_s, chatId > 0 ? privateChat(m_users.value(chatId)) : chat(chatId)},
                  {u"date"_s, now()}};
    addMedia(m, media, text);
    return m;
}

QJsonObject TelegramSandboxBot::addOutgoing(const QString &scope, qint64 chatId,
                                            const QString &text, const QJsonObject &replyTo,
                                            qint64 threadId)
{
    QJsonObject m{{u"message_id"_s, takeMessageId(scope, chatId)}};
    if (chatId == m_config.channelId) {
        m.insert(u"sender_chat"_s, chat(chatId));
    } else if (!scope.isEmpty()) {
        // Sent on behalf of the business account by this bot.
        m.insert(u"from"_s, m_business.value(scope).owner.toJson());
        m.insert(u"sender_business_bot"_s, user().toJson());
        m.insert(u"business_connection_id"_s, scope);
    } else {
        m.insert(u"from"_s, user().toJson());
    }
    m.insert(u"chat"_s, chatId > 0 ? privateChat(m_users.value(chatId)) : chat(chatId));
    m.insert(u"date"_s, now());
    if (threadId != 0)
        m.insert(u"message_thread_id"_s, threadId);
    if (!replyTo.isEmpty())
        m.insert(u"reply_to_message"_s, withoutNestedReply(replyTo));
    setText(m, u"text"_s, text);
    store(scope, m);
    return m;
}

// Update producers

TelegramSandboxBot::Pushed TelegramSandboxBot::pushPrivateMessage(const User &from,
                                                                  const QString &text, Media media)
{
    m_users.insert(from.id, from);
    m_privateChats.insert(from.id);
    const QJsonObject m = incoming({}, from.id, from, text, media);
    store({}, m);
    Pushed p = queue(u"message"_s, m);
    p.chatId = from.id;
    p.messageId = m.value(u"message_id"_s).toInteger();
    return p;
}

TelegramSandboxBot::Pushed TelegramSandboxBot::pushEditedMessage(qint64 chatId, qint64 messageId,
                                                                 const QString &text)
{
    QJsonObject m = message({}, chatId, messageId);
    if (m.isEmpty())
        return {};
    setText(m, m.contains(u"text"_s) ? u"text"_s : u"caption"_s, text);
    m.insert(u"edit_date"_s, now());
    store({}, m);
    Pushed p =
        queue(chatId == m_config.channelId ? u"edited_channel_post"_s : u"edited_message"_s, m);
    p.chatId = chatId;
    p.messageId = messageId;
    return p;
}

TelegramSandboxBot::ChannelPost TelegramSandboxBot::pushChannelPost(const QString &text,
                                                                    Media media)
{
    const QJsonObject channel = chat(m_config.channelId);
    QJsonObject post{{u"message_id"_s, takeMessageId({}, m_config.channelId)},
                     {u"sender_chat"_s, channel},
                     {u"chat"_s, channel},
                     {u"date"_s, now()}};
    addMedia(post, media, text);
    store({}, post);

    const qint64 postId = post.value(u"message_id"_s).toInteger();
    QJsonObject forward{{u"message_id"_s, takeMessageId({}, m_config.groupId)},
                        {u"from"_s, serviceUser()},
                        {u"sender_chat"_s, channel},
                        {u"chat"_s, chat(m_config.groupId)},
                        {u"date"_s, now()},
                        {u"forward_origin"_s, QJsonObject{{u"type"_s, u"channel"_s},
                                                          {u"chat"_s, channel},
                                                          {u"message_id"_s, postId},
                                                          {u"date"_s, post.value(u"date"_s)}}},
                        {u"is_automatic_forward"_s, true}};
    for (const QString &field : {u"text"_s, u"entities"_s, u"caption"_s, u"caption_entities"_s,
                                 u"photo"_s, u"video"_s, u"document"_s, u"sticker"_s}) {
        if (post.contains(field))
            forward.insert(field, post.value(field));
    }
    store({}, forward);

    ChannelPost out;
    out.post = queue(u"channel_post"_s, post);
    out.post.chatId = m_config.channelId;
    out.post.messageId = postId;
    out.forward = queue(u"message"_s, forward);
    out.forward.chatId = m_config.groupId;
    out.forward.messageId = forward.value(u"message_id"_s).toInteger();
    return out;
}

TelegramSandboxBot::Pushed TelegramSandboxBot::pushComment(const User &from, qint64 threadId,
                                                           const QString &text,
                                                           qint64 replyToMessageId, Media media)
{
    m_users.insert(from.id, from);
    QJsonObject m = incoming({}, m_config.groupId, from, text, media);
    m.insert(u"message_thread_id"_s, threadId);
    const QJsonObject target =
        message({}, m_config.groupId, replyToMessageId != 0 ? replyToMessageId : threadId);
    if (!target.isEmpty())
        m.insert(u"reply_to_message"_s, withoutNestedReply(target));
    store({}, m);
    Pushed p = queue(u"message"_s, m);
    p.chatId = m_config.groupId;
    p.messageId = m.value(u"message_id"_s).toInteger();
    return p;
}

TelegramSandboxBot::Pushed TelegramSandboxBot::pushGroupMessage(const User &from,
                                                                const QString &text, Media media)
{
    m_users.insert(from.id, from);
    const QJsonObject m = incoming({}, m_config.groupId, from, text, media);
    store({}, m);
    Pushed p = queue(u"message"_s, m);
    p.chatId = m_config.groupId;
    p.messageId = m.value(u"message_id"_s).toInteger();
    return p;
}

TelegramSandboxBot::Pushed TelegramSandboxBot::pushBusinessConnection(const User &owner,
                                                                      bool enabled)
{
    const QString id =
        u"AQAD"_s + QString::number(m_id, 36) + u"-bc"_s + QString::number(m_business.size() + 1);
    m_users.insert(owner.id, owner);
    m_business.insert(id, Business{owner, enabled, {}});
    m_lastBusiness = id;
    const QJsonObject payload{{u"id"_s, id},
                              {u"user"_s, owner.toJson()},
                              {u"user_chat_id"_s, owner.id},
                              {u"date"_s, now()},
                              {u"rights"_s, QJsonObject{{u"can_reply"_s, true},
                                                        {u"can_read_messages"_s, true},
                                                        {u"can_delete_sent_messages"_s, true},
                                                        {u"can_delete_all_messages"_s, false}}},
                              {u"is_enabled"_s, enabled}};
    Pushed p = queue(u"business_connection"_s, payload);
    p.chatId = owner.id;
    return p;
}

TelegramSandboxBot::Pushed TelegramSandboxBot::pushBusinessMessage(const QString &connectionId,
                                                                   const User &customer,
                                                                   const QString &text, Media media)
{
    auto business = m_business.find(connectionId);
    if (business == m_business.end())
        return {};
    m_users.insert(customer.id, customer);
    business->chats.insert(customer.id);
    QJsonObject m = incoming(connectionId, customer.id, customer, text, media);
    m.insert(u"business_connection_id"_s, connectionId);
    store(connectionId, m);
    Pushed p = queue(u"business_message"_s, m);
    p.chatId = customer.id;
    p.messageId = m.value(u"message_id"_s).toInteger();
    return p;
}

TelegramSandboxBot::Pushed
TelegramSandboxBot::pushEditedBusinessMessage(const QString &connectionId, qint64 chatId,
                                              qint64 messageId, const QString &text)
{
    QJsonObject m = message(connectionId, chatId, messageId);
    if (m.isEmpty())
        return {};
    setText(m, m.contains(u"text"_s) ? u"text"_s : u"caption"_s, text);
    m.insert(u"edit_date"_s, now());
    store(connectionId, m);
    Pushed p = queue(u"edited_business_message"_s, m);
    p.chatId = chatId;
    p.messageId = messageId;
    return p;
}

TelegramSandboxBot::Pushed
TelegramSandboxBot::pushDeletedBusinessMessages(const QString &connectionId, qint64 chatId,
                                                const QList<qint64> &messageIds)
{
    if (!m_business.contains(connectionId))
        return {};
    QJsonArray ids;
    for (qint64 id : messageIds) {
        removeMessage(connectionId, chatId, id);
        ids.append(id);
    }
    Pushed p = queue(u"deleted_business_messages"_s,
                     QJsonObject{{u"business_connection_id"_s, connectionId},
                                 {u"chat"_s, privateChat(m_users.value(chatId))},
                                 {u"message_ids"_s, ids}});
    p.chatId = chatId;
    return p;
}

TelegramSandboxBot::Pushed TelegramSandboxBot::pushMessageReaction(qint64 chatId, qint64 messageId,
                                                                   const User &user,
                                                                   const QString &emoji,
                                                                   const QString &oldEmoji)
{
    const auto reactions = [](const QString &e) {
        return e.isEmpty() ? QJsonArray()
                           : QJsonArray{QJsonObject{{u"type"_s, u"emoji"_s}, {u"emoji"_s, e}}};
    };
    m_users.insert(user.id, user);
    Pushed p = queue(u"message_reaction"_s, QJsonObject{{u"chat"_s, chat(chatId)},
                                                        {u"message_id"_s, messageId},
                                                        {u"user"_s, user.toJson()},
                                                        {u"date"_s, now()},
                                                        {u"old_reaction"_s, reactions(oldEmoji)},
                                                        {u"new_reaction"_s, reactions(emoji)}});
    p.chatId = chatId;
    p.messageId = messageId;
    return p;
}

TelegramSandboxBot::Pushed TelegramSandboxBot::pushUpdate(const QString &type,
                                                          const QJsonObject &payload)
{
    return queue(type, payload);
}

// The queue

const QStringList &TelegramSandboxBot::defaultExcludedUpdates()
{
    // DEFAULT_ALLOWED_UPDATE_TYPES in the Bot API server leaves these out.
    static const QStringList excluded{u"chat_member"_s, u"message_reaction"_s,
                                      u"message_reaction_count"_s};
    return excluded;
}

void TelegramSandboxBot::setAllowedUpdates(const QStringList &types)
{
    m_allowed = types;
    m_allowed.removeDuplicates();
}

bool TelegramSandboxBot::allows(const QString &type) const
{
    return m_allowed.isEmpty() ? !defaultExcludedUpdates().contains(type)
                               : m_allowed.contains(type);
}

TelegramSandboxBot::Pushed TelegramSandboxBot::queue(const QString &type,
                                                     const QJsonObject &payload)
{
    Pushed p;
    p.type = type;
    if (!allows(type)) {
        p.update = QJsonObject{{type, payload}};
        return p;
    }
    prune();
    p.updateId = m_nextUpdateId++;
    p.update = QJsonObject{{u"update_id"_s, p.updateId}, {type, payload}};
    m_queue.append(Queued{p.updateId, now(), p.update});
    while (m_queue.size() > qMax(1, m_config.maxPendingUpdates))
        m_queue.removeFirst();
    Q_EMIT updateQueued(p.updateId, type);
    return p;
}

void TelegramSandboxBot::prune()
{
    const qint64 oldest = now() - m_config.updateLifetimeSecs;
    qsizetype stale = 0;
    while (stale < m_queue.size() && m_queue.at(stale).createdSecs < oldest)
        ++stale;
    m_queue.remove(0, stale);
}

QList<QJsonObject> TelegramSandboxBot::takeUpdates(qint64 offset, int limit)
{
    prune();
    qsizetype forget = 0;
    if (offset < 0) {
        forget = qMax<qsizetype>(0, m_queue.size() + offset);
    } else if (offset > 0) {
        while (forget < m_queue.size() && m_queue.at(forget).id < offset)
            ++forget;
    }
    m_queue.remove(0, forget);
    QList<QJsonObject> out;
    for (qsizetype i = 0; i < m_queue.size() && i < limit; ++i)
        out.append(m_queue.at(i).update);
    return out;
}

QList<QJsonObject> TelegramSandboxBot::pendingUpdates() const
{
    const qint64 oldest = now() - m_config.updateLifetimeSecs;
    QList<QJsonObject> out;
    for (const Queued &q : m_queue) {
        if (q.createdSecs >= oldest)
            out.append(q.update);
    }
    return out;
}

qsizetype TelegramSandboxBot::pendingCount() const
{
    const qint64 oldest = now() - m_config.updateLifetimeSecs;
    return std::count_if(m_queue.cbegin(), m_queue.cend(),
                         [oldest](const Queued &q) { return q.createdSecs >= oldest; });
}

void TelegramSandboxBot::dropPendingUpdates()
{
    m_queue.clear();
}

} // namespace fd::core
