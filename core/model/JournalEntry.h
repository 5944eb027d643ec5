#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QString>

namespace fd::core {

// One line of the append-only action journal: who did what to which item, with before/after.
struct JournalEntry
{
    qint64 id = 0;
    QDateTime at;
    ActorKind actorKind = ActorKind::System;
    qint64 operatorId = 0;
    QString actor;   // the name at the time, kept even if the operator is renamed later
    QString station; // the workstation that recorded it
    QString action;  // e.g. "item.edited", "item.deleted", "item.replied"
    qint64 itemId = 0;
    qint64 accountId = 0;
    QString before;
    QString after;
    QString detail;
};

} // namespace fd::core
