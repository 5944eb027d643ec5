#pragma once

#include "StoreError.h"
#include "model/Item.h"
#include "model/PostPreview.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fd::core {

// One normalised item as a connector hands it to the store.
struct IncomingItem
{
    Item item; // kind, direction, externalId, parentExternalId, author, text, times, …
    // The DM dialog or comment tree. Empty: derived (a DM's author, a comment's post).
    QString threadExternalId;
    QString threadTitle;
    PostPreview post; // the post a comment hangs under; empty externalId for none
};

// The conversation an item belongs to: its own, or derived (a DM's author, a comment's post, the
// account's mentions or reviews).
QString threadExternalIdOf(const IncomingItem &in);

// The words an item is found by its author in the search index: name and handle.
QString searchableAuthor(const QString &name, const QString &handle);

// The platform says an item is gone (its text stays in the store and the journal), or, with
// `restored`, that a deleted item is back. Applied in order, after the batch's items.
struct IncomingDeletion
{
    QString externalId;
    QDateTime deletedAt;
    QString deletedBy; // platform id of whoever deleted it, when known
    bool restored = false;
};

// What a connector got in one poll, with the cursor that confirms it. Committed as one
// transaction: either all of it and the cursor, or none of it.
struct IngestBatch
{
    qint64 accountId = 0;
    QList<IncomingItem> items;
    QList<IncomingDeletion> deletions;
    std::optional<QString> cursor; // the connector's new position; unchanged when empty
};

struct RejectedItem
{
    int index = -1; // position in IngestBatch::items
    QString externalId;
    QString reason;
};

struct IngestResult
{
    StoreError error; // set when nothing of the batch was stored
    int inserted = 0;
    int edited = 0;
    int duplicates = 0;
    int deleted = 0;
    int restored = 0;
    int unknownDeletions = 0;     // deletions of items never seen
    QList<RejectedItem> rejected; // items refused; the rest of the batch was stored
    QStringList warnings;         // items stored with a change (text shortened, …)
    QList<qint64> insertedIds;

    bool ok() const { return error.ok(); }
};

// An item's id and text as every store of it keeps them: the id trimmed and within bounds, the
// text and attachments made safe and bounded.
struct CleanItem
{
    QString externalId;
    QString text;
    QString attachments;
    bool truncated = false;
};
// Cleans an item; nothing when it is refused (recorded in `result.rejected`; a shortened text
// goes to `result.warnings`). `index` is its place in the batch.
std::optional<CleanItem> cleanItem(const IncomingItem &in, int index, IngestResult &result);

} // namespace fd::core
