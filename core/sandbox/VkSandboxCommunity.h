#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <utility>

namespace fd::core {

// One community (group) of the VK sandbox and its little world: the people who write to it,
// its wall posts, photos, videos, board topics and market items with their comments, the
// direct messages per peer, bans, and the Bots Long Poll event history a_check serves.
// Payloads follow the community-events JSON schema of API 5.199; ids are 64-bit.
class VkSandboxCommunity : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        qint64 groupId = 0; // positive; the community's owner_id is -groupId
        QString name;
        QString screenName;
        QString token;     // the community token
        QString userToken; // an admin's user token; may be empty
        qint64 adminUserId = 0;
        int historySize = 20000; // events kept for a_check; an older ts gets failed 1
        qint64 keyLifetimeSecs = 3600;

        // Index 0 is "Frontshop" (club218000001); other indexes get their own ids, names and
        // tokens.
        static Config demo(int index = 0);
    };

    struct User
    {
        qint64 id = 0;
        QString firstName;
        QString lastName;
        QString screenName; // empty: VK shows "id<id>"
        qint64 cityId = 0;
        QString city;
        qint64 followers = -1;
        QString photo100;
        bool deactivated = false;

        // users.get's shape; optional fields only when named in `fields`.
        QJsonObject toJson(const QStringList &fields = {}) const;
    };

    // What a producer (or an API write) added.
    struct Pushed
    {
        qint64 seq = 0; // the event's position in the history; 0 if not queued
        QString type;
        QString eventId;
        QJsonObject event;  // the whole event as a_check returns it
        QJsonObject object; // its "object"
        qint64 id = 0;      // message or comment id (post id for wall_post_new)
        qint64 ownerId = 0;
        qint64 parentId = 0; // post/photo/video/topic/item id, or the peer id of a message

        bool queued() const { return seq != 0; }
    };

    // What comments hang under.
    enum class Target { Wall, Photo, Video, Board, Market };

    struct Ban
    {
        qint64 ownerId = 0; // the banned user (or community, negative)
        qint64 endDate = 0; // Unix seconds; 0: for ever
        int reason = 0;
        QString comment;
        bool commentVisible = false;
        qint64 at = 0; // Unix seconds
    };

    VkSandboxCommunity(Config config, std::function<qint64()> clockMs, QObject *parent = nullptr);

    const Config &config() const { return m_config; }
    qint64 id() const { return m_config.groupId; }
    qint64 ownerId() const { return -m_config.groupId; }
    // The community as groups.getById lists it; `admin` adds what an admin's token sees.
    QJsonObject groupJson(bool admin = false) const;
    qint64 now() const; // Unix seconds by the sandbox clock

    // People
    void addUser(const User &user);
    bool hasUser(qint64 id) const { return m_users.contains(id); }
    // The person with this id; id 0 when unknown.
    User user(qint64 id) const;
    // By "id123", a screen name, or a decimal id; id 0 when unknown.
    User findUser(const QString &idOrScreenName) const;

    // Direct messages
    bool hasPeer(qint64 peerId) const { return m_peers.contains(peerId); }
    QJsonObject message(qint64 messageId) const; // empty when unknown
    QList<QJsonObject> messages(qint64 peerId) const;
    // The message sent to `peerId` with this random_id within the last hour; 0 when none.
    qint64 messageForRandomId(qint64 peerId, qint64 randomId) const;
    // messages.send: the community's outgoing message, stored, with a message_reply event.
    Pushed addOutgoing(qint64 peerId, const QString &text, qint64 replyTo, qint64 randomId,
                       qint64 adminAuthorId = 0);

    // Objects and comments
    bool hasPost(qint64 postId) const { return m_posts.contains(postId); }
    QJsonObject post(qint64 postId) const;
    bool hasObject(Target target, qint64 objectId) const;
    // The comment (with its object fields, as in the *_new event); empty when unknown or
    // deleted.
    QJsonObject comment(Target target, qint64 commentId) const;
    bool isDeleted(Target target, qint64 commentId) const;
    // Which object a comment belongs to; 0 when unknown.
    qint64 commentObject(Target target, qint64 commentId) const;
    // A comment by `fromId` (a user, or -groupId for the community) with its *_new event.
    // `replyToComment` must be a comment on the same object (else it is ignored).
    Pushed addComment(Target target, qint64 objectId, qint64 fromId, const QString &text,
                      qint64 replyToComment = 0);
    Pushed editComment(Target target, qint64 commentId, const QString &text);
    // Marks the comment deleted and queues *_delete; seq 0 when it was not there.
    Pushed removeComment(Target target, qint64 commentId, qint64 deleterId);
    Pushed restoreComment(Target target, qint64 commentId);
    // De-duplication of createComment by guid: 0 when this guid is new.
    qint64 commentForGuid(Target target, qint64 objectId, const QString &guid) const;
    void rememberGuid(Target target, qint64 objectId, const QString &guid, qint64 commentId);

    void addBan(const Ban &ban);
    const QList<Ban> &bans() const { return m_bans; }
    bool isBanned(qint64 ownerId) const;

    // Event producers. Each builds a realistic payload, stores it in the world and queues it.
    // `attachmentType`: "photo", "video", "doc", "sticker", "audio_message" or empty.
    Pushed pushMessage(const User &from, const QString &text, const QString &attachmentType = {});
    Pushed pushMessageEdit(qint64 peerId, qint64 messageId, const QString &text);
    Pushed pushWallPost(const QString &text);
    Pushed pushWallReply(const User &from, qint64 postId, const QString &text,
                         qint64 replyToComment = 0);
    Pushed pushWallReplyEdit(qint64 postId, qint64 commentId, const QString &text);
    Pushed pushWallReplyDelete(qint64 postId, qint64 commentId, qint64 deleterId);
    Pushed pushWallReplyRestore(qint64 postId, qint64 commentId);
    Pushed pushPhotoComment(const User &from, qint64 photoId, const QString &text);
    Pushed pushPhotoCommentDelete(qint64 photoId, qint64 commentId, qint64 deleterId);
    Pushed pushVideoComment(const User &from, qint64 videoId, const QString &text);
    Pushed pushVideoCommentDelete(qint64 videoId, qint64 commentId, qint64 deleterId);
    Pushed pushBoardPost(const User &from, qint64 topicId, const QString &text);
    Pushed pushMarketComment(const User &from, qint64 itemId, const QString &text);
    // Any event, including types no client knows and hostile objects: `object` goes in as is.
    Pushed pushEvent(const QString &type, const QJsonValue &object);
    // Any JSON value at all (even a non-object) into the updates array, as is.
    Pushed pushRawUpdate(const QJsonValue &update);

    // The event history. Every queued event gets the next sequence number; currentTs() is the
    // number the next one will get. a_check with ts=T serves the events numbered T and up.
    qint64 currentTs() const { return m_nextSeq; }
    // The sequence number of the oldest event still kept (currentTs() when none).
    qint64 oldestTs() const;
    // Whether a_check would accept `ts` (not pruned away, not in the future).
    bool isValidTs(qint64 ts) const { return ts >= oldestTs() && ts <= currentTs(); }
    // Up to `limit` events from `fromTs` on, and the ts that follows the last of them.
    QList<QJsonValue> eventsFrom(qint64 fromTs, int limit, qint64 *nextTs = nullptr) const;
    QList<QJsonValue> pendingEvents(qint64 fromTs) const; // every kept event from `fromTs` on
    QList<QJsonValue> events() const;                     // every kept event
    qsizetype eventCount() const { return m_events.size(); }

    // Long-poll keys. Each groups.getLongPollServer issues a fresh one; earlier keys stay
    // valid until they are keyLifetimeSecs old.
    QString key() const { return m_keys.isEmpty() ? QString() : m_keys.last().first; }
    QString issueKey();
    bool isKeyValid(const QString &key) const;
    // Every key issued so far stops working: failed 2 for whoever still uses one, including
    // long polls waiting now.
    void expireKey();

    // A stable 40-hex-digit id for `salt` in this community.
    QString hexId(const QString &salt) const;

Q_SIGNALS:
    void eventQueued(qint64 seq, const QString &type);
    void keysExpired();

private:
    struct StoredComment
    {
        qint64 objectId = 0;
        QJsonObject json; // as in the *_new event
        bool deleted = false;
    };
    struct Sent
    {
        qint64 messageId = 0;
        qint64 atMs = 0;
    };
    struct Event
    {
        qint64 seq = 0;
        QJsonValue update;
    };

    static QString key(Target target, qint64 objectId);
    Pushed queue(const QString &type, const QJsonValue &object, bool raw = false);
    void storeMessage(const QJsonObject &message);
    QJsonObject attachment(const QString &type, qint64 ownerId);
    void ensureObject(Target target, qint64 objectId);
    qint64 takeCommentId(Target target);
    Pushed pushCommentEvent(Target target, const QString &verb, qint64 commentId);

    Config m_config;
    std::function<qint64()> m_clockMs;
    QHash<qint64, User> m_users;
    QSet<qint64> m_peers;
    QMap<qint64, QJsonObject> m_messages;               // id -> message
    QHash<qint64, QList<qint64>> m_peerMessages;        // peer -> message ids, oldest first
    QHash<qint64, qint64> m_nextConversationMessageId;  // peer -> next cmid
    QHash<std::pair<qint64, qint64>, Sent> m_randomIds; // (peer, random_id)
    qint64 m_nextMessageId = 1;
    qint64 m_nextVersion = 10000001;
    QMap<qint64, QJsonObject> m_posts;
    QSet<QString> m_objects; // key(target, id) of photos, videos, topics, items
    std::map<std::pair<int, qint64>, StoredComment> m_comments; // (target, comment id)
    QHash<int, qint64> m_nextCommentId;                         // per target; wall shares posts'
    QHash<QString, qint64> m_guids;
    QList<Ban> m_bans;
    QList<Event> m_events;
    qint64 m_nextSeq = 1;
    QList<std::pair<QString, qint64>> m_keys; // key, issued (ms)
    qint64 m_keyCounter = 0;
    qint64 m_attachmentCounter = 0;
};

} // namespace fd::core
