#pragma once

#include "store/StoreError.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace fd::core {

// A change made at this station that the team's server refused.
struct RefusedOp
{
    qint64 seq = 0;
    QString kind;   // close, assign, tag, …
    QString reason; // the server's words
    QDateTime at;   // when the verdict came
    qint64 itemId = 0;
    qint64 threadId = 0;
    QString about; // the item's author and text, or the note's
};

// What the console shows of this station's life in the team, from the local store.
namespace teamQueries {

// The refused ops, newest first.
StoreResult<QList<RefusedOp>> refused(const QSqlDatabase &db, int limit = 200);
// A conversation as a person names it: its customer (or its title) and its channel.
StoreResult<QString> conversationName(const QSqlDatabase &db, qint64 threadId);
// The op kinds in words ("Close", "Assign", …).
QString kindName(const QString &kind);

} // namespace teamQueries

} // namespace fd::core
