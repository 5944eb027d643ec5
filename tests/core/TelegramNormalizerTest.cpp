// One snapshot per Telegram update type: payload (composed from the Bot API schema) in,
// normalised item out.
#include "TestSupport.h"

#include "connectors/telegram/TelegramNormalizer.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace {

constexpr qint64 kBot = 7000000001;

QJsonObject parse(const char *json)
{
    return fd::test::jsonObject(json);
}

const char *kPrivate = R"({"update_id": 900000001, "message": {"message_id": 17,
  "from": {"id": 5012345678, "is_bot": false, "first_name": "Анна", "last_name": "Петрова",
           "username": "anna_p", "language_code": "ru"},
  "chat": {"id": 5012345678, "first_name": "Анна", "last_name": "Петрова", "username": "anna_p",
           "type": "private"},
  "date": 1767225600, "text": "Где мой заказ #1234? 😡"}})";

const char *kForward = R"({"update_id": 900000002, "message": {"message_id": 301,
  "from": {"id": 777000, "is_bot": false, "first_name": "Telegram"},
  "sender_chat": {"id": -1001987654321, "title": "Shop news", "type": "channel"},
  "chat": {"id": -1001234567890, "title": "Shop chat", "type": "supergroup"},
  "date": 1767225700, "is_automatic_forward": true,
  "forward_origin": {"type": "channel", "chat": {"id": -1001987654321, "title": "Shop news",
                     "type": "channel"}, "message_id": 55, "date": 1767225699},
  "text": "Spring sale starts tomorrow"}})";

const char *kComment = R"({"update_id": 900000003, "message": {"message_id": 302,
  "from": {"id": 5099999999, "is_bot": false, "first_name": "Łucja", "username": "lucja"},
  "chat": {"id": -1001234567890, "title": "Shop chat", "type": "supergroup"},
  "date": 1767225800, "message_thread_id": 301,
  "reply_to_message": {"message_id": 301, "from": {"id": 777000, "is_bot": false,
     "first_name": "Telegram"}, "chat": {"id": -1001234567890, "type": "supergroup"},
     "date": 1767225700, "is_automatic_forward": true, "text": "Spring sale starts tomorrow"},
  "text": "Czy będzie też w Łodzi?"}})";

const char *kReplyInThread = R"({"update_id": 900000004, "message": {"message_id": 303,
  "from": {"id": 5088888888, "is_bot": false, "first_name": "Emma"},
  "chat": {"id": -1001234567890, "title": "Shop chat", "type": "supergroup"},
  "date": 1767225900, "message_thread_id": 301,
  "reply_to_message": {"message_id": 302, "from": {"id": 5099999999, "is_bot": false,
     "first_name": "Łucja"}, "chat": {"id": -1001234567890, "type": "supergroup"},
     "date": 1767225800, "message_thread_id": 301, "text": "Czy będzie też w Łodzi?"},
  "photo": [{"file_id": "x", "file_unique_id": "y", "width": 90, "height": 90}],
  "caption": "Same question for Leeds"}})";

} // namespace

TEST_CASE("Telegram: a private message is a DM in the dialog with that person", "[telegram]")
{
    TelegramNormalizer n(kBot, u"shop_bot"_s);
    const auto r = n.normalize(parse(kPrivate));
    REQUIRE(r.item);
    const IncomingItem &in = *r.item;
    CHECK(in.item.kind == ItemKind::Dm);
    CHECK(in.item.externalId == u"5012345678:17"_s);
    CHECK(in.threadExternalId == u"dm:5012345678"_s);
    CHECK(in.threadTitle == u"Анна Петрова"_s);
    CHECK(in.item.text == u"Где мой заказ #1234? 😡"_s);
    CHECK(in.item.author.externalId == u"5012345678"_s);
    CHECK(in.item.author.name == u"Анна Петрова"_s);
    CHECK(in.item.author.handle == u"anna_p"_s);
    CHECK(in.item.createdAt == QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC));
    CHECK(in.item.direction == Direction::Incoming);
    CHECK_FALSE(in.item.editedAt.isValid());
}

TEST_CASE("Telegram: an edited message is the same item with the new text", "[telegram]")
{
    TelegramNormalizer n(kBot, u"shop_bot"_s);
    const auto r = n.normalize(parse(R"({"update_id": 5, "edited_message": {"message_id": 17,
      "from": {"id": 5012345678, "is_bot": false, "first_name": "Анна"},
      "chat": {"id": 5012345678, "type": "private", "first_name": "Анна"},
      "date": 1767225600, "edit_date": 1767225660, "text": "Где мой заказ #1235?"}})"));
    REQUIRE(r.item);
    CHECK(r.item->item.externalId == u"5012345678:17"_s);
    CHECK(r.item->item.text == u"Где мой заказ #1235?"_s);
    CHECK(r.item->item.editedAt == QDateTime::fromSecsSinceEpoch(1767225660, Qt::UTC));
}

TEST_CASE("Telegram: comments in the discussion group hang under the channel post", "[telegram]")
{
    TelegramNormalizer n(kBot, u"shop_bot"_s);
    const auto fwd = n.normalize(parse(kForward));
    CHECK_FALSE(fwd.item);
    CHECK(fwd.skipped.contains(u"automatic forward"_s));

    const auto c = n.normalize(parse(kComment));
    REQUIRE(c.item);
    CHECK(c.item->item.kind == ItemKind::Comment);
    CHECK(c.item->item.externalId == u"-1001234567890:302"_s);
    CHECK(c.item->post.externalId == u"-1001234567890:301"_s);
    CHECK(c.item->post.text == u"Spring sale starts tomorrow"_s);
    CHECK(c.item->threadExternalId == u"post:-1001234567890:301"_s);
    CHECK(c.item->item.parentExternalId.isEmpty()); // a top-level comment

    const auto reply = n.normalize(parse(kReplyInThread));
    REQUIRE(reply.item);
    CHECK(reply.item->item.kind == ItemKind::Comment);
    CHECK(reply.item->threadExternalId == u"post:-1001234567890:301"_s);
    CHECK(reply.item->item.parentExternalId == u"-1001234567890:302"_s);
    CHECK(reply.item->item.text == u"Same question for Leeds"_s); // the caption counts as text
    CHECK(reply.item->item.attachments == u"photo"_s);
}

TEST_CASE("Telegram: after a restart a reply in a post's thread still lands under the post",
          "[telegram]")
{
    TelegramNormalizer fresh(kBot, u"shop_bot"_s); // has never seen the forward
    const auto reply = fresh.normalize(parse(kReplyInThread));
    REQUIRE(reply.item);
    CHECK(reply.item->threadExternalId == u"post:-1001234567890:301"_s);
    CHECK(reply.item->post.externalId == u"-1001234567890:301"_s);
    CHECK(reply.item->post.text.isEmpty()); // the store keeps the text it already has
}

TEST_CASE("Telegram: a group message naming the bot is a mention", "[telegram]")
{
    TelegramNormalizer n(kBot, u"shop_bot"_s);
    const auto r = n.normalize(parse(R"({"update_id": 6, "message": {"message_id": 40,
      "from": {"id": 5077777777, "is_bot": false, "first_name": "Liam"},
      "chat": {"id": -1005555555555, "title": "Gadgets fans", "type": "supergroup"},
      "date": 1767226000, "text": "Ask @Shop_Bot about returns",
      "entities": [{"type": "mention", "offset": 4, "length": 9}]}})"));
    REQUIRE(r.item);
    CHECK(r.item->item.kind == ItemKind::Mention);
    CHECK(r.item->threadExternalId.isEmpty()); // the store's mentions thread
    const auto plain = n.normalize(parse(R"({"update_id": 7, "message": {"message_id": 41,
      "from": {"id": 5077777777, "is_bot": false, "first_name": "Liam"},
      "chat": {"id": -1005555555555, "title": "Gadgets fans", "type": "supergroup"},
      "date": 1767226001, "text": "anyone here?"}})"));
    REQUIRE(plain.item);
    CHECK(plain.item->item.kind == ItemKind::Comment);
    CHECK(plain.item->threadExternalId == u"chat:-1005555555555"_s);
}

TEST_CASE("Telegram: business messages are DMs of the business account", "[telegram]")
{
    TelegramNormalizer n(kBot, u"shop_bot"_s);
    const auto r = n.normalize(parse(R"({"update_id": 8, "business_message": {"message_id": 9,
      "business_connection_id": "bc-1",
      "from": {"id": 5066666666, "is_bot": false, "first_name": "Olga"},
      "chat": {"id": 5066666666, "type": "private", "first_name": "Olga"},
      "date": 1767226100, "text": "Можно забронировать столик?"}})"));
    REQUIRE(r.item);
    CHECK(r.item->item.kind == ItemKind::Dm);
    CHECK(r.item->item.externalId == u"biz:bc-1:5066666666:9"_s);
    CHECK(r.item->threadExternalId == u"biz:bc-1:5066666666"_s);

    const auto edited = n.normalize(parse(R"({"update_id": 9, "edited_business_message": {
      "message_id": 9, "business_connection_id": "bc-1",
      "from": {"id": 5066666666, "is_bot": false, "first_name": "Olga"},
      "chat": {"id": 5066666666, "type": "private"}, "date": 1767226100, "edit_date": 1767226130,
      "text": "Можно забронировать столик на двоих?"}})"));
    REQUIRE(edited.item);
    CHECK(edited.item->item.externalId == u"biz:bc-1:5066666666:9"_s);
    CHECK(edited.item->item.editedAt.isValid());

    const auto deleted = n.normalize(parse(R"({"update_id": 10, "deleted_business_messages": {
      "business_connection_id": "bc-1", "chat": {"id": 5066666666, "type": "private"},
      "message_ids": [9, 10]}})"));
    CHECK_FALSE(deleted.item);
    REQUIRE(deleted.deletions.size() == 2);
    CHECK(deleted.deletions[0].externalId == u"biz:bc-1:5066666666:9"_s);
}

TEST_CASE("Telegram: our own channel posts, reactions and unknown updates are skipped",
          "[telegram]")
{
    TelegramNormalizer n(kBot, u"shop_bot"_s);
    const auto post = n.normalize(parse(R"({"update_id": 11, "channel_post": {"message_id": 55,
      "sender_chat": {"id": -1001987654321, "type": "channel"},
      "chat": {"id": -1001987654321, "type": "channel"}, "date": 1, "text": "x"}})"));
    CHECK_FALSE(post.item);
    CHECK_FALSE(post.skipped.isEmpty());
    const auto reaction = n.normalize(parse(R"({"update_id": 12, "message_reaction": {
      "chat": {"id": 1, "type": "private"}, "message_id": 3, "date": 1,
      "old_reaction": [], "new_reaction": [{"type": "emoji", "emoji": "👍"}]}})"));
    CHECK_FALSE(reaction.item);
    const auto unknown =
        n.normalize(parse(R"({"update_id": 13, "purchased_paid_media": {"x": 1}})"));
    CHECK_FALSE(unknown.item);
    CHECK(unknown.skipped.contains(u"purchased_paid_media"_s));
}

TEST_CASE("Telegram: our bot's own messages are outgoing", "[telegram]")
{
    TelegramNormalizer n(kBot, u"shop_bot"_s);
    const auto r = n.normalize(parse(R"({"update_id": 14, "message": {"message_id": 42,
      "from": {"id": 7000000001, "is_bot": true, "first_name": "Shop", "username": "shop_bot"},
      "chat": {"id": -1005555555555, "type": "supergroup", "title": "Gadgets fans"},
      "date": 1767226200, "text": "We have answered you in private"}})"));
    REQUIRE(r.item);
    CHECK(r.item->item.direction == Direction::Outgoing);
}

TEST_CASE("Telegram: hostile payloads are skipped or made safe, never a crash", "[telegram]")
{
    TelegramNormalizer n(kBot, u"shop_bot"_s);
    const char *hostile[] = {
        R"({"update_id": 1, "message": {}})",
        R"({"update_id": 1, "message": "not an object"})",
        R"({"update_id": 1, "message": {"message_id": "17", "chat": {"id": "12"}, "text": 5}})",
        R"({"update_id": 1, "message": {"message_id": 1, "chat": {"id": 1, "type": "supergroup"},
            "reply_to_message": [], "message_thread_id": {"a": 1}, "from": 3, "date": "x"}})",
        R"({"update_id": 1, "deleted_business_messages": {"message_ids": "9"}})",
        R"({"update_id": 1})",
        R"({})",
    };
    for (const char *json : hostile) {
        INFO(json);
        const auto r = n.normalize(parse(json));
        if (r.item)
            CHECK_FALSE(r.item->item.externalId.isEmpty());
        else
            CHECK((!r.skipped.isEmpty() || !r.deletions.isEmpty()));
    }
}
