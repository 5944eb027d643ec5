#pragma once

#include "console/InboxActions.h"
#include "store/StoreError.h"

#include <QFuture>
#include <QSqlDatabase>
#include <QString>

namespace fd::core {

// Journal rows for what an operator did, written inside the caller's write job.

// About an item; its account is taken from the item itself.
StoreError journalItem(const QSqlDatabase &db, const Actor &actor, qint64 at, const QString &action,
                       qint64 itemId, const QString &before, const QString &after,
                       const QString &detail = {});

// About an item, for what a rule (or the program itself, as a customer survey) did: named by
// the rule or the feature, recorded at `station`.
StoreError journalItemBy(const QSqlDatabase &db, ActorKind kind, const QString &name,
                         const QString &station, qint64 at, const QString &action, qint64 itemId,
                         const QString &before, const QString &after, const QString &detail = {});

// About something that is not an item (a tag, a template).
StoreError journalOther(const QSqlDatabase &db, const Actor &actor, qint64 at,
                        const QString &action, const QString &before, const QString &after,
                        const QString &detail = {});

// Something that is a write of its own (a console session began or ended, the station joined
// a team), as one write job.
QFuture<StoreError> journalEvent(Store &store, const Actor &actor, const QString &action,
                                 const QString &before, const QString &after,
                                 const QString &detail = {});

} // namespace fd::core
