// shift add | list | remove | now | start | end | break | responsible | rotation |
// break-reminder: the schedule and who works now.
#include "Cli.h"
#include "ShiftCli.h"

#include "shifts/ShiftActions.h"
#include "shifts/ShiftQueries.h"
#include "shifts/ShiftSchedule.h"
#include "store/Connection.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::ctl {

void printJsonLine(CommandContext &ctx, const QJsonObject &o)
{
    ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << u"\n"_s;
}

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

std::optional<QDateTime> momentOption(CommandContext &ctx, const QCommandLineParser &p,
                                      const QString &option)
{
    if (!p.isSet(option))
        return QDateTime();
    const QDateTime t = QDateTime::fromString(p.value(option), Qt::ISODate);
    if (!t.isValid()) {
        ctx.err << u"--%1 takes a moment such as 2026-11-23T22:00:00Z.\n"_s.arg(option);
        return std::nullopt;
    }
    return t.toUTC();
}

std::optional<qint64> operatorId(CommandContext &ctx, Store &store, const QString &login)
{
    const auto reader = store.reader();
    if (!reader.ok()) {
        ctx.err << reader.error().message << u"\n"_s;
        return std::nullopt;
    }
    const auto id = shiftQueries::operatorByLogin(*reader, login);
    if (!id.ok()) {
        ctx.err << id.error().message << u"\n"_s;
        return std::nullopt;
    }
    if (*id == 0) {
        ctx.err << u"There is no operator \"%1\".\n"_s.arg(login);
        return std::nullopt;
    }
    return *id;
}

Actor actorFor(CommandContext &ctx, Store &store, const QString &login, bool *ok)
{
    *ok = true;
    Actor a = Actor::local();
    if (login.isEmpty())
        return a;
    const auto id = operatorId(ctx, store, login);
    if (!id) {
        *ok = false;
        return a;
    }
    auto q = Connection::exec(*store.reader(), u"SELECT display_name FROM operators WHERE id = ?"_s,
                              {*id});
    a.operatorId = *id;
    a.login = login;
    a.displayName = q.ok() && q.value().next() ? q->value(0).toString() : login;
    return a;
}

int reportStoreError(CommandContext &ctx, const StoreError &e)
{
    if (e.ok())
        return Ok;
    ctx.err << e.message << u"\n"_s;
    return e.kind == StoreError::Kind::Invalid || e.kind == StoreError::Kind::NotFound ? Usage
                                                                                       : Failure;
}

namespace {

std::optional<qint64> shiftIdByName(CommandContext &ctx, Store &store, const QString &name)
{
    auto q = Connection::exec(*store.reader(),
                              u"SELECT id FROM shifts WHERE name = ? COLLATE NOCASE"_s, {name});
    if (q.ok() && q.value().next())
        return q->value(0).toLongLong();
    ctx.err << u"There is no shift \"%1\". See: frontdeskctl shift list\n"_s.arg(name);
    return std::nullopt;
}

std::optional<qint64> accountIdByName(CommandContext &ctx, Store &store, const QString &name)
{
    auto q = Connection::exec(*store.reader(),
                              u"SELECT id FROM accounts WHERE name = ? OR CAST(id AS TEXT) = ?"_s,
                              {name, name});
    if (q.ok() && q.value().next())
        return q->value(0).toLongLong();
    ctx.err << u"There is no account \"%1\". See: frontdeskctl account list\n"_s.arg(name);
    return std::nullopt;
}

int addShift(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Add a shift to the schedule, or change the one of that name. "
                                u"An end at or before the start is on the next day."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"name"_s, u"The shift's name."_s);
    p.addOptions({
        {u"from"_s, u"When it starts, local time (HH:MM)."_s, u"HH:MM"_s},
        {u"to"_s, u"When it ends, local time (HH:MM; 24:00 is midnight)."_s, u"HH:MM"_s},
        {u"days"_s, u"The days it starts on: all, mon-fri, sat,sun … (default all)."_s, u"DAYS"_s,
         u"all"_s},
        {u"zone"_s, u"Its IANA time zone, such as Europe/Warsaw (default UTC)."_s, u"ZONE"_s,
         u"UTC"_s},
        {u"operators"_s, u"The logins on it, separated by commas."_s, u"LOGINS"_s},
    });
    if (const auto done = parseOrExit(p, args, ctx, u"shift add"_s))
        return *done;
    const auto from = ShiftSchedule::parseMinute(p.value(u"from"_s));
    const auto to = ShiftSchedule::parseMinute(p.value(u"to"_s));
    const auto days = ShiftSchedule::parseDays(p.value(u"days"_s));
    if (p.positionalArguments().size() != 1 || !from || !to || !days) {
        ctx.err << u"usage: frontdeskctl shift add NAME --from HH:MM --to HH:MM [--days DAYS] "
                   u"[--zone ZONE] [--operators LOGINS]\n"_s;
        return Usage;
    }
    Store *store = ctx.store();
    if (!store)
        return Failure;
    Shift s;
    s.name = p.positionalArguments().constFirst();
    s.startMinute = *from;
    s.endMinute = *to;
    s.days = *days;
    s.zone = p.value(u"zone"_s);
    for (const QString &login : p.value(u"operators"_s).split(u',', Qt::SkipEmptyParts)) {
        const auto id = operatorId(ctx, *store, login.trimmed());
        if (!id)
            return Usage;
        s.operatorIds.append(*id);
    }
    auto existing = Connection::exec(
        *store->reader(), u"SELECT id FROM shifts WHERE name = ? COLLATE NOCASE"_s, {s.name});
    if (existing.ok() && existing.value().next())
        s.id = existing->value(0).toLongLong();
    const auto saved = waitFor(ShiftActions(*store, Actor::local()).saveShift(s));
    if (!saved.ok())
        return reportStoreError(ctx, saved.error());
    ctx.out << u"Shift %1 (%2) saved: %3-%4 %5 %6.\n"_s.arg(s.name).arg(*saved).arg(
        ShiftSchedule::minuteText(s.startMinute), ShiftSchedule::minuteText(s.endMinute),
        ShiftSchedule::daysText(s.days), s.zone);
    return Ok;
}

int listShifts(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"The shifts of the schedule and who is on them."_s);
    p.addHelpOption();
    p.addOption({u"json"_s, u"One JSON object per line."_s});
    if (const auto done = parseOrExit(p, args, ctx, u"shift list"_s))
        return *done;
    Store *store = ctx.store();
    if (!store)
        return Failure;
    const auto reader = store->reader();
    const auto schedule = shiftQueries::schedule(*reader);
    const auto ops = shiftQueries::operatorsAt(*reader, QDateTime::currentDateTimeUtc());
    if (!schedule.ok() || !ops.ok()) {
        ctx.err << (schedule.ok() ? ops.error() : schedule.error()).message << u"\n"_s;
        return Failure;
    }
    QHash<qint64, QString> logins;
    for (const OperatorOnShift &o : *ops)
        logins.insert(o.operatorId, o.login);
    for (const Shift &s : schedule->shifts()) {
        QStringList people;
        for (const qint64 id : s.operatorIds)
            people << logins.value(id);
        if (p.isSet(u"json"_s)) {
            printJsonLine(ctx, {{u"id"_s, s.id},
                                {u"name"_s, s.name},
                                {u"from"_s, ShiftSchedule::minuteText(s.startMinute)},
                                {u"to"_s, ShiftSchedule::minuteText(s.endMinute)},
                                {u"days"_s, ShiftSchedule::daysText(s.days)},
                                {u"zone"_s, s.zone},
                                {u"operators"_s, QJsonArray::fromStringList(people)}});
        } else {
            ctx.out << u"%1\t%2\t%3-%4\t%5\t%6\t%7\n"_s.arg(s.id).arg(
                s.name, ShiftSchedule::minuteText(s.startMinute),
                ShiftSchedule::minuteText(s.endMinute), ShiftSchedule::daysText(s.days), s.zone,
                people.join(u','));
        }
    }
    return Ok;
}

int removeShift(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Remove a shift from the schedule."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"name"_s, u"The shift's name."_s);
    if (const auto done = parseOrExit(p, args, ctx, u"shift remove"_s))
        return *done;
    if (p.positionalArguments().size() != 1) {
        ctx.err << u"usage: frontdeskctl shift remove NAME\n"_s;
        return Usage;
    }
    Store *store = ctx.store();
    if (!store)
        return Failure;
    const auto id = shiftIdByName(ctx, *store, p.positionalArguments().constFirst());
    if (!id)
        return Usage;
    return reportStoreError(ctx, waitFor(ShiftActions(*store, Actor::local()).removeShift(*id)));
}

int shiftNow(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Who is on shift now (or at --at), on a break or off, with their open items, and who "
        u"answers for each account."_s);
    p.addHelpOption();
    p.addOption({u"at"_s, u"Another moment (ISO 8601)."_s, u"TIME"_s});
    p.addOption({u"json"_s, u"One JSON object per line."_s});
    if (const auto done = parseOrExit(p, args, ctx, u"shift now"_s))
        return *done;
    const auto at = momentOption(ctx, p, u"at"_s);
    if (!at)
        return Usage;
    const QDateTime now = at->isValid() ? *at : QDateTime::currentDateTimeUtc();
    Store *store = ctx.store();
    if (!store)
        return Failure;
    const auto reader = store->reader();
    const auto ops = shiftQueries::operatorsAt(*reader, now);
    const auto resp = shiftQueries::responsibleAt(*reader, now);
    if (!ops.ok() || !resp.ok()) {
        ctx.err << (ops.ok() ? resp.error() : ops.error()).message << u"\n"_s;
        return Failure;
    }
    const bool json = p.isSet(u"json"_s);
    for (const OperatorOnShift &o : *ops) {
        if (json) {
            printJsonLine(ctx, {{u"operator"_s, o.login},
                                {u"name"_s, o.displayName},
                                {u"state"_s, toString(o.state)},
                                {u"shift"_s, o.shiftName},
                                {u"scheduled"_s, o.scheduled},
                                {u"started_at"_s, isoOrNull(o.startedAt)},
                                {u"break_since"_s, isoOrNull(o.breakSince)},
                                {u"open_items"_s, o.openItems}});
        } else {
            ctx.out << u"%1\t%2\t%3\t%4 open\n"_s.arg(o.login, toString(o.state), o.shiftName)
                           .arg(o.openItems);
        }
    }
    for (const Responsibility &r : *resp) {
        if (json) {
            printJsonLine(ctx, {{u"account"_s, r.accountName},
                                {u"responsible"_s, r.operatorName},
                                {u"how"_s, toString(r.how)}});
        } else {
            ctx.out << u"account %1\t%2\t%3\n"_s.arg(
                r.accountName, r.operatorName.isEmpty() ? u"-"_s : r.operatorName, toString(r.how));
        }
    }
    return Ok;
}

// start | end | break: one operator's shift.
int sessionVerb(CommandContext &ctx, const QStringList &args, const QString &verb)
{
    QCommandLineParser p;
    p.setApplicationDescription(verb == u"start" ? u"The operator starts their shift."_s
                                : verb == u"end" ? u"The operator ends their shift."_s
                                                 : u"The operator takes a break (or ends it)."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"login"_s, u"The operator."_s);
    p.addOption({u"at"_s, u"When (ISO 8601; default now)."_s, u"TIME"_s});
    if (verb == u"break")
        p.addOption({u"end"_s, u"End the break instead."_s});
    if (const auto done = parseOrExit(p, args, ctx, u"shift "_s + verb))
        return *done;
    if (p.positionalArguments().size() != 1) {
        ctx.err << u"usage: frontdeskctl shift %1 LOGIN [--at TIME]%2\n"_s.arg(
            verb, verb == u"break" ? u" [--end]"_s : QString());
        return Usage;
    }
    const auto at = momentOption(ctx, p, u"at"_s);
    if (!at)
        return Usage;
    Store *store = ctx.store();
    if (!store)
        return Failure;
    const QString login = p.positionalArguments().constFirst();
    const auto id = operatorId(ctx, *store, login);
    if (!id)
        return Usage;
    ShiftActions acts(*store, Actor::local());
    StoreError e;
    if (verb == u"start") {
        const auto started = waitFor(acts.startShift(*id, *at));
        e = started.ok() ? StoreError{} : started.error();
    } else if (verb == u"end") {
        e = waitFor(acts.endShift(*id, *at));
    } else {
        e = waitFor(p.isSet(u"end"_s) ? acts.endBreak(*id, *at) : acts.startBreak(*id, *at));
    }
    if (e.ok())
        ctx.out << u"%1: %2.\n"_s.arg(login, verb == u"start"    ? u"on shift"_s
                                             : verb == u"end"    ? u"off shift"_s
                                             : p.isSet(u"end"_s) ? u"back from the break"_s
                                                                 : u"on a break"_s);
    return reportStoreError(ctx, e);
}

int startVerb(CommandContext &ctx, const QStringList &args)
{
    return sessionVerb(ctx, args, u"start"_s);
}

int endVerb(CommandContext &ctx, const QStringList &args)
{
    return sessionVerb(ctx, args, u"end"_s);
}

int breakVerb(CommandContext &ctx, const QStringList &args)
{
    return sessionVerb(ctx, args, u"break"_s);
}

int responsibleVerb(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Name who answers for an account (whenever, or during one "
                                u"shift), or clear it."_s);
    p.addHelpOption();
    p.addOptions({
        {u"account"_s, u"The account (name or id)."_s, u"NAME"_s},
        {u"shift"_s, u"Only during this shift."_s, u"SHIFT"_s},
        {u"operator"_s, u"The operator's login."_s, u"LOGIN"_s},
        {u"clear"_s, u"Name nobody."_s},
    });
    if (const auto done = parseOrExit(p, args, ctx, u"shift responsible"_s))
        return *done;
    if (!p.isSet(u"account"_s) || p.isSet(u"operator"_s) == p.isSet(u"clear"_s)) {
        ctx.err << u"usage: frontdeskctl shift responsible --account NAME [--shift SHIFT] "
                   u"(--operator LOGIN | --clear)\n"_s;
        return Usage;
    }
    Store *store = ctx.store();
    if (!store)
        return Failure;
    const auto account = accountIdByName(ctx, *store, p.value(u"account"_s));
    if (!account)
        return Usage;
    qint64 shift = 0;
    if (p.isSet(u"shift"_s)) {
        const auto s = shiftIdByName(ctx, *store, p.value(u"shift"_s));
        if (!s)
            return Usage;
        shift = *s;
    }
    qint64 op = 0;
    if (p.isSet(u"operator"_s)) {
        const auto id = operatorId(ctx, *store, p.value(u"operator"_s));
        if (!id)
            return Usage;
        op = *id;
    }
    return reportStoreError(
        ctx, waitFor(ShiftActions(*store, Actor::local()).setResponsible(*account, shift, op)));
}

int rotationVerb(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Who is \"responsible on shift\" in turn for accounts nobody is "
                                u"named for: the logins in order, a day or a shift each."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"logins"_s, u"Logins separated by commas (empty: no rotation)."_s);
    p.addOptions({
        {u"by"_s, u"day or shift (default day)."_s, u"UNIT"_s, u"day"_s},
        {u"zone"_s, u"The time zone days are counted in (default UTC)."_s, u"ZONE"_s, u"UTC"_s},
    });
    if (const auto done = parseOrExit(p, args, ctx, u"shift rotation"_s))
        return *done;
    const QString by = p.value(u"by"_s);
    if (p.positionalArguments().size() > 1 || (by != u"day" && by != u"shift")) {
        ctx.err << u"usage: frontdeskctl shift rotation LOGIN,LOGIN… [--by day|shift] "
                   u"[--zone ZONE]\n"_s;
        return Usage;
    }
    Store *store = ctx.store();
    if (!store)
        return Failure;
    QList<qint64> ids;
    for (const QString &login : p.positionalArguments().value(0).split(u',', Qt::SkipEmptyParts)) {
        const auto id = operatorId(ctx, *store, login.trimmed());
        if (!id)
            return Usage;
        ids.append(*id);
    }
    return reportStoreError(
        ctx, waitFor(ShiftActions(*store, Actor::local())
                         .setRotation(ids, by == u"shift" ? RotationMode::Shift : RotationMode::Day,
                                      p.value(u"zone"_s))));
}

int breakReminderVerb(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Remind operators to take a break after this many minutes of continuous work (0: "
        u"never, the default)."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"minutes"_s, u"Minutes of work."_s);
    if (const auto done = parseOrExit(p, args, ctx, u"shift break-reminder"_s))
        return *done;
    bool ok = false;
    const int minutes = p.positionalArguments().value(0).toInt(&ok);
    if (!ok || p.positionalArguments().size() != 1) {
        ctx.err << u"usage: frontdeskctl shift break-reminder MINUTES\n"_s;
        return Usage;
    }
    Store *store = ctx.store();
    if (!store)
        return Failure;
    return reportStoreError(
        ctx, waitFor(ShiftActions(*store, Actor::local()).setBreakReminder(minutes)));
}

} // namespace

int shiftCommand(CommandContext &ctx)
{
    return runVerb(ctx,
                   {{u"add"_s, &addShift},
                    {u"list"_s, &listShifts},
                    {u"remove"_s, &removeShift},
                    {u"now"_s, &shiftNow},
                    {u"start"_s, &startVerb},
                    {u"end"_s, &endVerb},
                    {u"break"_s, &breakVerb},
                    {u"responsible"_s, &responsibleVerb},
                    {u"rotation"_s, &rotationVerb},
                    {u"break-reminder"_s, &breakReminderVerb}},
                   u"usage: frontdeskctl shift add NAME --from HH:MM --to HH:MM [--days DAYS] "
                   u"[--zone ZONE] [--operators LOGINS]\n"
                   u"       frontdeskctl shift list [--json] | remove NAME\n"
                   u"       frontdeskctl shift now [--at TIME] [--json]\n"
                   u"       frontdeskctl shift start|end LOGIN [--at TIME]\n"
                   u"       frontdeskctl shift break LOGIN [--end] [--at TIME]\n"
                   u"       frontdeskctl shift responsible --account NAME [--shift SHIFT] "
                   u"(--operator LOGIN | --clear)\n"
                   u"       frontdeskctl shift rotation LOGINS [--by day|shift] [--zone ZONE]\n"
                   u"       frontdeskctl shift break-reminder MINUTES\n"_s);
}

} // namespace fd::ctl
