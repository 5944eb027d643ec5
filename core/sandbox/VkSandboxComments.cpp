// The wall posts, photos, videos, board topics and market items of a sandbox community, and
// the comments on them with their *_new, *_edit, *_delete and *_restore events.
#include "VkSandboxCommunity.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

using Target = VkSandboxCommunity::Target;

QString prefix(Target target)
{
    switch (target) {
    case Target::Wall:
        return u"wall_reply_"_s;
    case Target::Photo:
        return u"photo_comment_"_s;
    case Target::Video:
        return u"video_comment_"_s;
    case Target::Board:
        return u"board_post_"_s;
    case Target::Market:
        return u"market_comment_"_s;
    }
    return {};
}

// Where the first ids of each kind start: these communities existed long before the sandbox.
qint64 firstCommentId(Target target)
{
    switch (target) {
    case Target::Wall:
        return 1200; // posts and their comments share one counter per wall, as on VK
    case Target::Photo:
        return 3100;
    case Target::Video:
        return 1500;
    case Target::Board:
        return 40;
    case Target::Market:
        return 120;
    }
    return 1;
}

// Comments on posts, photos and videos can be threaded; board and market comments cannot.
bool threaded(Target target)
{
    return target == Target::Wall || target == Target::Photo || target == Target::Video;
}

QJsonObject threadObject(qint64 count)
{
    return QJsonObject{{u"count"_s, count},
                       {u"items"_s, QJsonArray()},
                       {u"can_post"_s, true},
                       {u"show_reply_button"_s, true},
                       {u"groups_can_post"_s, true}};
}

} // namespace

// Wall posts and other objects

QJsonObject VkSandboxCommunity::post(qint64 postId) const
{
    return m_posts.value(postId);
}

QString VkSandboxCommunity::key(Target target, qint64 objectId)
{
    return QString::number(int(target)) + u':' + QString::number(objectId);
}

bool VkSandboxCommunity::hasObject(Target target, qint64 objectId) const
{
    return target == Target::Wall ? hasPost(objectId) : m_objects.contains(key(target, objectId));
}

void VkSandboxCommunity::ensureObject(Target target, qint64 objectId)
{
    if (target != Target::Wall) {
        m_objects.insert(key(target, objectId));
        return;
    }
    if (hasPost(objectId))
        return;
    // A post from before the sandbox started: it exists, but it never arrived as an event.
    m_posts.insert(objectId, QJsonObject{{u"id"_s, objectId},
                                         {u"from_id"_s, ownerId()},
                                         {u"owner_id"_s, ownerId()},
                                         {u"date"_s, now() - 86400},
                                         {u"post_type"_s, u"post"_s},
                                         {u"text"_s, QString()},
                                         {u"comments"_s, QJsonObject{{u"count"_s, 0}}}});
}

qint64 VkSandboxCommunity::takeCommentId(Target target)
{
    auto it = m_nextCommentId.find(int(target));
    if (it == m_nextCommentId.end())
        it = m_nextCommentId.insert(int(target), firstCommentId(target));
    return it.value()++;
}

VkSandboxCommunity::Pushed VkSandboxCommunity::pushWallPost(const QString &text)
{
    const qint64 id = takeCommentId(Target::Wall);
    const QJsonObject post{
        {u"id"_s, id},
        {u"from_id"_s, ownerId()},
        {u"owner_id"_s, ownerId()},
        {u"created_by"_s, m_config.adminUserId},
        {u"date"_s, now()},
        {u"marked_as_ads"_s, 0},
        {u"is_favorite"_s, false},
        {u"post_type"_s, u"post"_s},
        {u"text"_s, text},
        {u"attachments"_s, QJsonArray()},
        {u"can_edit"_s, 1},
        {u"can_delete"_s, 1},
        {u"comments"_s,
         QJsonObject{{u"can_post"_s, 1}, {u"count"_s, 0}, {u"groups_can_post"_s, true}}},
        {u"likes"_s,
         QJsonObject{
             {u"can_like"_s, 1}, {u"count"_s, 0}, {u"user_likes"_s, 0}, {u"can_publish"_s, 1}}},
        {u"reposts"_s, QJsonObject{{u"count"_s, 0}, {u"user_reposted"_s, 0}}},
        {u"views"_s, QJsonObject{{u"count"_s, 1}}},
        {u"post_source"_s, QJsonObject{{u"type"_s, u"vk"_s}}},
        {u"donut"_s, QJsonObject{{u"is_donut"_s, false}}},
        {u"short_text_rate"_s, 0.8},
        {u"hash"_s, hexId(u"post:"_s + QString::number(id)).left(22)}};
    m_posts.insert(id, post);
    Pushed p = queue(u"wall_post_new"_s, post);
    p.id = id;
    p.ownerId = ownerId();
    p.parentId = id;
    return p;
}

// Comments

QJsonObject VkSandboxCommunity::comment(Target target, qint64 commentId) const
{
    const auto it = m_comments.find({int(target), commentId});
    return it == m_comments.end() || it->second.deleted ? QJsonObject() : it->second.json;
}

bool VkSandboxCommunity::isDeleted(Target target, qint64 commentId) const
{
    const auto it = m_comments.find({int(target), commentId});
    return it != m_comments.end() && it->second.deleted;
}

qint64 VkSandboxCommunity::commentObject(Target target, qint64 commentId) const
{
    const auto it = m_comments.find({int(target), commentId});
    return it == m_comments.end() ? 0 : it->second.objectId;
}

qint64 VkSandboxCommunity::commentForGuid(Target target, qint64 objectId, const QString &guid) const
{
    return guid.isEmpty() ? 0 : m_guids.value(key(target, objectId) + u':' + guid);
}

void VkSandboxCommunity::rememberGuid(Target target, qint64 objectId, const QString &guid,
                                      qint64 commentId)
{
    if (!guid.isEmpty())
        m_guids.insert(key(target, objectId) + u':' + guid, commentId);
}

VkSandboxCommunity::Pushed VkSandboxCommunity::addComment(Target target, qint64 objectId,
                                                          qint64 fromId, const QString &text,
                                                          qint64 replyToComment)
{
    ensureObject(target, objectId);
    const qint64 id = takeCommentId(target);
    QJsonObject c{{u"id"_s, id}, {u"from_id"_s, fromId}, {u"date"_s, now()}, {u"text"_s, text}};
    switch (target) {
    case Target::Wall:
        c.insert(u"post_id"_s, objectId);
        c.insert(u"owner_id"_s, ownerId());
        c.insert(u"post_owner_id"_s, ownerId());
        break;
    case Target::Photo:
        c.insert(u"photo_id"_s, objectId);
        c.insert(u"photo_owner_id"_s, ownerId());
        break;
    case Target::Video:
        c.insert(u"video_id"_s, objectId);
        c.insert(u"video_owner_id"_s, ownerId());
        break;
    case Target::Board:
        c.insert(u"topic_id"_s, objectId);
        c.insert(u"topic_owner_id"_s, ownerId());
        break;
    case Target::Market:
        c.insert(u"item_id"_s, objectId);
        c.insert(u"market_owner_id"_s, ownerId());
        break;
    }
    if (threaded(target)) {
        QJsonArray parents;
        const auto answered = m_comments.find({int(target), replyToComment});
        if (replyToComment != 0 && answered != m_comments.end() &&
            answered->second.objectId == objectId && !answered->second.deleted) {
            const QJsonObject &a = answered->second.json;
            // VK threads are two levels deep: a reply to a reply joins the root's thread.
            parents = a.value(u"parents_stack"_s).toArray();
            if (parents.isEmpty())
                parents.append(replyToComment);
            c.insert(u"reply_to_user"_s, a.value(u"from_id"_s));
            c.insert(u"reply_to_comment"_s, replyToComment);
            const auto root = m_comments.find({int(target), parents.at(0).toInteger()});
            if (root != m_comments.end()) {
                QJsonObject &r = root->second.json;
                r.insert(u"thread"_s,
                         threadObject(r.value(u"thread"_s)[u"count"_s].toInteger() + 1));
            }
        }
        c.insert(u"parents_stack"_s, parents);
        c.insert(u"thread"_s, threadObject(0));
    }
    m_comments[{int(target), id}] = StoredComment{objectId, c, false};
    if (target == Target::Wall) {
        QJsonObject &post = m_posts[objectId];
        QJsonObject comments = post.value(u"comments"_s).toObject();
        comments.insert(u"count"_s, comments.value(u"count"_s).toInteger() + 1);
        post.insert(u"comments"_s, comments);
    }
    return pushCommentEvent(target, u"new"_s, id);
}

VkSandboxCommunity::Pushed VkSandboxCommunity::pushCommentEvent(Target target, const QString &verb,
                                                                qint64 commentId)
{
    const StoredComment &stored = m_comments.at({int(target), commentId});
    Pushed p = queue(prefix(target) + verb, stored.json);
    p.id = commentId;
    p.ownerId = ownerId();
    p.parentId = stored.objectId;
    return p;
}

VkSandboxCommunity::Pushed VkSandboxCommunity::editComment(Target target, qint64 commentId,
                                                           const QString &text)
{
    const auto it = m_comments.find({int(target), commentId});
    if (it == m_comments.end() || it->second.deleted)
        return {};
    it->second.json.insert(u"text"_s, text);
    return pushCommentEvent(target, u"edit"_s, commentId);
}

VkSandboxCommunity::Pushed VkSandboxCommunity::removeComment(Target target, qint64 commentId,
                                                             qint64 deleterId)
{
    const auto it = m_comments.find({int(target), commentId});
    if (it == m_comments.end() || it->second.deleted)
        return {};
    it->second.deleted = true;
    const qint64 objectId = it->second.objectId;
    const qint64 author = it->second.json.value(u"from_id"_s).toInteger();
    // user_id: whose comment it was; deleter_id: who removed it.
    QJsonObject o{{u"owner_id"_s, ownerId()},
                  {u"id"_s, commentId},
                  {u"user_id"_s, author},
                  {u"deleter_id"_s, deleterId}};
    switch (target) {
    case Target::Wall: {
        o.insert(u"post_id"_s, objectId);
        QJsonObject &post = m_posts[objectId];
        QJsonObject comments = post.value(u"comments"_s).toObject();
        comments.insert(u"count"_s, qMax<qint64>(0, comments.value(u"count"_s).toInteger() - 1));
        post.insert(u"comments"_s, comments);
        break;
    }
    case Target::Photo:
        o.insert(u"photo_id"_s, objectId);
        break;
    case Target::Video:
        o.insert(u"video_id"_s, objectId);
        break;
    case Target::Board:
        o = QJsonObject{{u"topic_owner_id"_s, ownerId()},
                        {u"topic_id"_s, objectId},
                        {u"id"_s, commentId},
                        {u"deleter_id"_s, deleterId}};
        break;
    case Target::Market:
        o.insert(u"item_id"_s, objectId);
        break;
    }
    Pushed p = queue(prefix(target) + u"delete"_s, o);
    p.id = commentId;
    p.ownerId = ownerId();
    p.parentId = objectId;
    return p;
}

VkSandboxCommunity::Pushed VkSandboxCommunity::restoreComment(Target target, qint64 commentId)
{
    const auto it = m_comments.find({int(target), commentId});
    if (it == m_comments.end() || !it->second.deleted)
        return {};
    it->second.deleted = false;
    if (target == Target::Wall) {
        QJsonObject &post = m_posts[it->second.objectId];
        QJsonObject comments = post.value(u"comments"_s).toObject();
        comments.insert(u"count"_s, comments.value(u"count"_s).toInteger() + 1);
        post.insert(u"comments"_s, comments);
    }
    return pushCommentEvent(target, u"restore"_s, commentId);
}

VkSandboxCommunity::Pushed VkSandboxCommunity::pushWallReply(const User &from, qint64 postId,
                                                             const QString &text,
                                                             qint64 replyToComment)
{
    addUser(from);
    return addComment(Target::Wall, postId, from.id, text, replyToComment);
}

VkSandboxCommunity::Pushed VkSandboxCommunity::pushWallReplyEdit(qint64 postId, qint64 commentId,
                                                                 const QString &text)
{
    if (commentObject(Target::Wall, commentId) != postId)
        return {};
    return editComment(Target::Wall, commentId, text);
}

VkSandboxCommunity::Pushed VkSandboxCommunity::pushWallReplyDelete(qint64 postId, qint64 commentId,
                                                                   qint64 deleterId)
{
    if (commentObject(Target::Wall, commentId) != postId)
        return {};
    return removeComment(Target::Wall, commentId, deleterId);
}

VkSandboxCommunity::Pushed VkSandboxCommunity::pushWallReplyRestore(qint64 postId, qint64 commentId)
{
    if (commentObject(Target::Wall, commentId) != postId)
        return {};
    return restoreComment(Target::Wall, commentId);
}

VkSandboxCommunity::Pushed VkSandboxCommunity::pushPhotoComment(const User &from, qint64 photoId,
                                                                const QString &text)
{
    addUser(from);
    return addComment(Target::Photo, photoId, from.id, text);
}

VkSandboxCommunity::Pushed
VkSandboxCommunity::pushPhotoCommentDelete(qint64 photoId, qint64 commentId, qint64 deleterId)
{
    if (commentObject(Target::Photo, commentId) != photoId)
        return {};
    return removeComment(Target::Photo, commentId, deleterId);
}

VkSandboxCommunity::Pushed VkSandboxCommunity::pushVideoComment(const User &from, qint64 videoId,
                                                                const QString &text)
{
    addUser(from);
    return addComment(Target::Video, videoId, from.id, text);
}

VkSandboxCommunity::Pushed
VkSandboxCommunity::pushVideoCommentDelete(qint64 videoId, qint64 commentId, qint64 deleterId)
{
    if (commentObject(Target::Video, commentId) != videoId)
        return {};
    return removeComment(Target::Video, commentId, deleterId);
}

VkSandboxCommunity::Pushed VkSandboxCommunity::pushBoardPost(const User &from, qint64 topicId,
                                                             const QString &text)
{
    addUser(from);
    return addComment(Target::Board, topicId, from.id, text);
}

VkSandboxCommunity::Pushed VkSandboxCommunity::pushMarketComment(const User &from, qint64 itemId,
                                                                 const QString &text)
{
    addUser(from);
    return addComment(Target::Market, itemId, from.id, text);
}

} // namespace fd::core
