#pragma once

#include "ServerError.h"

#include <QList>

#include <functional>

namespace fd::core {

class ServerConnection;
class Store;

// What a pull brought.
struct PullReport
{
    qint64 rows = 0;
    int newItems = 0;
    int changedItems = 0;
    QList<std::pair<qint64, qint64>> outboxEntries; // (entry, item) whose delivery moved on
    bool initial = false; // the station's first pull, read from one snapshot
    ServerError error;    // why the pull stopped early (what was stored stays, with its cursor)
};

// Rows done and rows in all, as a first pull goes.
using PullProgress = std::function<void(qint64 done, qint64 total)>;

// Brings the local store up to the server: pages of changes after the stored cursor, each page
// stored with its cursor in one local transaction (the next page is read while the last one is
// written). A station's first pull reads everything from one repeatable-read snapshot and
// reports its progress. Blocks: run it off the GUI thread.
PullReport pullAll(Store &store, ServerConnection &server, const PullProgress &progress = {},
                   int pageSize = 2000);

} // namespace fd::core
