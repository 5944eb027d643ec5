#pragma once

#include "ChangeFeed.h"
#include "store/StoreError.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace fd::core {

// What applying a page of the team's changes did to the local store.
struct ReplicaReport
{
    int rows = 0;         // changes applied
    int newItems = 0;     // items this station had not had
    int changedItems = 0; // items it had, now as the server has them
    // Outbox entries (local id, item id) whose state the server changed.
    QList<std::pair<qint64, qint64>> outboxEntries;
};

// The station's copy of the team's data. In team mode the local store keeps the server's ids for
// accounts, authors, posts, threads and items (so ops name them the same everywhere); tags are
// matched by name and operators by login; notes by the key of the station that wrote them.
namespace replica {

// Applies changes and stores `cursor` with them, on the writer thread inside its transaction:
// the rows and the cursor are kept or lost together. Without a cursor the stored one stays (a
// first pull stores its cursor only once it has read everything).
StoreError apply(const QSqlDatabase &db, const QList<Change> &changes,
                 const std::optional<SyncCursor> &cursor, ReplicaReport *report);
// Where this station's pull stands (the start when it never pulled).
StoreResult<SyncCursor> cursor(const QSqlDatabase &db);

} // namespace replica

} // namespace fd::core
