#include "ItemQueries.h"

#include "Connection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// The columns every item query selects, in the order rowFrom() reads them.
const QString kRowColumns = uR"(
    i.id, i.account_id, i.kind, i.direction, i.external_id, i.thread_id, i.parent_external_id,
    i.post_id, i.text, i.attachments, i.rating, i.url, i.created_at, i.received_at, i.edited_at,
    i.deleted_at, i.status, i.assignee_id, i.read, i.truncated,
    a.id, a.platform, a.external_id, a.name, a.handle, a.followers, a.city, a.avatar_url,
    a.first_seen, acc.name, acc.platform, p.text, p.url, op.display_name,
    (SELECT pi.text FROM items pi WHERE i.parent_external_id <> ''
        AND pi.account_id = i.account_id AND pi.external_id = i.parent_external_id),
    p.external_id)"_s;

const QString kRowJoins = uR"(
    LEFT JOIN accounts acc ON acc.id = i.account_id
    LEFT JOIN authors a ON a.id = i.author_id
    LEFT JOIN posts p ON p.id = i.post_id
    LEFT JOIN operators op ON op.id = i.assignee_id)"_s;

ItemRow rowFrom(const QSqlQuery &q)
{
    ItemRow row;
    Item &it = row.item;
    it.id = q.value(0).toLongLong();
    it.accountId = q.value(1).toLongLong();
    it.kind = itemKindFromString(q.value(2).toString()).value_or(ItemKind::Dm);
    it.direction = directionFromString(q.value(3).toString()).value_or(Direction::Incoming);
    it.externalId = q.value(4).toString();
    it.threadId = q.value(5).toLongLong();
    it.parentExternalId = q.value(6).toString();
    it.postId = q.value(7).toLongLong();
    it.text = q.value(8).toString();
    it.attachments = q.value(9).toString();
    it.rating = q.value(10).toInt();
    it.url = q.value(11).toString();
    it.createdAt = timeOf(q.value(12));
    it.receivedAt = timeOf(q.value(13));
    it.editedAt = timeOf(q.value(14));
    it.deletedAt = timeOf(q.value(15));
    it.status = itemStatusFromString(q.value(16).toString()).value_or(ItemStatus::New);
    it.assigneeId = q.value(17).toLongLong();
    it.read = q.value(18).toBool();
    it.truncated = q.value(19).toBool();
    Author &au = it.author;
    au.id = q.value(20).toLongLong();
    au.platform = q.value(21).toString();
    au.externalId = q.value(22).toString();
    au.name = q.value(23).toString();
    au.handle = q.value(24).toString();
    au.followers = q.value(25).isNull() ? -1 : q.value(25).toLongLong();
    au.city = q.value(26).toString();
    au.avatarUrl = q.value(27).toString();
    au.firstSeen = timeOf(q.value(28));
    row.accountName = q.value(29).toString();
    row.platform = platformFromString(q.value(30).toString()).value_or(Platform::Telegram);
    row.postText = q.value(31).toString();
    row.postUrl = q.value(32).toString();
    row.assigneeName = q.value(33).toString();
    row.parentText = q.value(34).toString();
    row.postExternalId = q.value(35).toString();
    return row;
}

QString placeholders(qsizetype n)
{
    QStringList marks(n, u"?"_s);
    return marks.join(u", "_s);
}

StoreResult<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql,
                                const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return StoreError::fromSql(
            q.lastError(), QCoreApplication::translate("fd::core::Store", "Preparing a query"));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return StoreError::fromSql(
            q.lastError(), QCoreApplication::translate("fd::core::Store", "Reading the inbox"));
    return q;
}

constexpr int kMaxMergedValues = 8;

} // namespace

QString ftsQueryFor(const QString &typed)
{
    QStringList terms;
    const auto words = typed.simplified().split(u' ', Qt::SkipEmptyParts);
    for (QString word : words) {
        word.remove(u'"');
        // A word needs at least one letter or digit to mean anything to the tokenizer.
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        terms.append(u'"' + word + u"\"*"_s);
    }
    return terms.join(u' ');
}

// One walk of the items: where it starts (an index, the search index, the tag links), which
// conditions pick its rows there, and the key it is ordered by, newest first.
struct DriveQuery
{
    QString from;
    QString orderKey = u"i.id"_s;
    QStringList conds;
    QVariantList values;
    QStringList columns; // the item columns these conditions pin to one value
};

struct ItemQueries::Plan
{
    QList<DriveQuery> drives; // their rows are merged; none: a plain walk of the table
    bool overlapping = false; // the same item can come from two drives (tags)
    QStringList conds;
    QVariantList values;
    QList<int> valueCounts;  // how many values each condition binds
    QStringList condColumns; // the column each condition constrains, if one
    QString fts;             // the search, as the full-text index reads it
    qint64 afterId = 0;      // the walks stop at this id (what is new since a look)
    bool empty = false;      // nothing can match

    void add(const QString &column, const QString &sql, const QVariantList &vals = {})
    {
        conds << sql;
        condColumns << column;
        valueCounts << int(vals.size());
        values << vals;
    }
    // The conditions without those on `columns`: when one value of a column drives the walk, an
    // IN list on the same column would make SQLite look up by it and sort, instead of walking.
    std::pair<QStringList, QVariantList> without(const QStringList &columns) const
    {
        QStringList c;
        QVariantList v;
        qsizetype at = 0;
        for (qsizetype i = 0; i < conds.size(); ++i) {
            if (condColumns.at(i).isEmpty() || !columns.contains(condColumns.at(i))) {
                c << conds.at(i);
                v << values.mid(at, valueCounts.at(i));
            }
            at += valueCounts.at(i);
        }
        return {c, v};
    }
    // One walk down `index` per value of `column`.
    void driveBy(const QString &index, const QString &column, const QVariantList &driveValues)
    {
        for (const QVariant &v : driveValues) {
            // "IS NOT NULL" lets SQLite use a partial index; elsewhere it is moot.
            drives.append({u"items i INDEXED BY "_s + index,
                           u"i.id"_s,
                           {column + u" IS NOT NULL AND "_s + column + u" = ?"_s},
                           {v},
                           {column}});
        }
    }
};

ItemQueries::ItemQueries(QSqlDatabase db)
    : m_db(std::move(db))
{}

StoreResult<ItemQueries::Plan> ItemQueries::plan(const ItemFilter &f) const
{
    Plan p;
    QList<qint64> accountIds = f.accountIds;
    if (!f.platforms.isEmpty()) {
        QStringList words;
        for (Platform pl : f.platforms)
            words.append(toString(pl));
        QVariantList values(words.cbegin(), words.cend());
        auto q = runQuery(m_db,
                          u"SELECT id FROM accounts WHERE platform IN ("_s +
                              placeholders(words.size()) + u")"_s,
                          values);
        if (!q.ok())
            return q.error();
        QList<qint64> ofPlatform;
        while (q.value().next())
            ofPlatform.append(q.value().value(0).toLongLong());
        if (accountIds.isEmpty()) {
            accountIds = ofPlatform;
        } else {
            accountIds.erase(std::remove_if(accountIds.begin(), accountIds.end(),
                                            [&](qint64 id) { return !ofPlatform.contains(id); }),
                             accountIds.end());
        }
        if (accountIds.isEmpty())
            p.empty = true;
    }

    QList<ItemStatus> statuses = f.statuses;
    if (f.unansweredOnly) {
        // Waiting for our answer: nobody has replied and nobody has closed it.
        const QList<ItemStatus> unanswered{ItemStatus::New, ItemStatus::Open};
        if (statuses.isEmpty()) {
            statuses = unanswered;
        } else {
            statuses.erase(std::remove_if(statuses.begin(), statuses.end(),
                                          [&](ItemStatus s) { return !unanswered.contains(s); }),
                           statuses.end());
            if (statuses.isEmpty())
                p.empty = true;
        }
    }
    QVariantList statusValues;
    for (ItemStatus s : std::as_const(statuses))
        statusValues << toString(s);
    QVariantList accountValues;
    for (qint64 a : std::as_const(accountIds))
        accountValues << a;

    p.fts = ftsQueryFor(f.search);
    const QString &fts = p.fts;
    // The status values that are usually few: a queue of them is best walked by status.
    const bool smallStatuses = !statuses.isEmpty() && !statuses.contains(ItemStatus::Closed) &&
                               statuses.size() <= kMaxMergedValues;
    const bool fewPairs = !statuses.isEmpty() && !accountIds.isEmpty() &&
                          statuses.size() * accountIds.size() <= kMaxMergedValues * 2;

    if (!fts.isEmpty()) {
        // The index returns hits newest first (its rowid is the item id), so the first page of
        // a common word costs no more than that of a rare one.
        p.drives.append({u"items_fts f CROSS JOIN items i ON i.id = f.rowid"_s,
                         u"f.rowid"_s,
                         {u"items_fts MATCH ?"_s},
                         {fts},
                         {}});
    } else if (f.threadId) {
        p.driveBy(u"items_by_thread"_s, u"i.thread_id"_s, {*f.threadId});
    } else if (f.authorId) {
        p.driveBy(u"items_by_author"_s, u"i.author_id"_s, {*f.authorId});
    } else if (f.assigneeId && *f.assigneeId > 0 && !statuses.isEmpty() &&
               statuses.size() <= kMaxMergedValues) {
        // One operator's open work: a walk per status, so a long closed history is not read.
        for (const QVariant &s : std::as_const(statusValues)) {
            p.drives.append(
                {u"items i INDEXED BY items_by_status_assignee"_s,
                 u"i.id"_s,
                 {u"i.status = ? AND i.assignee_id IS NOT NULL AND i.assignee_id = ?"_s},
                 {s, *f.assigneeId},
                 {u"i.status"_s, u"i.assignee_id"_s}});
        }
    } else if (f.assigneeId && *f.assigneeId > 0 && f.unreadOnly && !f.includeOutgoing) {
        // An operator's unread badge: only their unread items are in this index.
        p.drives.append({u"items i INDEXED BY items_unread_by_assignee"_s,
                         u"i.id"_s,
                         {u"i.read = 0 AND i.direction = 'in' AND i.assignee_id IS NOT NULL AND "
                          u"i.assignee_id = ?"_s},
                         {*f.assigneeId},
                         {u"i.read"_s, u"i.assignee_id"_s}});
    } else if (f.assigneeId && *f.assigneeId > 0) {
        p.driveBy(u"items_by_assignee"_s, u"i.assignee_id"_s, {*f.assigneeId});
    } else if (!f.tagIds.isEmpty() && f.tagIds.size() <= kMaxMergedValues) {
        p.overlapping = true;
        for (qint64 t : f.tagIds) {
            p.drives.append({u"item_tags t INDEXED BY item_tags_by_tag CROSS JOIN items i ON i.id "
                             u"= t.item_id"_s,
                             u"t.item_id"_s,
                             {u"t.tag_id = ?"_s},
                             {t},
                             {}});
        }
    } else if (fewPairs) {
        // Both a status and an account: one walk per pair finds a rare combination (closed
        // items of one platform in a fresh inbox) without reading either side's many others.
        for (const QVariant &s : std::as_const(statusValues)) {
            for (const QVariant &a : std::as_const(accountValues)) {
                p.drives.append({u"items i INDEXED BY items_by_status_account"_s,
                                 u"i.id"_s,
                                 {u"i.status = ? AND i.account_id = ?"_s},
                                 {s, a},
                                 {u"i.status"_s, u"i.account_id"_s}});
            }
        }
    } else if (smallStatuses) {
        p.driveBy(u"items_by_status"_s, u"i.status"_s, statusValues);
    } else if (f.unreadOnly && !f.includeOutgoing) {
        // Unread items are few in a worked inbox; their own index holds just them.
        p.drives.append({u"items i INDEXED BY items_unread"_s,
                         u"i.id"_s,
                         {u"i.read = 0 AND i.direction = 'in'"_s},
                         {},
                         {u"i.read"_s}});
    } else if (!accountIds.isEmpty() && accountIds.size() <= kMaxMergedValues) {
        p.driveBy(u"items_by_account"_s, u"i.account_id"_s, accountValues);
    } else if (!statuses.isEmpty() && statuses.size() <= kMaxMergedValues) {
        p.driveBy(u"items_by_status"_s, u"i.status"_s, statusValues);
    }

    // Every condition is applied as a filter (the driving one is left out of its walk).
    if (!f.includeOutgoing)
        p.add(u"i.direction"_s, u"i.direction = 'in'"_s);
    if (!statuses.isEmpty())
        p.add(u"i.status"_s, u"i.status IN ("_s + placeholders(statusValues.size()) + u")"_s,
              statusValues);
    if (!accountIds.isEmpty())
        p.add(u"i.account_id"_s,
              u"i.account_id IN ("_s + placeholders(accountValues.size()) + u")"_s, accountValues);
    if (!f.kinds.isEmpty()) {
        QVariantList v;
        for (ItemKind k : f.kinds)
            v << toString(k);
        p.add(u"i.kind"_s, u"i.kind IN ("_s + placeholders(v.size()) + u")"_s, v);
    }
    if (!f.tagIds.isEmpty()) {
        QVariantList v;
        for (qint64 t : f.tagIds)
            v << t;
        p.add(u"tag"_s,
              u"EXISTS (SELECT 1 FROM item_tags it WHERE it.item_id = i.id AND it.tag_id IN ("_s +
                  placeholders(v.size()) + u"))"_s,
              v);
    }
    if (f.assigneeId) {
        if (*f.assigneeId > 0)
            p.add(u"i.assignee_id"_s, u"i.assignee_id IS NOT NULL AND i.assignee_id = ?"_s,
                  {*f.assigneeId});
        else
            p.add(QString(), u"i.assignee_id IS NULL"_s);
    }
    if (f.authorId)
        p.add(u"i.author_id"_s, u"i.author_id = ?"_s, {*f.authorId});
    if (f.threadId)
        p.add(u"i.thread_id"_s, u"i.thread_id = ?"_s, {*f.threadId});
    if (f.unreadOnly)
        p.add(u"i.read"_s, u"i.read = 0"_s);
    if (f.afterId > 0) {
        p.afterId = f.afterId;
        p.add(u"i.id"_s, u"i.id > ?"_s, {f.afterId});
    }
    if (p.drives.isEmpty())
        p.drives.append({u"items i NOT INDEXED"_s, u"i.id"_s, {}, {}, {}});
    return p;
}

StoreError ItemQueries::walk(const Plan &p, const QString &columns, int limit, qint64 beforeId,
                             const std::function<void(const QSqlQuery &)> &onRow) const
{
    for (const DriveQuery &d : p.drives) {
        auto [filterConds, filterValues] = p.without(d.columns);
        QStringList conds = d.conds + filterConds;
        QVariantList values = d.values + filterValues;
        if (beforeId > 0) {
            conds << d.orderKey + u" < ?"_s;
            values << beforeId;
        }
        if (p.afterId > 0 && d.orderKey != u"i.id") {
            // The walk's own key bounds it: the search index stops at the id instead of
            // reading every older hit only to drop it.
            conds << d.orderKey + u" > ?"_s;
            values << p.afterId;
        }
        QString sql = u"SELECT "_s + columns + u" FROM "_s + d.from + kRowJoins;
        if (!conds.isEmpty())
            sql += u" WHERE "_s + conds.join(u" AND "_s);
        sql += u" ORDER BY "_s + d.orderKey + u" DESC LIMIT ?"_s;
        values << limit;
        auto q = runQuery(m_db, sql, values);
        if (!q.ok())
            return q.error();
        while (q.value().next())
            onRow(q.value());
    }
    return {};
}

StoreResult<QList<ItemRow>> ItemQueries::page(const ItemFilter &filter, int limit,
                                              qint64 beforeId) const
{
    auto planned = plan(filter);
    if (!planned.ok())
        return planned.error();
    const Plan &p = *planned;
    QList<ItemRow> rows;
    if (p.empty || limit <= 0)
        return rows;
    if (StoreError e = walk(p, kRowColumns, limit, beforeId,
                            [&](const QSqlQuery &q) { rows.append(rowFrom(q)); });
        !e.ok())
        return e;

    if (p.drives.size() > 1) {
        std::sort(rows.begin(), rows.end(),
                  [](const ItemRow &a, const ItemRow &b) { return a.item.id > b.item.id; });
        rows.erase(
            std::unique(rows.begin(), rows.end(),
                        [](const ItemRow &a, const ItemRow &b) { return a.item.id == b.item.id; }),
            rows.end());
        if (rows.size() > limit)
            rows.resize(limit);
    }
    if (StoreError e = attachTags(rows); !e.ok())
        return e;
    return rows;
}

StoreResult<qint64> ItemQueries::countUpTo(const ItemFilter &filter, int cap) const
{
    auto planned = plan(filter);
    if (!planned.ok())
        return planned.error();
    const Plan &p = *planned;
    if (p.empty || cap <= 0)
        return qint64(0);
    // Each walk stops at `cap` rows, so a large view costs no more than a small one.
    QSet<qint64> ids;
    if (StoreError e = walk(p, u"i.id"_s, cap, 0,
                            [&](const QSqlQuery &q) { ids.insert(q.value(0).toLongLong()); });
        !e.ok())
        return e;
    return std::min<qint64>(ids.size(), cap);
}

StoreError ItemQueries::attachTags(QList<ItemRow> &rows) const
{
    if (rows.isEmpty())
        return {};
    QVariantList ids;
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        ids << rows.at(i).item.id;
        at.insert(rows.at(i).item.id, i);
    }
    auto q =
        runQuery(m_db,
                 u"SELECT it.item_id, t.name FROM item_tags it JOIN tags t ON t.id = it.tag_id "
                 u"WHERE it.item_id IN ("_s +
                     placeholders(ids.size()) + u") ORDER BY t.name"_s,
                 ids);
    if (!q.ok())
        return q.error();
    while (q.value().next())
        rows[at.value(q.value().value(0).toLongLong())].tags.append(q.value().value(1).toString());
    return {};
}

StoreResult<qint64> ItemQueries::count(const ItemFilter &filter) const
{
    auto planned = plan(filter);
    if (!planned.ok())
        return planned.error();
    const Plan &p = *planned;
    if (p.empty)
        return qint64(0);
    ItemFilter statusesOnly;
    statusesOnly.statuses = filter.statuses;
    if (!filter.statuses.isEmpty() && filter == statusesOnly) {
        // Incoming items with these statuses: the status index alone counts them all (no row is
        // read), and the few replies among them are taken away.
        QVariantList v;
        for (ItemStatus s : filter.statuses)
            v << toString(s);
        const QString in = placeholders(v.size());
        auto q = runQuery(m_db,
                          u"SELECT (SELECT count(*) FROM items INDEXED BY items_by_status WHERE "
                          u"status IN ("_s +
                              in +
                              u")) - (SELECT count(*) FROM items INDEXED BY items_outgoing "
                              u"WHERE direction = 'out' AND status IN ("_s +
                              in + u"))"_s,
                          v + v);
        if (!q.ok())
            return q.error();
        return q.value().next() ? q.value().value(0).toLongLong() : 0;
    }
    if (filter == ItemFilter{}) {
        // The whole incoming inbox: count(*) reads the smallest index, replies have their own.
        auto q = runQuery(m_db,
                          u"SELECT (SELECT count(*) FROM items) - (SELECT count(*) FROM items "
                          u"INDEXED BY items_outgoing WHERE direction = 'out')"_s,
                          {});
        if (!q.ok())
            return q.error();
        return q.value().next() ? q.value().value(0).toLongLong() : 0;
    }
    auto [conds, values] = p.without({});
    QString from = u"items i"_s;
    if (!p.fts.isEmpty()) {
        from = u"items_fts f CROSS JOIN items i ON i.id = f.rowid"_s;
        conds.prepend(u"items_fts MATCH ?"_s);
        values.prepend(p.fts);
    }
    QString sql = u"SELECT count(*) FROM "_s + from;
    if (!conds.isEmpty())
        sql += u" WHERE "_s + conds.join(u" AND "_s);
    auto q = runQuery(m_db, sql, values);
    if (!q.ok())
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

StoreResult<QMap<ItemStatus, qint64>> ItemQueries::countByStatus(const ItemFilter &filter) const
{
    QMap<ItemStatus, qint64> counts;
    for (ItemStatus s : allItemStatuses()) {
        ItemFilter f = filter;
        f.statuses = {s};
        auto n = count(f);
        if (!n.ok())
            return n.error();
        counts.insert(s, *n);
    }
    return counts;
}

StoreResult<ItemRow> ItemQueries::item(qint64 id) const
{
    auto q = runQuery(
        m_db, u"SELECT "_s + kRowColumns + u" FROM items i"_s + kRowJoins + u" WHERE i.id = ?"_s,
        {id});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return StoreError::notFound(
            QCoreApplication::translate("fd::core::Store", "There is no item %1.").arg(id));
    QList<ItemRow> rows{rowFrom(q.value())};
    if (StoreError e = attachTags(rows); !e.ok())
        return e;
    return rows.first();
}

StoreResult<ThreadView> ItemQueries::thread(qint64 threadId) const
{
    auto q = runQuery(m_db,
                      u"SELECT t.id, t.account_id, t.kind, t.external_id, t.post_id, t.title, "
                      u"t.last_item_at, p.external_id, p.text, p.url, p.created_at, acc.name, "
                      u"acc.platform FROM threads t LEFT JOIN posts p ON p.id = t.post_id "
                      u"LEFT JOIN accounts acc ON acc.id = t.account_id WHERE t.id = ?"_s,
                      {threadId});
    if (!q.ok())
        return q.error();
    QSqlQuery &r = q.value();
    if (!r.next())
        return StoreError::notFound(
            QCoreApplication::translate("fd::core::Store", "There is no conversation %1.")
                .arg(threadId));
    ThreadView view;
    view.thread.id = r.value(0).toLongLong();
    view.thread.accountId = r.value(1).toLongLong();
    view.thread.kind = threadKindFromString(r.value(2).toString()).value_or(ThreadKind::Dialog);
    view.thread.externalId = r.value(3).toString();
    view.thread.postId = r.value(4).toLongLong();
    view.thread.title = r.value(5).toString();
    view.thread.lastItemAt = timeOf(r.value(6));
    if (!r.value(7).isNull()) {
        view.post.id = view.thread.postId;
        view.post.accountId = view.thread.accountId;
        view.post.externalId = r.value(7).toString();
        view.post.text = r.value(8).toString();
        view.post.url = r.value(9).toString();
        view.post.createdAt = timeOf(r.value(10));
    }
    view.accountName = r.value(11).toString();
    view.platform = platformFromString(r.value(12).toString()).value_or(Platform::Telegram);

    ItemFilter f;
    f.threadId = threadId;
    f.includeOutgoing = true;
    auto items = page(f, maxThreadItems);
    if (!items.ok())
        return items.error();
    view.items = *items;
    view.totalItems = view.items.size();
    if (view.items.size() == maxThreadItems) {
        auto total = count(f);
        if (!total.ok())
            return total.error();
        view.totalItems = *total;
    }
    std::reverse(view.items.begin(), view.items.end());
    return view;
}

StoreResult<QList<JournalEntry>> ItemQueries::journal(const JournalFilter &filter, int limit,
                                                      qint64 beforeId) const
{
    QStringList conds;
    QVariantList values;
    if (filter.itemId) {
        conds << u"item_id = ?"_s;
        values << *filter.itemId;
    }
    if (filter.operatorId) {
        conds << u"operator_id = ?"_s;
        values << *filter.operatorId;
    }
    if (!filter.action.isEmpty()) {
        conds << u"action = ?"_s;
        values << filter.action;
    }
    if (beforeId > 0) {
        conds << u"id < ?"_s;
        values << beforeId;
    }
    QString sql = u"SELECT id, at, actor_kind, operator_id, actor, station, action, item_id, "
                  u"account_id, before, after, detail FROM journal"_s;
    if (!conds.isEmpty())
        sql += u" WHERE "_s + conds.join(u" AND "_s);
    sql += u" ORDER BY id DESC LIMIT ?"_s;
    values << limit;
    auto q = runQuery(m_db, sql, values);
    if (!q.ok())
        return q.error();
    QList<JournalEntry> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        JournalEntry e;
        e.id = r.value(0).toLongLong();
        e.at = timeOf(r.value(1));
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
        out.append(e);
    }
    return out;
}

StoreResult<QList<Account>> ItemQueries::accounts() const
{
    auto q = runQuery(m_db,
                      u"SELECT id, platform, name, api_base, cursor, enabled, created_at, "
                      u"last_poll_at, last_error, health, last_success_at, waiting_until "
                      u"FROM accounts ORDER BY name"_s,
                      {});
    if (!q.ok())
        return q.error();
    QList<Account> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Account a;
        a.id = r.value(0).toLongLong();
        a.platform = platformFromString(r.value(1).toString()).value_or(Platform::Telegram);
        a.name = r.value(2).toString();
        a.apiBase = r.value(3).toString();
        a.cursor = r.value(4).toString();
        a.enabled = r.value(5).toBool();
        a.createdAt = timeOf(r.value(6));
        a.lastPollAt = timeOf(r.value(7));
        a.lastError = r.value(8).toString();
        a.health = accountHealthFromString(r.value(9).toString()).value_or(AccountHealth::Idle);
        a.lastSuccessAt = timeOf(r.value(10));
        a.waitingUntil = timeOf(r.value(11));
        out.append(a);
    }
    return out;
}

StoreResult<QString> ItemQueries::storeId() const
{
    auto q = runQuery(m_db, u"SELECT value FROM meta WHERE key = 'store_id'"_s, {});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return StoreError::schema(
            QCoreApplication::translate("fd::core::Store", "The store has no id."));
    return q.value().value(0).toString();
}

StoreResult<QList<Tag>> ItemQueries::tags() const
{
    auto q = runQuery(m_db, u"SELECT id, name, color FROM tags ORDER BY name"_s, {});
    if (!q.ok())
        return q.error();
    QList<Tag> out;
    while (q.value().next())
        out.append({q.value().value(0).toLongLong(), q.value().value(1).toString(),
                    q.value().value(2).toString()});
    return out;
}

StoreResult<QList<Operator>> ItemQueries::operators() const
{
    auto q = runQuery(m_db,
                      u"SELECT id, login, display_name, role, disabled FROM operators "
                      u"ORDER BY display_name"_s,
                      {});
    if (!q.ok())
        return q.error();
    QList<Operator> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                    operatorRoleFromString(r.value(3).toString()).value_or(OperatorRole::Operator),
                    r.value(4).toBool()});
    }
    return out;
}

} // namespace fd::core
