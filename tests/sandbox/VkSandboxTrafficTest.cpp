// The VK traffic feeder: generated customer traffic turned into Bots Long Poll events.
#include "SandboxClient.h"

#include "sandbox/VkTrafficFeeder.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::Reply;
using fd::test::VkFixture;
using fd::test::vkResponse;

namespace {

constexpr qint64 Gid = 218000001;

VkSandbox::Options fixedClock()
{
    VkSandbox::Options options;
    options.clockMs = [] { return qint64(1767260400000); }; // 2026-01-01 09:40 UTC
    return options;
}

} // namespace

TEST_CASE("VK sandbox: the traffic feeder is realistic and the same for the same seed", "[vk]")
{
    VkFixture a(fixedClock());
    VkFixture b(fixedClock());
    a.sandbox->startTraffic(0, 42); // seeded, no timer
    b.sandbox->startTraffic(0, 42);
    VkTrafficFeeder *feeder = a.sandbox->traffic();
    REQUIRE(feeder != nullptr);
    QSignalSpy produced(feeder, &VkTrafficFeeder::produced);
    const int queued = feeder->feed(1000);
    CHECK(b.sandbox->traffic(Gid)->feed(1000) == queued);
    CHECK(feeder->itemsProduced() == 1000);
    CHECK(feeder->eventsQueued() == queued);
    CHECK(queued >= 1000);
    REQUIRE(produced.size() == 1);
    CHECK(produced.at(0).at(1).toInt() == queued);
    CHECK(a.community->events() == b.community->events());

    // Read them all through a_check, page by page.
    a.client->longPollServer(Gid);
    QList<QJsonObject> all;
    QString ts = u"1"_s;
    while (true) {
        const Reply r = a.client->poll(ts);
        REQUIRE(r.status == 200);
        const QJsonArray page = r.json().value(u"updates"_s).toArray();
        CHECK(page.size() <= 100);
        if (page.isEmpty())
            break;
        for (const QJsonValue &e : page)
            all.append(e.toObject());
        ts = r.json().value(u"ts"_s).toString();
    }
    REQUIRE(all.size() == queued);

    QHash<QString, int> byType;
    bool mention = false;
    bool threadedReply = false;
    QSet<qint64> authors;
    for (const QJsonObject &e : std::as_const(all)) {
        const QString type = e.value(u"type"_s).toString();
        ++byType[type];
        const QJsonObject o = e.value(u"object"_s).toObject();
        if (type == u"wall_reply_new"_s) {
            mention =
                mention || o.value(u"text"_s).toString().contains(u"[club218000001|Frontshop]"_s);
            threadedReply = threadedReply || (o.contains(u"reply_to_comment"_s) &&
                                              !o.value(u"parents_stack"_s).toArray().isEmpty());
            authors.insert(o.value(u"from_id"_s).toInteger());
        }
        if (type == u"message_new"_s)
            authors.insert(o.value(u"message"_s).toObject().value(u"from_id"_s).toInteger());
    }
    INFO(QStringList(byType.keys()).join(u", "_s).toStdString());
    for (const QString &type :
         {u"message_new"_s, u"message_edit"_s, u"wall_post_new"_s, u"wall_reply_new"_s,
          u"wall_reply_edit"_s, u"wall_reply_delete"_s, u"wall_reply_restore"_s,
          u"photo_comment_new"_s, u"photo_comment_delete"_s, u"video_comment_new"_s,
          u"board_post_new"_s, u"market_comment_new"_s, u"message_typing_state"_s, u"group_join"_s,
          u"message_reaction_event"_s})
        CHECK(byType.value(type) > 0);
    CHECK(byType.value(u"message_new"_s) > 250);
    CHECK(byType.value(u"wall_post_new"_s) < 60); // a handful of posts draw the comments
    CHECK(mention);
    CHECK(threadedReply);

    // users.get knows everyone who wrote.
    QStringList ids;
    for (qint64 id : std::as_const(authors))
        ids.append(QString::number(id));
    const QJsonArray users =
        vkResponse(
            a.client->call(u"users.get"_s, {{u"user_ids"_s, ids.mid(0, 1000).join(u',')},
                                            {u"fields"_s, u"screen_name,city,followers_count,"
                                                          u"photo_100"_s}}))
            .toArray();
    CHECK(users.size() == qMin<qsizetype>(1000, ids.size()));
    bool withCity = false;
    for (const QJsonValue &u : users) {
        const QJsonObject o = u.toObject();
        CHECK_FALSE(o.value(u"first_name"_s).toString().isEmpty());
        CHECK(o.value(u"photo_100"_s).toString().startsWith(u"https://"_s));
        withCity =
            withCity || !o.value(u"city"_s).toObject().value(u"title"_s).toString().isEmpty();
    }
    CHECK(withCity);
}

TEST_CASE("VK sandbox: traffic arrives at the set rate on simulated time", "[vk]")
{
    VkFixture f(fixedClock());
    VkTrafficFeeder *feeder = f.sandbox->traffic();
    feeder->setRate(30);
    const int items = feeder->advance(60 * 60 * 1000); // an hour at 30 a minute: about 1800
    CHECK(items > 1600);
    CHECK(items < 2000);
    CHECK(feeder->itemsProduced() == items);
    CHECK(f.community->eventCount() == feeder->eventsQueued());
    CHECK(feeder->advance(0) == 0);
}

TEST_CASE("VK sandbox: started traffic wakes a waiting long poll", "[vk]")
{
    VkFixture f;
    f.client->longPollServer(Gid);
    QSignalSpy waiting(f.sandbox.get(), &VkSandbox::pollWaiting);
    QNetworkReply *poll = f.client->startPoll(QString::number(f.community->currentTs()), 25);
    REQUIRE(waiting.wait(10000));
    f.sandbox->startTraffic(6000, 7); // 100 a second
    const Reply r = fd::test::SandboxClient::wait(poll, 10000);
    f.sandbox->stopTraffic();
    REQUIRE(r.status == 200);
    CHECK_FALSE(r.json().value(u"updates"_s).toArray().isEmpty());
    CHECK_FALSE(f.sandbox->traffic()->isRunning());
}
