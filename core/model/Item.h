#pragma once

#include "Author.h"
#include "Enums.h"
#include "PostPreview.h"

#include <QDateTime>
#include <QString>

namespace fd::core {

// One thing a customer (or we) wrote: a direct message, a comment, a mention or a review.
struct Item
{
    qint64 id = 0; // local id; ordered by creation time (created ms * 1000 + n)
    qint64 accountId = 0;
    ItemKind kind = ItemKind::Dm;
    Direction direction = Direction::Incoming;
    QString externalId; // exact platform id, kept as text
    qint64 threadId = 0;
    QString parentExternalId; // the comment this one answers, if any
    qint64 postId = 0;
    Author author;
    QString text;        // plain text, never markup
    QString attachments; // a one-line summary ("photo, 2 files")
    int rating = 0;      // reviews: 1-5, 0 when none
    QString url;
    QDateTime createdAt;
    QDateTime receivedAt;
    QDateTime editedAt;
    QDateTime deletedAt;
    ItemStatus status = ItemStatus::New;
    qint64 assigneeId = 0;
    bool read = false;
    bool truncated = false; // the text was longer than the store keeps
};

} // namespace fd::core
