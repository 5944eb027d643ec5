#pragma once

#include "ServerError.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace fd::core {

class ServerConnection;

// Where a station's pull stands: the last (transaction, revision) it has stored. Transaction
// ids are xid8 values, kept as text (they outgrow no type, and are only compared on the server).
struct SyncCursor
{
    QString txid = QStringLiteral("0");
    qint64 rev = 0;

    bool operator==(const SyncCursor &) const = default;
    bool isStart() const { return txid == u"0" && rev == 0; }
    // "txid:rev", as the store keeps it.
    QString toString() const;
    static SyncCursor fromString(const QString &text);
};

// One row of a synced table as the server has it now, with the stamp of the change that made it
// so. `table` is operators, accounts, authors, posts, threads, items, tags, item_tags, notes,
// outbox, handovers, handover_notes, rules, shift_sessions, shift_breaks, promises, shifts,
// shift_responsibility or shift_settings;
// `row` holds its columns by name, times in ms since the epoch.
struct Change
{
    QString table;
    QJsonObject row;
    SyncCursor stamp;
};

// Rows changed after `after`, in (transaction, revision) order, at most `limit`. Only changes
// of transactions older than every transaction still running are read: a transaction that
// commits late has a smaller id than changes already visible, and reading past it would skip
// its rows for good. `next` is where the following pull starts (unchanged when nothing came).
// With `onlyTable`, that table's changes alone.
ServerResult<QList<Change>> pullChanges(ServerConnection &server, const SyncCursor &after,
                                        int limit, SyncCursor *next, const QString &onlyTable = {});

// The synced tables, parents before the rows that point to them.
const QStringList &syncedTables();
// Whether `a` comes after `b` in the server's order.
bool isAfter(const SyncCursor &a, const SyncCursor &b);

// How many changes lie after `after` (for a first pull's progress).
ServerResult<qint64> countChanges(ServerConnection &server, const SyncCursor &after);

} // namespace fd::core
