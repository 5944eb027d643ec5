#pragma once

#include "StatsReport.h"
#include "store/StoreError.h"

#include <QSqlDatabase>

namespace fd::core {

// Every statistic of a period, from a reading connection of the calling thread: one walk of
// the items in time order (through the items_stats index, never the texts) follows each
// conversation as a small state machine; the journal gives when items were resolved and what
// operators did, the outbox who sent each reply and whether a rule did, handle_time how long
// the composer was focused. Needs no GUI: run it on a worker thread with its own connection.
//
// The definitions (also in kpiDefinitions()):
// - A customer item starts a wait when nothing of its conversation is waiting for our answer;
//   the wait is a first response when no operator had answered in the conversation before, a
//   next response otherwise. It ends with the conversation's next operator reply. Replies sent
//   by rules end no wait; items resolved before the reply are handled without one.
// - Resolution: from the first unresolved customer item of a conversation until all items of
//   that stretch are closed, hidden or deleted (the last time, after any reopening).
// - Business seconds: the open time of the item's SLA calendar (or the calendar asked for).
class StatsEngine
{
public:
    explicit StatsEngine(QSqlDatabase db);

    StoreResult<StatsReport> compute(const StatsQuery &query) const;

private:
    QSqlDatabase m_db;
};

} // namespace fd::core
