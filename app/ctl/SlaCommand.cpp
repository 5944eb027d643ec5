#include "Cli.h"

#include "rules/SlaQueries.h"
#include "store/ItemQueries.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::ctl {
namespace {

const QString kUsage =
    u"usage: frontdeskctl sla calendar set NAME --json FILE|-\n"
    u"       frontdeskctl sla calendar remove NAME\n"
    u"       frontdeskctl sla policy set [--account NAME] [--kind K] [--first MIN] [--next MIN]\n"
    u"                                   [--resolution MIN] [--calendar NAME] [--warn MIN]\n"
    u"       frontdeskctl sla policy remove [--account NAME] [--kind K]\n"
    u"       frontdeskctl sla list [--json]\n"
    u"       frontdeskctl sla check [--json] [--limit N]\n"_s;

void printJson(CommandContext &ctx, const QJsonObject &o)
{
    ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << u'\n';
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Prints the store's error and gives Failure, or gives nothing for success.
template <typename T>
bool failed(CommandContext &ctx, const StoreResult<T> &r)
{
    if (!r.ok())
        ctx.err << r.error().message << u'\n';
    return !r.ok();
}

std::optional<QHash<qint64, QString>> accountNames(CommandContext &ctx, Store &store)
{
    const auto accounts = ItemQueries(*store.reader()).accounts();
    if (failed(ctx, accounts))
        return std::nullopt;
    QHash<qint64, QString> names;
    for (const Account &a : *accounts)
        names.insert(a.id, a.name);
    return names;
}

// The scope options (--account, --kind) shared by policy set and remove.
void addScopeOptions(QCommandLineParser &p)
{
    p.addOptions({
        {u"account"_s, u"The account the targets are for (default: every account)."_s, u"NAME"_s},
        {u"kind"_s, u"dm, comment, mention or review (default: every kind)."_s, u"K"_s},
    });
}

// Reads the scope into `policy`; false after printing what is wrong.
bool readScope(CommandContext &ctx, const QCommandLineParser &p, Store &store, SlaPolicy &policy)
{
    if (p.isSet(u"account"_s)) {
        const auto names = accountNames(ctx, store);
        if (!names)
            return false;
        const qint64 id = names->key(p.value(u"account"_s), 0);
        if (id == 0) {
            ctx.err << u"No account named \"%1\" (see: frontdeskctl account list).\n"_s.arg(
                p.value(u"account"_s));
            return false;
        }
        policy.accountId = id;
    }
    if (p.isSet(u"kind"_s)) {
        policy.kind = itemKindFromString(p.value(u"kind"_s));
        if (!policy.kind) {
            ctx.err << u"Unknown kind \"%1\": use dm, comment, mention or review.\n"_s.arg(
                p.value(u"kind"_s));
            return false;
        }
    }
    return true;
}

std::optional<int> minutesOption(CommandContext &ctx, const QCommandLineParser &p,
                                 const QString &name)
{
    if (!p.isSet(name))
        return 0;
    bool ok = false;
    const int minutes = p.value(name).toInt(&ok);
    if (!ok || minutes < 0 || minutes > SlaSettings::maxTargetMinutes) {
        ctx.err << u"--%1 takes minutes from 0 (no target) to %2.\n"_s.arg(name).arg(
            SlaSettings::maxTargetMinutes);
        return std::nullopt;
    }
    return minutes;
}

int calendarVerb(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Set or remove a business-hours calendar. Its JSON: {\"hours\": \"business\", "
        u"\"zone\": \"Europe/Warsaw\", \"week\": {\"mon\": [\"09:00-13:00\", \"14:00-18:00\"], "
        u"…}, \"holidays\": [\"2026-01-01\"]}, or {\"hours\": \"calendar\"}."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"action"_s, u"set or remove"_s);
    p.addPositionalArgument(u"name"_s, u"The calendar's name."_s);
    p.addOption({u"json"_s, u"The calendar's JSON file, or - for standard input."_s, u"FILE"_s});
    if (const auto done = parseOrExit(p, args, ctx, u"sla calendar"_s))
        return *done;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (pos.size() != 2 || (action != u"set"_s && action != u"remove"_s) ||
        (action == u"set"_s && !p.isSet(u"json"_s))) {
        ctx.err << kUsage;
        return Usage;
    }
    Store *store = ctx.store();
    if (!store)
        return Failure;
    if (action == u"remove"_s) {
        const auto settings = SlaSettings::load(*store->reader());
        if (failed(ctx, settings))
            return Failure;
        const SlaCalendar *cal = settings->calendarNamed(pos.at(1));
        if (!cal) {
            ctx.err << u"No calendar named \"%1\".\n"_s.arg(pos.at(1));
            return Failure;
        }
        const StoreError e = [&] {
            auto f = sla::removeCalendar(*store, cal->id);
            f.waitForFinished();
            return f.result();
        }();
        if (!e.ok()) {
            ctx.err << e.message << u'\n';
            return Failure;
        }
        ctx.out << u"Removed calendar \"%1\".\n"_s.arg(pos.at(1));
        return Ok;
    }

    QFile file;
    const QString path = p.value(u"json"_s);
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        ctx.err << u"Cannot read %1: %2\n"_s.arg(path, file.errorString());
        return Failure;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1 << 20), &parseError);
    if (!doc.isObject()) {
        ctx.err << u"The calendar is not a JSON object: %1\n"_s.arg(parseError.errorString());
        return Usage;
    }
    QString error;
    const BusinessCalendar cal = BusinessCalendar::fromJson(doc.object(), &error);
    if (!error.isEmpty()) {
        ctx.err << error << u'\n';
        return Usage;
    }
    auto f = sla::setCalendar(*store, pos.at(1), cal);
    f.waitForFinished();
    if (failed(ctx, f.result()))
        return Failure;
    ctx.out << u"Calendar \"%1\" saved (id %2).\n"_s.arg(pos.at(1).simplified()).arg(*f.result());
    return Ok;
}

int policyVerb(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Set or remove response targets for an account and kind. The most specific targets "
        u"win: account and kind, then account, then kind, then the default ones."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"action"_s, u"set or remove"_s);
    addScopeOptions(p);
    p.addOptions({
        {u"first"_s, u"Minutes to the first answer (0: no target)."_s, u"MIN"_s},
        {u"next"_s, u"Minutes to each later answer (0: no target)."_s, u"MIN"_s},
        {u"resolution"_s, u"Minutes until the conversation is closed (0: no target)."_s, u"MIN"_s},
        {u"calendar"_s, u"The calendar the minutes count in (default: calendar hours)."_s,
         u"NAME"_s},
        {u"warn"_s, u"Alert this many minutes before a breach (default: a fifth of the target)."_s,
         u"MIN"_s},
    });
    if (const auto done = parseOrExit(p, args, ctx, u"sla policy"_s))
        return *done;
    const QString action = p.positionalArguments().value(0);
    if (p.positionalArguments().size() != 1 || (action != u"set"_s && action != u"remove"_s)) {
        ctx.err << kUsage;
        return Usage;
    }
    Store *store = ctx.store();
    if (!store)
        return Failure;
    SlaPolicy policy;
    if (!readScope(ctx, p, *store, policy))
        return Usage;
    const auto settings = SlaSettings::load(*store->reader());
    if (failed(ctx, settings))
        return Failure;

    if (action == u"remove"_s) {
        for (const SlaPolicy &existing : settings->policies()) {
            if (existing.accountId == policy.accountId && existing.kind == policy.kind) {
                auto f = sla::removePolicy(*store, existing.id);
                f.waitForFinished();
                if (!f.result().ok()) {
                    ctx.err << f.result().message << u'\n';
                    return Failure;
                }
                ctx.out << u"Removed.\n"_s;
                return Ok;
            }
        }
        ctx.err << u"No targets are set for that account and kind.\n"_s;
        return Failure;
    }

    const auto first = minutesOption(ctx, p, u"first"_s);
    const auto next = minutesOption(ctx, p, u"next"_s);
    const auto resolution = minutesOption(ctx, p, u"resolution"_s);
    if (!first || !next || !resolution)
        return Usage;
    policy.firstMinutes = *first;
    policy.nextMinutes = *next;
    policy.resolutionMinutes = *resolution;
    if (p.isSet(u"warn"_s)) {
        const auto warn = minutesOption(ctx, p, u"warn"_s);
        if (!warn)
            return Usage;
        policy.warnMinutes = *warn;
    }
    if (p.isSet(u"calendar"_s)) {
        const SlaCalendar *cal = settings->calendarNamed(p.value(u"calendar"_s));
        if (!cal) {
            ctx.err << u"No calendar named \"%1\" (see: frontdeskctl sla list).\n"_s.arg(
                p.value(u"calendar"_s));
            return Usage;
        }
        policy.calendarId = cal->id;
    }
    auto f = sla::setPolicy(*store, policy);
    f.waitForFinished();
    if (failed(ctx, f.result()))
        return Failure;
    ctx.out << u"Targets saved (id %1).\n"_s.arg(*f.result());
    return Ok;
}

int listVerb(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"List the calendars and response targets."_s);
    p.addHelpOption();
    p.addOption({u"json"_s, u"One JSON object per line."_s});
    if (const auto done = parseOrExit(p, args, ctx, u"sla list"_s))
        return *done;
    Store *store = ctx.store();
    if (!store)
        return Failure;
    const auto settings = SlaSettings::load(*store->reader());
    if (failed(ctx, settings))
        return Failure;
    const auto names = accountNames(ctx, *store);
    if (!names)
        return Failure;
    const bool json = p.isSet(u"json"_s);
    QHash<qint64, QString> calendarNames;
    for (const SlaCalendar &c : settings->calendars()) {
        calendarNames.insert(c.id, c.name);
        if (json)
            printJson(ctx, {{u"type"_s, u"calendar"_s},
                            {u"name"_s, c.name},
                            {u"calendar"_s, c.calendar.toJson()}});
        else
            ctx.out << u"calendar \"%1\": %2\n"_s.arg(
                c.name, QString::fromUtf8(
                            QJsonDocument(c.calendar.toJson()).toJson(QJsonDocument::Compact)));
    }
    for (const SlaPolicy &pol : settings->policies()) {
        const QString account = pol.accountId ? names->value(*pol.accountId) : QString();
        const QString kind = pol.kind ? toString(*pol.kind) : QString();
        const QString calendar = pol.calendarId ? calendarNames.value(*pol.calendarId) : QString();
        if (json) {
            printJson(ctx,
                      {{u"type"_s, u"policy"_s},
                       {u"id"_s, pol.id},
                       {u"account"_s, pol.accountId ? QJsonValue(account) : QJsonValue()},
                       {u"kind"_s, pol.kind ? QJsonValue(kind) : QJsonValue()},
                       {u"first"_s, pol.firstMinutes},
                       {u"next"_s, pol.nextMinutes},
                       {u"resolution"_s, pol.resolutionMinutes},
                       {u"calendar"_s, pol.calendarId ? QJsonValue(calendar) : QJsonValue()},
                       {u"warn"_s, pol.warnMinutes ? QJsonValue(*pol.warnMinutes) : QJsonValue()}});
            continue;
        }
        ctx.out << u"policy %1: account %2, kind %3: first %4 min, next %5 min, resolution %6 "
                   u"min, %7, warn %8\n"_s.arg(pol.id)
                       .arg(account.isEmpty() ? u"any"_s : u'"' + account + u'"',
                            kind.isEmpty() ? u"any"_s : kind)
                       .arg(pol.firstMinutes)
                       .arg(pol.nextMinutes)
                       .arg(pol.resolutionMinutes)
                       .arg(calendar.isEmpty() ? u"calendar hours"_s
                                               : u"calendar \""_s + calendar + u'"',
                            pol.warnMinutes ? u"%1 min before"_s.arg(*pol.warnMinutes)
                                            : u"at a fifth of the target"_s);
    }
    return Ok;
}

// Breached first (the longest overdue on top), then at risk, then the rest by time left.
int urgencyRank(SlaState state)
{
    switch (state) {
    case SlaState::Breached:
        return 0;
    case SlaState::AtRisk:
        return 1;
    case SlaState::Running:
        return 2;
    default:
        return 3;
    }
}

QJsonObject timerJson(const SlaTimer &t)
{
    return {{u"target"_s, toString(t.target)}, {u"minutes"_s, t.targetMinutes},
            {u"state"_s, toString(t.state)},   {u"started_at"_s, isoUtc(t.startedAt)},
            {u"due_at"_s, isoUtc(t.dueAt)},    {u"remaining_seconds"_s, t.remainingSeconds}};
}

int checkVerb(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Print the clocks of open customer items, breached and at-risk ones first."_s);
    p.addHelpOption();
    p.addOption({u"json"_s, u"One JSON object per line."_s});
    p.addOption({u"limit"_s, u"Look at the newest N open items (default 1000)."_s, u"N"_s});
    if (const auto done = parseOrExit(p, args, ctx, u"sla check"_s))
        return *done;
    bool ok = true;
    const int limit = p.isSet(u"limit"_s) ? p.value(u"limit"_s).toInt(&ok) : 1000;
    if (!ok || limit < 1) {
        ctx.err << u"--limit takes a positive number.\n"_s;
        return Usage;
    }
    Store *store = ctx.store();
    if (!store)
        return Failure;
    const SlaQueries queries(*store->reader());
    const auto settings = queries.settings();
    if (failed(ctx, settings))
        return Failure;
    const auto ids = queries.openIncoming({}, limit);
    if (failed(ctx, ids))
        return Failure;
    const auto facts = queries.facts(*ids);
    if (failed(ctx, facts))
        return Failure;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<std::pair<SlaFacts, SlaClock>> rows;
    for (const qint64 id : *ids) {
        if (const auto it = facts->constFind(id); it != facts->constEnd())
            rows.append({*it, computeSlaClock(*it, *settings, now)});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        const SlaTimer &x = a.second.main();
        const SlaTimer &y = b.second.main();
        if (urgencyRank(x.state) != urgencyRank(y.state))
            return urgencyRank(x.state) < urgencyRank(y.state);
        return x.remainingSeconds < y.remainingSeconds;
    });
    for (const auto &[f, clock] : rows) {
        const SlaTimer &main = clock.main();
        if (p.isSet(u"json"_s)) {
            QJsonObject o{{u"id"_s, f.itemId},
                          {u"account"_s, f.accountName},
                          {u"kind"_s, toString(f.kind)},
                          {u"author"_s, f.authorName},
                          {u"created_at"_s, isoUtc(f.createdAt)},
                          {u"state"_s, toString(main.state)},
                          {u"target"_s, toString(main.target)},
                          {u"due_at"_s, isoUtc(main.dueAt)},
                          {u"remaining_seconds"_s, main.remainingSeconds}};
            if (clock.response.state != SlaState::NoTarget)
                o.insert(u"response"_s, timerJson(clock.response));
            if (clock.resolution.state != SlaState::NoTarget)
                o.insert(u"resolution"_s, timerJson(clock.resolution));
            printJson(ctx, o);
            continue;
        }
        const QString text = main.state == SlaState::NoTarget
                                 ? u"no target"_s
                                 : displayName(main.target) + u": "_s + slaShortText(main);
        ctx.out << u"%1  %2  %3  %4 from %5  %6\n"_s.arg(f.itemId)
                       .arg(displayName(main.state), -9)
                       .arg(f.accountName, toString(f.kind),
                            f.authorName.isEmpty() ? u"?"_s : f.authorName, text);
    }
    return Ok;
}

} // namespace

int slaCommand(CommandContext &ctx)
{
    return runVerb(ctx,
                   {{u"calendar"_s, &calendarVerb},
                    {u"policy"_s, &policyVerb},
                    {u"list"_s, &listVerb},
                    {u"check"_s, &checkVerb}},
                   kUsage);
}

} // namespace fd::ctl
