// Team sync under faults, against a real PostgreSQL: the server killed in the middle of a push
// and started again, a pull whose connection is cut half-way, and two stations claiming the same
// conversation at the same instant.
#include "SyncTestSupport.h"

#include "TestSupport.h"
#include "store/Connection.h"
#include "sync/ChangeFeed.h"
#include "sync/OpQueue.h"
#include "sync/Puller.h"
#include "sync/Pusher.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;

namespace {

// A superuser connection of its own (the test's admin connection dies with a killed server).
std::unique_ptr<ServerConnection> superuser(TestServer &server, const QString &name)
{
    auto c = ServerConnection::open(u"fault.%1"_s.arg(name), server.address());
    INFO(c.error().message.toStdString());
    REQUIRE(c.ok());
    return std::move(c.value());
}

// The login's connection, opened on the calling thread (no test assertions: any thread).
ServerResult<std::unique_ptr<ServerConnection>> openAs(TestServer &server, const QString &login,
                                                       const QString &name)
{
    ServerAddress a = server.address();
    a.user.clear();
    a.password.clear();
    return ServerConnection::open(name, a, login, u"pw-"_s + login);
}

qint64 localCount(Store &store, const QString &sql)
{
    auto q = Connection::exec(*store.reader(), sql);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toLongLong();
}

QStringList serverRows(ServerConnection &c, const QString &sql)
{
    auto q = c.exec(sql, {}, u"read"_s);
    INFO(q.error().message.toStdString());
    REQUIRE(q.ok());
    return sortedRows(q.value());
}

QStringList localRows(Store &store, const QString &sql)
{
    auto q = Connection::exec(*store.reader(), sql);
    REQUIRE(q.ok());
    return sortedRows(q.value());
}

// The station holds exactly what the server has: every item with its status, read flag and
// text, every tag on an item, every note on a conversation, each once.
void checkSameAsServer(ServerConnection &server, Store &station)
{
    CHECK(localRows(station, u"SELECT id || '|' || status || '|' || read || '|' || text "
                             u"FROM items"_s) ==
          serverRows(server, u"SELECT id || '|' || status || '|' || read::int || '|' || text "
                             u"FROM fd.items"_s));
    CHECK(localRows(station, u"SELECT it.item_id || '|' || g.name FROM item_tags it "
                             u"JOIN tags g ON g.id = it.tag_id"_s) ==
          serverRows(server, u"SELECT it.item_id || '|' || g.name FROM fd.item_tags it "
                             u"JOIN fd.tags g ON g.id = it.tag_id WHERE it.present"_s));
    CHECK(localRows(station, u"SELECT thread_id || '|' || body FROM notes "
                             u"WHERE thread_id IS NOT NULL"_s) ==
          serverRows(server, u"SELECT thread_id || '|' || body FROM fd.notes "
                             u"WHERE thread_id IS NOT NULL"_s));
}

// `count` items (ids from `base`) in 40 conversations by 40 authors, a note on each
// conversation and a tag on every seventh item, written as the superuser in one transaction.
void addTraffic(TestServer &server, const QString &prefix, qint64 base, int count)
{
    server.sql(uR"(
        INSERT INTO fd.authors (platform, external_id, name, handle)
            SELECT 'telegram', '%1a' || n, 'Author %1' || n, '%1h' || n
            FROM generate_series(1, 40) AS n;
        INSERT INTO fd.threads (account_id, kind, external_id, title)
            SELECT 1, 'dialog', '%1t' || n, 'Conversation %1' || n
            FROM generate_series(1, 40) AS n;
        INSERT INTO fd.items (id, account_id, external_id, kind, thread_id, author_id, text,
                              created_at)
            SELECT %2 + n, 1, '%1i' || n, 'dm', t.id, a.id, 'Message %1' || n, now()
            FROM generate_series(1, %3) AS n
            JOIN fd.threads t ON t.external_id = '%1t' || (n % 40 + 1)
            JOIN fd.authors a ON a.external_id = '%1a' || (n % 40 + 1);
        INSERT INTO fd.notes (thread_id, operator, body)
            SELECT id, 'anna', 'About ' || title FROM fd.threads WHERE external_id LIKE '%1t%';
        INSERT INTO fd.tags (name) VALUES ('%1vip');
        INSERT INTO fd.item_tags (item_id, tag_id, present)
            SELECT id, (SELECT id FROM fd.tags WHERE name = '%1vip'), true
            FROM fd.items WHERE external_id LIKE '%1i%' AND id % 7 = 0;
    )"_s.arg(prefix)
                   .arg(base)
                   .arg(count));
}

} // namespace

TEST_CASE("The server killed in the middle of a push and started again: every acknowledged op "
          "is applied once, the rest go after the restart",
          "[sync][fault]")
{
    TwoDesks t;
    TempStore station;
    constexpr int total = 1500;
    // Each op tags the item with a tag of its own, so the journal shows each op's effect.
    auto queued = station.store().write([](const QSqlDatabase &db) {
        for (int i = 1; i <= total; ++i) {
            auto q = opQueue::enqueue(
                db, u"tag"_s, {{u"item"_s, 1001}, {u"tag"_s, u"t%1"_s.arg(i, 4, 10, QChar(u'0'))}});
            if (!q.ok())
                return q.error();
        }
        return StoreError{};
    });
    REQUIRE(resultOf(queued).ok());
    const QString applied = u"SELECT count(*) FROM sync_ops WHERE state = 'applied'"_s;

    // The push runs on a thread of its own, in batches of 50.
    std::atomic<bool> done = false;
    PushReport report;
    QString openError;
    std::thread pusher([&] {
        auto c = openAs(t.server, u"anna"_s, u"fault.pusher"_s);
        if (c.ok())
            report = pushPending(station.store(), **c, t.annaDesk, 50);
        else
            openError = c.error().message;
        done = true;
    });

    // Once some batches are acknowledged, the next one is held half-applied on the server (a
    // lock on the ops table stops it before its first op is recorded) and the server is killed.
    REQUIRE(waitFor([&] { return localCount(station.store(), applied) > 0 || done; }));
    auto gate = superuser(t.server, u"gate"_s);
    REQUIRE(gate->db().transaction());
    REQUIRE(gate->exec(u"LOCK TABLE fd.ops IN SHARE ROW EXCLUSIVE MODE"_s, {}, u"lock"_s).ok());
    auto observer = superuser(t.server, u"observer"_s);
    REQUIRE(waitFor([&] {
        return done || scalar(*observer, u"SELECT count(*) FROM pg_stat_activity "
                                         u"WHERE usename = 'anna' AND wait_event_type = "
                                         u"'Lock'"_s) == 1;
    }));
    REQUIRE_FALSE(done); // the push is stopped half-way, not finished
    cluster({u"--mode"_s, u"immediate"_s, u"stop"_s});
    pusher.join();
    INFO(openError.toStdString());
    REQUIRE(openError.isEmpty());
    INFO(report.error.message.toStdString());
    CHECK(report.error.kind == ServerError::Kind::Unreachable);
    const qint64 acknowledged = localCount(station.store(), applied);
    CHECK(acknowledged > 0);
    CHECK(acknowledged < total);
    CHECK(acknowledged % 50 == 0); // whole batches, as the server committed them
    CHECK(localCount(station.store(), u"SELECT count(*) FROM sync_ops WHERE state = 'queued'"_s) ==
          total - acknowledged);

    // Started again: exactly the acknowledged ops are there, each applied once.
    cluster({u"start"_s});
    auto admin = superuser(t.server, u"admin.after"_s);
    CHECK(scalar(*admin, u"SELECT count(*) FROM fd.ops"_s) == acknowledged);
    CHECK(scalar(*admin, u"SELECT count(*) FROM fd.journal WHERE action = 'item.tagged'"_s) ==
          acknowledged);
    CHECK(scalar(*admin, u"SELECT last_seq FROM fd.stations WHERE operator = 'anna'"_s) ==
          acknowledged);

    // The rest goes now; in the end each op is applied and journaled once.
    auto anna = openAs(t.server, u"anna"_s, u"fault.anna.after"_s);
    REQUIRE(anna.ok());
    const PushReport rest = pushPending(station.store(), **anna, t.annaDesk, 50);
    INFO(rest.error.message.toStdString());
    REQUIRE(rest.error.ok());
    CHECK(rest.applied == total - acknowledged);
    CHECK(localCount(station.store(), applied) == total);
    CHECK(scalar(*admin, u"SELECT count(*) FROM fd.ops"_s) == total);
    CHECK(scalar(*admin, u"SELECT count(DISTINCT op_id) FROM fd.journal "
                         u"WHERE action = 'item.tagged'"_s) == total);
    CHECK(scalar(*admin, u"SELECT count(*) FROM fd.journal WHERE action = 'item.tagged'"_s) ==
          total);
    CHECK(scalar(*admin, u"SELECT count(*) FROM fd.item_tags WHERE present"_s) == total);
    CHECK(scalar(*admin, u"SELECT last_seq FROM fd.stations WHERE operator = 'anna'"_s) == total);
}

TEST_CASE("A pull whose connection is cut half-way goes on from where it was, with no gap and "
          "nothing twice",
          "[sync][fault]")
{
    TwoDesks t;
    addTraffic(t.server, u"a"_s, 10'000'000, 3000);
    TempStore station;

    // A first pull (one snapshot, stored as it goes, its cursor only at the end) is cut after
    // its third page: the server ends the station's session.
    {
        auto anna = openAs(t.server, u"anna"_s, u"fault.first"_s);
        REQUIRE(anna.ok());
        const qint64 pid = scalar(**anna, u"SELECT pg_backend_pid()"_s);
        int pages = 0;
        const PullReport cut = pullAll(
            station.store(), **anna,
            [&](qint64, qint64) {
                if (++pages == 3)
                    t.server.sql(u"SELECT pg_terminate_backend(%1)"_s.arg(pid));
            },
            100);
        INFO(cut.error.message.toStdString());
        CHECK(cut.error.kind == ServerError::Kind::Unreachable);
        CHECK(cut.rows > 0);
        CHECK(localCount(station.store(), u"SELECT count(*) FROM items"_s) < 3002);
    }

    // Meanwhile the team goes on: new items, a closed one, a tag taken off.
    addTraffic(t.server, u"b"_s, 20'000'000, 500);
    t.server.sql(uR"(
        UPDATE fd.items SET status = 'closed' WHERE id = 10000010;
        UPDATE fd.item_tags SET present = false WHERE item_id = 10000014;
    )"_s);

    // The next pull starts afresh (no cursor was stored) and brings everything, each once.
    auto anna = openAs(t.server, u"anna"_s, u"fault.again"_s);
    REQUIRE(anna.ok());
    const PullReport whole = pullAll(station.store(), **anna, {}, 100);
    INFO(whole.error.message.toStdString());
    REQUIRE(whole.error.ok());
    checkSameAsServer(t.server.admin(), station.store());
    CHECK(localCount(station.store(), u"SELECT count(*) FROM items"_s) == 3502);

    // A later pull, page by page with each page's cursor, is cut half-way: the next page's read
    // is held by a lock while the server ends the station's session.
    addTraffic(t.server, u"c"_s, 30'000'000, 6000);
    const qint64 before = localCount(station.store(), u"SELECT count(*) FROM items"_s);
    std::atomic<bool> finished = false;
    PullReport cut;
    std::thread puller([&] {
        auto c = openAs(t.server, u"anna"_s, u"fault.later"_s);
        if (c.ok())
            cut = pullAll(station.store(), **c, {}, 50);
        finished = true;
    });
    REQUIRE(waitFor([&] {
        return finished || localCount(station.store(), u"SELECT count(*) FROM items"_s) > before;
    }));
    auto gate = superuser(t.server, u"pull.gate"_s);
    REQUIRE(gate->db().transaction());
    REQUIRE(gate->exec(u"LOCK TABLE fd.items IN ACCESS EXCLUSIVE MODE"_s, {}, u"lock"_s).ok());
    auto observer = superuser(t.server, u"pull.observer"_s);
    const QString waiting = u"SELECT count(*) FROM pg_stat_activity WHERE usename = 'anna' "
                            u"AND wait_event_type = 'Lock'"_s;
    REQUIRE(waitFor([&] { return finished || scalar(*observer, waiting) == 1; }));
    REQUIRE_FALSE(finished);
    scalar(*observer, u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                      u"WHERE usename = 'anna' AND wait_event_type = 'Lock'"_s);
    puller.join();
    REQUIRE(gate->db().rollback());
    INFO(cut.error.message.toStdString());
    CHECK(cut.error.kind == ServerError::Kind::Unreachable);
    const qint64 halfway = localCount(station.store(), u"SELECT count(*) FROM items"_s);
    CHECK(halfway > before);
    CHECK(halfway < before + 6000);

    // It goes on from its stored cursor: no gap, nothing twice.
    t.server.sql(u"UPDATE fd.items SET read = true WHERE id = 30000001"_s);
    auto resumed = openAs(t.server, u"anna"_s, u"fault.resumed"_s);
    REQUIRE(resumed.ok());
    const PullReport rest = pullAll(station.store(), **resumed, {}, 50);
    INFO(rest.error.message.toStdString());
    REQUIRE(rest.error.ok());
    CHECK_FALSE(rest.initial);
    CHECK(rest.newItems == before + 6000 - halfway);
    checkSameAsServer(t.server.admin(), station.store());
    CHECK(localCount(station.store(), u"SELECT count(*) FROM items"_s) == before + 6000);
}

TEST_CASE("Two stations claiming the same conversation at the same instant: exactly one wins",
          "[sync][fault]")
{
    TwoDesks t;
    addTraffic(t.server, u"c"_s, 10'000'000, 40);
    const QList<qint64> threads = [&] {
        QList<qint64> ids;
        auto q = t.server.admin().exec(u"SELECT id FROM fd.threads ORDER BY id LIMIT 12"_s, {},
                                       u"read"_s);
        REQUIRE(q.ok());
        while (q.value().next())
            ids << q.value().value(0).toLongLong();
        return ids;
    }();
    REQUIRE(threads.size() == 12);

    struct Claim
    {
        QString login;
        QUuid desk;
        QJsonObject answer;
        QString error;
    };
    auto observer = superuser(t.server, u"claims.observer"_s);
    for (int round = 0; round < threads.size(); ++round) {
        const qint64 thread = threads.at(round);
        // Both claims wait at a gate (a lock on the claims table) and go at the same moment.
        REQUIRE(t.server.admin().db().transaction());
        REQUIRE(
            t.server.admin().exec(u"LOCK TABLE fd.claims IN EXCLUSIVE MODE"_s, {}, u"lock"_s).ok());
        Claim claims[2]{{u"anna"_s, t.annaDesk, {}, {}}, {u"piotr"_s, t.piotrDesk, {}, {}}};
        std::vector<std::thread> stations;
        for (Claim &c : claims) {
            stations.emplace_back([&t, &c, thread, round] {
                auto conn =
                    openAs(t.server, c.login, u"fault.claim.%1.%2"_s.arg(c.login).arg(round));
                if (!conn.ok()) {
                    c.error = conn.error().message;
                    return;
                }
                auto q = (*conn)->exec(u"SELECT fd.claim(?, ?::uuid)"_s,
                                       {thread, c.desk.toString(QUuid::WithoutBraces)}, u"claim"_s);
                if (!q.ok())
                    c.error = q.error().message;
                else if (q.value().next())
                    c.answer =
                        QJsonDocument::fromJson(q.value().value(0).toString().toUtf8()).object();
            });
        }
        REQUIRE(waitFor([&] {
            return scalar(*observer, u"SELECT count(*) FROM pg_stat_activity WHERE usename IN "
                                     u"('anna', 'piotr') AND wait_event_type = 'Lock'"_s) == 2;
        }));
        REQUIRE(t.server.admin().db().commit());
        for (std::thread &s : stations)
            s.join();

        INFO("round " << round << ": " << claims[0].error.toStdString()
                      << claims[1].error.toStdString());
        REQUIRE(claims[0].error.isEmpty());
        REQUIRE(claims[1].error.isEmpty());
        const bool annaWon = claims[0].answer.value(u"won"_s).toBool();
        const bool piotrWon = claims[1].answer.value(u"won"_s).toBool();
        CHECK(annaWon != piotrWon);
        const QString winner = annaWon ? u"anna"_s : u"piotr"_s;
        // The loser is told who holds it, and the server keeps one claim, the winner's.
        const Claim &loser = annaWon ? claims[1] : claims[0];
        CHECK(loser.answer.value(u"holder"_s).toString() == winner);
        CHECK(loser.answer.value(u"fence"_s).toInteger() == 0);
        CHECK(text(*observer,
                   u"SELECT operator FROM fd.claims WHERE thread_id = %1"_s.arg(thread)) == winner);
        CHECK(scalar(*observer,
                     u"SELECT count(*) FROM fd.claims WHERE thread_id = %1"_s.arg(thread)) == 1);
    }
}
