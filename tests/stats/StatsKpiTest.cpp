#include "StatsTestSupport.h"

#include "rules/SlaPolicy.h"
#include "stats/OpenTime.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::resultOf;
using fd::test::Timeline;

namespace {

const StatsGroup &group(const StatsReport &r, const QString &key)
{
    for (const StatsGroup &g : r.groups) {
        if (g.key == key)
            return g;
    }
    FAIL("no group " << key.toStdString());
    return r.total;
}

BusinessCalendar warsawOffice()
{
    BusinessCalendar c;
    c.setCalendarHours(false);
    c.setTimeZone(QTimeZone("Europe/Warsaw"));
    for (int day = 1; day <= 5; ++day)
        c.setPeriods(day, {{9 * 60, 17 * 60}});
    return c;
}

} // namespace

TEST_CASE("First and next response times leave rule replies out", "[stats]")
{
    Timeline t;
    const qint64 thread = t.conversation();
    const qint64 hello = t.customer(thread, 0);
    // An automatic acknowledgement two seconds later answers nobody.
    t.reply(thread, hello, 2, u"Auto thanks"_s, true);
    t.reply(thread, hello, 300, u"Anna"_s);
    const qint64 again = t.customer(thread, 400);
    const qint64 more = t.customer(thread, 450);
    t.reply(thread, more, 1000, u"Boris"_s);
    // The customer edits the first message later: the times stay measured from its writing.
    t.sql(u"UPDATE items SET edited_at = ?, text = 'edited' WHERE id = ?"_s,
          {t.at(2000).toMSecsSinceEpoch(), hello});

    const StatsReport r = t.stats();
    CHECK(r.total.items == 3);
    CHECK(r.total.firstResponse.calendar.count == 1);
    CHECK(r.total.firstResponse.calendar.mean == 300);
    // The second stretch starts with the first item written after Anna's reply.
    CHECK(r.total.nextResponse.calendar.count == 1);
    CHECK(r.total.nextResponse.calendar.median == 600);
    CHECK(r.total.replied == 3);
    CHECK(r.total.operatorReplies == 2);
    CHECK(r.total.ruleReplies == 1);

    StatsQuery byOperator;
    byOperator.grouping = StatsQuery::Grouping::Operator;
    byOperator.keepItems = true;
    const StatsReport o = t.stats(byOperator);
    REQUIRE(o.groups.size() == 2);
    CHECK(group(o, u"Anna"_s).items == 1);
    CHECK(group(o, u"Anna"_s).firstResponse.calendar.mean == 300);
    CHECK(group(o, u"Anna"_s).operatorReplies == 1);
    CHECK(group(o, u"Boris"_s).items == 2);
    CHECK(group(o, u"Boris"_s).nextResponse.calendar.mean == 600);
    // The rule's reply belongs to no operator.
    CHECK(group(o, u"Boris"_s).ruleReplies == 0);
    const int boris = int(std::find_if(o.groups.cbegin(), o.groups.cend(),
                                       [](const StatsGroup &g) { return g.key == u"Boris"_s; }) -
                          o.groups.cbegin());
    CHECK(o.itemsBehind(boris, StatsFigure::NextResponse) == QList<qint64>{again});
    CHECK(o.itemsBehind(-1, StatsFigure::Items) == (QList<qint64>{hello, again, more}));
}

TEST_CASE("A conversation answered only by a rule still waits", "[stats]")
{
    Timeline t;
    const qint64 thread = t.conversation();
    const qint64 item = t.customer(thread, 0);
    t.reply(thread, item, 5, u"Auto thanks"_s, true);
    const StatsReport r = t.stats();
    CHECK(r.total.firstResponse.calendar.count == 0);
    CHECK(r.total.stillOpen == 1);
    CHECK(r.total.replied == 0);
}

TEST_CASE("Items closed hidden or deleted without a reply count against those replied", "[stats]")
{
    Timeline t;
    const qint64 a = t.conversation();
    const qint64 closed = t.customer(a, 0, u"closed"_s);
    t.journal(closed, 60, u"item.closed_without_reply"_s, u"Anna"_s);
    const qint64 b = t.conversation();
    const qint64 spam = t.customer(b, 10, u"hidden"_s);
    t.journal(spam, 20, u"item.hidden"_s, u"Spam filter"_s, u"rule"_s);
    const qint64 c = t.conversation();
    const qint64 gone = t.customer(c, 30, u"deleted"_s);
    t.journal(gone, 90, u"item.deleted"_s, u"telegram"_s, u"connector"_s);
    const qint64 d = t.conversation();
    const qint64 asked = t.customer(d, 40, u"closed"_s);
    t.reply(d, asked, 100, u"Anna"_s);
    t.journal(asked, 100, u"item.replied"_s, u"Anna"_s, u"operator"_s, u"closed"_s);
    // Closed before an operator wrote in its conversation: handled without a reply.
    const qint64 e = t.conversation();
    const qint64 early = t.customer(e, 50, u"closed"_s);
    t.journal(early, 70, u"item.closed"_s, u"Anna"_s);
    t.reply(e, early, 200, u"Anna"_s);
    const qint64 open = t.customer(t.conversation(), 60);

    StatsQuery q;
    q.keepItems = true;
    const StatsReport r = t.stats(q);
    CHECK(r.total.items == 6);
    CHECK(r.total.replied == 1);
    CHECK(r.total.withoutReply == 4);
    CHECK(r.total.stillOpen == 1);
    REQUIRE(r.total.replyNeededPercent().has_value());
    CHECK(*r.total.replyNeededPercent() == Approx(20.0));
    CHECK(r.itemsBehind(-1, StatsFigure::WithoutReply) ==
          (QList<qint64>{closed, spam, gone, early}));
    CHECK(r.itemsBehind(-1, StatsFigure::StillOpen) == QList<qint64>{open});
    // Operators' actions in the period: Anna's three (rules and connectors are not operators).
    CHECK(r.total.actions == 3);
}

TEST_CASE("A reopened conversation is resolved when it is closed the last time", "[stats]")
{
    Timeline t;
    const qint64 thread = t.conversation();
    const qint64 item = t.customer(thread, 0, u"closed"_s);
    t.journal(item, 100, u"item.closed"_s, u"Anna"_s);
    t.journal(item, 200, u"item.reopened"_s, u"Anna"_s);
    t.reply(thread, item, 250, u"Anna"_s);
    const qint64 follow = t.customer(thread, 260, u"closed"_s);
    t.journal(item, 300, u"item.closed"_s, u"Anna"_s);
    t.journal(follow, 320, u"item.closed"_s, u"Anna"_s);

    StatsQuery q;
    q.keepItems = true;
    const StatsReport r = t.stats(q);
    // One unresolved stretch: from the first item until both were closed.
    CHECK(r.total.resolution.calendar.count == 1);
    CHECK(r.total.resolution.calendar.mean == 320);
    REQUIRE(r.items.size() == 2);
    CHECK(r.items.at(0).reopens == 1);
    CHECK(r.items.at(0).handling == ItemHandling::Replied);
    CHECK(r.items.at(0).responseMs == 250000);
    CHECK(r.items.at(1).startsResolution == false);
    // A later item, after everything was resolved, starts a stretch of its own.
    const qint64 later = t.customer(thread, 1000, u"closed"_s);
    t.journal(later, 1060, u"item.closed"_s, u"Anna"_s);
    const StatsReport again = t.stats();
    CHECK(again.total.resolution.calendar.count == 2);
    CHECK(again.total.resolution.calendar.median == Approx((320 + 60) / 2.0));
}

TEST_CASE("Business hours count only the open time of the SLA calendar across a clock change",
          "[stats]")
{
    // Friday 27 March 2026, 16:50 in Warsaw (UTC+1); Europe moves its clocks on the 29th, so
    // Monday 09:10 there is 07:10 UTC.
    Timeline t(QDateTime(QDate(2026, 3, 27), QTime(15, 50), QTimeZone::utc()));
    auto calendar = resultOf(sla::setCalendar(t.store(), u"Office"_s, warsawOffice()));
    REQUIRE(calendar.ok());
    SlaPolicy p;
    p.firstMinutes = 30;
    p.calendarId = *calendar;
    REQUIRE(resultOf(sla::setPolicy(t.store(), p)).ok());

    const qint64 weekend = 3 * 24 * 3600 - 8 * 3600 - 40 * 60; // to Monday 07:10 UTC
    const qint64 friday = t.conversation();
    const qint64 inTime = t.customer(friday, 0);
    t.reply(friday, inTime, weekend, u"Anna"_s);
    const qint64 monday = t.conversation();
    const qint64 late = t.customer(monday, 0);
    t.reply(monday, late, weekend + 30 * 60, u"Anna"_s);

    StatsQuery q;
    q.keepItems = true;
    const StatsReport r = t.stats(q);
    REQUIRE(r.items.size() == 2);
    CHECK(r.items.at(0).responseMs == qint64(weekend) * 1000);
    // Ten minutes on Friday, ten on Monday.
    CHECK(r.items.at(0).responseBusinessMs == 20 * 60 * 1000);
    CHECK(r.items.at(0).slaResponse == SlaOutcome::Met);
    CHECK(r.items.at(1).responseBusinessMs == 50 * 60 * 1000);
    CHECK(r.items.at(1).slaResponse == SlaOutcome::Missed);
    CHECK(r.total.firstResponse.business.median == 35 * 60);
    CHECK(r.total.slaResponse.met == 1);
    CHECK(r.total.slaResponse.missed == 1);
    REQUIRE(r.total.slaResponse.metPercent().has_value());
    CHECK(*r.total.slaResponse.metPercent() == 50);

    // The heatmap counts in the zone asked for: 16:50 on a Friday in Warsaw.
    StatsQuery zoned;
    zoned.zone = QTimeZone("Europe/Warsaw");
    const StatsReport z = t.stats(zoned);
    REQUIRE(z.heatmap.size() == 1);
    CHECK(z.heatmap.at(0).items[4][16] == 2);
    REQUIRE(z.slaByDay.size() == 1);
    CHECK(z.slaByDay.at(0).day == QDate(2026, 3, 27));
    StatsQuery tokyo;
    tokyo.zone = QTimeZone("Asia/Tokyo"); // 00:50 on Saturday there
    CHECK(t.stats(tokyo).heatmap.at(0).items[5][0] == 2);

    // Counted in calendar hours instead, when that calendar is asked for.
    REQUIRE(
        resultOf(sla::setCalendar(t.store(), u"Always"_s, BusinessCalendar::calendarHours())).ok());
    StatsQuery always;
    always.businessCalendar = u"Always"_s;
    CHECK(t.stats(always).total.firstResponse.business.mean ==
          t.stats(always).total.firstResponse.calendar.mean);
}

TEST_CASE("Laid-out open time agrees with the business calendar", "[stats]")
{
    const BusinessCalendar c = warsawOffice();
    const qint64 from =
        QDateTime(QDate(2026, 3, 20), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 to = from + qint64(30) * 24 * 3600 * 1000;
    const OpenTime open(c, from - 24 * 3600 * 1000, to + qint64(40) * 24 * 3600 * 1000);
    QRandomGenerator rng(7);
    for (int i = 0; i < 300; ++i) {
        const qint64 a = from + qint64(rng.bounded(30 * 24 * 60)) * 60000;
        const qint64 b = a + qint64(rng.bounded(5 * 24 * 60)) * 60000;
        const auto utc = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
        };
        INFO(utc(a).toString(Qt::ISODate).toStdString()
             << " " << utc(b).toString(Qt::ISODate).toStdString());
        CHECK(open.openMsBetween(a, b) / 1000 == c.openSecondsBetween(utc(a), utc(b)));
        const qint64 minutes = rng.bounded(1, 3000);
        CHECK(open.addOpenMs(a, minutes * 60000) ==
              c.addOpenSeconds(utc(a), minutes * 60).toMSecsSinceEpoch());
    }
}

TEST_CASE("Statistics group by account kind and time range", "[stats]")
{
    Timeline t;
    const qint64 dm = t.conversation();
    const qint64 m = t.customer(dm, 0);
    t.reply(dm, m, 60, u"Anna"_s);
    const qint64 post = t.conversation(ItemKind::Comment);
    const qint64 c1 = t.customer(post, 3600, u"open"_s, ItemKind::Comment);
    t.reply(post, c1, 3600 + 120, u"Anna"_s);
    t.customer(post, 7200, u"open"_s, ItemKind::Comment);

    StatsQuery byKind;
    byKind.grouping = StatsQuery::Grouping::Kind;
    const StatsReport k = t.stats(byKind);
    CHECK(group(k, u"dm"_s).items == 1);
    CHECK(group(k, u"comment"_s).items == 2);
    CHECK(group(k, u"comment"_s).firstResponse.calendar.mean == 120);

    StatsQuery byAccount;
    byAccount.grouping = StatsQuery::Grouping::Account;
    const StatsReport a = t.stats(byAccount);
    REQUIRE(a.groups.size() == 1);
    CHECK(a.groups.at(0).label == u"Shop"_s);
    CHECK(a.groups.at(0).items == 3);

    // Shifts, once there are shifts, are a list of time ranges.
    StatsQuery shifts;
    shifts.grouping = StatsQuery::Grouping::TimeRanges;
    shifts.ranges = {{u"Early"_s, t.at(0), t.at(3600)}, {u"Late"_s, t.at(3600), t.at(86400)}};
    const StatsReport s = t.stats(shifts);
    REQUIRE(s.groups.size() == 2);
    CHECK(s.groups.at(0).label == u"Early"_s);
    CHECK(s.groups.at(0).items == 1);
    CHECK(s.groups.at(1).items == 2);
    CHECK(s.groups.at(1).operatorReplies == 1);

    // The period: only items written in it.
    StatsQuery period;
    period.from = t.at(3000);
    period.to = t.at(7000);
    const StatsReport p = t.stats(period);
    CHECK(p.total.items == 1);
    // The comment thread was never answered before: its item is a first response.
    CHECK(p.total.firstResponse.calendar.count == 1);
}

TEST_CASE("Percentiles of response times are the median and the nearest rank", "[stats]")
{
    Timeline t;
    // Responses of 1 to 10 minutes.
    for (int i = 1; i <= 10; ++i) {
        const qint64 thread = t.conversation();
        const qint64 item = t.customer(thread, i * 1000);
        t.reply(thread, item, i * 1000 + i * 60, u"Anna"_s);
    }
    const StatsReport r = t.stats();
    CHECK(r.total.firstResponse.calendar.count == 10);
    CHECK(r.total.firstResponse.calendar.mean == 330);
    CHECK(r.total.firstResponse.calendar.median == 330);
    CHECK(r.total.firstResponse.calendar.p90 == 540);
    // Histogram: 1 minute or less, up to 5, up to 15.
    CHECK(r.histogram.first.at(0) == 1);
    CHECK(r.histogram.first.at(1) == 4);
    CHECK(r.histogram.first.at(2) == 5);
}

TEST_CASE("A reply's sender is known whichever of its rows is stored first", "[stats]")
{
    Timeline t;
    const qint64 base = t.at(0).toMSecsSinceEpoch();
    const auto customerIn = [&](qint64 thread) { return t.customer(thread, 0); };
    const auto outItem = [&](qint64 id, qint64 thread, const QString &external) {
        t.sql(u"INSERT INTO items (id, account_id, external_id, kind, direction, thread_id, "
              u"created_at, received_at, status) VALUES (?, ?, ?, 'dm', 'out', ?, ?, ?, "
              u"'closed')"_s,
              {id, t.account(), external, thread, id / 1000, id / 1000});
    };
    const auto outbox = [&](qint64 item, const QString &state, const QString &external,
                            const QString &origin, const QString &sender) {
        t.sql(u"INSERT INTO outbox (item_id, action, body, operator, idempotency_key, state, "
              u"result_external_id, created_at, updated_at, origin) VALUES (?, 'reply', 'Hi', "
              u"?, ?, ?, ?, 0, 0, ?)"_s,
              {item, sender, QString(u"key-"_s + external), state, external, origin});
    };
    // A team's station pulls the outbox row before the reply item.
    const qint64 a = t.conversation();
    const qint64 ca = customerIn(a);
    outbox(ca, u"sent"_s, u"ra"_s, u"rule"_s, u"Auto thanks"_s);
    outItem((base + 60000) * 1000, a, u"ra"_s);
    // This station: queued, the reply item stored, then marked sent with the platform's id.
    const qint64 b = t.conversation();
    const qint64 cb = customerIn(b);
    outbox(cb, u"queued"_s, QString(u""_s), u"operator"_s, u"Anna"_s);
    outItem((base + 120000) * 1000 + 1, b, u"rb"_s);
    t.sql(u"UPDATE outbox SET state = 'sent', result_external_id = 'rb' WHERE item_id = ?"_s, {cb});

    StatsQuery q;
    q.grouping = StatsQuery::Grouping::Operator;
    const StatsReport r = t.stats(q);
    CHECK(r.total.ruleReplies == 1);
    CHECK(r.total.operatorReplies == 1);
    CHECK(r.total.firstResponse.calendar.count == 1);
    CHECK(group(r, u"Anna"_s).firstResponse.calendar.mean == 120);
}

TEST_CASE("Figures no longer wanted stop being read and say so", "[stats]")
{
    Timeline t;
    // More items than are read before the first asking.
    for (int i = 0; i < 9000; ++i)
        t.customer(t.conversation(), i);
    int asked = 0;
    StatsQuery q;
    q.cancelled = [&asked] { return ++asked > 0; };
    const auto reader = t.store().reader();
    REQUIRE(reader.ok());
    const auto r = StatsEngine(*reader).compute(q);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == u"The statistics were no longer wanted."_s);
    CHECK(asked == 1); // stopped when first asked, not at the end

    // Asked and still wanted, the same figures as without asking.
    q.cancelled = [] { return false; };
    const auto whole = StatsEngine(*reader).compute(q);
    REQUIRE(whole.ok());
    CHECK(whole->total.items == 9000);
}
