// Handovers in a team: the leaving operator's items move through the usual assign ops, and the
// handover, the incoming operator's acknowledgement and notes for the next shift reach every
// station.
#include "SyncTestSupport.h"

#include "TestSupport.h"
#include "console/InboxActions.h"
#include "shifts/HandoverActions.h"

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;

TEST_CASE("A handover made at one station reaches the other and its acknowledgement comes back",
          "[sync][live][handover]")
{
    TwoDesks t;
    Station anna(t.server, u"anna"_s, t.annaDesk);
    Station piotr(t.server, u"piotr"_s, t.piotrDesk);
    REQUIRE(waitFor([&] { return anna.rounds > 0 && piotr.rounds > 0; }));
    const Actor annaActor{0, u"anna"_s, u"Anna"_s, u"desk-a"_s};
    REQUIRE(resultOf(InboxActions(anna.local.store(), annaActor).assignToMe({1001})).ok());
    anna.sync->syncNow();
    REQUIRE(waitFor([&] {
        return text(*t.piotr, u"SELECT assignee FROM fd.items WHERE id = 1001"_s) == u"anna"_s;
    }));

    // Anna hands her desk over to Piotr, with a note for the next shift.
    HandoverActions annaActs(anna.local.store(), annaActor);
    HandoverRequest r;
    r.fromOperatorId = anna.value(u"SELECT id FROM operators WHERE login = 'anna'"_s).toLongLong();
    r.toOperatorId = anna.value(u"SELECT id FROM operators WHERE login = 'piotr'"_s).toLongLong();
    r.summary = u"1001 waits for the warehouse"_s;
    const auto h = resultOf(annaActs.handOver(r));
    INFO(h.error().message.toStdString());
    REQUIRE(h.ok());
    REQUIRE(h->itemsMoved == 1);
    REQUIRE(resultOf(annaActs.addNote(u"Courier at 9"_s, 1001)).ok());
    anna.sync->syncNow();

    CHECK(waitFor([&] {
        return piotr.value(u"SELECT count(*) FROM handovers WHERE key = '%1'"_s.arg(h->key)) ==
                   u"1"_s &&
               piotr.value(u"SELECT o.login FROM items i JOIN operators o ON o.id = "
                           u"i.assignee_id WHERE i.id = 1001"_s) == u"piotr"_s &&
               piotr.value(u"SELECT count(*) FROM handover_notes"_s) == u"1"_s;
    }));
    CHECK(piotr.value(u"SELECT summary FROM handovers"_s) == r.summary);
    CHECK(piotr.value(u"SELECT to_name FROM handovers"_s) == u"Piotr"_s);
    CHECK(piotr.value(u"SELECT item_id FROM handover_notes"_s) == u"1001"_s);
    CHECK(scalar(*t.anna, u"SELECT count(*) FROM fd.journal WHERE action = 'handover.created'"_s) ==
          1);

    // Piotr acknowledges at his station; Anna's station learns of it.
    const qint64 there = piotr.value(u"SELECT id FROM handovers"_s).toLongLong();
    REQUIRE(resultOf(HandoverActions(piotr.local.store(), {0, u"piotr"_s, u"Piotr"_s, u"desk-p"_s})
                         .acknowledge(there))
                .ok());
    piotr.sync->syncNow();
    CHECK(waitFor([&] {
        return anna.value(u"SELECT acknowledged_at IS NOT NULL FROM handovers"_s) == u"1"_s;
    }));
    CHECK(anna.value(u"SELECT acknowledged_by FROM handovers"_s) == u"Piotr"_s);
    CHECK(scalar(*t.anna,
                 u"SELECT count(*) FROM fd.journal WHERE action = 'handover.acknowledged'"_s) == 1);
}
