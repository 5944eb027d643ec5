#pragma once

#include "StatsReport.h"
#include "store/StoreError.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <unordered_map>
#include <vector>

namespace fd::core::stats {

// Internal to the statistics: what one walk of the store in time order finds out, before it is
// grouped and counted. Times are ms since the epoch; -1 where there is none.

constexpr qint64 kNever = std::numeric_limits<qint64>::max();

// A customer item written in the period.
struct ItemRecord
{
    qint64 itemId = 0;
    qint64 threadId = 0;
    qint64 accountId = 0;
    qint64 createdAt = 0;
    qint64 answeredAt = -1;
    qint64 resolvedAt = -1;        // the last close, hide or delete while it is resolved
    qint64 unresolvedSince = 0;    // its conversation's first unresolved customer item
    qint64 episodeResolvedAt = -1; // for the item starting an episode: when all of it was
    qint64 assigneeId = 0;
    int responder = -1; // operator name index of the answer
    int resolver = -1;  // operator name index of the last resolving action, if an operator's
    int nextPending = -1;
    int reopens = 0;
    ItemKind kind = ItemKind::Dm;
    ItemStatus status = ItemStatus::New;
    WaitKind wait = WaitKind::None;
    bool repliedBefore = false;
    bool startsEpisode = false;
};

// A reply of ours written in the period.
struct ReplyRecord
{
    qint64 at = 0;
    qint64 accountId = 0;
    int sender = -1; // operator name index; -1 unknown (sent outside Frontdesk)
    ItemKind kind = ItemKind::Dm;
    bool byRule = false;
};

// An operator's journaled action in the period.
struct ActionRecord
{
    qint64 itemId = 0; // 0: not about an item
    qint64 at = 0;
    qint64 accountId = 0;
    int actor = -1;
    int kind = -1; // the item's kind once the walk has seen it
};

// A stretch of composer focus in the period.
struct HandleRecord
{
    qint64 threadId = 0;
    qint64 itemId = 0;
    qint64 startedAt = 0;
    qint64 ms = 0;
    int operatorIndex = -1;
};

// What a conversation's account and kind are (for handle time grouped by them).
struct ThreadInfo
{
    qint64 accountId = 0;
    ItemKind kind = ItemKind::Dm;
};

struct ScanResult
{
    std::vector<ItemRecord> items; // in time order
    std::vector<ReplyRecord> replies;
    std::vector<ActionRecord> actions;
    std::vector<HandleRecord> handles;
    std::unordered_map<qint64, ThreadInfo> threads; // of handle records' conversations
    QStringList names;                              // operator names, by index
    QHash<qint64, QString> accountNames;
    QHash<qint64, int> assigneeNames; // operator id -> name index
    qint64 firstItemAt = -1;
    qint64 lastItemAt = -1;
};

// Walks the store once (items in id order, which is time order, with the journal's resolving
// actions and the outbox's reply senders merged in) and follows every conversation as a small
// state machine. [fromMs, toMs) is the period. With `actionKinds`, actions learn their item's
// kind (ActionRecord::kind). Once `cancelled` says so, it stops with an error.
StoreResult<ScanResult> scanStore(const QSqlDatabase &db, qint64 fromMs, qint64 toMs,
                                  bool actionKinds, const std::function<bool()> &cancelled = {});

} // namespace fd::core::stats
