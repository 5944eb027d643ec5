// frontdeskctl team and operator commands as an administrator and an operator use them.
#include "SyncTestSupport.h"

#include "TestSupport.h"
#include "auth/SecretStore.h"
#include "store/ItemQueries.h"
#include "sync/TeamMembership.h"

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::core::Platform;

namespace {

fd::test::ProgramRun ctl(const QStringList &args, const QByteArray &input = {})
{
    return fd::test::runProgram(QStringLiteral(FRONTDESK_CTL), args, input);
}

} // namespace

TEST_CASE("An admin sets up a team and adds an operator, who joins from their station", "[sync]")
{
    fd::test::TestServer server;
    const QString url = server.url(); // the superuser's password comes from PGPASSWORD

    const auto init = ctl({u"team"_s, u"init"_s, u"--server"_s, url});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    CHECK(init.out.contains(u"Created the team schema"_s));
    const auto again = ctl({u"team"_s, u"init"_s, u"--server"_s, url});
    CHECK(again.code == 0);
    CHECK(again.out.contains(u"up to date"_s));

    server.sql(u"DROP ROLE IF EXISTS anna"_s);
    const auto add = ctl({u"operator"_s, u"add"_s, u"anna"_s, u"--role"_s, u"operator"_s,
                          u"--name"_s, u"Anna Petrova"_s, u"--server"_s, url},
                         "anna-password-1\n");
    INFO(add.err.toStdString());
    REQUIRE(add.code == 0);
    const auto badRole =
        ctl({u"operator"_s, u"add"_s, u"bob"_s, u"--role"_s, u"boss"_s, u"--server"_s, url},
            "bob-password-1\n");
    CHECK(badRole.code == 1);
    CHECK(badRole.err.contains(u"Unknown role"_s));

    fd::test::TempStore station;
    const QString db = station.path();
    station.close();
    const auto wrong =
        ctl({u"--db"_s, db, u"team"_s, u"join"_s, u"--server"_s, url, u"--operator"_s, u"anna"_s},
            "not-her-password\n");
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains(u"refused the login"_s));

    const auto join = ctl({u"--db"_s, db, u"team"_s, u"join"_s, u"--server"_s, url, u"--operator"_s,
                           u"anna"_s, u"--station"_s, u"Desk 1"_s},
                          "anna-password-1\n");
    INFO(join.err.toStdString());
    REQUIRE(join.code == 0);
    CHECK(join.out.contains(u"joined the team"_s));
    CHECK_FALSE(join.out.contains(u"anna-password-1"_s));

    const auto status = ctl({u"--db"_s, db, u"team"_s, u"status"_s});
    CHECK(status.code == 0);
    CHECK(status.out.contains(u"Operator: anna"_s));
    CHECK_FALSE(status.out.contains(u"password"_s));

    // The station is registered on the server, the password is in the keychain and nowhere in
    // the store.
    station.reopen();
    const auto membership = TeamMembership::read(*station->reader());
    REQUIRE(membership.ok());
    REQUIRE(membership->has_value());
    const auto storeId = ItemQueries(*station->reader()).storeId();
    CHECK((*membership)->station == TeamMembership::stationFor(*storeId));
    auto anna = server.connectAs(u"anna"_s, u"anna-password-1"_s);
    auto q = anna->exec(u"SELECT name FROM fd.stations WHERE id = ?::uuid"_s,
                        {(*membership)->station.toString(QUuid::WithoutBraces)}, u"read"_s);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    CHECK(q.value().value(0).toString() == u"Desk 1"_s);
    SecretStore secrets;
    const auto kept = secrets.readNow(TeamMembership::passwordKey(*storeId));
    INFO(kept.message.toStdString());
    CHECK(kept.secret == u"anna-password-1"_s);

    // The station syncs with the password from the keychain: the team's items come in.
    station.close();
    addItems(server);
    const auto synced = ctl({u"--db"_s, db, u"sync"_s, u"--once"_s});
    INFO(synced.err.toStdString());
    CHECK(synced.code == 0);
    CHECK(synced.out.contains(u"2 new items"_s));
    const auto items = ctl({u"--db"_s, db, u"items"_s, u"--json"_s});
    CHECK(items.out.contains(u"Where is my order?"_s));
    secrets.removeNow(TeamMembership::passwordKey(*storeId));
}

TEST_CASE("team join refuses a store with data of its own, and an empty one joins, leaves and "
          "joins again",
          "[sync]")
{
    fd::test::TestServer server;
    server.initTeam();
    const QString url = server.url();
    server.addOperator(u"anna"_s, u"operator"_s);

    // A standalone store that already polled an account of its own.
    fd::test::TempStore busy;
    busy.addAccount(Platform::Telegram, u"Our own bot"_s);
    const QString busyDb = busy.path();
    busy.close();
    const auto refused = ctl(
        {u"--db"_s, busyDb, u"team"_s, u"join"_s, u"--server"_s, url, u"--operator"_s, u"anna"_s},
        "pw-anna\n");
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(u"already holds accounts of its own"_s));
    CHECK(refused.err.contains(u"--db NEW-FILE"_s));
    busy.reopen();
    CHECK_FALSE(TeamMembership::read(*busy->reader())->has_value());
    auto anna = server.connectAs(u"anna"_s);
    CHECK(fd::test::scalar(*anna, u"SELECT count(*) FROM fd.stations"_s) == 0);

    // A fresh store joins, leaves, and may join the same team again with what it received.
    fd::test::TempStore fresh;
    const QString db = fresh.path();
    fresh.close();
    const QStringList join{u"--db"_s,     db,  u"team"_s,       u"join"_s,
                           u"--server"_s, url, u"--operator"_s, u"anna"_s};
    const auto joined = ctl(join, "pw-anna\n");
    INFO(joined.err.toStdString());
    REQUIRE(joined.code == 0);
    addItems(server);
    REQUIRE(ctl({u"--db"_s, db, u"sync"_s, u"--once"_s}).code == 0);
    const auto left = ctl({u"--db"_s, db, u"team"_s, u"leave"_s});
    CHECK(left.code == 0);
    CHECK(left.out.contains(u"left the team"_s));
    CHECK(ctl({u"--db"_s, db, u"team"_s, u"status"_s}).out.contains(u"Standalone"_s));
    const auto again = ctl(join, "pw-anna\n");
    INFO(again.err.toStdString());
    CHECK(again.code == 0);
    // …but not another team's.
    fd::test::TestServer other;
    other.initTeam();
    const auto elsewhere = ctl({u"--db"_s, db, u"team"_s, u"join"_s, u"--server"_s, other.url(),
                                u"--operator"_s, u"anna"_s},
                               "pw-anna\n");
    CHECK(elsewhere.code == 1);
    CHECK(elsewhere.err.contains(u"of another team"_s));
    SecretStore secrets;
    fresh.reopen();
    secrets.removeNow(TeamMembership::passwordKey(*ItemQueries(*fresh->reader()).storeId()));
}
