// VkConnector's outgoing actions: replies, deletions and bans.

#include "VkConnector.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace fd::core {
namespace {

using RefKind = VkNormalizer::Ref::Kind;

QString refusalInWords(const HttpResult &reply)
{
    switch (reply.apiCode) {
    case 900:
        return VkConnector::tr("VK will not deliver it: the person has blocked the community (%1).")
            .arg(reply.apiMessage);
    case 901:
        return VkConnector::tr(
                   "VK will not deliver it: the person has not allowed messages from the "
                   "community (%1).")
            .arg(reply.apiMessage);
    case 902:
        return VkConnector::tr(
                   "VK will not deliver it: the person's privacy settings forbid it (%1).")
            .arg(reply.apiMessage);
    case 9:
        return VkConnector::tr(
                   "VK's flood control stopped it: too many similar actions (%1). Try again "
                   "in a minute.")
            .arg(reply.apiMessage);
    case 15:
    case 27:
        return VkConnector::tr("VK refused: the token has no right to do this (%1).")
            .arg(reply.apiMessage);
    case 29:
        return VkConnector::tr(
                   "VK's daily limit for this action is reached (%1). Try again tomorrow.")
            .arg(reply.apiMessage);
    default:
        return VkConnector::tr("VK refused: %1 (code %2)").arg(reply.apiMessage).arg(reply.apiCode);
    }
}

// The methods and parameters that act on a comment, per kind of object it hangs under.
struct CommentApi
{
    QString create;
    QString remove;
    QString objectKey;
    bool ownedByGroupId = false; // board.*: group_id (positive) instead of owner_id
};

CommentApi commentApi(RefKind kind)
{
    switch (kind) {
    case RefKind::Photo:
        return {u"photos.createComment"_s, u"photos.deleteComment"_s, u"photo_id"_s};
    case RefKind::Video:
        return {u"video.createComment"_s, u"video.deleteComment"_s, u"video_id"_s};
    case RefKind::Board:
        return {u"board.createComment"_s, u"board.deleteComment"_s, u"topic_id"_s, true};
    case RefKind::Market:
        return {u"market.createComment"_s, u"market.deleteComment"_s, u"item_id"_s};
    default:
        return {u"wall.createComment"_s, u"wall.deleteComment"_s, u"post_id"_s};
    }
}

void addOwner(HttpRequest &request, const CommentApi &where, const VkNormalizer::Ref &ref)
{
    if (where.ownedByGroupId)
        request.addFormField(u"group_id"_s, -ref.owner);
    else
        request.addFormField(u"owner_id"_s, ref.owner);
    request.addFormField(where.objectKey, ref.object);
}

} // namespace

void VkConnector::perform(const OutgoingAction &action, QObject *context,
                          std::function<void(const ActionResult &)> done)
{
    const VkNormalizer::Ref ref = VkNormalizer::parse(action.itemExternalId);
    auto refuse = [&](const QString &why) {
        ActionResult r;
        r.message = why;
        done(r);
    };
    if (!ref.valid()) {
        refuse(tr("This item has no VK message or comment id (%1).").arg(action.itemExternalId));
        return;
    }
    // Comments on a community's own wall, photos, … are owned by -group id.
    const qint64 group = m_groupId != 0 ? m_groupId : (ref.owner < 0 ? -ref.owner : 0);
    const bool user = !m_userToken.isEmpty();
    HttpRequest request;
    TokenKind token = TokenKind::Community;
    bool idempotent = false; // VK recognises a repeat of this call (random_id, guid)
    auto guid = [&](HttpRequest &r) {
        if (!action.idempotencyKey.isEmpty()) {
            r.addFormField(u"guid"_s, action.idempotencyKey);
            idempotent = true;
        }
    };

    switch (action.kind) {
    case OutgoingAction::Kind::Reply: {
        if (action.text.trimmed().isEmpty()) {
            refuse(tr("A reply needs some text."));
            return;
        }
        if (action.text.size() > maxMessageLength) {
            refuse(tr("VK takes at most %1 characters in a message; this reply has %2.")
                       .arg(maxMessageLength)
                       .arg(action.text.size()));
            return;
        }
        if (ref.kind == RefKind::Dm) {
            request = api(u"messages.send"_s, token);
            request.addFormField(u"peer_id"_s, ref.owner);
            request.addFormField(u"random_id"_s, randomIdFor(action.idempotencyKey));
            request.addFormField(u"message"_s, action.text);
            if (ref.byConversationId) {
                const QJsonObject forward{
                    {u"peer_id"_s, ref.owner},
                    {u"conversation_message_ids"_s, QJsonArray{ref.id}},
                    {u"is_reply"_s, true},
                };
                request.addFormField(u"forward"_s, QString::fromUtf8(QJsonDocument(forward).toJson(
                                                       QJsonDocument::Compact)));
            } else {
                request.addFormField(u"reply_to"_s, ref.id);
            }
            idempotent = true; // random_id: VK drops a second message with the same one
            break;
        }
        if (ref.kind != RefKind::Wall && !user) {
            refuse(tr("A VK community token can answer messages and wall comments only. Add an "
                      "administrator's user token to this account to answer under photos, "
                      "videos, discussions and products."));
            return;
        }
        const CommentApi where = commentApi(ref.kind);
        if (ref.kind != RefKind::Wall)
            token = TokenKind::User;
        request = api(where.create, token);
        addOwner(request, where, ref);
        // wall.createComment wants the community's id, the others a flag.
        request.addFormField(u"from_group"_s, ref.kind == RefKind::Wall ? group : 1);
        request.addFormField(u"message"_s, action.text);
        if (ref.kind != RefKind::Board)
            request.addFormField(u"reply_to_comment"_s, ref.id);
        guid(request);
        break;
    }
    case OutgoingAction::Kind::Delete:
        if (ref.kind == RefKind::Dm) {
            refuse(tr("VK does not let a community delete a customer's message; it stays in the "
                      "dialog."));
            return;
        }
        if (ref.kind != RefKind::Board && !user) {
            // Discussion comments are the one kind a community token may delete.
            refuse(capabilities().whyNoDelete);
            return;
        }
        if (ref.kind != RefKind::Board)
            token = TokenKind::User;
        request = api(commentApi(ref.kind).remove, token);
        addOwner(request, commentApi(ref.kind), ref);
        request.addFormField(u"comment_id"_s, ref.id);
        break;
    case OutgoingAction::Kind::Ban: {
        if (!user) {
            refuse(capabilities().whyNoBan);
            return;
        }
        if (group == 0) {
            refuse(tr("The community of this conversation is not known yet; poll the account "
                      "once, then try again."));
            return;
        }
        bool isNumber = false;
        const qint64 author = action.authorExternalId.toLongLong(&isNumber);
        if (!isNumber || author == 0 || author == -group) {
            refuse(tr("This item has no VK author to ban (%1).").arg(action.authorExternalId));
            return;
        }
        token = TokenKind::User;
        request = api(u"groups.ban"_s, token);
        request.addFormField(u"group_id"_s, group);
        request.addFormField(u"owner_id"_s, author);
        request.addFormField(u"comment_visible"_s, 1);
        break;
    }
    case OutgoingAction::Kind::Hide:
    case OutgoingAction::Kind::Unhide:
        refuse(capabilities().whyNoHide);
        return;
    }
    if (!idempotent)
        request.setSendOnce(); // a repeat VK cannot recognise must never be sent behind our back

    const OutgoingAction::Kind kind = action.kind;
    sendApi(request, token, context,
            [tokens = std::pair(m_token, m_userToken), ref, kind, idempotent,
             done = std::move(done)](HttpResult reply) {
                auto scrub = [&tokens](const QString &text) {
                    return VkConnector::scrub(text, tokens.first, tokens.second);
                };
                QJsonValue response;
                ActionResult r;
                if (unwrap(reply, &response)) {
                    r.ok = true;
                    if (kind == OutgoingAction::Kind::Reply) {
                        if (ref.kind == RefKind::Dm) {
                            r.externalId = VkNormalizer::dmId(ref.owner, response.toInteger());
                        } else {
                            const qint64 id =
                                VkNormalizer::idOf(response.toObject().value(u"comment_id"));
                            // board.createComment answers with the bare id.
                            r.externalId = VkNormalizer::commentId(
                                ref.kind, ref.owner, ref.object,
                                id != 0 ? id : VkNormalizer::idOf(response));
                        }
                    } else if (response.isDouble() && response.toInteger() == 0) {
                        r.ok = false;
                        r.message = tr("VK did not find the comment; it may be deleted already.");
                    }
                    done(r);
                    return;
                }
                if (reply.kind == HttpResult::Kind::Api) {
                    r.message = scrub(refusalInWords(reply));
                    r.retryable = reply.retryable() || reply.apiCode == 9;
                    if (reply.apiCode == 6)
                        r.retryAfter = 1s;
                    else if (reply.apiCode == 9)
                        r.retryAfter = 60s;
                } else {
                    r.message = scrub(reply.message);
                    r.retryable = reply.retryable();
                    r.retryAfter = reply.retryAfter;
                    if (reply.kind == HttpResult::Kind::Network && !idempotent) {
                        // It may have been carried out before the connection broke.
                        r.retryable = false;
                        r.message = tr("The connection broke before VK answered (%1). The action "
                                       "may or may not have been carried out: check on VK "
                                       "before trying again.")
                                        .arg(r.message);
                    } else if (reply.kind == HttpResult::Kind::Network) {
                        r.retryable = true;
                        r.message = tr("The connection broke before VK answered (%1). Trying "
                                       "again is safe: VK recognises a repeated reply.")
                                        .arg(r.message);
                    }
                }
                done(r);
            });
}

} // namespace fd::core
