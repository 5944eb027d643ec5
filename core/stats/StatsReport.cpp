#include "StatsReport.h"

namespace fd::core {

const QList<qint64> &ResponseHistogram::boundsSeconds()
{
    // 1, 5, 15 and 30 minutes; 1, 2, 4, 8 and 24 hours; 3 days.
    static const QList<qint64> bounds{60,       300,      900,      1800,      3600,
                                      2 * 3600, 4 * 3600, 8 * 3600, 24 * 3600, 72 * 3600};
    return bounds;
}

QList<qint64> StatsReport::itemsBehind(int group, StatsFigure figure) const
{
    QList<qint64> out;
    for (const ItemStats &s : items) {
        if (group >= 0 && s.group != group)
            continue;
        bool in = false;
        switch (figure) {
        case StatsFigure::Items:
            in = true;
            break;
        case StatsFigure::Replied:
            in = s.handling == ItemHandling::Replied;
            break;
        case StatsFigure::WithoutReply:
            in = s.handling == ItemHandling::WithoutReply;
            break;
        case StatsFigure::StillOpen:
            in = s.handling == ItemHandling::StillOpen;
            break;
        case StatsFigure::FirstResponse:
            in = s.wait == WaitKind::First && s.responseMs >= 0;
            break;
        case StatsFigure::NextResponse:
            in = s.wait == WaitKind::Next && s.responseMs >= 0;
            break;
        case StatsFigure::Resolution:
            in = s.startsResolution && s.resolutionMs >= 0;
            break;
        case StatsFigure::SlaMet:
            in = s.slaResponse == SlaOutcome::Met || s.slaResolution == SlaOutcome::Met;
            break;
        case StatsFigure::SlaMissed:
            in = s.slaResponse == SlaOutcome::Missed || s.slaResolution == SlaOutcome::Missed;
            break;
        }
        if (in)
            out.append(s.itemId);
    }
    return out;
}

WeekHours StatsReport::allAccounts() const
{
    WeekHours sum{};
    for (const AccountHeatmap &h : heatmap) {
        for (std::size_t d = 0; d < 7; ++d) {
            for (std::size_t hour = 0; hour < 24; ++hour)
                sum[d][hour] += h.items[d][hour];
        }
    }
    return sum;
}

} // namespace fd::core
