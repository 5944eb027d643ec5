#include "rules/BusinessCalendar.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using fd::core::BusinessCalendar;
using fd::core::OpenPeriod;

namespace {

constexpr int h(int hours, int minutes = 0)
{
    return hours * 60 + minutes;
}

// Monday to Friday in `zone`, with `periods` each of those days.
BusinessCalendar workWeek(const char *zone, const QList<OpenPeriod> &periods = {{h(9), h(18)}})
{
    BusinessCalendar cal;
    cal.setCalendarHours(false);
    cal.setTimeZone(QTimeZone(zone));
    REQUIRE(cal.timeZone().isValid());
    for (int day = 1; day <= 5; ++day)
        REQUIRE(cal.setPeriods(day, periods));
    return cal;
}

// A wall-clock moment in `zone`, as the UTC moment it is.
QDateTime local(const char *zone, int y, int m, int d, int hh, int mm = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm), QTimeZone(zone)).toUTC();
}

QDateTime utc(int y, int m, int d, int hh = 0, int mm = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm), QTimeZone::utc());
}

std::string show(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate).toStdString() : "invalid";
}

} // namespace

TEST_CASE("An item at 17:55 with a 15 minute target is due 09:10 the next working day",
          "[rules][calendar]")
{
    const BusinessCalendar cal = workWeek("Europe/Warsaw");
    // Wednesday 14 January 2026.
    const QDateTime written = local("Europe/Warsaw", 2026, 1, 14, 17, 55);
    const QDateTime due = cal.addOpenSeconds(written, 15 * 60);
    CHECK(show(due) == show(local("Europe/Warsaw", 2026, 1, 15, 9, 10)));
    CHECK(cal.openSecondsBetween(written, due) == 15 * 60);
    CHECK(cal.isOpen(written));
    CHECK_FALSE(cal.isOpen(local("Europe/Warsaw", 2026, 1, 14, 18, 0)));
    CHECK(cal.isOpen(local("Europe/Warsaw", 2026, 1, 15, 9, 0)));
    CHECK(show(cal.nextOpening(local("Europe/Warsaw", 2026, 1, 14, 20, 0))) ==
          show(local("Europe/Warsaw", 2026, 1, 15, 9, 0)));
    CHECK(show(cal.nextOpening(written)) == show(written));
    // A target that ends exactly at closing time is due then, not at the next opening.
    CHECK(show(cal.addOpenSeconds(written, 5 * 60)) ==
          show(local("Europe/Warsaw", 2026, 1, 14, 18, 0)));
    CHECK(show(cal.addOpenSeconds(written, 0)) == show(written));
}

TEST_CASE("Time over the lunch break does not count", "[rules][calendar]")
{
    const BusinessCalendar cal = workWeek("Europe/Warsaw", {{h(9), h(13)}, {h(14), h(18)}});
    const QDateTime written = local("Europe/Warsaw", 2026, 1, 14, 12, 50);
    CHECK(show(cal.addOpenSeconds(written, 15 * 60)) ==
          show(local("Europe/Warsaw", 2026, 1, 14, 14, 5)));
    CHECK_FALSE(cal.isOpen(local("Europe/Warsaw", 2026, 1, 14, 13, 30)));
    CHECK(cal.openSecondsBetween(local("Europe/Warsaw", 2026, 1, 14, 8, 0),
                                 local("Europe/Warsaw", 2026, 1, 14, 20, 0)) == 8 * 3600);
}

TEST_CASE("Friday evening runs on to Monday morning", "[rules][calendar]")
{
    const BusinessCalendar cal = workWeek("Europe/Warsaw");
    // Friday 16 January 2026, 17:50, 30 minutes: 10 on Friday, 20 on Monday.
    const QDateTime written = local("Europe/Warsaw", 2026, 1, 16, 17, 50);
    CHECK(show(cal.addOpenSeconds(written, 30 * 60)) ==
          show(local("Europe/Warsaw", 2026, 1, 19, 9, 20)));
    CHECK(show(cal.nextOpening(local("Europe/Warsaw", 2026, 1, 17, 11, 0))) ==
          show(local("Europe/Warsaw", 2026, 1, 19, 9, 0)));
    // 45 open hours from Monday 9:00 fill the week to Friday 18:00; a minute more is Monday.
    CHECK(show(cal.addOpenSeconds(local("Europe/Warsaw", 2026, 1, 19, 9, 0), 45 * 3600)) ==
          show(local("Europe/Warsaw", 2026, 1, 23, 18, 0)));
    CHECK(show(cal.addOpenSeconds(local("Europe/Warsaw", 2026, 1, 19, 9, 0), 45 * 3600 + 60)) ==
          show(local("Europe/Warsaw", 2026, 1, 26, 9, 1)));
}

TEST_CASE("A holiday is skipped like a weekend", "[rules][calendar]")
{
    BusinessCalendar cal = workWeek("Europe/Warsaw");
    cal.setHolidays({QDate(2026, 1, 15)});
    const QDateTime written = local("Europe/Warsaw", 2026, 1, 14, 17, 55);
    CHECK(show(cal.addOpenSeconds(written, 15 * 60)) ==
          show(local("Europe/Warsaw", 2026, 1, 16, 9, 10)));
    CHECK_FALSE(cal.isOpen(local("Europe/Warsaw", 2026, 1, 15, 12, 0)));
    CHECK(cal.openSecondsBetween(local("Europe/Warsaw", 2026, 1, 15, 0, 0),
                                 local("Europe/Warsaw", 2026, 1, 16, 0, 0)) == 0);
}

TEST_CASE("Warsaw nights when the clocks move count real time", "[rules][calendar][dst]")
{
    BusinessCalendar always = workWeek("Europe/Warsaw", {{0, 24 * 60}});
    REQUIRE(always.setPeriods(7, {{0, 24 * 60}}));
    // Sunday 29 March 2026: 02:00 becomes 03:00, the day has 23 hours.
    CHECK(always.openSecondsBetween(local("Europe/Warsaw", 2026, 3, 29, 0, 0),
                                    local("Europe/Warsaw", 2026, 3, 30, 0, 0)) == 23 * 3600);
    // Sunday 25 October 2026: 03:00 becomes 02:00 again, the day has 25 hours.
    REQUIRE(always.setPeriods(7, {{0, 24 * 60}}));
    CHECK(always.openSecondsBetween(utc(2026, 10, 24, 22), utc(2026, 10, 25, 23)) == 25 * 3600);

    // Open 01:00-04:00 on Sundays: two real hours in spring, four in autumn.
    BusinessCalendar night;
    night.setCalendarHours(false);
    night.setTimeZone(QTimeZone("Europe/Warsaw"));
    REQUIRE(night.setPeriods(7, {{h(1), h(4)}}));
    CHECK(night.openSecondsBetween(utc(2026, 3, 28, 12), utc(2026, 3, 29, 12)) == 2 * 3600);
    CHECK(night.openSecondsBetween(utc(2026, 10, 24, 12), utc(2026, 10, 25, 12)) == 4 * 3600);
    // 01:30 CET plus an hour is 03:30 CEST: the half hour before the jump, then after it.
    CHECK(show(night.addOpenSeconds(utc(2026, 3, 29, 0, 30), 3600)) ==
          show(utc(2026, 3, 29, 1, 30)));
    CHECK(show(night.nextOpening(utc(2026, 3, 28, 12))) == show(utc(2026, 3, 29, 0)));
    CHECK(night.isOpen(utc(2026, 10, 25, 1, 30))); // the second 02:30, CET

    // A working week across the change: Friday 17:55 CET, 15 minutes, Monday 09:10 CEST.
    const BusinessCalendar week = workWeek("Europe/Warsaw");
    const QDateTime due = week.addOpenSeconds(local("Europe/Warsaw", 2026, 3, 27, 17, 55), 15 * 60);
    CHECK(show(due) == show(utc(2026, 3, 30, 7, 10)));
}

TEST_CASE("Moscow keeps one offset all year", "[rules][calendar][dst]")
{
    const BusinessCalendar cal = workWeek("Europe/Moscow");
    // UTC+3 in winter and in summer alike.
    CHECK(show(cal.nextOpening(utc(2026, 1, 14, 0))) == show(utc(2026, 1, 14, 6)));
    CHECK(show(cal.nextOpening(utc(2026, 7, 15, 0))) == show(utc(2026, 7, 15, 6)));
    CHECK(cal.openSecondsBetween(utc(2026, 3, 23), utc(2026, 4, 6)) == 10 * 9 * 3600);
}

TEST_CASE("A New York calendar counts in New York time from a UTC clock", "[rules][calendar]")
{
    const BusinessCalendar cal = workWeek("America/New_York", {{h(9), h(17)}});
    // Friday 6 March 2026, 16:50 EST is 21:50 UTC; 30 minutes: 10 on Friday, then Monday
    // 9 March 09:20 EDT (the clocks moved on Sunday the 8th), which is 13:20 UTC.
    CHECK(show(cal.addOpenSeconds(utc(2026, 3, 6, 21, 50), 30 * 60)) ==
          show(utc(2026, 3, 9, 13, 20)));
    CHECK(cal.isOpen(utc(2026, 3, 6, 21, 50)));
    CHECK_FALSE(cal.isOpen(utc(2026, 3, 6, 22, 0)));
    // Tuesday 10 March, 13:00 UTC is 09:00 EDT: open; in January the same UTC hour is 08:00.
    CHECK(cal.isOpen(utc(2026, 3, 10, 13, 0)));
    CHECK_FALSE(cal.isOpen(utc(2026, 1, 13, 13, 0)));
}

TEST_CASE("Periods ending at 24:00 join the next day's from 00:00", "[rules][calendar]")
{
    BusinessCalendar cal;
    cal.setCalendarHours(false);
    cal.setTimeZone(QTimeZone("Europe/Moscow"));
    REQUIRE(cal.setPeriods(1, {{h(18), h(24)}}));
    REQUIRE(cal.setPeriods(2, {{0, h(3)}}));
    // Monday 12 January 2026, 23:50 Moscow; 20 minutes: due Tuesday 00:10.
    const QDateTime written = local("Europe/Moscow", 2026, 1, 12, 23, 50);
    CHECK(show(cal.addOpenSeconds(written, 20 * 60)) ==
          show(local("Europe/Moscow", 2026, 1, 13, 0, 10)));
    CHECK(cal.isOpen(local("Europe/Moscow", 2026, 1, 12, 23, 59)));
    CHECK(cal.isOpen(local("Europe/Moscow", 2026, 1, 13, 0, 0)));
    CHECK_FALSE(cal.isOpen(local("Europe/Moscow", 2026, 1, 13, 3, 0)));
    // A whole week: 6 + 3 hours.
    CHECK(cal.openSecondsBetween(local("Europe/Moscow", 2026, 1, 12, 0, 0),
                                 local("Europe/Moscow", 2026, 1, 19, 0, 0)) == 9 * 3600);
}

TEST_CASE("A calendar without open time gives no deadline instead of looping", "[rules][calendar]")
{
    BusinessCalendar never;
    never.setCalendarHours(false);
    never.setTimeZone(QTimeZone("Europe/Warsaw"));
    CHECK_FALSE(never.addOpenSeconds(utc(2026, 1, 14, 10), 60).isValid());
    CHECK_FALSE(never.nextOpening(utc(2026, 1, 14, 10)).isValid());
    CHECK_FALSE(never.isOpen(utc(2026, 1, 14, 10)));
    CHECK(never.openSecondsBetween(utc(2026, 1, 1), utc(2027, 1, 1)) == 0);

    // One minute a week cannot hold a target of ten thousand hours within the search.
    BusinessCalendar rare = never;
    REQUIRE(rare.setPeriods(1, {{h(9), h(9, 1)}}));
    CHECK_FALSE(rare.addOpenSeconds(utc(2026, 1, 14, 10), 10000LL * 3600).isValid());
    CHECK(rare.nextOpening(utc(2026, 1, 14, 10)).isValid());
}

TEST_CASE("Calendar hours are always open", "[rules][calendar]")
{
    const BusinessCalendar cal = BusinessCalendar::calendarHours();
    CHECK(cal.isCalendarHours());
    CHECK(cal.isOpen(utc(2026, 1, 17, 3)));
    CHECK(show(cal.addOpenSeconds(utc(2026, 1, 16, 23, 50), 20 * 60)) ==
          show(utc(2026, 1, 17, 0, 10)));
    CHECK(cal.openSecondsBetween(utc(2026, 1, 16), utc(2026, 1, 17)) == 24 * 3600);
}

TEST_CASE("Calendars read and write JSON and say what is wrong", "[rules][calendar][json]")
{
    BusinessCalendar cal = workWeek("Europe/Warsaw", {{h(9), h(13)}, {h(14), h(18)}});
    cal.setHolidays({QDate(2026, 1, 1), QDate(2026, 1, 6)});
    QString error;
    const BusinessCalendar back = BusinessCalendar::fromJson(cal.toJson(), &error);
    CHECK(error.isEmpty());
    CHECK(back == cal);
    CHECK(back.toJson().value(u"week"_s).toObject().value(u"mon"_s).toArray().at(1).toString() ==
          u"14:00-18:00"_s);
    CHECK(BusinessCalendar::fromJson({{u"hours"_s, u"calendar"_s}}, &error).isCalendarHours());

    auto problem = [](const char *json) {
        QString e;
        const auto doc = QJsonDocument::fromJson(json);
        REQUIRE(doc.isObject());
        const BusinessCalendar c = BusinessCalendar::fromJson(doc.object(), &e);
        CHECK(c.isCalendarHours());
        return e;
    };
    CHECK(problem(R"({"zone": "Mars/Olympus", "week": {}})") ==
          u"Unknown time zone \"Mars/Olympus\"."_s);
    CHECK(problem(R"({"week": {"mon": ["09:00-18:00"]}})").contains(u"time zone"_s));
    CHECK(
        problem(R"({"zone": "Europe/Warsaw", "week": {"mon": ["09:00-13:00", "12:00-18:00"]}})") ==
        u"mon: 09:00-13:00 and 12:00-18:00 overlap."_s);
    CHECK(problem(R"({"zone": "Europe/Warsaw", "week": {"tue": ["25:00-26:00"]}})")
              .contains(u"\"25:00-26:00\" is not a period"_s));
    CHECK(problem(R"({"zone": "Europe/Warsaw", "week": {"tue": ["18:00-09:00"]}})")
              .contains(u"must start before it ends"_s));
    CHECK(problem(R"({"zone": "Europe/Warsaw", "week": {"tue": ["24:00-24:00"]}})")
              .contains(u"is not a period"_s));
    CHECK(problem(R"({"zone": "Europe/Warsaw", "week": {"monday": []}})")
              .contains(u"Unknown weekday \"monday\""_s));
    CHECK(problem(R"({"zone": "Europe/Warsaw", "holidays": ["2026-02-30"]})")
              .contains(u"is not a date"_s));
    CHECK(problem(R"({"hours": "sometimes"})").contains(u"\"business\" or \"calendar\""_s));

    // Touching periods do not overlap; an end of 24:00 is kept as 24:00.
    const auto ok = QJsonDocument::fromJson(
        R"({"zone": "Europe/Moscow", "week": {"fri": ["14:00-18:00", "09:00-14:00", "20:00-24:00"]}})");
    const BusinessCalendar fri = BusinessCalendar::fromJson(ok.object(), &error);
    CHECK(error.isEmpty());
    CHECK(fri.periods(5) == QList<OpenPeriod>{{h(9), h(14)}, {h(14), h(18)}, {h(20), h(24)}});
    CHECK(BusinessCalendar::periodText(fri.periods(5).last()) == u"20:00-24:00"_s);
}
