// Gateways: one lease per account decides who polls it; what a gateway ingests is fenced by its
// epoch and by the account's cursor, so a gateway that lost its lease, or a batch sent twice,
// never stores anything twice.
#include "SyncTestSupport.h"

#include "TestSupport.h"
#include "store/Connection.h"
#include "sync/Gateway.h"
#include "sync/Puller.h"
#include "sync/TeamMembership.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;

namespace {

// Two gateways, each logged in with a station, and the team's first account.
struct TwoGateways
{
    TestServer server;
    std::unique_ptr<ServerConnection> east;
    std::unique_ptr<ServerConnection> west;
    QUuid eastDesk;
    QUuid westDesk;
    qint64 account = 0;

    TwoGateways()
    {
        server.initTeam();
        server.addOperator(u"gw_east"_s, u"gateway"_s);
        server.addOperator(u"gw_west"_s, u"gateway"_s);
        east = server.connectAs(u"gw_east"_s);
        west = server.connectAs(u"gw_west"_s);
        eastDesk = registerStation(*east, u"east"_s);
        westDesk = registerStation(*west, u"west"_s);
        auto id = gateway::registerAccount(*east, Platform::Telegram, u"Shop bot"_s,
                                           u"http://127.0.0.1:1/"_s);
        INFO(id.error().message.toStdString());
        REQUIRE(id.ok());
        account = *id;
    }

    // The lease's end as if its time had passed (the server's clock decides expiry).
    void expireLease() { server.sql(u"UPDATE fd.leases SET expires_at = now()"_s); }
};

IngestBatch batchOf(qint64 account, const QStringList &ids, const QString &cursor)
{
    IngestBatch b;
    b.accountId = account;
    for (const QString &id : ids)
        b.items.append(makeItem(id, u"Message "_s + id, u"u1"_s, u"Ola Nowak"_s));
    b.cursor = cursor;
    return b;
}

} // namespace

TEST_CASE("One gateway polls an account at a time, and another takes over when it goes quiet",
          "[sync][gateway]")
{
    TwoGateways t;
    auto first = gateway::acquireLease(*t.east, t.account, t.eastDesk);
    REQUIRE(first.ok());
    CHECK(first->held);
    CHECK(first->epoch == 1);
    CHECK(first->remainingMs > 25'000);

    // West asks while East holds it: told who holds it and for how long.
    auto refused = gateway::acquireLease(*t.west, t.account, t.westDesk);
    REQUIRE(refused.ok());
    CHECK_FALSE(refused->held);
    CHECK(refused->holder == u"gw_east"_s);

    // East renews in time: same epoch.
    auto renewed = gateway::acquireLease(*t.east, t.account, t.eastDesk);
    REQUIRE(renewed.ok());
    CHECK(renewed->held);
    CHECK(renewed->epoch == 1);

    ServerError error;
    IngestResult stored = gateway::sendBatch(*t.east, t.eastDesk, 1, QString(),
                                             batchOf(t.account, {u"1"_s}, u"1"_s), &error);
    INFO(error.message.toStdString());
    REQUIRE(error.ok());
    CHECK(stored.inserted == 1);

    // East goes quiet; its lease runs out and West takes the next epoch from East's cursor.
    t.expireLease();
    auto taken = gateway::acquireLease(*t.west, t.account, t.westDesk);
    REQUIRE(taken.ok());
    CHECK(taken->held);
    CHECK(taken->epoch == 2);
    CHECK(taken->cursor == u"1"_s);

    // East wakes up with a batch of its old epoch: fenced off, nothing stored.
    error = {};
    stored = gateway::sendBatch(*t.east, t.eastDesk, 1, u"1"_s,
                                batchOf(t.account, {u"2"_s, u"3"_s}, u"3"_s), &error);
    CHECK(error.kind == ServerError::Kind::Fenced);
    CHECK(scalar(*t.west, u"SELECT count(*) FROM fd.items"_s) == 1);

    // West polls the same updates from the cursor it took over: each stored once.
    error = {};
    stored = gateway::sendBatch(*t.west, t.westDesk, 2, u"1"_s,
                                batchOf(t.account, {u"2"_s, u"3"_s}, u"3"_s), &error);
    REQUIRE(error.ok());
    CHECK(stored.inserted == 2);
    CHECK(scalar(*t.west, u"SELECT count(*) FROM fd.items"_s) == 3);
    CHECK(scalar(*t.west, u"SELECT count(DISTINCT external_id) FROM fd.items"_s) == 3);
    CHECK(text(*t.west, u"SELECT cursor FROM fd.accounts"_s) == u"3"_s);
    CHECK(scalar(*t.west, u"SELECT count(*) FROM fd.journal WHERE action = 'lease.taken'"_s) == 2);

    // West shuts down and hands the account back: East may take it at once, in a new epoch.
    REQUIRE(gateway::releaseLease(*t.west, t.account, t.westDesk, 2).ok());
    auto back = gateway::acquireLease(*t.east, t.account, t.eastDesk);
    REQUIRE(back.ok());
    CHECK(back->held);
    CHECK(back->epoch == 3);
    CHECK(back->cursor == u"3"_s);
}

TEST_CASE("A batch sent twice, or polled from a cursor that moved on, stores nothing twice",
          "[sync][gateway]")
{
    TwoGateways t;
    REQUIRE(gateway::acquireLease(*t.east, t.account, t.eastDesk)->held);
    const IngestBatch batch = batchOf(t.account, {u"10"_s, u"11"_s}, u"11"_s);
    ServerError error;
    CHECK(gateway::sendBatch(*t.east, t.eastDesk, 1, QString(), batch, &error).inserted == 2);
    REQUIRE(error.ok());

    // The answer was lost and the gateway sends the batch again: the cursor moved, refused.
    gateway::sendBatch(*t.east, t.eastDesk, 1, QString(), batch, &error);
    CHECK(error.kind == ServerError::Kind::Fenced);

    // The platform hands the same updates again from the new cursor: duplicates, and an edit.
    error = {};
    IngestBatch again = batchOf(t.account, {u"10"_s, u"11"_s}, u"12"_s);
    again.items[1].item.text = u"Message 11 (edited)"_s;
    const IngestResult r = gateway::sendBatch(*t.east, t.eastDesk, 1, u"11"_s, again, &error);
    REQUIRE(error.ok());
    CHECK(r.inserted == 0);
    CHECK(r.duplicates == 1);
    CHECK(r.edited == 1);
    CHECK(scalar(*t.east, u"SELECT count(*) FROM fd.items"_s) == 2);
    CHECK(text(*t.east, u"SELECT before FROM fd.journal WHERE action = 'item.edited'"_s) ==
          u"Message 11"_s);

    // Hostile text is made safe on the way, as in a station's own store.
    error = {};
    IngestBatch hostile = batchOf(t.account, {u"12"_s}, u"13"_s);
    hostile.items[0].item.text = u"bad\u0000nul <b>bold</b>"_s;
    gateway::sendBatch(*t.east, t.eastDesk, 1, u"12"_s, hostile, &error);
    REQUIRE(error.ok());
    CHECK(text(*t.east, u"SELECT text FROM fd.items WHERE external_id = '12'"_s) ==
          u"badnul <b>bold</b>"_s);
}

TEST_CASE("An operator cannot poll, ingest or add accounts", "[sync][gateway]")
{
    TwoGateways t;
    t.server.addOperator(u"anna"_s, u"operator"_s);
    auto anna = t.server.connectAs(u"anna"_s);
    const QUuid desk = registerStation(*anna, u"desk-a"_s);
    auto lease = gateway::acquireLease(*anna, t.account, desk);
    CHECK(lease.error().kind == ServerError::Kind::Denied);
    auto added = gateway::registerAccount(*anna, Platform::Vk, u"Club"_s, QString());
    CHECK(added.error().kind == ServerError::Kind::Denied);
    ServerError error;
    gateway::sendBatch(*anna, desk, 1, QString(), batchOf(t.account, {u"1"_s}, u"1"_s), &error);
    CHECK(error.kind == ServerError::Kind::Denied);
}

TEST_CASE("What a gateway ingests reaches an operator's store with its author and conversation",
          "[sync][gateway]")
{
    TwoGateways t;
    t.server.addOperator(u"anna"_s, u"operator"_s);
    auto anna = t.server.connectAs(u"anna"_s);
    const QUuid desk = registerStation(*anna, u"desk-a"_s);
    REQUIRE(gateway::acquireLease(*t.east, t.account, t.eastDesk)->held);
    ServerError error;
    gateway::sendBatch(*t.east, t.eastDesk, 1, QString(),
                       batchOf(t.account, {u"5"_s, u"6"_s}, u"6"_s), &error);
    REQUIRE(error.ok());

    TempStore station;
    TeamMembership team{t.server.address().display(), u"anna"_s, desk, 0};
    REQUIRE(resultOf(team.save(station.store())).ok());
    const PullReport pulled = pullAll(station.store(), *anna);
    INFO(pulled.error.message.toStdString());
    REQUIRE(pulled.error.ok());
    CHECK(pulled.newItems == 2);
    auto q =
        Connection::exec(*station->reader(), u"SELECT a.name, t.external_id, acc.name FROM items i "
                                             u"JOIN authors a ON a.id = i.author_id "
                                             u"JOIN threads t ON t.id = i.thread_id "
                                             u"JOIN accounts acc ON acc.id = i.account_id "
                                             u"WHERE i.external_id = '5'"_s);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    CHECK(q->value(0).toString() == u"Ola Nowak"_s);
    CHECK(q->value(1).toString() == u"dm:u1"_s);
    CHECK(q->value(2).toString() == u"Shop bot"_s);
}

TEST_CASE("An item without the platform's time takes the server's clock, not the gateway's",
          "[sync][gateway]")
{
    TwoGateways t;
    auto lease = gateway::acquireLease(*t.east, t.account, t.eastDesk);
    REQUIRE(lease.ok());
    IngestBatch b = batchOf(t.account, {u"timeless"_s, u"timed"_s}, u"1"_s);
    b.items[0].item.createdAt = QDateTime(); // the platform said nothing
    b.items[1].item.createdAt = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    ServerError error;
    gateway::sendBatch(*t.east, t.eastDesk, lease->epoch, QString(), b, &error);
    REQUIRE(error.ok());
    CHECK(text(*t.east, u"SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') "
                        u"FROM fd.items WHERE external_id = 'timed'"_s) == u"2026-01-01 00:00"_s);
    // Stamped when the server stored it (to the millisecond): neither in the future nor from
    // another clock.
    CHECK(scalar(*t.east, u"SELECT count(*) FROM fd.items WHERE external_id = 'timeless' "
                          u"AND abs(extract(epoch FROM created_at - received_at)) < 0.002"_s) == 1);
}
