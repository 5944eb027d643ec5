#include "VkTrafficFeeder.h"

#include <QDateTime>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

using Community = VkSandboxCommunity;

// A stable hash (qHash is seeded per process, and the same seed must give the same traffic).
quint32 fnv1a(const QString &s)
{
    quint32 h = 2166136261u;
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

// The community's photos, videos, board topics and market items people comment on.
constexpr qint64 FirstPhotoId = 457239017;
constexpr qint64 FirstVideoId = 456239017;
constexpr qint64 FirstTopicId = 39781236;
constexpr qint64 FirstItemId = 8123456;

} // namespace

VkTrafficFeeder::VkTrafficFeeder(VkSandboxCommunity *community, quint32 seed, QObject *parent)
    : SandboxTrafficFeeder(seed ^ 0x5b1c3e97u, parent)
    , m_community(community)
    , m_generator(seed, Platform::Vk)
{}

VkSandboxCommunity::User VkTrafficFeeder::userFor(const Author &author)
{
    Community::User u;
    u.id = author.externalId.toLongLong();
    u.firstName = author.name.section(u' ', 0, 0);
    u.lastName = author.name.section(u' ', 1);
    if (u.id % 5 != 0) // some people never chose a screen name: VK shows "id<id>"
        u.screenName = author.handle;
    u.city = author.city;
    u.cityId = u.city.isEmpty() ? 0 : 1 + qint64(fnv1a(u.city) % 4000);
    u.followers = author.followers;
    if (u.id % 7 != 0) { // the rest keep VK's camera placeholder
        u.photo100 = u"https://sun9-"_s + QString::number(10 + u.id % 80) +
                     u".userapi.com/s/v1/ig2/"_s +
                     m_community->hexId(u"avatar:"_s + author.externalId).left(32) +
                     u".jpg?size=100x100&quality=96&crop=0,0,400,400&ava=1"_s;
    }
    m_community->addUser(u);
    return u;
}

QString VkTrafficFeeder::attachmentFor(const QString &attachments)
{
    if (attachments == u"photo"_s || attachments == u"video"_s || attachments == u"sticker"_s)
        return attachments;
    if (attachments == u"file"_s)
        return u"doc"_s;
    return {};
}

void VkTrafficFeeder::produceOne()
{
    const Community::Config &config = m_community->config();
    const auto wallPost = [&](const QString &externalId, const QString &text) {
        qint64 post = m_posts.value(externalId);
        if (post == 0) {
            post = count(m_community->pushWallPost(text)).id;
            m_posts.insert(externalId, post);
        }
        return post;
    };

    const IncomingItem in =
        m_generator.next(QDateTime::fromSecsSinceEpoch(m_community->now(), Qt::UTC));
    const Item &item = in.item;
    const Community::User user = userFor(item.author);

    switch (item.kind) {
    case ItemKind::Dm:
    case ItemKind::Review: { // VK communities have no reviews: people write them as messages
        const Community::Pushed p =
            count(m_community->pushMessage(user, item.text, attachmentFor(item.attachments)));
        remember(m_recentDms, std::pair{p.parentId, p.id});
        break;
    }
    case ItemKind::Comment: {
        const quint32 where = rng().bounded(100u);
        if (where < 72) {
            const qint64 post = wallPost(in.post.externalId, in.post.text);
            const qint64 replyTo = m_comments.value(item.parentExternalId);
            const Community::Pushed p =
                count(m_community->pushWallReply(user, post, item.text, replyTo));
            if (m_comments.size() > 5000)
                m_comments.clear();
            m_comments.insert(item.externalId, p.id);
            remember(m_recentComments, Comment{Target::Wall, post, p.id});
        } else if (where < 82) {
            const qint64 photo = FirstPhotoId + rng().bounded(6);
            const Community::Pushed p =
                count(m_community->pushPhotoComment(user, photo, item.text));
            remember(m_recentComments, Comment{Target::Photo, photo, p.id});
        } else if (where < 90) {
            count(m_community->pushVideoComment(user, FirstVideoId + rng().bounded(4), item.text));
        } else if (where < 95) {
            count(m_community->pushBoardPost(user, FirstTopicId + rng().bounded(3), item.text));
        } else {
            count(m_community->pushMarketComment(user, FirstItemId + rng().bounded(5), item.text));
        }
        break;
    }
    case ItemKind::Mention: {
        // VK mentions a community as a link in its own markup.
        QString text = item.text;
        text.replace(u"@frontshop"_s,
                     u"[club"_s + QString::number(config.groupId) + u'|' + config.name + u']');
        const QList<QString> known = m_posts.keys();
        QString post = u"mention-post"_s;
        if (!known.isEmpty()) {
            QList<QString> sorted = known;
            std::sort(sorted.begin(), sorted.end()); // hash order differs between runs
            post = sorted.at(rng().bounded(int(sorted.size())));
        }
        const qint64 postId = wallPost(post, u"Что вы у нас покупали в этом месяце?"_s);
        const Community::Pushed p = count(m_community->pushWallReply(user, postId, text));
        remember(m_recentComments, Comment{Target::Wall, postId, p.id});
        break;
    }
    }

    // Now and then: edits, deletions and restores, typing, joins, an event nobody knows yet.
    if (!m_recentDms.isEmpty() && rng().bounded(20) == 0) {
        const auto [peer, id] = m_recentDms.at(rng().bounded(int(m_recentDms.size())));
        const QJsonObject m = m_community->message(id);
        if (!m.isEmpty())
            count(
                m_community->pushMessageEdit(peer, id, m.value(u"text"_s).toString() + u" UPD"_s));
    }
    QList<qsizetype> wall;
    QList<qsizetype> photos;
    for (qsizetype i = 0; i < m_recentComments.size(); ++i)
        (m_recentComments.at(i).target == Target::Wall ? wall : photos).append(i);
    if (!wall.isEmpty() && rng().bounded(25) == 0) {
        const Comment c = m_recentComments.at(wall.at(rng().bounded(int(wall.size()))));
        const QJsonObject o = m_community->comment(Target::Wall, c.commentId);
        if (!o.isEmpty()) {
            count(m_community->pushWallReplyEdit(c.objectId, c.commentId,
                                                 o.value(u"text"_s).toString() + u" (upd)"_s));
        }
    }
    if (!wall.isEmpty() && rng().bounded(40) == 0) {
        const Comment c = m_recentComments.takeAt(wall.at(rng().bounded(int(wall.size()))));
        if (count(m_community->pushWallReplyDelete(c.objectId, c.commentId, config.adminUserId))
                .queued())
            m_deletedComments.append(c);
    } else if (!m_deletedComments.isEmpty() && rng().bounded(6) == 0) {
        const Comment c = m_deletedComments.takeAt(rng().bounded(int(m_deletedComments.size())));
        count(m_community->pushWallReplyRestore(c.objectId, c.commentId));
    } else if (!photos.isEmpty() && rng().bounded(50) == 0) {
        const Comment c = m_recentComments.takeAt(photos.at(rng().bounded(int(photos.size()))));
        count(m_community->pushPhotoCommentDelete(c.objectId, c.commentId, config.adminUserId));
    }
    if (rng().bounded(15) == 0) {
        count(m_community->pushEvent(u"message_typing_state"_s,
                                     QJsonObject{{u"state"_s, u"typing"_s},
                                                 {u"from_id"_s, user.id},
                                                 {u"to_id"_s, m_community->ownerId()}}));
    }
    if (rng().bounded(30) == 0) {
        count(m_community->pushEvent(
            u"group_join"_s, QJsonObject{{u"user_id"_s, user.id}, {u"join_type"_s, u"join"_s}}));
    }
    if (rng().bounded(80) == 0) {
        // A type added after the client was written.
        count(
            m_community->pushEvent(u"message_reaction_event"_s,
                                   QJsonObject{{u"reacted_id"_s, user.id},
                                               {u"peer_id"_s, user.id},
                                               {u"cmid"_s, qint64(1 + rng().bounded(50))},
                                               {u"reaction_id"_s, qint64(1 + rng().bounded(16))}}));
    }
}

} // namespace fd::core
