#pragma once

#include "model/Shift.h"
#include "store/StoreError.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace fd::core {

// Finds where an operator's reply promises the customer to come back ("I'll get back to you",
// "уточню и отпишусь", "sprawdzę i wrócę"): phrases from resources/classifiers/promises_*.txt,
// compared case- and diacritics-insensitively as whole words.
class PromiseDetector
{
public:
    // The phrases of the embedded ru, en and pl lists.
    static const PromiseDetector &standard();
    explicit PromiseDetector(const QStringList &phrases);

    // The phrase (folded) the text promises with, empty when it promises nothing.
    QString find(const QString &text) const;

private:
    struct Phrase
    {
        QString text; // folded
        bool stem = false;
    };
    QList<Phrase> m_phrases;
};

// Promise marks, written inside the caller's write job.
namespace promises {

// After a reply to `itemId` is queued: the reply answers whatever was promised in its
// conversation, so those marks go; the item is marked again when the reply itself promises.
// Says whether it marked.
StoreResult<bool> afterReply(const QSqlDatabase &db, qint64 itemId, const QString &body,
                             const QString &by, qint64 atMs);
// Marks (or clears) an item by hand. Refused for an item that is not open.
StoreError mark(const QSqlDatabase &db, qint64 itemId, bool on, const QString &by, qint64 atMs);
// The marks on open items, by item id.
StoreResult<QHash<qint64, PromiseMark>> open(const QSqlDatabase &db);

} // namespace promises

} // namespace fd::core
