#pragma once

#include "ServerError.h"

#include <QList>
#include <QString>

namespace fd::core {

class ServerConnection;

// Where a station's pull stands: the last (transaction, revision) it has stored. Transaction
// ids are xid8 values, kept as text (they outgrow no type, and are only compared on the server).
struct SyncCursor
{
    QString txid = QStringLiteral("0");
    qint64 rev = 0;

    bool operator==(const SyncCursor &) const = default;
};

// An item as the server has it now, with the stamp of the change that made it so.
struct ItemChange
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString externalId;
    QString status;
    QString assignee; // login, empty when unassigned
    bool read = false;
    QString text;
    SyncCursor stamp;
};

// Items changed after `after`, in (transaction, revision) order, at most `limit`. Only changes
// of transactions older than every transaction still running are read: a transaction that
// commits late has a smaller id than changes already visible, and reading past it would skip
// its rows for good. `next` is where the following pull starts (unchanged when nothing came).
ServerResult<QList<ItemChange>> pullItemChanges(ServerConnection &server, const SyncCursor &after,
                                                int limit, SyncCursor *next);

} // namespace fd::core
