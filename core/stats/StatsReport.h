#pragma once

#include "model/Enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <functional>
#include <optional>

namespace fd::core {

// What the statistics are asked for: a period, a grouping, and how time is told.
struct StatsQuery
{
    enum class Grouping { None, Operator, Account, Kind, TimeRanges };

    // A named stretch of time to group by (a shift, once there are shifts): [from, to).
    struct TimeRange
    {
        QString label;
        QDateTime from;
        QDateTime to;
    };

    // Customer items written in [from, to) are counted; invalid ends are open.
    QDateTime from;
    QDateTime to;
    Grouping grouping = Grouping::None;
    // For Grouping::TimeRanges: items (and actions, handle time) go to the range their moment
    // falls in; those in none are left out.
    QList<TimeRange> ranges;
    // Where days and hours are counted (heatmap, SLA per day). Default: this machine's zone.
    QTimeZone zone = QTimeZone::systemTimeZone();
    // Business seconds are counted in this calendar's name (see sla_calendars); empty: in the
    // calendar of each item's SLA target (calendar hours for items without one).
    QString businessCalendar;
    // The moment "still waiting" clocks are judged at (breached or running); default: now.
    QDateTime now;
    // Keep one row per customer item (CSV export, the items behind a figure).
    bool keepItems = false;
    // Asked now and then while the store is read: true when the figures are no longer wanted
    // (another period was asked for), and the computation ends early with an error.
    std::function<bool()> cancelled;
};

// The figures of one duration KPI, in seconds.
struct Distribution
{
    qint64 count = 0;
    double mean = 0;
    double median = 0;
    double p90 = 0;
};

// A duration KPI counted both ways: every second, and only the open seconds of the calendar.
struct DurationKpi
{
    Distribution calendar;
    Distribution business;
};

// Met, met late and breached targets.
struct SlaCount
{
    qint64 met = 0;
    qint64 missed = 0; // met late, or breached while still waiting
    // Percent of met among decided ones; nothing when none was decided.
    std::optional<double> metPercent() const
    {
        const qint64 all = met + missed;
        return all ? std::optional<double>(100.0 * double(met) / double(all)) : std::nullopt;
    }
};

// Which figure of a group (for the items behind it).
enum class StatsFigure {
    Items,
    Replied,
    WithoutReply,
    StillOpen,
    FirstResponse,
    NextResponse,
    Resolution,
    SlaMet,
    SlaMissed,
};

// One row of the table: a group (an operator, an account, a kind, a time range or everything).
struct StatsGroup
{
    QString key;             // stable: operator name, account id, kind word, range index, "all"
    QString label;           // shown
    qint64 items = 0;        // customer items written in the period
    qint64 replied = 0;      // answered by an operator's reply
    qint64 withoutReply = 0; // closed, hidden or deleted without one
    qint64 stillOpen = 0;    // neither yet
    DurationKpi firstResponse;
    DurationKpi nextResponse;
    DurationKpi resolution;
    Distribution handleTime; // focused composer seconds per conversation
    SlaCount slaResponse;
    SlaCount slaResolution;
    qint64 operatorReplies = 0; // our replies written in the period, rules' left out
    qint64 ruleReplies = 0;     // replies rules sent
    qint64 actions = 0;         // operators' journaled actions in the period

    // Percent of items that needed a reply among those handled (replied or without reply).
    std::optional<double> replyNeededPercent() const
    {
        const qint64 handled = replied + withoutReply;
        return handled ? std::optional<double>(100.0 * double(replied) / double(handled))
                       : std::nullopt;
    }
};

// How a customer item was handled.
enum class ItemHandling { StillOpen, Replied, WithoutReply };
// Whether an item started a wait for our answer, and which.
enum class WaitKind { None, First, Next };
// An SLA clock's outcome as the statistics count it.
enum class SlaOutcome { NoTarget, Running, Met, Missed };

// One customer item's figures (one row of the items export). Times are ms since the epoch,
// durations ms; -1 where there is none.
struct ItemStats
{
    qint64 itemId = 0;
    qint64 threadId = 0;
    qint64 accountId = 0;
    ItemKind kind = ItemKind::Dm;
    ItemStatus status = ItemStatus::New;
    qint64 createdAt = 0;
    int group = -1;         // index into StatsReport::groups; -1: in none
    int operatorIndex = -1; // index into StatsReport::operatorNames; -1: nobody
    WaitKind wait = WaitKind::None;
    bool repliedBefore = false; // an operator had answered in the conversation before it came
    ItemHandling handling = ItemHandling::StillOpen;
    qint64 answeredAt = -1;
    qint64 resolvedAt = -1;
    qint64 responseMs = -1; // to our answer, from this item
    qint64 responseBusinessMs = -1;
    qint64 resolutionMs = -1; // from the conversation's first unresolved item to resolving it
    qint64 resolutionBusinessMs = -1;
    bool startsResolution = false; // the first unresolved item of its conversation
    int reopens = 0;
    qint64 handleMs = 0;
    SlaOutcome slaResponse = SlaOutcome::NoTarget;
    SlaOutcome slaResolution = SlaOutcome::NoTarget;
};

// Customer items per weekday (0 = Monday) and hour of the day, local time.
using WeekHours = std::array<std::array<qint64, 24>, 7>;

struct AccountHeatmap
{
    qint64 accountId = 0;
    QString accountName;
    WeekHours items{};
};

// How many responses took up to each bucket's upper bound (the last bucket has none).
struct ResponseHistogram
{
    static const QList<qint64> &boundsSeconds(); // 60, 300, 900, …
    QList<qint64> first;                         // one count per bucket: bounds().size() + 1
    QList<qint64> next;
};

struct SlaDay
{
    QDate day; // local
    SlaCount response;
    SlaCount resolution;
};

// Everything the statistics say about a period.
struct StatsReport
{
    QDateTime from;
    QDateTime to;
    QDateTime now;
    StatsQuery::Grouping grouping = StatsQuery::Grouping::None;
    QList<StatsGroup> groups; // in order: by label (ranges: in their order)
    StatsGroup total;         // everything in the period
    QStringList operatorNames;
    QList<ItemStats> items; // with keepItems, in time order
    QList<AccountHeatmap> heatmap;
    // Weeks the period spans (for averages per weekday and hour), at least 1.
    double weeks = 1;
    ResponseHistogram histogram;
    QList<SlaDay> slaByDay;
    // Total focused composer time in the period, and the items replied in it: the measured
    // handle time per answer.
    qint64 handleMsTotal = 0;

    // The ids of the items behind a figure of a group (-1: the total row); needs keepItems.
    QList<qint64> itemsBehind(int group, StatsFigure figure) const;
    // Total customer items per weekday and hour over all accounts.
    WeekHours allAccounts() const;
};

} // namespace fd::core
