// When shifts run: night shifts across midnight, shifts in other time zones, and the nights the
// clock moves.
#include "ShiftsTestSupport.h"

#include "shifts/ShiftSchedule.h"

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::at;
using fd::test::utc;

namespace {

Shift shift(qint64 id, const QString &name, const char *from, const char *to, const char *zone,
            const char *days = "all")
{
    Shift s;
    s.id = id;
    s.name = name;
    s.startMinute = *ShiftSchedule::parseMinute(QString::fromLatin1(from));
    s.endMinute = *ShiftSchedule::parseMinute(QString::fromLatin1(to));
    s.zone = QString::fromLatin1(zone);
    s.days = *ShiftSchedule::parseDays(QString::fromLatin1(days));
    return s;
}

} // namespace

TEST_CASE("A night shift runs across midnight into the next day", "[shifts]")
{
    // Starts on Mondays only (2026-11-23 is a Monday).
    const Shift night = shift(1, u"Night"_s, "22:00", "06:00", "Europe/Warsaw", "mon");
    const ShiftOccurrence run =
        ShiftSchedule::occurrenceAt(night, at("Europe/Warsaw", 2026, 11, 23, 23, 30));
    REQUIRE(run.isValid());
    CHECK(run.start == at("Europe/Warsaw", 2026, 11, 23, 22, 0));
    CHECK(run.end == at("Europe/Warsaw", 2026, 11, 24, 6, 0));
    // Tuesday early morning is still Monday's night.
    CHECK(ShiftSchedule::occurrenceAt(night, at("Europe/Warsaw", 2026, 11, 24, 5, 59)).start ==
          run.start);
    CHECK_FALSE(
        ShiftSchedule::occurrenceAt(night, at("Europe/Warsaw", 2026, 11, 24, 6, 0)).isValid());
    CHECK_FALSE(
        ShiftSchedule::occurrenceAt(night, at("Europe/Warsaw", 2026, 11, 23, 21, 59)).isValid());
    // It does not start on Tuesday night.
    CHECK_FALSE(
        ShiftSchedule::occurrenceAt(night, at("Europe/Warsaw", 2026, 11, 24, 23, 0)).isValid());
    // Sunday night before it: Sunday's run does not exist either.
    CHECK_FALSE(
        ShiftSchedule::occurrenceAt(night, at("Europe/Warsaw", 2026, 11, 23, 3, 0)).isValid());
}

TEST_CASE("A shift runs at its own zone's wall time wherever the station is", "[shifts]")
{
    const Shift ny = shift(1, u"New York day"_s, "09:00", "17:00", "America/New_York", "mon-fri");
    // 09:00 in New York in November is 14:00 UTC.
    CHECK(ShiftSchedule::occurrenceAt(ny, utc(2026, 11, 23, 14, 0)).isValid());
    CHECK_FALSE(ShiftSchedule::occurrenceAt(ny, utc(2026, 11, 23, 13, 59)).isValid());
    CHECK(ShiftSchedule::occurrenceAt(ny, utc(2026, 11, 23, 21, 59)).isValid());
    CHECK_FALSE(ShiftSchedule::occurrenceAt(ny, utc(2026, 11, 23, 22, 0)).isValid());
    // A day shift in Tokyo covers the UTC night before.
    const Shift tokyo = shift(2, u"Tokyo"_s, "09:00", "18:00", "Asia/Tokyo");
    CHECK(ShiftSchedule::occurrenceAt(tokyo, utc(2026, 11, 23, 0, 30)).isValid());
    CHECK(ShiftSchedule::occurrenceAt(tokyo, utc(2026, 11, 23, 0, 30)).start ==
          utc(2026, 11, 23, 0, 0));
    // Weekend days are off for a mon-fri shift: Saturday 10:00 in New York.
    CHECK_FALSE(
        ShiftSchedule::occurrenceAt(ny, at("America/New_York", 2026, 11, 28, 10)).isValid());
}

TEST_CASE("The nights the clock moves make a night shift shorter or longer", "[shifts]")
{
    const Shift night = shift(1, u"Night"_s, "22:00", "06:00", "Europe/Warsaw");
    // Clocks go forward at 02:00 on 2026-03-29: the night from Saturday has 7 hours.
    const ShiftOccurrence spring = ShiftSchedule::occurrenceOn(night, QDate(2026, 3, 28));
    CHECK(spring.start.secsTo(spring.end) == 7 * 3600);
    CHECK(spring.end == at("Europe/Warsaw", 2026, 3, 29, 6, 0));
    // Clocks go back at 03:00 on 2026-10-25: that night has 9 hours.
    const ShiftOccurrence autumn = ShiftSchedule::occurrenceOn(night, QDate(2026, 10, 24));
    CHECK(autumn.start.secsTo(autumn.end) == 9 * 3600);
    // In the repeated hour the shift is still under way.
    CHECK(ShiftSchedule::occurrenceAt(night, utc(2026, 10, 25, 1, 30)).start == autumn.start);
    // A shift starting at a skipped wall time starts when the clock jumps (01:00 UTC).
    const Shift early = shift(2, u"Early"_s, "02:30", "10:00", "Europe/Warsaw");
    CHECK(ShiftSchedule::occurrenceOn(early, QDate(2026, 3, 29)).start == utc(2026, 3, 29, 1, 0));
}

TEST_CASE("A schedule knows which shifts run and who is on them", "[shifts]")
{
    Shift day = shift(1, u"Day"_s, "08:00", "20:00", "UTC");
    day.operatorIds = {10, 11};
    Shift night = shift(2, u"Night"_s, "20:00", "08:00", "UTC");
    night.operatorIds = {12};
    Shift overlap = shift(3, u"Evening"_s, "16:00", "24:00", "UTC");
    overlap.operatorIds = {13};
    const ShiftSchedule schedule({day, night, overlap});
    CHECK(schedule.scheduledAt(utc(2026, 11, 23, 9)) == QSet<qint64>{10, 11});
    CHECK(schedule.scheduledAt(utc(2026, 11, 23, 17)) == QSet<qint64>{10, 11, 13});
    CHECK(schedule.scheduledAt(utc(2026, 11, 23, 20)) == QSet<qint64>{12, 13});
    CHECK(schedule.scheduledAt(utc(2026, 11, 24, 0)) == QSet<qint64>{12});
    const auto running = schedule.runningAt(utc(2026, 11, 23, 21));
    REQUIRE(running.size() == 2);
    CHECK(running[0].name == u"Evening"_s);
    CHECK(running[1].name == u"Night"_s);
    // The last run that started, and the next one.
    CHECK(ShiftSchedule::lastStartedBy(day, utc(2026, 11, 23, 7)).start == utc(2026, 11, 22, 8));
    CHECK(ShiftSchedule::nextStartAfter(day, utc(2026, 11, 23, 7)).start == utc(2026, 11, 23, 8));
}

TEST_CASE("Shift times and days are read and written as people type them", "[shifts]")
{
    CHECK(ShiftSchedule::parseMinute(u"22:00") == 1320);
    CHECK(ShiftSchedule::parseMinute(u"24:00") == 1440);
    CHECK(ShiftSchedule::parseMinute(u"7:05") == 425);
    CHECK_FALSE(ShiftSchedule::parseMinute(u"24:01"));
    CHECK_FALSE(ShiftSchedule::parseMinute(u"12:5"));
    CHECK_FALSE(ShiftSchedule::parseMinute(u"noon"));
    CHECK(ShiftSchedule::minuteText(425) == u"07:05"_s);
    CHECK(ShiftSchedule::parseDays(u"mon-fri") == 0x1f);
    CHECK(ShiftSchedule::parseDays(u"fri-mon") == (0x10 | 0x20 | 0x40 | 0x01));
    CHECK(ShiftSchedule::parseDays(u"sat,sun") == 0x60);
    CHECK(ShiftSchedule::parseDays(u"all") == 0x7f);
    CHECK_FALSE(ShiftSchedule::parseDays(u"someday"));
    CHECK(ShiftSchedule::daysText(0x60) == u"sat,sun"_s);
    CHECK(ShiftSchedule::daysText(0x7f) == u"all"_s);

    Shift bad = shift(1, u"Night"_s, "22:00", "06:00", "UTC");
    CHECK(ShiftSchedule::problem(bad).isEmpty());
    bad.zone = u"Mars/Olympus"_s;
    CHECK_FALSE(ShiftSchedule::problem(bad).isEmpty());
    bad.zone = u"UTC"_s;
    bad.days = 0;
    CHECK_FALSE(ShiftSchedule::problem(bad).isEmpty());
}
