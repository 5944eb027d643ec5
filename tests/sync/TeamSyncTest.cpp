// Stations in sync: a change made at one station shows at another on its own (the listener's
// wake-up), and a station whose connection is cut keeps its ops and sends them once it is back.
#include "SyncTestSupport.h"

#include "TestSupport.h"
#include "console/InboxActions.h"
#include "store/Connection.h"
#include "sync/TeamSync.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;

TEST_CASE("A change made at one station shows at the other without asking", "[sync][live]")
{
    TwoDesks t;
    Station anna(t.server, u"anna"_s, t.annaDesk);
    Station piotr(t.server, u"piotr"_s, t.piotrDesk);
    REQUIRE(waitFor([&] { return anna.rounds > 0 && piotr.rounds > 0; }));
    CHECK(anna.online);
    CHECK(piotr.value(u"SELECT status FROM items WHERE id = 1001"_s) == u"new"_s);

    // Anna closes the item at her station; Piotr's station hears of it and pulls.
    const int piotrRounds = piotr.rounds;
    InboxActions actions(anna.local.store(), {0, u"anna"_s, u"Anna"_s, u"desk-a"_s});
    REQUIRE(resultOf(actions.close({1001})).ok());
    anna.sync->syncNow();
    CHECK(waitFor([&] {
        return piotr.rounds > piotrRounds &&
               piotr.value(u"SELECT status FROM items WHERE id = 1001"_s) == u"closed"_s;
    }));
    CHECK(scalar(*t.anna, u"SELECT count(*) FROM fd.journal WHERE action = 'item.closed'"_s) == 1);
}

TEST_CASE("A station cut off from the server keeps its ops and sends each once when back",
          "[sync][live]")
{
    TwoDesks t;
    Station anna(t.server, u"anna"_s, t.annaDesk, false);
    REQUIRE(waitFor([&] { return anna.rounds > 0; }));
    REQUIRE(anna.online);

    // The server ends Anna's sessions; she keeps working.
    t.server.sql(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                 u"WHERE usename = 'anna' AND pid <> pg_backend_pid()"_s);
    InboxActions actions(anna.local.store(), {0, u"anna"_s, u"Anna"_s, u"desk-a"_s});
    REQUIRE(resultOf(actions.close({1001})).ok());
    int rounds = anna.rounds;
    anna.sync->syncNow();
    REQUIRE(waitFor([&] { return anna.rounds > rounds; }));
    CHECK_FALSE(anna.online);
    CHECK(anna.value(u"SELECT state FROM sync_ops WHERE seq = 1"_s) == u"queued"_s);
    CHECK(anna.value(u"SELECT status FROM items WHERE id = 1001"_s) == u"closed"_s);

    // Back: the op goes, once.
    rounds = anna.rounds;
    anna.sync->syncNow();
    REQUIRE(waitFor([&] { return anna.rounds > rounds; }));
    CHECK(anna.online);
    CHECK(anna.value(u"SELECT state FROM sync_ops WHERE seq = 1"_s) == u"applied"_s);
    CHECK(text(*t.piotr, u"SELECT status FROM fd.items WHERE id = 1001"_s) == u"closed"_s);
    CHECK(scalar(*t.piotr, u"SELECT count(*) FROM fd.journal WHERE action = 'item.closed'"_s) == 1);
}

TEST_CASE("A disabled operator's station loses the team within seconds, says why, and its queued "
          "ops are refused",
          "[sync][live]")
{
    TwoDesks t;
    t.server.addOperator(u"lena"_s, u"lead"_s);
    Station piotr(t.server, u"piotr"_s, t.piotrDesk);
    REQUIRE(waitFor([&] { return piotr.rounds > 0 && piotr.online; }));
    // Both of the station's lines are open (the sync's and the listener's), beside the test's.
    REQUIRE(waitFor([&] {
        return scalar(t.server.admin(),
                      u"SELECT count(*) FROM pg_stat_activity WHERE usename = 'piotr'"_s) == 3;
    }));

    // Piotr closes an item; the op waits in his queue for the next round.
    InboxActions actions(piotr.local.store(), {0, u"piotr"_s, u"Piotr"_s, u"desk-p"_s});
    REQUIRE(resultOf(actions.close({1001})).ok());
    REQUIRE(piotr.value(u"SELECT state FROM sync_ops WHERE seq = 1"_s) == u"queued"_s);

    // Lena, a lead, disables him from the command line.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSWORD"_s, u"pw-lena"_s);
    const QString url = u"postgresql://lena@%1:%2/%3"_s.arg(t.server.address().host)
                            .arg(t.server.address().port)
                            .arg(t.server.address().database);
    const auto disabled =
        runProgram(QStringLiteral(FRONTDESK_CTL),
                   {u"operator"_s, u"disable"_s, u"piotr"_s, u"--server"_s, url}, {}, env);
    INFO(disabled.err.toStdString());
    REQUIRE(disabled.code == 0);
    CHECK(disabled.out.contains(u"Disabled piotr"_s));

    // Within 5 s the station knows, in words, and has settled the queued op as refused.
    CHECK(waitFor(
        [&] {
            return !piotr.online && piotr.status.contains(u"disabled"_s) &&
                   piotr.value(u"SELECT state FROM sync_ops WHERE seq = 1"_s) == u"rejected"_s;
        },
        5'000));
    INFO(piotr.status.toStdString());
    CHECK(piotr.status.contains(u"piotr"_s));
    CHECK(piotr.value(u"SELECT reason FROM sync_ops WHERE seq = 1"_s).contains(u"disabled"_s));
    REQUIRE(piotr.rejected.size() == 1);
    CHECK(piotr.rejected.first().contains(u"disabled by a lead"_s));

    // He cannot log in again, and the refusal says why.
    ServerAddress a = t.server.address();
    a.user.clear();
    a.password.clear();
    const auto again = ServerConnection::open(u"test.piotr.again"_s, a, u"piotr"_s, u"pw-piotr"_s);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ServerError::Kind::Disabled);
    CHECK(again.error().message.contains(u"disabled"_s));
    CHECK(scalar(t.server.admin(),
                 u"SELECT count(*) FROM pg_stat_activity WHERE usename = 'piotr'"_s) == 0);

    // The server journals the disable, and nothing of his after it.
    CHECK(text(t.server.admin(), u"SELECT operator || ' ' || detail FROM fd.journal "
                                 u"WHERE action = 'operator.disabled'"_s) == u"lena piotr"_s);
    CHECK(text(t.server.admin(), u"SELECT status FROM fd.items WHERE id = 1001"_s) == u"new"_s);
    CHECK(scalar(t.server.admin(), u"SELECT count(*) FROM fd.ops"_s) == 0);

    // What he does later at this station is refused there at once, in the same words.
    REQUIRE(resultOf(actions.reopen({1001})).ok());
    piotr.sync->syncNow();
    CHECK(waitFor([&] { return piotr.rejected.size() == 2; }));
    CHECK(piotr.value(u"SELECT count(*) FROM sync_ops WHERE state = 'rejected'"_s) == u"2"_s);
}
