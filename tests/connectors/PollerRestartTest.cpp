// A poller killed with SIGKILL at random moments and restarted loses nothing and stores
// nothing twice: the sandbox runs in this process, the poller in a child process.
#include "ConnectorHarness.h"

#include "connectors/telegram/TelegramNormalizer.h"
#include "connectors/vk/VkNormalizer.h"
#include "sandbox/TelegramTrafficFeeder.h"
#include "sandbox/VkTrafficFeeder.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace {

// Starts the poll child for `accountId` twelve times, killing it eleven times at random moments
// while it works, and lets the last one run until the cursor reaches `end`. Checks after every
// kill that nothing committed was taken back and the store is sound; at the end, that every
// item of `expected` is stored exactly once.
void killAndRestart(fd::test::InboxHarness &h, qint64 accountId, const QStringList &childArgs,
                    qint64 end, const QSet<QString> &expected, quint32 seed)
{
    QRandomGenerator rng(seed);
    int kills = 0;
    int advanced = 0; // kills after which the cursor had moved: they landed while it worked
    qint64 previous = h.cursor(accountId);
    for (int round = 0; round < 12; ++round) {
        QProcess child;
        child.start(QStringLiteral(FRONTDESK_POLL_CHILD), childArgs);
        REQUIRE(fd::test::waitUntil([&] { return child.state() == QProcess::Running; }, 10000));
        if (round < 11) {
            // Kill it while it works: once it has committed something, a moment later.
            REQUIRE(fd::test::waitUntil([&] { return h.cursor(accountId) > previous; }, 20000));
            bool fired = false;
            QTimer::singleShot(rng.bounded(0, 25), &child, [&] {
                child.kill();
                fired = true;
            });
            REQUIRE(fd::test::waitUntil(
                [&] { return fired && child.state() == QProcess::NotRunning; }, 20000));
            ++kills;
            const qint64 now = h.cursor(accountId);
            CHECK(now >= previous); // nothing committed is ever taken back
            advanced += now > previous;
            previous = now;
        } else {
            CHECK(previous < end); // the kills came before the queue was drained
            REQUIRE(fd::test::waitUntil([&] { return h.cursor(accountId) == end; }, 60000));
            child.kill();
            child.waitForFinished(5000);
        }
        // After every kill: what is stored is exactly what the cursor confirms, no more.
        REQUIRE(fd::test::storeProblems(h.store.path()).isEmpty());
    }
    CHECK(kills == 11);
    CHECK(advanced >= 5);
    const QStringList stored = h.storedIds(accountId);
    const QSet<QString> storedSet(stored.cbegin(), stored.cend());
    CHECK(stored.size() == storedSet.size()); // nothing twice
    CHECK(storedSet == expected);             // nothing lost, nothing invented
}

} // namespace

TEST_CASE("A poller killed at random moments and restarted resumes without loss or duplicates",
          "[restart]")
{
    auto config = TelegramSandboxBot::Config::demo(0);
    config.maxPendingUpdates = 10000;
    fd::test::TelegramHarness h({config});
    const Account account = h.addAccount(u"Restarted bot"_s);
    TelegramTrafficFeeder feeder(h.bot(), 5);
    while (h.bot()->pendingCount() < 8000)
        feeder.feed(100);

    // What must end up stored: every item the pending updates carry.
    QSet<QString> expected;
    {
        TelegramNormalizer n(h.bot()->config().token.section(u':', 0, 0).toLongLong(),
                             h.bot()->config().username);
        for (const QJsonObject &u : h.bot()->pendingUpdates()) {
            const auto r = n.normalize(u);
            if (r.item)
                expected.insert(r.item->item.externalId);
        }
    }
    const qint64 last = h.bot()->nextUpdateId() - 1;
    REQUIRE(expected.size() > 6000);

    killAndRestart(h, account.id,
                   {h.store.path(), h.sandbox->apiBaseUrl().toString(), h.token(),
                    QString::number(account.id)},
                   last + 1, expected, 7);
    CHECK(h.cursor(account.id) == last + 1);
}

TEST_CASE("VK: a poller killed at random moments and restarted resumes without loss or duplicates",
          "[restart]")
{
    auto config = VkSandboxCommunity::Config::demo(0);
    config.historySize = 20000;
    fd::test::VkHarness h({config});
    VkSandboxCommunity *community = h.community();
    const Account account = h.addAccount(u"Restarted community"_s);
    // The account's position is the start of the history, as if it had polled up to there.
    const qint64 first = community->currentTs();
    IngestBatch start;
    start.accountId = account.id;
    start.cursor = QString::number(first);
    REQUIRE(fd::test::ingest(h.store.store(), start).ok());
    VkTrafficFeeder feeder(community, 5);
    while (community->currentTs() - first < 8000)
        feeder.feed(100);

    QSet<QString> expected;
    {
        VkNormalizer n(community->id(), community->config().name);
        for (const QJsonValue &e : community->pendingEvents(first)) {
            const auto r = n.normalize(e.toObject());
            if (r.item)
                expected.insert(r.item->item.externalId);
        }
    }
    const qint64 last = community->currentTs();
    REQUIRE(expected.size() > 5000);

    killAndRestart(h, account.id,
                   {h.store.path(), h.sandbox->apiBaseUrl().toString(), config.token,
                    QString::number(account.id)},
                   last, expected, 11);
}
