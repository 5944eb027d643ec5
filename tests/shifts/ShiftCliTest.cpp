// frontdeskctl shift and handover: a schedule set up, people on shift, a handover with its
// acknowledgement, and the report as CSV.
#include "ShiftsTestSupport.h"

#include "stats/Csv.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::utc;

namespace {

fd::test::ProgramRun ctl(const QString &db, const QStringList &args)
{
    return fd::test::runProgram(QStringLiteral(FRONTDESK_CTL), QStringList{u"--db"_s, db} + args);
}

} // namespace

TEST_CASE("Shifts and handovers from the command line", "[shifts][cli]")
{
    fd::test::ShiftStore f;
    f.addOperator(u"anna"_s, u"Anna"_s);
    const qint64 boris = f.addOperator(u"boris"_s, u"Boris"_s);
    const qint64 q1 = f.addItem(u"q1"_s, u"Where is my order?"_s, utc(2026, 11, 23, 22, 30));
    f.exec(
        u"UPDATE items SET assignee_id = %1 WHERE id = %2"_s.arg(f.operators[u"anna"_s]).arg(q1));
    const QString db = f.s.path();
    f.s.close();

    auto run = ctl(db, {u"shift"_s, u"add"_s, u"Night"_s, u"--from"_s, u"22:00"_s, u"--to"_s,
                        u"06:00"_s, u"--zone"_s, u"Europe/Warsaw"_s, u"--operators"_s, u"anna"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    run = ctl(db, {u"shift"_s, u"add"_s, u"Bad"_s, u"--from"_s, u"22:00"_s, u"--to"_s, u"06:00"_s,
                   u"--zone"_s, u"Atlantis/Capital"_s});
    CHECK(run.code == 2);
    run = ctl(db, {u"shift"_s, u"list"_s});
    CHECK(run.out.contains(u"Night\t22:00-06:00\tall\tEurope/Warsaw\tanna"_s));

    // 00:30 in Warsaw on the 24th is 23:30 UTC on the 23rd: the night shift.
    run = ctl(db, {u"shift"_s, u"now"_s, u"--at"_s, u"2026-11-23T23:30:00Z"_s, u"--json"_s});
    REQUIRE(run.code == 0);
    QHash<QString, QString> states;
    for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.contains(u"state"_s))
            states.insert(o.value(u"operator"_s).toString(), o.value(u"state"_s).toString());
    }
    CHECK(states.value(u"anna"_s) == u"on_shift"_s);
    CHECK(states.value(u"boris"_s) == u"off"_s);

    run = ctl(db, {u"shift"_s, u"start"_s, u"boris"_s});
    CHECK(run.code == 0);
    run = ctl(db, {u"shift"_s, u"start"_s, u"boris"_s});
    CHECK(run.code == 2); // on shift already

    run = ctl(db, {u"handover"_s, u"note"_s, u"Courier at 9"_s, u"--as"_s, u"anna"_s});
    CHECK(run.code == 0);
    run = ctl(db, {u"handover"_s, u"create"_s, u"--from"_s, u"anna"_s, u"--to"_s, u"boris"_s,
                   u"--summary"_s, u"q1 waits for the warehouse"_s, u"--json"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    const QJsonObject h = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(h.value(u"items_moved"_s).toInt() == 1);
    const QString id = QString::number(h.value(u"id"_s).toInteger());
    run = ctl(db, {u"handover"_s, u"ack"_s, id, u"--as"_s, u"boris"_s});
    CHECK(run.code == 0);
    run = ctl(db, {u"handover"_s, u"ack"_s, id, u"--as"_s, u"boris"_s});
    CHECK(run.code == 2);
    run = ctl(db, {u"handover"_s, u"list"_s, u"--json"_s});
    const QJsonObject listed =
        QJsonDocument::fromJson(run.out.split(u'\n').first().toUtf8()).object();
    CHECK(listed.value(u"acknowledged_by"_s).toString() == u"Boris"_s);
    CHECK(listed.value(u"to"_s).toString() == u"Boris"_s);

    run = ctl(db, {u"handover"_s, u"report"_s, u"--csv"_s, u"--from"_s, u"2026-11-23T00:00:00Z"_s});
    REQUIRE(run.code == 0);
    const CsvParseResult csv = parseCsv(run.out.toUtf8());
    REQUIRE(csv.error.isEmpty());
    bool found = false;
    for (const QStringList &row : csv.rows) {
        if (row.value(0) == u"item" && row.value(3) == QString::number(q1)) {
            found = true;
            CHECK(row.value(7) == u"Boris"_s);
        }
    }
    CHECK(found);
    Q_UNUSED(boris);
}
