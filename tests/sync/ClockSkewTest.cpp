// A station whose clock is an hour ahead changes nothing the team sees: ops carry no time, the
// server stamps the journal, notes and claims with its own clock and applies ops in the order
// they arrive. The station runs as a process of its own under faketime (libfaketime), with the
// real station code: its store, its actions, its push and pull.
#include "SyncTestSupport.h"

#include "TestSupport.h"
#include "console/InboxActions.h"
#include "store/Connection.h"
#include "sync/Puller.h"
#include "sync/Pusher.h"
#include "sync/TeamMembership.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QStandardPaths>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;

namespace {

QString env(const QString &name)
{
    return QProcessEnvironment::systemEnvironment().value(name);
}

// The line of `out` that starts with `key` and a space, without them.
QString valueOf(const QString &out, const QString &key)
{
    for (const QString &line : out.split(u'\n')) {
        if (line.startsWith(key + u' '))
            return line.mid(key.size() + 1).trimmed();
    }
    return {};
}

} // namespace

// Run by the test below as a process of its own, with its clock off; not run by ctest.
TEST_CASE("Piotr's station, whatever its clock says, pulls, acts and pushes", "[.skewed-station]")
{
    ServerAddress a;
    a.host = env(u"PGHOST"_s);
    a.port = env(u"PGPORT"_s).toInt();
    a.database = env(u"FD_SKEW_DB"_s);
    auto store = Store::open(env(u"FD_SKEW_STORE"_s));
    REQUIRE(store.ok());
    auto server = ServerConnection::open(u"skewed"_s, a, u"piotr"_s, u"pw-piotr"_s);
    INFO(server.error().message.toStdString());
    REQUIRE(server.ok());
    const PullReport pulled = pullAll(**store, **server);
    INFO(pulled.error.message.toStdString());
    REQUIRE(pulled.error.ok());
    if (env(u"FD_SKEW_STEP"_s) == u"act"_s) {
        const qint64 thread = env(u"FD_SKEW_THREAD"_s).toLongLong();
        const QUuid desk(env(u"FD_SKEW_DESK"_s));
        InboxActions act(**store, Actor{0, u"piotr"_s, u"Piotr"_s, u"desk-p"_s});
        REQUIRE(resultOf(act.close({1001})).ok());
        REQUIRE(resultOf(act.addThreadNote(thread, u"Written an hour ahead"_s)).ok());
        const PushReport pushed = pushPending(**store, **server, desk);
        INFO(pushed.error.message.toStdString());
        REQUIRE(pushed.error.ok());
        REQUIRE(pushed.applied == 2);
        auto claim = (*server)->exec(u"SELECT fd.claim(?, ?::uuid)"_s,
                                     {thread, desk.toString(QUuid::WithoutBraces)}, u"claim"_s);
        REQUIRE(claim.ok());
        REQUIRE(claim.value().next());
        std::cout << "claim " << claim.value().value(0).toString().toStdString() << "\n";
        REQUIRE(pullAll(**store, **server).error.ok());
    }
    std::cout << "clock " << QDateTime::currentMSecsSinceEpoch() << "\n";
}

TEST_CASE("A station whose clock is an hour ahead changes nothing: the server's clock and order "
          "decide",
          "[sync][clock]")
{
    const QString faketime = QStandardPaths::findExecutable(u"faketime"_s);
    if (faketime.isEmpty())
        FAIL("This test runs a station with its clock an hour ahead under faketime: install "
             "the faketime package.");
    TwoDesks t;
    t.server.sql(uR"(
        INSERT INTO fd.threads (account_id, kind, external_id, title)
            VALUES (1, 'dialog', 'd1', 'Order');
        UPDATE fd.items SET thread_id = (SELECT id FROM fd.threads WHERE external_id = 'd1')
            WHERE id = 1001;
    )"_s);
    const qint64 thread =
        scalar(t.server.admin(), u"SELECT id FROM fd.threads WHERE external_id = 'd1'"_s);
    const QString before = text(t.server.admin(), u"SELECT now()::text"_s);

    TempStore piotr;
    REQUIRE(resultOf(TeamMembership{t.server.address().display(), u"piotr"_s, t.piotrDesk, 0}.save(
                         piotr.store()))
                .ok());
    piotr.close();
    QProcessEnvironment skewed = QProcessEnvironment::systemEnvironment();
    skewed.insert(u"FD_SKEW_DB"_s, t.server.address().database);
    skewed.insert(u"FD_SKEW_STORE"_s, piotr.path());
    skewed.insert(u"FD_SKEW_DESK"_s, t.piotrDesk.toString(QUuid::WithoutBraces));
    skewed.insert(u"FD_SKEW_THREAD"_s, QString::number(thread));
    const auto station = [&](const QString &step) {
        skewed.insert(u"FD_SKEW_STEP"_s, step);
        const auto run = runProgram(
            faketime,
            {u"-f"_s, u"+1h"_s, QCoreApplication::applicationFilePath(), u"[skewed-station]"_s}, {},
            skewed);
        INFO(run.out.toStdString() << run.err.toStdString());
        REQUIRE(run.code == 0);
        // Its clock really is an hour ahead.
        CHECK(valueOf(run.out, u"clock"_s).toLongLong() - QDateTime::currentMSecsSinceEpoch() >
              3'500'000);
        return run.out;
    };

    // Piotr, an hour "ahead", closes the item, writes a note and claims the conversation.
    const QString acted = station(u"act"_s);
    const QJsonObject claim = QJsonDocument::fromJson(valueOf(acted, u"claim"_s).toUtf8()).object();
    CHECK(claim.value(u"won"_s).toBool());
    // The claim runs for its 90 s by the server's clock, not an hour less or more.
    CHECK(claim.value(u"remaining_ms"_s).toInteger() > 60'000);
    CHECK(claim.value(u"remaining_ms"_s).toInteger() <= 90'000);

    // Anna, on time, reopens it afterwards: the later op wins, whatever Piotr's clock said.
    const Answer reopened =
        applyOp(*t.anna, QUuid::createUuid(), t.annaDesk, 1, u"reopen"_s, {{u"item"_s, 1001}});
    REQUIRE(reopened.error.ok());
    CHECK(reopened.changed());
    CHECK(text(t.server.admin(), u"SELECT status FROM fd.items WHERE id = 1001"_s) == u"open"_s);
    CHECK(text(t.server.admin(),
               u"SELECT string_agg(operator || ' ' || action, ', ' ORDER BY at, id) "
               u"FROM fd.journal WHERE item_id = 1001"_s) ==
          u"piotr item.closed, anna item.reopened"_s);
    // Piotr's claim still holds by the server's clock: Anna is told he is replying.
    auto annaClaim = t.anna->exec(u"SELECT fd.claim(?, ?::uuid)"_s,
                                  {thread, t.annaDesk.toString(QUuid::WithoutBraces)}, u"claim"_s);
    REQUIRE(annaClaim.ok());
    REQUIRE(annaClaim.value().next());
    const QJsonObject refused =
        QJsonDocument::fromJson(annaClaim.value().value(0).toString().toUtf8()).object();
    CHECK_FALSE(refused.value(u"won"_s).toBool());
    CHECK(refused.value(u"holder"_s).toString() == u"piotr"_s);

    // Every time the server keeps is its own: none lies ahead of it.
    const QString inRange = u"BETWEEN '%1'::timestamptz AND now()"_s.arg(before);
    CHECK(scalar(t.server.admin(), u"SELECT count(*) FROM fd.journal WHERE operator = 'piotr' "
                                   u"AND op_id IS NOT NULL AND NOT at "_s +
                                       inRange) == 0);
    CHECK(scalar(t.server.admin(), u"SELECT count(*) FROM fd.journal WHERE operator = 'piotr' "
                                   u"AND op_id IS NOT NULL"_s) == 2);
    CHECK(scalar(t.server.admin(),
                 u"SELECT count(*) FROM fd.notes WHERE created_at "_s + inRange) == 1);
    CHECK(scalar(t.server.admin(), u"SELECT count(*) FROM fd.ops WHERE received_at "_s + inRange) ==
          3);
    CHECK(scalar(t.server.admin(), u"SELECT count(*) FROM fd.claims WHERE claimed_at "_s + inRange +
                                       u" AND expires_at <= now() + interval '90 s'"_s) == 1);

    // Piotr's station pulls again and shows the server's state and times.
    station(u"pull"_s);
    piotr.reopen();
    auto local = Connection::exec(*piotr->reader(),
                                  u"SELECT (SELECT status FROM items WHERE id = 1001), "
                                  u"(SELECT created_at FROM notes WHERE thread_id = ?)"_s,
                                  {thread});
    REQUIRE(local.ok());
    REQUIRE(local.value().next());
    CHECK(local.value().value(0).toString() == u"open"_s);
    CHECK(local.value().value(1).toLongLong() ==
          scalar(t.server.admin(),
                 u"SELECT (extract(epoch FROM created_at) * 1000)::bigint FROM fd.notes"_s));
}
