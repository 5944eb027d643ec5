#pragma once

#include "SlaPolicy.h"
#include "model/Enums.h"

#include <QDateTime>
#include <QString>

namespace fd::core {

enum class SlaState {
    NoTarget, // no policy sets a target for it (or it is our own)
    Running,  // waiting, due later than the warning
    AtRisk,   // waiting, the warning time before the due moment has come
    Breached, // waiting past the due moment
    Met,      // answered (or closed) in time
    MetLate,  // answered (or closed) after the due moment
};
QString toString(SlaState state); // "no_target", "running", "at_risk", …
QString displayName(SlaState state);

enum class SlaTarget { None, FirstResponse, NextResponse, Resolution };
QString toString(SlaTarget target); // "none", "first_response", "next_response", "resolution"
QString displayName(SlaTarget target);

// What the store knows about an incoming item that its clock depends on.
struct SlaFacts
{
    qint64 itemId = 0;
    qint64 accountId = 0;
    ItemKind kind = ItemKind::Dm;
    Direction direction = Direction::Incoming;
    ItemStatus status = ItemStatus::New;
    QDateTime createdAt;
    bool repliedBefore = false; // we had written in its conversation before it came
    QDateTime answeredAt;       // our first item in its conversation after it, if any
    QDateTime closedAt;         // when it was last closed, hidden or deleted, if known
    QDateTime unresolvedSince;  // the conversation's first unresolved customer item up to it
    QString accountName;
    QString authorName;
};

// One target's countdown.
struct SlaTimer
{
    SlaTarget target = SlaTarget::None;
    int targetMinutes = 0;
    SlaState state = SlaState::NoTarget;
    QDateTime startedAt; // when the time began to count (the next opening in business hours)
    QDateTime dueAt;     // invalid when no open time is left to reach it
    QDateTime warnAt;
    QDateTime stoppedAt; // the answer or the close
    // Open time left until due (positive) or past it (negative), in the policy's calendar.
    qint64 remainingSeconds = 0;

    bool isActive() const
    {
        return state == SlaState::Running || state == SlaState::AtRisk ||
               state == SlaState::Breached;
    }
};

// An item's clocks: the response (first or next) and the resolution of its conversation.
struct SlaClock
{
    qint64 itemId = 0;
    SlaTimer response;
    SlaTimer resolution;

    // The timer a glance should see: the running one nearest to (or furthest past) its due
    // moment; otherwise the response's outcome, otherwise the resolution's.
    const SlaTimer &main() const;
    SlaState state() const { return main().state; }
};

// The clocks of an item at `now`.
SlaClock computeSlaClock(const SlaFacts &facts, const SlaSettings &settings, const QDateTime &now);

// "14 min", "2 h 5 min", "3 d 4 h": short durations for clocks and alerts.
QString slaDuration(qint64 seconds);
// "12 min left", "5 min over", "met", "met late"; empty for no target.
QString slaShortText(const SlaTimer &timer);
// "VK Shop: a comment from Anna waits 14 min, first response due in 3 min".
QString slaAlertText(const SlaFacts &facts, const SlaTimer &timer, const QDateTime &now);

} // namespace fd::core
