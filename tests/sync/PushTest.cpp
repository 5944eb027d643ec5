// Pushing a station's queued ops: in order, each applied once, whatever happens to the connection.
#include "SyncTestSupport.h"

#include "TestSupport.h"
#include "store/Connection.h"
#include "sync/OpQueue.h"
#include "sync/Pusher.h"
#include "sync/ServerConnection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;

namespace {

qint64 enqueue(Store &store, const QString &kind, const QJsonObject &payload)
{
    auto seq = std::make_shared<qint64>(0);
    auto done = store.write([=](const QSqlDatabase &db) {
        auto queued = opQueue::enqueue(db, kind, payload);
        if (!queued.ok())
            return queued.error();
        *seq = *queued;
        return StoreError{};
    });
    REQUIRE(resultOf(done).ok());
    return *seq;
}

// The local queue's states, in sequence order.
QStringList states(Store &store)
{
    auto q = Connection::exec(*store.reader(), u"SELECT state FROM sync_ops ORDER BY seq"_s);
    REQUIRE(q.ok());
    QStringList out;
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}

} // namespace

TEST_CASE("Queued ops reach the server in order, each once, and a refusal comes back in words",
          "[sync][push]")
{
    TwoDesks t;
    TempStore station;
    CHECK(enqueue(station.store(), u"close"_s, {{u"item"_s, 1001}}) == 1);
    CHECK(enqueue(station.store(), u"tag"_s, {{u"item"_s, 1001}, {u"tag"_s, u"vip"_s}}) == 2);
    CHECK(enqueue(station.store(), u"reopen"_s, {{u"item"_s, 1002}}) == 3);

    const PushReport report = pushPending(station.store(), *t.anna, t.annaDesk);
    INFO(report.error.message.toStdString());
    REQUIRE(report.error.ok());
    CHECK(report.applied == 2);
    CHECK(report.rejected == 1);
    REQUIRE(report.rejections.size() == 1);
    CHECK(report.rejections.first().contains(u"deleted"_s));
    CHECK(states(station.store()) == QStringList{u"applied"_s, u"applied"_s, u"rejected"_s});
    CHECK(text(*t.anna, u"SELECT status FROM fd.items WHERE id = 1001"_s) == u"closed"_s);
    CHECK(scalar(*t.anna, u"SELECT count(*) FROM fd.item_tags WHERE present"_s) == 1);
    CHECK(scalar(*t.anna, u"SELECT last_seq FROM fd.stations WHERE operator = 'anna'"_s) == 3);

    // Nothing left: a second push sends nothing.
    const PushReport again = pushPending(station.store(), *t.anna, t.annaDesk);
    CHECK(again.error.ok());
    CHECK(again.applied + again.rejected == 0);
}

TEST_CASE("An op the server applied but whose answer was lost is not applied twice", "[sync][push]")
{
    TwoDesks t;
    TempStore station;
    enqueue(station.store(), u"close"_s, {{u"item"_s, 1001}});
    enqueue(station.store(), u"mark_read"_s, {{u"item"_s, 1001}, {u"read"_s, true}});

    // The first op reached the server, and then the connection dropped before its answer.
    const auto queued = opQueue::pending(*station->reader(), 10);
    REQUIRE(queued->size() == 2);
    const QueuedOp &first = queued->first();
    REQUIRE(applyOp(*t.anna, QUuid(first.opId), t.annaDesk, first.seq, first.kind, first.payload)
                .error.ok());

    const PushReport report = pushPending(station.store(), *t.anna, t.annaDesk);
    REQUIRE(report.error.ok());
    CHECK(report.applied == 2);
    CHECK(states(station.store()) == QStringList{u"applied"_s, u"applied"_s});
    CHECK(scalar(*t.anna, u"SELECT count(*) FROM fd.journal WHERE action = 'item.closed'"_s) == 1);
    CHECK(scalar(*t.anna, u"SELECT count(*) FROM fd.ops"_s) == 2);
}

TEST_CASE("A connection cut between pushes leaves the rest queued; the next push sends each once",
          "[sync][push]")
{
    TwoDesks t;
    TempStore station;
    enqueue(station.store(), u"close"_s, {{u"item"_s, 1001}});
    REQUIRE(pushPending(station.store(), *t.anna, t.annaDesk).applied == 1);

    enqueue(station.store(), u"reopen"_s, {{u"item"_s, 1001}});
    enqueue(station.store(), u"tag"_s, {{u"item"_s, 1001}, {u"tag"_s, u"refund"_s}});
    // The server ends the station's session (a restart, a network cut).
    t.server.sql(
        u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'anna'"_s);
    const PushReport cut = pushPending(station.store(), *t.anna, t.annaDesk);
    INFO(cut.error.message.toStdString());
    CHECK(cut.error.kind == ServerError::Kind::Unreachable);
    CHECK(cut.applied == 0);
    CHECK(states(station.store()) == QStringList{u"applied"_s, u"queued"_s, u"queued"_s});

    auto annaAgain = t.server.connectAs(u"anna"_s);
    const PushReport resumed = pushPending(station.store(), *annaAgain, t.annaDesk);
    INFO(resumed.error.message.toStdString());
    REQUIRE(resumed.error.ok());
    CHECK(resumed.applied == 2);
    CHECK(states(station.store()) == QStringList{u"applied"_s, u"applied"_s, u"applied"_s});
    CHECK(scalar(*annaAgain, u"SELECT count(*) FROM fd.ops"_s) == 3);
    CHECK(scalar(*annaAgain, u"SELECT count(*) FROM fd.journal WHERE action IN ('item.closed', "
                             u"'item.reopened', 'item.tagged')"_s) == 3);
    CHECK(text(*annaAgain, u"SELECT status FROM fd.items WHERE id = 1001"_s) == u"open"_s);
}

TEST_CASE("A batch of ops is stored whole or not at all, and sent again it changes nothing",
          "[sync][push]")
{
    TwoDesks t;
    const auto op = [](qint64 seq, const QString &kind, const QJsonObject &payload) {
        return QueuedOp{seq, QUuid::createUuid().toString(QUuid::WithoutBraces), kind, payload};
    };
    // The third op skips a number: the server refuses the whole batch, the first two included.
    const QList<QueuedOp> gap{op(1, u"close"_s, {{u"item"_s, 1001}}),
                              op(2, u"tag"_s, {{u"item"_s, 1001}, {u"tag"_s, u"vip"_s}}),
                              op(4, u"reopen"_s, {{u"item"_s, 1001}})};
    const auto refused = sendOps(*t.anna, t.annaDesk, gap);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ServerError::Kind::OutOfOrder);
    CHECK(refused.error().expectedSeq == 3);
    CHECK(scalar(*t.anna, u"SELECT count(*) FROM fd.ops"_s) == 0);
    CHECK(text(*t.anna, u"SELECT status FROM fd.items WHERE id = 1001"_s) == u"new"_s);
    CHECK(scalar(*t.anna, u"SELECT last_seq FROM fd.stations WHERE operator = 'anna'"_s) == 0);

    // In order, the verdicts come back in the order the ops went.
    const QList<QueuedOp> run{op(1, u"close"_s, {{u"item"_s, 1001}}),
                              op(2, u"reopen"_s, {{u"item"_s, 1002}}),
                              op(3, u"tag"_s, {{u"item"_s, 1001}, {u"tag"_s, u"vip"_s}})};
    const auto first = sendOps(*t.anna, t.annaDesk, run);
    INFO(first.error().message.toStdString());
    REQUIRE(first.ok());
    REQUIRE(first->size() == 3);
    CHECK(first->at(0).value(u"state"_s).toString() == u"applied"_s);
    CHECK(first->at(1).value(u"state"_s).toString() == u"rejected"_s);
    CHECK(first->at(2).value(u"state"_s).toString() == u"applied"_s);

    // The answer was lost and the station sends the batch again: the same verdicts, nothing
    // done twice.
    const auto again = sendOps(*t.anna, t.annaDesk, run);
    REQUIRE(again.ok());
    CHECK(*again == *first);
    CHECK(scalar(*t.anna, u"SELECT count(*) FROM fd.ops"_s) == 3);
    CHECK(scalar(*t.anna, u"SELECT count(*) FROM fd.journal WHERE op_id IS NOT NULL"_s) == 3);
    CHECK(scalar(*t.anna, u"SELECT last_seq FROM fd.stations WHERE operator = 'anna'"_s) == 3);

    // Malformed batches are refused in words.
    const auto malformed = sendOps(*t.anna, t.annaDesk, {op(4, QString(), {})});
    REQUIRE_FALSE(malformed.ok());
    CHECK(malformed.error().kind == ServerError::Kind::Invalid);
    CHECK(malformed.error().message.contains(u"kind"_s));
}
