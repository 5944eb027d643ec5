#pragma once

#include "model/Enums.h"
#include "model/Shift.h"
#include "rules/SlaClock.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace fd::core {

// An open or waiting customer item as the handover shows it.
struct HandoverItem
{
    qint64 itemId = 0;
    qint64 accountId = 0;
    QString accountName;
    qint64 threadId = 0;
    ItemKind kind = ItemKind::Dm;
    ItemStatus status = ItemStatus::New;
    qint64 assigneeId = 0;
    QString assigneeName;
    QString authorName; // customer text: plain, bounded
    QString preview;    // the start of the item's text, on one line (customer text)
    QDateTime createdAt;
    SlaClock clock; // main() is what a glance should see
    std::optional<PromiseMark> promise;

    SlaState slaState() const { return clock.state(); }
};

// Something that went wrong with the flow of items or an account during the shift.
struct ShiftAlarm
{
    enum class Kind { Spike, Silent, Recovered, Health };
    Kind kind = Kind::Spike;
    qint64 accountId = 0;
    QString accountName;
    QDateTime at;
    QString text;         // in words (an account's error is the platform's words)
    bool ongoing = false; // still under way now
};

// The shift's figures, simply counted.
struct ShiftFigures
{
    int itemsIn = 0;  // customer items that came during the shift
    int replies = 0;  // our items (replies) written during the shift
    int answered = 0; // conversations opened during the shift that got a reply
    std::optional<qint64> medianFirstResponseSeconds;
    int slaMet = 0;    // response targets met, of items that came during the shift
    int slaMissed = 0; // answered late or overdue now

    // Met as a share of met and missed, 0…1; nothing when no item had a target.
    std::optional<double> slaMetShare() const
    {
        const int all = slaMet + slaMissed;
        return all == 0 ? std::nullopt : std::optional<double>(double(slaMet) / all);
    }
};

// Which shift and whose handover to read; everything defaults to the current run.
struct HandoverScope
{
    qint64 leavingOperatorId = 0; // 0: the team as a whole
    QDateTime from;               // the run's start (invalid: the leaving operator's current run)
    QDateTime to;                 // its end (invalid: now)
    int previewChars = 140;
};

// Everything the next shift must know, read in one pass over the store.
struct HandoverSnapshot
{
    QDateTime now;
    ShiftOccurrence run; // the span the figures, alarms and notes are of
    qint64 leavingOperatorId = 0;
    // Every open and waiting customer item: breached first, then at risk, then promised, then
    // the oldest.
    QList<HandoverItem> items;
    // Indexes into `items`.
    QList<int> breached;
    QList<int> atRisk;
    QList<int> promised;
    QList<int> leaving; // on the leaving operator's desk
    QList<HandoverNote> notes;
    QList<ShiftAlarm> alarms;
    ShiftFigures figures;
    QList<OperatorOnShift> operators; // with their state and load (open items each)
    QList<Handover> handovers;        // made since the run began, newest first
};

// Reads the snapshot at `now` over one connection (a reader: call it off the GUI thread for a
// large store, or on it — it is meant to take well under 100 ms for 10,000 open items).
StoreResult<HandoverSnapshot>
readHandoverSnapshot(const QSqlDatabase &db, const HandoverScope &scope, const QDateTime &now);

} // namespace fd::core
