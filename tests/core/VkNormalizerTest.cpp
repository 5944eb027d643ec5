// One snapshot per VK Bots Long Poll event type: payload (composed from the community-events
// JSON schema of API 5.199) in, normalised item out.
#include "TestSupport.h"

#include "connectors/vk/VkNormalizer.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace {

constexpr qint64 kGroup = 218000001;

QJsonObject parse(const char *json)
{
    return fd::test::jsonObject(json);
}

VkNormalizer normalizer()
{
    return VkNormalizer(kGroup, u"Frontshop"_s);
}

const char *kMessageNew = R"({"group_id": 218000001, "type": "message_new",
  "event_id": "4c2bd9b3e1a1e3f4aa0e9c1d2b3a4f5e6d7c8b9a", "v": "5.199",
  "object": {"message": {"date": 1767225600, "from_id": 743784474, "id": 5021,
      "out": 0, "version": 10000123, "attachments": [
        {"type": "photo", "photo": {"id": 457239017, "owner_id": 743784474}},
        {"type": "photo", "photo": {"id": 457239018, "owner_id": 743784474}},
        {"type": "doc", "doc": {"id": 1, "owner_id": 743784474, "title": "invoice.pdf"}}],
      "conversation_message_id": 88, "fwd_messages": [], "important": false,
      "is_hidden": false, "peer_id": 743784474, "random_id": 0,
      "text": "Где мой заказ #1234? 😡 [club218000001|Frontshop], ответьте"},
    "client_info": {"button_actions": ["text", "vkpay", "open_app", "location", "open_link",
      "callback", "intent_subscribe", "intent_unsubscribe"], "keyboard": true,
      "inline_keyboard": true, "carousel": true, "lang_id": 0}}})";

const char *kWallReplyNew = R"({"group_id": 218000001, "type": "wall_reply_new",
  "event_id": "0f1e2d3c4b5a69788796a5b4c3d2e1f001234567", "v": "5.199",
  "object": {"id": 1201, "from_id": 611222333, "post_id": 77, "owner_id": -218000001,
    "parents_stack": [1190], "date": 1767225800, "text": "Czy będzie też w Łodzi?",
    "thread": {"count": 0}, "reply_to_user": 699000111, "reply_to_comment": 1190,
    "post_owner_id": -218000001}})";

} // namespace

TEST_CASE("VK: message_new is a DM in the dialog with that person", "[vk]")
{
    auto n = normalizer();
    const auto r = n.normalize(parse(kMessageNew));
    REQUIRE(r.item);
    const IncomingItem &in = *r.item;
    CHECK(in.item.kind == ItemKind::Dm);
    CHECK(in.item.direction == Direction::Incoming);
    CHECK(in.item.externalId == u"dm:743784474:5021"_s);
    CHECK(in.threadExternalId == u"dm:743784474"_s);
    // Wiki links read as VK shows them.
    CHECK(in.item.text == u"Где мой заказ #1234? 😡 Frontshop, ответьте"_s);
    CHECK(in.item.attachments == u"2 photos, file"_s);
    CHECK(in.item.author.externalId == u"743784474"_s);
    CHECK(in.item.author.name.isEmpty()); // filled in from users.get by the connector
    CHECK(r.authorId == 743784474);
    CHECK(in.item.createdAt == QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC));
    CHECK(in.item.url == u"https://vk.com/gim218000001?sel=743784474"_s);
    CHECK_FALSE(in.item.editedAt.isValid());
    CHECK(r.skipped.isEmpty());
}

TEST_CASE("VK: message_reply (our own answer) is an outgoing DM", "[vk]")
{
    auto n = normalizer();
    const auto r = n.normalize(parse(R"({"group_id": 218000001, "type": "message_reply",
      "event_id": "aa", "v": "5.199", "object": {"date": 1767225700, "from_id": -218000001,
      "id": 5022, "out": 1, "attachments": [], "conversation_message_id": 89,
      "fwd_messages": [], "peer_id": 743784474, "random_id": 123456, "text": "Уже в пути!",
      "admin_author_id": 500000001}})"));
    REQUIRE(r.item);
    CHECK(r.item->item.direction == Direction::Outgoing);
    CHECK(r.item->item.status == ItemStatus::Closed);
    CHECK(r.item->item.externalId == u"dm:743784474:5022"_s);
    CHECK(r.item->item.author.name == u"Frontshop"_s);
    CHECK(r.authorId == 0); // no profile to fetch for ourselves
}

TEST_CASE("VK: message_edit is the same item with the new text", "[vk]")
{
    auto n = normalizer();
    const auto r = n.normalize(parse(R"({"group_id": 218000001, "type": "message_edit",
      "event_id": "ab", "v": "5.199", "object": {"date": 1767225600, "from_id": 743784474,
      "id": 5021, "out": 0, "attachments": [], "conversation_message_id": 88,
      "peer_id": 743784474, "text": "Где мой заказ #1235?", "update_time": 1767225660}})"));
    REQUIRE(r.item);
    CHECK(r.item->item.externalId == u"dm:743784474:5021"_s);
    CHECK(r.item->item.text == u"Где мой заказ #1235?"_s);
    CHECK(r.item->item.editedAt == QDateTime::fromSecsSinceEpoch(1767225660, Qt::UTC));
}

TEST_CASE("VK: a message known only by its conversation number keeps that number", "[vk]")
{
    auto n = normalizer();
    const auto r = n.normalize(parse(R"({"type": "message_new", "object": {"message": {
      "date": 1767225600, "from_id": 743784474, "id": 0, "conversation_message_id": 12,
      "peer_id": 2000000005, "text": "hi all"}}})"));
    REQUIRE(r.item);
    CHECK(r.item->item.externalId == u"dm:2000000005:c12"_s);
    const auto ref = VkNormalizer::parse(r.item->item.externalId);
    CHECK(ref.kind == VkNormalizer::Ref::Kind::Dm);
    CHECK(ref.byConversationId);
    CHECK(ref.id == 12);
}

TEST_CASE("VK: wall_reply_new is a comment under the wall post", "[vk]")
{
    auto n = normalizer();
    const auto post = n.normalize(parse(R"({"group_id": 218000001, "type": "wall_post_new",
      "event_id": "ac", "v": "5.199", "object": {"id": 77, "owner_id": -218000001,
      "from_id": -218000001, "created_by": 500000001, "date": 1767225000,
      "text": "Spring sale starts tomorrow", "post_type": "post", "comments": {"count": 0},
      "marked_as_ads": 0}})"));
    CHECK_FALSE(post.item);
    CHECK(post.skipped.contains(u"post"_s));

    const auto r = n.normalize(parse(kWallReplyNew));
    REQUIRE(r.item);
    const IncomingItem &in = *r.item;
    CHECK(in.item.kind == ItemKind::Comment);
    CHECK(in.item.externalId == u"wall:-218000001:77:1201"_s);
    CHECK(in.item.parentExternalId == u"wall:-218000001:77:1190"_s);
    CHECK(in.threadExternalId == u"wall:-218000001:77"_s);
    CHECK(in.post.externalId == u"wall:-218000001:77"_s);
    CHECK(in.post.text == u"Spring sale starts tomorrow"_s);
    CHECK(in.post.url == u"https://vk.com/wall-218000001_77"_s);
    CHECK(in.item.url == u"https://vk.com/wall-218000001_77?reply=1201"_s);
    CHECK(in.item.text == u"Czy będzie też w Łodzi?"_s);
    CHECK(in.item.author.externalId == u"611222333"_s);
    CHECK(r.authorId == 611222333);
    CHECK(r.postNeeded.isEmpty()); // the post's text is known
}

TEST_CASE("VK: a comment under a post not seen yet asks for the post", "[vk]")
{
    auto n = normalizer();
    const auto r = n.normalize(parse(kWallReplyNew));
    REQUIRE(r.item);
    CHECK(r.item->post.text.isEmpty());
    CHECK(r.postNeeded == u"wall:-218000001:77"_s);
    n.learnPost(r.postNeeded, u"Spring sale"_s);
    CHECK(n.normalize(parse(kWallReplyNew)).item->post.text == u"Spring sale"_s);
}

TEST_CASE("VK: wall_reply_edit replaces the text of the same comment", "[vk]")
{
    auto n = normalizer();
    const auto r = n.normalize(parse(R"({"type": "wall_reply_edit", "object": {"id": 1201,
      "from_id": 611222333, "post_id": 77, "owner_id": -218000001, "date": 1767225800,
      "text": "Czy będzie też w Krakowie?", "post_owner_id": -218000001}})"));
    REQUIRE(r.item);
    CHECK(r.item->item.externalId == u"wall:-218000001:77:1201"_s);
    CHECK(r.item->item.text == u"Czy będzie też w Krakowie?"_s);
    CHECK(r.item->item.editedAt.isValid());
}

TEST_CASE("VK: wall_reply_delete marks the comment deleted, by whom", "[vk]")
{
    auto n = normalizer();
    const auto r = n.normalize(parse(R"({"type": "wall_reply_delete", "object": {
      "owner_id": -218000001, "id": 1201, "user_id": 611222333, "deleter_id": 500000001,
      "post_id": 77}})"));
    CHECK_FALSE(r.item);
    REQUIRE(r.deletions.size() == 1);
    CHECK(r.deletions.at(0).externalId == u"wall:-218000001:77:1201"_s);
    CHECK(r.deletions.at(0).deletedBy == u"500000001"_s);
    CHECK_FALSE(r.deletions.at(0).restored);
}

TEST_CASE("VK: wall_reply_restore brings the comment back", "[vk]")
{
    auto n = normalizer();
    const auto r = n.normalize(parse(R"({"type": "wall_reply_restore", "object": {"id": 1201,
      "from_id": 611222333, "post_id": 77, "owner_id": -218000001, "date": 1767225800,
      "text": "Czy będzie też w Łodzi?", "post_owner_id": -218000001}})"));
    REQUIRE(r.item);
    CHECK(r.item->item.externalId == u"wall:-218000001:77:1201"_s);
    REQUIRE(r.deletions.size() == 1);
    CHECK(r.deletions.at(0).restored);
    CHECK(r.deletions.at(0).externalId == r.item->item.externalId);
}

TEST_CASE("VK: photo comments hang under the photo", "[vk]")
{
    auto n = normalizer();
    const auto r = n.normalize(parse(R"({"type": "photo_comment_new", "object": {"id": 31,
      "from_id": 611222333, "date": 1767225900, "text": "What size is this?",
      "photo_id": 457239100, "photo_owner_id": -218000001,
      "attachments": [{"type": "sticker", "sticker": {"sticker_id": 9}}]}})"));
    REQUIRE(r.item);
    CHECK(r.item->item.kind == ItemKind::Comment);
    CHECK(r.item->item.externalId == u"photo:-218000001:457239100:31"_s);
    CHECK(r.item->threadExternalId == u"photo:-218000001:457239100"_s);
    CHECK(r.item->post.url == u"https://vk.com/photo-218000001_457239100"_s);
    CHECK(r.item->item.attachments == u"sticker"_s);
    CHECK(r.postNeeded.isEmpty()); // only wall posts have text to fetch

    const auto gone = n.normalize(parse(R"({"type": "photo_comment_delete", "object": {
      "owner_id": -218000001, "id": 31, "user_id": 611222333, "deleter_id": 611222333,
      "photo_id": 457239100}})"));
    REQUIRE(gone.deletions.size() == 1);
    CHECK(gone.deletions.at(0).externalId == u"photo:-218000001:457239100:31"_s);
}

TEST_CASE("VK: video comments hang under the video", "[vk]")
{
    auto n = normalizer();
    const auto r = n.normalize(parse(R"({"type": "video_comment_new", "object": {"id": 8,
      "from_id": 611222333, "date": 1767225900, "text": "👍👍", "video_id": 456239020,
      "video_owner_id": -218000001}})"));
    REQUIRE(r.item);
    CHECK(r.item->item.externalId == u"video:-218000001:456239020:8"_s);
    CHECK(r.item->post.url == u"https://vk.com/video-218000001_456239020"_s);

    const auto gone = n.normalize(parse(R"({"type": "video_comment_delete", "object": {
      "owner_id": -218000001, "id": 8, "deleter_id": 500000001, "video_id": 456239020}})"));
    REQUIRE(gone.deletions.size() == 1);
    CHECK(gone.deletions.at(0).externalId == u"video:-218000001:456239020:8"_s);
}

TEST_CASE("VK: board posts are comments in the discussion topic", "[vk]")
{
    auto n = normalizer();
    const auto r = n.normalize(parse(R"({"type": "board_post_new", "object": {"id": 4,
      "from_id": 611222333, "date": 1767225900, "text": "Delivery to Minsk?",
      "topic_id": 49001, "topic_owner_id": -218000001}})"));
    REQUIRE(r.item);
    CHECK(r.item->item.externalId == u"board:-218000001:49001:4"_s);
    CHECK(r.item->item.url == u"https://vk.com/topic-218000001_49001?post=4"_s);

    const auto gone = n.normalize(parse(R"({"type": "board_post_delete", "object": {
      "topic_owner_id": -218000001, "topic_id": 49001, "id": 4}})"));
    REQUIRE(gone.deletions.size() == 1);
    CHECK(gone.deletions.at(0).externalId == u"board:-218000001:49001:4"_s);
    CHECK(gone.deletions.at(0).deletedBy.isEmpty());
}

TEST_CASE("VK: market comments hang under the product", "[vk]")
{
    auto n = normalizer();
    const auto r = n.normalize(parse(R"({"type": "market_comment_new", "object": {"id": 15,
      "from_id": 611222333, "date": 1767225900, "text": "Есть размер M?",
      "market_owner_id": -218000001, "item_id": 7001}})"));
    REQUIRE(r.item);
    CHECK(r.item->item.externalId == u"market:-218000001:7001:15"_s);
    CHECK(r.item->post.url == u"https://vk.com/product-218000001_7001"_s);

    const auto gone = n.normalize(parse(R"({"type": "market_comment_delete", "object": {
      "owner_id": -218000001, "id": 15, "user_id": 611222333, "deleter_id": 500000001,
      "item_id": 7001}})"));
    REQUIRE(gone.deletions.size() == 1);
    CHECK(gone.deletions.at(0).externalId == u"market:-218000001:7001:15"_s);
}

TEST_CASE("VK: the community's own comments are outgoing", "[vk]")
{
    auto n = normalizer();
    const auto r = n.normalize(parse(R"({"type": "wall_reply_new", "object": {"id": 1202,
      "from_id": -218000001, "post_id": 77, "owner_id": -218000001, "date": 1767225900,
      "text": "Tak, w Łodzi też!", "reply_to_comment": 1201, "post_owner_id": -218000001}})"));
    REQUIRE(r.item);
    CHECK(r.item->item.direction == Direction::Outgoing);
    CHECK(r.item->item.author.name == u"Frontshop"_s);
    CHECK(r.authorId == 0);
}

TEST_CASE("VK: typing, reads, joins and unknown events are skipped with a reason", "[vk]")
{
    auto n = normalizer();
    for (const char *json : {R"({"type": "message_typing_state", "object": {"state": "typing",
                                "from_id": 1, "to_id": -218000001}})",
                             R"({"type": "group_join", "object": {"user_id": 1,
                                "join_type": "join"}})",
                             R"({"type": "like_add", "object": {"liker_id": 1}})",
                             R"({"type": "donut_subscription_create", "object": {}})"}) {
        const auto r = n.normalize(parse(json));
        CHECK_FALSE(r.item);
        CHECK(r.deletions.isEmpty());
        CHECK_FALSE(r.skipped.isEmpty());
    }
    CHECK(n.normalize(parse(R"({"type": "donut_subscription_create", "object": {}})"))
              .skipped.contains(u"donut_subscription_create"_s));
}

TEST_CASE("VK: hostile events are skipped or made safe, never a crash", "[vk]")
{
    auto n = normalizer();
    // Wrong types, missing fields, ids as text, huge text.
    CHECK_FALSE(n.normalize(parse(R"({"type": "message_new", "object": "nope"})")).item);
    CHECK_FALSE(n.normalize(parse(R"({"object": {}})")).item);
    CHECK_FALSE(n.normalize(parse(R"({"type": "message_new", "object": {"message": {
      "from_id": 1, "text": "no ids"}}})"))
                    .item);
    CHECK_FALSE(n.normalize(parse(R"({"type": "wall_reply_new", "object": {"id": "abc",
      "post_id": [1], "text": 5}})"))
                    .item);
    CHECK(n.normalize(parse(R"({"type": "wall_reply_delete", "object": {"id": null}})"))
              .deletions.isEmpty());
    const auto asText = n.normalize(parse(R"({"type": "message_new", "object": {"message": {
      "id": "77", "peer_id": "743784474", "from_id": "743784474", "date": "x", "text": 42,
      "attachments": {"type": "photo"}}}})"));
    REQUIRE(asText.item);
    CHECK(asText.item->item.externalId == u"dm:743784474:77"_s);
    CHECK(asText.item->item.text.isEmpty());
    CHECK(asText.item->item.attachments.isEmpty());

    QJsonObject big = parse(kMessageNew);
    QJsonObject object = big.value(u"object").toObject();
    QJsonObject message = object.value(u"message").toObject();
    message.insert(u"text"_s, QString(200000, u'я'));
    object.insert(u"message"_s, message);
    big.insert(u"object"_s, object);
    const auto huge = n.normalize(big);
    REQUIRE(huge.item);
    CHECK(huge.item->item.text.size() == 200000); // the store bounds it, with a warning
}

TEST_CASE("VK: ids beyond 32 bits stay exact", "[vk]")
{
    auto n = normalizer();
    const auto r = n.normalize(parse(R"({"type": "message_new", "object": {"message": {
      "id": 9007199254740000, "peer_id": 2000000001, "from_id": 8123456789,
      "date": 1767225600, "text": "big"}}})"));
    REQUIRE(r.item);
    CHECK(r.item->item.externalId == u"dm:2000000001:9007199254740000"_s);
    CHECK(r.item->item.author.externalId == u"8123456789"_s);
}

TEST_CASE("VK: external ids parse back into what the API needs", "[vk]")
{
    using Kind = VkNormalizer::Ref::Kind;
    const auto wall = VkNormalizer::parse(u"wall:-218000001:77:1201"_s);
    CHECK(wall.kind == Kind::Wall);
    CHECK(wall.owner == -218000001);
    CHECK(wall.object == 77);
    CHECK(wall.id == 1201);
    CHECK(VkNormalizer::parse(u"board:-1:2:3"_s).kind == Kind::Board);
    CHECK(VkNormalizer::parse(u"dm:5:6"_s).kind == Kind::Dm);
    CHECK_FALSE(VkNormalizer::parse(u"wall:x:77:1"_s).valid());
    CHECK_FALSE(VkNormalizer::parse(u"5012345678:17"_s).valid()); // a Telegram id
    CHECK_FALSE(VkNormalizer::parse(QString()).valid());
}

TEST_CASE("VK: wiki links read as plain names, other brackets stay", "[vk]")
{
    CHECK(VkNormalizer::plainText(u"[id1|Павел], привет"_s) == u"Павел, привет"_s);
    CHECK(VkNormalizer::plainText(u"[club218000001|Frontshop] [public1|Pub]"_s) ==
          u"Frontshop Pub"_s);
    CHECK(VkNormalizer::plainText(u"price [in euro] is [5|"_s) == u"price [in euro] is [5|"_s);
    CHECK(VkNormalizer::plainText(u"[[id1|x]"_s) == u"[x"_s);
    CHECK(VkNormalizer::plainText(u"no links"_s) == u"no links"_s);
}
