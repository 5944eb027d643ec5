#pragma once

#include "IngestBatch.h"
#include "StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
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

// What a hook works out from a batch's items alone, before the writer takes the batch up: the
// store asks for it on a thread of its own while the writer is busy with earlier batches, so
// the writer's turn holds only what needs the store.
class IngestPreview
{
public:
    virtual ~IngestPreview() = default;
};

// A new incoming customer item about to be written: its id chosen and its author, post and
// thread stored, with what they hold now.
struct NewItem
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 threadId = 0;
    qint64 postId = 0;
    qint64 authorId = 0;
    QString platform, accountName, kind, text, status;
    QString authorName, authorHandle;
    std::optional<qint64> followers;
    QString postExternalId, postText;
    qint64 createdMs = 0;
    qint64 receivedMs = 0;
    qsizetype index = -1; // its place in the batch
};

// What is decided for a new item before its row is written: the classifiers' verdicts and the
// row's status, priority and assignee as the automation rules set them, so an item the rules
// close, raise or assign is written once instead of written and then updated.
struct ItemDecision
{
    ItemAnnotations notes;
    QString status;
    int priority = 0;
    qint64 assigneeId = 0;
};

// The steps of an ingest that are not the store's own: classifying each new incoming item and
// running the automation rules on it. They run on the writer thread inside the batch's
// transaction, so a batch and what the rules did to it are committed together or not at all.
class IngestHook
{
public:
    virtual ~IngestHook() = default;
    // Off the writer thread, in the order batches are queued, before the batch's turn: what
    // can be worked out from the batch alone, without the store (none: nothing ahead). Runs
    // beside the writer thread's calls, so it may read only what those do not change.
    virtual std::shared_ptr<const IngestPreview> preview(const IngestBatch &) const { return {}; }
    // A batch starts (inside its transaction), with what preview() gave for it, if anything
    // (a preview may come from a hook that was replaced since). An error fails the batch.
    virtual StoreError begin(const QSqlDatabase &db, const IngestPreview *preview) = 0;
    // Before a new incoming customer item is written. An error fails the batch; a rule that
    // cannot decide is a warning in `result`, and the item is written as it came.
    virtual StoreResult<ItemDecision> decide(const QSqlDatabase &db, const NewItem &item,
                                             IngestResult &result) = 0;
    // After the batch's items were written (deletions and the cursor come after): the rest of
    // what was decided for the new ones (tags, journal, outbox) and the rules on edited items.
    // When that fails for an item, what was written for it is undone, its row is put back as it
    // came and `result` gets a warning; an error returned rolls the whole batch back.
    virtual StoreError ingested(const QSqlDatabase &db, const IngestBatch &batch,
                                const QList<IngestedItem> &items, IngestResult &result) = 0;
    // A transaction was rolled back: forget what was read in it.
    virtual void rolledBack() = 0;
    // The writer's connection is closing: let go of what was prepared on it.
    virtual void connectionClosing() = 0;
};

} // namespace fd::core
