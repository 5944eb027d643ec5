#pragma once

#include "store/StoreError.h"

#include <QSqlDatabase>

namespace fd::core {

// What one look of the survey watcher did.
struct CsatStep
{
    int scheduled = 0;    // closings that will get a survey (now or after the delay)
    int queued = 0;       // surveys put in the outbox
    bool viaTeam = false; // they go through the team's outbox (a gateway sends them)
    int answered = 0;     // ratings read from customers' replies
    int expired = 0;
    int cancelled = 0;
};

// One look, inside a write job on the store's writer (everything in one transaction):
// - operators' closings journaled since the last look (not rules', not hidden or deleted items)
//   of customer items in conversations the settings cover and the platform allows a private
//   message in get a survey, unless the conversation already had one for this or a later item,
//   or the customer was asked within the settings' days;
// - surveys whose delay has passed are rendered from the template and queued in the outbox (a
//   conversation that went on meanwhile is not asked);
// - customer items after a sent survey are read for a rating: a rating answers it (credited to
//   the operator who closed) and its item is closed; anything else is left as it is;
// - surveys unanswered for CsatSettings::answerDays expire.
StoreResult<CsatStep> runCsatStep(const QSqlDatabase &db, qint64 nowMs);

// Whether a look would find anything to do (journal rows not yet looked at, a survey due or
// expiring, a customer's item after a sent survey). Read on a reading connection, so that an
// idle store is not written to.
StoreResult<bool> csatWorkWaiting(const QSqlDatabase &db, qint64 nowMs);

} // namespace fd::core
