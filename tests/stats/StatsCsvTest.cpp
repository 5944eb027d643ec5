#include "StatsTestSupport.h"

#include "stats/StatsCsv.h"

#include <QBuffer>

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::Timeline;

namespace {

QByteArray written(const StatsReport &r, bool items, CsvOptions options = {})
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer, options);
    if (items)
        writeItemsCsv(csv, r);
    else
        writeGroupsCsv(csv, r);
    REQUIRE(csv.ok());
    return data;
}

} // namespace

TEST_CASE("The items export has one row per item with every KPI and reads back", "[stats][csv]")
{
    Timeline t;
    const qint64 thread = t.conversation();
    const qint64 item = t.customer(thread, 0, u"closed"_s);
    t.reply(thread, item, 90, u"Anna"_s);
    t.journal(item, 90, u"item.replied"_s, u"Anna"_s, u"operator"_s, u"closed"_s);
    const qint64 open = t.customer(t.conversation(), 10);

    StatsQuery q;
    q.keepItems = true;
    const StatsReport r = t.stats(q);
    const CsvParseResult parsed = parseCsv(written(r, true));
    REQUIRE(parsed.error.isEmpty());
    REQUIRE(parsed.rows.size() == 3);
    const QStringList &header = parsed.rows.at(0);
    const auto cell = [&](int row, const QString &column) {
        return parsed.rows.at(row).value(int(header.indexOf(column)));
    };
    CHECK(cell(1, u"id"_s) == QString::number(item));
    CHECK(cell(1, u"wait"_s) == u"first"_s);
    CHECK(cell(1, u"handling"_s) == u"replied"_s);
    CHECK(cell(1, u"response_s"_s) == u"90"_s);
    CHECK(cell(1, u"resolution_s"_s) == u"90"_s);
    CHECK(cell(1, u"operator"_s) == u"Anna"_s);
    CHECK(cell(1, u"created_at"_s) == u"2026-03-02T08:00:00Z"_s);
    CHECK(cell(2, u"id"_s) == QString::number(open));
    CHECK(cell(2, u"handling"_s) == u"open"_s);
    CHECK(cell(2, u"response_s"_s).isEmpty());
    for (const QStringList &row : parsed.rows)
        CHECK(row.size() == header.size());
}

TEST_CASE("The per-operator export keeps hostile names intact and reads back", "[stats][csv]")
{
    Timeline t;
    const QString name = u"=HYPERLINK(\"x\"), Anna \"the\" lead\nshift 2"_s;
    const qint64 thread = t.conversation();
    const qint64 item = t.customer(thread, 0);
    t.reply(thread, item, 30, name);
    StatsQuery q;
    q.grouping = StatsQuery::Grouping::Operator;
    const StatsReport r = t.stats(q);

    const QByteArray plain = written(r, false);
    const CsvParseResult back = parseCsv(plain);
    REQUIRE(back.error.isEmpty());
    REQUIRE(back.rows.size() == 3); // header, Anna, total
    CHECK(back.rows.at(1).at(0) == name);
    CHECK(back.rows.at(1).at(1) == name);
    CHECK(back.rows.at(2).at(0) == u"total"_s);
    const int first = int(back.rows.at(0).indexOf(u"first_response_mean_s"_s));
    CHECK(back.rows.at(1).at(first) == u"30.0"_s);

    // For spreadsheets: a byte-order mark first and the formula defused.
    const QByteArray sheet = written(r, false, {true, true});
    CHECK(sheet.startsWith("\xEF\xBB\xBF"));
    const CsvParseResult guarded = parseCsv(sheet);
    REQUIRE(guarded.error.isEmpty());
    CHECK(guarded.rows.at(1).at(1) == u"'"_s + name);
}

TEST_CASE("frontdeskctl stats and export items print what the engine computes", "[stats][cli]")
{
    Timeline t;
    const qint64 thread = t.conversation();
    const qint64 item = t.customer(thread, 0);
    t.reply(thread, item, 120, u"Anna"_s);
    t.customer(t.conversation(), 60);
    const QString db = t.store().path();

    const auto table = fd::test::runProgram(QStringLiteral(FRONTDESK_CTL),
                                            {u"--db"_s, db, u"stats"_s, u"--by"_s, u"operator"_s});
    INFO(table.err.toStdString());
    REQUIRE(table.code == 0);
    CHECK(table.out.contains(u"Anna"_s));
    CHECK(table.out.contains(u"2m00s"_s));

    const auto csv =
        fd::test::runProgram(QStringLiteral(FRONTDESK_CTL),
                             {u"--db"_s, db, u"export"_s, u"items"_s, u"--from"_s, u"2026-03-02"_s,
                              u"--to"_s, u"2026-03-02"_s, u"--zone"_s, u"UTC"_s, u"--bom"_s});
    INFO(csv.err.toStdString());
    REQUIRE(csv.code == 0);
    const CsvParseResult rows = parseCsv(csv.out.toUtf8());
    REQUIRE(rows.error.isEmpty());
    REQUIRE(rows.rows.size() == 3);
    CHECK(rows.rows.at(1).at(0) == QString::number(item));

    const auto none =
        fd::test::runProgram(QStringLiteral(FRONTDESK_CTL), {u"--db"_s, db, u"export"_s, u"items"_s,
                                                             u"--from"_s, u"2026-03-03"_s});
    REQUIRE(none.code == 0);
    CHECK(parseCsv(none.out.toUtf8()).rows.size() == 1); // the header alone

    const auto forecast = fd::test::runProgram(QStringLiteral(FRONTDESK_CTL),
                                               {u"--db"_s, db, u"stats"_s, u"--forecast"_s});
    REQUIRE(forecast.code == 0);
    CHECK(forecast.out.contains(u"Operators needed per hour next week"_s));
}
