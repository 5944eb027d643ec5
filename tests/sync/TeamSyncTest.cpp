// Stations in sync: a change made at one station shows at another on its own (the listener's
// wake-up), and a station whose connection is cut keeps its ops and sends them once it is back.
#include "SyncTestSupport.h"

#include "TestSupport.h"
#include "console/InboxActions.h"
#include "store/Connection.h"
#include "sync/TeamSync.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
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
