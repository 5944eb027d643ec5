// The outbox: an operator's reply, deletion or ban written down first, sent through the
// account's connector to the sandbox over real HTTP, and its fate kept and shown.
#include "ConnectorHarness.h"

#include "connectors/telegram/TelegramNormalizer.h"
#include "connectors/vk/VkNormalizer.h"
#include "console/Outbox.h"
#include "store/Connection.h"
#include "store/ItemQueries.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::waitUntil;

namespace {

Actor operatorIrina()
{
    return {0, u"irina"_s, u"Ирина"_s, u"desk-3"_s};
}

// Polls until the account's cursor reaches `target` (so the sandbox's items are stored).
template <typename Harness, typename C>
void pollUntil(Harness &h, C &connector, qint64 accountId, qint64 target)
{
    connector.start();
    REQUIRE(waitUntil([&] { return h.cursor(accountId) >= target; }));
}

// The last state the outbox signalled for an entry.
struct States
{
    explicit States(Outbox &outbox)
    {
        QObject::connect(&outbox, &Outbox::changed, &context,
                         [this](qint64 entry, qint64, Outbox::State state, const QString &error) {
                             seen[entry].append(state);
                             errors[entry] = error;
                         });
    }
    Outbox::State last(qint64 entry) const
    {
        return seen.value(entry).value(seen.value(entry).size() - 1);
    }
    QObject context;
    QHash<qint64, QList<Outbox::State>> seen;
    QHash<qint64, QString> errors;
};

} // namespace

TEST_CASE("A reply goes out through the outbox, joins the conversation and leaves the item "
          "waiting",
          "[outbox]")
{
    fd::test::TelegramHarness h;
    const auto anna = fd::test::person(7123456789, u"Анна"_s, u"Петрова"_s, u"anna_p"_s);
    const auto dm = h.bot()->pushPrivateMessage(anna, u"Где мой заказ?"_s);
    const Account account = h.addAccount(u"Frontshop bot"_s);
    TelegramConnector::Options options;
    options.longPollSeconds = 1;
    auto connector = h.connector(account, h.token(), options);
    pollUntil(h, *connector, account.id, dm.updateId + 1);
    const auto row = h.item(account.id, TelegramNormalizer::messageId(dm.chatId, dm.messageId));
    REQUIRE(row);

    Outbox outbox(h.store.store(), operatorIrina(),
                  [&](qint64 id) { return id == account.id ? connector.get() : nullptr; });
    States states(outbox);
    const QString text = u"Здравствуйте! 👋 a+b & c%d=e\nЗаказ #1234 в пути."_s;
    const auto id = fd::test::resultOf(outbox.reply(row->item.id, text, false));
    INFO(id.error().message.toStdString());
    REQUIRE(id.ok());
    REQUIRE(waitUntil([&] { return states.last(*id) == Outbox::State::Sent; }));
    CHECK(states.seen[*id] ==
          QList<Outbox::State>{Outbox::State::Queued, Outbox::State::Sending, Outbox::State::Sent});

    const auto calls = h.sandbox->writeCalls(u"sendMessage"_s);
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].parameters.value(u"text"_s) == text);
    REQUIRE(waitUntil([&] {
        const auto entries = outbox.entriesFor(row->item.id);
        return entries.ok() && !entries->isEmpty() && entries->first().state == Outbox::State::Sent;
    }));
    const auto entry = outbox.entriesFor(row->item.id)->first();
    CHECK(entry.attempts == 1);
    CHECK(entry.operatorName == u"Ирина"_s);
    CHECK_FALSE(entry.resultExternalId.isEmpty());

    // The reply is in the conversation, the customer's item waits, the journal says who.
    REQUIRE(waitUntil([&] { return h.item(account.id, entry.resultExternalId).has_value(); }));
    const auto reply = h.item(account.id, entry.resultExternalId);
    CHECK(reply->item.direction == Direction::Outgoing);
    CHECK(reply->item.text == text);
    CHECK(reply->item.threadId == row->item.threadId);
    REQUIRE(waitUntil([&] {
        return h.item(account.id, row->item.externalId)->item.status == ItemStatus::Waiting;
    }));
    const auto journal =
        ItemQueries(*h.store->reader()).journal({row->item.id, {}, u"item.replied"_s}, 10);
    REQUIRE(journal->size() == 1);
    CHECK(journal->first().actor == u"Ирина"_s);
    CHECK(journal->first().after == text);

    // "Send and close" closes it.
    const auto second = fd::test::resultOf(outbox.reply(row->item.id, u"Хорошего дня!"_s, true));
    REQUIRE(second.ok());
    REQUIRE(waitUntil([&] { return states.last(*second) == Outbox::State::Sent; }));
    REQUIRE(waitUntil([&] {
        return h.item(account.id, row->item.externalId)->item.status == ItemStatus::Closed;
    }));
}

TEST_CASE("A failed action says why in words and goes out on retry, once", "[outbox]")
{
    fd::test::VkHarness h;
    VkSandboxCommunity *community = h.community();
    const auto vera = fd::test::vkPerson(611000001, u"Вера"_s, u"Соколова"_s, u"vera_s"_s);
    community->addUser(vera);
    const Account account = h.addAccount(u"Frontshop"_s);
    auto connector = h.startPolling(account);
    const auto dm = community->pushMessage(vera, u"Здравствуйте"_s);
    REQUIRE(waitUntil([&] { return h.cursor(account.id) == community->currentTs(); }));
    const auto row = h.item(account.id, VkNormalizer::dmId(vera.id, dm.id));
    REQUIRE(row);

    Outbox outbox(h.store.store(), operatorIrina(), [&](qint64) { return connector.get(); });
    States states(outbox);
    h.sandbox->injectFault(VkSandbox::Fault::apiError(9), 1, u"messages.send"_s);
    const auto id = fd::test::resultOf(outbox.reply(row->item.id, u"Добрый день!"_s, false));
    REQUIRE(id.ok());
    REQUIRE(waitUntil([&] { return states.last(*id) == Outbox::State::Failed; }));
    CHECK(states.errors[*id].contains(u"flood control"_s));
    REQUIRE(outbox.unfinished()->size() == 1);
    CHECK(outbox.unfinished()->first().state == Outbox::State::Failed);
    CHECK(outbox.unfinished()->first().retryable);

    outbox.retry(*id);
    REQUIRE(waitUntil([&] { return states.last(*id) == Outbox::State::Sent; }));
    // Both attempts carried the same random_id; VK holds one message.
    const auto calls = h.sandbox->writeCalls(u"messages.send"_s);
    REQUIRE(calls.size() == 2);
    CHECK(calls[0].parameters.value(u"random_id"_s) == calls[1].parameters.value(u"random_id"_s));
    int copies = 0;
    for (const QJsonObject &m : community->messages(vera.id))
        copies += m.value(u"text"_s).toString() == u"Добрый день!"_s;
    CHECK(copies == 1);
    CHECK(outbox.unfinished()->isEmpty());
    CHECK(outbox.entriesFor(row->item.id)->first().attempts == 2);
}

TEST_CASE("A deletion through the outbox keeps the text in the journal", "[outbox]")
{
    fd::test::VkHarness h;
    VkSandboxCommunity *community = h.community();
    const auto vera = fd::test::vkPerson(611000001, u"Вера"_s, u"Соколова"_s);
    community->addUser(vera);
    const Account account = h.addAccount(u"Frontshop"_s);
    auto connector = h.startPolling(account);
    const auto post = community->pushWallPost(u"Новинки"_s);
    const auto spam =
        community->pushWallReply(vera, post.id, u"Заработок от 5000 в день http://x"_s);
    REQUIRE(waitUntil([&] { return h.cursor(account.id) == community->currentTs(); }));
    const auto row =
        h.item(account.id, VkNormalizer::commentId(VkNormalizer::Ref::Kind::Wall,
                                                   community->ownerId(), post.id, spam.id));
    REQUIRE(row);

    Outbox outbox(h.store.store(), operatorIrina(), [&](qint64) { return connector.get(); });
    States states(outbox);
    const auto id = fd::test::resultOf(outbox.act(row->item.id, OutgoingAction::Kind::Delete));
    REQUIRE(id.ok());
    REQUIRE(waitUntil([&] { return states.last(*id) == Outbox::State::Sent; }));
    REQUIRE(waitUntil([&] {
        return h.item(account.id, row->item.externalId)->item.status == ItemStatus::Deleted;
    }));
    const auto journal =
        ItemQueries(*h.store->reader()).journal({row->item.id, {}, u"item.deleted"_s}, 10);
    REQUIRE(journal->size() >= 1);
    CHECK(journal->first().before == u"Заработок от 5000 в день http://x"_s);
    CHECK(journal->first().actor == u"Ирина"_s);
    CHECK(h.sandbox->writeCalls(u"wall.deleteComment"_s).size() == 1);
}

TEST_CASE("Without a token at this station an action fails in words, and nothing is lost",
          "[outbox]")
{
    fd::test::TempStore s;
    const qint64 account = s.addAccount(Platform::Vk, u"Frontshop"_s);
    REQUIRE(fd::test::ingest(s.store(),
                             {account, {fd::test::makeItem(u"dm:1:1"_s, u"Привет"_s)}, {}, {}})
                .ok());
    const auto rows = ItemQueries(*s->reader()).page({}, 10, 0);
    REQUIRE(rows->size() == 1);
    Outbox outbox(s.store(), operatorIrina(), [](qint64) { return nullptr; });
    States states(outbox);
    CHECK_FALSE(fd::test::resultOf(outbox.reply(rows->first().item.id, u"  "_s, false)).ok());
    CHECK_FALSE(fd::test::resultOf(outbox.reply(424242, u"Привет"_s, false)).ok());
    const auto id =
        fd::test::resultOf(outbox.reply(rows->first().item.id, u"Здравствуйте"_s, false));
    REQUIRE(id.ok());
    REQUIRE(waitUntil([&] { return states.last(*id) == Outbox::State::Failed; }));
    CHECK(states.errors[*id].contains(u"holds no token"_s));
    REQUIRE(outbox.unfinished()->size() == 1);
    CHECK(outbox.unfinished()->first().body == u"Здравствуйте"_s); // the text is kept
}

TEST_CASE("Entries left sending by a stop become failed with a warning, not sent again", "[outbox]")
{
    fd::test::TempStore s;
    const qint64 account = s.addAccount(Platform::Vk, u"Frontshop"_s);
    REQUIRE(fd::test::ingest(s.store(),
                             {account, {fd::test::makeItem(u"dm:1:1"_s, u"Привет"_s)}, {}, {}})
                .ok());
    const qint64 item = ItemQueries(*s->reader()).page({}, 10, 0)->first().item.id;
    auto added = s->write([item](const QSqlDatabase &db) {
        auto q = Connection::exec(
            db,
            u"INSERT INTO outbox (item_id, action, body, operator, idempotency_key, state, "
            u"created_at, updated_at) VALUES (?, 'reply', 'a', 'x', 'k1', 'sending', 0, 0), "
            u"(?, 'reply', 'b', 'x', 'k2', 'queued', 0, 0)"_s,
            {item, item});
        return q.ok() ? StoreError{} : q.error();
    });
    added.waitForFinished();
    REQUIRE(added.result().ok());
    int performed = 0;
    Outbox outbox(s.store(), operatorIrina(), [&](qint64) {
        ++performed;
        return nullptr;
    });
    REQUIRE(outbox.recover().ok());
    const auto left = outbox.unfinished();
    REQUIRE(left->size() == 2);
    CHECK(left->at(0).state == Outbox::State::Failed);
    CHECK(left->at(0).error.contains(u"may or may not"_s));
    CHECK(left->at(1).error.contains(u"before this was sent"_s));
    CHECK(performed == 0);
}
