// The handover snapshot and the shift report on a day built by hand: what is open with its SLA
// clock, what is overdue, at risk, promised or on the leaving operator's desk, notes, alarms,
// the team's load and the shift's figures.
#include "ShiftsTestSupport.h"

#include "rules/SlaPolicy.h"
#include "shifts/HandoverActions.h"
#include "shifts/HandoverSnapshot.h"
#include "shifts/ShiftActions.h"
#include "shifts/ShiftReport.h"
#include "stats/Csv.h"

#include <QBuffer>

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::resultOf;
using fd::test::utc;

namespace {

struct Day
{
    Day()
    {
        anna = f.addOperator(u"anna"_s, u"Anna"_s);
        boris = f.addOperator(u"boris"_s, u"Boris"_s);
        Shift day;
        day.name = u"Day"_s;
        day.startMinute = 8 * 60;
        day.endMinute = 20 * 60;
        day.operatorIds = {anna, boris};
        REQUIRE(resultOf(ShiftActions(f.s.store(), f.actor(u"anna"_s)).saveShift(day)).ok());
        SlaPolicy first;
        first.firstMinutes = 15;
        REQUIRE(resultOf(sla::setPolicy(f.s.store(), first)).ok());

        // Answered in 10 minutes, in 30 (late), in 5 and then a second question answered in 20.
        c1 = f.addItem(u"c1"_s, u"Hello"_s, utc(2026, 11, 16, 9, 0));
        f.addReply(u"r1"_s, u"c1"_s, utc(2026, 11, 16, 9, 10));
        c2 = f.addItem(u"c2"_s, u"Price?"_s, utc(2026, 11, 16, 10, 0));
        f.addReply(u"r2"_s, u"c2"_s, utc(2026, 11, 16, 10, 30));
        c3 = f.addItem(u"c3"_s, u"Size?"_s, utc(2026, 11, 16, 11, 0));
        f.addReply(u"r3"_s, u"c3"_s, utc(2026, 11, 16, 11, 5));
        c3b = f.addItem(u"c3b"_s, u"Colour?"_s, utc(2026, 11, 16, 11, 20), u"c3"_s);
        f.addReply(u"r3b"_s, u"c3"_s, utc(2026, 11, 16, 11, 40));
        f.exec(u"UPDATE items SET status = 'closed' WHERE id IN (%1, %2, %3, %4)"_s.arg(c1)
                   .arg(c2)
                   .arg(c3)
                   .arg(c3b));
        // Waiting: 30 minutes (overdue), 13 minutes (at risk), and one from before the shift.
        c4 = f.addItem(u"c4"_s, u"<b>Help</b> & now"_s, utc(2026, 11, 16, 16, 30));
        c5 = f.addItem(u"c5"_s, u"Anyone?"_s, utc(2026, 11, 16, 16, 47));
        c6 = f.addItem(u"c6"_s, u"Refund for order 7"_s, utc(2026, 11, 16, 7, 0));
        f.exec(
            u"UPDATE items SET assignee_id = %1 WHERE id IN (%2, %3)"_s.arg(anna).arg(c4).arg(c6));
        HandoverActions acts(f.s.store(), f.actor(u"anna"_s));
        REQUIRE(resultOf(acts.markPromise(c6, true)).ok());
        REQUIRE(resultOf(acts.addNote(u"Courier comes at 9"_s, 0, utc(2026, 11, 16, 12))).ok());
        REQUIRE(resultOf(acts.addNote(u"Old note"_s, 0, utc(2026, 11, 15, 12))).ok());
        f.exec(u"INSERT INTO journal (at, actor_kind, actor, action, account_id, detail) VALUES "
               u"(%1, 'system', 'alarm', 'alarm.spike', %2, 'Shop bot: 40 messages in 10 min')"_s
                   .arg(utc(2026, 11, 16, 13).toMSecsSinceEpoch())
                   .arg(f.account));
        f.exec(u"UPDATE accounts SET health = 'failing', last_error = 'Token revoked' WHERE id = "
               u"%1"_s.arg(f.account));
    }
    HandoverSnapshot read()
    {
        HandoverScope scope;
        scope.leavingOperatorId = anna;
        const auto s = readHandoverSnapshot(*f.s->reader(), scope, now);
        INFO(s.error().message.toStdString());
        REQUIRE(s.ok());
        return *s;
    }
    QList<qint64> idsAt(const HandoverSnapshot &s, const QList<int> &which)
    {
        QList<qint64> ids;
        for (const int k : which)
            ids << s.items.at(k).itemId;
        return ids;
    }

    fd::test::ShiftStore f;
    QDateTime now = utc(2026, 11, 16, 17, 0);
    qint64 anna = 0, boris = 0, c1 = 0, c2 = 0, c3 = 0, c3b = 0, c4 = 0, c5 = 0, c6 = 0;
};

} // namespace

TEST_CASE("The handover view shows what the next shift must know", "[handover]")
{
    Day d;
    const HandoverSnapshot s = d.read();
    CHECK(s.run.name == u"Day"_s);
    CHECK(s.run.start == utc(2026, 11, 16, 8));
    // Open items, most urgent first: the longest overdue, then at risk.
    REQUIRE(s.items.size() == 3);
    CHECK(d.idsAt(s, {0, 1, 2}) == QList<qint64>{d.c6, d.c4, d.c5});
    CHECK(d.idsAt(s, s.breached) == QList<qint64>{d.c6, d.c4});
    CHECK(d.idsAt(s, s.atRisk) == QList<qint64>{d.c5});
    CHECK(d.idsAt(s, s.promised) == QList<qint64>{d.c6});
    CHECK(d.idsAt(s, s.leaving) == QList<qint64>{d.c6, d.c4});
    CHECK(s.items.at(0).promise->source == PromiseMark::Source::Manual);
    CHECK(s.items.at(1).assigneeName == u"Anna"_s);
    CHECK(s.items.at(2).clock.main().remainingSeconds == 2 * 60);

    // The shift's figures.
    CHECK(s.figures.itemsIn == 6);
    CHECK(s.figures.replies == 4);
    CHECK(s.figures.answered == 4);
    CHECK(s.figures.medianFirstResponseSeconds == 15 * 60);
    CHECK(s.figures.slaMet == 2);
    CHECK(s.figures.slaMissed == 2); // one late, one overdue now

    REQUIRE(s.notes.size() == 1);
    CHECK(s.notes.first().body == u"Courier comes at 9"_s);
    REQUIRE(s.alarms.size() == 2);
    CHECK(s.alarms.at(0).kind == ShiftAlarm::Kind::Spike);
    CHECK(s.alarms.at(1).kind == ShiftAlarm::Kind::Health);
    CHECK(s.alarms.at(1).text.contains(u"Token revoked"_s));

    // The team's load and state.
    REQUIRE(s.operators.size() == 2);
    CHECK(s.operators.at(0).displayName == u"Anna"_s);
    CHECK(s.operators.at(0).openItems == 2);
    CHECK(s.operators.at(0).state == WorkState::OnShift);
    CHECK(s.operators.at(1).openItems == 0);
}

TEST_CASE("The shift report holds the snapshot as CSV and as printable HTML", "[handover]")
{
    Day d;
    const HandoverSnapshot s = d.read();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    REQUIRE(shiftReport::writeCsv(s, &buffer, &error));
    const CsvParseResult csv = parseCsv(buffer.data());
    REQUIRE(csv.error.isEmpty());
    REQUIRE(csv.rows.size() > 10);
    CHECK(csv.rows.first().first() == u"section"_s);
    QHash<QString, QString> figures;
    int items = 0;
    QStringList texts;
    for (const QStringList &row : csv.rows) {
        REQUIRE(row.size() == 13);
        if (row[0] == u"figure")
            figures.insert(row[1], row[2]);
        if (row[0] == u"item") {
            ++items;
            texts << row[12];
        }
    }
    CHECK(figures.value(u"items_in"_s) == u"6"_s);
    CHECK(figures.value(u"replies"_s) == u"4"_s);
    CHECK(figures.value(u"median_first_response_seconds"_s) == u"900"_s);
    CHECK(figures.value(u"sla_met_percent"_s) == u"50.0"_s);
    CHECK(figures.value(u"breached"_s) == u"2"_s);
    CHECK(items == 3);
    CHECK(texts.contains(u"<b>Help</b> & now"_s)); // customer text kept as it is

    const QString html = shiftReport::html(s);
    CHECK(html.contains(u"&lt;b&gt;Help&lt;/b&gt; &amp; now"_s));
    CHECK_FALSE(html.contains(u"<b>Help"_s));
    CHECK(html.contains(u"Courier comes at 9"_s));
    CHECK(html.contains(u"Token revoked"_s));
}
