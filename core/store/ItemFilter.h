#pragma once

#include "model/Enums.h"

#include <QList>
#include <QString>

#include <optional>

namespace fd::core {

// What the feed shows. Empty lists mean "any".
struct ItemFilter
{
    QList<ItemStatus> statuses;
    QList<Platform> platforms;
    QList<qint64> accountIds;
    QList<ItemKind> kinds;
    QList<qint64> tagIds;             // items carrying any of these tags
    std::optional<qint64> assigneeId; // 0: unassigned items only
    std::optional<qint64> authorId;
    std::optional<qint64> threadId;
    bool unreadOnly = false;
    bool unansweredOnly = false;  // new or open: nobody has answered or closed it yet
    bool includeOutgoing = false; // our own replies live in threads, not in the feed
    QString search;               // words as typed; every word must match (prefix match)
    // Only items newer than this one (what arrived since the last look); 0: any. Not saved.
    qint64 afterId = 0;

    bool operator==(const ItemFilter &) const = default;
};

// Turns words as typed into an FTS5 query: each word quoted (so operators and punctuation are
// just text) and matched as a prefix. Empty when there is nothing searchable.
QString ftsQueryFor(const QString &typed);

} // namespace fd::core
