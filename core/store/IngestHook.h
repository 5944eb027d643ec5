#pragma once

#include "IngestBatch.h"
#include "StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace fd::core {

// What the store keeps beside an incoming item's text: the classifiers' verdicts.
struct ItemAnnotations
{
    QString lang;                 // ru, en, pl, other; '' when not classified
    std::optional<int> sentiment; // -1, 0, 1
    bool spam = false;
};

// An item a batch stored (new) or changed (edited).
struct IngestedItem
{
    qint64 itemId = 0;
    bool edited = false;
};

// The steps of an ingest that are not the store's own: classifying each incoming item before it
// is stored, and the automation rules after the batch's items are in. Both run on the writer
// thread inside the batch's transaction, so a batch and what the rules did to it are committed
// together or not at all.
class IngestHook
{
public:
    virtual ~IngestHook() = default;
    // Before an incoming customer item is stored, with its cleaned text.
    virtual ItemAnnotations annotate(const IncomingItem &item, const QString &text,
                                     qint64 receivedMs) = 0;
    // After the batch's items were stored (deletions and the cursor come after). An error
    // rolls the whole batch back.
    virtual StoreError ingested(const QSqlDatabase &db, const IngestBatch &batch,
                                const QList<IngestedItem> &items, IngestResult &result) = 0;
    // A transaction was rolled back: forget what was read in it.
    virtual void rolledBack() = 0;
    // The writer's connection is closing: let go of what was prepared on it.
    virtual void connectionClosing() = 0;
};

} // namespace fd::core
