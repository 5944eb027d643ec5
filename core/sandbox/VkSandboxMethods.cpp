// The API methods of VkSandbox: reads, and the writes a connector makes on a customer's behalf.
#include "VkSandbox.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

using Target = VkSandboxCommunity::Target;

constexpr int MaxMessageLength = 4096;
constexpr int MaxUserIds = 1000;

// An integer parameter: nullopt when absent or empty; `bad` when present but not a number.
std::optional<qint64> integer(const QMap<QString, QString> &params, const QString &name, bool *bad)
{
    const QString s = params.value(name).trimmed();
    if (s.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 v = s.toLongLong(&ok);
    if (!ok) {
        *bad = true;
        return std::nullopt;
    }
    return v;
}

QStringList list(const QString &value)
{
    QStringList out;
    const QStringList parts = value.split(u',');
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            out.append(p.trimmed());
    }
    return out;
}

// What the createComment/deleteComment methods of each section call their parameters.
QString objectParam(Target target)
{
    switch (target) {
    case Target::Wall:
        return u"post_id"_s;
    case Target::Photo:
        return u"photo_id"_s;
    case Target::Video:
        return u"video_id"_s;
    case Target::Board:
        return u"topic_id"_s;
    case Target::Market:
        return u"item_id"_s;
    }
    return {};
}

} // namespace

// groups and users

VkSandbox::Reply VkSandbox::groupsGetById(Call &call)
{
    QStringList wanted = list(call.params.value(u"group_ids"_s));
    wanted += list(call.params.value(u"group_id"_s));
    if (wanted.isEmpty()) {
        // A community token means its own community; a user has none of their own.
        if (call.tokenKind != u"group"_s)
            return paramError(call, u"group_ids is undefined"_s);
        wanted.append(QString::number(call.community->id()));
    }
    QJsonArray groups;
    for (const QString &w : std::as_const(wanted)) {
        QString s = w;
        for (const QString &prefix : {u"club"_s, u"public"_s}) {
            if (s.startsWith(prefix) && s.mid(prefix.size()).toLongLong() > 0)
                s = s.mid(prefix.size());
        }
        for (VkSandboxCommunity *c : std::as_const(m_communities)) {
            if (QString::number(c->id()) == s ||
                c->config().screenName.compare(s, Qt::CaseInsensitive) == 0) {
                groups.append(c->groupJson(call.tokenKind == u"user"_s && c == call.community));
                break;
            }
        }
    }
    if (groups.isEmpty())
        return paramError(call, u"group_ids is undefined"_s);
    return ok(QJsonObject{{u"groups"_s, groups}, {u"profiles"_s, QJsonArray()}});
}

VkSandbox::Reply VkSandbox::groupsGetLongPollServer(Call &call)
{
    bool bad = false;
    const std::optional<qint64> groupId = integer(call.params, u"group_id"_s, &bad);
    if (bad)
        return paramError(call, u"group_id not integer"_s);
    if (!groupId)
        return paramError(call, u"group_id is undefined"_s);
    if (*groupId != call.community->id())
        return error(call, 15, u"Access denied: no access to this group"_s);
    VkSandboxCommunity *c = call.community;
    const QString key = c->issueKey();
    return ok(QJsonObject{{u"key"_s, key},
                          {u"server"_s, longPollServer(c->id()).toString()},
                          {u"ts"_s, QString::number(c->currentTs())}});
}

VkSandbox::Reply VkSandbox::usersGet(Call &call)
{
    QStringList ids = list(call.params.value(u"user_ids"_s));
    ids += list(call.params.value(u"user_id"_s));
    if (ids.size() > MaxUserIds)
        return paramError(call, u"user_ids is too long"_s);
    // Without ids a user token means its owner; a community token means no one.
    if (ids.isEmpty() && call.tokenKind == u"user"_s)
        ids.append(QString::number(call.community->config().adminUserId));
    const QStringList fields = list(call.params.value(u"fields"_s));
    QJsonArray users;
    for (const QString &id : std::as_const(ids)) {
        const VkSandboxCommunity::User u = call.community->findUser(id);
        if (u.id != 0)
            users.append(u.toJson(fields));
    }
    return ok(users);
}

VkSandbox::Reply VkSandbox::wallGetById(Call &call)
{
    if (call.tokenKind != u"user"_s)
        return error(call, 27);
    const QStringList posts = list(call.params.value(u"posts"_s));
    if (posts.isEmpty())
        return paramError(call, u"posts is undefined"_s);
    QJsonArray items;
    for (const QString &p : posts) {
        const qint64 owner = p.section(u'_', 0, 0).toLongLong();
        const qint64 id = p.section(u'_', 1, 1).toLongLong();
        if (owner == call.community->ownerId() && call.community->hasPost(id))
            items.append(call.community->post(id));
    }
    return ok(QJsonObject{{u"items"_s, items}});
}

// messages

VkSandbox::Reply VkSandbox::messagesSend(Call &call)
{
    VkSandboxCommunity *c = call.community;
    const QMap<QString, QString> &p = call.params;
    bool bad = false;
    std::optional<qint64> peer = integer(p, u"peer_id"_s, &bad);
    if (bad)
        return paramError(call, u"peer_id not integer"_s);
    if (!peer)
        peer = integer(p, u"user_id"_s, &bad);
    if (bad)
        return paramError(call, u"user_id not integer"_s);
    if (!peer)
        return paramError(call, u"you should specify peer_id, user_id, domain, chat_id or "
                                u"peer_ids param"_s);
    const std::optional<qint64> randomId = integer(p, u"random_id"_s, &bad);
    if (bad)
        return paramError(call, u"random_id not integer"_s);
    if (!randomId)
        return paramError(call, u"random_id is undefined"_s);
    const QString text = p.value(u"message"_s);
    if (text.trimmed().isEmpty() && p.value(u"attachment"_s).trimmed().isEmpty())
        return paramError(call, u"message is empty or invalid"_s);
    if (text.size() > MaxMessageLength)
        return error(call, 914);
    if (!c->hasPeer(*peer))
        return error(call, 901);
    // The same random_id to the same peer within an hour: the message already exists.
    if (const qint64 sent = c->messageForRandomId(*peer, *randomId); sent != 0)
        return ok(sent);
    const std::optional<qint64> replyTo = integer(p, u"reply_to"_s, &bad);
    if (bad)
        return paramError(call, u"reply_to not integer"_s);
    if (replyTo && c->message(*replyTo).value(u"peer_id"_s).toInteger() != *peer)
        return paramError(call, u"reply_to is invalid"_s);
    const VkSandboxCommunity::Pushed sent =
        c->addOutgoing(*peer, text, replyTo.value_or(0), *randomId,
                       call.tokenKind == u"user"_s ? c->config().adminUserId : 0);
    return ok(sent.id);
}

// comments

VkSandbox::Reply VkSandbox::wallCreateComment(Call &call)
{
    VkSandboxCommunity *c = call.community;
    const QMap<QString, QString> &p = call.params;
    bool bad = false;
    const std::optional<qint64> owner = integer(p, u"owner_id"_s, &bad);
    const std::optional<qint64> post = integer(p, u"post_id"_s, &bad);
    const std::optional<qint64> replyTo = integer(p, u"reply_to_comment"_s, &bad);
    if (bad)
        return paramError(call, u"owner_id, post_id and reply_to_comment must be integers"_s);
    if (!owner)
        return paramError(call, u"owner_id is undefined"_s);
    if (!post)
        return paramError(call, u"post_id is undefined"_s);
    if (*owner != c->ownerId())
        return error(call, 15);
    if (!c->hasPost(*post))
        return paramError(call, u"post_id is undefined"_s);
    const QString guid = p.value(u"guid"_s);
    if (const qint64 existing = c->commentForGuid(Target::Wall, *post, guid); existing != 0) {
        const QJsonObject again = c->comment(Target::Wall, existing);
        return ok(QJsonObject{{u"comment_id"_s, existing},
                              {u"parents_stack"_s, again.value(u"parents_stack"_s).toArray()}});
    }
    const QString text = p.value(u"message"_s);
    if (text.trimmed().isEmpty() && p.value(u"attachments"_s).trimmed().isEmpty() &&
        p.value(u"sticker_id"_s).trimmed().isEmpty())
        return paramError(call, u"message is empty"_s);
    if (replyTo && *replyTo != 0 && c->comment(Target::Wall, *replyTo).isEmpty())
        return paramError(call, u"reply_to_comment is invalid"_s);
    if (replyTo && *replyTo != 0 && c->commentObject(Target::Wall, *replyTo) != *post)
        return paramError(call, u"reply_to_comment is invalid"_s);
    // A community token always writes as the community; an admin does when from_group names it.
    const qint64 fromGroup = p.value(u"from_group"_s).trimmed().toLongLong();
    const bool asGroup = call.tokenKind == u"group"_s || fromGroup == c->id() || fromGroup == 1;
    const VkSandboxCommunity::Pushed added =
        c->addComment(Target::Wall, *post, asGroup ? c->ownerId() : c->config().adminUserId, text,
                      replyTo.value_or(0));
    c->rememberGuid(Target::Wall, *post, guid, added.id);
    return ok(QJsonObject{{u"comment_id"_s, added.id},
                          {u"parents_stack"_s, added.object.value(u"parents_stack"_s).toArray()}});
}

VkSandbox::Reply VkSandbox::createComment(Call &call, Target target)
{
    if (call.tokenKind != u"user"_s)
        return error(call, 27);
    VkSandboxCommunity *c = call.community;
    const QMap<QString, QString> &p = call.params;
    // Board topics are addressed by group_id, everything else by owner_id.
    const QString ownerParam = target == Target::Board ? u"group_id"_s : u"owner_id"_s;
    const QString idParam = objectParam(target);
    bool bad = false;
    const std::optional<qint64> owner = integer(p, ownerParam, &bad);
    const std::optional<qint64> object = integer(p, idParam, &bad);
    const std::optional<qint64> replyTo = integer(p, u"reply_to_comment"_s, &bad);
    if (bad)
        return paramError(call, ownerParam + u" and "_s + idParam + u" must be integers"_s);
    if (!owner)
        return paramError(call, ownerParam + u" is undefined"_s);
    if (!object)
        return paramError(call, idParam + u" is undefined"_s);
    if (*owner != (target == Target::Board ? c->id() : c->ownerId()))
        return error(call, 15);
    if (!c->hasObject(target, *object))
        return paramError(call, idParam + u" is undefined"_s);
    const QString guid = p.value(u"guid"_s);
    if (const qint64 existing = c->commentForGuid(target, *object, guid); existing != 0)
        return ok(existing);
    const QString text = p.value(u"message"_s);
    if (text.trimmed().isEmpty() && p.value(u"attachments"_s).trimmed().isEmpty() &&
        p.value(u"sticker_id"_s).trimmed().isEmpty())
        return paramError(call, u"message is empty"_s);
    const qint64 fromGroup = p.value(u"from_group"_s).trimmed().toLongLong();
    const bool asGroup = fromGroup == c->id() || fromGroup == 1;
    const VkSandboxCommunity::Pushed added =
        c->addComment(target, *object, asGroup ? c->ownerId() : c->config().adminUserId, text,
                      replyTo.value_or(0));
    c->rememberGuid(target, *object, guid, added.id);
    return ok(added.id);
}

VkSandbox::Reply VkSandbox::deleteComment(Call &call, Target target)
{
    if (call.tokenKind != u"user"_s)
        return error(call, 27);
    VkSandboxCommunity *c = call.community;
    bool bad = false;
    const std::optional<qint64> owner = integer(call.params, u"owner_id"_s, &bad);
    const std::optional<qint64> id = integer(call.params, u"comment_id"_s, &bad);
    if (bad)
        return paramError(call, u"owner_id and comment_id must be integers"_s);
    if (!owner)
        return paramError(call, u"owner_id is undefined"_s);
    if (!id)
        return paramError(call, u"comment_id is undefined"_s);
    if (*owner != c->ownerId())
        return error(call, 15);
    if (c->comment(target, *id).isEmpty()) {
        // photos.deleteComment says 0 for a comment it did not find; the others refuse.
        if (target == Target::Photo)
            return ok(0);
        return paramError(call, u"comment_id is invalid"_s);
    }
    c->removeComment(target, *id, c->config().adminUserId);
    return ok(1);
}

VkSandbox::Reply VkSandbox::boardDeleteComment(Call &call)
{
    VkSandboxCommunity *c = call.community;
    bool bad = false;
    const std::optional<qint64> group = integer(call.params, u"group_id"_s, &bad);
    const std::optional<qint64> topic = integer(call.params, u"topic_id"_s, &bad);
    const std::optional<qint64> id = integer(call.params, u"comment_id"_s, &bad);
    if (bad)
        return paramError(call, u"group_id, topic_id and comment_id must be integers"_s);
    if (!group)
        return paramError(call, u"group_id is undefined"_s);
    if (!topic)
        return paramError(call, u"topic_id is undefined"_s);
    if (!id)
        return paramError(call, u"comment_id is undefined"_s);
    if (*group != c->id())
        return error(call, 15);
    if (c->comment(Target::Board, *id).isEmpty() || c->commentObject(Target::Board, *id) != *topic)
        return paramError(call, u"comment_id is invalid"_s);
    c->removeComment(Target::Board, *id, c->config().adminUserId);
    return ok(1);
}

// moderation

VkSandbox::Reply VkSandbox::groupsBan(Call &call)
{
    if (call.tokenKind != u"user"_s)
        return error(call, 27);
    VkSandboxCommunity *c = call.community;
    bool bad = false;
    const std::optional<qint64> group = integer(call.params, u"group_id"_s, &bad);
    std::optional<qint64> owner = integer(call.params, u"owner_id"_s, &bad);
    if (!owner)
        owner = integer(call.params, u"user_id"_s, &bad); // the older spelling
    const std::optional<qint64> endDate = integer(call.params, u"end_date"_s, &bad);
    const std::optional<qint64> reason = integer(call.params, u"reason"_s, &bad);
    if (bad)
        return paramError(call, u"group_id, owner_id, end_date and reason must be integers"_s);
    if (!group)
        return paramError(call, u"group_id is undefined"_s);
    if (!owner)
        return paramError(call, u"owner_id is undefined"_s);
    if (*group != c->id())
        return error(call, 15);
    VkSandboxCommunity::Ban ban;
    ban.ownerId = *owner;
    ban.endDate = endDate.value_or(0);
    ban.reason = int(reason.value_or(0));
    ban.comment = call.params.value(u"comment"_s);
    ban.commentVisible = call.params.value(u"comment_visible"_s).trimmed() == u"1"_s;
    ban.at = c->now();
    c->addBan(ban);
    return ok(1);
}

} // namespace fd::core
