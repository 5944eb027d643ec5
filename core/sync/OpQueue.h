#pragma once

#include "store/StoreError.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace fd::core {

// An op of this station on its way to the team's server.
struct QueuedOp
{
    qint64 seq = 0;
    QString opId;
    QString kind; // close, reopen, assign, tag, untag, note, mark_read, …
    QJsonObject payload;
};

// The station's queue of ops (table sync_ops). Ops are added inside the store transaction that
// makes the change locally, so a change and its op are kept or lost together.
namespace opQueue {

// Appends an op with the next sequence number (after the last one queued, or the last one the
// server had when the station joined) and a new UUID; returns its sequence number.
StoreResult<qint64> enqueue(const QSqlDatabase &db, const QString &kind,
                            const QJsonObject &payload);
// Whether ops of `kind` put something in the team's outbox (a reply, a moderation action, or
// sending a failed one again).
bool isOutboxKind(const QString &kind);
// Whether this store is a team's station.
StoreResult<bool> inTeam(const QSqlDatabase &db);
// In team mode, enqueue(); a standalone station queues nothing. Says whether it queued.
StoreResult<bool> enqueueInTeam(const QSqlDatabase &db, const QString &kind,
                                const QJsonObject &payload);
// The server's verdict on an op: "applied", or "rejected" with its reason in words.
struct OpVerdict
{
    qint64 seq = 0;
    QString state;
    QString reason;
};

// The oldest queued ops after sequence number `afterSeq`, in sequence order.
StoreResult<QList<QueuedOp>> pending(const QSqlDatabase &db, int limit, qint64 afterSeq = 0);
// Records the server's verdict on an op.
StoreError settle(const QSqlDatabase &db, qint64 seq, const QString &state, const QString &reason);
// Records the verdicts on several ops (call it inside one transaction: the store's writer).
StoreError settle(const QSqlDatabase &db, const QList<OpVerdict> &verdicts);
// Settles every op still queued as rejected, with `reason` (the server will never take them:
// this person was disabled). Returns how many there were.
StoreResult<int> rejectQueued(const QSqlDatabase &db, const QString &reason);

} // namespace opQueue

} // namespace fd::core
