// How a VK account's health reads when things go wrong, and events no real VK should send,
// among ordinary ones: the connector must neither crash nor stall, and lose nothing ordinary.
#include "ConnectorHarness.h"

#include "connectors/vk/VkNormalizer.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace fd::core;
using Fault = fd::core::VkSandbox::Fault;
using fd::test::HealthLog;
using fd::test::VkHarness;
using fd::test::waitUntil;

namespace {

VkSandboxCommunity::User customer()
{
    return fd::test::vkPerson(611000010, u"Ада"_s, u"Лавлейс"_s);
}

QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    o.insert(key, value);
    return o;
}

} // namespace

TEST_CASE("VK: a refused community token stops that account with what to do")
{
    VkHarness h;
    h.sandbox->injectFault(Fault::apiError(5), 1, u"groups.getById"_s);
    const Account account = h.addAccount(u"Frontshop"_s);
    auto connector = h.connector(account, {});
    HealthLog health(connector.get());
    connector->start();
    REQUIRE(waitUntil([&] { return connector->health() == AccountHealth::Stopped; }));
    const QString why = connector->lastError();
    CHECK(why.contains(u"refused the community token"_s));
    CHECK(why.contains(u"add the account again"_s));
    CHECK_FALSE(why.contains(h.community()->config().token));
    CHECK(h.sandbox->requestCount(u"a_check"_s) == 0);
}

TEST_CASE("VK: a token VK does not know stops the account")
{
    auto other = VkSandboxCommunity::Config::demo(1);
    VkHarness h({VkSandboxCommunity::Config::demo(0), other});
    const Account account = h.addAccount(u"Frontshop"_s);
    // A token VK does not know at all.
    auto connector = std::make_unique<VkConnector>(account, u"vk1.a.not-a-real-token"_s, QString(),
                                                   h.http, h.sink, nullptr, VkConnector::Options{});
    connector->start();
    REQUIRE(waitUntil([&] { return connector->health() == AccountHealth::Stopped; }));
    CHECK(connector->lastError().contains(u"community token"_s));
}

TEST_CASE("VK: too many requests is a wait, not a failure, and polling resumes")
{
    VkHarness h;
    VkSandboxCommunity *community = h.community();
    community->addUser(customer());
    h.sandbox->injectFault(Fault::apiError(6), 1, u"groups.getLongPollServer"_s);
    const Account account = h.addAccount(u"Frontshop"_s);
    VkConnector::Options options;
    options.longPollSeconds = 1;
    auto connector = h.connector(account, options);
    HealthLog health(connector.get()); // from the start: the wait comes first
    connector->start();
    REQUIRE(waitUntil([&] { return h.sandbox->waitingPolls() > 0; }));
    const auto waited = health.first(AccountHealth::Waiting);
    REQUIRE(waited);
    CHECK(waited->message.contains(u"slow down"_s));
    CHECK(waited->waitingUntil.isValid());
    CHECK(connector->health() == AccountHealth::Polling);

    const auto dm = community->pushMessage(customer(), u"Вы тут?"_s);
    REQUIRE(waitUntil([&] { return h.cursor(account.id) == community->currentTs(); }));
    CHECK(h.item(account.id, VkNormalizer::dmId(customer().id, dm.id)));
}

TEST_CASE("VK: failed 1 tells the operator that events may be missing, and polling goes on")
{
    VkHarness h;
    VkSandboxCommunity *community = h.community();
    community->addUser(customer());
    const Account account = h.addAccount(u"Frontshop"_s);
    auto connector = h.startPolling(account);
    HealthLog health(connector.get());

    const auto before = community->pushMessage(customer(), u"Первое"_s);
    REQUIRE(waitUntil([&] { return h.cursor(account.id) == community->currentTs(); }));
    h.sandbox->injectFault(Fault::failed(1));
    community->pushMessage(customer(), u"Пропало бы"_s);
    REQUIRE(waitUntil([&] { return health.describe().contains(u"may be missing"_s); }));
    const auto after = community->pushMessage(customer(), u"После"_s);
    REQUIRE(waitUntil([&] {
        return h.item(account.id, VkNormalizer::dmId(customer().id, after.id)).has_value();
    }));
    CHECK(h.item(account.id, VkNormalizer::dmId(customer().id, before.id)));
    CHECK(h.cursor(account.id) == community->currentTs());
}

TEST_CASE("VK: an expired key is renewed and the ts kept, nothing skipped")
{
    VkHarness h;
    VkSandboxCommunity *community = h.community();
    community->addUser(customer());
    const Account account = h.addAccount(u"Frontshop"_s);
    auto connector = h.startPolling(account);
    const int servers = h.sandbox->requestCount(u"groups.getLongPollServer"_s);

    community->expireKey();
    QStringList sent;
    for (int i = 0; i < 5; ++i)
        sent << VkNormalizer::dmId(customer().id,
                                   community->pushMessage(customer(), QString::number(i)).id);
    REQUIRE(waitUntil([&] { return h.cursor(account.id) == community->currentTs(); }));
    CHECK(h.sandbox->requestCount(u"groups.getLongPollServer"_s) > servers);
    QStringList stored = h.storedIds(account.id);
    stored.sort();
    sent.sort();
    CHECK(stored == sent);
}

TEST_CASE("VK: hostile events among normal messages neither crash nor stall the connector")
{
    VkHarness h;
    VkSandboxCommunity *community = h.community();
    community->addUser(customer());
    const Account account = h.addAccount(u"Frontshop"_s);
    auto connector = h.startPolling(account);
    HealthLog health(connector.get());

    const QJsonObject message{
        {u"id"_s, 900001},       {u"peer_id"_s, customer().id}, {u"from_id"_s, customer().id},
        {u"date"_s, 1767225600}, {u"text"_s, u"обычный"_s},     {u"out"_s, 0}};
    const QJsonObject comment{{u"id"_s, 1},
                              {u"from_id"_s, customer().id},
                              {u"post_id"_s, 77},
                              {u"owner_id"_s, community->ownerId()},
                              {u"text"_s, u"x"_s}};
    const QList<std::pair<QString, QJsonValue>> hostile{
        {u"message_new"_s, u"not an object"_s},
        {u"message_new"_s, QJsonObject{{u"message"_s, QJsonArray{1, 2}}}},
        {u"message_new"_s, QJsonObject{{u"message"_s, with(message, u"id"_s, u"abc"_s)}}},
        {u"message_new"_s, QJsonObject{{u"message"_s, with(message, u"peer_id"_s, 1e300)}}},
        {u"message_new"_s, QJsonObject{{u"message"_s, with(message, u"text"_s, QJsonObject())}}},
        {u"message_new"_s,
         QJsonObject{{u"message"_s, with(message, u"attachments"_s, u"photo"_s)}}},
        {u"message_edit"_s, QJsonObject()},
        {u"wall_reply_new"_s, with(comment, u"post_id"_s, QJsonArray())},
        {u"wall_reply_new"_s, with(comment, u"from_id"_s, u"someone"_s)},
        {u"wall_reply_delete"_s, QJsonObject{{u"id"_s, u"1"_s}}},
        {u"photo_comment_delete"_s, QJsonValue()},
        {u"board_post_new"_s, QJsonObject{{u"topic_id"_s, -5}}},
        {u"market_comment_new"_s, with(comment, u"item_id"_s, QJsonObject{{u"id"_s, 1}})},
        {u"something_from_2031"_s, QJsonObject{{u"nested"_s, QJsonArray{QJsonArray{}}}}},
        {QString(), QJsonObject()},
    };
    QStringList normal;
    int n = 0;
    auto pushNormal = [&] {
        normal << VkNormalizer::dmId(
            customer().id,
            community->pushMessage(customer(), u"Сообщение "_s + QString::number(++n)).id);
    };
    pushNormal();
    for (const auto &[type, object] : hostile) {
        REQUIRE(community->pushEvent(type, object).queued());
        pushNormal();
    }
    for (const QJsonValue &raw : {QJsonValue(42), QJsonValue(u"junk"_s), QJsonValue(QJsonArray()),
                                  QJsonValue(QJsonValue::Null)}) {
        REQUIRE(community->pushRawUpdate(raw).queued());
        pushNormal();
    }
    // A whole megabyte of text in one ordinary-looking message.
    const QString megabyte = QString(u"Очень длинное сообщение. "_s).repeated(1024 * 1024 / 45);
    const auto huge = community->pushMessage(customer(), megabyte);
    pushNormal();

    {
        const bool passed =
            waitUntil([&] { return h.cursor(account.id) == community->currentTs(); }, 20000);
        INFO(health.describe().toStdString());
        REQUIRE(passed);
    }
    // A 5 MB answer and a broken byte sequence in an answer: read, not a stall.
    h.sandbox->injectFault(Fault::hugeBody());
    pushNormal();
    h.sandbox->injectFault(Fault::invalidUtf8());
    pushNormal();
    {
        const bool passed = waitUntil(
            [&] {
                return h.cursor(account.id) == community->currentTs() &&
                       h.sandbox->pendingFaults() == 0;
            },
            20000);
        INFO(health.describe().toStdString());
        REQUIRE(passed);
    }
    CHECK(connector->health() == AccountHealth::Polling);
    connector->stop();

    const QStringList stored = h.storedIds(account.id);
    const QSet<QString> storedSet(stored.cbegin(), stored.cend());
    for (const QString &id : std::as_const(normal)) {
        INFO(id.toStdString());
        CHECK(storedSet.contains(id));
    }
    CHECK(stored.size() == storedSet.size());
    const auto hugeRow = h.item(account.id, VkNormalizer::dmId(customer().id, huge.id));
    REQUIRE(hugeRow);
    CHECK(hugeRow->item.truncated);
    CHECK(megabyte.startsWith(hugeRow->item.text));
    CHECK(fd::test::storeProblems(h.store.path()).isEmpty());
}
