#pragma once

#include "console/InboxActions.h"
#include "model/Shift.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QFuture>

namespace fd::core {

class Store;

// What the leaving operator hands over, and to whom.
struct HandoverRequest
{
    qint64 fromOperatorId = 0;
    qint64 toOperatorId = 0; // 0: nobody in particular (the pool)
    Reassign reassign = Reassign::Incoming;
    QString summary;
    qint64 shiftId = 0;   // the shift handed over (0: none named)
    bool endShift = true; // the leaving operator's shift ends with it
    QDateTime at;         // default: now
};

// The handover between shifts as an act, and what goes with it: notes for the next shift and
// promise marks. Each is one write job: a handover stores itself, moves the leaving operator's
// open items (to the incoming operator or the pool: each one journaled and, in a team, sent as
// an assign op) and ends their shift, all in one transaction.
class HandoverActions
{
public:
    HandoverActions(Store &store, Actor actor);

    const Actor &actor() const { return m_actor; }

    QFuture<StoreResult<Handover>> handOver(const HandoverRequest &request);
    // The incoming operator (the actor) has read it. Refused once acknowledged.
    QFuture<StoreError> acknowledge(qint64 handoverId, const QDateTime &at = {});
    // A note for the next shift (about one item, or the shift for itemId 0); the result is its id.
    QFuture<StoreResult<qint64>> addNote(const QString &body, qint64 itemId = 0,
                                         const QDateTime &at = {});
    // Marks an open item as waiting for an answer we promised (or clears the mark).
    QFuture<StoreError> markPromise(qint64 itemId, bool on);

private:
    Store &m_store;
    Actor m_actor;
};

} // namespace fd::core
