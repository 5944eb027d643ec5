#include "Replica.h"
#include "ReplicaApplier.h"

#include "store/Connection.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace fd::core {

namespace replica_detail {

StoreError Applier::prepare()
{
    sqlite3 *handle = SqliteStatement::handleOf(m_db);
    const std::pair<SqliteStatement *, QString> all[] = {
        {&m_operatorUpsert,
         u"INSERT INTO operators (login, display_name, role, disabled, created_at) "
         u"VALUES (?, ?, ?, ?, ?) ON CONFLICT (login) DO UPDATE SET "
         u"display_name = excluded.display_name, role = excluded.role, "
         u"disabled = excluded.disabled RETURNING id"_s},
        {&m_operatorSelect, u"SELECT id, display_name FROM operators WHERE login = ?"_s},
        {&m_accountUpsert,
         u"INSERT INTO accounts (id, platform, name, api_base, cursor, enabled, created_at) "
         u"VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
         u"platform = excluded.platform, name = excluded.name, api_base = excluded.api_base, "
         u"cursor = excluded.cursor, enabled = excluded.enabled"_s},
        {&m_authorSelect, u"SELECT name, handle FROM authors WHERE id = ?"_s},
        {&m_authorUpsert,
         u"INSERT INTO authors (id, platform, external_id, name, handle, followers, city, "
         u"avatar_url, first_seen, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
         u"ON CONFLICT (id) DO UPDATE SET name = excluded.name, handle = excluded.handle, "
         u"followers = excluded.followers, city = excluded.city, "
         u"avatar_url = excluded.avatar_url, updated_at = excluded.updated_at"_s},
        {&m_authorItems, u"SELECT id, text FROM items WHERE author_id = ?"_s},
        {&m_postUpsert,
         u"INSERT INTO posts (id, account_id, external_id, text, url, created_at) "
         u"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET text = excluded.text, "
         u"url = excluded.url"_s},
        {&m_threadUpsert,
         u"INSERT INTO threads (id, account_id, kind, external_id, post_id, title, last_item_at) "
         u"VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
         u"post_id = excluded.post_id, title = excluded.title, "
         u"last_item_at = excluded.last_item_at"_s},
        {&m_itemSelect, u"SELECT text, author_id FROM items WHERE id = ?"_s},
        // New items are inserted and known ones updated, not upserted: an upsert (like any
        // statement that may write twice) copies every page it touches to a statement journal
        // first, and an item touches a dozen index pages.
        {&m_itemInsert,
         u"INSERT INTO items (id, account_id, external_id, kind, direction, thread_id, "
         u"parent_external_id, post_id, author_id, text, attachments, rating, url, created_at, "
         u"received_at, edited_at, deleted_at, status, assignee_id, read, truncated, lang, "
         u"sentiment, spam, priority) "
         u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
        {&m_itemUpdate,
         u"UPDATE items SET thread_id = ?6, post_id = ?8, author_id = ?9, text = ?10, "
         u"attachments = ?11, rating = ?12, url = ?13, edited_at = ?16, deleted_at = ?17, "
         u"status = ?18, assignee_id = ?19, read = ?20, truncated = ?21, lang = ?22, "
         u"sentiment = ?23, spam = ?24, priority = ?25 WHERE id = ?1"_s},
        {&m_tagInsert, u"INSERT INTO tags (name, color, created_at) VALUES (?, ?, ?)"_s},
        {&m_tagColor, u"UPDATE tags SET color = ? WHERE id = ? AND color <> ?"_s},
        {&m_itemTagAdd, u"INSERT OR IGNORE INTO item_tags (item_id, tag_id) VALUES (?, ?)"_s},
        {&m_itemTagRemove, u"DELETE FROM item_tags WHERE item_id = ? AND tag_id = ?"_s},
        {&m_noteSelect, u"SELECT 1 FROM notes WHERE key = ?"_s},
        {&m_noteTime, u"UPDATE notes SET created_at = ?1 WHERE key = ?2 AND created_at <> ?1"_s},
        {&m_noteInsert,
         u"INSERT INTO notes (author_id, thread_id, operator, body, created_at, key) "
         u"VALUES (?, ?, ?, ?, ?, ?)"_s},
        {&m_outboxUpsert,
         u"INSERT INTO outbox (item_id, action, body, close_after, operator, idempotency_key, "
         u"state, attempts, error, retryable, result_external_id, created_at, updated_at) "
         u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO UPDATE "
         u"SET state = excluded.state, attempts = excluded.attempts, error = excluded.error, "
         u"retryable = excluded.retryable, result_external_id = excluded.result_external_id, "
         u"updated_at = excluded.updated_at RETURNING id"_s},
        // A rule is the team's: known here by its key, whatever id this store gave it.
        {&m_ruleUpsert,
         u"INSERT INTO rules (key, name, position, enabled, definition, created_at, updated_at) "
         u"VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET name = excluded.name, "
         u"position = excluded.position, enabled = excluded.enabled, "
         u"definition = excluded.definition, updated_at = excluded.updated_at"_s},
        {&m_ruleRemove, u"DELETE FROM rules WHERE key = ?"_s},
        // Names are unique here as on the server, where two rules may swap names between pulls:
        // the one that had the name keeps a stand-in until its own row arrives.
        {&m_ruleNameFree, u"UPDATE rules SET name = name || ' (' || key || ')' "
                          u"WHERE name = ?1 AND key <> ?2"_s},
        {&m_ftsInsert, u"INSERT INTO items_fts (rowid, text, author) VALUES (?, ?, ?)"_s},
        {&m_ftsDelete,
         u"INSERT INTO items_fts (items_fts, rowid, text, author) VALUES ('delete', ?, ?, ?)"_s},
        {&m_hasAccount, u"SELECT 1 FROM accounts WHERE id = ?"_s},
        {&m_hasPost, u"SELECT 1 FROM posts WHERE id = ?"_s},
        {&m_hasThread, u"SELECT 1 FROM threads WHERE id = ?"_s},
        {&m_hasAuthor, u"SELECT 1 FROM authors WHERE id = ?"_s},
        {&m_hasItem, u"SELECT 1 FROM items WHERE id = ?"_s},
        {&m_wait, u"INSERT OR REPLACE INTO sync_waiting (tbl, key, row) VALUES (?, ?, ?)"_s},
        {&m_unwait, u"DELETE FROM sync_waiting WHERE tbl = ? AND key = ?"_s},
        {&m_cursor, u"INSERT INTO meta (key, value) VALUES ('team_cursor', ?) "
                    u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s},
    };
    for (const auto &[statement, sql] : all) {
        if (StoreError err = statement->prepare(handle, sql); !err.ok())
            return err;
    }
    return {};
}

StoreError Applier::apply(const Change &change, ReplicaReport &report)
{
    const QString &t = change.table;
    const QJsonObject &row = change.row;
    const QString key = keyOf(t, row);
    auto ready = parentsHere(t, row);
    if (!ready.ok())
        return ready.error();
    if (!*ready) {
        // Its newest version waits for what it points to; an older waiting one is replaced.
        m_anyWaiting = true;
        m_wait.bind(0, t);
        m_wait.bind(1, key);
        m_wait.bind(2, QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)));
        return run(m_wait,
                   QCoreApplication::translate("fd::core::Replica",
                                               "Keeping a row until what it points to arrives"));
    }
    // A newer version of a waiting row supersedes it.
    auto waiting = anyWaiting();
    if (!waiting.ok())
        return waiting.error();
    if (*waiting) {
        m_unwait.bind(0, t);
        m_unwait.bind(1, key);
        if (StoreError err = run(m_unwait, QCoreApplication::translate("fd::core::Replica",
                                                                       "Storing a waiting row"));
            !err.ok())
            return err;
    }
    return store(t, row, report);
}

StoreError Applier::store(const QString &t, const QJsonObject &row, ReplicaReport &report)
{
    StoreError err;
    if (t == u"items"_s)
        err = itemRow(row, report);
    else if (t == u"item_tags"_s)
        err = itemTagRow(row);
    else if (t == u"authors"_s)
        err = authorRow(row);
    else if (t == u"threads"_s)
        err = threadRow(row);
    else if (t == u"posts"_s)
        err = postRow(row);
    else if (t == u"notes"_s)
        err = noteRow(row);
    else if (t == u"tags"_s)
        err = tagRow(row);
    else if (t == u"accounts"_s)
        err = accountRow(row);
    else if (t == u"operators"_s)
        err = operatorRow(row);
    else if (t == u"outbox"_s)
        err = outboxRow(row, report);
    else if (t == u"handovers"_s)
        err = handoverRow(row);
    else if (t == u"handover_notes"_s)
        err = handoverNoteRow(row);
    else if (t == u"rules"_s)
        err = ruleRow(row);
    else if (t == u"shift_sessions"_s)
        err = shiftSessionRow(row);
    else if (t == u"shift_breaks"_s)
        err = shiftBreakRow(row);
    else if (t == u"promises"_s)
        err = promiseRow(row);
    else if (t == u"shifts"_s)
        err = shiftRow(row);
    else if (t == u"shift_responsibility"_s)
        err = shiftResponsibilityRow(row);
    else if (t == u"shift_settings"_s)
        err = shiftSettingRow(row);
    // Tables a newer server adds are not this program's business.
    if (err.ok())
        ++report.rows;
    return err;
}

QString Applier::keyOf(const QString &table, const QJsonObject &row) const
{
    if (table == u"operators"_s)
        return row.value("login"_L1).toString();
    if (table == u"rules"_s)
        return row.value("key"_L1).toString();
    if (table == u"tags"_s)
        return row.value("name"_L1).toString().toCaseFolded();
    if (table == u"item_tags"_s)
        return QString::number(intOf(row, "item_id"_L1)) + u'/' +
               row.value("tag"_L1).toString().toCaseFolded();
    return QString::number(intOf(row, "id"_L1));
}

StoreResult<bool> Applier::present(SqliteStatement &probe, QSet<qint64> &known,
                                   std::optional<qint64> id)
{
    if (!id || known.contains(*id))
        return true;
    probe.bind(0, *id);
    StoreError err =
        probe.exec(QCoreApplication::translate("fd::core::Replica", "Looking up a row"));
    const bool here = probe.hasRow();
    probe.reset();
    if (!err.ok())
        return err;
    if (here)
        known.insert(*id);
    return here;
}

StoreResult<bool> Applier::parentsHere(const QString &t, const QJsonObject &row)
{
    struct Need
    {
        SqliteStatement *probe;
        QSet<qint64> *known;
        QLatin1StringView column;
    };
    QList<Need> needs;
    if (t == u"items"_s) {
        needs = {{&m_hasAccount, &m_accounts, "account_id"_L1},
                 {&m_hasThread, &m_threads, "thread_id"_L1},
                 {&m_hasPost, &m_posts, "post_id"_L1},
                 {&m_hasAuthor, &m_authors, "author_id"_L1}};
    } else if (t == u"item_tags"_s || t == u"outbox"_s) {
        needs = {{&m_hasItem, &m_items, "item_id"_L1}};
    } else if (t == u"threads"_s) {
        needs = {{&m_hasAccount, &m_accounts, "account_id"_L1},
                 {&m_hasPost, &m_posts, "post_id"_L1}};
    } else if (t == u"posts"_s) {
        needs = {{&m_hasAccount, &m_accounts, "account_id"_L1}};
    } else if (t == u"notes"_s) {
        needs = {{&m_hasAuthor, &m_authors, "author_id"_L1},
                 {&m_hasThread, &m_threads, "thread_id"_L1}};
    }
    for (const Need &n : needs) {
        auto here = present(*n.probe, *n.known, optionalInt(row, n.column));
        if (!here.ok() || !*here)
            return here;
    }
    return true;
}

StoreResult<bool> Applier::anyWaiting()
{
    if (!m_anyWaiting) {
        auto q = Connection::exec(m_db, u"SELECT EXISTS (SELECT 1 FROM sync_waiting)"_s);
        if (!q.ok())
            return q.error();
        m_anyWaiting = q.value().next() && q.value().value(0).toBool();
    }
    return *m_anyWaiting;
}

StoreError Applier::settleWaiting(ReplicaReport &report)
{
    auto waitingAtAll = anyWaiting();
    if (!waitingAtAll.ok())
        return waitingAtAll.error();
    if (!*waitingAtAll)
        return {};
    for (;;) {
        auto q = Connection::exec(m_db, u"SELECT tbl, key, row FROM sync_waiting"_s);
        if (!q.ok())
            return q.error();
        QList<std::tuple<QString, QString, QJsonObject>> waiting;
        while (q.value().next()) {
            waiting.append({q->value(0).toString(), q->value(1).toString(),
                            QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object()});
        }
        bool progress = false;
        for (const auto &[table, key, row] : waiting) {
            auto ready = parentsHere(table, row);
            if (!ready.ok())
                return ready.error();
            if (!*ready)
                continue;
            m_unwait.bind(0, table);
            m_unwait.bind(1, key);
            if (StoreError err = run(m_unwait, QCoreApplication::translate(
                                                   "fd::core::Replica", "Storing a waiting row"));
                !err.ok())
                return err;
            if (StoreError err = store(table, row, report); !err.ok())
                return err;
            progress = true;
        }
        if (!progress)
            return {};
    }
}

StoreError Applier::saveCursor(const SyncCursor &cursor)
{
    m_cursor.bind(0, cursor.toString());
    return run(m_cursor,
               QCoreApplication::translate("fd::core::Replica", "Saving where the pull stands"));
}

} // namespace replica_detail

namespace replica {

StoreError apply(const QSqlDatabase &db, const QList<Change> &changes,
                 const std::optional<SyncCursor> &cursor, ReplicaReport *report)
{
    replica_detail::Applier applier(db);
    if (StoreError err = applier.prepare(); !err.ok())
        return err;
    ReplicaReport local;
    ReplicaReport &r = report ? *report : local;
    for (const Change &change : changes) {
        if (StoreError err = applier.apply(change, r); !err.ok())
            return err;
    }
    if (StoreError err = applier.settleWaiting(r); !err.ok())
        return err;
    if (StoreError err = applier.writeIndex(); !err.ok())
        return err;
    return cursor ? applier.saveCursor(*cursor) : StoreError{};
}

StoreResult<SyncCursor> cursor(const QSqlDatabase &db)
{
    auto q = Connection::exec(db, u"SELECT value FROM meta WHERE key = 'team_cursor'"_s);
    if (!q.ok())
        return q.error();
    return q.value().next() ? SyncCursor::fromString(q->value(0).toString()) : SyncCursor();
}

} // namespace replica

} // namespace fd::core
