#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fd::core {

// A shift of the schedule: it starts on the days in `days` (bit 0 Monday … bit 6 Sunday) at
// `startMinute` after local midnight in the IANA zone `zone`, and ends at `endMinute`; an end
// at or before the start falls on the next day (a night shift).
struct Shift
{
    static constexpr int everyDay = 0x7f;

    qint64 id = 0;
    QString name;
    int startMinute = 0;
    int endMinute = 0;
    int days = everyDay;
    QString zone = QStringLiteral("UTC");
    QList<qint64> operatorIds;

    bool crossesMidnight() const { return endMinute <= startMinute; }
    // Whether the shift starts on that weekday (1 = Monday … 7 = Sunday).
    bool startsOn(int dayOfWeek) const { return (days >> (dayOfWeek - 1)) & 1; }
};

// One run of a shift: from its start to its end, as UTC moments.
struct ShiftOccurrence
{
    qint64 shiftId = 0;
    QString name;
    QDateTime start;
    QDateTime end;

    bool isValid() const { return start.isValid(); }
    bool contains(const QDateTime &t) const { return start <= t && t < end; }
};

// What an operator is doing now, as far as shifts go.
enum class WorkState {
    Off,     // not on shift
    OnShift, // on shift by the schedule or by starting it
    OnBreak, // started their shift and are on a break
};
QString toString(WorkState state); // "off", "on_shift", "on_break"
QString displayName(WorkState state);

// An operator and their state now.
struct OperatorOnShift
{
    qint64 operatorId = 0;
    QString login;
    QString displayName;
    WorkState state = WorkState::Off;
    qint64 shiftId = 0;     // the scheduled shift they are in now (0: none)
    QString shiftName;      // its name
    qint64 sessionId = 0;   // the shift they started and have not ended (0: none)
    QDateTime startedAt;    // when they started it
    QDateTime breakSince;   // when their break began, while on one
    qint64 openItems = 0;   // open items on their desk
    bool scheduled = false; // the schedule has them on shift now
};

// What happens to the leaving operator's open items at a handover.
enum class Reassign { Incoming, Pool, Keep };
QString toString(Reassign reassign); // "incoming", "pool", "keep"
std::optional<Reassign> reassignFromString(QStringView text);

struct Handover
{
    qint64 id = 0;
    QString key;
    qint64 shiftId = 0;
    qint64 fromOperatorId = 0;
    QString fromName;
    qint64 toOperatorId = 0; // 0: to the pool
    QString toName;
    Reassign reassign = Reassign::Keep;
    QString summary;
    int itemsMoved = 0;
    QDateTime createdAt;
    QDateTime acknowledgedAt; // invalid until the incoming operator acknowledges
    QString acknowledgedBy;

    bool isAcknowledged() const { return acknowledgedAt.isValid(); }
};

// A note for the next shift, about the shift or one item (itemId 0).
struct HandoverNote
{
    qint64 id = 0;
    QString key;
    QString author;
    qint64 itemId = 0;
    QString body;
    QDateTime createdAt;
};

// An item where we promised the customer to come back.
struct PromiseMark
{
    enum class Source { Reply, Manual };
    qint64 itemId = 0;
    Source source = Source::Reply;
    QString phrase; // the words of the reply that promised
    QString markedBy;
    QDateTime markedAt;
};

} // namespace fd::core
