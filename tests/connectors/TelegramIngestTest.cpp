// The Telegram connector storing what the sandbox serves: ten thousand updates through faults,
// and one-round (once) polling.
#include "ConnectorHarness.h"

#include "connectors/telegram/TelegramNormalizer.h"
#include "sandbox/TelegramTrafficFeeder.h"

#include <QSignalSpy>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace fd::core;
using Fault = fd::core::TelegramSandbox::Fault;
using fd::test::CommitWatch;
using fd::test::HealthLog;
using fd::test::person;
using fd::test::sample;
using fd::test::storedNow;
using fd::test::TelegramHarness;
using fd::test::waitUntil;

namespace {

// What the connector should end up storing, worked out independently: a fresh normalizer over a
// copy of the queue taken before the connector starts.
struct Expectation
{
    QList<qint64> updateIds;                     // every pending update, in order
    QList<std::pair<qint64, QString>> itemsFrom; // update id -> external id, for updates that
                                                 // make an item (edits name an item again)
    QSet<QString> ids;

    qint64 lastUpdateId() const { return updateIds.isEmpty() ? 0 : updateIds.last(); }
    // The items an offset of `cursor` has confirmed.
    QSet<QString> confirmedBy(qint64 cursor) const
    {
        QSet<QString> out;
        for (const auto &[updateId, externalId] : itemsFrom) {
            if (updateId < cursor)
                out.insert(externalId);
        }
        return out;
    }
};

Expectation expect(const TelegramSandboxBot &bot)
{
    Expectation e;
    TelegramNormalizer normalizer(bot.id(), bot.config().username);
    const QList<QJsonObject> pending = bot.pendingUpdates();
    for (const QJsonObject &update : pending) {
        const qint64 id = update.value(u"update_id"_s).toInteger();
        e.updateIds.append(id);
        const TelegramNormalizer::Result r = normalizer.normalize(update);
        if (r.item) {
            e.itemsFrom.append({id, r.item->item.externalId});
            e.ids.insert(r.item->item.externalId);
        }
    }
    return e;
}

} // namespace

TEST_CASE("Ten thousand mixed updates through faults are all stored once, cursor never ahead")
{
    TelegramSandboxBot::Config config = TelegramSandboxBot::Config::demo(0);
    config.maxPendingUpdates = 20000; // the whole run stays in the queue
    TelegramHarness h({config});
    TelegramSandboxBot *bot = h.bot();
    TelegramTrafficFeeder *feeder = h.sandbox->traffic(h.token());
    REQUIRE(feeder);

    // Generated traffic, with hand-made posts, comments, business messages and edits in the
    // middle of it.
    while (bot->pendingCount() < 5000)
        feeder->feed(250);
    const auto vera = person(5300000001, u"Вера"_s, u"Соколова"_s, u"vera_s"_s);
    const auto irina = person(5300000002, u"Ирина"_s, u"Белова"_s);
    const auto oleg = person(5300000003, u"Олег"_s, {}, u"oleg_k"_s);
    for (int round = 0; round < 3; ++round) {
        const auto post =
            bot->pushChannelPost(u"Новая коллекция, часть "_s + QString::number(round));
        REQUIRE(post.forward.queued());
        const auto comment =
            bot->pushComment(vera, post.forward.messageId, u"А размеры какие есть?"_s);
        REQUIRE(comment.queued());
        REQUIRE(
            bot->pushComment(oleg, post.forward.messageId, u"Тоже интересно"_s, comment.messageId)
                .queued());
    }
    REQUIRE(bot->pushBusinessConnection(irina).queued());
    const QString connection = bot->businessConnectionId();
    const auto business = bot->pushBusinessMessage(connection, oleg, u"Заказ не пришёл"_s);
    REQUIRE(business.queued());
    REQUIRE(bot->pushBusinessMessage(connection, vera, u"Можно оплатить картой?"_s).queued());
    REQUIRE(bot->pushEditedBusinessMessage(connection, business.chatId, business.messageId,
                                           u"Заказ №4821 не пришёл"_s)
                .queued());
    const auto dm = bot->pushPrivateMessage(vera, u"Добрый день"_s);
    REQUIRE(bot->pushEditedMessage(dm.chatId, dm.messageId, u"Добрый день!"_s).queued());
    while (bot->pendingCount() < 10000)
        feeder->feed(qMin<qsizetype>(250, 10000 - bot->pendingCount()));
    // Nothing fell out of the queue, so the copy below is the whole run.
    REQUIRE(bot->pendingCount() == bot->nextUpdateId() - config.firstUpdateId);
    REQUIRE(bot->pendingCount() < config.maxPendingUpdates);

    const Expectation expected = expect(*bot);
    REQUIRE(expected.updateIds.size() >= 10000);
    REQUIRE(expected.ids.size() > 5000);
    const qint64 last = expected.lastUpdateId();

    const Account account = h.addAccount(u"Frontshop bot"_s);

    // Faults along the way, one after every few commits.
    const QList<Fault> faults{Fault::rateLimit(1),      Fault::drop(),
                              Fault::malformedJson(),   Fault::dropAfterProcessing(),
                              Fault::serverErrorHtml(), Fault::drop(),
                              Fault::delay(400),        Fault::malformedJson()};
    struct Commit
    {
        qint64 cursor = 0;
        bool onUpdateBoundary = false;
        QSet<QString> missing; // confirmed by the cursor, not stored
        QSet<QString> ahead;   // stored, not yet confirmed by the cursor
    };
    QList<Commit> commits;
    const QSet<qint64> updateIds(expected.updateIds.cbegin(), expected.updateIds.cend());
    CommitWatch watch(h.sink, [&](qint64 cursor) {
        const QSet<QString> stored = storedNow(h.store.store(), account.id);
        const QSet<QString> confirmed = expected.confirmedBy(cursor);
        commits.append(
            {cursor, updateIds.contains(cursor - 1), confirmed - stored, stored - confirmed});
        const qsizetype n = commits.size();
        if (n % 6 == 3 && n / 6 < faults.size())
            h.sandbox->injectFault(faults.at(n / 6));
    });

    TelegramConnector::Options options;
    options.longPollSeconds = 1;
    auto connector = h.connector(account, h.token(), options, &watch);
    HealthLog health(connector.get());
    connector->start();

    const bool drained = waitUntil(
        [&] { return h.cursor(account.id) == last + 1 && bot->pendingCount() == 0; }, 50000);
    INFO(health.describe().toStdString());
    INFO("cursor " << h.cursor(account.id) << ", last update " << last << ", pending "
                   << bot->pendingCount());
    REQUIRE(drained);
    connector->stop();

    // Every fault was served to the connector and it came back from each.
    CHECK(h.sandbox->pendingFaults() == 0);
    CHECK(connector->health() == AccountHealth::Polling);

    const QStringList stored = h.storedIds(account.id);
    const QSet<QString> storedSet(stored.cbegin(), stored.cend());
    INFO("lost: " << sample(expected.ids - storedSet).toStdString());
    INFO("unexpected: " << sample(storedSet - expected.ids).toStdString());
    CHECK(storedSet == expected.ids);
    CHECK(stored.size() == expected.ids.size()); // no item twice
    CHECK(h.cursor(account.id) == last + 1);
    CHECK(fd::test::storeProblems(h.store.path()).isEmpty());

    // After every commit, the cursor stood right after an update, every item it confirmed was
    // stored, and nothing beyond it was.
    REQUIRE(commits.size() >= expected.updateIds.size() / 100);
    for (const Commit &c : std::as_const(commits)) {
        INFO("commit with cursor " << c.cursor);
        CHECK(c.onUpdateBoundary);
        INFO("confirmed, not stored: " << sample(c.missing).toStdString());
        CHECK(c.missing.isEmpty());
        INFO("stored beyond the cursor: " << sample(c.ahead).toStdString());
        CHECK(c.ahead.isEmpty());
    }
    CHECK(std::is_sorted(commits.cbegin(), commits.cend(),
                         [](const Commit &a, const Commit &b) { return a.cursor < b.cursor; }));
    CHECK(commits.last().cursor == last + 1);
}

TEST_CASE("Once mode polls one round, stores it and finishes")
{
    TelegramHarness h;
    TelegramSandboxBot *bot = h.bot();
    const auto anna = person(7123456789, u"Анна"_s, u"Петрова"_s, u"anna_p"_s);
    QStringList sent;
    qint64 last = 0;
    for (const QString &text : {u"Здравствуйте"_s, u"Где мой заказ?"_s, u"Номер 4821"_s}) {
        const auto pushed = bot->pushPrivateMessage(anna, text);
        REQUIRE(pushed.queued());
        sent << TelegramNormalizer::messageId(pushed.chatId, pushed.messageId);
        last = pushed.updateId;
    }

    const Account account = h.addAccount(u"Frontshop bot"_s);
    TelegramConnector::Options options;
    options.longPollSeconds = 1;
    options.once = true;
    auto connector = h.connector(account, h.token(), options);
    QSignalSpy finished(connector.get(), &TelegramConnector::finished);
    connector->start();
    REQUIRE(waitUntil([&] { return finished.count() > 0; }));

    CHECK(finished.count() == 1);
    // One round: one getUpdates, nothing still in flight.
    CHECK(h.sandbox->requestCount(u"getUpdates"_s) == 1);
    CHECK(h.http.pendingCount() == 0);
    QStringList stored = h.storedIds(account.id);
    stored.sort();
    sent.sort();
    CHECK(stored == sent);
    CHECK(h.cursor(account.id) == last + 1);
    CHECK(connector->health() == AccountHealth::Polling);
}
