#include "SlaClock.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

// The strings of this file, under the context they are translated in.
struct SlaClockText
{
    Q_DECLARE_TR_FUNCTIONS(fd::core::SlaClock)
};

// One target counted from `from` in `calendar`; `stopped` when answered or closed, at `stop`
// when that moment is known.
SlaTimer countdown(SlaTarget target, int minutes, const SlaPolicy &policy,
                   const BusinessCalendar &calendar, const QDateTime &from, bool stopped,
                   const QDateTime &stop, const QDateTime &now)
{
    SlaTimer t;
    t.target = target;
    t.targetMinutes = minutes;
    t.startedAt = calendar.nextOpening(from);
    const qint64 targetSeconds = qint64(minutes) * 60;
    t.dueAt = calendar.addOpenSeconds(from, targetSeconds);
    if (t.dueAt.isValid())
        t.warnAt = calendar.addOpenSeconds(from, targetSeconds - policy.warnSecondsFor(minutes));
    if (stopped) {
        t.stoppedAt = stop;
        const bool late = stop.isValid() && t.dueAt.isValid() && stop > t.dueAt;
        t.state = late ? SlaState::MetLate : SlaState::Met;
        if (late)
            t.remainingSeconds = -calendar.openSecondsBetween(t.dueAt, stop);
        else if (stop.isValid())
            t.remainingSeconds = calendar.openSecondsBetween(stop, t.dueAt);
        return t;
    }
    if (!t.dueAt.isValid()) {
        // No open time left to reach it: it runs without a due moment.
        t.state = SlaState::Running;
        return t;
    }
    if (now >= t.dueAt) {
        t.state = SlaState::Breached;
        t.remainingSeconds = -calendar.openSecondsBetween(t.dueAt, now);
        return t;
    }
    t.remainingSeconds = calendar.openSecondsBetween(now, t.dueAt);
    t.state = now >= t.warnAt ? SlaState::AtRisk : SlaState::Running;
    return t;
}

bool isResolved(ItemStatus status)
{
    return status == ItemStatus::Closed || status == ItemStatus::Hidden ||
           status == ItemStatus::Deleted;
}

QString kindPhrase(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Dm:
        return SlaClockText::tr("a message");
    case ItemKind::Comment:
        return SlaClockText::tr("a comment");
    case ItemKind::Mention:
        return SlaClockText::tr("a mention");
    case ItemKind::Review:
        return SlaClockText::tr("a review");
    }
    return {};
}

} // namespace

QString toString(SlaState state)
{
    switch (state) {
    case SlaState::NoTarget:
        return u"no_target"_s;
    case SlaState::Running:
        return u"running"_s;
    case SlaState::AtRisk:
        return u"at_risk"_s;
    case SlaState::Breached:
        return u"breached"_s;
    case SlaState::Met:
        return u"met"_s;
    case SlaState::MetLate:
        return u"met_late"_s;
    }
    return {};
}

QString displayName(SlaState state)
{
    switch (state) {
    case SlaState::NoTarget:
        return SlaClockText::tr("no target");
    case SlaState::Running:
        return SlaClockText::tr("running");
    case SlaState::AtRisk:
        return SlaClockText::tr("at risk");
    case SlaState::Breached:
        return SlaClockText::tr("breached");
    case SlaState::Met:
        return SlaClockText::tr("met");
    case SlaState::MetLate:
        return SlaClockText::tr("met late");
    }
    return {};
}

QString toString(SlaTarget target)
{
    switch (target) {
    case SlaTarget::None:
        return u"none"_s;
    case SlaTarget::FirstResponse:
        return u"first_response"_s;
    case SlaTarget::NextResponse:
        return u"next_response"_s;
    case SlaTarget::Resolution:
        return u"resolution"_s;
    }
    return {};
}

QString displayName(SlaTarget target)
{
    switch (target) {
    case SlaTarget::None:
        return SlaClockText::tr("no target");
    case SlaTarget::FirstResponse:
        return SlaClockText::tr("first response");
    case SlaTarget::NextResponse:
        return SlaClockText::tr("next response");
    case SlaTarget::Resolution:
        return SlaClockText::tr("resolution");
    }
    return {};
}

const SlaTimer &SlaClock::main() const
{
    if (response.isActive() && resolution.isActive())
        return response.remainingSeconds <= resolution.remainingSeconds ? response : resolution;
    if (response.isActive())
        return response;
    if (resolution.isActive())
        return resolution;
    return response.state != SlaState::NoTarget ? response : resolution;
}

SlaClock computeSlaClock(const SlaFacts &facts, const SlaSettings &settings, const QDateTime &now)
{
    SlaClock clock;
    clock.itemId = facts.itemId;
    if (facts.direction != Direction::Incoming || !facts.createdAt.isValid())
        return clock;
    const SlaPolicy *policy = settings.policyFor(facts.accountId, facts.kind);
    if (!policy)
        return clock;
    const BusinessCalendar &calendar = settings.calendarOf(*policy);
    const bool resolved = isResolved(facts.status);

    const SlaTarget response =
        facts.repliedBefore ? SlaTarget::NextResponse : SlaTarget::FirstResponse;
    const int responseMinutes = facts.repliedBefore ? policy->nextMinutes : policy->firstMinutes;
    if (responseMinutes > 0) {
        // Answered by our next item in the conversation, or by closing it, whichever came first.
        QDateTime stop = facts.answeredAt;
        if (resolved && facts.closedAt.isValid() && (!stop.isValid() || facts.closedAt < stop))
            stop = facts.closedAt;
        clock.response = countdown(response, responseMinutes, *policy, calendar, facts.createdAt,
                                   facts.answeredAt.isValid() || resolved, stop, now);
    }
    if (policy->resolutionMinutes > 0) {
        QDateTime from = facts.createdAt;
        if (facts.unresolvedSince.isValid() && facts.unresolvedSince < from)
            from = facts.unresolvedSince;
        clock.resolution = countdown(SlaTarget::Resolution, policy->resolutionMinutes, *policy,
                                     calendar, from, resolved, facts.closedAt, now);
    }
    return clock;
}

QString slaDuration(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    if (minutes < 60)
        return SlaClockText::tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return minutes % 60 ? SlaClockText::tr("%1 h %2 min").arg(hours).arg(minutes % 60)
                            : SlaClockText::tr("%1 h").arg(hours);
    return hours % 24 ? SlaClockText::tr("%1 d %2 h").arg(hours / 24).arg(hours % 24)
                      : SlaClockText::tr("%1 d").arg(hours / 24);
}

QString slaShortText(const SlaTimer &timer)
{
    switch (timer.state) {
    case SlaState::NoTarget:
        return {};
    case SlaState::Running:
    case SlaState::AtRisk:
        if (!timer.dueAt.isValid())
            return SlaClockText::tr("no open time");
        // Rounded up: "1 min left" until the very end.
        return SlaClockText::tr("%1 left").arg(slaDuration(timer.remainingSeconds + 59));
    case SlaState::Breached:
        return SlaClockText::tr("%1 over").arg(slaDuration(-timer.remainingSeconds));
    case SlaState::Met:
        return SlaClockText::tr("met");
    case SlaState::MetLate:
        return SlaClockText::tr("met late");
    }
    return {};
}

QString slaAlertText(const SlaFacts &facts, const SlaTimer &timer, const QDateTime &now)
{
    const QString who = facts.authorName.isEmpty() ? SlaClockText::tr("someone") : facts.authorName;
    const QString waits = slaDuration(facts.createdAt.secsTo(now));
    const QString what = kindPhrase(facts.kind);
    if (timer.state == SlaState::Breached)
        return SlaClockText::tr("%1: %2 from %3 waits %4, %5 overdue by %6")
            .arg(facts.accountName, what, who, waits, displayName(timer.target),
                 slaDuration(-timer.remainingSeconds));
    return SlaClockText::tr("%1: %2 from %3 waits %4, %5 due in %6")
        .arg(facts.accountName, what, who, waits, displayName(timer.target),
             slaDuration(timer.remainingSeconds + 59));
}

} // namespace fd::core
