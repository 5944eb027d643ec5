// Replies, deletions and bans from the inbox, as the sandbox receives them.
#include "ConnectorHarness.h"

#include "connectors/telegram/TelegramNormalizer.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::person;
using fd::test::TelegramHarness;
using fd::test::waitUntil;

namespace {

const QString awkwardText = u"Привет 👋 a+b & c%d=e\nnew line — «quotes» <b>tag</b>"_s;

OutgoingAction actionOn(OutgoingAction::Kind kind, const ItemRow &row, const QString &text = {})
{
    OutgoingAction a;
    a.kind = kind;
    a.itemId = row.item.id;
    a.itemKind = row.item.kind;
    a.itemExternalId = row.item.externalId;
    a.authorExternalId = row.item.author.externalId;
    a.text = text;
    a.idempotencyKey =
        u"test-"_s + QString::number(row.item.id) + u'-' + QString::number(int(kind));
    return a;
}

// Runs the action and waits for its answer.
ActionResult perform(TelegramConnector &connector, const OutgoingAction &action)
{
    QObject context;
    std::optional<ActionResult> result;
    connector.perform(action, &context, [&](const ActionResult &r) { result = r; });
    REQUIRE(waitUntil([&] { return result.has_value(); }));
    return *result;
}

QJsonObject jsonObject(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.object();
}

} // namespace

TEST_CASE("Replies, deletions and bans reach Telegram with the right ids and exact text")
{
    TelegramHarness h;
    TelegramSandboxBot *bot = h.bot();
    const qint64 group = bot->config().groupId;
    REQUIRE(group < -(qint64(1) << 32)); // a 64-bit chat id

    const auto anna = person(7123456789, u"Анна"_s, u"Петрова"_s, u"anna_p"_s);
    const auto boris = person(5234567890, u"Борис"_s, {}, u"boris"_s);
    const auto dm = bot->pushPrivateMessage(anna, u"Где мой заказ?"_s);
    const auto post = bot->pushChannelPost(u"Скидки до пятницы"_s);
    const auto comment = bot->pushComment(boris, post.forward.messageId, u"А на обувь?"_s);
    const QString dmId = TelegramNormalizer::messageId(anna.id, dm.messageId);
    const QString commentId = TelegramNormalizer::messageId(group, comment.messageId);

    const Account account = h.addAccount(u"Frontshop bot"_s);
    TelegramConnector::Options options;
    options.longPollSeconds = 1;
    auto connector = h.connector(account, h.token(), options);
    connector->start();
    REQUIRE(waitUntil([&] { return h.cursor(account.id) == comment.updateId + 1; }));
    const std::optional<ItemRow> dmRow = h.item(account.id, dmId);
    const std::optional<ItemRow> commentRow = h.item(account.id, commentId);
    REQUIRE(dmRow);
    REQUIRE(commentRow);
    CHECK(dmRow->item.kind == ItemKind::Dm);
    CHECK(commentRow->item.kind == ItemKind::Comment);

    SECTION("A reply to a DM arrives byte for byte, as a reply to the message")
    {
        const ActionResult r =
            perform(*connector, actionOn(OutgoingAction::Kind::Reply, *dmRow, awkwardText));
        INFO(r.message.toStdString());
        REQUIRE(r.ok);
        const auto calls = h.sandbox->writeCalls(u"sendMessage"_s);
        REQUIRE(calls.size() == 1);
        const auto &call = calls.last();
        CHECK(call.ok());
        CHECK(call.parameters.value(u"text"_s) == awkwardText);
        CHECK(call.parameters.value(u"text"_s).toUtf8() == awkwardText.toUtf8());
        CHECK(call.parameters.value(u"chat_id"_s) == QString::number(anna.id));
        CHECK(jsonObject(call.parameters.value(u"reply_parameters"_s))
                  .value(u"message_id"_s)
                  .toInteger() == dm.messageId);
        const qint64 newId = call.result.toObject().value(u"message_id"_s).toInteger();
        REQUIRE(newId > dm.messageId);
        CHECK(r.externalId == QString::number(anna.id) + u':' + QString::number(newId));
        // The sandbox's chat now holds the reply, answering Anna's message.
        const QJsonObject sent = bot->message({}, anna.id, newId);
        CHECK(sent.value(u"text"_s).toString() == awkwardText);
        CHECK(sent.value(u"reply_to_message"_s).toObject().value(u"message_id"_s).toInteger() ==
              dm.messageId);
    }

    SECTION("A reply to a comment goes to the discussion group, under the comment")
    {
        const ActionResult r =
            perform(*connector, actionOn(OutgoingAction::Kind::Reply, *commentRow, awkwardText));
        INFO(r.message.toStdString());
        REQUIRE(r.ok);
        const auto calls = h.sandbox->writeCalls(u"sendMessage"_s);
        REQUIRE(calls.size() == 1);
        const auto &call = calls.last();
        CHECK(call.ok());
        CHECK(call.parameters.value(u"text"_s) == awkwardText);
        CHECK(call.parameters.value(u"chat_id"_s) == QString::number(group));
        CHECK(jsonObject(call.parameters.value(u"reply_parameters"_s))
                  .value(u"message_id"_s)
                  .toInteger() == comment.messageId);
        const qint64 newId = call.result.toObject().value(u"message_id"_s).toInteger();
        REQUIRE(newId > comment.messageId);
        CHECK(r.externalId == QString::number(group) + u':' + QString::number(newId));
        // It joined the post's thread.
        CHECK(bot->message({}, group, newId).value(u"message_thread_id"_s).toInteger() ==
              post.forward.messageId);
    }

    SECTION("Deleting a comment names its chat and message")
    {
        REQUIRE(bot->hasMessage({}, group, comment.messageId));
        const ActionResult r =
            perform(*connector, actionOn(OutgoingAction::Kind::Delete, *commentRow));
        INFO(r.message.toStdString());
        REQUIRE(r.ok);
        const auto calls = h.sandbox->writeCalls(u"deleteMessage"_s);
        REQUIRE(calls.size() == 1);
        CHECK(calls.last().ok());
        CHECK(calls.last().parameters.value(u"chat_id"_s) == QString::number(group));
        CHECK(calls.last().parameters.value(u"message_id"_s) == QString::number(comment.messageId));
        CHECK_FALSE(bot->hasMessage({}, group, comment.messageId));
    }

    SECTION("Banning a commenter names the group and the person")
    {
        const ActionResult r =
            perform(*connector, actionOn(OutgoingAction::Kind::Ban, *commentRow));
        INFO(r.message.toStdString());
        REQUIRE(r.ok);
        const auto calls = h.sandbox->writeCalls(u"banChatMember"_s);
        REQUIRE(calls.size() == 1);
        CHECK(calls.last().ok());
        CHECK(calls.last().parameters.value(u"chat_id"_s) == QString::number(group));
        CHECK(calls.last().parameters.value(u"user_id"_s) == QString::number(boris.id));
    }

    SECTION("A ban in a private chat is refused in words, without a request")
    {
        const int requestsBefore = h.sandbox->requestCount(u"banChatMember"_s);
        const ActionResult r = perform(*connector, actionOn(OutgoingAction::Kind::Ban, *dmRow));
        CHECK_FALSE(r.ok);
        CHECK_FALSE(r.retryable);
        CHECK(r.message.contains(u"private chat"_s));
        CHECK(h.sandbox->requestCount(u"banChatMember"_s) == requestsBefore);
        CHECK(h.sandbox->writeCalls(u"banChatMember"_s).isEmpty());
    }

    SECTION("Deleting a business-chat message is refused in words, without a request")
    {
        ItemRow business = *dmRow;
        business.item.externalId = u"biz:bc-1:"_s + dmRow->item.externalId;
        const int requestsBefore = h.sandbox->requestCount(u"deleteMessage"_s);
        const ActionResult r =
            perform(*connector, actionOn(OutgoingAction::Kind::Delete, business));
        CHECK_FALSE(r.ok);
        CHECK(r.message.contains(u"business chat"_s));
        CHECK(h.sandbox->requestCount(u"deleteMessage"_s) == requestsBefore);
    }

    connector->stop();
}

// A reply whose answer is lost after Telegram carried it out (the connection closed before the
// answer came back) must not reach the customer twice.
TEST_CASE("A reply whose answer is lost after it was sent reaches the customer once")
{
    TelegramHarness h;
    TelegramSandboxBot *bot = h.bot();
    const auto anna = person(7123456789, u"Анна"_s, u"Петрова"_s, u"anna_p"_s);
    const auto dm = bot->pushPrivateMessage(anna, u"Где мой заказ?"_s);
    const Account account = h.addAccount(u"Frontshop bot"_s);
    TelegramConnector::Options options;
    options.longPollSeconds = 1;
    auto connector = h.connector(account, h.token(), options);
    connector->start();
    REQUIRE(waitUntil([&] { return h.cursor(account.id) == dm.updateId + 1; }));
    const std::optional<ItemRow> row =
        h.item(account.id, TelegramNormalizer::messageId(anna.id, dm.messageId));
    REQUIRE(row);

    h.sandbox->injectFault(TelegramSandbox::Fault::dropAfterProcessing(), 1, u"sendMessage"_s);
    const ActionResult r =
        perform(*connector, actionOn(OutgoingAction::Kind::Reply, *row, u"Заказ уже у курьера"_s));
    connector->stop();

    int delivered = 0;
    const auto calls = h.sandbox->writeCalls(u"sendMessage"_s);
    for (const auto &call : calls)
        delivered += call.ok() ? 1 : 0;
    INFO("result: ok " << r.ok << ", external id " << r.externalId.toStdString() << ", message \""
                       << r.message.toStdString() << "\"");
    INFO("sendMessage requests carried out by Telegram: " << calls.size());
    CHECK(delivered == 1);
    // When the answer was lost, the result may not claim a message id it never saw.
    if (delivered == 1 && r.ok)
        CHECK(r.externalId ==
              QString::number(anna.id) + u':' +
                  QString::number(
                      calls.first().result.toObject().value(u"message_id"_s).toInteger()));
}
