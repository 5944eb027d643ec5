// journal: who did what, when, from which station, before and after; as a table or CSV.
#include "Cli.h"

#include "stats/JournalQuery.h"
#include "store/Connection.h"
#include "sync/ServerConnection.h"
#include "sync/TeamJournal.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::ctl {
namespace {

// "2026-11-01" (the start of that day, UTC; with `endOfDay` the start of the next) or a full
// ISO 8601 time ("2026-11-01T09:30", "…Z", "…+01:00"; without a zone, UTC).
std::optional<qint64> parseTime(const QString &text, bool endOfDay)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid())
        return QDateTime(endOfDay ? day.addDays(1) : day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toMSecsSinceEpoch();
}

// A group's id ("removals") stands for its actions; anything else is an action or a prefix.
QStringList actionsFrom(const QStringList &values)
{
    const auto groups = journalActionGroups();
    QStringList out;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString word = part.trimmed();
            const auto group = std::find_if(groups.begin(), groups.end(),
                                            [&](const auto &g) { return g.id == word; });
            if (group != groups.end())
                out << group->actions;
            else
                out << word;
        }
    }
    return out;
}

QString beforeAfter(const JournalEntry &e)
{
    if (e.before.isEmpty())
        return oneLine(e.after, 60);
    if (e.after.isEmpty())
        return oneLine(e.before, 60) + u" →"_s;
    return oneLine(e.before, 29) + u" → "_s + oneLine(e.after, 29);
}

void printTable(CommandContext &ctx, const QList<JournalEntry> &rows)
{
    for (const JournalEntry &e : rows) {
        ctx.out
            << e.at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) << u"  "_s
            << oneLine(e.actor.isEmpty() ? toString(e.actorKind) : e.actor, 16).leftJustified(16)
            << u"  "_s << oneLine(e.station, 12).leftJustified(12) << u"  "_s
            << e.action.leftJustified(26) << u"  "_s
            << (e.itemId ? QString::number(e.itemId) : QString()).leftJustified(10) << u"  "_s
            << beforeAfter(e) << u"\n"_s;
    }
}

void printJson(CommandContext &ctx, const JournalEntry &e)
{
    const QStringList header = journalCsvHeader();
    const QStringList values = journalCsvRecord(e);
    QJsonObject o;
    for (int i = 0; i < header.size(); ++i)
        o.insert(header.at(i), values.at(i));
    o.insert(u"id"_s, e.id);
    o.insert(u"operator_id"_s, e.operatorId ? QJsonValue(e.operatorId) : QJsonValue());
    o.insert(u"item_id"_s, e.itemId ? QJsonValue(e.itemId) : QJsonValue());
    o.insert(u"account_id"_s, e.accountId ? QJsonValue(e.accountId) : QJsonValue());
    ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << u"\n"_s;
}

} // namespace

int journalCommand(CommandContext &ctx)
{
    QCommandLineParser p;
    QStringList groups;
    for (const auto &g : journalActionGroups())
        groups << g.id;
    p.setApplicationDescription(
        u"What operators, rules and connectors did, newest first: who, when, from which "
        u"station, before and after (the text of hidden and deleted items included)."_s);
    p.addHelpOption();
    p.addOptions({
        {u"from"_s, u"From this day or time (ISO 8601, UTC unless a zone is given)."_s, u"T"_s},
        {u"to"_s, u"Up to this day (inclusive) or time (exclusive)."_s, u"T"_s},
        {u"operator"_s, u"Only what this person (login or name) or rule did."_s, u"L"_s},
        {u"action"_s,
         u"Only these actions (comma-separated): names like item.deleted, prefixes like "
         u"rule., or groups: %1."_s.arg(groups.join(u", "_s)),
         u"A"_s},
        {u"item"_s, u"Only rows about this item."_s, u"ID"_s},
        {u"account"_s, u"Only rows about this account (id)."_s, u"ID"_s},
        {u"search"_s, u"Only rows whose texts, detail or actor hold this (any case)."_s, u"Q"_s},
        {u"limit"_s, u"At most N rows (default 50 for the table; 0 for all)."_s, u"N"_s},
        {u"csv"_s, u"CSV (RFC 4180, UTF-8), every matching row unless --limit is given."_s},
        {u"bom"_s, u"With --csv: a byte-order mark first, for spreadsheet tools."_s},
        {u"guard-formulas"_s,
         u"With --csv: cells a spreadsheet would run as a formula (=, +, -, @) start with an "
         u"apostrophe."_s},
        {u"output"_s, u"With --csv: write to this file instead of standard output."_s, u"PATH"_s},
        {u"json"_s, u"One JSON object per line."_s},
        {u"team"_s, u"The team server's journal (every operator at every station) instead of this "
                    u"station's."_s},
    });
    if (const auto done = parseOrExit(p, ctx.args, ctx))
        return *done;

    JournalQuery query;
    for (const auto &[option, endOfDay, field] :
         {std::tuple{u"from"_s, false, &query.fromMs}, std::tuple{u"to"_s, true, &query.toMs}}) {
        if (!p.isSet(option))
            continue;
        const auto t = parseTime(p.value(option), endOfDay);
        if (!t) {
            ctx.err << u"--%1 takes a day (2026-11-01) or an ISO 8601 time.\n"_s.arg(option);
            return Usage;
        }
        *field = *t;
    }
    auto idOption = [&](const QString &option, std::optional<qint64> &field) {
        if (!p.isSet(option))
            return true;
        bool ok = false;
        field = p.value(option).toLongLong(&ok);
        if (!ok)
            ctx.err << u"--%1 takes a number.\n"_s.arg(option);
        return ok;
    };
    if (!idOption(u"item"_s, query.itemId) || !idOption(u"account"_s, query.accountId))
        return Usage;
    query.actions = actionsFrom(p.values(u"action"_s));
    query.search = p.value(u"search"_s);
    const bool csv = p.isSet(u"csv"_s);
    qint64 limit = csv ? 0 : 50;
    if (p.isSet(u"limit"_s)) {
        bool ok = false;
        limit = p.value(u"limit"_s).toLongLong(&ok);
        if (!ok || limit < 0) {
            ctx.err << u"--limit takes a whole number, 0 for all.\n"_s;
            return Usage;
        }
    }

    Store *store = ctx.store();
    if (!store)
        return Failure;
    auto reader = store->reader();
    if (!reader.ok()) {
        ctx.err << reader.error().message << u"\n"_s;
        return Failure;
    }
    if (p.isSet(u"operator"_s)) {
        // A login names an operator row; a name is matched as it was recorded.
        const QString who = p.value(u"operator"_s);
        query.actor = who;
        auto row = Connection::exec(*reader,
                                    u"SELECT id, display_name FROM operators WHERE "
                                    u"login = ? OR display_name = ?"_s,
                                    {who, who});
        if (row.ok() && row.value().next()) {
            query.operatorId = row->value(0).toLongLong();
            query.actor = row->value(1).toString();
        }
    }
    // The pages: this store's journal, or with --team the team server's.
    std::unique_ptr<ServerConnection> server;
    JournalPageSource source;
    if (p.isSet(u"team"_s)) {
        bool failed = false;
        const auto login = teamLogin(ctx, *store, failed);
        if (!login) {
            if (!failed)
                ctx.err << u"This station is in no team. See: frontdeskctl team join\n"_s;
            return Failure;
        }
        auto c = login->team.connect(login->password, u"ctl.journal"_s);
        if (!c.ok()) {
            ctx.err << c.error().message << u"\n"_s;
            return Failure;
        }
        server = std::move(c.value());
        query.operatorId.reset(); // the server knows people by login and name
        source = [&server](const JournalQuery &q, int n,
                           qint64 before) -> StoreResult<JournalPage> {
            auto page = teamJournal::page(*server, q, n, before);
            if (!page.ok())
                return StoreError::invalid(page.error().message);
            return *page;
        };
    } else {
        source = [db = *reader](const JournalQuery &q, int n, qint64 before) {
            return JournalReader(db).page(q, n, before);
        };
    }

    if (csv) {
        CsvOptions options;
        options.byteOrderMark = p.isSet(u"bom"_s);
        options.guardFormulas = p.isSet(u"guard-formulas"_s);
        QFile file;
        ctx.out.flush();
        const bool opened = p.isSet(u"output"_s)
                                ? (file.setFileName(p.value(u"output"_s)),
                                   file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                                : file.open(stdout, QIODevice::WriteOnly);
        if (!opened) {
            ctx.err << file.errorString() << u"\n"_s;
            return Failure;
        }
        qint64 rows = 0;
        const auto failed = writeJournalCsv(source, query, &file, options, limit, &rows);
        file.close();
        if (failed) {
            ctx.err << *failed << u"\n"_s;
            return Failure;
        }
        if (p.isSet(u"output"_s))
            ctx.out << u"%1 journal rows written to %2.\n"_s.arg(rows).arg(p.value(u"output"_s));
        return Ok;
    }

    const bool json = p.isSet(u"json"_s);
    QList<JournalEntry> rows;
    StoreError err = forEachJournalEntry(
        source, query,
        [&](const JournalEntry &e) {
            if (json)
                printJson(ctx, e);
            else
                rows.append(e);
            return true;
        },
        limit);
    if (!err.ok()) {
        ctx.err << err.message << u"\n"_s;
        return Failure;
    }
    printTable(ctx, rows);
    return Ok;
}

} // namespace fd::ctl
