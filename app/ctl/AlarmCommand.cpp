// alarm set | list | check: spike and silent-channel alarms per account.
#include "Cli.h"

#include "rules/AlarmWatcher.h"
#include "rules/RateWatch.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::ctl {
namespace {

void printJson(CommandContext &ctx, const QJsonObject &o)
{
    ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << u"\n"_s;
}

QJsonValue isoOrNull(qint64 ms)
{
    return ms > 0
               ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs))
               : QJsonValue();
}

// The flow of every account now, every usual rate measured; nothing after printing why.
std::optional<QList<AccountRate>> ratesNow(CommandContext &ctx, Store &store)
{
    auto reader = store.reader();
    if (!reader.ok()) {
        ctx.err << reader.error().message << u"\n"_s;
        return std::nullopt;
    }
    auto rates = RateWatch(*reader).measure(QDateTime::currentMSecsSinceEpoch(), true);
    if (!rates.ok()) {
        ctx.err << rates.error().message << u"\n"_s;
        return std::nullopt;
    }
    return *rates;
}

int setAlarm(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Set when an account's alarms go off. Unset options keep their current values."_s);
    p.addHelpOption();
    p.addOptions({
        {u"account"_s, u"The account (name or id)."_s, u"NAME"_s},
        {u"multiple"_s, u"A spike is this many times the usual count (default 5)."_s, u"X"_s},
        {u"window"_s, u"Minutes a spike is counted over (default 10)."_s, u"MIN"_s},
        {u"minimum"_s, u"A spike has at least this many items (default 20)."_s, u"N"_s},
        {u"silent-hours"_s, u"Hours without items that make a channel silent (default 6)."_s,
         u"H"_s},
        {u"silent-minimum"_s,
         u"Silent only if the usual rate says at least this many should have come in those "
         u"hours (default 5)."_s,
         u"K"_s},
        {u"off"_s, u"Switch an alarm off: spike or silent (may be repeated)."_s, u"KIND"_s},
        {u"on"_s, u"Switch an alarm on again: spike or silent (may be repeated)."_s, u"KIND"_s},
    });
    if (const auto done = parseOrExit(p, args, ctx, u"alarm set"_s))
        return *done;
    if (!p.isSet(u"account"_s)) {
        ctx.err << u"usage: frontdeskctl alarm set --account NAME [--multiple X] [--window MIN] "
                   u"[--minimum N] [--silent-hours H] [--silent-minimum K] "
                   u"[--off spike|silent] [--on spike|silent]\n"_s;
        return Usage;
    }
    Store *store = ctx.store();
    if (!store)
        return Failure;
    const auto rates = ratesNow(ctx, *store);
    if (!rates)
        return Failure;
    const QString wanted = p.value(u"account"_s);
    const AccountRate *account = nullptr;
    for (const AccountRate &a : *rates) {
        if (a.name.compare(wanted, Qt::CaseInsensitive) == 0 ||
            QString::number(a.accountId) == wanted)
            account = &a;
    }
    if (!account) {
        ctx.err << u"There is no account \"%1\". See: frontdeskctl account list\n"_s.arg(wanted);
        return Usage;
    }
    AlarmSettings s = account->settings;
    bool ok = true;
    auto number = [&](const QString &option, auto &field, auto parse) {
        if (!p.isSet(option))
            return;
        bool good = false;
        const auto v = parse(p.value(option), &good);
        if (!good) {
            ctx.err << u"--%1 takes a number.\n"_s.arg(option);
            ok = false;
            return;
        }
        field = v;
    };
    number(u"multiple"_s, s.multiple, [](const QString &t, bool *g) { return t.toDouble(g); });
    number(u"window"_s, s.windowMinutes, [](const QString &t, bool *g) { return t.toInt(g); });
    number(u"minimum"_s, s.minimum, [](const QString &t, bool *g) { return t.toInt(g); });
    number(u"silent-hours"_s, s.silentHours, [](const QString &t, bool *g) { return t.toInt(g); });
    number(u"silent-minimum"_s, s.silentMinimum,
           [](const QString &t, bool *g) { return t.toInt(g); });
    for (const auto &[option, value] : {std::pair{u"off"_s, false}, std::pair{u"on"_s, true}}) {
        for (const QString &kind : p.values(option)) {
            if (kind == u"spike"_s) {
                s.spikeOn = value;
            } else if (kind == u"silent"_s) {
                s.silentOn = value;
            } else {
                ctx.err << u"--%1 takes spike or silent.\n"_s.arg(option);
                ok = false;
            }
        }
    }
    if (!ok)
        return Usage;
    auto saved = saveAlarmSettings(*store, s);
    saved.waitForFinished();
    if (!saved.result().ok()) {
        ctx.err << saved.result().message << u"\n"_s;
        return saved.result().kind == StoreError::Kind::Invalid ? Usage : Failure;
    }
    ctx.out << u"Alarms of %1 set.\n"_s.arg(account->name);
    return Ok;
}

int listAlarms(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Each account's alarm settings and its flow now."_s);
    p.addHelpOption();
    p.addOption({u"json"_s, u"One JSON object per line."_s});
    if (const auto done = parseOrExit(p, args, ctx, u"alarm list"_s))
        return *done;
    Store *store = ctx.store();
    if (!store)
        return Failure;
    const auto rates = ratesNow(ctx, *store);
    if (!rates)
        return Failure;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const AccountRate &a : *rates) {
        const AlarmSettings &s = a.settings;
        if (p.isSet(u"json"_s)) {
            printJson(ctx, {
                               {u"account_id"_s, a.accountId},
                               {u"account"_s, a.name},
                               {u"spike"_s, s.spikeOn},
                               {u"multiple"_s, s.multiple},
                               {u"window_minutes"_s, s.windowMinutes},
                               {u"minimum"_s, s.minimum},
                               {u"silent"_s, s.silentOn},
                               {u"silent_hours"_s, s.silentHours},
                               {u"silent_minimum"_s, s.silentMinimum},
                               {u"in_window"_s, a.count},
                               {u"usual_per_hour"_s,
                                a.hasHistory ? QJsonValue(a.usualPerHour) : QJsonValue()},
                               {u"last_item_at"_s, isoOrNull(a.lastItemAt)},
                           });
            continue;
        }
        const QString spike = s.spikeOn ? u"spike at %1× in %2 min (at least %3)"_s.arg(s.multiple)
                                              .arg(s.windowMinutes)
                                              .arg(s.minimum)
                                        : u"spike off"_s;
        const QString silent =
            s.silentOn
                ? u"silent after %1 h (if %2 were due)"_s.arg(s.silentHours).arg(s.silentMinimum)
                : u"silent off"_s;
        const QString usual = a.hasHistory ? u"usually %1 an hour"_s.arg(a.usualPerHour, 0, 'f', 1)
                                           : u"no usual rate yet"_s;
        const QString last = a.lastItemAt > 0
                                 ? u"last item %1 min ago"_s.arg((now - a.lastItemAt) / 60000)
                                 : u"no items yet"_s;
        ctx.out << u"%1\t%2; %3; %4 in the window, %5; %6\n"_s.arg(a.name, spike, silent)
                       .arg(a.count)
                       .arg(usual, last);
    }
    return Ok;
}

int checkAlarms(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Check every account's flow now and print the alarms raised. An alarm under way was "
        u"printed when it began and is not printed again."_s);
    p.addHelpOption();
    p.addOption({u"json"_s, u"One JSON object per line."_s});
    if (const auto done = parseOrExit(p, args, ctx, u"alarm check"_s))
        return *done;
    Store *store = ctx.store();
    if (!store)
        return Failure;
    AlarmWatcher watcher(*store);
    auto checked = watcher.check();
    checked.waitForFinished();
    const auto alarms = checked.result();
    if (!alarms.ok()) {
        ctx.err << alarms.error().message << u"\n"_s;
        return Failure;
    }
    for (const Alarm &a : *alarms) {
        if (p.isSet(u"json"_s)) {
            printJson(ctx, {
                               {u"kind"_s, toString(a.kind)},
                               {u"account_id"_s, a.accountId},
                               {u"account"_s, a.accountName},
                               {u"post_id"_s, a.postId > 0 ? QJsonValue(a.postId) : QJsonValue()},
                               {u"title"_s, a.title},
                               {u"text"_s, a.text},
                               {u"at"_s, isoOrNull(a.at)},
                               {u"count"_s, a.count},
                               {u"expected"_s, a.expected},
                               {u"last_item_at"_s, isoOrNull(a.lastItemAt)},
                           });
        } else {
            ctx.out << toString(a.kind) << u"\t"_s << a.text << u"\n"_s;
        }
    }
    if (alarms->isEmpty() && !p.isSet(u"json"_s))
        ctx.out << u"No new alarms.\n"_s;
    return Ok;
}

} // namespace

int alarmCommand(CommandContext &ctx)
{
    return runVerb(ctx,
                   {{u"set"_s, &setAlarm}, {u"list"_s, &listAlarms}, {u"check"_s, &checkAlarms}},
                   u"usage: frontdeskctl alarm set --account NAME [--multiple X] [--window MIN] "
                   u"[--minimum N] [--silent-hours H] [--silent-minimum K] [--off spike|silent] "
                   u"[--on spike|silent]\n"
                   u"       frontdeskctl alarm list [--json]\n"
                   u"       frontdeskctl alarm check [--json]\n"_s);
}

} // namespace fd::ctl
