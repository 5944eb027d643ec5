// getUpdates in the sandbox: offsets as acknowledgements, limits, long polling, sticky
// allowed_updates, one consumer at a time, webhooks, retention.
#include "SandboxClient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::person;
using fd::test::Reply;
using fd::test::TelegramFixture;

namespace {

QList<qint64> ids(const Reply &r)
{
    QList<qint64> out;
    const QJsonArray updates = r.result().toArray();
    for (const QJsonValue &u : updates)
        out.append(u.toObject().value(u"update_id"_s).toInteger());
    return out;
}

QStringList types(const Reply &r)
{
    QStringList out;
    const QJsonArray updates = r.result().toArray();
    for (const QJsonValue &u : updates) {
        QStringList keys = u.toObject().keys();
        keys.removeAll(u"update_id"_s);
        out.append(keys.value(0));
    }
    return out;
}

Reply getUpdates(TelegramFixture &f, const QList<std::pair<QString, QString>> &fields = {})
{
    const Reply r = f.client->call(u"getUpdates"_s, fields);
    INFO(r.body.left(500).toStdString());
    REQUIRE(r.status == 200);
    return r;
}

QUrlQuery query(const QList<std::pair<QString, QString>> &items)
{
    QUrlQuery q;
    for (const auto &[k, v] : items)
        q.addQueryItem(k, v);
    return q;
}

const auto anna = person(7123456789, u"Anna"_s, u"Petrova"_s, u"anna_p"_s, u"ru"_s);

} // namespace

TEST_CASE("getUpdates: an offset confirms everything below it, for good")
{
    TelegramFixture f;
    for (int i = 0; i < 3; ++i)
        f.bot->pushPrivateMessage(anna, u"message "_s + QString::number(i));
    const qint64 a = f.bot->config().firstUpdateId;

    CHECK(ids(getUpdates(f)) == QList<qint64>{a, a + 1, a + 2});
    CHECK(ids(getUpdates(f)) == QList<qint64>{a, a + 1, a + 2}); // nothing confirmed yet
    CHECK(ids(getUpdates(f, {{u"offset"_s, QString::number(a + 1)}})) ==
          QList<qint64>{a + 1, a + 2});
    CHECK(ids(getUpdates(f)) == QList<qint64>{a + 1, a + 2});
    CHECK(ids(getUpdates(f, {{u"offset"_s, QString::number(a)}})) == QList<qint64>{a + 1, a + 2});

    f.bot->pushPrivateMessage(anna, u"one more"_s);
    CHECK(ids(getUpdates(f, {{u"offset"_s, QString::number(a + 3)}})) == QList<qint64>{a + 3});
    CHECK(ids(getUpdates(f, {{u"offset"_s, QString::number(a + 4)}})).isEmpty());
    CHECK(f.bot->pendingCount() == 0);
    f.bot->pushPrivateMessage(anna, u"and another"_s);
    CHECK(ids(getUpdates(f)) == QList<qint64>{a + 4}); // update_id keeps counting by one
}

TEST_CASE("getUpdates: a negative offset keeps only the last updates")
{
    TelegramFixture f;
    for (int i = 0; i < 5; ++i)
        f.bot->pushPrivateMessage(anna, QString::number(i));
    const qint64 a = f.bot->config().firstUpdateId;
    CHECK(ids(getUpdates(f, {{u"offset"_s, u"-2"_s}})) == QList<qint64>{a + 3, a + 4});
    CHECK(ids(getUpdates(f)) == QList<qint64>{a + 3, a + 4});
}

TEST_CASE("getUpdates: limit is clamped to 1-100, default 100")
{
    TelegramFixture f;
    for (int i = 0; i < 150; ++i)
        f.bot->pushPrivateMessage(anna, QString::number(i));
    CHECK(ids(getUpdates(f, {{u"limit"_s, u"0"_s}})).size() == 1);
    CHECK(ids(getUpdates(f, {{u"limit"_s, u"-7"_s}})).size() == 1);
    CHECK(ids(getUpdates(f, {{u"limit"_s, u"5"_s}})).size() == 5);
    CHECK(ids(getUpdates(f, {{u"limit"_s, u"1000"_s}})).size() == 100);
    CHECK(ids(getUpdates(f)).size() == 100);
    // GET with a query string works the same way.
    CHECK(ids(f.client->get(u"getUpdates"_s, query({{u"limit"_s, u"3"_s}}))).size() == 3);
}

TEST_CASE("getUpdates: a long poll answers as soon as an update arrives")
{
    TelegramFixture f;
    QSignalSpy waiting(f.sandbox.get(), &TelegramSandbox::pollWaiting);
    QNetworkReply *poll = f.client->startGet(u"getUpdates"_s, query({{u"timeout"_s, u"50"_s}}));
    REQUIRE(waiting.wait(10000));
    CHECK(f.sandbox->isPolling());

    // A channel post and its automatic forward arrive together, in one answer.
    f.bot->pushChannelPost(u"New collection!"_s);
    const Reply r = fd::test::SandboxClient::wait(poll, 10000); // far less than 50 s
    REQUIRE(r.status == 200);
    CHECK(types(r) == QStringList{u"channel_post"_s, u"message"_s});
    CHECK_FALSE(f.sandbox->isPolling());
}

TEST_CASE("getUpdates: a long poll with nothing to say answers [] after its timeout")
{
    TelegramFixture f;
    QSignalSpy waiting(f.sandbox.get(), &TelegramSandbox::pollWaiting);
    QNetworkReply *poll = f.client->startGet(u"getUpdates"_s, query({{u"timeout"_s, u"1"_s}}));
    REQUIRE(waiting.wait(10000));
    const Reply r = fd::test::SandboxClient::wait(poll, 10000);
    CHECK(r.status == 200);
    CHECK(r.body == "{\"ok\":true,\"result\":[]}");
    CHECK_FALSE(f.sandbox->isPolling());
}

TEST_CASE("getUpdates: the sandbox notices a long-polling client that went away")
{
    TelegramFixture f;
    QSignalSpy waiting(f.sandbox.get(), &TelegramSandbox::pollWaiting);
    QNetworkReply *poll = f.client->startGet(u"getUpdates"_s, query({{u"timeout"_s, u"50"_s}}));
    REQUIRE(waiting.wait(10000));
    poll->abort();
    poll->deleteLater();
    CHECK(fd::test::waitUntil([&] { return !f.sandbox->isPolling(); }));
    // The update waits in the queue for the next poll.
    f.bot->pushPrivateMessage(anna, u"still here"_s);
    CHECK(ids(getUpdates(f)).size() == 1);
}

TEST_CASE("getUpdates: a second poller ends the first with 409")
{
    TelegramFixture f;
    QSignalSpy waiting(f.sandbox.get(), &TelegramSandbox::pollWaiting);
    QNetworkReply *first = f.client->startGet(u"getUpdates"_s, query({{u"timeout"_s, u"50"_s}}));
    REQUIRE(waiting.wait(10000));

    fd::test::SandboxClient other(f.sandbox->apiBaseUrl(), f.bot->config().token);
    QNetworkReply *second = other.startGet(u"getUpdates"_s, query({{u"timeout"_s, u"50"_s}}));
    const Reply ended = fd::test::SandboxClient::wait(first, 10000);
    CHECK(ended.status == 409);
    CHECK(ended.json().value(u"error_code"_s).toInt() == 409);
    CHECK(ended.description() ==
          u"Conflict: terminated by other getUpdates request; make sure that only one bot "
          u"instance is running"_s);

    REQUIRE(fd::test::waitUntil([&] { return waiting.size() == 2; }));
    f.bot->pushPrivateMessage(anna, u"for the survivor"_s);
    const Reply survivor = fd::test::SandboxClient::wait(second, 10000);
    CHECK(survivor.status == 200);
    CHECK(ids(survivor).size() == 1);
}

TEST_CASE("getUpdates: allowed_updates is sticky and [] leaves out reactions and chat members")
{
    TelegramFixture f;
    const TelegramSandboxBot::Pushed dm = f.bot->pushPrivateMessage(anna, u"hi"_s);
    // By default reactions stay out of the queue.
    CHECK_FALSE(f.bot->pushMessageReaction(anna.id, dm.messageId, anna, u"👍"_s).queued());
    CHECK_FALSE(f.bot->pushUpdate(u"chat_member"_s, {}).queued());
    CHECK_FALSE(f.bot->pushUpdate(u"message_reaction_count"_s, {}).queued());
    CHECK(f.bot->pushUpdate(u"callback_query"_s, {}).queued());

    // Ask for reactions only (a JSON array in a form field).
    getUpdates(f, {{u"allowed_updates"_s, u"[\"message_reaction\"]"_s},
                   {u"offset"_s, QString::number(f.bot->nextUpdateId())}});
    CHECK(f.bot->pushMessageReaction(anna.id, dm.messageId, anna, u"🔥"_s, u"👍"_s).queued());
    CHECK_FALSE(f.bot->pushPrivateMessage(anna, u"unseen"_s).queued());

    // Not sent again: the setting sticks.
    const Reply r = getUpdates(f);
    CHECK(types(r) == QStringList{u"message_reaction"_s});
    const QJsonObject reaction =
        r.result().toArray().at(0).toObject().value(u"message_reaction"_s).toObject();
    CHECK(reaction.value(u"new_reaction"_s).toArray().at(0).toObject().value(u"emoji"_s) == u"🔥"_s);
    CHECK(reaction.value(u"old_reaction"_s).toArray().at(0).toObject().value(u"emoji"_s) == u"👍"_s);
    CHECK_FALSE(f.bot->pushPrivateMessage(anna, u"still unseen"_s).queued());

    // [] brings back the default set.
    getUpdates(f, {{u"allowed_updates"_s, u"[]"_s}});
    CHECK(f.bot->pushPrivateMessage(anna, u"seen"_s).queued());
    CHECK(f.bot->pushUpdate(u"channel_post"_s, {}).queued());
    CHECK_FALSE(f.bot->pushMessageReaction(anna.id, dm.messageId, anna, u"👎"_s).queued());
    CHECK_FALSE(f.bot->pushUpdate(u"chat_member"_s, {}).queued());

    // In a JSON body the array may be a real array.
    CHECK(f.client->postJson(u"getUpdates"_s, {{u"allowed_updates"_s, QJsonArray{u"message"_s}}})
              .status == 200);
    CHECK(f.bot->allowedUpdates() == QStringList{u"message"_s});
}

TEST_CASE("getUpdates: update types clients do not know yet come through as they are")
{
    TelegramFixture f;
    f.bot->pushUpdate(u"purchased_paid_media"_s,
                      {{u"from"_s, anna.toJson()}, {u"paid_media_payload"_s, u"p-1"_s}});
    f.bot->pushUpdate(u"x_future_update"_s, {{u"anything"_s, QJsonArray{1, 2, 3}}});
    f.bot->pushPrivateMessage(anna, u"after the unknown ones"_s);
    const Reply r = getUpdates(f);
    CHECK(types(r) == QStringList{u"purchased_paid_media"_s, u"x_future_update"_s, u"message"_s});
    const qint64 a = f.bot->config().firstUpdateId;
    CHECK(ids(r) == QList<qint64>{a, a + 1, a + 2});
}

TEST_CASE("getUpdates: a webhook makes getUpdates fail with 409 until it is deleted")
{
    TelegramFixture f;
    f.bot->pushPrivateMessage(anna, u"queued before the webhook"_s);

    const Reply bad = f.client->call(u"setWebhook"_s, {{u"url"_s, u"http://example.invalid/"_s}});
    CHECK(bad.status == 400);
    const Reply set =
        f.client->call(u"setWebhook"_s, {{u"url"_s, u"https://example.invalid/hook"_s}});
    CHECK(set.body == "{\"ok\":true,\"result\":true,\"description\":\"Webhook was set\"}");

    const Reply refused = f.client->call(u"getUpdates"_s);
    CHECK(refused.status == 409);
    CHECK(refused.description() ==
          u"Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to "
          u"delete the webhook first"_s);
    CHECK(f.client->call(u"getWebhookInfo"_s)
              .result()
              .toObject()
              .value(u"pending_update_count"_s)
              .toInt() == 1);

    const Reply deleted =
        f.client->call(u"deleteWebhook"_s, {{u"drop_pending_updates"_s, u"true"_s}});
    CHECK(deleted.description() == u"Webhook was deleted"_s);
    CHECK(f.client->call(u"deleteWebhook"_s).description() == u"Webhook is already deleted"_s);
    CHECK(ids(getUpdates(f)).isEmpty()); // the pending update was dropped
    CHECK(f.sandbox->writeCalls(u"setWebhook"_s).size() == 2);
    CHECK(f.sandbox->writeCalls(u"deleteWebhook"_s).size() == 2);
}

TEST_CASE("getUpdates: updates are kept 24 hours and up to a bound")
{
    qint64 now = 1767225600000; // 2026-01-01
    TelegramSandbox::Options options;
    options.clockMs = [&now] { return now; };
    TelegramSandboxBot::Config config = TelegramSandboxBot::Config::demo(0);
    config.maxPendingUpdates = 10;
    options.bots = {config};
    TelegramFixture f(options);
    const qint64 a = config.firstUpdateId;

    for (int i = 0; i < 15; ++i)
        f.bot->pushPrivateMessage(anna, QString::number(i));
    CHECK(f.bot->pendingCount() == 10);
    CHECK(ids(getUpdates(f)).value(0) == a + 5);
    const qint64 date = getUpdates(f)
                            .result()
                            .toArray()
                            .at(0)
                            .toObject()
                            .value(u"message"_s)
                            .toObject()
                            .value(u"date"_s)
                            .toInteger();
    CHECK(date == now / 1000);

    now += 23 * 3600 * 1000;
    f.bot->pushPrivateMessage(anna, u"newer"_s);
    now += 2 * 3600 * 1000; // the first 10 are now 25 hours old
    CHECK(ids(getUpdates(f)) == QList<qint64>{a + 15});
}

TEST_CASE("getUpdates: the optional anti-hammering rule cuts a repeated poll to one update")
{
    qint64 now = 1767225600000;
    TelegramSandbox::Options options;
    options.clockMs = [&now] { return now; };
    options.antiHammering = true;
    TelegramFixture f(options);
    for (int i = 0; i < 5; ++i)
        f.bot->pushPrivateMessage(anna, QString::number(i));
    CHECK(ids(getUpdates(f)).size() == 5);
    now += 100;
    CHECK(ids(getUpdates(f)).size() == 1);
    now += 5000;
    CHECK(ids(getUpdates(f)).size() == 5);
}
