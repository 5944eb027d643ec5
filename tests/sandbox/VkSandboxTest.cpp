// The VK sandbox's events as a connector sees them: the payload of every event type.
#include "SandboxClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::Reply;
using fd::test::sortedKeys;
using fd::test::vkError;
using fd::test::VkFixture;
using fd::test::vkObjectOf;
using fd::test::vkPoll;
using fd::test::vkResponse;
using fd::test::vkUser;
using Target = VkSandboxCommunity::Target;

namespace {

constexpr qint64 Gid = fd::test::vkGroupId;
const auto anna = fd::test::vkAnna();
const auto james = fd::test::vkJames();

VkSandbox::Options fixedClock()
{
    VkSandbox::Options options;
    options.clockMs = [] { return qint64(1767260400000); }; // 2026-01-01 09:40 UTC
    return options;
}

} // namespace

TEST_CASE("VK sandbox: every event carries group_id, type, a unique event_id, v and object", "[vk]")
{
    VkFixture f;
    const qint64 ts = f.community->currentTs();
    f.community->pushMessage(anna, u"hi"_s);
    const auto post = f.community->pushWallPost(u"Spring sale"_s);
    f.community->pushWallReply(james, post.id, u"Nice"_s);
    f.community->pushPhotoComment(anna, 457239017, u"Красиво"_s);
    const QJsonArray events = vkPoll(f, ts);
    REQUIRE(events.size() == 4);
    QSet<QString> ids;
    for (const QJsonValue &e : events) {
        const QJsonObject o = e.toObject();
        CHECK(sortedKeys(o) ==
              QStringList{u"event_id"_s, u"group_id"_s, u"object"_s, u"type"_s, u"v"_s});
        CHECK(o.value(u"group_id"_s).toInteger() == Gid);
        CHECK(o.value(u"v"_s) == u"5.199"_s);
        const QString id = o.value(u"event_id"_s).toString();
        CHECK(QRegularExpression(u"^[0-9a-f]{40}$"_s).match(id).hasMatch());
        ids.insert(id);
    }
    CHECK(ids.size() == 4);
    CHECK(post.eventId == events.at(1).toObject().value(u"event_id"_s).toString());
}

TEST_CASE("VK sandbox: message_new, message_edit and message_reply look like VK's", "[vk]")
{
    VkFixture f(fixedClock());
    const qint64 ts = f.community->currentTs();
    const auto first = f.community->pushMessage(anna, u"Где мой заказ?"_s);
    const auto photo = f.community->pushMessage(anna, u"Вот чек"_s, u"photo"_s);
    f.community->pushMessageEdit(anna.id, first.id, u"Где мой заказ #482913?"_s);
    CHECK(first.type == u"message_new"_s);
    CHECK(first.parentId == anna.id);

    const QJsonArray events = vkPoll(f, ts);
    REQUIRE(events.size() == 3);
    CHECK(events.at(0).toObject().value(u"type"_s) == u"message_new"_s);
    const QJsonObject o = vkObjectOf(events.at(0));
    CHECK(sortedKeys(o) == QStringList{u"client_info"_s, u"message"_s});
    const QJsonObject m = o.value(u"message"_s).toObject();
    CHECK(sortedKeys(m) == QStringList{u"attachments"_s, u"conversation_message_id"_s, u"date"_s,
                                       u"from_id"_s, u"fwd_messages"_s, u"id"_s, u"important"_s,
                                       u"is_hidden"_s, u"out"_s, u"peer_id"_s, u"random_id"_s,
                                       u"text"_s, u"version"_s});
    CHECK(m.value(u"date"_s).toInteger() == 1767260400);
    CHECK(m.value(u"from_id"_s).toInteger() == anna.id);
    CHECK(m.value(u"peer_id"_s).toInteger() == anna.id);
    CHECK(m.value(u"id"_s).toInteger() == first.id);
    CHECK(m.value(u"out"_s) == QJsonValue(0));
    CHECK(m.value(u"important"_s) == QJsonValue(false));
    CHECK(m.value(u"random_id"_s) == QJsonValue(0));
    CHECK(m.value(u"text"_s) == u"Где мой заказ?"_s);
    CHECK(m.value(u"conversation_message_id"_s).toInteger() == 1);
    const QJsonObject client = o.value(u"client_info"_s).toObject();
    CHECK(client.value(u"button_actions"_s).toArray().contains(u"callback"_s));
    CHECK(client.value(u"keyboard"_s) == QJsonValue(true));
    CHECK(client.value(u"inline_keyboard"_s) == QJsonValue(true));
    CHECK(client.value(u"carousel"_s) == QJsonValue(true));
    CHECK(client.value(u"lang_id"_s) == QJsonValue(0));

    const QJsonObject withPhoto = vkObjectOf(events.at(1)).value(u"message"_s).toObject();
    CHECK(withPhoto.value(u"id"_s).toInteger() == photo.id);
    CHECK(withPhoto.value(u"conversation_message_id"_s).toInteger() == 2);
    const QJsonObject attachment = withPhoto.value(u"attachments"_s).toArray().at(0).toObject();
    CHECK(attachment.value(u"type"_s) == u"photo"_s);
    const QJsonObject p = attachment.value(u"photo"_s).toObject();
    CHECK(p.value(u"owner_id"_s).toInteger() == anna.id);
    CHECK(p.value(u"sizes"_s).toArray().size() == 4);
    CHECK(p.value(u"sizes"_s)
              .toArray()
              .at(0)
              .toObject()
              .value(u"url"_s)
              .toString()
              .startsWith(u"https://"_s));

    // message_edit: the object is the message itself.
    CHECK(events.at(2).toObject().value(u"type"_s) == u"message_edit"_s);
    const QJsonObject edited = vkObjectOf(events.at(2));
    CHECK(edited.value(u"id"_s).toInteger() == first.id);
    CHECK(edited.value(u"text"_s) == u"Где мой заказ #482913?"_s);
    CHECK(edited.value(u"update_time"_s).toInteger() == 1767260400);
    CHECK(edited.value(u"peer_id"_s).toInteger() == anna.id);

    // Answering: messages.send returns the id, and a message_reply event follows.
    const qint64 before = f.community->currentTs();
    const Reply sent =
        f.client->call(u"messages.send"_s, {{u"peer_id"_s, QString::number(anna.id)},
                                            {u"random_id"_s, u"1836271"_s},
                                            {u"message"_s, u"Заказ уже в пути"_s},
                                            {u"reply_to"_s, QString::number(first.id)}});
    INFO(sent.body.toStdString());
    REQUIRE(vkResponse(sent).isDouble());
    const qint64 id = vkResponse(sent).toInteger();
    CHECK(id > photo.id);
    const QJsonArray reply = vkPoll(f, before);
    REQUIRE(reply.size() == 1);
    CHECK(reply.at(0).toObject().value(u"type"_s) == u"message_reply"_s);
    const QJsonObject out = vkObjectOf(reply.at(0));
    CHECK(out.value(u"id"_s).toInteger() == id);
    CHECK(out.value(u"out"_s) == QJsonValue(1));
    CHECK(out.value(u"from_id"_s).toInteger() == -Gid);
    CHECK(out.value(u"peer_id"_s).toInteger() == anna.id);
    CHECK(out.value(u"random_id"_s).toInteger() == 1836271);
    CHECK(out.value(u"text"_s) == u"Заказ уже в пути"_s);
    CHECK(out.value(u"conversation_message_id"_s).toInteger() == 3);
    CHECK(out.value(u"reply_message"_s).toObject().value(u"id"_s).toInteger() == first.id);
    CHECK(f.community->message(id).value(u"text"_s) == u"Заказ уже в пути"_s);
}

TEST_CASE("VK sandbox: wall posts, threaded replies, edits, deletions and restores", "[vk]")
{
    VkFixture f(fixedClock());
    const qint64 ts = f.community->currentTs();
    const auto post = f.community->pushWallPost(u"Новая коллекция уже в магазинах!"_s);
    const auto root = f.community->pushWallReply(anna, post.id, u"А в Казани будет?"_s);
    const auto reply = f.community->pushWallReply(james, post.id, u"Yes"_s, root.id);
    const auto deeper = f.community->pushWallReply(anna, post.id, u"Спасибо"_s, reply.id);
    f.community->pushWallReplyEdit(post.id, root.id, u"А в Казани когда будет?"_s);
    f.community->pushWallReplyDelete(post.id, reply.id, 500000001);
    f.community->pushWallReplyRestore(post.id, reply.id);

    const QJsonArray events = vkPoll(f, ts);
    REQUIRE(events.size() == 7);
    QStringList types;
    for (const QJsonValue &e : events)
        types.append(e.toObject().value(u"type"_s).toString());
    CHECK(types == QStringList{u"wall_post_new"_s, u"wall_reply_new"_s, u"wall_reply_new"_s,
                               u"wall_reply_new"_s, u"wall_reply_edit"_s, u"wall_reply_delete"_s,
                               u"wall_reply_restore"_s});

    const QJsonObject p = vkObjectOf(events.at(0));
    CHECK(p.value(u"id"_s).toInteger() == post.id);
    CHECK(p.value(u"owner_id"_s).toInteger() == -Gid);
    CHECK(p.value(u"from_id"_s).toInteger() == -Gid);
    CHECK(p.value(u"created_by"_s).toInteger() == 500000001);
    CHECK(p.value(u"post_type"_s) == u"post"_s);
    CHECK(p.value(u"marked_as_ads"_s) == QJsonValue(0));
    CHECK(p.value(u"comments"_s).toObject().value(u"count"_s) == QJsonValue(0));
    CHECK(p.value(u"text"_s) == u"Новая коллекция уже в магазинах!"_s);

    const QJsonObject c = vkObjectOf(events.at(1));
    CHECK(sortedKeys(c) == QStringList{u"date"_s, u"from_id"_s, u"id"_s, u"owner_id"_s,
                                       u"parents_stack"_s, u"post_id"_s, u"post_owner_id"_s,
                                       u"text"_s, u"thread"_s});
    CHECK(c.value(u"id"_s).toInteger() == root.id);
    CHECK(c.value(u"from_id"_s).toInteger() == anna.id);
    CHECK(c.value(u"post_id"_s).toInteger() == post.id);
    CHECK(c.value(u"owner_id"_s).toInteger() == -Gid);
    CHECK(c.value(u"post_owner_id"_s).toInteger() == -Gid);
    CHECK(c.value(u"parents_stack"_s).toArray().isEmpty());
    CHECK(c.value(u"thread"_s).toObject().value(u"count"_s) == QJsonValue(0));
    // Posts and comments share one id sequence per wall.
    CHECK(root.id == post.id + 1);

    const QJsonObject r = vkObjectOf(events.at(2));
    CHECK(r.value(u"reply_to_comment"_s).toInteger() == root.id);
    CHECK(r.value(u"reply_to_user"_s).toInteger() == anna.id);
    CHECK(r.value(u"parents_stack"_s).toArray() == QJsonArray{root.id});
    // A reply to a reply stays in the root's thread.
    const QJsonObject d = vkObjectOf(events.at(3));
    CHECK(d.value(u"reply_to_comment"_s).toInteger() == reply.id);
    CHECK(d.value(u"reply_to_user"_s).toInteger() == james.id);
    CHECK(d.value(u"parents_stack"_s).toArray() == QJsonArray{root.id});
    CHECK(deeper.parentId == post.id);

    const QJsonObject edit = vkObjectOf(events.at(4));
    CHECK(edit.value(u"id"_s).toInteger() == root.id);
    CHECK(edit.value(u"text"_s) == u"А в Казани когда будет?"_s);
    CHECK(edit.value(u"thread"_s).toObject().value(u"count"_s) == QJsonValue(2));

    CHECK(vkObjectOf(events.at(5)) == QJsonObject{{u"owner_id"_s, -Gid},
                                                  {u"id"_s, reply.id},
                                                  {u"user_id"_s, james.id},
                                                  {u"deleter_id"_s, 500000001},
                                                  {u"post_id"_s, post.id}});
    const QJsonObject restored = vkObjectOf(events.at(6));
    CHECK(restored.value(u"id"_s).toInteger() == reply.id);
    CHECK(restored.value(u"text"_s) == u"Yes"_s);
    CHECK(restored.value(u"parents_stack"_s).toArray() == QJsonArray{root.id});
    CHECK(f.community->post(post.id).value(u"comments"_s).toObject().value(u"count"_s) ==
          QJsonValue(3));
}

TEST_CASE("VK sandbox: photo, video, board and market comments and their deletions", "[vk]")
{
    VkFixture f;
    const qint64 ts = f.community->currentTs();
    const auto photo = f.community->pushPhotoComment(anna, 457239017, u"Какой это цвет?"_s);
    f.community->pushPhotoCommentDelete(457239017, photo.id, 500000001);
    const auto video = f.community->pushVideoComment(james, 456239017, u"Great review"_s);
    f.community->pushVideoCommentDelete(456239017, video.id, 500000001);
    const auto board = f.community->pushBoardPost(anna, 39781236, u"Когда поставка?"_s);
    const auto market = f.community->pushMarketComment(james, 8123456, u"Is it waterproof?"_s);

    const QJsonArray events = vkPoll(f, ts);
    REQUIRE(events.size() == 6);
    const auto type = [&](int i) { return events.at(i).toObject().value(u"type"_s).toString(); };

    CHECK(type(0) == u"photo_comment_new"_s);
    const QJsonObject pc = vkObjectOf(events.at(0));
    CHECK(pc.value(u"id"_s).toInteger() == photo.id);
    CHECK(pc.value(u"from_id"_s).toInteger() == anna.id);
    CHECK(pc.value(u"photo_id"_s).toInteger() == 457239017);
    CHECK(pc.value(u"photo_owner_id"_s).toInteger() == -Gid);
    CHECK(pc.value(u"text"_s) == u"Какой это цвет?"_s);
    CHECK(type(1) == u"photo_comment_delete"_s);
    CHECK(vkObjectOf(events.at(1)) == QJsonObject{{u"owner_id"_s, -Gid},
                                                  {u"id"_s, photo.id},
                                                  {u"user_id"_s, anna.id},
                                                  {u"deleter_id"_s, 500000001},
                                                  {u"photo_id"_s, 457239017}});

    CHECK(type(2) == u"video_comment_new"_s);
    const QJsonObject vc = vkObjectOf(events.at(2));
    CHECK(vc.value(u"video_id"_s).toInteger() == 456239017);
    CHECK(vc.value(u"video_owner_id"_s).toInteger() == -Gid);
    CHECK(type(3) == u"video_comment_delete"_s);
    CHECK(vkObjectOf(events.at(3)) == QJsonObject{{u"owner_id"_s, -Gid},
                                                  {u"id"_s, video.id},
                                                  {u"user_id"_s, james.id},
                                                  {u"deleter_id"_s, 500000001},
                                                  {u"video_id"_s, 456239017}});

    CHECK(type(4) == u"board_post_new"_s);
    const QJsonObject bp = vkObjectOf(events.at(4));
    CHECK(bp.value(u"id"_s).toInteger() == board.id);
    CHECK(bp.value(u"topic_id"_s).toInteger() == 39781236);
    CHECK(bp.value(u"topic_owner_id"_s).toInteger() == -Gid);
    CHECK(bp.value(u"text"_s) == u"Когда поставка?"_s);

    CHECK(type(5) == u"market_comment_new"_s);
    const QJsonObject mc = vkObjectOf(events.at(5));
    CHECK(mc.value(u"id"_s).toInteger() == market.id);
    CHECK(mc.value(u"item_id"_s).toInteger() == 8123456);
    CHECK(mc.value(u"market_owner_id"_s).toInteger() == -Gid);
    CHECK(mc.value(u"from_id"_s).toInteger() == james.id);
}

TEST_CASE("VK sandbox: unknown types, hostile objects and raw updates arrive verbatim", "[vk]")
{
    VkFixture f;
    const qint64 ts = f.community->currentTs();
    f.community->pushEvent(u"vkpay_future_thing"_s, QJsonObject{{u"amount"_s, 100}});
    f.community->pushEvent(u"message_new"_s, QJsonObject{{u"message"_s, u"not an object"_s}});
    f.community->pushEvent(u"wall_reply_new"_s, QJsonArray{1, 2, 3});
    f.community->pushRawUpdate(u"just a string"_s);
    f.community->pushRawUpdate(QJsonObject{{u"type"_s, 42}});
    const QJsonArray events = vkPoll(f, ts);
    REQUIRE(events.size() == 5);
    CHECK(events.at(0).toObject().value(u"type"_s) == u"vkpay_future_thing"_s);
    CHECK(vkObjectOf(events.at(0)) == QJsonObject{{u"amount"_s, 100}});
    CHECK(vkObjectOf(events.at(1)).value(u"message"_s) == u"not an object"_s);
    CHECK(events.at(2).toObject().value(u"object"_s) == QJsonValue(QJsonArray{1, 2, 3}));
    CHECK(events.at(3) == QJsonValue(u"just a string"_s));
    CHECK(events.at(4).toObject() == QJsonObject{{u"type"_s, 42}});
}
