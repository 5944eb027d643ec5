// The break reminder: off by default, due after the set minutes of continuous work, again after
// as many once shown, and never while off shift or on a break.
#include "ShiftsTestSupport.h"

#include "shifts/BreakReminder.h"

using fd::test::utc;
using namespace fd::core;

TEST_CASE("A break reminder comes after the set minutes of continuous work", "[shifts]")
{
    QDateTime now = utc(2026, 11, 23, 9);
    BreakReminder r([&now] { return now; });
    r.setWorkingSince(now);
    now = now.addSecs(8 * 3600);
    CHECK_FALSE(r.isOn()); // off unless asked for
    CHECK_FALSE(r.isDue());

    r.setMinutes(90);
    now = utc(2026, 11, 23, 9);
    r.setWorkingSince(now);
    now = now.addSecs(89 * 60);
    CHECK_FALSE(r.isDue());
    now = now.addSecs(60);
    CHECK(r.isDue());
    CHECK(r.dueAt() == utc(2026, 11, 23, 10, 30));
    // Shown: the next one after another 90 minutes of work.
    r.reminded();
    CHECK_FALSE(r.isDue());
    now = now.addSecs(90 * 60);
    CHECK(r.isDue());
    // A break resets the count; while on it there is no reminder.
    r.setWorkingSince({});
    CHECK_FALSE(r.isDue());
    r.setWorkingSince(now);
    CHECK_FALSE(r.isDue());
    CHECK(r.dueAt() == now.addSecs(90 * 60));
}
