#include "StatsEngine.h"

#include "OpenTime.h"
#include "StatsScan.h"
#include "rules/SlaPolicy.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

using namespace stats;

constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr qint64 kWeekMs = 7 * kDayMs;

struct StatsText
{
    Q_DECLARE_TR_FUNCTIONS(fd::core::Stats)
};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// Local time of UTC moments in a zone, with the offset kept until the zone's next transition:
// moments come in time order, so the zone's rules are asked a few times, not once per item.
class LocalClock
{
public:
    explicit LocalClock(QTimeZone zone)
        : m_zone(std::move(zone))
    {}
    qint64 local(qint64 utcMs)
    {
        if (utcMs < m_validFrom || utcMs >= m_validTo) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
            m_offsetMs = qint64(m_zone.offsetFromUtc(t)) * 1000;
            const QTimeZone::OffsetData next = m_zone.nextTransition(t);
            m_validFrom = utcMs;
            m_validTo = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : kNever;
        }
        return utcMs + m_offsetMs;
    }
    qint64 day(qint64 utcMs) { return floorDiv(local(utcMs), kDayMs); }
    // 0 = Monday (the epoch's day was a Thursday).
    static int weekday(qint64 day) { return int(((day % 7) + 7 + 3) % 7); }
    int hour(qint64 utcMs) { return int((local(utcMs) - day(utcMs) * kDayMs) / 3600000); }

private:
    QTimeZone m_zone;
    qint64 m_offsetMs = 0;
    qint64 m_validFrom = kNever;
    qint64 m_validTo = 0;
};

Distribution distributionOf(std::vector<qint64> &ms)
{
    Distribution d;
    d.count = qint64(ms.size());
    if (ms.empty())
        return d;
    double sum = 0;
    for (const qint64 v : ms)
        sum += double(v);
    d.mean = sum / double(ms.size()) / 1000.0;
    const auto nth = [&ms](std::size_t k) {
        std::nth_element(ms.begin(), ms.begin() + std::ptrdiff_t(k), ms.end());
        return double(ms[k]) / 1000.0;
    };
    const std::size_t n = ms.size();
    d.median = n % 2 ? nth(n / 2) : (nth(n / 2 - 1) + nth(n / 2)) / 2;
    // Nearest rank: the smallest value that at least 90% of the values do not exceed.
    d.p90 = nth(std::size_t(std::max<qint64>(0, (qint64(n) * 9 + 9) / 10 - 1)));
    return d;
}

// A group's values while they are gathered.
struct Gather
{
    StatsGroup row;
    std::vector<qint64> first, firstBusiness, next, nextBusiness, resolution, resolutionBusiness;
    std::vector<qint64> handle;
    std::unordered_map<qint64, qint64> handleByThread;

    void finish()
    {
        row.firstResponse = {distributionOf(first), distributionOf(firstBusiness)};
        row.nextResponse = {distributionOf(next), distributionOf(nextBusiness)};
        row.resolution = {distributionOf(resolution), distributionOf(resolutionBusiness)};
        handle.reserve(handleByThread.size());
        for (const auto &[thread, ms] : handleByThread)
            handle.push_back(ms);
        row.handleTime = distributionOf(handle);
    }
};

void count(SlaCount &c, SlaOutcome o)
{
    if (o == SlaOutcome::Met)
        ++c.met;
    else if (o == SlaOutcome::Missed)
        ++c.missed;
}

// A clock counted from `from` for `minutes` of open time, stopped at `stop` (-1: unknown
// moment) when `stopped`; as SlaClock judges it, through the laid-out open time.
SlaOutcome outcome(const OpenTime &open, int minutes, qint64 from, bool stopped, qint64 stop,
                   qint64 now)
{
    if (minutes <= 0)
        return SlaOutcome::NoTarget;
    const qint64 due = open.addOpenMs(from, qint64(minutes) * 60000);
    if (stopped)
        return stop < 0 || due < 0 || stop <= due ? SlaOutcome::Met : SlaOutcome::Missed;
    return due >= 0 && now >= due ? SlaOutcome::Missed : SlaOutcome::Running;
}

// The groups of a report and how things are put into them.
class Groups
{
public:
    Groups(const StatsQuery &query, const ScanResult &scan)
        : m_query(query)
        , m_scan(scan)
    {}

    // -1: in no group. Each group is looked up once, then remembered by what chose it.
    int ofOperator(int name)
    {
        const std::size_t slot = std::size_t(name + 1);
        if (slot >= m_byName.size())
            m_byName.resize(slot + 1, -1);
        int &g = m_byName[slot];
        if (g < 0) {
            g = add(name >= 0 ? m_scan.names.at(name) : QString(),
                    name >= 0 ? m_scan.names.at(name) : StatsText::tr("unattributed"));
        }
        return g;
    }
    int of(int name, qint64 accountId, ItemKind kind, qint64 at)
    {
        switch (m_query.grouping) {
        case StatsQuery::Grouping::None:
            if (m_all < 0)
                m_all = add(u"all"_s, StatsText::tr("All"));
            return m_all;
        case StatsQuery::Grouping::Operator:
            return ofOperator(name);
        case StatsQuery::Grouping::Account: {
            auto it = m_byAccount.constFind(accountId);
            if (it == m_byAccount.constEnd()) {
                it = m_byAccount.insert(accountId, add(QString::number(accountId),
                                                       m_scan.accountNames.value(
                                                           accountId, QString::number(accountId))));
            }
            return *it;
        }
        case StatsQuery::Grouping::Kind: {
            int &g = m_byKind[std::size_t(kind)];
            if (g < 0)
                g = add(toString(kind), displayName(kind));
            return g;
        }
        case StatsQuery::Grouping::TimeRanges:
            for (qsizetype i = 0; i < m_query.ranges.size(); ++i) {
                const auto &r = m_query.ranges.at(i);
                if ((!r.from.isValid() || at >= r.from.toMSecsSinceEpoch()) &&
                    (!r.to.isValid() || at < r.to.toMSecsSinceEpoch()))
                    return add(QString::number(i), r.label);
            }
            return -1;
        }
        return -1;
    }
    Gather *at(int index) { return index >= 0 ? &m_gathers[std::size_t(index)] : nullptr; }
    std::vector<Gather> &all() { return m_gathers; }

private:
    int add(const QString &key, const QString &label)
    {
        const auto it = m_index.constFind(key);
        if (it != m_index.constEnd())
            return *it;
        Gather g;
        g.row.key = key;
        g.row.label = label;
        m_gathers.push_back(std::move(g));
        m_index.insert(key, int(m_gathers.size() - 1));
        return int(m_gathers.size() - 1);
    }

    const StatsQuery &m_query;
    const ScanResult &m_scan;
    std::vector<Gather> m_gathers;
    QHash<QString, int> m_index;
    int m_all = -1;
    std::vector<int> m_byName;
    QHash<qint64, int> m_byAccount;
    std::array<int, 4> m_byKind{-1, -1, -1, -1};
};

// Policies and laid-out calendars per account and kind.
class Clocks
{
public:
    struct For
    {
        const SlaPolicy *policy = nullptr;
        const OpenTime *sla = nullptr;
        const OpenTime *business = nullptr;
    };

    Clocks(const SlaSettings &settings, const QString &businessCalendar, qint64 fromMs, qint64 toMs)
        : m_settings(settings)
        , m_from(fromMs)
        , m_to(toMs)
    {
        if (const SlaCalendar *c = settings.calendarNamed(businessCalendar))
            m_business = std::make_unique<OpenTime>(c->calendar, fromMs, toMs);
    }

    const For &of(qint64 accountId, ItemKind kind)
    {
        const auto key = std::pair(accountId, int(kind));
        if (m_last && m_lastKey == key)
            return *m_last;
        m_lastKey = key;
        const auto it = m_for.find(key);
        if (it != m_for.end())
            return *(m_last = &it->second);
        For f;
        f.policy = m_settings.policyFor(accountId, kind);
        const qint64 calendarId = f.policy && f.policy->calendarId ? *f.policy->calendarId : 0;
        auto &open = m_open[calendarId];
        if (!open) {
            open = std::make_unique<OpenTime>(f.policy ? m_settings.calendarOf(*f.policy)
                                                       : BusinessCalendar::calendarHours(),
                                              m_from, m_to);
        }
        f.sla = open.get();
        f.business = m_business ? m_business.get() : f.sla;
        return *(m_last = &m_for.emplace(key, f).first->second);
    }

private:
    const SlaSettings &m_settings;
    const qint64 m_from;
    const qint64 m_to;
    std::unique_ptr<OpenTime> m_business;
    std::map<qint64, std::unique_ptr<OpenTime>> m_open;
    std::map<std::pair<qint64, int>, For> m_for;
    std::pair<qint64, int> m_lastKey;
    const For *m_last = nullptr;
};

int bucketOf(qint64 ms)
{
    const auto &bounds = ResponseHistogram::boundsSeconds();
    const auto it = std::lower_bound(bounds.cbegin(), bounds.cend(), (ms + 999) / 1000);
    return int(it - bounds.cbegin());
}

} // namespace

StatsEngine::StatsEngine(QSqlDatabase db)
    : m_db(std::move(db))
{}

StoreResult<StatsReport> StatsEngine::compute(const StatsQuery &query) const
{
    const auto settings = SlaSettings::load(m_db);
    if (!settings.ok())
        return settings.error();
    const qint64 fromMs =
        query.from.isValid() ? query.from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 toMs = query.to.isValid() ? query.to.toMSecsSinceEpoch() : kNever;
    auto scanned = scanStore(m_db, fromMs, toMs, query.grouping == StatsQuery::Grouping::Kind,
                             query.cancelled);
    if (!scanned.ok())
        return scanned.error();
    const ScanResult &scan = *scanned;

    StatsReport report;
    report.grouping = query.grouping;
    report.now = query.now.isValid() ? query.now : QDateTime::currentDateTimeUtc();
    const qint64 now = report.now.toMSecsSinceEpoch();
    report.from = query.from.isValid()
                      ? query.from
                      : QDateTime::fromMSecsSinceEpoch(std::max<qint64>(scan.firstItemAt, 0),
                                                       QTimeZone::utc());
    report.to = query.to.isValid()
                    ? query.to
                    : QDateTime::fromMSecsSinceEpoch(std::max(scan.lastItemAt + 1, qint64(0)),
                                                     QTimeZone::utc());
    report.weeks = std::max(1.0, double(report.from.msecsTo(report.to)) / double(kWeekMs));
    report.operatorNames = scan.names;

    // Open time is laid out from a day before the first item to a while past now, so due
    // moments of recent items are found too.
    const qint64 spanFrom = (scan.firstItemAt >= 0 ? scan.firstItemAt : now) - kDayMs;
    const qint64 spanTo = std::max(now, scan.lastItemAt) + 120 * kDayMs;
    Clocks clocks(*settings, query.businessCalendar, spanFrom, spanTo);
    Groups groups(query, scan);
    Gather total;
    LocalClock local(query.zone.isValid() ? query.zone : QTimeZone::utc());
    std::map<qint64, SlaDay> byDay;
    std::pair<const qint64, SlaDay> *dayRow = nullptr; // the day of the item before
    QHash<qint64, int> heatIndex;
    const auto &bounds = ResponseHistogram::boundsSeconds();
    report.histogram.first = QList<qint64>(bounds.size() + 1, 0);
    report.histogram.next = QList<qint64>(bounds.size() + 1, 0);

    std::unordered_map<qint64, qint64> handleByItem;
    for (const HandleRecord &h : scan.handles) {
        if (h.itemId != 0)
            handleByItem[h.itemId] += h.ms;
    }

    if (query.keepItems)
        report.items.reserve(qsizetype(scan.items.size()));
    for (const ItemRecord &r : scan.items) {
        ItemStats s;
        s.itemId = r.itemId;
        s.threadId = r.threadId;
        s.accountId = r.accountId;
        s.kind = r.kind;
        s.status = r.status;
        s.createdAt = r.createdAt;
        s.wait = r.wait;
        s.repliedBefore = r.repliedBefore;
        s.answeredAt = r.answeredAt;
        s.resolvedAt = r.resolvedAt;
        s.reopens = r.reopens;
        s.startsResolution = r.startsEpisode;
        s.operatorIndex = r.responder >= 0  ? r.responder
                          : r.resolver >= 0 ? r.resolver
                                            : scan.assigneeNames.value(r.assigneeId, -1);
        const bool resolved = r.status == ItemStatus::Closed || r.status == ItemStatus::Hidden ||
                              r.status == ItemStatus::Deleted;
        s.handling = r.answeredAt >= 0 ? ItemHandling::Replied
                     : resolved        ? ItemHandling::WithoutReply
                                       : ItemHandling::StillOpen;
        const Clocks::For &c = clocks.of(r.accountId, r.kind);
        if (r.answeredAt >= 0) {
            s.responseMs = r.answeredAt - r.createdAt;
            s.responseBusinessMs = c.business->openMsBetween(r.createdAt, r.answeredAt);
        }
        // The item starting a stretch carries the stretch's resolution, the others their own.
        const qint64 resolvedAt = r.startsEpisode ? r.episodeResolvedAt : r.resolvedAt;
        if (resolvedAt >= 0) {
            s.resolutionMs = resolvedAt - r.unresolvedSince;
            s.resolutionBusinessMs = c.business->openMsBetween(r.unresolvedSince, resolvedAt);
        }
        if (const auto h = handleByItem.find(r.itemId); h != handleByItem.end())
            s.handleMs = h->second;
        if (c.policy) {
            const int minutes = r.repliedBefore ? c.policy->nextMinutes : c.policy->firstMinutes;
            // Answered, or resolved before the answer: whichever came first stops the clock.
            qint64 stop = r.answeredAt;
            if (resolved && r.resolvedAt >= 0 && (stop < 0 || r.resolvedAt < stop))
                stop = r.resolvedAt;
            s.slaResponse =
                outcome(*c.sla, minutes, r.createdAt, r.answeredAt >= 0 || resolved, stop, now);
            s.slaResolution =
                outcome(*c.sla, c.policy->resolutionMinutes,
                        std::min(r.unresolvedSince, r.createdAt), resolved, r.resolvedAt, now);
        }
        s.group = groups.of(s.operatorIndex, r.accountId, r.kind, r.createdAt);

        for (Gather *g : {groups.at(s.group), &total}) {
            if (!g)
                continue;
            ++g->row.items;
            switch (s.handling) {
            case ItemHandling::Replied:
                ++g->row.replied;
                break;
            case ItemHandling::WithoutReply:
                ++g->row.withoutReply;
                break;
            case ItemHandling::StillOpen:
                ++g->row.stillOpen;
                break;
            }
            if (s.responseMs >= 0 && r.wait == WaitKind::First) {
                g->first.push_back(s.responseMs);
                g->firstBusiness.push_back(s.responseBusinessMs);
            } else if (s.responseMs >= 0 && r.wait == WaitKind::Next) {
                g->next.push_back(s.responseMs);
                g->nextBusiness.push_back(s.responseBusinessMs);
            }
            if (r.startsEpisode && s.resolutionMs >= 0) {
                g->resolution.push_back(s.resolutionMs);
                g->resolutionBusiness.push_back(s.resolutionBusinessMs);
            }
            count(g->row.slaResponse, s.slaResponse);
            count(g->row.slaResolution, s.slaResolution);
        }

        const qint64 day = local.day(r.createdAt);
        if (!dayRow || dayRow->first != day)
            dayRow = &*byDay.try_emplace(day).first;
        count(dayRow->second.response, s.slaResponse);
        count(dayRow->second.resolution, s.slaResolution);
        auto heat = heatIndex.constFind(r.accountId);
        if (heat == heatIndex.constEnd()) {
            report.heatmap.append(
                AccountHeatmap{r.accountId, scan.accountNames.value(r.accountId), {}});
            heat = heatIndex.insert(r.accountId, int(report.heatmap.size() - 1));
        }
        report.heatmap[*heat]
            .items[std::size_t(LocalClock::weekday(day))][std::size_t(local.hour(r.createdAt))]++;
        if (s.responseMs >= 0 && r.wait != WaitKind::None)
            (r.wait == WaitKind::First ? report.histogram.first
                                       : report.histogram.next)[bucketOf(s.responseMs)]++;
        if (query.keepItems)
            report.items.append(s);
    }
    for (const ReplyRecord &r : scan.replies) {
        // A rule's reply is no operator's: by operator it counts in the total only.
        const bool noOperator = query.grouping == StatsQuery::Grouping::Operator && r.byRule;
        const int group = noOperator ? -1 : groups.of(r.sender, r.accountId, r.kind, r.at);
        for (Gather *g : {groups.at(group), &total}) {
            if (g)
                ++(r.byRule ? g->row.ruleReplies : g->row.operatorReplies);
        }
    }
    for (const ActionRecord &a : scan.actions) {
        // Grouped by kind, an action goes with the kind of its item (none: only the total).
        const bool noKind = query.grouping == StatsQuery::Grouping::Kind && a.kind < 0;
        const int group =
            noKind ? -1 : groups.of(a.actor, a.accountId, ItemKind(std::max(a.kind, 0)), a.at);
        for (Gather *g : {groups.at(group), &total}) {
            if (g)
                ++g->row.actions;
        }
    }
    for (const HandleRecord &h : scan.handles) {
        const auto t = scan.threads.find(h.threadId);
        const ThreadInfo info = t != scan.threads.end() ? t->second : ThreadInfo{};
        if (Gather *g =
                groups.at(groups.of(h.operatorIndex, info.accountId, info.kind, h.startedAt)))
            g->handleByThread[h.threadId] += h.ms;
        total.handleByThread[h.threadId] += h.ms;
        report.handleMsTotal += h.ms;
    }

    for (Gather &g : groups.all()) {
        g.finish();
        report.groups.append(g.row);
    }
    total.row.key = u"total"_s;
    total.row.label = StatsText::tr("Total");
    total.finish();
    report.total = total.row;
    if (query.grouping != StatsQuery::Grouping::TimeRanges) {
        std::sort(report.groups.begin(), report.groups.end(),
                  [](const StatsGroup &a, const StatsGroup &b) {
                      return QString::localeAwareCompare(a.label, b.label) < 0;
                  });
    } else {
        std::sort(
            report.groups.begin(), report.groups.end(),
            [](const StatsGroup &a, const StatsGroup &b) { return a.key.toInt() < b.key.toInt(); });
    }
    if (query.keepItems) {
        // Items point at their group by index, which sorting changed.
        QHash<QString, int> position;
        for (qsizetype i = 0; i < report.groups.size(); ++i)
            position.insert(report.groups.at(i).key, int(i));
        const std::vector<Gather> &gathers = groups.all();
        for (ItemStats &s : report.items) {
            if (s.group >= 0)
                s.group = position.value(gathers[std::size_t(s.group)].row.key, -1);
        }
    }
    const QDate epoch(1970, 1, 1);
    for (auto &[day, d] : byDay) {
        d.day = epoch.addDays(day);
        report.slaByDay.append(d);
    }
    return report;
}

} // namespace fd::core
