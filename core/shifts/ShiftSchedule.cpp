#include "ShiftSchedule.h"

#include "rules/BusinessCalendar.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

constexpr int kDayMinutes = 24 * 60;

QDateTime utcAt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

// The strings of this file, under the context they are translated in.
struct ShiftText
{
    Q_DECLARE_TR_FUNCTIONS(fd::core::ShiftSchedule)
};

} // namespace

const Shift *ShiftSchedule::shift(qint64 id) const
{
    for (const Shift &s : m_shifts) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QTimeZone ShiftSchedule::zoneOf(const Shift &shift)
{
    const QTimeZone zone(shift.zone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

ShiftOccurrence ShiftSchedule::occurrenceOn(const Shift &shift, QDate date)
{
    if (!date.isValid() || !shift.startsOn(date.dayOfWeek()))
        return {};
    const QTimeZone zone = zoneOf(shift);
    const qint64 start = BusinessCalendar::localInstant(zone, date, shift.startMinute);
    const qint64 end =
        shift.crossesMidnight() || shift.endMinute >= kDayMinutes
            ? BusinessCalendar::localInstant(zone, date.addDays(1), shift.endMinute % kDayMinutes)
            : BusinessCalendar::localInstant(zone, date, shift.endMinute);
    if (end <= start)
        return {}; // the clock moving took the whole run away
    return {shift.id, shift.name, utcAt(start), utcAt(end)};
}

ShiftOccurrence ShiftSchedule::occurrenceAt(const Shift &shift, const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDate day = t.toTimeZone(zoneOf(shift)).date();
    // A run that started yesterday may still be under way (a night shift).
    for (const QDate d : {day, day.addDays(-1)}) {
        const ShiftOccurrence o = occurrenceOn(shift, d);
        if (o.isValid() && o.contains(t))
            return o;
    }
    return {};
}

ShiftOccurrence ShiftSchedule::lastStartedBy(const Shift &shift, const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDate day = t.toTimeZone(zoneOf(shift)).date();
    for (int back = 0; back <= 7; ++back) {
        const ShiftOccurrence o = occurrenceOn(shift, day.addDays(-back));
        if (o.isValid() && o.start <= t)
            return o;
    }
    return {};
}

ShiftOccurrence ShiftSchedule::nextStartAfter(const Shift &shift, const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDate day = t.toTimeZone(zoneOf(shift)).date();
    for (int ahead = 0; ahead <= 8; ++ahead) {
        const ShiftOccurrence o = occurrenceOn(shift, day.addDays(ahead));
        if (o.isValid() && o.start > t)
            return o;
    }
    return {};
}

QList<ShiftOccurrence> ShiftSchedule::runningAt(const QDateTime &t) const
{
    QList<ShiftOccurrence> out;
    for (const Shift &s : m_shifts) {
        const ShiftOccurrence o = occurrenceAt(s, t);
        if (o.isValid())
            out.append(o);
    }
    std::sort(out.begin(), out.end(), [](const ShiftOccurrence &a, const ShiftOccurrence &b) {
        return a.start != b.start ? a.start < b.start : a.shiftId < b.shiftId;
    });
    return out;
}

QSet<qint64> ShiftSchedule::scheduledAt(const QDateTime &t) const
{
    QSet<qint64> out;
    for (const ShiftOccurrence &o : runningAt(t)) {
        if (const Shift *s = shift(o.shiftId)) {
            for (const qint64 id : s->operatorIds)
                out.insert(id);
        }
    }
    return out;
}

QString ShiftSchedule::problem(const Shift &shift)
{
    if (shift.name.trimmed().isEmpty())
        return ShiftText::tr("A shift needs a name.");
    if (shift.startMinute < 0 || shift.startMinute >= kDayMinutes || shift.endMinute < 0 ||
        shift.endMinute > kDayMinutes)
        return ShiftText::tr("A shift starts and ends between 00:00 and 24:00.");
    if ((shift.days & Shift::everyDay) == 0)
        return ShiftText::tr("A shift needs at least one day of the week.");
    if (!QTimeZone(shift.zone.toUtf8()).isValid())
        return ShiftText::tr("\"%1\" is not a time zone this computer knows (use a name such as "
                             "%2).")
            .arg(shift.zone, u"Europe/Warsaw"_s);
    return {};
}

QString ShiftSchedule::minuteText(int minute)
{
    return u"%1:%2"_s.arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

std::optional<int> ShiftSchedule::parseMinute(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    bool okH = false;
    bool okM = false;
    const int h = text.left(colon).toInt(&okH);
    const int m = text.mid(colon + 1).toInt(&okM);
    if (!okH || !okM || h < 0 || m < 0 || m > 59 || text.mid(colon + 1).size() != 2)
        return std::nullopt;
    const int minute = h * 60 + m;
    if (minute > kDayMinutes)
        return std::nullopt;
    return minute;
}

QString ShiftSchedule::daysText(int days)
{
    if ((days & Shift::everyDay) == Shift::everyDay)
        return u"all"_s;
    QStringList names;
    for (int d = 1; d <= 7; ++d) {
        if ((days >> (d - 1)) & 1)
            names << BusinessCalendar::dayKey(d);
    }
    return names.join(u',');
}

std::optional<int> ShiftSchedule::parseDays(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == u"all")
        return Shift::everyDay;
    auto dayOf = [](QStringView key) -> int {
        for (int d = 1; d <= 7; ++d) {
            if (key == BusinessCalendar::dayKey(d))
                return d;
        }
        return 0;
    };
    int days = 0;
    for (const QStringView part : QStringView(t).split(u',')) {
        const qsizetype dash = part.indexOf(u'-');
        if (dash > 0) {
            const int from = dayOf(part.left(dash).trimmed());
            const int to = dayOf(part.mid(dash + 1).trimmed());
            if (!from || !to)
                return std::nullopt;
            // "fri-mon" wraps over the weekend.
            for (int d = from;; d = d % 7 + 1) {
                days |= 1 << (d - 1);
                if (d == to)
                    break;
            }
        } else {
            const int d = dayOf(part.trimmed());
            if (!d)
                return std::nullopt;
            days |= 1 << (d - 1);
        }
    }
    return days == 0 ? std::nullopt : std::optional<int>(days);
}

} // namespace fd::core
