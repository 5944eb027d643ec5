#include "Ingestor.h"

#include "Connection.h"
#include "SqliteStatement.h"
#include "TextLimits.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

std::optional<qint64> msOrNull(const QDateTime &t)
{
    return t.isValid() ? std::optional<qint64>(t.toMSecsSinceEpoch()) : std::nullopt;
}

QString key(const QString &a, const QString &b)
{
    return a + QChar(0x1f) + b;
}

// A day of clock skew is tolerated; later "creation" times are pinned to now for ordering.
constexpr qint64 kFutureSlackMs = 5 * 60 * 1000;
// Items created in the same second share a window of ids; see allocateId().
constexpr qint64 kIdWindow = 1000 * 1000;

} // namespace

QString searchableAuthor(const QString &name, const QString &handle)
{
    // Must equal the items_fts_source view's expression.
    return name + u' ' + handle;
}

std::optional<CleanItem> cleanItem(const IncomingItem &in, int index, IngestResult &result)
{
    const Item &item = in.item;
    CleanItem clean;
    clean.externalId = item.externalId.trimmed();
    if (clean.externalId.isEmpty()) {
        result.rejected.append(
            {index, clean.externalId,
             QCoreApplication::translate("fd::core::Store", "The item has no id.")});
        return std::nullopt;
    }
    if (clean.externalId.size() > TextLimits::externalId) {
        result.rejected.append({index, clean.externalId.left(64) + u'…',
                                QCoreApplication::translate(
                                    "fd::core::Store", "The item id is longer than %1 characters.")
                                    .arg(TextLimits::externalId)});
        return std::nullopt;
    }
    clean.text = sanitizeText(item.text, TextLimits::itemText, &clean.truncated);
    clean.attachments = sanitizeText(item.attachments, TextLimits::shortText);
    if (clean.truncated) {
        result.warnings.append(
            QCoreApplication::translate("fd::core::Store",
                                        "Item %1: the text was %2 characters long; the first %3 "
                                        "were kept.")
                .arg(clean.externalId)
                .arg(item.text.size())
                .arg(TextLimits::itemText));
    }
    return clean;
}

QString threadExternalIdOf(const IncomingItem &in)
{
    const Item &item = in.item;
    QString threadExternal = in.threadExternalId.left(TextLimits::externalId);
    if (threadExternal.isEmpty()) {
        switch (item.kind) {
        case ItemKind::Dm:
            threadExternal = u"dm:"_s + item.author.externalId;
            break;
        case ItemKind::Comment:
            threadExternal =
                in.post.externalId.isEmpty() ? u"comments"_s : u"post:"_s + in.post.externalId;
            break;
        case ItemKind::Mention:
            threadExternal = u"mentions"_s;
            break;
        case ItemKind::Review:
            threadExternal = u"reviews"_s;
            break;
        }
    }
    return threadExternal;
}

struct Ingestor::Statements
{
    SqliteStatement accountPlatform, authorSelect, authorInsert, authorUpdate, postSelect,
        postInsert, postUpdate, threadSelect, threadInsert, threadTouch, itemSelect, itemInsert,
        itemEdit, itemDelete, itemRestore, ftsInsert, ftsDelete, journalInsert, cursorUpdate,
        idProbe, idExists, maxId;
};

Ingestor::Ingestor() = default;
Ingestor::~Ingestor() = default;

void Ingestor::transactionStarted(const QSqlDatabase &db)
{
    m_maxItemId = -1;
    if (prepare(db).ok()) {
        SqliteStatement &q = m_st->maxId;
        if (q.exec(QString()).ok() && q.hasRow())
            m_maxItemId = q.isNull(0) ? 0 : q.int64(0);
        q.reset();
    }
}

void Ingestor::setHook(std::shared_ptr<IngestHook> hook)
{
    if (m_hook)
        m_hook->connectionClosing();
    m_hook = std::move(hook);
}

void Ingestor::rolledBack()
{
    if (m_hook)
        m_hook->rolledBack();
    m_authors.clear();
    m_posts.clear();
    m_threads.clear();
    m_maxItemId = -1;
}

void Ingestor::connectionClosing()
{
    if (m_hook)
        m_hook->connectionClosing();
    m_st.reset();
    m_connection.clear();
    rolledBack();
}

StoreError Ingestor::prepare(const QSqlDatabase &db)
{
    if (m_st && m_connection == db.connectionName())
        return {};
    m_st.reset();
    rolledBack();
    auto st = std::make_unique<Statements>();
    sqlite3 *handle = SqliteStatement::handleOf(db);
    const std::pair<SqliteStatement *, QString> all[] = {
        {&st->accountPlatform, u"SELECT platform, name FROM accounts WHERE id = ?"_s},
        {&st->authorSelect, u"SELECT id, name, handle, followers, city, avatar_url FROM authors "
                            u"WHERE platform = ? AND external_id = ?"_s},
        {&st->authorInsert,
         u"INSERT INTO authors (platform, external_id, name, handle, followers, city, avatar_url, "
         u"first_seen, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
        {&st->authorUpdate, u"UPDATE authors SET name = ?, handle = ?, followers = ?, city = ?, "
                            u"avatar_url = ?, updated_at = ? WHERE id = ?"_s},
        {&st->postSelect,
         u"SELECT id, text, url FROM posts WHERE account_id = ? AND external_id = ?"_s},
        {&st->postInsert, u"INSERT INTO posts (account_id, external_id, text, url, created_at) "
                          u"VALUES (?, ?, ?, ?, ?)"_s},
        {&st->postUpdate, u"UPDATE posts SET text = ?, url = ? WHERE id = ?"_s},
        {&st->threadSelect, u"SELECT id FROM threads WHERE account_id = ? AND external_id = ?"_s},
        {&st->threadInsert, u"INSERT INTO threads (account_id, kind, external_id, post_id, title, "
                            u"last_item_at) VALUES (?, ?, ?, ?, ?, ?)"_s},
        {&st->threadTouch, u"UPDATE threads SET last_item_at = max(coalesce(last_item_at, 0), ?) "
                           u"WHERE id = ?"_s},
        {&st->itemSelect,
         u"SELECT i.id, i.text, i.attachments, i.status, coalesce(a.name, '') || ' ' || "
         u"coalesce(a.handle, '') FROM items i LEFT JOIN authors a ON a.id = i.author_id "
         u"WHERE i.account_id = ? AND i.external_id = ?"_s},
        {&st->itemInsert,
         u"INSERT INTO items (id, account_id, external_id, kind, direction, thread_id, "
         u"parent_external_id, post_id, author_id, text, attachments, rating, url, created_at, "
         u"received_at, edited_at, status, truncated, lang, sentiment, spam, priority, "
         u"assignee_id, read) "
         u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, nullif(?, 0), "
         u"?)"_s},
        {&st->itemEdit, u"UPDATE items SET text = ?, attachments = ?, edited_at = ?, truncated = ? "
                        u"WHERE id = ?"_s},
        {&st->itemDelete, u"UPDATE items SET status = 'deleted', deleted_at = ? WHERE id = ?"_s},
        // A restored item comes back unread-new, or open when someone had read it.
        {&st->itemRestore, u"UPDATE items SET status = CASE WHEN read THEN 'open' ELSE 'new' END, "
                           u"deleted_at = NULL WHERE id = ?"_s},
        {&st->ftsInsert, u"INSERT INTO items_fts (rowid, text, author) VALUES (?, ?, ?)"_s},
        {&st->ftsDelete, u"INSERT INTO items_fts (items_fts, rowid, text, author) "
                         u"VALUES ('delete', ?, ?, ?)"_s},
        {&st->journalInsert,
         u"INSERT INTO journal (at, actor_kind, actor, action, item_id, account_id, before, after, "
         u"detail) VALUES (?, 'connector', ?, ?, ?, ?, ?, ?, ?)"_s},
        {&st->cursorUpdate, u"UPDATE accounts SET cursor = ?, last_poll_at = ?, last_error = '' "
                            u"WHERE id = ?"_s},
        {&st->idProbe, u"SELECT max(id) FROM items WHERE id >= ? AND id < ?"_s},
        {&st->idExists, u"SELECT 1 FROM items WHERE id = ?"_s},
        {&st->maxId, u"SELECT max(id) FROM items"_s},
    };
    for (const auto &[statement, sql] : all) {
        if (StoreError err = statement->prepare(handle, sql); !err.ok())
            return err;
    }
    m_st = std::move(st);
    m_connection = db.connectionName();
    return {};
}

StoreResult<qint64> Ingestor::upsertAuthor(const Author &in, const QString &platform, qint64 nowMs)
{
    if (in.externalId.isEmpty())
        return qint64(0);
    AuthorRow incoming;
    incoming.name = sanitizeText(in.name, TextLimits::shortText).simplified();
    incoming.handle = sanitizeText(in.handle, TextLimits::shortText).trimmed();
    if (incoming.handle.startsWith(u'@'))
        incoming.handle.remove(0, 1);
    incoming.city = sanitizeText(in.city, TextLimits::shortText).simplified();
    incoming.avatarUrl = sanitizeText(in.avatarUrl, TextLimits::shortText).trimmed();
    incoming.followers = in.followers < 0 ? -1 : in.followers;
    const QString externalId = in.externalId.left(TextLimits::externalId);
    const QString cacheKey = key(platform, externalId);

    auto cached = m_authors.constFind(cacheKey);
    AuthorRow current;
    if (cached != m_authors.constEnd()) {
        current = *cached;
    } else {
        SqliteStatement &q = m_st->authorSelect;
        q.bind(0, platform);
        q.bind(1, externalId);
        if (StoreError err =
                q.exec(QCoreApplication::translate("fd::core::Store", "Looking up an author"));
            !err.ok())
            return err;
        if (q.hasRow()) {
            current.id = q.int64(0);
            current.name = q.text(1);
            current.handle = q.text(2);
            current.followers = q.isNull(3) ? -1 : q.int64(3);
            current.city = q.text(4);
            current.avatarUrl = q.text(5);
        }
        q.reset();
    }

    auto followersValue = [](qint64 f) { return f < 0 ? std::nullopt : std::optional<qint64>(f); };

    if (current.id == 0) {
        SqliteStatement &q = m_st->authorInsert;
        q.bind(0, platform);
        q.bind(1, externalId);
        q.bind(2, nonNull(incoming.name));
        q.bind(3, nonNull(incoming.handle));
        q.bind(4, followersValue(incoming.followers));
        q.bind(5, nonNull(incoming.city));
        q.bind(6, nonNull(incoming.avatarUrl));
        q.bind(7, nowMs);
        q.bind(8, nowMs);
        if (StoreError err =
                q.exec(QCoreApplication::translate("fd::core::Store", "Storing an author"));
            !err.ok())
            return err;
        incoming.id = q.lastInsertId();
        m_authors.insert(cacheKey, incoming);
        return incoming.id;
    }

    // A platform that does not send a field this time has not erased it.
    AuthorRow merged = current;
    if (!incoming.name.isEmpty())
        merged.name = incoming.name;
    if (!incoming.handle.isEmpty())
        merged.handle = incoming.handle;
    if (incoming.followers >= 0)
        merged.followers = incoming.followers;
    if (!incoming.city.isEmpty())
        merged.city = incoming.city;
    if (!incoming.avatarUrl.isEmpty())
        merged.avatarUrl = incoming.avatarUrl;
    if (merged.name == current.name && merged.handle == current.handle &&
        merged.followers == current.followers && merged.city == current.city &&
        merged.avatarUrl == current.avatarUrl) {
        m_authors.insert(cacheKey, current);
        return current.id;
    }

    if (cached != m_authors.constEnd()) {
        // Another process may have changed the row since it was cached: the full-text index
        // holds what is in the table, so compare against that.
        m_authors.remove(cacheKey);
        return upsertAuthor(in, platform, nowMs);
    }

    SqliteStatement &q = m_st->authorUpdate;
    q.bind(0, nonNull(merged.name));
    q.bind(1, nonNull(merged.handle));
    q.bind(2, followersValue(merged.followers));
    q.bind(3, nonNull(merged.city));
    q.bind(4, nonNull(merged.avatarUrl));
    q.bind(5, nowMs);
    q.bind(6, current.id);
    if (StoreError err =
            q.exec(QCoreApplication::translate("fd::core::Store", "Updating an author"));
        !err.ok())
        return err;
    if (merged.name != current.name || merged.handle != current.handle) {
        if (StoreError err =
                reindexAuthor(current.id, searchableAuthor(current.name, current.handle),
                              searchableAuthor(merged.name, merged.handle));
            !err.ok())
            return err;
    }
    m_authors.insert(cacheKey, merged);
    return current.id;
}

StoreError Ingestor::reindexAuthor(qint64 authorId, const QString &oldIndexed,
                                   const QString &newIndexed)
{
    // Renames are rare; the author's items are re-indexed so searching the new name finds them.
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto del = Connection::exec(db,
                                u"INSERT INTO items_fts (items_fts, rowid, text, author) "
                                u"SELECT 'delete', id, text, ? FROM items WHERE author_id = ?"_s,
                                {oldIndexed, authorId});
    if (!del.ok())
        return del.error();
    auto ins = Connection::exec(db,
                                u"INSERT INTO items_fts (rowid, text, author) "
                                u"SELECT id, text, ? FROM items WHERE author_id = ?"_s,
                                {newIndexed, authorId});
    return ins.ok() ? StoreError{} : ins.error();
}

StoreResult<qint64> Ingestor::upsertPost(qint64 accountId, const PostPreview &post)
{
    if (post.externalId.isEmpty())
        return qint64(0);
    const QString externalId = post.externalId.left(TextLimits::externalId);
    const QString cacheKey = key(QString::number(accountId), externalId);
    const QString text = sanitizeText(post.text, TextLimits::itemText);
    const QString url = sanitizeText(post.url, TextLimits::shortText);
    qint64 id = 0;
    QString oldText, oldUrl;
    if (auto it = m_posts.constFind(cacheKey); it != m_posts.constEnd()) {
        // Known: only a changed text or link needs writing.
        if ((text.isEmpty() || text == it->text) && (url.isEmpty() || url == it->url))
            return it->id;
        id = it->id;
        oldText = it->text;
        oldUrl = it->url;
    } else {
        SqliteStatement &sel = m_st->postSelect;
        sel.bind(0, accountId);
        sel.bind(1, externalId);
        if (StoreError err =
                sel.exec(QCoreApplication::translate("fd::core::Store", "Looking up a post"));
            !err.ok())
            return err;
        if (sel.hasRow()) {
            id = sel.int64(0);
            oldText = sel.text(1);
            oldUrl = sel.text(2);
        }
        sel.reset();
    }

    if (id == 0) {
        SqliteStatement &q = m_st->postInsert;
        q.bind(0, accountId);
        q.bind(1, externalId);
        q.bind(2, text);
        q.bind(3, url);
        q.bind(4, msOrNull(post.createdAt));
        if (StoreError err =
                q.exec(QCoreApplication::translate("fd::core::Store", "Storing a post"));
            !err.ok())
            return err;
        id = q.lastInsertId();
    } else if ((!text.isEmpty() && text != oldText) || (!url.isEmpty() && url != oldUrl)) {
        SqliteStatement &q = m_st->postUpdate;
        q.bind(0, nonNull(text.isEmpty() ? oldText : text));
        q.bind(1, nonNull(url.isEmpty() ? oldUrl : url));
        q.bind(2, id);
        if (StoreError err =
                q.exec(QCoreApplication::translate("fd::core::Store", "Updating a post"));
            !err.ok())
            return err;
    }
    m_posts.insert(cacheKey, {id, text.isEmpty() ? oldText : text, url.isEmpty() ? oldUrl : url});
    return id;
}

StoreResult<qint64> Ingestor::upsertThread(qint64 accountId, ThreadKind kind,
                                           const QString &externalId, const QString &title,
                                           qint64 postId)
{
    const QString cacheKey = key(QString::number(accountId), externalId);
    if (auto it = m_threads.constFind(cacheKey); it != m_threads.constEnd())
        return *it;
    SqliteStatement &sel = m_st->threadSelect;
    sel.bind(0, accountId);
    sel.bind(1, externalId);
    if (StoreError err =
            sel.exec(QCoreApplication::translate("fd::core::Store", "Looking up a thread"));
        !err.ok())
        return err;
    qint64 id = sel.hasRow() ? sel.int64(0) : 0;
    sel.reset();
    if (id == 0) {
        SqliteStatement &q = m_st->threadInsert;
        q.bind(0, accountId);
        q.bind(1, toString(kind));
        q.bind(2, externalId);
        q.bind(3, postId > 0 ? std::optional<qint64>(postId) : std::nullopt);
        q.bind(4, sanitizeText(title, TextLimits::shortText));
        q.bindNull(5);
        if (StoreError err =
                q.exec(QCoreApplication::translate("fd::core::Store", "Storing a thread"));
            !err.ok())
            return err;
        id = q.lastInsertId();
    }
    m_threads.insert(cacheKey, id);
    return id;
}

StoreResult<qint64> Ingestor::allocateId(qint64 createdMs, qint64 nowMs)
{
    const qint64 ms = qBound(qint64(1), createdMs, nowMs + kFutureSlackMs);
    const qint64 base = ms * 1000;
    if (m_maxItemId >= 0 && base > m_maxItemId) {
        m_maxItemId = base;
        return base; // the common case: the newest item so far
    }
    SqliteStatement &probe = m_st->idProbe;
    probe.bind(0, base);
    probe.bind(1, base + kIdWindow);
    if (StoreError err =
            probe.exec(QCoreApplication::translate("fd::core::Store", "Choosing an item id"));
        !err.ok())
        return err;
    qint64 id = base;
    if (probe.hasRow() && !probe.isNull(0))
        id = probe.int64(0) + 1;
    probe.reset();
    // Within the window the maximum plus one is free; past it the next second's ids begin, so
    // step over any that are taken.
    while (id >= base + kIdWindow) {
        SqliteStatement &exists = m_st->idExists;
        exists.bind(0, id);
        if (StoreError err =
                exists.exec(QCoreApplication::translate("fd::core::Store", "Choosing an item id"));
            !err.ok())
            return err;
        const bool taken = exists.hasRow();
        exists.reset();
        if (!taken)
            break;
        ++id;
    }
    m_maxItemId = qMax(m_maxItemId, id);
    return id;
}

StoreError Ingestor::journal(qint64 nowMs, const QString &platform, const QString &action,
                             qint64 itemId, qint64 accountId, const QString &before,
                             const QString &after, const QString &detail)
{
    SqliteStatement &q = m_st->journalInsert;
    q.bind(0, nowMs);
    q.bind(1, nonNull(platform));
    q.bind(2, action);
    q.bind(3, itemId);
    q.bind(4, accountId);
    q.bind(5, nonNull(before));
    q.bind(6, nonNull(after));
    q.bind(7, nonNull(detail));
    return q.exec(QCoreApplication::translate("fd::core::Store", "Writing the journal"));
}

StoreError Ingestor::ingest(const QSqlDatabase &db, const IngestBatch &batch, IngestResult &result,
                            const IngestPreview *preview)
{
    if (StoreError err = prepare(db); !err.ok())
        return err;
    if (m_maxItemId < 0)
        transactionStarted(db);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();

    SqliteStatement &acc = m_st->accountPlatform;
    acc.bind(0, batch.accountId);
    if (StoreError err =
            acc.exec(QCoreApplication::translate("fd::core::Store", "Looking up the account"));
        !err.ok())
        return err;
    if (!acc.hasRow()) {
        acc.reset();
        return StoreError::invalid(
            QCoreApplication::translate("fd::core::Store", "There is no account with id %1.")
                .arg(batch.accountId));
    }
    const QString platform = acc.text(0);
    const QString accountName = acc.text(1);
    acc.reset();
    if (m_hook) {
        if (StoreError err = m_hook->begin(db, preview); !err.ok())
            return err;
    }

    QHash<qint64, qint64> threadLastItem; // thread id -> newest created ms in this batch
    QList<IngestedItem> ingested;         // for the hook: what was stored or changed

    for (qsizetype index = 0; index < batch.items.size(); ++index) {
        const IncomingItem &in = batch.items.at(index);
        const Item &item = in.item;
        const auto clean = cleanItem(in, int(index), result);
        if (!clean)
            continue;
        const QString &externalId = clean->externalId;
        const QString &text = clean->text;
        const QString &attachments = clean->attachments;
        const bool truncated = clean->truncated;

        SqliteStatement &sel = m_st->itemSelect;
        sel.bind(0, batch.accountId);
        sel.bind(1, externalId);
        if (StoreError err =
                sel.exec(QCoreApplication::translate("fd::core::Store", "Looking up an item"));
            !err.ok())
            return err;
        if (sel.hasRow()) {
            const qint64 id = sel.int64(0);
            const QString oldText = sel.text(1);
            const QString oldAttachments = sel.text(2);
            const QString authorIndexed = sel.text(4);
            sel.reset();
            if (oldText == text && oldAttachments == attachments) {
                ++result.duplicates;
                continue;
            }
            SqliteStatement &upd = m_st->itemEdit;
            upd.bind(0, text);
            upd.bind(1, attachments);
            upd.bind(2, item.editedAt.isValid() ? item.editedAt.toMSecsSinceEpoch() : nowMs);
            upd.bind(3, truncated ? 1 : 0);
            upd.bind(4, id);
            if (StoreError err = upd.exec(
                    QCoreApplication::translate("fd::core::Store", "Updating an edited item"));
                !err.ok())
                return err;
            if (oldText != text) {
                SqliteStatement &fd = m_st->ftsDelete;
                fd.bind(0, id);
                fd.bind(1, nonNull(oldText));
                fd.bind(2, nonNull(authorIndexed));
                if (StoreError err = fd.exec(QCoreApplication::translate(
                        "fd::core::Store", "Updating the search index"));
                    !err.ok())
                    return err;
                SqliteStatement &fi = m_st->ftsInsert;
                fi.bind(0, id);
                fi.bind(1, text);
                fi.bind(2, nonNull(authorIndexed));
                if (StoreError err = fi.exec(QCoreApplication::translate(
                        "fd::core::Store", "Updating the search index"));
                    !err.ok())
                    return err;
                if (StoreError err = journal(nowMs, platform, u"item.edited"_s, id, batch.accountId,
                                             oldText, text, QString());
                    !err.ok())
                    return err;
            }
            ++result.edited;
            if (oldText != text)
                ingested.append({id, true});
            continue;
        }
        sel.reset();

        auto authorId = upsertAuthor(item.author, platform, nowMs);
        if (!authorId.ok())
            return authorId.error();
        auto postId = upsertPost(batch.accountId, in.post);
        if (!postId.ok())
            return postId.error();

        const QString threadExternal = threadExternalIdOf(in);
        auto threadId = upsertThread(batch.accountId, threadKindFor(item.kind), threadExternal,
                                     in.threadTitle, *postId);
        if (!threadId.ok())
            return threadId.error();

        const qint64 createdMs =
            item.createdAt.isValid() ? item.createdAt.toMSecsSinceEpoch() : nowMs;
        auto id = allocateId(createdMs, nowMs);
        if (!id.ok())
            return id.error();

        SqliteStatement &ins = m_st->itemInsert;
        ins.bind(0, *id);
        ins.bind(1, batch.accountId);
        ins.bind(2, externalId);
        ins.bind(3, toString(item.kind));
        ins.bind(4, toString(item.direction));
        ins.bind(5, *threadId);
        ins.bind(6, sanitizeText(item.parentExternalId, TextLimits::externalId));
        ins.bind(7, *postId > 0 ? std::optional<qint64>(*postId) : std::nullopt);
        ins.bind(8, *authorId > 0 ? std::optional<qint64>(*authorId) : std::nullopt);
        ins.bind(9, text);
        ins.bind(10, attachments);
        ins.bind(11, qBound(0, item.rating, 5));
        ins.bind(12, sanitizeText(item.url, TextLimits::shortText));
        ins.bind(13, createdMs);
        ins.bind(14, nowMs);
        ins.bind(15, msOrNull(item.editedAt));
        ItemDecision decision;
        decision.status = toString(item.status);
        if (m_hook && item.direction == Direction::Incoming) {
            NewItem decided; // what the hook is told of a new customer item
            decided.id = *id;
            decided.accountId = batch.accountId;
            decided.threadId = *threadId;
            decided.postId = *postId;
            decided.authorId = *authorId;
            decided.platform = platform;
            decided.accountName = accountName;
            decided.kind = toString(item.kind);
            decided.text = text;
            decided.status = decision.status;
            if (*authorId > 0) {
                const AuthorRow &a = m_authors.value(
                    key(platform, item.author.externalId.left(TextLimits::externalId)));
                decided.authorName = a.name;
                decided.authorHandle = a.handle;
                if (a.followers >= 0)
                    decided.followers = a.followers;
            }
            if (*postId > 0) {
                decided.postExternalId = in.post.externalId.left(TextLimits::externalId);
                decided.postText =
                    m_posts.value(key(QString::number(batch.accountId), decided.postExternalId))
                        .text;
            }
            decided.createdMs = createdMs;
            decided.receivedMs = nowMs;
            decided.index = index;
            auto d = m_hook->decide(db, decided, result);
            if (!d.ok())
                return d.error();
            decision = *d;
        }
        ins.bind(16, decision.status);
        ins.bind(17, truncated ? 1 : 0);
        const ItemAnnotations &notes = decision.notes;
        ins.bind(18, notes.lang);
        ins.bind(19, notes.sentiment ? std::optional<qint64>(*notes.sentiment) : std::nullopt);
        ins.bind(20, notes.spam ? 1 : 0);
        ins.bind(21, qint64(decision.priority));
        ins.bind(22, decision.assigneeId);
        ins.bind(23, decision.status == u"closed" ? 1 : 0);
        if (StoreError err =
                ins.exec(QCoreApplication::translate("fd::core::Store", "Storing an item"));
            !err.ok())
            return err;

        QString authorIndexed = u" "_s;
        if (*authorId > 0) {
            const AuthorRow &a =
                m_authors.value(key(platform, item.author.externalId.left(TextLimits::externalId)));
            authorIndexed = searchableAuthor(a.name, a.handle);
        }
        SqliteStatement &fi = m_st->ftsInsert;
        fi.bind(0, *id);
        fi.bind(1, text);
        fi.bind(2, nonNull(authorIndexed));
        if (StoreError err = fi.exec(
                QCoreApplication::translate("fd::core::Store", "Updating the search index"));
            !err.ok())
            return err;

        auto &last = threadLastItem[*threadId];
        last = qMax(last, createdMs);
        ++result.inserted;
        result.insertedIds.append(*id);
        ingested.append({*id, false});
    }

    for (auto it = threadLastItem.constBegin(); it != threadLastItem.constEnd(); ++it) {
        SqliteStatement &q = m_st->threadTouch;
        q.bind(0, it.value());
        q.bind(1, it.key());
        if (StoreError err =
                q.exec(QCoreApplication::translate("fd::core::Store", "Updating a thread"));
            !err.ok())
            return err;
    }

    if (m_hook && !ingested.isEmpty()) {
        if (StoreError err = m_hook->ingested(db, batch, ingested, result); !err.ok())
            return err;
    }

    for (const IncomingDeletion &del : batch.deletions) {
        SqliteStatement &sel = m_st->itemSelect;
        sel.bind(0, batch.accountId);
        sel.bind(1, del.externalId.trimmed());
        if (StoreError err =
                sel.exec(QCoreApplication::translate("fd::core::Store", "Looking up an item"));
            !err.ok())
            return err;
        if (!sel.hasRow()) {
            sel.reset();
            ++result.unknownDeletions;
            continue;
        }
        const qint64 id = sel.int64(0);
        const QString text = sel.text(1);
        const QString status = sel.text(3);
        sel.reset();
        if (del.restored) {
            if (status != u"deleted")
                continue;
            SqliteStatement &q = m_st->itemRestore;
            q.bind(0, id);
            if (StoreError err = q.exec(
                    QCoreApplication::translate("fd::core::Store", "Restoring a deleted item"));
                !err.ok())
                return err;
            if (StoreError err = journal(nowMs, platform, u"item.restored"_s, id, batch.accountId,
                                         QString(), text, QString());
                !err.ok())
                return err;
            ++result.restored;
            continue;
        }
        if (status == u"deleted")
            continue;
        SqliteStatement &q = m_st->itemDelete;
        q.bind(0, del.deletedAt.isValid() ? del.deletedAt.toMSecsSinceEpoch() : nowMs);
        q.bind(1, id);
        if (StoreError err =
                q.exec(QCoreApplication::translate("fd::core::Store", "Marking an item deleted"));
            !err.ok())
            return err;
        const QString detail =
            del.deletedBy.isEmpty()
                ? QCoreApplication::translate("fd::core::Store", "status was %1").arg(status)
                : QCoreApplication::translate("fd::core::Store", "status was %1; deleted by %2")
                      .arg(status, del.deletedBy);
        if (StoreError err = journal(nowMs, platform, u"item.deleted"_s, id, batch.accountId, text,
                                     QString(), detail);
            !err.ok())
            return err;
        ++result.deleted;
    }

    if (batch.cursor) {
        SqliteStatement &q = m_st->cursorUpdate;
        q.bind(0, nonNull(*batch.cursor));
        q.bind(1, nowMs);
        q.bind(2, batch.accountId);
        if (StoreError err = q.exec(
                QCoreApplication::translate("fd::core::Store", "Saving the account's position"));
            !err.ok())
            return err;
    }
    return {};
}

} // namespace fd::core
