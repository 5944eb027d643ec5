// frontdeskctl stats and export: the KPIs of a period as a table or CSV, the staffing
// forecast, and the per-item and per-operator exports.
#include "Cli.h"

#include "rules/SlaPolicy.h"
#include "stats/ErlangC.h"
#include "stats/KpiDefinitions.h"
#include "stats/StatsCsv.h"
#include "stats/StatsEngine.h"

#include <QCommandLineParser>
#include <QFile>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::ctl {
namespace {

void addPeriodOptions(QCommandLineParser &p)
{
    p.addOptions({
        {u"from"_s, u"First day (YYYY-MM-DD) or moment (ISO 8601) of the period."_s, u"WHEN"_s},
        {u"to"_s, u"Last day of the period (included), or the moment it ends."_s, u"WHEN"_s},
        {u"zone"_s, u"Time zone days and hours are counted in (default: this machine's)."_s,
         u"ZONE"_s},
        {u"business"_s, u"Count business time in this SLA calendar (default: each item's)."_s,
         u"CALENDAR"_s},
    });
}

// A day is its local midnight; a day ending a period counts whole.
std::optional<QDateTime> moment(const QString &text, const QTimeZone &zone, bool end)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid())
        return QDateTime(end ? day.addDays(1) : day, QTime(0, 0), zone).toUTC();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), zone);
    return t.toUTC();
}

// Reads the period options into `q`; false after printing the mistake.
bool readPeriod(CommandContext &ctx, const QCommandLineParser &p, StatsQuery &q)
{
    if (p.isSet(u"zone"_s)) {
        q.zone = QTimeZone(p.value(u"zone"_s).toUtf8());
        if (!q.zone.isValid()) {
            ctx.err << u"Unknown time zone \"%1\" (an IANA name, like Europe/Warsaw).\n"_s.arg(
                p.value(u"zone"_s));
            return false;
        }
    }
    for (const auto &[name, end] : {std::pair{u"from"_s, false}, {u"to"_s, true}}) {
        if (!p.isSet(name))
            continue;
        const auto t = moment(p.value(name), q.zone, end);
        if (!t) {
            ctx.err << u"--%1: \"%2\" is neither a date (YYYY-MM-DD) nor an ISO 8601 moment.\n"_s
                           .arg(name, p.value(name));
            return false;
        }
        (end ? q.to : q.from) = *t;
    }
    q.businessCalendar = p.value(u"business"_s);
    return true;
}

std::optional<StatsReport> compute(CommandContext &ctx, const StatsQuery &q)
{
    Store *store = ctx.store();
    if (!store)
        return std::nullopt;
    auto reader = store->reader();
    if (!reader.ok()) {
        ctx.err << reader.error().message << u'\n';
        return std::nullopt;
    }
    auto report = StatsEngine(*reader).compute(q);
    if (!report.ok()) {
        ctx.err << report.error().message << u'\n';
        return std::nullopt;
    }
    return *report;
}

// Writes CSV to a file or standard output; the exit code.
template <typename F>
int writeCsv(CommandContext &ctx, const QString &path, CsvOptions options, F &&write)
{
    QFile file;
    const bool toStdout = path.isEmpty() || path == u"-"_s;
    const bool opened = toStdout ? file.open(stdout, QIODevice::WriteOnly)
                                 : (file.setFileName(path), file.open(QIODevice::WriteOnly));
    if (!opened) {
        ctx.err << u"Cannot write %1: %2\n"_s.arg(path, file.errorString());
        return Failure;
    }
    ctx.out.flush();
    CsvWriter csv(&file, options);
    write(csv);
    file.flush();
    if (!csv.ok()) {
        ctx.err << csv.error() << u'\n';
        return Failure;
    }
    return Ok;
}

QString duration(const Distribution &d, double Distribution::*field)
{
    if (d.count == 0)
        return u"-"_s;
    const qint64 s = qint64(std::llround(d.*field));
    if (s < 60)
        return u"%1s"_s.arg(s);
    if (s < 3600)
        return u"%1m%2s"_s.arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
    return u"%1h%2m"_s.arg(s / 3600).arg(s / 60 % 60, 2, 10, QChar(u'0'));
}

QString percent(std::optional<double> v)
{
    return v ? QString::number(*v, 'f', 1) + u'%' : u"-"_s;
}

void printTable(CommandContext &ctx, const StatsReport &r, bool business)
{
    const auto kpi = [business](const DurationKpi &k) -> const Distribution & {
        return business ? k.business : k.calendar;
    };
    const QStringList header{u"group"_s,     u"items"_s,     u"replied"_s,   u"first med"_s,
                             u"first p90"_s, u"next med"_s,  u"resol med"_s, u"handle med"_s,
                             u"SLA resp"_s,  u"SLA resol"_s, u"replies"_s,   u"rule repl"_s,
                             u"actions"_s};
    QList<QStringList> rows{header};
    QList<StatsGroup> groups = r.groups;
    groups.append(r.total);
    for (const StatsGroup &g : groups) {
        rows.append(
            {oneLine(g.label, 24), QString::number(g.items), percent(g.replyNeededPercent()),
             duration(kpi(g.firstResponse), &Distribution::median),
             duration(kpi(g.firstResponse), &Distribution::p90),
             duration(kpi(g.nextResponse), &Distribution::median),
             duration(kpi(g.resolution), &Distribution::median),
             duration(g.handleTime, &Distribution::median), percent(g.slaResponse.metPercent()),
             percent(g.slaResolution.metPercent()), QString::number(g.operatorReplies),
             QString::number(g.ruleReplies), QString::number(g.actions)});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    for (const QStringList &row : rows) {
        QString line = row.at(0).leftJustified(widths.at(0));
        for (qsizetype i = 1; i < row.size(); ++i)
            line += u"  "_s + row.at(i).rightJustified(widths.at(i));
        ctx.out << line << u'\n';
    }
    ctx.out << u"Period %1 to %2; times are %3 (median, 90th percentile).\n"_s.arg(
        r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate),
        business ? u"business hours"_s : u"calendar hours"_s);
}

void printForecast(CommandContext &ctx, const StatsReport &r, const QCommandLineParser &p,
                   double defaultTargetMinutes)
{
    erlang::ForecastInput in;
    in.items = r.allAccounts();
    in.weeks = r.weeks;
    in.replyShare = r.total.replyNeededPercent().value_or(100) / 100.0;
    const bool measured = r.total.replied > 0 && r.handleMsTotal > 0;
    in.handleSeconds = p.isSet(u"handle-seconds"_s) ? p.value(u"handle-seconds"_s).toDouble()
                       : measured ? double(r.handleMsTotal) / 1000.0 / double(r.total.replied)
                                  : 180;
    in.targetSeconds = (p.isSet(u"target-minutes"_s) ? p.value(u"target-minutes"_s).toDouble()
                                                     : defaultTargetMinutes) *
                       60;
    in.serviceLevelTarget = p.value(u"service-level"_s).toDouble() / 100.0;
    ctx.out << u"Operators needed per hour next week (Erlang C): %1% answered within %2 min, "
               u"%3 s of handle time per reply (%4), %5% of items need a reply.\n"_s.arg(
                   QString::number(in.serviceLevelTarget * 100, 'f', 0),
                   QString::number(in.targetSeconds / 60, 'f', 0),
                   QString::number(in.handleSeconds, 'f', 0),
                   p.isSet(u"handle-seconds"_s) ? u"given"_s
                   : measured                   ? u"measured"_s
                                                : u"assumed, none measured"_s,
                   QString::number(in.replyShare * 100, 'f', 0));
    const auto week = erlang::forecastWeek(in);
    const QStringList days{u"Mon"_s, u"Tue"_s, u"Wed"_s, u"Thu"_s, u"Fri"_s, u"Sat"_s, u"Sun"_s};
    QString line = u"hour"_s;
    for (const QString &d : days)
        line += d.rightJustified(6);
    ctx.out << line << u'\n';
    for (int hour = 0; hour < 24; ++hour) {
        line = u"%1:00"_s.arg(hour, 2, 10, QChar(u'0'));
        for (int day = 0; day < 7; ++day)
            line += QString::number(week.at(day * 24 + hour).agents).rightJustified(6);
        ctx.out << line << u'\n';
    }
}

int stats(CommandContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Response times, resolution, reply-needed share, handle time, SLA met, replies and "
        u"actions for a period, as a table or CSV. --forecast adds operators needed per hour "
        u"next week."_s);
    addPeriodOptions(p);
    p.addOptions({
        {u"by"_s, u"Group by operator, account or kind."_s, u"GROUPING"_s},
        {u"csv"_s, u"Print CSV (every figure, one row per group and a total row)."_s},
        {u"bom"_s, u"Start CSV with a byte-order mark and defuse formulas, for spreadsheets."_s},
        {u"business-hours"_s, u"Show business-hour times in the table."_s},
        {u"definitions"_s, u"Explain what each figure means."_s},
        {u"forecast"_s, u"Also print the staffing forecast for the coming week."_s},
        {u"target-minutes"_s,
         u"Forecast: answer within this many minutes (default: the SLA's "
         u"first-response target, else 15)."_s,
         u"MIN"_s},
        {u"service-level"_s, u"Forecast: percent answered in time (default 80)."_s, u"PCT"_s,
         u"80"_s},
        {u"handle-seconds"_s, u"Forecast: handle time per reply (default: as measured)."_s, u"S"_s},
    });
    if (auto code = parseOrExit(p, ctx.args, ctx))
        return *code;
    StatsQuery q;
    if (!readPeriod(ctx, p, q))
        return Usage;
    const QString by = p.value(u"by"_s);
    if (by == u"operator"_s)
        q.grouping = StatsQuery::Grouping::Operator;
    else if (by == u"account"_s)
        q.grouping = StatsQuery::Grouping::Account;
    else if (by == u"kind"_s)
        q.grouping = StatsQuery::Grouping::Kind;
    else if (!by.isEmpty()) {
        ctx.err << u"--by: operator, account or kind.\n"_s;
        return Usage;
    }
    if (p.isSet(u"definitions"_s)) {
        for (const KpiDefinition &d : kpiDefinitions())
            ctx.out << d.name << u": "_s << d.definition << u"\n"_s;
        return Ok;
    }
    const auto report = compute(ctx, q);
    if (!report)
        return Failure;
    if (p.isSet(u"csv"_s)) {
        const bool sheet = p.isSet(u"bom"_s);
        return writeCsv(ctx, {}, {sheet, sheet},
                        [&](CsvWriter &csv) { writeGroupsCsv(csv, *report); });
    }
    printTable(ctx, *report, p.isSet(u"business-hours"_s));
    if (p.isSet(u"forecast"_s)) {
        double target = 15;
        if (auto reader = ctx.store()->reader(); reader.ok()) {
            const auto settings = SlaSettings::load(*reader);
            if (settings.ok()) {
                for (const SlaPolicy &policy : settings->policies()) {
                    if (!policy.accountId && !policy.kind && policy.firstMinutes > 0)
                        target = policy.firstMinutes;
                }
            }
        }
        printForecast(ctx, *report, p, target);
    }
    return Ok;
}

int exportVerb(CommandContext &ctx, const QStringList &args, bool items)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        items ? u"One CSV row per customer item of the period with every KPI column."_s
              : u"One CSV row per operator with every figure of the period, and a total."_s);
    addPeriodOptions(p);
    p.addOptions({
        {u"bom"_s, u"Start with a byte-order mark and defuse formulas, for spreadsheets."_s},
        {u"output"_s, u"Write to this file (default: standard output)."_s, u"FILE"_s},
    });
    if (auto code = parseOrExit(p, args, ctx, items ? u"export items"_s : u"export operators"_s))
        return *code;
    StatsQuery q;
    if (!readPeriod(ctx, p, q))
        return Usage;
    q.grouping = StatsQuery::Grouping::Operator;
    q.keepItems = items;
    const auto report = compute(ctx, q);
    if (!report)
        return Failure;
    const bool sheet = p.isSet(u"bom"_s);
    return writeCsv(ctx, p.value(u"output"_s), {sheet, sheet}, [&](CsvWriter &csv) {
        if (items)
            writeItemsCsv(csv, *report);
        else
            writeGroupsCsv(csv, *report);
    });
}

int exportItems(CommandContext &ctx, const QStringList &args)
{
    return exportVerb(ctx, args, true);
}

int exportOperators(CommandContext &ctx, const QStringList &args)
{
    return exportVerb(ctx, args, false);
}

} // namespace

int statsCommand(CommandContext &ctx)
{
    return stats(ctx);
}

int exportCommand(CommandContext &ctx)
{
    return runVerb(ctx, {{u"items"_s, &exportItems}, {u"operators"_s, &exportOperators}},
                   u"usage: frontdeskctl export items [--from WHEN] [--to WHEN] [--bom] "
                   u"[--output FILE]\n"
                   u"       frontdeskctl export operators [--from WHEN] [--to WHEN] [--bom] "
                   u"[--output FILE]\n"_s);
}

} // namespace fd::ctl
