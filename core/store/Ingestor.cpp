#include "Ingestor.h"

#include "Connection.h"
#include "TextLimits.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

QString trStore(const char *text) { return QCoreApplication::translate("fd::core::Store", text); }

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QString key(const QString &a, const QString &b)
{
    return a + QChar(0x1f) + b;
}

QString indexedAuthor(const QString &name, const QString &handle)
{
    // Must equal the items_fts_source view's expression.
    return name + u' ' + handle;
}

// A day of clock skew is tolerated; later "creation" times are pinned to now for ordering.
constexpr qint64 kFutureSlackMs = 5 * 60 * 1000;
// Items created in the same second share a window of ids; see allocateId().
constexpr qint64 kIdWindow = 1000 * 1000;

} // namespace

struct Ingestor::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : accountPlatform(db), authorSelect(db), authorInsert(db), authorUpdate(db), postSelect(db),
          postInsert(db), postUpdate(db), threadSelect(db), threadInsert(db), threadTouch(db),
          itemSelect(db), itemInsert(db), itemEdit(db), itemDelete(db), ftsInsert(db), ftsDelete(db),
          journalInsert(db), cursorUpdate(db), idProbe(db), idExists(db), maxId(db)
    {
    }
    QSqlQuery accountPlatform, authorSelect, authorInsert, authorUpdate, postSelect, postInsert,
        postUpdate, threadSelect, threadInsert, threadTouch, itemSelect, itemInsert, itemEdit,
        itemDelete, ftsInsert, ftsDelete, journalInsert, cursorUpdate, idProbe, idExists, maxId;
};

Ingestor::Ingestor() = default;
Ingestor::~Ingestor() = default;

void Ingestor::transactionStarted(const QSqlDatabase &db)
{
    m_maxItemId = -1;
    if (prepare(db).ok()) {
        QSqlQuery &q = m_st->maxId;
        if (q.exec() && q.next())
            m_maxItemId = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
        q.finish();
    }
}

void Ingestor::rolledBack()
{
    m_authors.clear();
    m_posts.clear();
    m_threads.clear();
    m_maxItemId = -1;
}

void Ingestor::connectionClosing()
{
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
    auto st = std::make_unique<Statements>(db);
    const std::pair<QSqlQuery *, QString> all[] = {
        {&st->accountPlatform, u"SELECT platform FROM accounts WHERE id = ?"_s},
        {&st->authorSelect, u"SELECT id, name, handle, followers, city, avatar_url FROM authors "
                            u"WHERE platform = ? AND external_id = ?"_s},
        {&st->authorInsert,
         u"INSERT INTO authors (platform, external_id, name, handle, followers, city, avatar_url, "
         u"first_seen, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
        {&st->authorUpdate, u"UPDATE authors SET name = ?, handle = ?, followers = ?, city = ?, "
                            u"avatar_url = ?, updated_at = ? WHERE id = ?"_s},
        {&st->postSelect, u"SELECT id, text, url FROM posts WHERE account_id = ? AND external_id = ?"_s},
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
         u"received_at, edited_at, status, truncated) "
         u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
        {&st->itemEdit, u"UPDATE items SET text = ?, attachments = ?, edited_at = ?, truncated = ? "
                        u"WHERE id = ?"_s},
        {&st->itemDelete, u"UPDATE items SET status = 'deleted', deleted_at = ? WHERE id = ?"_s},
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
    for (const auto &[query, sql] : all) {
        query->setForwardOnly(true);
        if (StoreError err = Connection::prepare(*query, sql); !err.ok())
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
        QSqlQuery &q = m_st->authorSelect;
        q.bindValue(0, platform);
        q.bindValue(1, externalId);
        if (StoreError err = Connection::run(q, trStore("Looking up an author")); !err.ok())
            return err;
        if (q.next()) {
            current.id = q.value(0).toLongLong();
            current.name = q.value(1).toString();
            current.handle = q.value(2).toString();
            current.followers = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
            current.city = q.value(4).toString();
            current.avatarUrl = q.value(5).toString();
        }
        q.finish();
    }

    auto followersValue = [](qint64 f) {
        return f < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(f);
    };

    if (current.id == 0) {
        QSqlQuery &q = m_st->authorInsert;
        q.bindValue(0, platform);
        q.bindValue(1, externalId);
        q.bindValue(2, nonNull(incoming.name));
        q.bindValue(3, nonNull(incoming.handle));
        q.bindValue(4, followersValue(incoming.followers));
        q.bindValue(5, nonNull(incoming.city));
        q.bindValue(6, nonNull(incoming.avatarUrl));
        q.bindValue(7, nowMs);
        q.bindValue(8, nowMs);
        if (StoreError err = Connection::run(q, trStore("Storing an author")); !err.ok())
            return err;
        incoming.id = q.lastInsertId().toLongLong();
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
    if (merged.name == current.name && merged.handle == current.handle
        && merged.followers == current.followers && merged.city == current.city
        && merged.avatarUrl == current.avatarUrl) {
        m_authors.insert(cacheKey, current);
        return current.id;
    }

    if (cached != m_authors.constEnd()) {
        // Another process may have changed the row since it was cached: the full-text index
        // holds what is in the table, so compare against that.
        m_authors.remove(cacheKey);
        return upsertAuthor(in, platform, nowMs);
    }

    QSqlQuery &q = m_st->authorUpdate;
    q.bindValue(0, nonNull(merged.name));
    q.bindValue(1, nonNull(merged.handle));
    q.bindValue(2, followersValue(merged.followers));
    q.bindValue(3, nonNull(merged.city));
    q.bindValue(4, nonNull(merged.avatarUrl));
    q.bindValue(5, nowMs);
    q.bindValue(6, current.id);
    if (StoreError err = Connection::run(q, trStore("Updating an author")); !err.ok())
        return err;
    if (merged.name != current.name || merged.handle != current.handle) {
        if (StoreError err = reindexAuthor(current.id, indexedAuthor(current.name, current.handle),
                                           indexedAuthor(merged.name, merged.handle));
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
    // A cached post is only refreshed when the connector brings its text.
    if (auto it = m_posts.constFind(cacheKey); it != m_posts.constEnd() && text.isEmpty())
        return *it;

    QSqlQuery &sel = m_st->postSelect;
    sel.bindValue(0, accountId);
    sel.bindValue(1, externalId);
    if (StoreError err = Connection::run(sel, trStore("Looking up a post")); !err.ok())
        return err;
    qint64 id = 0;
    QString oldText, oldUrl;
    if (sel.next()) {
        id = sel.value(0).toLongLong();
        oldText = sel.value(1).toString();
        oldUrl = sel.value(2).toString();
    }
    sel.finish();

    if (id == 0) {
        QSqlQuery &q = m_st->postInsert;
        q.bindValue(0, accountId);
        q.bindValue(1, externalId);
        q.bindValue(2, text);
        q.bindValue(3, url);
        q.bindValue(4, msOrNull(post.createdAt));
        if (StoreError err = Connection::run(q, trStore("Storing a post")); !err.ok())
            return err;
        id = q.lastInsertId().toLongLong();
    } else if ((!text.isEmpty() && text != oldText) || (!url.isEmpty() && url != oldUrl)) {
        QSqlQuery &q = m_st->postUpdate;
        q.bindValue(0, nonNull(text.isEmpty() ? oldText : text));
        q.bindValue(1, nonNull(url.isEmpty() ? oldUrl : url));
        q.bindValue(2, id);
        if (StoreError err = Connection::run(q, trStore("Updating a post")); !err.ok())
            return err;
    }
    m_posts.insert(cacheKey, id);
    return id;
}

StoreResult<qint64> Ingestor::upsertThread(qint64 accountId, ThreadKind kind,
                                           const QString &externalId, const QString &title,
                                           qint64 postId)
{
    const QString cacheKey = key(QString::number(accountId), externalId);
    if (auto it = m_threads.constFind(cacheKey); it != m_threads.constEnd())
        return *it;
    QSqlQuery &sel = m_st->threadSelect;
    sel.bindValue(0, accountId);
    sel.bindValue(1, externalId);
    if (StoreError err = Connection::run(sel, trStore("Looking up a thread")); !err.ok())
        return err;
    qint64 id = sel.next() ? sel.value(0).toLongLong() : 0;
    sel.finish();
    if (id == 0) {
        QSqlQuery &q = m_st->threadInsert;
        q.bindValue(0, accountId);
        q.bindValue(1, toString(kind));
        q.bindValue(2, externalId);
        q.bindValue(3, postId > 0 ? QVariant(postId) : QVariant(QMetaType::fromType<qint64>()));
        q.bindValue(4, sanitizeText(title, TextLimits::shortText));
        q.bindValue(5, QVariant(QMetaType::fromType<qint64>()));
        if (StoreError err = Connection::run(q, trStore("Storing a thread")); !err.ok())
            return err;
        id = q.lastInsertId().toLongLong();
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
    QSqlQuery &probe = m_st->idProbe;
    probe.bindValue(0, base);
    probe.bindValue(1, base + kIdWindow);
    if (StoreError err = Connection::run(probe, trStore("Choosing an item id")); !err.ok())
        return err;
    qint64 id = base;
    if (probe.next() && !probe.value(0).isNull())
        id = probe.value(0).toLongLong() + 1;
    probe.finish();
    // Past the window the next second's ids begin; step over any that are taken.
    for (;;) {
        QSqlQuery &exists = m_st->idExists;
        exists.bindValue(0, id);
        if (StoreError err = Connection::run(exists, trStore("Choosing an item id")); !err.ok())
            return err;
        const bool taken = exists.next();
        exists.finish();
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
    QSqlQuery &q = m_st->journalInsert;
    q.bindValue(0, nowMs);
    q.bindValue(1, nonNull(platform));
    q.bindValue(2, action);
    q.bindValue(3, itemId);
    q.bindValue(4, accountId);
    q.bindValue(5, nonNull(before));
    q.bindValue(6, nonNull(after));
    q.bindValue(7, nonNull(detail));
    return Connection::run(q, trStore("Writing the journal"));
}

StoreError Ingestor::ingest(const QSqlDatabase &db, const IngestBatch &batch, IngestResult &result)
{
    if (StoreError err = prepare(db); !err.ok())
        return err;
    if (m_maxItemId < 0)
        transactionStarted(db);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();

    QSqlQuery &acc = m_st->accountPlatform;
    acc.bindValue(0, batch.accountId);
    if (StoreError err = Connection::run(acc, trStore("Looking up the account")); !err.ok())
        return err;
    if (!acc.next()) {
        acc.finish();
        return StoreError::invalid(trStore("There is no account with id %1.").arg(batch.accountId));
    }
    const QString platform = acc.value(0).toString();
    acc.finish();

    QHash<qint64, qint64> threadLastItem; // thread id -> newest created ms in this batch

    for (qsizetype index = 0; index < batch.items.size(); ++index) {
        const IncomingItem &in = batch.items.at(index);
        const Item &item = in.item;
        const QString externalId = item.externalId.trimmed();
        if (externalId.isEmpty()) {
            result.rejected.append({int(index), externalId, trStore("The item has no id.")});
            continue;
        }
        if (externalId.size() > TextLimits::externalId) {
            result.rejected.append({int(index), externalId.left(64) + u'…',
                                    trStore("The item id is longer than %1 characters.")
                                        .arg(TextLimits::externalId)});
            continue;
        }
        bool truncated = false;
        const QString text = sanitizeText(item.text, TextLimits::itemText, &truncated);
        const QString attachments = sanitizeText(item.attachments, TextLimits::shortText);
        if (truncated) {
            result.warnings.append(trStore("Item %1: the text was %2 characters long; the first %3 "
                                           "were kept.")
                                       .arg(externalId)
                                       .arg(item.text.size())
                                       .arg(TextLimits::itemText));
        }

        QSqlQuery &sel = m_st->itemSelect;
        sel.bindValue(0, batch.accountId);
        sel.bindValue(1, externalId);
        if (StoreError err = Connection::run(sel, trStore("Looking up an item")); !err.ok())
            return err;
        if (sel.next()) {
            const qint64 id = sel.value(0).toLongLong();
            const QString oldText = sel.value(1).toString();
            const QString oldAttachments = sel.value(2).toString();
            const QString authorIndexed = sel.value(4).toString();
            sel.finish();
            if (oldText == text && oldAttachments == attachments) {
                ++result.duplicates;
                continue;
            }
            QSqlQuery &upd = m_st->itemEdit;
            upd.bindValue(0, text);
            upd.bindValue(1, attachments);
            upd.bindValue(2, item.editedAt.isValid() ? item.editedAt.toMSecsSinceEpoch() : nowMs);
            upd.bindValue(3, truncated ? 1 : 0);
            upd.bindValue(4, id);
            if (StoreError err = Connection::run(upd, trStore("Updating an edited item")); !err.ok())
                return err;
            if (oldText != text) {
                QSqlQuery &fd = m_st->ftsDelete;
                fd.bindValue(0, id);
                fd.bindValue(1, nonNull(oldText));
                fd.bindValue(2, nonNull(authorIndexed));
                if (StoreError err = Connection::run(fd, trStore("Updating the search index"));
                    !err.ok())
                    return err;
                QSqlQuery &fi = m_st->ftsInsert;
                fi.bindValue(0, id);
                fi.bindValue(1, text);
                fi.bindValue(2, nonNull(authorIndexed));
                if (StoreError err = Connection::run(fi, trStore("Updating the search index"));
                    !err.ok())
                    return err;
                if (StoreError err = journal(nowMs, platform, u"item.edited"_s, id, batch.accountId,
                                             oldText, text, QString());
                    !err.ok())
                    return err;
            }
            ++result.edited;
            continue;
        }
        sel.finish();

        auto authorId = upsertAuthor(item.author, platform, nowMs);
        if (!authorId.ok())
            return authorId.error();
        auto postId = upsertPost(batch.accountId, in.post);
        if (!postId.ok())
            return postId.error();

        QString threadExternal = in.threadExternalId.left(TextLimits::externalId);
        if (threadExternal.isEmpty()) {
            switch (item.kind) {
            case ItemKind::Dm:
                threadExternal = u"dm:"_s + item.author.externalId;
                break;
            case ItemKind::Comment:
                threadExternal = in.post.externalId.isEmpty() ? u"comments"_s
                                                              : u"post:"_s + in.post.externalId;
                break;
            case ItemKind::Mention:
                threadExternal = u"mentions"_s;
                break;
            case ItemKind::Review:
                threadExternal = u"reviews"_s;
                break;
            }
        }
        auto threadId = upsertThread(batch.accountId, threadKindFor(item.kind), threadExternal,
                                     in.threadTitle, *postId);
        if (!threadId.ok())
            return threadId.error();

        const qint64 createdMs = item.createdAt.isValid() ? item.createdAt.toMSecsSinceEpoch() : nowMs;
        auto id = allocateId(createdMs, nowMs);
        if (!id.ok())
            return id.error();

        QSqlQuery &ins = m_st->itemInsert;
        const auto nullId = QVariant(QMetaType::fromType<qint64>());
        ins.bindValue(0, *id);
        ins.bindValue(1, batch.accountId);
        ins.bindValue(2, externalId);
        ins.bindValue(3, toString(item.kind));
        ins.bindValue(4, toString(item.direction));
        ins.bindValue(5, *threadId);
        ins.bindValue(6, sanitizeText(item.parentExternalId, TextLimits::externalId));
        ins.bindValue(7, *postId > 0 ? QVariant(*postId) : nullId);
        ins.bindValue(8, *authorId > 0 ? QVariant(*authorId) : nullId);
        ins.bindValue(9, text);
        ins.bindValue(10, attachments);
        ins.bindValue(11, qBound(0, item.rating, 5));
        ins.bindValue(12, sanitizeText(item.url, TextLimits::shortText));
        ins.bindValue(13, createdMs);
        ins.bindValue(14, nowMs);
        ins.bindValue(15, msOrNull(item.editedAt));
        ins.bindValue(16, toString(item.status));
        ins.bindValue(17, truncated ? 1 : 0);
        if (StoreError err = Connection::run(ins, trStore("Storing an item")); !err.ok())
            return err;

        QString authorIndexed = u" "_s;
        if (*authorId > 0) {
            const AuthorRow &a = m_authors.value(key(platform, item.author.externalId.left(TextLimits::externalId)));
            authorIndexed = indexedAuthor(a.name, a.handle);
        }
        QSqlQuery &fi = m_st->ftsInsert;
        fi.bindValue(0, *id);
        fi.bindValue(1, text);
        fi.bindValue(2, nonNull(authorIndexed));
        if (StoreError err = Connection::run(fi, trStore("Updating the search index")); !err.ok())
            return err;

        auto &last = threadLastItem[*threadId];
        last = qMax(last, createdMs);
        ++result.inserted;
        result.insertedIds.append(*id);
    }

    for (auto it = threadLastItem.constBegin(); it != threadLastItem.constEnd(); ++it) {
        QSqlQuery &q = m_st->threadTouch;
        q.bindValue(0, it.value());
        q.bindValue(1, it.key());
        if (StoreError err = Connection::run(q, trStore("Updating a thread")); !err.ok())
            return err;
    }

    for (const IncomingDeletion &del : batch.deletions) {
        QSqlQuery &sel = m_st->itemSelect;
        sel.bindValue(0, batch.accountId);
        sel.bindValue(1, del.externalId.trimmed());
        if (StoreError err = Connection::run(sel, trStore("Looking up an item")); !err.ok())
            return err;
        if (!sel.next()) {
            sel.finish();
            ++result.unknownDeletions;
            continue;
        }
        const qint64 id = sel.value(0).toLongLong();
        const QString text = sel.value(1).toString();
        const QString status = sel.value(3).toString();
        sel.finish();
        if (status == u"deleted")
            continue;
        QSqlQuery &q = m_st->itemDelete;
        q.bindValue(0, del.deletedAt.isValid() ? del.deletedAt.toMSecsSinceEpoch() : nowMs);
        q.bindValue(1, id);
        if (StoreError err = Connection::run(q, trStore("Marking an item deleted")); !err.ok())
            return err;
        const QString detail = del.deletedBy.isEmpty()
                                   ? trStore("status was %1").arg(status)
                                   : trStore("status was %1; deleted by %2").arg(status, del.deletedBy);
        if (StoreError err = journal(nowMs, platform, u"item.deleted"_s, id, batch.accountId, text,
                                     QString(), detail);
            !err.ok())
            return err;
        ++result.deleted;
    }

    if (batch.cursor) {
        QSqlQuery &q = m_st->cursorUpdate;
        q.bindValue(0, nonNull(*batch.cursor));
        q.bindValue(1, nowMs);
        q.bindValue(2, batch.accountId);
        if (StoreError err = Connection::run(q, trStore("Saving the account's position")); !err.ok())
            return err;
    }
    return {};
}

} // namespace fd::core
