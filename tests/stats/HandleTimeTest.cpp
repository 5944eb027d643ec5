#include "StatsTestSupport.h"

#include "console/InboxActions.h"
#include "stats/HandleTimeMeter.h"

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::resultOf;
using fd::test::Timeline;

TEST_CASE("Handle time counts focused time per conversation", "[stats][handle]")
{
    qint64 now = 1000;
    struct Stretch
    {
        qint64 thread, item, started, ms;
    };
    QList<Stretch> out;
    HandleTimeMeter meter(
        [&](qint64 th, qint64 it, qint64 st, qint64 ms) {
            out.append({th, it, st, ms});
        },
        [&] { return now; });
    meter.setConversation(7, 70);
    now += 5000; // not focused: not counted
    meter.setFocused(true);
    now += 3000;
    meter.setFocused(false); // the window went to the background
    now += 60000;
    meter.setFocused(true);
    now += 2000;
    CHECK(meter.elapsedMs() == 5000);
    meter.setConversation(8, 80); // hands on conversation 7, goes on counting for 8
    REQUIRE(out.size() == 1);
    CHECK(out.at(0).thread == 7);
    CHECK(out.at(0).item == 70);
    CHECK(out.at(0).started == 6000);
    CHECK(out.at(0).ms == 5000);
    now += 1500;
    meter.flush(); // the window closes
    REQUIRE(out.size() == 2);
    CHECK(out.at(1).thread == 8);
    CHECK(out.at(1).ms == 1500);
    meter.flush(); // nothing more to hand on
    CHECK(out.size() == 2);
}

TEST_CASE("Recorded handle time shows per conversation and operator", "[stats][handle]")
{
    Timeline t;
    const qint64 a = t.conversation();
    const qint64 item = t.customer(a, 0);
    const qint64 b = t.conversation();
    t.customer(b, 10);
    Actor anna;
    anna.displayName = u"Anna"_s;
    anna.station = u"desk-1"_s;
    InboxActions actions(t.store(), anna);
    const qint64 start = t.at(20).toMSecsSinceEpoch();
    REQUIRE(resultOf(actions.recordHandleTime(a, item, start, 40000)).ok());
    REQUIRE(resultOf(actions.recordHandleTime(a, item, start + 100000, 20000)).ok());
    REQUIRE(resultOf(actions.recordHandleTime(b, 0, start, 90000)).ok());

    StatsQuery q;
    q.grouping = StatsQuery::Grouping::Operator;
    q.keepItems = true;
    const StatsReport r = t.stats(q);
    CHECK(r.total.handleTime.count == 2);
    CHECK(r.total.handleTime.mean == 75);
    CHECK(r.handleMsTotal == 150000);
    bool found = false;
    for (const StatsGroup &g : r.groups) {
        if (g.key == u"Anna"_s) {
            found = true;
            CHECK(g.handleTime.count == 2);
            CHECK(g.handleTime.median == 75);
        }
    }
    CHECK(found);
    REQUIRE(!r.items.isEmpty());
    CHECK(r.items.at(0).handleMs == 60000);
}
