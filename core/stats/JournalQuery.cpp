#include "JournalQuery.h"

#include "store/Connection.h"
#include "store/SqliteStatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fd::core::Journal", text);
}

// fd_has(text, needle): whether `text` holds `needle`, ignoring case in every script (SQLite's
// own LIKE folds ASCII only, and journal text is as often Cyrillic or Polish). Reads UTF-16
// straight from SQLite; the needle is cast once per statement and kept as auxiliary data.
QString textOf(sqlite3_value *v)
{
    const auto *t = static_cast<const char16_t *>(sqlite3_value_text16(v));
    return t ? QString::fromUtf16(t, sqlite3_value_bytes16(v) / 2) : QString();
}

void hasFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    QString local;
    const auto *needle = static_cast<const QString *>(sqlite3_get_auxdata(ctx, 1));
    if (!needle) {
        local = textOf(argv[1]);
        // SQLite may let go of it at once; `local` serves this row either way.
        sqlite3_set_auxdata(ctx, 1, new QString(local),
                            [](void *p) { delete static_cast<QString *>(p); });
        needle = &local;
    }
    const auto *t = static_cast<const char16_t *>(sqlite3_value_text16(argv[0]));
    const QStringView text(t, t ? sqlite3_value_bytes16(argv[0]) / 2 : 0);
    sqlite3_result_int(ctx, text.contains(*needle, Qt::CaseInsensitive) ? 1 : 0);
}

StoreError installHas(const QSqlDatabase &db)
{
    sqlite3 *h = SqliteStatement::handleOf(db);
    if (!h)
        return StoreError::invalid(tr("The journal is read from SQLite only."));
    const int rc = sqlite3_create_function_v2(h, "fd_has", 2, SQLITE_UTF16 | SQLITE_DETERMINISTIC,
                                              nullptr, &hasFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return StoreError::invalid(QString::fromUtf8(sqlite3_errstr(rc)));
    return {};
}

const QString kColumns = u"SELECT id, at, actor_kind, operator_id, actor, station, action, "
                         u"item_id, account_id, before, after, detail FROM journal"_s;

JournalEntry entryFrom(const QSqlQuery &r)
{
    JournalEntry e;
    e.id = r.value(0).toLongLong();
    e.at = QDateTime::fromMSecsSinceEpoch(r.value(1).toLongLong(), Qt::UTC);
    e.actorKind = actorKindFromString(r.value(2).toString()).value_or(ActorKind::System);
    e.operatorId = r.value(3).toLongLong();
    e.actor = r.value(4).toString();
    e.station = r.value(5).toString();
    e.action = r.value(6).toString();
    e.itemId = r.value(7).toLongLong();
    e.accountId = r.value(8).toLongLong();
    e.before = r.value(9).toString();
    e.after = r.value(10).toString();
    e.detail = r.value(11).toString();
    return e;
}

// The WHERE clause of a query and its values, in order.
std::pair<QString, QVariantList> whereOf(const JournalQuery &query, qint64 beforeId)
{
    QStringList conds;
    QVariantList values;
    if (beforeId > 0) {
        conds << u"id < ?"_s;
        values << beforeId;
    }
    if (query.afterId > 0) {
        conds << u"id > ?"_s;
        values << query.afterId;
    }
    if (query.fromMs > 0) {
        conds << u"at >= ?"_s;
        values << query.fromMs;
    }
    if (query.toMs > 0) {
        conds << u"at < ?"_s;
        values << query.toMs;
    }
    if (query.operatorId && !query.actor.isEmpty()) {
        conds << u"(operator_id = ? OR actor = ?)"_s;
        values << *query.operatorId << query.actor;
    } else if (query.operatorId) {
        conds << u"operator_id = ?"_s;
        values << *query.operatorId;
    } else if (!query.actor.isEmpty()) {
        conds << u"actor = ?"_s;
        values << query.actor;
    }
    if (!query.actions.isEmpty()) {
        QStringList any;
        for (const QString &a : query.actions) {
            if (a.endsWith(u'.')) {
                any << u"substr(action, 1, ?) = ?"_s;
                values << a.size() << a;
            } else {
                any << u"action = ?"_s;
                values << a;
            }
        }
        conds << u"("_s + any.join(u" OR "_s) + u")"_s;
    }
    if (query.itemId) {
        conds << u"item_id = ?"_s;
        values << *query.itemId;
    }
    if (query.accountId) {
        conds << u"account_id = ?"_s;
        values << *query.accountId;
    }
    const QString needle = query.search.trimmed();
    if (!needle.isEmpty()) {
        conds << u"(fd_has(before, ?) OR fd_has(after, ?) OR fd_has(detail, ?) OR "
                 u"fd_has(actor, ?))"_s;
        values << needle << needle << needle << needle;
    }
    return {conds.isEmpty() ? QString() : u" WHERE "_s + conds.join(u" AND "_s), values};
}

} // namespace

QList<JournalActionGroup> journalActionGroups()
{
    return {
        {u"replies"_s, tr("Replies"), {u"item.replied"_s, u"outbox.reply"_s}},
        {u"status"_s,
         tr("Closing and reopening"),
         {u"item.closed"_s, u"item.closed_without_reply"_s, u"item.reopened"_s,
          u"item.priority"_s}},
        {u"tags"_s, tr("Tags"), {u"item.tagged"_s, u"item.untagged"_s, u"tag."_s}},
        {u"assignments"_s, tr("Assignments"), {u"item.assigned"_s}},
        {u"removals"_s,
         tr("Hides and deletions"),
         {u"item.hidden"_s, u"item.unhidden"_s, u"item.deleted"_s, u"item.restored"_s,
          u"outbox.hide"_s, u"outbox.delete"_s}},
        {u"edits"_s, tr("Edits by customers"), {u"item.edited"_s}},
        {u"bans"_s, tr("Bans"), {u"author.banned"_s}},
        {u"notes"_s, tr("Notes"), {u"note."_s}},
        {u"sessions"_s, tr("Logins and log-outs"), {u"session."_s, u"station."_s}},
        {u"settings"_s,
         tr("Settings"),
         {u"rule."_s, u"template."_s, u"tag."_s, u"sla."_s, u"alarms."_s, u"account."_s, u"team."_s,
          u"operator."_s}},
        {u"alarms"_s, tr("Alarms"), {u"alarm."_s}},
    };
}

JournalReader::JournalReader(const QSqlDatabase &db)
    : m_db(db)
{}

StoreResult<JournalPage> JournalReader::page(const JournalQuery &query, int limit,
                                             qint64 beforeId) const
{
    if (!query.search.trimmed().isEmpty()) {
        if (StoreError err = installHas(m_db); !err.ok())
            return err;
    }
    auto [where, values] = whereOf(query, beforeId);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (StoreError err = Connection::prepare(q, kColumns + where + u" ORDER BY id DESC LIMIT ?"_s);
        !err.ok())
        return err;
    values << qMax(1, limit);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (StoreError err = Connection::run(q, tr("Reading the journal")); !err.ok())
        return err;
    JournalPage page;
    while (q.next())
        page.entries.append(entryFrom(q));
    if (page.entries.size() >= qMax(1, limit))
        page.nextBeforeId = page.entries.constLast().id;
    return page;
}

StoreError JournalReader::forEach(const JournalQuery &query,
                                  const std::function<bool(const JournalEntry &)> &sink,
                                  qint64 limit, int pageSize) const
{
    return forEachJournalEntry(
        [this](const JournalQuery &q, int n, qint64 before) { return page(q, n, before); }, query,
        sink, limit, pageSize);
}

StoreError forEachJournalEntry(const JournalPageSource &source, const JournalQuery &query,
                               const std::function<bool(const JournalEntry &)> &sink, qint64 limit,
                               int pageSize)
{
    qint64 given = 0;
    qint64 before = 0;
    for (;;) {
        const int want = limit > 0 ? int(qMin<qint64>(pageSize, limit - given)) : pageSize;
        auto page = source(query, want, before);
        if (!page.ok())
            return page.error();
        for (const JournalEntry &e : page->entries) {
            if (!sink(e))
                return {};
            ++given;
        }
        before = page->nextBeforeId;
        if (before == 0 || (limit > 0 && given >= limit))
            return {};
    }
}

StoreResult<QList<JournalActor>> JournalReader::actors() const
{
    // From name to name along journal_by_actor (a loose index scan): a few steps per person,
    // however long the journal; each with the kind and operator row of their newest entry.
    auto q = Connection::exec(
        m_db, u"WITH RECURSIVE names(actor) AS ("
              u"SELECT min(actor) FROM journal WHERE actor > '' "
              u"UNION ALL SELECT (SELECT min(actor) FROM journal WHERE actor > names.actor) "
              u"FROM names WHERE names.actor IS NOT NULL) "
              u"SELECT n.actor, (SELECT j.actor_kind || ' ' || coalesce(j.operator_id, 0) "
              u"FROM journal j WHERE j.actor = n.actor ORDER BY j.id DESC LIMIT 1) "
              u"FROM names n WHERE n.actor IS NOT NULL"_s);
    if (!q.ok())
        return q.error();
    QList<JournalActor> out;
    while (q.value().next()) {
        JournalActor a;
        a.name = q->value(0).toString();
        const QStringList newest = q->value(1).toString().split(u' ');
        a.kind = actorKindFromString(newest.value(0)).value_or(ActorKind::System);
        a.operatorId = newest.value(1).toLongLong();
        out.append(a);
    }
    // People first, then rules and the rest; each group by name.
    std::stable_sort(out.begin(), out.end(), [](const JournalActor &a, const JournalActor &b) {
        const bool aPerson = a.kind == ActorKind::Operator;
        const bool bPerson = b.kind == ActorKind::Operator;
        return aPerson != bPerson ? aPerson : a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

QStringList journalCsvHeader()
{
    return {u"id"_s,     u"at"_s,      u"actor_kind"_s, u"operator_id"_s, u"actor"_s, u"station"_s,
            u"action"_s, u"item_id"_s, u"account_id"_s, u"before"_s,      u"after"_s, u"detail"_s};
}

QStringList journalCsvRecord(const JournalEntry &e)
{
    auto idOrEmpty = [](qint64 id) { return id == 0 ? QString() : QString::number(id); };
    return {QString::number(e.id),
            e.at.toUTC().toString(Qt::ISODateWithMs),
            toString(e.actorKind),
            idOrEmpty(e.operatorId),
            e.actor,
            e.station,
            e.action,
            idOrEmpty(e.itemId),
            idOrEmpty(e.accountId),
            e.before,
            e.after,
            e.detail};
}

std::optional<QString> writeJournalCsv(const JournalReader &reader, const JournalQuery &query,
                                       QIODevice *out, CsvOptions options, qint64 limit,
                                       qint64 *written)
{
    return writeJournalCsv([&reader](const JournalQuery &q, int n,
                                     qint64 before) { return reader.page(q, n, before); },
                           query, out, options, limit, written);
}

std::optional<QString> writeJournalCsv(const JournalPageSource &source, const JournalQuery &query,
                                       QIODevice *out, CsvOptions options, qint64 limit,
                                       qint64 *written)
{
    CsvWriter csv(out, options);
    csv.writeRow(journalCsvHeader());
    qint64 rows = 0;
    StoreError err = forEachJournalEntry(
        source, query,
        [&](const JournalEntry &e) {
            csv.writeRow(journalCsvRecord(e));
            ++rows;
            return csv.ok();
        },
        limit);
    if (written)
        *written = rows;
    if (!err.ok())
        return err.message;
    if (!csv.ok())
        return csv.error();
    return std::nullopt;
}

} // namespace fd::core
