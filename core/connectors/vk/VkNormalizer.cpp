#include "VkNormalizer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

using Kind = VkNormalizer::Ref::Kind;

// How each family of comment events names its object and the object's owner.
struct Family
{
    Kind kind = Kind::None;
    QString prefix;    // event type prefix, e.g. "wall_reply_"
    QString word;      // external id prefix, e.g. "wall"
    QString objectKey; // e.g. "post_id"
    QString ownerKey;  // in new/edit/restore objects, e.g. "post_owner_id"
    QString deletedOwnerKey;
};

const QList<Family> &families()
{
    static const QList<Family> all{
        {Kind::Wall, u"wall_reply_"_s, u"wall"_s, u"post_id"_s, u"post_owner_id"_s, u"owner_id"_s},
        {Kind::Photo, u"photo_comment_"_s, u"photo"_s, u"photo_id"_s, u"photo_owner_id"_s,
         u"owner_id"_s},
        {Kind::Video, u"video_comment_"_s, u"video"_s, u"video_id"_s, u"video_owner_id"_s,
         u"owner_id"_s},
        {Kind::Board, u"board_post_"_s, u"board"_s, u"topic_id"_s, u"topic_owner_id"_s,
         u"topic_owner_id"_s},
        {Kind::Market, u"market_comment_"_s, u"market"_s, u"item_id"_s, u"market_owner_id"_s,
         u"owner_id"_s},
    };
    return all;
}

const Family *familyOf(Kind kind)
{
    for (const Family &f : families()) {
        if (f.kind == kind)
            return &f;
    }
    return nullptr;
}

const Family *familyOfEvent(const QString &type)
{
    for (const Family &f : families()) {
        if (type.startsWith(f.prefix))
            return &f;
    }
    return nullptr;
}

QDateTime timeOf(const QJsonValue &unixSeconds)
{
    const qint64 s = VkNormalizer::idOf(unixSeconds);
    return s > 0 ? QDateTime::fromSecsSinceEpoch(s, Qt::UTC) : QDateTime();
}

QString objectUrl(Kind kind, qint64 owner, qint64 object)
{
    const QString ref = QString::number(owner) + u'_' + QString::number(object);
    switch (kind) {
    case Kind::Wall:
        return u"https://vk.com/wall"_s + ref;
    case Kind::Photo:
        return u"https://vk.com/photo"_s + ref;
    case Kind::Video:
        return u"https://vk.com/video"_s + ref;
    case Kind::Board:
        return u"https://vk.com/topic"_s + ref;
    case Kind::Market:
        return u"https://vk.com/product"_s + ref;
    case Kind::Dm:
    case Kind::None:
        break;
    }
    return {};
}

QString commentUrl(Kind kind, qint64 owner, qint64 object, qint64 comment)
{
    const QString base = objectUrl(kind, owner, object);
    if (kind == Kind::Wall)
        return base + u"?reply="_s + QString::number(comment);
    if (kind == Kind::Board)
        return base + u"?post="_s + QString::number(comment);
    return base;
}

} // namespace

VkNormalizer::VkNormalizer(qint64 groupId, QString groupName)
    : m_groupId(groupId)
    , m_groupName(std::move(groupName))
{}

qint64 VkNormalizer::idOf(const QJsonValue &v)
{
    // VK sends numbers; a numeric string is accepted too, anything else is 0.
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        return ok ? n : 0;
    }
    return v.isDouble() ? v.toInteger() : 0;
}

QString VkNormalizer::dmId(qint64 peer, qint64 message)
{
    return u"dm:"_s + QString::number(peer) + u':' + QString::number(message);
}

QString VkNormalizer::objectId(Ref::Kind kind, qint64 owner, qint64 object)
{
    const Family *f = familyOf(kind);
    if (!f)
        return {};
    return f->word + u':' + QString::number(owner) + u':' + QString::number(object);
}

QString VkNormalizer::commentId(Ref::Kind kind, qint64 owner, qint64 object, qint64 comment)
{
    return objectId(kind, owner, object) + u':' + QString::number(comment);
}

VkNormalizer::Ref VkNormalizer::parse(const QString &externalId)
{
    Ref ref;
    const QStringList parts = externalId.split(u':');
    auto number = [](const QString &s, bool *ok) { return s.toLongLong(ok); };
    bool ok1 = false;
    bool ok2 = false;
    bool ok3 = false;
    if (parts.size() == 3 && parts.at(0) == u"dm") {
        ref.owner = number(parts.at(1), &ok1);
        QString message = parts.at(2);
        if (message.startsWith(u'c')) {
            ref.byConversationId = true;
            message.remove(0, 1);
        }
        ref.id = number(message, &ok2);
        if (ok1 && ok2)
            ref.kind = Kind::Dm;
        return ref;
    }
    if (parts.size() != 4)
        return ref;
    for (const Family &f : families()) {
        if (parts.at(0) != f.word)
            continue;
        ref.owner = number(parts.at(1), &ok1);
        ref.object = number(parts.at(2), &ok2);
        ref.id = number(parts.at(3), &ok3);
        if (ok1 && ok2 && ok3)
            ref.kind = f.kind;
        break;
    }
    return ref;
}

QString VkNormalizer::plainText(const QString &vkText)
{
    if (!vkText.contains(u'['))
        return vkText;
    // [id123|Name], [club123|Name], [public123|Name], [screen_name|Name]: VK shows only Name.
    QString out;
    out.reserve(vkText.size());
    qsizetype i = 0;
    while (i < vkText.size()) {
        if (vkText.at(i) == u'[') {
            const qsizetype bar = vkText.indexOf(u'|', i + 1);
            const qsizetype close = vkText.indexOf(u']', i + 1);
            if (bar > i + 1 && close > bar + 1 && !vkText.mid(i + 1, bar - i - 1).contains(u' ') &&
                !vkText.mid(i + 1, close - i - 1).contains(u'[')) {
                out += QStringView(vkText).mid(bar + 1, close - bar - 1);
                i = close + 1;
                continue;
            }
        }
        out += vkText.at(i);
        ++i;
    }
    return out;
}

QString VkNormalizer::attachmentSummary(const QJsonValue &attachments)
{
    static const QMap<QString, QString> words{
        {u"photo"_s, u"photo"_s},
        {u"video"_s, u"video"_s},
        {u"audio"_s, u"audio"_s},
        {u"doc"_s, u"file"_s},
        {u"link"_s, u"link"_s},
        {u"market"_s, u"product"_s},
        {u"wall"_s, u"post"_s},
        {u"wall_reply"_s, u"comment"_s},
        {u"sticker"_s, u"sticker"_s},
        {u"gift"_s, u"gift"_s},
        {u"audio_message"_s, u"voice message"_s},
        {u"graffiti"_s, u"graffiti"_s},
        {u"poll"_s, u"poll"_s},
        {u"story"_s, u"story"_s},
    };
    QStringList found;
    QMap<QString, int> counts;
    const QJsonArray list = attachments.toArray();
    for (const QJsonValue &a : list) {
        const QString type = a.toObject().value(u"type").toString();
        if (type.isEmpty())
            continue;
        const QString word = words.value(type, u"attachment"_s);
        if (counts[word]++ == 0)
            found << word;
    }
    for (QString &word : found) {
        const int n = counts.value(word);
        if (n > 1)
            word = QString::number(n) + u' ' + (word == u"photo" ? u"photos"_s : word + u's');
    }
    return found.join(u", "_s);
}

void VkNormalizer::learnPost(const QString &postExternalId, const QString &text)
{
    if (m_posts.size() > 20000)
        m_posts.clear(); // a cache, not a record: the store keeps every preview it was given
    m_posts.insert(postExternalId, text);
}

VkNormalizer::Result VkNormalizer::normalize(const QJsonObject &event)
{
    const QString type = event.value(u"type").toString();
    const QJsonValue objectValue = event.value(u"object");
    Result r;
    if (type.isEmpty()) {
        r.skipped = u"an event without a type"_s;
        return r;
    }
    if (!objectValue.isObject()) {
        r.skipped = type + u" without an object"_s;
        return r;
    }
    const QJsonObject object = objectValue.toObject();
    if (type == u"message_new") {
        // Since API 5.103 the message comes wrapped together with the client's capabilities.
        const QJsonObject m =
            object.contains(u"message") ? object.value(u"message").toObject() : object;
        return fromMessage(m, false);
    }
    if (type == u"message_reply")
        return fromMessage(object, false);
    if (type == u"message_edit")
        return fromMessage(object, true);
    if (type == u"wall_post_new") {
        const qint64 owner = idOf(object.value(u"owner_id"));
        const qint64 id = idOf(object.value(u"id"));
        if (owner != 0 && id != 0)
            learnPost(objectId(Kind::Wall, owner, id), plainText(object.value(u"text").toString()));
        r.skipped = u"a new post on the wall (its text is kept for the previews)"_s;
        return r;
    }
    if (const Family *f = familyOfEvent(type)) {
        const QStringView action = QStringView(type).mid(f->prefix.size());
        if (action == u"new" || action == u"edit" || action == u"restore")
            return fromComment(type, object);
        if (action == u"delete")
            return fromDeletion(type, object);
    }
    static const QHash<QString, QString> ignored{
        {u"message_typing_state"_s, u"someone is typing"_s},
        {u"message_read"_s, u"a read receipt"_s},
        {u"message_allow"_s, u"a person allowed messages from the community"_s},
        {u"message_deny"_s, u"a person denied messages from the community"_s},
        {u"message_event"_s, u"a keyboard button press"_s},
        {u"wall_repost"_s, u"a repost"_s},
        {u"group_join"_s, u"someone joined the community"_s},
        {u"group_leave"_s, u"someone left the community"_s},
        {u"like_add"_s, u"a like"_s},
        {u"like_remove"_s, u"a like taken back"_s},
        {u"user_block"_s, u"a ban"_s},
        {u"user_unblock"_s, u"a ban lifted"_s},
    };
    r.skipped =
        ignored.value(type, u"an event of a kind Frontdesk does not handle: "_s + type.left(80));
    return r;
}

void VkNormalizer::setAuthor(Item &item, qint64 from, Result &r) const
{
    item.author.externalId = QString::number(from);
    if (from == -m_groupId) {
        // Ours: an answer from the community (the app, or an admin on vk.com).
        item.direction = Direction::Outgoing;
        item.status = ItemStatus::Closed;
        item.author.name = m_groupName;
    } else {
        r.authorId = from;
    }
}

VkNormalizer::Result VkNormalizer::fromMessage(const QJsonObject &m, bool edited)
{
    Result r;
    const qint64 peer = idOf(m.value(u"peer_id"));
    const qint64 id = idOf(m.value(u"id"));
    const qint64 cmid = idOf(m.value(u"conversation_message_id"));
    if (peer == 0 || (id <= 0 && cmid <= 0)) {
        r.skipped = u"a message without peer or message id"_s;
        return r;
    }
    const qint64 from = idOf(m.value(u"from_id"));
    IncomingItem in;
    Item &item = in.item;
    item.kind = ItemKind::Dm;
    // Messages in group chats may carry only their number within the conversation.
    item.externalId = id > 0 ? dmId(peer, id)
                             : u"dm:"_s + QString::number(peer) + u":c"_s + QString::number(cmid);
    item.text = plainText(m.value(u"text").toString());
    item.attachments = attachmentSummary(m.value(u"attachments"));
    if (m.contains(u"geo")) {
        item.attachments =
            item.attachments.isEmpty() ? u"location"_s : item.attachments + u", location"_s;
    }
    item.createdAt = timeOf(m.value(u"date"));
    if (edited)
        item.editedAt = timeOf(m.value(u"update_time"));
    item.url =
        u"https://vk.com/gim"_s + QString::number(m_groupId) + u"?sel="_s + QString::number(peer);
    const bool ours = idOf(m.value(u"out")) == 1 || from == -m_groupId;
    setAuthor(item, ours ? -m_groupId : (from != 0 ? from : peer), r);
    in.threadExternalId = u"dm:"_s + QString::number(peer);
    r.item = in;
    return r;
}

VkNormalizer::Result VkNormalizer::fromComment(const QString &type, const QJsonObject &c)
{
    Result r;
    const Family *family = familyOfEvent(type);
    const qint64 object = idOf(c.value(family->objectKey));
    qint64 owner = idOf(c.value(family->ownerKey));
    if (owner == 0)
        owner = idOf(c.value(u"owner_id"));
    if (owner == 0)
        owner = -m_groupId;
    const qint64 id = idOf(c.value(u"id"));
    if (object == 0 || id == 0) {
        r.skipped = type + u" without "_s + family->objectKey + u" or comment id"_s;
        return r;
    }
    IncomingItem in;
    Item &item = in.item;
    item.kind = ItemKind::Comment;
    item.externalId = commentId(family->kind, owner, object, id);
    item.text = plainText(c.value(u"text").toString());
    item.attachments = attachmentSummary(c.value(u"attachments"));
    item.createdAt = timeOf(c.value(u"date"));
    item.url = commentUrl(family->kind, owner, object, id);
    const qint64 replyTo = idOf(c.value(u"reply_to_comment"));
    if (replyTo != 0)
        item.parentExternalId = commentId(family->kind, owner, object, replyTo);
    const qint64 from = idOf(c.value(u"from_id"));
    setAuthor(item, from, r);
    if (type.endsWith(u"_edit"))
        item.editedAt = QDateTime::currentDateTimeUtc();

    in.post.externalId = objectId(family->kind, owner, object);
    in.post.url = objectUrl(family->kind, owner, object);
    in.threadExternalId = in.post.externalId;
    if (family->kind == Kind::Wall) {
        in.post.text = m_posts.value(in.post.externalId); // empty: the store keeps what it has
        if (!m_posts.contains(in.post.externalId))
            r.postNeeded = in.post.externalId;
    }
    if (type.endsWith(u"_restore")) {
        // The comment is back: the same item, no longer deleted.
        IncomingDeletion back;
        back.externalId = item.externalId;
        back.restored = true;
        r.deletions.append(back);
    }
    r.item = in;
    return r;
}

VkNormalizer::Result VkNormalizer::fromDeletion(const QString &type, const QJsonObject &o)
{
    Result r;
    const Family *family = familyOfEvent(type);
    const qint64 object = idOf(o.value(family->objectKey));
    qint64 owner = idOf(o.value(family->deletedOwnerKey));
    if (owner == 0)
        owner = -m_groupId;
    const qint64 id = idOf(o.value(u"id"));
    if (object == 0 || id == 0) {
        r.skipped = type + u" without "_s + family->objectKey + u" or comment id"_s;
        return r;
    }
    IncomingDeletion gone;
    gone.externalId = commentId(family->kind, owner, object, id);
    const qint64 deleter = idOf(o.value(u"deleter_id"));
    if (deleter != 0)
        gone.deletedBy = QString::number(deleter);
    r.deletions.append(gone);
    return r;
}

} // namespace fd::core
