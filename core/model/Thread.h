#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QString>

namespace fd::core {

// A DM dialog, or the comment tree under one post, or the stream of mentions or reviews.
struct Thread
{
    qint64 id = 0;
    qint64 accountId = 0;
    ThreadKind kind = ThreadKind::Dialog;
    QString externalId;
    qint64 postId = 0; // 0 when the thread has no post
    QString title;
    QDateTime lastItemAt;
};

} // namespace fd::core
