#pragma once

#include "ShiftQueries.h"
#include "console/InboxActions.h"
#include "model/Shift.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QFuture>
#include <QList>

namespace fd::core {

class Store;

// Changes to the schedule and to who works now, each one write job on the store's writer,
// journaled with the actor. Moments default to now (tests and imports pass their own).
class ShiftActions
{
public:
    ShiftActions(Store &store, Actor actor);

    const Actor &actor() const { return m_actor; }

    // Inserts (id 0) or updates a shift with its operators; the result is its id.
    QFuture<StoreResult<qint64>> saveShift(const Shift &shift);
    QFuture<StoreError> removeShift(qint64 shiftId);
    // Names who answers for an account (during one shift, or whenever for shiftId 0);
    // operatorId 0 clears it.
    QFuture<StoreError> setResponsible(qint64 accountId, qint64 shiftId, qint64 operatorId);
    // The "responsible on shift" rotation: these operators in turn, a day or a shift each
    // (days counted in `zone`); an empty list ends the rotation.
    QFuture<StoreError> setRotation(const QList<qint64> &operatorIds, RotationMode mode,
                                    const QString &zone = QStringLiteral("UTC"));
    // Minutes of continuous work before a break reminder; 0 turns it off.
    QFuture<StoreError> setBreakReminder(int minutes);

    // The operator starts their shift (refused while it runs); the result is its session id.
    QFuture<StoreResult<qint64>> startShift(qint64 operatorId, const QDateTime &at = {});
    // The operator ends their shift (and any break under way).
    QFuture<StoreError> endShift(qint64 operatorId, const QDateTime &at = {});
    // A break within the shift (refused when off shift or already on one), and its end.
    QFuture<StoreError> startBreak(qint64 operatorId, const QDateTime &at = {});
    QFuture<StoreError> endBreak(qint64 operatorId, const QDateTime &at = {});

private:
    Store &m_store;
    Actor m_actor;
};

// Ends an operator's shift under way (and its break) inside the caller's write job; says
// whether there was one.
StoreResult<bool> endShiftIn(const QSqlDatabase &db, const Actor &actor, qint64 operatorId,
                             qint64 atMs);

} // namespace fd::core
