#include "BusinessCalendar.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr int kDayMinutes = 24 * 60;

QString tr(const char *text)
{
    return QCoreApplication::translate("fd::core::BusinessCalendar", text);
}

QDateTime utcAt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

std::optional<int> parseClock(QStringView text, bool end)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon < 1 || colon > 2 || text.size() - colon != 3)
        return std::nullopt;
    bool okHours = false;
    bool okMinutes = false;
    const int hours = text.left(colon).toInt(&okHours);
    const int minutes = text.mid(colon + 1).toInt(&okMinutes);
    if (!okHours || !okMinutes || hours < 0 || minutes < 0 || minutes > 59)
        return std::nullopt;
    if (hours > 24 || (hours == 24 && (minutes != 0 || !end)))
        return std::nullopt;
    return hours * 60 + minutes;
}

} // namespace

const QList<OpenPeriod> &BusinessCalendar::periods(int dayOfWeek) const
{
    static const QList<OpenPeriod> none;
    return dayOfWeek >= 1 && dayOfWeek <= 7 ? m_week.at(dayOfWeek - 1) : none;
}

bool BusinessCalendar::setPeriods(int dayOfWeek, QList<OpenPeriod> periods, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return fail(tr("There is no weekday number %1.").arg(dayOfWeek));
    std::sort(periods.begin(), periods.end(),
              [](const OpenPeriod &a, const OpenPeriod &b) { return a.start < b.start; });
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const OpenPeriod &p = periods.at(i);
        if (p.start < 0 || p.end > kDayMinutes || p.start >= p.end)
            return fail(tr("%1: a period must start before it ends, between 00:00 and 24:00.")
                            .arg(periodText(p)));
        if (i > 0 && p.start < periods.at(i - 1).end)
            return fail(tr("%1 and %2 overlap.").arg(periodText(periods.at(i - 1)), periodText(p)));
    }
    m_week[dayOfWeek - 1] = std::move(periods);
    return true;
}

bool BusinessCalendar::hasOpenTime() const
{
    return std::any_of(m_week.cbegin(), m_week.cend(),
                       [](const QList<OpenPeriod> &day) { return !day.isEmpty(); });
}

qint64 BusinessCalendar::instant(QDate date, int minute) const
{
    return localInstant(m_zone, date, minute);
}

qint64 BusinessCalendar::localInstant(const QTimeZone &zone, QDate date, int minute)
{
    const qint64 naive = QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() +
                         qint64(minute) * 60 * 1000;
    const int before = zone.offsetFromUtc(utcAt(naive - kDayMs));
    const int after = zone.offsetFromUtc(utcAt(naive + kDayMs));
    qint64 best = 0;
    bool found = false;
    for (const int offset : {before, after}) {
        const qint64 candidate = naive - qint64(offset) * 1000;
        if (zone.offsetFromUtc(utcAt(candidate)) == offset && (!found || candidate < best)) {
            best = candidate;
            found = true;
        }
    }
    if (found)
        return best;
    // The wall time was skipped (the clock moved forward): it happens as the clock jumps.
    const qint64 earlier = naive - qint64(std::max(before, after)) * 1000;
    const QTimeZone::OffsetData jump = zone.nextTransition(utcAt(earlier));
    return jump.atUtc.isValid() ? jump.atUtc.toMSecsSinceEpoch()
                                : naive - qint64(std::min(before, after)) * 1000;
}

QDate BusinessCalendar::localDate(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, m_zone).date();
}

QList<BusinessCalendar::Interval> BusinessCalendar::openIntervals(QDate date) const
{
    QList<Interval> out;
    if (m_holidays.contains(date))
        return out;
    for (const OpenPeriod &p : periods(date.dayOfWeek())) {
        const qint64 start = instant(date, p.start);
        const qint64 end =
            p.end >= kDayMinutes ? instant(date.addDays(1), 0) : instant(date, p.end);
        if (end <= start)
            continue;
        // A period that the clock moving back made overlap the one before joins it.
        if (!out.isEmpty() && start <= out.last().second)
            out.last().second = std::max(out.last().second, end);
        else
            out.append({start, end});
    }
    return out;
}

bool BusinessCalendar::isOpen(const QDateTime &t) const
{
    if (m_calendarHours)
        return true;
    if (!t.isValid())
        return false;
    const qint64 ms = t.toMSecsSinceEpoch();
    const QDate day = localDate(ms);
    for (QDate d = day.addDays(-1); d <= day.addDays(1); d = d.addDays(1)) {
        for (const Interval &i : openIntervals(d)) {
            if (i.first <= ms && ms < i.second)
                return true;
        }
    }
    return false;
}

qint64 BusinessCalendar::openSecondsBetween(const QDateTime &a, const QDateTime &b) const
{
    if (!a.isValid() || !b.isValid() || b <= a)
        return 0;
    if (m_calendarHours)
        return a.secsTo(b);
    if (!hasOpenTime())
        return 0;
    const qint64 from = a.toMSecsSinceEpoch();
    const qint64 to = b.toMSecsSinceEpoch();
    qint64 ms = 0;
    const QDate last = localDate(to).addDays(1);
    for (QDate d = localDate(from).addDays(-1); d <= last; d = d.addDays(1)) {
        for (const Interval &i : openIntervals(d)) {
            const qint64 start = std::max(i.first, from);
            const qint64 end = std::min(i.second, to);
            if (end > start)
                ms += end - start;
        }
    }
    return ms / 1000;
}

QDateTime BusinessCalendar::addOpenSeconds(const QDateTime &from, qint64 seconds) const
{
    if (!from.isValid())
        return {};
    if (seconds <= 0)
        return from;
    if (m_calendarHours)
        return from.addSecs(seconds);
    if (!hasOpenTime())
        return {};
    const qint64 start = from.toMSecsSinceEpoch();
    qint64 left = seconds * 1000;
    const QDate first = localDate(start).addDays(-1);
    for (int n = 0; n <= searchDays + 1; ++n) {
        for (const Interval &i : openIntervals(first.addDays(n))) {
            if (i.second <= start)
                continue;
            const qint64 begin = std::max(i.first, start);
            if (i.second - begin >= left)
                return utcAt(begin + left);
            left -= i.second - begin;
        }
    }
    return {};
}

QList<std::pair<qint64, qint64>> BusinessCalendar::openIntervalsBetween(qint64 fromMs,
                                                                        qint64 toMs) const
{
    QList<Interval> out;
    if (toMs <= fromMs)
        return out;
    if (m_calendarHours) {
        out.append({fromMs, toMs});
        return out;
    }
    if (!hasOpenTime())
        return out;
    const QDate last = localDate(toMs).addDays(1);
    for (QDate d = localDate(fromMs).addDays(-1); d <= last; d = d.addDays(1)) {
        for (const Interval &i : openIntervals(d)) {
            const qint64 start = std::max(i.first, fromMs);
            const qint64 end = std::min(i.second, toMs);
            if (end <= start)
                continue;
            // A period ending at midnight and the next day's starting then are one stretch.
            if (!out.isEmpty() && start <= out.last().second)
                out.last().second = std::max(out.last().second, end);
            else
                out.append({start, end});
        }
    }
    return out;
}

QDateTime BusinessCalendar::nextOpening(const QDateTime &t) const
{
    if (!t.isValid())
        return {};
    if (m_calendarHours)
        return t;
    if (!hasOpenTime())
        return {};
    const qint64 ms = t.toMSecsSinceEpoch();
    const QDate first = localDate(ms).addDays(-1);
    for (int n = 0; n <= searchDays + 1; ++n) {
        for (const Interval &i : openIntervals(first.addDays(n))) {
            if (i.second > ms)
                return utcAt(std::max(i.first, ms));
        }
    }
    return {};
}

QString BusinessCalendar::periodText(const OpenPeriod &period)
{
    auto clock = [](int minute) {
        return u"%1:%2"_s.arg(minute / 60, 2, 10, QChar(u'0')).arg(minute % 60, 2, 10, QChar(u'0'));
    };
    return clock(period.start) + u'-' + clock(period.end);
}

std::optional<OpenPeriod> BusinessCalendar::parsePeriod(QStringView text)
{
    text = text.trimmed();
    qsizetype dash = text.indexOf(u'-');
    if (dash < 0)
        dash = text.indexOf(u'\u2013'); // an en dash, as people write ranges
    if (dash < 0)
        return std::nullopt;
    const auto start = parseClock(text.left(dash).trimmed(), false);
    const auto end = parseClock(text.mid(dash + 1).trimmed(), true);
    if (!start || !end)
        return std::nullopt;
    return OpenPeriod{*start, *end};
}

QString BusinessCalendar::dayKey(int dayOfWeek)
{
    static const QStringList keys{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s,
                                  u"fri"_s, u"sat"_s, u"sun"_s};
    return dayOfWeek >= 1 && dayOfWeek <= 7 ? keys.at(dayOfWeek - 1) : QString();
}

QJsonObject BusinessCalendar::toJson() const
{
    if (m_calendarHours)
        return {{u"hours"_s, u"calendar"_s}};
    QJsonObject week;
    for (int day = 1; day <= 7; ++day) {
        QJsonArray list;
        for (const OpenPeriod &p : periods(day))
            list.append(periodText(p));
        week.insert(dayKey(day), list);
    }
    QList<QDate> days(m_holidays.cbegin(), m_holidays.cend());
    std::sort(days.begin(), days.end());
    QJsonArray holidays;
    for (const QDate &d : days)
        holidays.append(d.toString(Qt::ISODate));
    return {{u"hours"_s, u"business"_s},
            {u"zone"_s, QString::fromUtf8(m_zone.id())},
            {u"week"_s, week},
            {u"holidays"_s, holidays}};
}

BusinessCalendar BusinessCalendar::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return BusinessCalendar{};
    };
    const QString hours = json.value(u"hours"_s).toString(u"business"_s);
    if (hours == u"calendar"_s)
        return {};
    if (hours != u"business"_s)
        return fail(tr("\"hours\" must be \"business\" or \"calendar\", not \"%1\".").arg(hours));

    BusinessCalendar cal;
    cal.m_calendarHours = false;
    const QString zoneId = json.value(u"zone"_s).toString();
    if (zoneId.isEmpty())
        return fail(tr("Business hours need a time zone, e.g. \"zone\": \"Europe/Warsaw\"."));
    const QTimeZone zone(zoneId.toUtf8());
    if (!zone.isValid())
        return fail(tr("Unknown time zone \"%1\".").arg(zoneId));
    cal.m_zone = zone;

    const QJsonValue weekValue = json.value(u"week"_s);
    if (!weekValue.isUndefined() && !weekValue.isObject())
        return fail(tr("\"week\" must map weekdays (mon … sun) to lists of periods."));
    const QJsonObject week = weekValue.toObject();
    for (auto it = week.constBegin(); it != week.constEnd(); ++it) {
        int day = 0;
        for (int d = 1; d <= 7; ++d) {
            if (dayKey(d) == it.key())
                day = d;
        }
        if (day == 0)
            return fail(
                tr("Unknown weekday \"%1\": use mon, tue, wed, thu, fri, sat, sun.").arg(it.key()));
        if (!it.value().isArray())
            return fail(tr("%1: expected a list of periods like \"09:00-18:00\".").arg(it.key()));
        QList<OpenPeriod> list;
        const QJsonArray items = it.value().toArray();
        for (const QJsonValue &v : items) {
            const auto period = parsePeriod(v.toString());
            if (!v.isString() || !period)
                return fail(tr("%1: \"%2\" is not a period like 09:00-18:00 (00:00 to 24:00).")
                                .arg(it.key(), v.toVariant().toString()));
            list.append(*period);
        }
        QString problem;
        if (!cal.setPeriods(day, list, &problem))
            return fail(it.key() + u": "_s + problem);
    }

    const QJsonValue holidaysValue = json.value(u"holidays"_s);
    if (!holidaysValue.isUndefined() && !holidaysValue.isArray())
        return fail(tr("\"holidays\" must be a list of dates like \"2026-01-01\"."));
    const QJsonArray holidays = holidaysValue.toArray();
    for (const QJsonValue &v : holidays) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!d.isValid())
            return fail(tr("\"%1\" is not a date like 2026-01-01.").arg(v.toVariant().toString()));
        cal.m_holidays.insert(d);
    }
    if (error)
        error->clear();
    return cal;
}

} // namespace fd::core
