#pragma once

#include "model/Rule.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace fd::core {

// What a rule would have done to the stored history, before it is enabled.
struct DryRunOptions
{
    QDateTime since;      // invalid: the whole history
    int listLimit = 1000; // items listed; all are counted
    QDateTime now;        // for timer rules; invalid: now
};

struct DryRunItem
{
    qint64 itemId = 0;
    QString account;
    QString author;
    QString text;
    QDateTime createdAt;
    QStringList actions; // in words: "tag spam", "close"
};

struct DryRunReport
{
    qint64 examined = 0; // items looked at
    qint64 matched = 0;  // items the rule would act on
    // Per action type, how many items it would act on.
    QMap<RuleAction::Type, qint64> counts;
    QList<DryRunItem> items; // the first listLimit matched items, oldest first
    bool cancelled = false;

    // "Would close 312 items, tag 40." — or "Would do nothing to 12,345 items."
    QString summary() const;
};

// Runs `rule` over the stored history as the live engine would have run it on each item as it
// arrived: incoming items oldest first, after the enabled rules placed before it (their tags,
// closes and stops count, as they would have), with nothing written. A timer rule looks at the
// items open now, as the next tick would. `progress` (done, total) may return false to cancel.
// Runs on any thread with a reading connection of its own.
StoreResult<DryRunReport> dryRun(const QSqlDatabase &db, const Rule &rule,
                                 const DryRunOptions &options = {},
                                 const std::function<bool(qint64, qint64)> &progress = {});

// An action in words for lists: "tag spam", "assign to anna", "reply with “Thanks”".
QString describeAction(const RuleAction &action);

} // namespace fd::core
