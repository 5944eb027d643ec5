#include "SyncTestSupport.h"

#include "sync/ServerSchema.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::TestServer;

using namespace fd::test;

TEST_CASE("team init creates the schema once; running it again changes nothing", "[sync]")
{
    TestServer server;
    CHECK(*ServerSchema::currentVersion(server.admin()) == 0);
    CHECK(ServerSchema::check(server.admin()).kind == ServerError::Kind::Schema);

    const auto first = ServerSchema::migrate(server.admin());
    INFO(first.error().message.toStdString());
    REQUIRE(first.ok());
    CHECK(first->from == 0);
    CHECK(first->to == ServerSchema::latestVersion());
    const auto again = ServerSchema::migrate(server.admin());
    REQUIRE(again.ok());
    CHECK(again->from == ServerSchema::latestVersion());
    CHECK(again->to == ServerSchema::latestVersion());
    CHECK(ServerSchema::check(server.admin()).ok());

    ServerConnection &db = server.admin();
    // The group roles exist and none can log in.
    CHECK(scalar(db,
                 u"SELECT count(*) FROM pg_roles WHERE rolname IN ('fd_owner', 'fd_operator', "
                 u"'fd_moderator', 'fd_lead', 'fd_admin', 'fd_gateway') AND NOT rolcanlogin"_s) ==
          6);
    // Every table belongs to the owner and has row-level security forced.
    CHECK(scalar(db, u"SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                     u"c.relnamespace WHERE n.nspname = 'fd' AND c.relkind = 'r'"_s) >= 12);
    CHECK(scalar(db, u"SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                     u"c.relnamespace WHERE n.nspname = 'fd' AND c.relkind = 'r' AND NOT "
                     u"(c.relrowsecurity AND c.relforcerowsecurity AND "
                     u"pg_get_userbyid(c.relowner) = 'fd_owner')"_s) == 0);
    // Every SECURITY DEFINER function pins its search_path.
    CHECK(scalar(db, u"SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = "
                     u"p.pronamespace WHERE n.nspname = 'fd' AND p.prosecdef"_s) >= 6);
    CHECK(scalar(db, u"SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = "
                     u"p.pronamespace WHERE n.nspname = 'fd' AND p.prosecdef AND NOT "
                     u"coalesce(array_to_string(p.proconfig, ',') LIKE '%search_path=fd%', "
                     u"false)"_s) == 0);
    // Platform tokens never live on the server.
    CHECK(scalar(db, u"SELECT count(*) FROM information_schema.columns WHERE table_schema = 'fd' "
                     u"AND (column_name LIKE '%token%' OR column_name LIKE '%secret%' OR "
                     u"column_name LIKE '%password%')"_s) == 0);
}

TEST_CASE("An operator reads the team's tables but never writes them or rewrites the journal",
          "[sync]")
{
    TestServer server;
    server.initTeam();
    addItems(server);
    server.addOperator(u"anna"_s, u"operator"_s);
    auto anna = server.connectAs(u"anna"_s);

    CHECK(scalar(*anna, u"SELECT count(*) FROM fd.items"_s) == 2);
    const auto denied = [&](const QString &sql) {
        INFO(sql.toStdString());
        const auto q = anna->exec(sql, {}, u"try"_s);
        REQUIRE_FALSE(q.ok());
        CHECK(q.error().kind == ServerError::Kind::Denied);
    };
    denied(u"INSERT INTO fd.items (id, account_id, external_id, kind, created_at) VALUES "
           u"(5, 1, 'x', 'dm', now())"_s);
    denied(u"UPDATE fd.items SET status = 'closed'"_s);
    denied(u"DELETE FROM fd.items"_s);
    denied(u"UPDATE fd.journal SET detail = 'nothing happened'"_s);
    denied(u"DELETE FROM fd.journal"_s);
    denied(u"TRUNCATE fd.journal"_s);
    denied(u"INSERT INTO fd.journal (action) VALUES ('item.closed')"_s);
    denied(u"SELECT fd.add_operator('mallory', 'M', 'admin', 'x')"_s);
    denied(u"SELECT fd.disable_operator('anna')"_s);
    denied(u"ALTER TABLE fd.items DISABLE ROW LEVEL SECURITY"_s);

    // Not even the tables' owner changes history.
    server.sql(u"INSERT INTO fd.journal (action) VALUES ('test.entry')"_s);
    const qint64 entries = scalar(server.admin(), u"SELECT count(*) FROM fd.journal"_s);
    for (const QString &sql : {u"UPDATE fd.journal SET detail = 'rewritten'"_s,
                               u"DELETE FROM fd.journal"_s, u"TRUNCATE fd.journal"_s}) {
        INFO(sql.toStdString());
        QSqlDatabase &db = server.admin().db();
        REQUIRE(db.transaction());
        REQUIRE(server.admin().exec(u"SET LOCAL ROLE fd_owner"_s, {}, u"role"_s).ok());
        const auto tried = server.admin().exec(sql, {}, u"try"_s);
        db.rollback();
        REQUIRE_FALSE(tried.ok());
        CHECK(tried.error().message.contains(u"append-only"_s));
    }
    CHECK(scalar(server.admin(), u"SELECT count(*) FROM fd.journal"_s) == entries);
}

TEST_CASE("Ops apply once and in order; a rejection is kept with its reason", "[sync]")
{
    TestServer server;
    server.initTeam();
    addItems(server);
    server.addOperator(u"anna"_s, u"operator"_s);
    auto anna = server.connectAs(u"anna"_s);
    const QUuid station = registerStation(*anna, u"desk-1"_s);

    const QUuid close = QUuid::createUuid();
    const Answer first = applyOp(*anna, close, station, 1, u"close"_s, {{u"item"_s, 1001}});
    INFO(first.error.message.toStdString());
    REQUIRE(first.error.ok());
    CHECK(first.state() == u"applied"_s);
    CHECK(first.changed());
    CHECK(text(*anna, u"SELECT status FROM fd.items WHERE id = 1001"_s) == u"closed"_s);

    // The same op again (a retry after a lost answer): the same answer, nothing done twice.
    const Answer retry = applyOp(*anna, close, station, 1, u"close"_s, {{u"item"_s, 1001}});
    REQUIRE(retry.error.ok());
    CHECK(retry.result == first.result);
    CHECK(scalar(*anna, u"SELECT count(*) FROM fd.journal WHERE action = 'item.closed'"_s) == 1);

    // Op 3 before op 2: refused, and the server says which it waits for.
    const Answer early =
        applyOp(*anna, QUuid::createUuid(), station, 3, u"reopen"_s, {{u"item"_s, 1001}});
    CHECK(early.error.kind == ServerError::Kind::OutOfOrder);
    CHECK(early.error.expectedSeq == 2);
    CHECK(text(*anna, u"SELECT status FROM fd.items WHERE id = 1001"_s) == u"closed"_s);

    // Reopening a deleted comment is refused in words, and the queue moves on.
    const QUuid reopen = QUuid::createUuid();
    const Answer refused = applyOp(*anna, reopen, station, 2, u"reopen"_s, {{u"item"_s, 1002}});
    REQUIRE(refused.error.ok());
    CHECK(refused.state() == u"rejected"_s);
    CHECK(refused.reason().contains(u"deleted"_s));
    CHECK(text(*anna, u"SELECT state FROM fd.ops WHERE op_id = '"_s +
                          reopen.toString(QUuid::WithoutBraces) + u"'"_s) == u"rejected"_s);
    CHECK(scalar(*anna, u"SELECT count(*) FROM fd.journal WHERE action = 'op.rejected'"_s) == 1);
    CHECK(scalar(*anna, u"SELECT last_seq FROM fd.stations"_s) == 2);
    const Answer next = applyOp(*anna, QUuid::createUuid(), station, 3, u"tag"_s,
                                {{u"item"_s, 1001}, {u"tag"_s, u"Доставка"_s}});
    INFO(next.error.message.toStdString());
    REQUIRE(next.error.ok());
    CHECK(next.state() == u"applied"_s);
    CHECK(scalar(*anna, u"SELECT count(*) FROM fd.item_tags WHERE present"_s) == 1);
}

TEST_CASE("Assignment is compare-and-set: the first wins and the second is told who", "[sync]")
{
    TwoDesks t;
    auto &anna = t.anna;
    auto &piotr = t.piotr;
    const QUuid annaDesk = t.annaDesk;
    const QUuid piotrDesk = t.piotrDesk;

    // Both saw the item unassigned and take it.
    const Answer a = applyOp(*anna, QUuid::createUuid(), annaDesk, 1, u"assign"_s,
                             {{u"item"_s, 1001}, {u"to"_s, u"anna"_s}, {u"expected"_s, u""_s}});
    const Answer p = applyOp(*piotr, QUuid::createUuid(), piotrDesk, 1, u"assign"_s,
                             {{u"item"_s, 1001}, {u"to"_s, u"piotr"_s}, {u"expected"_s, u""_s}});
    REQUIRE(a.error.ok());
    REQUIRE(p.error.ok());
    CHECK(a.state() == u"applied"_s);
    CHECK(p.state() == u"rejected"_s);
    CHECK(p.reason() == u"Anna took it first."_s);
    CHECK(text(*piotr, u"SELECT assignee FROM fd.items WHERE id = 1001"_s) == u"anna"_s);
}

TEST_CASE("A station belongs to its operator and another login cannot push for it", "[sync]")
{
    TwoDesks t;
    auto &anna = t.anna;
    auto &piotr = t.piotr;
    const QUuid annaDesk = t.annaDesk;
    const Answer forged =
        applyOp(*piotr, QUuid::createUuid(), annaDesk, 1, u"close"_s, {{u"item"_s, 1001}});
    CHECK(forged.error.kind == ServerError::Kind::Denied);
    CHECK(text(*anna, u"SELECT status FROM fd.items WHERE id = 1001"_s) == u"new"_s);
}

TEST_CASE("A disabled operator loses their session and cannot log in again", "[sync]")
{
    TestServer server;
    server.initTeam();
    server.addOperator(u"lena"_s, u"lead"_s);
    server.addOperator(u"piotr"_s, u"operator"_s);
    auto lena = server.connectAs(u"lena"_s);
    auto piotr = server.connectAs(u"piotr"_s);
    CHECK(scalar(*piotr, u"SELECT 1"_s) == 1);

    CHECK(scalar(*lena, u"SELECT fd.disable_operator('piotr')"_s) == 1);
    const auto after = piotr->exec(u"SELECT 1"_s, {}, u"read"_s);
    CHECK_FALSE(after.ok());
    CHECK(after.error().kind == ServerError::Kind::Unreachable);

    ServerAddress a = server.address();
    a.user.clear();
    a.password.clear();
    const auto again = ServerConnection::open(u"test.again"_s, a, u"piotr"_s, u"pw-piotr"_s);
    REQUIRE_FALSE(again.ok());
    INFO(again.error().message.toStdString());
    CHECK(again.error().kind == ServerError::Kind::Disabled);
    CHECK(scalar(*lena, u"SELECT count(*) FROM fd.journal WHERE action = 'operator.disabled'"_s) ==
          1);
}

TEST_CASE("Ops of every kind pass the same station and order checks and apply once", "[sync]")
{
    TwoDesks t;
    // One kind of each family the server takes, from an operator (a lead's kinds are refused
    // in words: still an answer kept once).
    const QList<std::pair<QString, QJsonObject>> kinds = {
        {u"reply"_s,
         {{u"key"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
          {u"item"_s, 1001},
          {u"body"_s, u"Hello"_s}}},
        {u"handover"_s,
         {{u"key"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
          {u"from"_s, u"anna"_s},
          {u"reassign"_s, u"pool"_s}}},
        {u"rule_save"_s, {{u"key"_s, u"r1"_s}, {u"name"_s, u"R"_s}, {u"definition"_s, u"{}"_s}}},
        {u"shift_start"_s,
         {{u"key"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
          {u"operator"_s, u"anna"_s}}},
        {u"promise"_s, {{u"item"_s, 1001}, {u"on"_s, true}}},
        {u"shift_save"_s,
         {{u"key"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
          {u"name"_s, u"Morning"_s}}},
    };
    qint64 seq = 0;
    for (const auto &[kind, payload] : kinds) {
        INFO(kind.toStdString());
        const QUuid op = QUuid::createUuid();
        const Answer forged = applyOp(*t.piotr, op, t.annaDesk, seq + 1, kind, payload);
        CHECK(forged.error.kind == ServerError::Kind::Denied);
        const Answer early = applyOp(*t.anna, op, t.annaDesk, seq + 2, kind, payload);
        CHECK(early.error.kind == ServerError::Kind::OutOfOrder);
        CHECK(early.error.expectedSeq == seq + 1);

        const Answer first = applyOp(*t.anna, op, t.annaDesk, ++seq, kind, payload);
        INFO(first.error.message.toStdString());
        REQUIRE(first.error.ok());
        // Sent again, even out of order: the first answer, nothing done twice.
        const Answer again = applyOp(*t.anna, op, t.annaDesk, 999, kind, payload);
        REQUIRE(again.error.ok());
        CHECK(again.result == first.result);
        CHECK(scalar(t.server.admin(), u"SELECT count(*) FROM fd.ops WHERE op_id = '"_s +
                                           op.toString(QUuid::WithoutBraces) + u"'"_s) == 1);
    }
    CHECK(scalar(*t.anna, u"SELECT last_seq FROM fd.stations WHERE operator = 'anna'"_s) == seq);

    // Disabled while still connected: each op is answered as refused and kept, so the queue
    // moves on.
    t.server.sql(u"UPDATE fd.operators SET disabled = true WHERE login = 'piotr'"_s);
    qint64 piotrSeq = 0;
    for (const auto &[kind, payload] : kinds) {
        INFO(kind.toStdString());
        const Answer refused =
            applyOp(*t.piotr, QUuid::createUuid(), t.piotrDesk, ++piotrSeq, kind, payload);
        INFO(refused.error.message.toStdString());
        REQUIRE(refused.error.ok());
        CHECK(refused.state() == u"rejected"_s);
        CHECK(refused.reason().contains(u"disabled by a lead"_s));
    }
    CHECK(scalar(t.server.admin(), u"SELECT count(*) FROM fd.ops WHERE operator = 'piotr' AND "
                                   u"state = 'rejected'"_s) == kinds.size());
}
