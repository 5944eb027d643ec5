#pragma once

#include "ShiftSchedule.h"
#include "model/Shift.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace fd::core {

// How "responsible on shift" turns over when nobody is named for an account.
enum class RotationMode { Day, Shift };

// Who answers for an account now, and why.
struct Responsibility
{
    enum class How {
        None,          // nobody: no one is named, no rotation, several operators
        Named,         // named for the account
        NamedForShift, // named for the account during the shift under way
        Rotation,      // whose turn it is in the rotation
        OnlyOperator,  // the only operator of the store
    };
    qint64 accountId = 0;
    QString accountName;
    qint64 operatorId = 0;
    QString operatorName;
    How how = How::None;
};
QString toString(Responsibility::How how); // "none", "named", "named_for_shift", …

// The shift settings kept in the store.
struct ShiftSettings
{
    RotationMode rotation = RotationMode::Day;
    QString rotationZone = QStringLiteral("UTC"); // the zone days of the rotation are counted in
    QList<qint64> rotationOperators;              // in turn order
    int breakReminderMinutes = 0;                 // 0: no reminder
};

// Reads the schedule and who works now, on any connection (a reader, or the writer inside a
// job). A handful of small statements whatever the store's size.
namespace shiftQueries {

StoreResult<ShiftSchedule> schedule(const QSqlDatabase &db);
StoreResult<ShiftSettings> settings(const QSqlDatabase &db);

// Every enabled operator with what they do at `now`: on shift (by the schedule or because they
// started their shift), on a break, or off (also when they ended their scheduled shift early),
// with their open items counted. Ordered by display name.
StoreResult<QList<OperatorOnShift>> operatorsAt(const QSqlDatabase &db, const QDateTime &now);

// The operators on shift at `now` (not on a break); nothing when shifts are not used at all (no
// shift in the schedule and nobody started one): then everyone counts as on shift.
StoreResult<std::optional<QSet<qint64>>> onShiftIds(const QSqlDatabase &db, const QDateTime &now);

// Who answers for each account at `now`: named for the shift under way, else named for the
// account, else the rotation's turn, else the store's only operator. Ordered by account name.
StoreResult<QList<Responsibility>> responsibleAt(const QSqlDatabase &db, const QDateTime &now);

// The operator's shift started and not ended, if any: (session id, started at).
StoreResult<std::optional<std::pair<qint64, QDateTime>>> openSession(const QSqlDatabase &db,
                                                                     qint64 operatorId);

// Since when the operator has worked without a break: the start of their shift under way or
// the end of its last break; invalid when off shift or on a break (for BreakReminder).
StoreResult<QDateTime> workingSince(const QSqlDatabase &db, qint64 operatorId);

// The shift run an operator is in (or last was in) at `now`: the scheduled run they belong to,
// else their own started shift, else the last 8 hours.
StoreResult<ShiftOccurrence> currentRunOf(const QSqlDatabase &db, qint64 operatorId,
                                          const QDateTime &now);

// Handovers, newest first; created at or after `since` when it is valid.
StoreResult<QList<Handover>> handovers(const QSqlDatabase &db, const QDateTime &since,
                                       int limit = 100);
// Notes for the next shift written at or after `since`, oldest first.
StoreResult<QList<HandoverNote>> notesSince(const QSqlDatabase &db, const QDateTime &since);
// Operator id by login (enabled or not), 0 when none.
StoreResult<qint64> operatorByLogin(const QSqlDatabase &db, const QString &login);

} // namespace shiftQueries

} // namespace fd::core
