#pragma once

#include "ServerError.h"
#include "stats/JournalQuery.h"

namespace fd::core {

class ServerConnection;

// The team server's journal: every operator's actions at every station, as the server's
// functions wrote them (the local journal of a team station holds only what was done there).
// Every team role may read it. Rows come as JournalEntry: the operator by the name the team
// knows them by, the station by its name where this login may see it (its id otherwise), times
// in ms. Items and accounts carry the server's ids, which are the team stations' local ids.
namespace teamJournal {

// A page, newest first, filtered as the local journal is (operatorId is the local store's and
// is not used; `actor` matches a login or a name; the search ignores case).
ServerResult<JournalPage> page(ServerConnection &server, const JournalQuery &query, int limit,
                               qint64 beforeId = 0);

} // namespace teamJournal

} // namespace fd::core
