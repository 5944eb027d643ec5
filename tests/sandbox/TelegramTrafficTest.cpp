// The traffic feeder: generated customer traffic turned into Telegram updates.
#include "SandboxClient.h"

#include "sandbox/TelegramTrafficFeeder.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::TelegramFixture;

namespace {

TelegramSandbox::Options fixedClock()
{
    TelegramSandbox::Options options;
    options.clockMs = [] { return qint64(1767260400000); }; // 2026-01-01 09:40 UTC
    return options;
}

QString typeOf(const QJsonObject &update)
{
    QStringList keys = update.keys();
    keys.removeAll(u"update_id"_s);
    return keys.value(0);
}

} // namespace

TEST_CASE("Traffic: feeding N items queues realistic updates, the same for the same seed")
{
    TelegramFixture f(fixedClock());
    f.sandbox->startTraffic(0, 42); // feeders seeded, no timer
    TelegramTrafficFeeder *feeder = f.sandbox->traffic();
    REQUIRE(feeder != nullptr);
    const int queued = feeder->feed(300);
    CHECK(feeder->itemsProduced() == 300);
    CHECK(feeder->updatesQueued() == queued);
    CHECK(queued >= 300); // every item is at least one update; posts bring their forwards
    CHECK(f.bot->pendingCount() == queued);

    // Read them all through the API, confirming page by page.
    QList<QJsonObject> all;
    qint64 offset = 0;
    while (true) {
        const fd::test::Reply r =
            f.client->call(u"getUpdates"_s, {{u"offset"_s, QString::number(offset)}});
        REQUIRE(r.status == 200);
        const QJsonArray page = r.result().toArray();
        if (page.isEmpty())
            break;
        for (const QJsonValue &u : page)
            all.append(u.toObject());
        offset = page.last().toObject().value(u"update_id"_s).toInteger() + 1;
    }
    REQUIRE(all.size() == queued);

    QHash<QString, int> byType;
    QSet<QString> languages;
    bool bigUserId = false;
    qint64 expectedId = f.bot->config().firstUpdateId;
    for (const QJsonObject &u : std::as_const(all)) {
        CHECK(u.value(u"update_id"_s).toInteger() == expectedId++);
        const QString type = typeOf(u);
        ++byType[type];
        const QJsonObject m = u.value(type).toObject();
        const QJsonObject from = m.value(u"from"_s).toObject();
        if (!from.isEmpty() && from.value(u"id"_s).toInteger() != 777000) {
            languages.insert(from.value(u"language_code"_s).toString());
            bigUserId = bigUserId || from.value(u"id"_s).toInteger() > (qint64(1) << 32);
        }
        if (type == u"message"_s && m.contains(u"message_thread_id"_s)) {
            // A comment: it answers the post's automatic forward or another comment.
            const QJsonObject parent = m.value(u"reply_to_message"_s).toObject();
            CHECK(parent.value(u"chat"_s).toObject().value(u"id"_s).toInteger() ==
                  f.bot->config().groupId);
            if (parent.value(u"is_automatic_forward"_s).toBool())
                CHECK(parent.value(u"message_id"_s) == m.value(u"message_thread_id"_s));
        }
    }
    CHECK(byType.value(u"message"_s) > 150);
    CHECK(byType.value(u"channel_post"_s) >= 1);
    CHECK(byType.value(u"business_connection"_s) == 1);
    CHECK(byType.value(u"business_message"_s) > 5);
    CHECK(byType.value(u"edited_message"_s) > 0);
    CHECK(byType.value(u"message_reaction"_s) == 0); // not allowed by default
    CHECK(languages == QSet<QString>{u"ru"_s, u"en"_s, u"pl"_s});
    CHECK(bigUserId);

    // Mentions name this bot's channel.
    bool mention = false;
    for (const QJsonObject &u : std::as_const(all)) {
        const QJsonObject m = u.value(u"message"_s).toObject();
        mention = mention || (!m.contains(u"message_thread_id"_s) &&
                              m.value(u"text"_s).toString().contains(u"@frontshop"_s));
    }
    CHECK(mention);

    // The same seed gives the same updates.
    TelegramFixture again(fixedClock());
    again.sandbox->startTraffic(0, 42);
    CHECK(again.sandbox->traffic()->feed(300) == queued);
    CHECK(again.bot->pendingUpdates() == all);
}

TEST_CASE("Traffic: items arrive at the configured rate (simulated time)")
{
    TelegramFixture f(fixedClock());
    f.sandbox->startTraffic(0, 7);
    TelegramTrafficFeeder *feeder = f.sandbox->traffic();
    feeder->setRate(30);
    const int first = feeder->advance(10 * 60 * 1000);
    CHECK(first >= 240);
    CHECK(first <= 360);
    const int rest = feeder->advance(50 * 60 * 1000);
    CHECK(first + rest >= 1620); // 1800 expected in an hour, ±10 %
    CHECK(first + rest <= 1980);
    CHECK(feeder->itemsProduced() == first + rest);

    feeder->setRate(0);
    CHECK(feeder->advance(60 * 60 * 1000) == 0);
}

TEST_CASE("Traffic: startTraffic produces on its own timer until stopped")
{
    TelegramFixture f;
    f.sandbox->startTraffic(1200, 3); // one item every 50 ms on average
    QSignalSpy produced(f.sandbox->traffic(), &TelegramTrafficFeeder::produced);
    REQUIRE(produced.wait(10000));
    CHECK(f.bot->pendingCount() > 0);
    CHECK(f.sandbox->traffic()->isRunning());
    f.sandbox->stopTraffic();
    CHECK_FALSE(f.sandbox->traffic()->isRunning());
}
