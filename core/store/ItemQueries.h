#pragma once

#include "ItemFilter.h"
#include "ItemRow.h"
#include "StoreError.h"
#include "model/Account.h"
#include "model/Operator.h"
#include "model/Tag.h"

#include <QMap>
#include <QSqlQuery>

#include <QSqlDatabase>
#include <functional>

namespace fd::core {

// The read side of the store: what the UI and the CLI ask for. Works on one reading connection
// (the caller's thread). Pages are keyset-paged on the time-ordered id: pass the last id of the
// previous page as `beforeId`.
class ItemQueries
{
public:
    explicit ItemQueries(QSqlDatabase db);

    // thread() returns at most this many items, the newest.
    static constexpr int maxThreadItems = 2000;

    StoreResult<QList<ItemRow>> page(const ItemFilter &filter, int limit,
                                     qint64 beforeId = 0) const;
    StoreResult<qint64> count(const ItemFilter &filter) const;
    // The count, but never more than `cap`: cheap however many items match (view badges).
    StoreResult<qint64> countUpTo(const ItemFilter &filter, int cap) const;
    // Counts per status for a filter whose status list is ignored.
    StoreResult<QMap<ItemStatus, qint64>> countByStatus(const ItemFilter &filter) const;
    StoreResult<ItemRow> item(qint64 id) const;
    StoreResult<ThreadView> thread(qint64 threadId) const;
    StoreResult<QList<JournalEntry>> journal(const JournalFilter &filter, int limit,
                                             qint64 beforeId = 0) const;

    StoreResult<QList<Account>> accounts() const;
    // This store's id: it names the store's secrets in the keychain.
    StoreResult<QString> storeId() const;
    StoreResult<QList<Tag>> tags() const;
    StoreResult<QList<Operator>> operators() const;

private:
    struct Plan;
    StoreResult<Plan> plan(const ItemFilter &filter) const;
    // Runs the plan's walks, `limit` rows each, selecting `columns` (over the row joins).
    StoreError walk(const Plan &plan, const QString &columns, int limit, qint64 beforeId,
                    const std::function<void(const QSqlQuery &)> &onRow) const;
    StoreError attachTags(QList<ItemRow> &rows) const;

    QSqlDatabase m_db;
};

} // namespace fd::core
