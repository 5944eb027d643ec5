#include "Replica.h"

#include "store/Connection.h"
#include "store/IngestBatch.h"
#include "store/SqliteStatement.h"
#include "store/TextLimits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace fd::core {

namespace {

std::optional<qint64> optionalInt(const QJsonObject &row, QLatin1StringView key)
{
    const QJsonValue v = row.value(key);
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    return v.toInteger();
}

qint64 intOf(const QJsonObject &row, QLatin1StringView key)
{
    return row.value(key).toInteger();
}

QString textOf(const QJsonObject &row, QLatin1StringView key)
{
    return nonNull(row.value(key).toString());
}

// The statements of one apply, prepared on the writer's connection.
class Applier
{
public:
    explicit Applier(const QSqlDatabase &db)
        : m_db(db)
    {}

    StoreError prepare();
    StoreError apply(const Change &change, ReplicaReport &report);
    StoreError saveCursor(const SyncCursor &cursor);
    // Stores the waiting rows whose parents have arrived, until none can go.
    StoreError settleWaiting(ReplicaReport &report);
    // Writes the page's search-index changes, in the order they were made.
    StoreError writeIndex();

private:
    // The row's key, and whether every row it points to is here.
    QString keyOf(const QString &table, const QJsonObject &row) const;
    StoreResult<bool> parentsHere(const QString &table, const QJsonObject &row);
    StoreResult<bool> present(SqliteStatement &probe, QSet<qint64> &known,
                              std::optional<qint64> id);
    StoreError store(const QString &table, const QJsonObject &row, ReplicaReport &report);
    // Whether any row waits for its parents (asked once, then kept up to date).
    StoreResult<bool> anyWaiting();
    StoreError run(SqliteStatement &st, const QString &what)
    {
        StoreError err = st.exec(what);
        st.reset();
        return err;
    }
    StoreError operatorRow(const QJsonObject &row);
    StoreError accountRow(const QJsonObject &row);
    StoreError authorRow(const QJsonObject &row);
    StoreError postRow(const QJsonObject &row);
    StoreError threadRow(const QJsonObject &row);
    StoreError itemRow(const QJsonObject &row, ReplicaReport &report);
    StoreError tagRow(const QJsonObject &row);
    StoreError itemTagRow(const QJsonObject &row);
    StoreError noteRow(const QJsonObject &row);
    StoreError outboxRow(const QJsonObject &row, ReplicaReport &report);
    StoreResult<std::optional<qint64>> operatorId(const QString &login);
    StoreResult<qint64> tagId(const QString &name, const QString &color, qint64 createdMs);
    StoreResult<QString> authorIndexed(std::optional<qint64> authorId);
    void reindex(qint64 itemId, const QString &oldText, const QString &oldAuthor,
                 const QString &text, const QString &author);
    void index(qint64 itemId, const QString &text, const QString &author)
    {
        m_index.append({false, itemId, text, author});
    }

    const QSqlDatabase &m_db;
    SqliteStatement m_operatorUpsert, m_operatorSelect, m_accountUpsert, m_authorSelect,
        m_authorUpsert, m_authorItems, m_postUpsert, m_threadUpsert, m_itemSelect, m_itemInsert,
        m_itemUpdate, m_tagInsert, m_tagColor, m_itemTagAdd, m_itemTagRemove, m_noteSelect,
        m_noteTime, m_noteInsert, m_ftsInsert, m_ftsDelete, m_cursor, m_hasAccount, m_hasPost,
        m_hasThread, m_hasAuthor, m_hasItem, m_wait, m_unwait, m_outboxUpsert;
    QSet<qint64> m_accounts, m_posts, m_threads, m_authors, m_items; // known to be here
    QHash<QString, qint64> m_operators;                              // login -> local id
    QHash<QString, QString> m_operatorNames;                         // login -> display name
    std::optional<QHash<QString, qint64>> m_tags;                    // case-folded name -> local id
    std::optional<bool> m_anyWaiting;
    QHash<qint64, QString> m_authorIndexed; // author id -> how the search index has them
    // The search index is written once the page's rows are stored: FTS5 writes its pending
    // terms out at every statement savepoint, and each upsert takes one, so indexing row by row
    // between the upserts cost a third of a pull.
    struct IndexChange
    {
        bool remove; // take out what was indexed (`text`, `author` as they were)
        qint64 itemId;
        QString text;
        QString author;
    };
    QList<IndexChange> m_index;
};

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
         u"received_at, edited_at, deleted_at, status, assignee_id, read, truncated) "
         u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
        {&m_itemUpdate,
         u"UPDATE items SET thread_id = ?6, post_id = ?8, author_id = ?9, text = ?10, "
         u"attachments = ?11, rating = ?12, url = ?13, edited_at = ?16, deleted_at = ?17, "
         u"status = ?18, assignee_id = ?19, read = ?20, truncated = ?21 WHERE id = ?1"_s},
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
    // Tables a newer server adds are not this program's business.
    if (err.ok())
        ++report.rows;
    return err;
}

QString Applier::keyOf(const QString &table, const QJsonObject &row) const
{
    if (table == u"operators"_s)
        return row.value("login"_L1).toString();
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

StoreError Applier::operatorRow(const QJsonObject &row)
{
    const QString login = textOf(row, "login"_L1);
    const QString role = textOf(row, "role"_L1);
    if (role == u"gateway"_s)
        return {}; // gateways poll; nobody assigns them work
    SqliteStatement &st = m_operatorUpsert;
    st.bind(0, login);
    st.bind(1, textOf(row, "display_name"_L1));
    st.bind(2, role);
    st.bind(3, row.value("disabled"_L1).toBool() ? 1 : 0);
    st.bind(4, intOf(row, "created"_L1));
    if (StoreError err = st.exec(QCoreApplication::translate(
            "fd::core::Replica", "Storing one of the team's operators"));
        !err.ok()) {
        st.reset();
        return err;
    }
    m_operators.insert(login, st.int64(0));
    m_operatorNames.insert(login, textOf(row, "display_name"_L1));
    st.reset();
    return {};
}

// A reply or moderation action on its way through the team's outbox, as the server says it
// goes; kept by the key of the station that made it, so that station's own entry follows.
StoreError Applier::outboxRow(const QJsonObject &row, ReplicaReport &report)
{
    const QString login = textOf(row, "operator"_L1);
    auto op = operatorId(login);
    if (!op.ok())
        return op.error();
    SqliteStatement &st = m_outboxUpsert;
    st.bind(0, intOf(row, "item_id"_L1));
    st.bind(1, textOf(row, "action"_L1));
    st.bind(2, textOf(row, "body"_L1));
    st.bind(3, row.value("close_after"_L1).toBool() ? 1 : 0);
    st.bind(4, m_operatorNames.value(login, login));
    st.bind(5, textOf(row, "key"_L1));
    st.bind(6, textOf(row, "state"_L1));
    st.bind(7, intOf(row, "attempts"_L1));
    st.bind(8, textOf(row, "error"_L1));
    st.bind(9, row.value("retryable"_L1).toBool() ? 1 : 0);
    st.bind(10, textOf(row, "result_external_id"_L1));
    st.bind(11, intOf(row, "created"_L1));
    st.bind(12, intOf(row, "updated"_L1));
    if (StoreError err = st.exec(
            QCoreApplication::translate("fd::core::Replica", "Storing how a reply or action went"));
        !err.ok()) {
        st.reset();
        return err;
    }
    report.outboxEntries.append({st.int64(0), intOf(row, "item_id"_L1)});
    st.reset();
    return {};
}

StoreError Applier::accountRow(const QJsonObject &row)
{
    SqliteStatement &st = m_accountUpsert;
    st.bind(0, intOf(row, "id"_L1));
    st.bind(1, textOf(row, "platform"_L1));
    st.bind(2, textOf(row, "name"_L1));
    st.bind(3, textOf(row, "api_base"_L1));
    st.bind(4, textOf(row, "cursor"_L1));
    st.bind(5, row.value("enabled"_L1).toBool() ? 1 : 0);
    st.bind(6, intOf(row, "created"_L1));
    m_accounts.insert(intOf(row, "id"_L1));
    return run(
        st, QCoreApplication::translate("fd::core::Replica", "Storing one of the team's accounts"));
}

StoreError Applier::authorRow(const QJsonObject &row)
{
    const qint64 id = intOf(row, "id"_L1);
    const QString name = textOf(row, "name"_L1);
    const QString handle = textOf(row, "handle"_L1);
    std::optional<QString> oldIndexed;
    m_authorSelect.bind(0, id);
    if (StoreError err = m_authorSelect.exec(
            QCoreApplication::translate("fd::core::Replica", "Looking up an author"));
        !err.ok()) {
        m_authorSelect.reset();
        return err;
    }
    if (m_authorSelect.hasRow())
        oldIndexed = searchableAuthor(m_authorSelect.text(0), m_authorSelect.text(1));
    m_authorSelect.reset();

    SqliteStatement &st = m_authorUpsert;
    st.bind(0, id);
    st.bind(1, textOf(row, "platform"_L1));
    st.bind(2, textOf(row, "external_id"_L1));
    st.bind(3, name);
    st.bind(4, handle);
    st.bind(5, optionalInt(row, "followers"_L1));
    st.bind(6, textOf(row, "city"_L1));
    st.bind(7, textOf(row, "avatar_url"_L1));
    st.bind(8, intOf(row, "first_seen"_L1));
    st.bind(9, QDateTime::currentMSecsSinceEpoch());
    if (StoreError err =
            run(st, QCoreApplication::translate("fd::core::Replica", "Storing an author"));
        !err.ok())
        return err;
    m_authors.insert(id);

    // A renamed author is searched for by the new name in all their items.
    const QString indexed = searchableAuthor(name, handle);
    m_authorIndexed.insert(id, indexed);
    if (!oldIndexed || *oldIndexed == indexed)
        return {};
    QList<std::pair<qint64, QString>> items;
    m_authorItems.bind(0, id);
    StoreError err = m_authorItems.exec(
        QCoreApplication::translate("fd::core::Replica", "Updating the search index"));
    while (err.ok() && m_authorItems.hasRow()) {
        items.append({m_authorItems.int64(0), m_authorItems.text(1)});
        err = m_authorItems.next(
            QCoreApplication::translate("fd::core::Replica", "Updating the search index"));
    }
    m_authorItems.reset();
    if (!err.ok())
        return err;
    for (const auto &[itemId, text] : items)
        reindex(itemId, text, *oldIndexed, text, indexed);
    return {};
}

StoreError Applier::postRow(const QJsonObject &row)
{
    SqliteStatement &st = m_postUpsert;
    st.bind(0, intOf(row, "id"_L1));
    st.bind(1, intOf(row, "account_id"_L1));
    st.bind(2, textOf(row, "external_id"_L1));
    st.bind(3, textOf(row, "text"_L1));
    st.bind(4, textOf(row, "url"_L1));
    st.bind(5, optionalInt(row, "created"_L1));
    m_posts.insert(intOf(row, "id"_L1));
    return run(st, QCoreApplication::translate("fd::core::Replica", "Storing a post"));
}

StoreError Applier::threadRow(const QJsonObject &row)
{
    SqliteStatement &st = m_threadUpsert;
    st.bind(0, intOf(row, "id"_L1));
    st.bind(1, intOf(row, "account_id"_L1));
    st.bind(2, textOf(row, "kind"_L1));
    st.bind(3, textOf(row, "external_id"_L1));
    st.bind(4, optionalInt(row, "post_id"_L1));
    st.bind(5, textOf(row, "title"_L1));
    st.bind(6, optionalInt(row, "last_item"_L1));
    m_threads.insert(intOf(row, "id"_L1));
    return run(st, QCoreApplication::translate("fd::core::Replica", "Storing a conversation"));
}

StoreResult<std::optional<qint64>> Applier::operatorId(const QString &login)
{
    if (login.isEmpty())
        return std::optional<qint64>();
    if (auto it = m_operators.constFind(login); it != m_operators.constEnd())
        return std::optional<qint64>(*it);
    m_operatorSelect.bind(0, login);
    if (StoreError err = m_operatorSelect.exec(
            QCoreApplication::translate("fd::core::Replica", "Looking up an operator"));
        !err.ok()) {
        m_operatorSelect.reset();
        return err;
    }
    if (m_operatorSelect.hasRow()) {
        const qint64 id = m_operatorSelect.int64(0);
        m_operatorNames.insert(login, m_operatorSelect.text(1));
        m_operatorSelect.reset();
        m_operators.insert(login, id);
        return std::optional<qint64>(id);
    }
    m_operatorSelect.reset();
    // Not pulled yet (a row of another page): known by login until it comes.
    QJsonObject row{{u"login"_s, login},
                    {u"display_name"_s, login},
                    {u"role"_s, u"operator"_s},
                    {u"created"_s, QDateTime::currentMSecsSinceEpoch()}};
    if (StoreError err = operatorRow(row); !err.ok())
        return err;
    return std::optional<qint64>(m_operators.value(login));
}

StoreResult<QString> Applier::authorIndexed(std::optional<qint64> authorId)
{
    if (!authorId)
        return u" "_s;
    if (auto it = m_authorIndexed.constFind(*authorId); it != m_authorIndexed.constEnd())
        return *it;
    m_authorSelect.bind(0, *authorId);
    if (StoreError err = m_authorSelect.exec(
            QCoreApplication::translate("fd::core::Replica", "Looking up an author"));
        !err.ok()) {
        m_authorSelect.reset();
        return err;
    }
    const QString indexed = m_authorSelect.hasRow()
                                ? searchableAuthor(m_authorSelect.text(0), m_authorSelect.text(1))
                                : u" "_s;
    m_authorSelect.reset();
    m_authorIndexed.insert(*authorId, indexed);
    return indexed;
}

void Applier::reindex(qint64 itemId, const QString &oldText, const QString &oldAuthor,
                      const QString &text, const QString &author)
{
    m_index.append({true, itemId, oldText, oldAuthor});
    index(itemId, text, author);
}

StoreError Applier::writeIndex()
{
    const QString what =
        QCoreApplication::translate("fd::core::Replica", "Updating the search index");
    for (const IndexChange &c : std::as_const(m_index)) {
        SqliteStatement &st = c.remove ? m_ftsDelete : m_ftsInsert;
        st.bind(0, c.itemId);
        st.bind(1, c.text);
        st.bind(2, c.author);
        if (StoreError err = run(st, what); !err.ok())
            return err;
    }
    m_index.clear();
    return {};
}

StoreError Applier::itemRow(const QJsonObject &row, ReplicaReport &report)
{
    const qint64 id = intOf(row, "id"_L1);
    const QString text = textOf(row, "text"_L1);
    const std::optional<qint64> authorId = optionalInt(row, "author_id"_L1);

    std::optional<QString> oldText;
    std::optional<qint64> oldAuthor;
    m_itemSelect.bind(0, id);
    if (StoreError err = m_itemSelect.exec(
            QCoreApplication::translate("fd::core::Replica", "Looking up an item"));
        !err.ok()) {
        m_itemSelect.reset();
        return err;
    }
    if (m_itemSelect.hasRow()) {
        oldText = m_itemSelect.text(0);
        if (!m_itemSelect.isNull(1))
            oldAuthor = m_itemSelect.int64(1);
    }
    m_itemSelect.reset();

    auto assignee = operatorId(textOf(row, "assignee"_L1));
    if (!assignee.ok())
        return assignee.error();

    SqliteStatement &st = oldText ? m_itemUpdate : m_itemInsert;
    st.bind(0, id);
    st.bind(1, intOf(row, "account_id"_L1));
    st.bind(2, textOf(row, "external_id"_L1));
    st.bind(3, textOf(row, "kind"_L1));
    st.bind(4, textOf(row, "direction"_L1));
    st.bind(5, optionalInt(row, "thread_id"_L1));
    st.bind(6, textOf(row, "parent_external_id"_L1));
    st.bind(7, optionalInt(row, "post_id"_L1));
    st.bind(8, authorId);
    st.bind(9, text);
    st.bind(10, textOf(row, "attachments"_L1));
    st.bind(11, intOf(row, "rating"_L1));
    st.bind(12, textOf(row, "url"_L1));
    st.bind(13, intOf(row, "created"_L1));
    st.bind(14, intOf(row, "received"_L1));
    st.bind(15, optionalInt(row, "edited"_L1));
    st.bind(16, optionalInt(row, "deleted"_L1));
    st.bind(17, textOf(row, "status"_L1));
    st.bind(18, *assignee);
    st.bind(19, row.value("read"_L1).toBool() ? 1 : 0);
    st.bind(20, row.value("truncated"_L1).toBool() ? 1 : 0);
    if (StoreError err =
            run(st, QCoreApplication::translate("fd::core::Replica", "Storing an item"));
        !err.ok())
        return err;
    m_items.insert(id);

    if (!oldText) {
        auto indexed = authorIndexed(authorId);
        if (!indexed.ok())
            return indexed.error();
        index(id, text, *indexed);
        ++report.newItems;
        return {};
    }
    ++report.changedItems;
    if (*oldText == text && oldAuthor == authorId)
        return {};
    auto before = authorIndexed(oldAuthor);
    if (!before.ok())
        return before.error();
    auto after = authorIndexed(authorId);
    if (!after.ok())
        return after.error();
    reindex(id, *oldText, *before, text, *after);
    return {};
}

StoreResult<qint64> Applier::tagId(const QString &name, const QString &color, qint64 createdMs)
{
    if (!m_tags) {
        // Names are compared case-folded here: SQLite's NOCASE folds ASCII only.
        m_tags.emplace();
        auto q = Connection::exec(m_db, u"SELECT id, name FROM tags"_s);
        if (!q.ok())
            return q.error();
        while (q.value().next())
            m_tags->insert(q->value(1).toString().toCaseFolded(), q->value(0).toLongLong());
    }
    const QString folded = name.toCaseFolded();
    if (auto it = m_tags->constFind(folded); it != m_tags->constEnd())
        return *it;
    m_tagInsert.bind(0, name);
    m_tagInsert.bind(1, color);
    m_tagInsert.bind(2, createdMs);
    if (StoreError err =
            m_tagInsert.exec(QCoreApplication::translate("fd::core::Replica", "Storing a tag"));
        !err.ok()) {
        m_tagInsert.reset();
        return err;
    }
    const qint64 id = m_tagInsert.lastInsertId();
    m_tagInsert.reset();
    m_tags->insert(folded, id);
    return id;
}

StoreError Applier::tagRow(const QJsonObject &row)
{
    const QString color = textOf(row, "color"_L1);
    auto id = tagId(textOf(row, "name"_L1), color, intOf(row, "created"_L1));
    if (!id.ok())
        return id.error();
    m_tagColor.bind(0, color);
    m_tagColor.bind(1, *id);
    m_tagColor.bind(2, color);
    return run(m_tagColor, QCoreApplication::translate("fd::core::Replica", "Storing a tag"));
}

StoreError Applier::itemTagRow(const QJsonObject &row)
{
    auto tag = tagId(textOf(row, "tag"_L1), QString(), QDateTime::currentMSecsSinceEpoch());
    if (!tag.ok())
        return tag.error();
    const qint64 item = intOf(row, "item_id"_L1);
    if (row.value("present"_L1).toBool()) {
        m_itemTagAdd.bind(0, item);
        m_itemTagAdd.bind(1, *tag);
        return run(m_itemTagAdd,
                   QCoreApplication::translate("fd::core::Replica", "Tagging an item"));
    }
    m_itemTagRemove.bind(0, item);
    m_itemTagRemove.bind(1, *tag);
    return run(m_itemTagRemove,
               QCoreApplication::translate("fd::core::Replica", "Untagging an item"));
}

StoreError Applier::noteRow(const QJsonObject &row)
{
    QString key = textOf(row, "key"_L1);
    if (key.isEmpty())
        key = u"server:"_s + QString::number(intOf(row, "id"_L1));
    m_noteSelect.bind(0, key);
    if (StoreError err = m_noteSelect.exec(
            QCoreApplication::translate("fd::core::Replica", "Looking up a note"));
        !err.ok()) {
        m_noteSelect.reset();
        return err;
    }
    const bool known = m_noteSelect.hasRow();
    m_noteSelect.reset();
    if (known) {
        // Notes never change; the one written here takes the time the server gave it, so the
        // station's clock decides nothing the team sees.
        m_noteTime.bind(0, intOf(row, "created"_L1));
        m_noteTime.bind(1, key);
        return run(m_noteTime, QCoreApplication::translate("fd::core::Replica", "Storing a note"));
    }
    const QString login = textOf(row, "operator"_L1);
    if (auto id = operatorId(login); !id.ok())
        return id.error();
    m_noteInsert.bind(0, optionalInt(row, "author_id"_L1));
    m_noteInsert.bind(1, optionalInt(row, "thread_id"_L1));
    m_noteInsert.bind(2, m_operatorNames.value(login, login));
    m_noteInsert.bind(3, textOf(row, "body"_L1));
    m_noteInsert.bind(4, intOf(row, "created"_L1));
    m_noteInsert.bind(5, key);
    return run(m_noteInsert, QCoreApplication::translate("fd::core::Replica", "Storing a note"));
}

StoreError Applier::saveCursor(const SyncCursor &cursor)
{
    m_cursor.bind(0, cursor.toString());
    return run(m_cursor,
               QCoreApplication::translate("fd::core::Replica", "Saving where the pull stands"));
}

} // namespace

namespace replica {

StoreError apply(const QSqlDatabase &db, const QList<Change> &changes,
                 const std::optional<SyncCursor> &cursor, ReplicaReport *report)
{
    Applier applier(db);
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
