#include "VkSandboxCommunity.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

const QString ApiVersion = u"5.199"_s;

// Messages kept per peer; older ones are forgotten (the sandbox is not an archive).
constexpr qsizetype MaxMessagesPerPeer = 2000;
// VK's random_id de-duplication window.
constexpr qint64 RandomIdWindowMs = 3600 * 1000;

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

VkSandboxCommunity::Config VkSandboxCommunity::Config::demo(int index)
{
    Config c;
    const QString n = index == 0 ? QString() : QString::number(index + 1);
    c.groupId = 218000001 + qint64(index) * 1000;
    c.name = index == 0 ? u"Frontshop"_s : u"Frontshop "_s + n;
    c.screenName = u"frontshop"_s + n;
    // Fixed, but shaped like real tokens: "vk1.a." and base64url.
    const auto token = [index](const char *kind) -> QString {
        const QByteArray seed =
            QByteArray("frontdesk-vk-sandbox-") + kind + '-' + QByteArray::number(index);
        return u"vk1.a."_s + base64Url(QCryptographicHash::hash(seed, QCryptographicHash::Sha512));
    };
    c.token = token("community");
    c.userToken = token("admin");
    c.adminUserId = 500000001 + qint64(index);
    return c;
}

QJsonObject VkSandboxCommunity::User::toJson(const QStringList &fields) const
{
    QJsonObject o{{u"id"_s, id},
                  {u"first_name"_s, firstName},
                  {u"last_name"_s, lastName},
                  {u"can_access_closed"_s, true},
                  {u"is_closed"_s, false}};
    if (deactivated)
        o.insert(u"deactivated"_s, u"deleted"_s);
    if (fields.contains(u"screen_name"_s))
        o.insert(u"screen_name"_s,
                 screenName.isEmpty() ? u"id"_s + QString::number(id) : screenName);
    if (fields.contains(u"city"_s) && cityId != 0)
        o.insert(u"city"_s, QJsonObject{{u"id"_s, cityId}, {u"title"_s, city}});
    if (fields.contains(u"followers_count"_s) && followers >= 0)
        o.insert(u"followers_count"_s, followers);
    if (fields.contains(u"photo_100"_s))
        o.insert(u"photo_100"_s,
                 photo100.isEmpty() ? u"https://vk.com/images/camera_100.png"_s : photo100);
    return o;
}

VkSandboxCommunity::VkSandboxCommunity(Config config, std::function<qint64()> clockMs,
                                       QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clockMs(std::move(clockMs))
{
    if (m_config.adminUserId != 0) {
        User admin;
        admin.id = m_config.adminUserId;
        admin.firstName = u"Alexandra"_s;
        admin.lastName = u"Frontova"_s;
        admin.screenName = m_config.screenName + u"_admin"_s;
        m_users.insert(admin.id, admin);
    }
    issueKey(); // a_check works before anyone asked for a server, as a stale client would try
}

qint64 VkSandboxCommunity::now() const
{
    return m_clockMs() / 1000;
}

QString VkSandboxCommunity::hexId(const QString &salt) const
{
    const QByteArray seed = QByteArray::number(m_config.groupId) + ':' + salt.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex());
}

QJsonObject VkSandboxCommunity::groupJson(bool admin) const
{
    const QString photo = u"https://sun9-21.userapi.com/s/v1/ig2/"_s + hexId(u"photo"_s).left(24) +
                          u".jpg?size=%1x%1&quality=95&type=album"_s;
    QJsonObject g{{u"id"_s, m_config.groupId},
                  {u"name"_s, m_config.name},
                  {u"screen_name"_s, m_config.screenName},
                  {u"is_closed"_s, 0},
                  {u"type"_s, u"page"_s},
                  {u"photo_50"_s, photo.arg(50)},
                  {u"photo_100"_s, photo.arg(100)},
                  {u"photo_200"_s, photo.arg(200)}};
    if (admin) {
        g.insert(u"is_admin"_s, 1);
        g.insert(u"admin_level"_s, 3);
        g.insert(u"is_member"_s, 1);
        g.insert(u"is_advertiser"_s, 0);
    }
    return g;
}

// People

void VkSandboxCommunity::addUser(const User &user)
{
    m_users.insert(user.id, user);
}

VkSandboxCommunity::User VkSandboxCommunity::user(qint64 id) const
{
    return m_users.value(id);
}

VkSandboxCommunity::User VkSandboxCommunity::findUser(const QString &idOrScreenName) const
{
    const QString s = idOrScreenName.trimmed();
    bool ok = false;
    qint64 id = s.toLongLong(&ok);
    if (!ok && s.startsWith(u"id"_s))
        id = s.mid(2).toLongLong(&ok);
    if (ok)
        return m_users.value(id);
    for (const User &u : m_users) {
        if (!u.screenName.isEmpty() && u.screenName.compare(s, Qt::CaseInsensitive) == 0)
            return u;
    }
    return {};
}

// Direct messages

QJsonObject VkSandboxCommunity::message(qint64 messageId) const
{
    return m_messages.value(messageId);
}

QList<QJsonObject> VkSandboxCommunity::messages(qint64 peerId) const
{
    QList<QJsonObject> out;
    for (qint64 id : m_peerMessages.value(peerId))
        out.append(m_messages.value(id));
    return out;
}

void VkSandboxCommunity::storeMessage(const QJsonObject &message)
{
    const qint64 id = message.value(u"id"_s).toInteger();
    const qint64 peer = message.value(u"peer_id"_s).toInteger();
    QList<qint64> &ids = m_peerMessages[peer];
    if (!m_messages.contains(id))
        ids.append(id);
    m_messages.insert(id, message);
    while (ids.size() > MaxMessagesPerPeer)
        m_messages.remove(ids.takeFirst());
}

QJsonObject VkSandboxCommunity::attachment(const QString &type, qint64 ownerId)
{
    const qint64 n = ++m_attachmentCounter;
    const QString accessKey = hexId(u"access:"_s + QString::number(n)).left(18);
    const QString cdn = u"https://sun9-"_s + QString::number(10 + n % 80) + u".userapi.com/"_s;
    QJsonObject body{{u"id"_s, 457239000 + n}, {u"owner_id"_s, ownerId}, {u"date"_s, now()}};
    if (type == u"photo"_s) {
        QJsonArray sizes;
        const std::pair<const char *, int> kinds[] = {
            {"s", 75}, {"m", 130}, {"x", 604}, {"y", 807}};
        for (const auto &[kind, side] : kinds) {
            sizes.append(QJsonObject{
                {u"type"_s, QString::fromLatin1(kind)},
                {u"width"_s, side},
                {u"height"_s, side * 3 / 4},
                {u"url"_s, QString(cdn + u"impg/"_s + accessKey + u".jpg?size="_s +
                                   QString::number(side) + u'x' + QString::number(side * 3 / 4))}});
        }
        body.insert(u"album_id"_s, -3);
        body.insert(u"access_key"_s, accessKey);
        body.insert(u"sizes"_s, sizes);
        body.insert(u"text"_s, QString());
        body.insert(u"has_tags"_s, false);
    } else if (type == u"video"_s) {
        body.insert(u"access_key"_s, accessKey);
        body.insert(u"title"_s, u"VID_20260114_183012.mp4"_s);
        body.insert(u"description"_s, QString());
        body.insert(u"duration"_s, 14);
        body.insert(u"views"_s, 1);
        body.insert(u"type"_s, u"video"_s);
        body.insert(u"can_comment"_s, 1);
    } else if (type == u"doc"_s) {
        body.insert(u"access_key"_s, accessKey);
        body.insert(u"title"_s, u"receipt.pdf"_s);
        body.insert(u"size"_s, 48213);
        body.insert(u"ext"_s, u"pdf"_s);
        body.insert(u"type"_s, 1);
        body.insert(u"url"_s, QString(u"https://vk.com/doc"_s + QString::number(ownerId) + u'_' +
                                      QString::number(457239000 + n) + u"?hash="_s + accessKey));
    } else if (type == u"sticker"_s) {
        body =
            QJsonObject{{u"product_id"_s, 279}, {u"sticker_id"_s, 9012}, {u"is_allowed"_s, true}};
        QJsonArray images;
        for (int side : {64, 128, 256, 352, 512}) {
            images.append(QJsonObject{
                {u"url"_s, QString(u"https://vk.com/sticker/1-9012-"_s + QString::number(side))},
                {u"width"_s, side},
                {u"height"_s, side}});
        }
        body.insert(u"images"_s, images);
    } else if (type == u"audio_message"_s) {
        body.insert(u"access_key"_s, accessKey);
        body.insert(u"duration"_s, 5);
        body.insert(u"waveform"_s, QJsonArray{0, 3, 9, 17, 25, 31, 24, 12, 6, 1});
        body.insert(u"link_ogg"_s, QString(cdn + u"audio_msg/"_s + accessKey + u".ogg"_s));
        body.insert(u"link_mp3"_s, QString(cdn + u"audio_msg/"_s + accessKey + u".mp3"_s));
        body.insert(u"transcript_state"_s, u"done"_s);
        body.insert(u"transcript"_s, QString());
    }
    return QJsonObject{{u"type"_s, type}, {type, body}};
}

VkSandboxCommunity::Pushed VkSandboxCommunity::pushMessage(const User &from, const QString &text,
                                                           const QString &attachmentType)
{
    addUser(from);
    m_peers.insert(from.id);
    QJsonArray attachments;
    if (!attachmentType.isEmpty())
        attachments.append(attachment(attachmentType, from.id));
    const QJsonObject m{{u"date"_s, now()},
                        {u"from_id"_s, from.id},
                        {u"id"_s, m_nextMessageId++},
                        {u"out"_s, 0},
                        {u"version"_s, m_nextVersion++},
                        {u"attachments"_s, attachments},
                        {u"conversation_message_id"_s, m_nextConversationMessageId[from.id]++ + 1},
                        {u"fwd_messages"_s, QJsonArray()},
                        {u"important"_s, false},
                        {u"is_hidden"_s, false},
                        {u"peer_id"_s, from.id},
                        {u"random_id"_s, 0},
                        {u"text"_s, text}};
    storeMessage(m);
    const QJsonObject clientInfo{
        {u"button_actions"_s,
         QJsonArray{u"text"_s, u"vkpay"_s, u"open_app"_s, u"location"_s, u"open_link"_s,
                    u"callback"_s, u"intent_subscribe"_s, u"intent_unsubscribe"_s}},
        {u"keyboard"_s, true},
        {u"inline_keyboard"_s, true},
        {u"carousel"_s, true},
        {u"lang_id"_s, 0}};
    Pushed p =
        queue(u"message_new"_s, QJsonObject{{u"message"_s, m}, {u"client_info"_s, clientInfo}});
    p.id = m.value(u"id"_s).toInteger();
    p.ownerId = ownerId();
    p.parentId = from.id;
    return p;
}

VkSandboxCommunity::Pushed VkSandboxCommunity::pushMessageEdit(qint64 peerId, qint64 messageId,
                                                               const QString &text)
{
    QJsonObject m = message(messageId);
    if (m.isEmpty() || m.value(u"peer_id"_s).toInteger() != peerId)
        return {};
    m.insert(u"text"_s, text);
    m.insert(u"update_time"_s, now());
    m.insert(u"version"_s, m_nextVersion++);
    storeMessage(m);
    Pushed p = queue(u"message_edit"_s, m);
    p.id = messageId;
    p.ownerId = ownerId();
    p.parentId = peerId;
    return p;
}

qint64 VkSandboxCommunity::messageForRandomId(qint64 peerId, qint64 randomId) const
{
    const auto it = m_randomIds.constFind({peerId, randomId});
    if (randomId == 0 || it == m_randomIds.constEnd() || m_clockMs() - it->atMs >= RandomIdWindowMs)
        return 0;
    return it->messageId;
}

VkSandboxCommunity::Pushed VkSandboxCommunity::addOutgoing(qint64 peerId, const QString &text,
                                                           qint64 replyTo, qint64 randomId,
                                                           qint64 adminAuthorId)
{
    QJsonObject m{{u"date"_s, now()},
                  {u"from_id"_s, ownerId()},
                  {u"id"_s, m_nextMessageId++},
                  {u"out"_s, 1},
                  {u"version"_s, m_nextVersion++},
                  {u"attachments"_s, QJsonArray()},
                  {u"conversation_message_id"_s, m_nextConversationMessageId[peerId]++ + 1},
                  {u"fwd_messages"_s, QJsonArray()},
                  {u"important"_s, false},
                  {u"is_hidden"_s, false},
                  {u"peer_id"_s, peerId},
                  {u"random_id"_s, randomId},
                  {u"text"_s, text}};
    if (adminAuthorId != 0)
        m.insert(u"admin_author_id"_s, adminAuthorId);
    const QJsonObject answered = message(replyTo);
    if (!answered.isEmpty()) {
        QJsonObject r;
        for (const QString &field :
             {u"date"_s, u"from_id"_s, u"text"_s, u"attachments"_s, u"conversation_message_id"_s,
              u"peer_id"_s, u"id"_s, u"fwd_messages"_s})
            r.insert(field, answered.value(field));
        m.insert(u"reply_message"_s, r);
    }
    storeMessage(m);
    const qint64 id = m.value(u"id"_s).toInteger();
    if (randomId != 0)
        m_randomIds.insert({peerId, randomId}, Sent{id, m_clockMs()});
    Pushed p = queue(u"message_reply"_s, m);
    p.id = id;
    p.ownerId = ownerId();
    p.parentId = peerId;
    return p;
}

VkSandboxCommunity::Pushed VkSandboxCommunity::pushEvent(const QString &type,
                                                         const QJsonValue &object)
{
    return queue(type, object);
}

VkSandboxCommunity::Pushed VkSandboxCommunity::pushRawUpdate(const QJsonValue &update)
{
    return queue({}, update, true);
}

void VkSandboxCommunity::addBan(const Ban &ban)
{
    m_bans.append(ban);
}

bool VkSandboxCommunity::isBanned(qint64 ownerId) const
{
    const qint64 t = now();
    for (const Ban &b : m_bans) {
        if (b.ownerId == ownerId && (b.endDate == 0 || b.endDate > t))
            return true;
    }
    return false;
}

// The event history

VkSandboxCommunity::Pushed VkSandboxCommunity::queue(const QString &type, const QJsonValue &object,
                                                     bool raw)
{
    Pushed p;
    p.seq = m_nextSeq++;
    p.type = type;
    p.object = object.toObject();
    QJsonValue update = object;
    if (!raw) {
        p.eventId = hexId(u"event:"_s + QString::number(p.seq));
        p.event = QJsonObject{{u"group_id"_s, m_config.groupId},
                              {u"type"_s, type},
                              {u"event_id"_s, p.eventId},
                              {u"v"_s, ApiVersion},
                              {u"object"_s, object}};
        update = p.event;
    } else {
        p.event = object.toObject();
    }
    m_events.append(Event{p.seq, update});
    while (m_events.size() > qMax(1, m_config.historySize))
        m_events.removeFirst();
    Q_EMIT eventQueued(p.seq, type);
    return p;
}

qint64 VkSandboxCommunity::oldestTs() const
{
    return m_events.isEmpty() ? m_nextSeq : m_events.first().seq;
}

QList<QJsonValue> VkSandboxCommunity::eventsFrom(qint64 fromTs, int limit, qint64 *nextTs) const
{
    QList<QJsonValue> out;
    qint64 next = fromTs;
    // Sequence numbers are contiguous, so the start is an index.
    qsizetype i = m_events.isEmpty() ? 0 : qMax<qint64>(0, fromTs - m_events.first().seq);
    for (; i < m_events.size() && out.size() < limit; ++i) {
        out.append(m_events.at(i).update);
        next = m_events.at(i).seq + 1;
    }
    if (nextTs)
        *nextTs = next;
    return out;
}

QList<QJsonValue> VkSandboxCommunity::pendingEvents(qint64 fromTs) const
{
    return eventsFrom(fromTs, int(qMin<qsizetype>(INT_MAX, m_events.size())));
}

QList<QJsonValue> VkSandboxCommunity::events() const
{
    return pendingEvents(oldestTs());
}

// Long-poll keys

QString VkSandboxCommunity::issueKey()
{
    const QString k = hexId(u"key:"_s + QString::number(++m_keyCounter));
    m_keys.append({k, m_clockMs()});
    // Keys older than their lifetime can go: they would be refused anyway.
    const qint64 oldest = m_clockMs() - m_config.keyLifetimeSecs * 1000;
    while (m_keys.size() > 1 && m_keys.first().second < oldest)
        m_keys.removeFirst();
    return k;
}

bool VkSandboxCommunity::isKeyValid(const QString &key) const
{
    const qint64 oldest = m_clockMs() - m_config.keyLifetimeSecs * 1000;
    for (const auto &[k, issued] : m_keys) {
        if (k == key)
            return issued >= oldest;
    }
    return false;
}

void VkSandboxCommunity::expireKey()
{
    m_keys.clear();
    Q_EMIT keysExpired();
}

} // namespace fd::core
