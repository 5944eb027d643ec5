// The handover as an act: the leaving operator's open items move in one transaction (to the
// incoming operator or the pool), both people's acts are journaled, and the incoming operator
// acknowledges.
#include "ShiftsTestSupport.h"

#include "shifts/HandoverActions.h"
#include "shifts/ShiftActions.h"
#include "shifts/ShiftQueries.h"
#include "sync/OpQueue.h"
#include "sync/TeamMembership.h"

#include <QUuid>

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::resultOf;
using fd::test::utc;

namespace {

struct Desk
{
    Desk()
    {
        anna = f.addOperator(u"anna"_s, u"Anna"_s);
        boris = f.addOperator(u"boris"_s, u"Boris"_s);
        for (int i = 1; i <= 5; ++i)
            items << f.addItem(u"q%1"_s.arg(i), u"Question %1"_s.arg(i), utc(2026, 11, 23, 9, i));
        // Four on Anna's desk, one of them closed; one on nobody's.
        f.exec(u"UPDATE items SET assignee_id = %1 WHERE id IN (%2, %3, %4, %5)"_s.arg(anna)
                   .arg(items[0])
                   .arg(items[1])
                   .arg(items[2])
                   .arg(items[3]));
        f.exec(u"UPDATE items SET status = 'closed' WHERE id = %1"_s.arg(items[3]));
    }
    qint64 assignee(qint64 item)
    {
        return f.scalar(u"SELECT coalesce(assignee_id, 0) FROM items WHERE id = %1"_s.arg(item));
    }

    fd::test::ShiftStore f;
    qint64 anna = 0, boris = 0;
    QList<qint64> items;
    HandoverActions annaActs{f.s.store(), {0, u"anna"_s, u"Anna"_s, u"desk-1"_s}};
};

} // namespace

TEST_CASE("A handover moves the leaving operator's open items to the incoming one", "[handover]")
{
    Desk d;
    REQUIRE(resultOf(ShiftActions(d.f.s.store(), d.f.actor(u"anna"_s))
                         .startShift(d.anna, utc(2026, 11, 23, 8)))
                .ok());
    HandoverRequest r;
    r.fromOperatorId = d.anna;
    r.toOperatorId = d.boris;
    r.reassign = Reassign::Incoming;
    r.summary = u"Q2 waits for the warehouse."_s;
    r.at = utc(2026, 11, 23, 16);
    const auto h = resultOf(d.annaActs.handOver(r));
    INFO(h.error().message.toStdString());
    REQUIRE(h.ok());
    CHECK(h->itemsMoved == 3);
    CHECK(h->toName == u"Boris"_s);
    CHECK(d.assignee(d.items[0]) == d.boris);
    CHECK(d.assignee(d.items[1]) == d.boris);
    CHECK(d.assignee(d.items[2]) == d.boris);
    CHECK(d.assignee(d.items[3]) == d.anna); // closed: stays where it was
    CHECK(d.assignee(d.items[4]) == 0);
    // Each move and the handover itself are journaled; Anna's shift ended with it.
    CHECK(d.f.scalar(u"SELECT count(*) FROM journal WHERE action = 'item.assigned' AND "
                     u"before = 'Anna' AND after = 'Boris' AND actor = 'Anna'"_s) == 3);
    CHECK(d.f.scalar(u"SELECT count(*) FROM journal WHERE action = 'handover.created'"_s) == 1);
    CHECK(d.f.scalar(u"SELECT count(*) FROM shift_sessions WHERE operator_id = %1 AND ended_at "
                     u"= %2"_s.arg(d.anna)
                         .arg(r.at.toMSecsSinceEpoch())) == 1);

    // Boris acknowledges; once only.
    HandoverActions borisActs(d.f.s.store(), d.f.actor(u"boris"_s));
    REQUIRE(resultOf(borisActs.acknowledge(h->id, utc(2026, 11, 23, 16, 5))).ok());
    const auto list = shiftQueries::handovers(*d.f.s->reader(), {});
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().isAcknowledged());
    CHECK(list->first().acknowledgedBy == u"boris"_s);
    CHECK(list->first().acknowledgedAt == utc(2026, 11, 23, 16, 5));
    CHECK(list->first().summary == r.summary);
    CHECK(resultOf(borisActs.acknowledge(h->id)).kind == StoreError::Kind::Invalid);
    CHECK(d.f.scalar(u"SELECT count(*) FROM journal WHERE action = 'handover.acknowledged' AND "
                     u"actor = 'boris'"_s) == 1);
    CHECK(resultOf(borisActs.acknowledge(9999)).kind == StoreError::Kind::NotFound);
}

TEST_CASE("A handover to the pool takes the items off anyone's desk", "[handover]")
{
    Desk d;
    HandoverRequest r;
    r.fromOperatorId = d.anna;
    r.reassign = Reassign::Pool;
    const auto h = resultOf(d.annaActs.handOver(r));
    REQUIRE(h.ok());
    CHECK(h->itemsMoved == 3);
    CHECK(h->toName.isEmpty());
    CHECK(d.assignee(d.items[0]) == 0);
    CHECK(d.assignee(d.items[2]) == 0);
    // Keeping them moves nothing.
    d.f.exec(u"UPDATE items SET assignee_id = %1 WHERE id = %2"_s.arg(d.anna).arg(d.items[0]));
    r.reassign = Reassign::Keep;
    const auto kept = resultOf(d.annaActs.handOver(r));
    REQUIRE(kept.ok());
    CHECK(kept->itemsMoved == 0);
    CHECK(d.assignee(d.items[0]) == d.anna);
    // Handing over to someone needs someone.
    r.reassign = Reassign::Incoming;
    CHECK(resultOf(d.annaActs.handOver(r)).error().kind == StoreError::Kind::Invalid);
}

TEST_CASE("A handover that fails part way moves nothing", "[handover]")
{
    Desk d;
    // The handover row is refused after the items were moved inside the same job.
    d.f.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON handovers BEGIN "
             u"SELECT RAISE(ABORT, 'refused'); END"_s);
    HandoverRequest r;
    r.fromOperatorId = d.anna;
    r.toOperatorId = d.boris;
    CHECK_FALSE(resultOf(d.annaActs.handOver(r)).ok());
    CHECK(d.assignee(d.items[0]) == d.anna);
    CHECK(d.assignee(d.items[1]) == d.anna);
    CHECK(d.assignee(d.items[2]) == d.anna);
    CHECK(d.f.scalar(u"SELECT count(*) FROM journal WHERE action = 'item.assigned'"_s) == 0);
    // A disabled incoming operator is refused before anything happens.
    d.f.exec(u"DROP TRIGGER refuse"_s);
    d.f.exec(u"UPDATE operators SET disabled = 1 WHERE id = %1"_s.arg(d.boris));
    CHECK(resultOf(d.annaActs.handOver(r)).error().kind == StoreError::Kind::Invalid);
    CHECK(d.assignee(d.items[0]) == d.anna);
    CHECK(d.f.scalar(u"SELECT count(*) FROM handovers"_s) == 0);
}

TEST_CASE("In a team a handover queues the moves as assign ops and the handover after them",
          "[handover]")
{
    Desk d;
    TeamMembership team;
    team.server = u"postgresql://db.example.org/frontdesk"_s;
    team.login = u"anna"_s;
    team.station = QUuid::createUuid();
    REQUIRE(resultOf(team.save(d.f.s.store())).ok());
    HandoverRequest r;
    r.fromOperatorId = d.anna;
    r.toOperatorId = d.boris;
    r.summary = u"Busy morning"_s;
    const auto h = resultOf(d.annaActs.handOver(r));
    REQUIRE(h.ok());
    REQUIRE(
        resultOf(HandoverActions(d.f.s.store(), d.f.actor(u"boris"_s)).acknowledge(h->id)).ok());
    REQUIRE(resultOf(d.annaActs.addNote(u"Call the courier at 9"_s)).ok());
    const auto ops = opQueue::pending(*d.f.s->reader(), 100);
    REQUIRE(ops.ok());
    QStringList kinds;
    for (const QueuedOp &op : *ops)
        kinds << op.kind;
    CHECK(kinds == QStringList{u"assign"_s, u"assign"_s, u"assign"_s, u"handover"_s,
                               u"handover_ack"_s, u"shift_note"_s});
    const QJsonObject assign = ops->first().payload;
    CHECK(assign.value(u"to"_s).toString() == u"boris"_s);
    CHECK(assign.value(u"expected"_s).toString() == u"anna"_s);
    const QJsonObject handover = ops->at(3).payload;
    CHECK(handover.value(u"key"_s).toString() == h->key);
    CHECK(handover.value(u"from"_s).toString() == u"anna"_s);
    CHECK(handover.value(u"to"_s).toString() == u"boris"_s);
    CHECK(handover.value(u"items_moved"_s).toInt() == 3);
    CHECK(ops->at(4).payload.value(u"key"_s).toString() == h->key);
}

TEST_CASE("Notes for the next shift are kept with who wrote them", "[handover]")
{
    Desk d;
    REQUIRE(resultOf(d.annaActs.addNote(u"  "_s)).error().kind == StoreError::Kind::Invalid);
    REQUIRE(
        resultOf(d.annaActs.addNote(u"Printer is out of paper"_s, 0, utc(2026, 11, 23, 10))).ok());
    REQUIRE(
        resultOf(d.annaActs.addNote(u"Customer calls back"_s, d.items[0], utc(2026, 11, 23, 11)))
            .ok());
    const auto notes = shiftQueries::notesSince(*d.f.s->reader(), utc(2026, 11, 23, 10, 30));
    REQUIRE(notes.ok());
    REQUIRE(notes->size() == 1);
    CHECK(notes->first().body == u"Customer calls back"_s);
    CHECK(notes->first().itemId == d.items[0]);
    CHECK(notes->first().author == u"Anna"_s);
}
