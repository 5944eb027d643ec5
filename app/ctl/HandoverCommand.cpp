// handover create | ack | list | note | promise | report: the handover between shifts.
#include "Cli.h"
#include "ShiftCli.h"

#include "shifts/HandoverActions.h"
#include "shifts/HandoverSnapshot.h"
#include "shifts/ShiftQueries.h"
#include "shifts/ShiftReport.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::ctl {
namespace {

int createHandover(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"The leaving operator hands over: their open items go to the incoming operator (--to), "
        u"back to the pool (--pool) or stay (--keep), in one transaction; their shift ends."_s);
    p.addHelpOption();
    p.addOptions({
        {u"from"_s, u"The leaving operator's login."_s, u"LOGIN"_s},
        {u"to"_s, u"The incoming operator's login."_s, u"LOGIN"_s},
        {u"pool"_s, u"Hand the open items back to the pool."_s},
        {u"keep"_s, u"Leave the open items where they are."_s},
        {u"summary"_s, u"What the next shift must know."_s, u"TEXT"_s},
        {u"keep-shift"_s, u"Do not end the leaving operator's shift."_s},
        {u"at"_s, u"When (ISO 8601; default now)."_s, u"TIME"_s},
        {u"json"_s, u"Print the handover as JSON."_s},
    });
    if (const auto done = parseOrExit(p, args, ctx, u"handover create"_s))
        return *done;
    const int choices = int(p.isSet(u"to"_s) && !p.isSet(u"keep"_s)) + int(p.isSet(u"pool"_s)) +
                        int(p.isSet(u"keep"_s));
    if (!p.isSet(u"from"_s) || choices != 1) {
        ctx.err << u"usage: frontdeskctl handover create --from LOGIN (--to LOGIN | --pool | "
                   u"--keep [--to LOGIN]) [--summary TEXT] [--keep-shift] [--at TIME]\n"_s;
        return Usage;
    }
    const auto at = momentOption(ctx, p, u"at"_s);
    if (!at)
        return Usage;
    Store *store = ctx.store();
    if (!store)
        return Failure;
    HandoverRequest r;
    const auto from = operatorId(ctx, *store, p.value(u"from"_s));
    if (!from)
        return Usage;
    r.fromOperatorId = *from;
    if (p.isSet(u"to"_s)) {
        const auto to = operatorId(ctx, *store, p.value(u"to"_s));
        if (!to)
            return Usage;
        r.toOperatorId = *to;
    }
    r.reassign = p.isSet(u"pool"_s)   ? Reassign::Pool
                 : p.isSet(u"keep"_s) ? Reassign::Keep
                                      : Reassign::Incoming;
    r.summary = p.value(u"summary"_s);
    r.endShift = !p.isSet(u"keep-shift"_s);
    r.at = *at;
    bool ok = false;
    const Actor actor = actorFor(ctx, *store, p.value(u"from"_s), &ok);
    const auto h = waitFor(HandoverActions(*store, actor).handOver(r));
    if (!h.ok())
        return reportStoreError(ctx, h.error());
    if (p.isSet(u"json"_s))
        printJsonLine(ctx, {{u"id"_s, h->id},
                            {u"key"_s, h->key},
                            {u"from"_s, h->fromName},
                            {u"to"_s, h->toName},
                            {u"reassign"_s, toString(h->reassign)},
                            {u"items_moved"_s, h->itemsMoved}});
    else
        ctx.out << u"Handover %1: %2 open item(s) moved from %3 to %4.\n"_s.arg(h->id)
                       .arg(h->itemsMoved)
                       .arg(h->fromName, h->toName.isEmpty() ? u"the pool"_s : h->toName);
    return Ok;
}

int ackHandover(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"The incoming operator acknowledges a handover."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"id"_s, u"The handover."_s);
    p.addOption({u"as"_s, u"The incoming operator's login (default: this person)."_s, u"LOGIN"_s});
    if (const auto done = parseOrExit(p, args, ctx, u"handover ack"_s))
        return *done;
    bool isNumber = false;
    const qint64 id = p.positionalArguments().value(0).toLongLong(&isNumber);
    if (!isNumber || p.positionalArguments().size() != 1) {
        ctx.err << u"usage: frontdeskctl handover ack ID [--as LOGIN]\n"_s;
        return Usage;
    }
    Store *store = ctx.store();
    if (!store)
        return Failure;
    bool ok = false;
    const Actor actor = actorFor(ctx, *store, p.value(u"as"_s), &ok);
    if (!ok)
        return Usage;
    const StoreError e = waitFor(HandoverActions(*store, actor).acknowledge(id));
    if (e.ok())
        ctx.out << u"Handover %1 acknowledged by %2.\n"_s.arg(id).arg(actor.displayName);
    return reportStoreError(ctx, e);
}

int listHandovers(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Handovers, newest first."_s);
    p.addHelpOption();
    p.addOption({u"limit"_s, u"At most this many (default 20)."_s, u"N"_s, u"20"_s});
    p.addOption({u"json"_s, u"One JSON object per line."_s});
    if (const auto done = parseOrExit(p, args, ctx, u"handover list"_s))
        return *done;
    Store *store = ctx.store();
    if (!store)
        return Failure;
    const auto list = shiftQueries::handovers(*store->reader(), {}, p.value(u"limit"_s).toInt());
    if (!list.ok())
        return reportStoreError(ctx, list.error());
    for (const Handover &h : *list) {
        if (p.isSet(u"json"_s)) {
            printJsonLine(ctx, {{u"id"_s, h.id},
                                {u"from"_s, h.fromName},
                                {u"to"_s, h.toName},
                                {u"reassign"_s, toString(h.reassign)},
                                {u"items_moved"_s, h.itemsMoved},
                                {u"summary"_s, h.summary},
                                {u"created_at"_s, isoOrNull(h.createdAt)},
                                {u"acknowledged_at"_s, isoOrNull(h.acknowledgedAt)},
                                {u"acknowledged_by"_s, h.acknowledgedBy}});
        } else {
            ctx.out << u"%1\t%2\t%3 -> %4\t%5 moved\t%6\t%7\n"_s.arg(h.id)
                           .arg(h.createdAt.toString(Qt::ISODate), h.fromName,
                                h.toName.isEmpty() ? u"pool"_s : h.toName)
                           .arg(h.itemsMoved)
                           .arg(h.isAcknowledged() ? u"acknowledged by "_s + h.acknowledgedBy
                                                   : u"not acknowledged"_s,
                                oneLine(h.summary, 60));
        }
    }
    return Ok;
}

int noteHandover(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"A note for the next shift."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"text"_s, u"The note."_s);
    p.addOption({u"item"_s, u"About this item."_s, u"ID"_s});
    p.addOption({u"as"_s, u"The writer's login (default: this person)."_s, u"LOGIN"_s});
    if (const auto done = parseOrExit(p, args, ctx, u"handover note"_s))
        return *done;
    if (p.positionalArguments().size() != 1) {
        ctx.err << u"usage: frontdeskctl handover note TEXT [--item ID] [--as LOGIN]\n"_s;
        return Usage;
    }
    Store *store = ctx.store();
    if (!store)
        return Failure;
    bool ok = false;
    const Actor actor = actorFor(ctx, *store, p.value(u"as"_s), &ok);
    if (!ok)
        return Usage;
    const auto id = waitFor(
        HandoverActions(*store, actor)
            .addNote(p.positionalArguments().constFirst(), p.value(u"item"_s).toLongLong()));
    return reportStoreError(ctx, id.ok() ? StoreError{} : id.error());
}

int promiseHandover(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Mark an open item as waiting for an answer we promised (or clear the mark)."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"item"_s, u"The item's id."_s);
    p.addOption({u"clear"_s, u"Clear the mark."_s});
    if (const auto done = parseOrExit(p, args, ctx, u"handover promise"_s))
        return *done;
    bool isNumber = false;
    const qint64 item = p.positionalArguments().value(0).toLongLong(&isNumber);
    if (!isNumber) {
        ctx.err << u"usage: frontdeskctl handover promise ITEM_ID [--clear]\n"_s;
        return Usage;
    }
    Store *store = ctx.store();
    if (!store)
        return Failure;
    return reportStoreError(
        ctx,
        waitFor(HandoverActions(*store, Actor::local()).markPromise(item, !p.isSet(u"clear"_s))));
}

int reportHandover(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"The shift report: open items with their response clocks, promises, notes, alarms, "
        u"the team's load and the shift's figures. A short text by default."_s);
    p.addHelpOption();
    p.addOptions({
        {u"operator"_s, u"The leaving operator (their shift and desk)."_s, u"LOGIN"_s},
        {u"from"_s, u"The shift's start (ISO 8601; default: the current shift)."_s, u"TIME"_s},
        {u"to"_s, u"The shift's end (default: now)."_s, u"TIME"_s},
        {u"at"_s, u"Read it as at this moment (default now)."_s, u"TIME"_s},
        {u"csv"_s, u"Write CSV."_s},
        {u"html"_s, u"Write the printable HTML."_s},
        {u"output"_s, u"Write to this file instead of standard output."_s, u"PATH"_s},
    });
    if (const auto done = parseOrExit(p, args, ctx, u"handover report"_s))
        return *done;
    const auto from = momentOption(ctx, p, u"from"_s);
    const auto to = momentOption(ctx, p, u"to"_s);
    const auto at = momentOption(ctx, p, u"at"_s);
    if (!from || !to || !at)
        return Usage;
    Store *store = ctx.store();
    if (!store)
        return Failure;
    HandoverScope scope;
    if (p.isSet(u"operator"_s)) {
        const auto id = operatorId(ctx, *store, p.value(u"operator"_s));
        if (!id)
            return Usage;
        scope.leavingOperatorId = *id;
    }
    scope.from = *from;
    scope.to = *to;
    const QDateTime now = at->isValid() ? *at : QDateTime::currentDateTimeUtc();
    const auto s = readHandoverSnapshot(*store->reader(), scope, now);
    if (!s.ok())
        return reportStoreError(ctx, s.error());

    ctx.out.flush();
    QFile file;
    if (p.isSet(u"output"_s)) {
        file.setFileName(p.value(u"output"_s));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            ctx.err << u"Cannot write %1: %2\n"_s.arg(file.fileName(), file.errorString());
            return Failure;
        }
    } else if (!file.open(stdout, QIODevice::WriteOnly)) {
        return Failure;
    }
    if (p.isSet(u"csv"_s)) {
        QString error;
        if (!shiftReport::writeCsv(*s, &file, &error)) {
            ctx.err << error << u"\n"_s;
            return Failure;
        }
        return Ok;
    }
    if (p.isSet(u"html"_s)) {
        file.write(shiftReport::html(*s).toUtf8());
        return Ok;
    }
    const ShiftFigures &f = s->figures;
    QString text = u"Shift %1 from %2 to %3\n"_s.arg(s->run.name.isEmpty() ? u"-"_s : s->run.name,
                                                     s->run.start.toString(Qt::ISODate),
                                                     s->run.end.toString(Qt::ISODate));
    text +=
        u"items in %1, replies %2, median first response %3, SLA met %4 of %5\n"_s.arg(f.itemsIn)
            .arg(f.replies)
            .arg(f.medianFirstResponseSeconds ? slaDuration(*f.medianFirstResponseSeconds) : u"-"_s)
            .arg(f.slaMet)
            .arg(f.slaMet + f.slaMissed);
    text += u"open %1, overdue %2, at risk %3, promised %4, on the leaving desk %5\n"_s
                .arg(s->items.size())
                .arg(s->breached.size())
                .arg(s->atRisk.size())
                .arg(s->promised.size())
                .arg(s->leaving.size());
    for (const HandoverNote &n : s->notes)
        text += u"note\t%1\t%2\n"_s.arg(n.author, oneLine(n.body, 100));
    for (const ShiftAlarm &a : s->alarms)
        text += u"alarm\t%1\t%2\n"_s.arg(a.accountName, oneLine(a.text, 100));
    for (const OperatorOnShift &o : s->operators)
        text += u"operator\t%1\t%2\t%3 open\n"_s.arg(o.login, toString(o.state)).arg(o.openItems);
    file.write(text.toUtf8());
    return Ok;
}

} // namespace

int handoverCommand(CommandContext &ctx)
{
    return runVerb(ctx,
                   {{u"create"_s, &createHandover},
                    {u"ack"_s, &ackHandover},
                    {u"list"_s, &listHandovers},
                    {u"note"_s, &noteHandover},
                    {u"promise"_s, &promiseHandover},
                    {u"report"_s, &reportHandover}},
                   u"usage: frontdeskctl handover create --from LOGIN (--to LOGIN | --pool | "
                   u"--keep) [--summary TEXT] [--keep-shift]\n"
                   u"       frontdeskctl handover ack ID [--as LOGIN]\n"
                   u"       frontdeskctl handover list [--json]\n"
                   u"       frontdeskctl handover note TEXT [--item ID] [--as LOGIN]\n"
                   u"       frontdeskctl handover promise ITEM_ID [--clear]\n"
                   u"       frontdeskctl handover report [--operator LOGIN] [--from TIME] "
                   u"[--to TIME] [--csv | --html] [--output PATH]\n"_s);
}

} // namespace fd::ctl
