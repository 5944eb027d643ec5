#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace {

fd::test::ProgramRun ctl(const QString &db, const QStringList &args, const QByteArray &input = {})
{
    return fd::test::runProgram(QStringLiteral(FRONTDESK_CTL), QStringList{u"--db"_s, db} + args,
                                input);
}

QList<QJsonObject> jsonLines(const QString &out)
{
    QList<QJsonObject> objects;
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines)
        objects << QJsonDocument::fromJson(line.toUtf8()).object();
    return objects;
}

} // namespace

TEST_CASE("Targets set from the command line show in the clocks it prints", "[rules][sla][cli]")
{
    fd::test::TempStore s;
    const qint64 account = s.addAccount(Platform::Vk, u"VK Shop"_s);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const IngestResult r = fd::test::ingest(
        s.store(), {account,
                    {fd::test::makeItem(u"a"_s, u"Hello?"_s, u"u1"_s, u"Anna"_s, now - 20 * 60),
                     fd::test::makeItem(u"b"_s, u"Hi"_s, u"u2"_s, u"Boris"_s, now - 60)},
                    {},
                    {}});
    REQUIRE(r.inserted == 2);
    const QString db = s.path();
    s.close();

    auto run = ctl(db, {u"sla"_s, u"calendar"_s, u"set"_s, u"Office"_s, u"--json"_s, u"-"_s},
                   R"({"zone": "Europe/Warsaw", "week": {"mon": ["09:00-13:00", "12:00-18:00"]}})");
    CHECK(run.code == 2);
    CHECK(run.err.contains(u"overlap"_s));
    run = ctl(db, {u"sla"_s, u"calendar"_s, u"set"_s, u"Office"_s, u"--json"_s, u"-"_s},
              R"({"zone": "Europe/Warsaw", "week": {"mon": ["09:00-13:00", "14:00-24:00"]},
                  "holidays": ["2026-01-01"]})");
    INFO(run.err.toStdString());
    CHECK(run.code == 0);

    run = ctl(db, {u"sla"_s, u"policy"_s, u"set"_s, u"--account"_s, u"VK Shop"_s, u"--kind"_s,
                   u"dm"_s, u"--first"_s, u"15"_s, u"--next"_s, u"30"_s, u"--resolution"_s,
                   u"480"_s, u"--warn"_s, u"5"_s});
    CHECK(run.code == 0);
    run = ctl(
        db, {u"sla"_s, u"policy"_s, u"set"_s, u"--first"_s, u"60"_s, u"--calendar"_s, u"Office"_s});
    CHECK(run.code == 0);
    run =
        ctl(db, {u"sla"_s, u"policy"_s, u"set"_s, u"--account"_s, u"Nope"_s, u"--first"_s, u"5"_s});
    CHECK(run.code == 2);
    CHECK(run.err.contains(u"No account named \"Nope\""_s));
    run = ctl(db, {u"sla"_s, u"policy"_s, u"set"_s, u"--first"_s, u"-3"_s});
    CHECK(run.code == 2);

    run = ctl(db, {u"sla"_s, u"list"_s, u"--json"_s});
    REQUIRE(run.code == 0);
    const QList<QJsonObject> listed = jsonLines(run.out);
    REQUIRE(listed.size() == 3);
    CHECK(listed.at(0).value(u"type"_s).toString() == u"calendar"_s);
    CHECK(listed.at(0)
              .value(u"calendar"_s)
              .toObject()
              .value(u"week"_s)
              .toObject()
              .value(u"mon"_s)
              .toArray()
              .at(1)
              .toString() == u"14:00-24:00"_s);
    CHECK(listed.at(1).value(u"account"_s).toString() == u"VK Shop"_s);
    CHECK(listed.at(1).value(u"kind"_s).toString() == u"dm"_s);
    CHECK(listed.at(1).value(u"first"_s).toInt() == 15);
    CHECK(listed.at(1).value(u"resolution"_s).toInt() == 480);
    CHECK(listed.at(1).value(u"warn"_s).toInt() == 5);
    CHECK(listed.at(2).value(u"account"_s).isNull());
    CHECK(listed.at(2).value(u"calendar"_s).toString() == u"Office"_s);

    run = ctl(db, {u"sla"_s, u"check"_s, u"--json"_s});
    REQUIRE(run.code == 0);
    const QList<QJsonObject> clocks = jsonLines(run.out);
    REQUIRE(clocks.size() == 2);
    // Anna waited 20 minutes of 15: breached, and first.
    CHECK(clocks.at(0).value(u"author"_s).toString() == u"Anna"_s);
    CHECK(clocks.at(0).value(u"state"_s).toString() == u"breached"_s);
    CHECK(clocks.at(0).value(u"target"_s).toString() == u"first_response"_s);
    CHECK(clocks.at(0).value(u"remaining_seconds"_s).toInteger() <= -5 * 60);
    CHECK(clocks.at(0).value(u"resolution"_s).toObject().value(u"state"_s).toString() ==
          u"running"_s);
    CHECK(clocks.at(1).value(u"author"_s).toString() == u"Boris"_s);
    CHECK(clocks.at(1).value(u"state"_s).toString() == u"running"_s);

    run = ctl(db, {u"sla"_s, u"check"_s});
    REQUIRE(run.code == 0);
    CHECK(run.out.section(u'\n', 0, 0).contains(u"breached"_s));
    CHECK(run.out.section(u'\n', 0, 0).contains(u"first response: "_s));

    run = ctl(db, {u"sla"_s, u"policy"_s, u"remove"_s, u"--account"_s, u"VK Shop"_s, u"--kind"_s,
                   u"dm"_s});
    CHECK(run.code == 0);
    run = ctl(db, {u"sla"_s, u"list"_s, u"--json"_s});
    CHECK(jsonLines(run.out).size() == 2);
}
