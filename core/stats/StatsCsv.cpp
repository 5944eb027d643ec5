#include "StatsCsv.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

QString time(qint64 ms)
{
    return ms < 0 ? QString() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString seconds(qint64 ms)
{
    return ms < 0 ? QString() : QString::number((ms + 500) / 1000);
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

QString percent(std::optional<double> value)
{
    return value ? number(*value) : QString();
}

QString word(WaitKind w)
{
    switch (w) {
    case WaitKind::First:
        return u"first"_s;
    case WaitKind::Next:
        return u"next"_s;
    case WaitKind::None:
        break;
    }
    return {};
}

QString word(ItemHandling h)
{
    switch (h) {
    case ItemHandling::Replied:
        return u"replied"_s;
    case ItemHandling::WithoutReply:
        return u"without_reply"_s;
    case ItemHandling::StillOpen:
        break;
    }
    return u"open"_s;
}

QString word(SlaOutcome o)
{
    switch (o) {
    case SlaOutcome::Met:
        return u"met"_s;
    case SlaOutcome::Missed:
        return u"missed"_s;
    case SlaOutcome::Running:
        return u"running"_s;
    case SlaOutcome::NoTarget:
        break;
    }
    return {};
}

void appendDistribution(QStringList &row, const Distribution &d)
{
    row << QString::number(d.count);
    if (d.count == 0)
        row << QString() << QString() << QString();
    else
        row << number(d.mean) << number(d.median) << number(d.p90);
}

QStringList distributionColumns(const QString &name)
{
    return {name + u"_count"_s, name + u"_mean_s"_s, name + u"_median_s"_s, name + u"_p90_s"_s};
}

QStringList groupRow(const StatsGroup &g)
{
    QStringList row{g.key,
                    g.label,
                    QString::number(g.items),
                    QString::number(g.replied),
                    QString::number(g.withoutReply),
                    QString::number(g.stillOpen),
                    percent(g.replyNeededPercent())};
    for (const DurationKpi *k : {&g.firstResponse, &g.nextResponse, &g.resolution}) {
        appendDistribution(row, k->calendar);
        appendDistribution(row, k->business);
    }
    appendDistribution(row, g.handleTime);
    row << percent(g.slaResponse.metPercent()) << QString::number(g.slaResponse.met)
        << QString::number(g.slaResponse.missed) << percent(g.slaResolution.metPercent())
        << QString::number(g.slaResolution.met) << QString::number(g.slaResolution.missed)
        << QString::number(g.operatorReplies) << QString::number(g.ruleReplies)
        << QString::number(g.actions);
    return row;
}

} // namespace

void writeItemsCsv(CsvWriter &csv, const StatsReport &report)
{
    csv.writeRow(
        {u"id"_s,          u"account_id"_s,        u"kind"_s,         u"status"_s,
         u"created_at"_s,  u"operator"_s,          u"group"_s,        u"wait"_s,
         u"handling"_s,    u"answered_at"_s,       u"response_s"_s,   u"response_business_s"_s,
         u"resolved_at"_s, u"starts_resolution"_s, u"resolution_s"_s, u"resolution_business_s"_s,
         u"reopens"_s,     u"handle_s"_s,          u"sla_response"_s, u"sla_resolution"_s});
    for (const ItemStats &s : report.items) {
        if (!csv.ok())
            return;
        csv.writeRow({QString::number(s.itemId),
                      QString::number(s.accountId),
                      toString(s.kind),
                      toString(s.status),
                      time(s.createdAt),
                      report.operatorNames.value(s.operatorIndex),
                      s.group >= 0 ? report.groups.at(s.group).label : QString(),
                      word(s.wait),
                      word(s.handling),
                      time(s.answeredAt),
                      seconds(s.responseMs),
                      seconds(s.responseBusinessMs),
                      time(s.resolvedAt),
                      s.startsResolution ? u"1"_s : u"0"_s,
                      seconds(s.resolutionMs),
                      seconds(s.resolutionBusinessMs),
                      QString::number(s.reopens),
                      seconds(s.handleMs),
                      word(s.slaResponse),
                      word(s.slaResolution)});
    }
}

void writeGroupsCsv(CsvWriter &csv, const StatsReport &report)
{
    QStringList header{u"key"_s,           u"group"_s,      u"items"_s,           u"replied"_s,
                       u"without_reply"_s, u"still_open"_s, u"reply_needed_pct"_s};
    for (const QString &k : {u"first_response"_s, u"next_response"_s, u"resolution"_s}) {
        header << distributionColumns(k);
        header << distributionColumns(k + u"_business"_s);
    }
    header << distributionColumns(u"handle"_s);
    header << u"sla_response_met_pct"_s << u"sla_response_met"_s << u"sla_response_missed"_s
           << u"sla_resolution_met_pct"_s << u"sla_resolution_met"_s << u"sla_resolution_missed"_s
           << u"operator_replies"_s << u"rule_replies"_s << u"actions"_s;
    csv.writeRow(header);
    for (const StatsGroup &g : report.groups)
        csv.writeRow(groupRow(g));
    csv.writeRow(groupRow(report.total));
}

} // namespace fd::core
