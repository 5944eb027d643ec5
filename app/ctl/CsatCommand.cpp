#include "Cli.h"

#include "console/CsatSettings.h"
#include "stats/CsatReport.h"
#include "stats/Csv.h"
#include "store/Connection.h"
#include "store/ItemQueries.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::ctl {
namespace {

// A date is a whole UTC day (so --to 2026-03-31 takes that day in); a date and time is a moment.
std::optional<QDateTime> parseTime(const QString &text, bool end, CommandContext &ctx)
{
    if (text.isEmpty())
        return QDateTime();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return QDateTime(end ? date.addDays(1) : date, QTime(0, 0), Qt::UTC);
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        ctx.err << u"\"%1\" is neither a date (2026-03-31) nor a time (2026-03-31T18:00Z).\n"_s.arg(
            text);
        return std::nullopt;
    }
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t;
}

QString percent(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 1) : QString();
}

QString average(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 2) : QString();
}

QStringList fields(const CsatFigures &f, const QString &name)
{
    return {name,
            QString::number(f.sent),
            QString::number(f.answered),
            QString::number(f.positive),
            percent(f.responseRate()),
            percent(f.csatPercent()),
            average(f.averageScore())};
}

int report(CommandContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Customer satisfaction: surveys sent after operators closed conversations, the ratings "
        u"customers gave, the share of good ones (4 or 5, or a thumb up) and the response rate. "
        u"Turn surveys on with: frontdeskctl csat set --on --template ID"_s);
    p.addOptions({
        {u"from"_s, u"Surveys sent from this date (UTC) or time on."_s, u"DATE"_s},
        {u"to"_s, u"Surveys sent up to this date (inclusive, UTC) or time."_s, u"DATE"_s},
        {u"by"_s, u"One row per operator (who closed) or per account."_s, u"operator|account"_s},
        {u"csv"_s, u"Print CSV (RFC 4180) instead of a table."_s},
    });
    p.addHelpOption();
    if (const auto done = parseOrExit(p, ctx.args, ctx))
        return *done;
    const auto from = parseTime(p.value(u"from"_s), false, ctx);
    const auto to = parseTime(p.value(u"to"_s), true, ctx);
    if (!from || !to)
        return Usage;
    CsatGrouping by = CsatGrouping::None;
    if (p.isSet(u"by"_s)) {
        const QString word = p.value(u"by"_s);
        if (word == u"operator")
            by = CsatGrouping::Operator;
        else if (word == u"account")
            by = CsatGrouping::Account;
        else {
            ctx.err << u"--by takes operator or account.\n"_s;
            return Usage;
        }
    }
    Store *store = ctx.store();
    if (!store)
        return Failure;
    auto reader = store->reader();
    if (!reader.ok()) {
        ctx.err << reader.error().message << u'\n';
        return Failure;
    }
    const auto r = csatReport(*reader, *from, *to, by);
    if (!r.ok()) {
        ctx.err << r.error().message << u'\n';
        return Failure;
    }
    const QString group = by == CsatGrouping::Operator  ? u"operator"_s
                          : by == CsatGrouping::Account ? u"account"_s
                                                        : QString();
    if (p.isSet(u"csv"_s)) {
        ctx.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            ctx.err << out.errorString() << u'\n';
            return Failure;
        }
        CsvWriter csv(&out);
        csv.writeRow({group.isEmpty() ? u"total"_s : group, u"sent"_s, u"answered"_s, u"positive"_s,
                      u"response_rate_percent"_s, u"csat_percent"_s, u"average_rating"_s});
        for (const CsatFigures &f : r->groups)
            csv.writeRow(fields(f, f.name));
        csv.writeRow(fields(r->total, u"total"_s));
        out.flush();
        if (!csv.ok()) {
            ctx.err << csv.error() << u'\n';
            return Failure;
        }
        return Ok;
    }
    int width = 12;
    for (const CsatFigures &f : r->groups)
        width = qMax(width, int(qMin<qsizetype>(f.name.size(), 40)));
    const auto row = [&](const QStringList &cells) {
        ctx.out << oneLine(cells[0], width).leftJustified(width);
        for (int i = 1; i < cells.size(); ++i)
            ctx.out << u"  "_s << cells[i].rightJustified(i < 4 ? 8 : 9);
        ctx.out << u'\n';
    };
    row({group, u"sent"_s, u"answered"_s, u"good"_s, u"response%"_s, u"CSAT%"_s, u"average"_s});
    for (const CsatFigures &f : r->groups)
        row(fields(f, f.name.isEmpty() ? u"—"_s : f.name));
    row(fields(r->total, u"total"_s));
    return Ok;
}

int set(CommandContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Customer surveys: after an operator closes a private conversation (Telegram bot chats, "
        u"VK community messages), the template is sent to the customer and a rating in their "
        u"reply is credited to that operator. Options not given keep their value."_s);
    p.addOptions({
        {u"on"_s, u"Send surveys."_s},
        {u"off"_s, u"Send none."_s},
        {u"template"_s, u"The template sent as the survey (its id)."_s, u"ID"_s},
        {u"accounts"_s, u"Comma-separated account names (default: every account)."_s, u"NAMES"_s},
        {u"all-accounts"_s, u"Every account."_s},
        {u"delay"_s, u"Minutes after the closing (0: at once)."_s, u"MIN"_s},
        {u"per-customer-days"_s, u"Ask a customer at most once in this many days (0: no limit)."_s,
         u"DAYS"_s},
    });
    p.addHelpOption();
    const QStringList args = QStringList{ctx.args.value(0)} + ctx.args.mid(2);
    if (const auto done = parseOrExit(p, args, ctx, u"csat set"_s))
        return *done;
    Store *store = ctx.store();
    if (!store)
        return Failure;
    auto reader = store->reader();
    auto settings =
        reader.ok() ? loadCsatSettings(*reader) : StoreResult<CsatSettings>(reader.error());
    if (!settings.ok()) {
        ctx.err << settings.error().message << u'\n';
        return Failure;
    }
    CsatSettings s = *settings;
    if (p.isSet(u"on"_s) || p.isSet(u"off"_s))
        s.enabled = p.isSet(u"on"_s);
    const auto number = [&](const QString &option, int &into) {
        if (!p.isSet(option))
            return true;
        bool ok = false;
        into = p.value(option).toInt(&ok);
        if (!ok)
            ctx.err << u"--%1 takes a whole number.\n"_s.arg(option);
        return ok;
    };
    int templateId = int(s.templateId);
    if (!number(u"template"_s, templateId) || !number(u"delay"_s, s.delayMinutes) ||
        !number(u"per-customer-days"_s, s.perCustomerDays))
        return Usage;
    s.templateId = templateId;
    if (p.isSet(u"all-accounts"_s))
        s.accountIds.clear();
    if (p.isSet(u"accounts"_s)) {
        const auto accounts = ItemQueries(*reader).accounts();
        s.accountIds.clear();
        for (const QString &name : p.value(u"accounts"_s).split(u',', Qt::SkipEmptyParts)) {
            qint64 id = 0;
            for (const Account &a : accounts.value()) {
                if (a.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                    id = a.id;
            }
            if (id == 0) {
                ctx.err << u"No account named \"%1\" (see: frontdeskctl account list).\n"_s.arg(
                    name.trimmed());
                return Usage;
            }
            s.accountIds.append(id);
        }
    }
    auto saved = store->write([s](const QSqlDatabase &db) { return saveCsatSettings(db, s); });
    saved.waitForFinished();
    if (!saved.result().ok()) {
        ctx.err << saved.result().message << u'\n';
        return Failure;
    }
    ctx.out << (s.enabled ? u"Customer surveys are on.\n"_s : u"Customer surveys are off.\n"_s);
    return Ok;
}

} // namespace

int csatCommand(CommandContext &ctx)
{
    if (ctx.args.value(1) == u"set")
        return set(ctx);
    return report(ctx);
}

} // namespace fd::ctl
