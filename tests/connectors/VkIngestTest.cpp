// The VK connector storing what the sandbox serves: ten thousand events through faults, the
// authors' profiles, post previews, and one-round (once) polling.
#include "ConnectorHarness.h"

#include "connectors/vk/VkNormalizer.h"
#include "sandbox/VkTrafficFeeder.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace fd::core;
using Fault = fd::core::VkSandbox::Fault;
using fd::test::CommitWatch;
using fd::test::HealthLog;
using fd::test::sample;
using fd::test::storedNow;
using fd::test::VkHarness;
using fd::test::vkPerson;
using fd::test::waitUntil;

namespace {

// What the connector should have stored once its ts has passed an event, worked out by a
// normalizer of its own over the community's event history, as the history grows.
class Expectation
{
public:
    explicit Expectation(const VkSandboxCommunity &community)
        : m_community(community)
        , m_normalizer(community.id(), community.config().name)
        , m_next(community.oldestTs())
    {}

    // The items every event before `ts` makes.
    const QSet<QString> &confirmedBy(qint64 ts)
    {
        if (ts > m_next) {
            qint64 next = m_next;
            const QList<QJsonValue> events =
                m_community.eventsFrom(m_next, int(ts - m_next), &next);
            for (const QJsonValue &e : events) {
                const auto r = m_normalizer.normalize(e.toObject());
                if (r.item)
                    m_ids.insert(r.item->item.externalId);
            }
            m_next = next;
        }
        return m_ids;
    }

private:
    const VkSandboxCommunity &m_community;
    VkNormalizer m_normalizer;
    qint64 m_next;
    QSet<QString> m_ids;
};

} // namespace

TEST_CASE("VK: ten thousand mixed events through faults are all stored once, ts never ahead")
{
    auto config = VkSandboxCommunity::Config::demo(0);
    config.historySize = 30000; // the whole run stays in the history
    VkHarness h({config});
    VkSandboxCommunity *community = h.community();
    VkTrafficFeeder *feeder = h.sandbox->traffic(community->id());
    REQUIRE(feeder);

    const Account account = h.addAccount(u"Frontshop"_s);
    // Faults along the way, one after every few commits; the API ones hit the calls the
    // connector makes after a long-poll failure and for new authors.
    struct Planned
    {
        Fault fault;
        QString method;
    };
    // (users.get only early on, while new authors still turn up in every burst.)
    const QList<Planned> faults{
        {Fault::apiError(6), u"users.get"_s},
        {Fault::drop(), u"users.get"_s},
        {Fault::failed(2), u"a_check"_s},
        {Fault::drop(), u"a_check"_s},
        {Fault::malformedJson(), u"a_check"_s},
        {Fault::failed(3), u"a_check"_s},
        {Fault::dropAfterProcessing(), u"a_check"_s},
        {Fault::serverErrorHtml(), u"a_check"_s},
        {Fault::apiError(10), u"groups.getLongPollServer"_s}, // with a failed 2 to trigger it
        {Fault::junkBody(4096), u"a_check"_s},
        {Fault::delay(400), u"a_check"_s},
    };
    struct Commit
    {
        qint64 ts = 0;
        QSet<QString> missing; // confirmed by the ts, not stored
        QSet<QString> ahead;   // stored, not yet confirmed by the ts
    };
    QList<Commit> commits;
    Expectation expected(*community);
    CommitWatch watch(h.sink, [&](qint64 ts) {
        const QSet<QString> stored = storedNow(h.store.store(), account.id);
        const QSet<QString> &confirmed = expected.confirmedBy(ts);
        commits.append({ts, confirmed - stored, stored - confirmed});
        const qsizetype n = commits.size();
        if (n % 5 == 2 && n / 5 < faults.size()) {
            const Planned &planned = faults.at(n / 5);
            h.sandbox->injectFault(planned.fault, 1, planned.method);
            if (planned.method == u"groups.getLongPollServer"_s)
                h.sandbox->injectFault(Fault::failed(2)); // makes the connector ask for a key
        }
    });

    VkConnector::Options options;
    options.longPollSeconds = 1;
    auto connector = h.connector(account, options, true, &watch);
    HealthLog health(connector.get());
    connector->start();
    // A new account starts at the present: the events come while it long-polls.
    REQUIRE(waitUntil([&] { return h.sandbox->waitingPolls() > 0; }));
    const qint64 first = community->currentTs();

    // Generated traffic in bursts, with hand-made comments, edits, deletions and restorations in
    // the middle of it.
    const auto vera = vkPerson(611000001, u"Вера"_s, u"Соколова"_s, u"vera_s"_s, u"Казань"_s, 830);
    const auto oleg = vkPerson(611000002, u"Олег"_s, u"Ким"_s, QString(), QString(), -1);
    community->addUser(vera);
    community->addUser(oleg);
    int bursts = 0;
    QTimer pump;
    QObject::connect(&pump, &QTimer::timeout, &pump, [&] {
        if (community->currentTs() - first >= 10000) {
            pump.stop();
            return;
        }
        feeder->feed(200);
        if (++bursts % 10 == 5) {
            const auto post =
                community->pushWallPost(u"Новая коллекция, часть "_s + QString::number(bursts));
            const auto c = community->pushWallReply(vera, post.id, u"А размеры какие?"_s);
            community->pushWallReply(oleg, post.id, u"Тоже интересно"_s, c.id);
            community->pushWallReplyEdit(post.id, c.id, u"А размеры какие есть?"_s);
            community->pushWallReplyDelete(post.id, c.id, config.adminUserId);
            community->pushWallReplyRestore(post.id, c.id);
            const auto dm = community->pushMessage(vera, u"Добрый день"_s);
            community->pushMessageEdit(dm.parentId, dm.id, u"Добрый день!"_s);
            community->pushPhotoComment(oleg, 457239100 + bursts, u"Цена?"_s);
            community->pushBoardPost(vera, 49001, u"Доставка в Минск есть?"_s);
        }
    });
    pump.start(20);

    const bool drained = waitUntil(
        [&] {
            return !pump.isActive() && h.cursor(account.id) == community->currentTs() &&
                   h.sandbox->pendingFaults() == 0;
        },
        60000);
    INFO(health.describe().toStdString());
    INFO("ts " << h.cursor(account.id) << ", current " << community->currentTs() << ", faults left "
               << h.sandbox->pendingFaults());
    REQUIRE(drained);
    connector->stop();
    REQUIRE(community->currentTs() - first >= 10000);
    REQUIRE(community->oldestTs() <= first); // nothing fell out of the history

    CHECK(connector->health() == AccountHealth::Polling);
    const QSet<QString> &all = expected.confirmedBy(community->currentTs());
    REQUIRE(all.size() > 5000);
    const QStringList stored = h.storedIds(account.id);
    const QSet<QString> storedSet(stored.cbegin(), stored.cend());
    INFO("lost: " << sample(all - storedSet).toStdString());
    INFO("unexpected: " << sample(storedSet - all).toStdString());
    CHECK(storedSet == all);
    CHECK(stored.size() == all.size()); // no item twice
    CHECK(fd::test::storeProblems(h.store.path()).isEmpty());

    // After every commit, every item the ts confirmed was stored and nothing beyond it was.
    REQUIRE(commits.size() >= 20);
    for (const Commit &c : std::as_const(commits)) {
        INFO("commit with ts " << c.ts);
        INFO("confirmed, not stored: " << sample(c.missing).toStdString());
        CHECK(c.missing.isEmpty());
        INFO("stored beyond the ts: " << sample(c.ahead).toStdString());
        CHECK(c.ahead.isEmpty());
    }
    CHECK(std::is_sorted(commits.cbegin(), commits.cend(),
                         [](const Commit &a, const Commit &b) { return a.ts < b.ts; }));

    // Profiles came from users.get in batches, not one call per event.
    CHECK(h.sandbox->requestCount(u"users.get"_s) < commits.size() + 10);
}

TEST_CASE("VK: authors come with their profile, comments with their post")
{
    VkHarness h;
    VkSandboxCommunity *community = h.community();
    const auto vera = vkPerson(611000001, u"Вера"_s, u"Соколова"_s, u"vera_s"_s, u"Казань"_s, 830);
    const auto oleg = vkPerson(611000002, u"Олег"_s, u"Ким"_s, QString(), QString(), -1);
    community->addUser(vera);
    community->addUser(oleg);
    // A post the connector never saw arrive (it was published before the account was added).
    const auto oldPost = community->pushWallPost(u"Летняя распродажа: −30% на всё"_s);

    const Account account = h.addAccount(u"Frontshop"_s);
    auto connector = h.startPolling(account);

    const auto dm = community->pushMessage(vera, u"Здравствуйте! Где заказ?"_s);
    const auto c1 = community->pushWallReply(oleg, oldPost.id, u"До какого числа?"_s);
    const auto c2 = community->pushWallReply(vera, oldPost.id, u"Тоже вопрос"_s, c1.id);
    REQUIRE(waitUntil([&] { return h.cursor(account.id) == community->currentTs(); }));
    connector->stop();

    const auto dmRow = h.item(account.id, VkNormalizer::dmId(vera.id, dm.id));
    REQUIRE(dmRow);
    CHECK(dmRow->item.author.name == u"Вера Соколова"_s);
    CHECK(dmRow->item.author.handle == u"vera_s"_s);
    CHECK(dmRow->item.author.city == u"Казань"_s);
    CHECK(dmRow->item.author.followers == 830);
    CHECK(dmRow->item.author.avatarUrl == vera.photo100);
    CHECK(dmRow->item.text == u"Здравствуйте! Где заказ?"_s);

    const QString thread =
        VkNormalizer::objectId(VkNormalizer::Ref::Kind::Wall, community->ownerId(), oldPost.id);
    const auto c1Row = h.item(account.id, thread + u':' + QString::number(c1.id));
    const auto c2Row = h.item(account.id, thread + u':' + QString::number(c2.id));
    REQUIRE(c1Row);
    REQUIRE(c2Row);
    CHECK(c1Row->item.author.name == u"Олег Ким"_s);
    CHECK(c1Row->item.author.handle == u"id611000002"_s); // VK's address when there is no name
    CHECK(c1Row->item.author.followers == -1);
    CHECK(c2Row->item.parentExternalId == c1Row->item.externalId);
    CHECK(c1Row->item.threadId == c2Row->item.threadId);
    // The post's text came from wall.getById (the administrator's token), once for both.
    CHECK(h.sandbox->requestCount(u"wall.getById"_s) == 1);
    CHECK(h.sandbox->requestCount(u"users.get"_s) <= 2);
    const auto db = h.store->reader();
    QSqlQuery q(*db);
    q.prepare(
        u"SELECT p.text, p.url FROM posts p JOIN items i ON i.post_id = p.id WHERE i.id = ?"_s);
    q.addBindValue(c1Row->item.id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"Летняя распродажа: −30% на всё"_s);
    CHECK(q.value(1).toString() == u"https://vk.com/wall-"_s + QString::number(community->id()) +
                                       u'_' + QString::number(oldPost.id));
}

TEST_CASE("VK: once mode polls one round, stores it and finishes")
{
    VkHarness h;
    VkSandboxCommunity *community = h.community();
    const auto anna = vkPerson(611000003, u"Анна"_s, u"Петрова"_s, u"anna_p"_s, u"Пермь"_s, 12);
    community->addUser(anna);

    const Account account = h.addAccount(u"Frontshop"_s);
    VkConnector::Options options;
    options.once = true;
    // The first round only learns where the present is.
    {
        auto connector = h.connector(account, options);
        QSignalSpy finished(connector.get(), &Connector::finished);
        connector->start();
        REQUIRE(waitUntil([&] { return finished.count() > 0; }));
        CHECK(connector->health() == AccountHealth::Polling);
    }
    QStringList sent;
    for (const QString &text : {u"Здравствуйте"_s, u"Где мой заказ?"_s, u"Номер 4821"_s}) {
        const auto pushed = community->pushMessage(anna, text);
        REQUIRE(pushed.queued());
        sent << VkNormalizer::dmId(anna.id, pushed.id);
    }
    const int polls = h.sandbox->requestCount(u"a_check"_s);
    auto connector = h.connector(h.account(account.id), options);
    QSignalSpy finished(connector.get(), &Connector::finished);
    connector->start();
    REQUIRE(waitUntil([&] { return finished.count() > 0; }));
    CHECK(finished.count() == 1);
    CHECK(h.sandbox->requestCount(u"a_check"_s) == polls + 1);
    CHECK(h.http.pendingCount() == 0);
    QStringList stored = h.storedIds(account.id);
    stored.sort();
    sent.sort();
    CHECK(stored == sent);
    CHECK(h.cursor(account.id) == community->currentTs());
}
