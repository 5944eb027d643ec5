#pragma once

#include "model/Enums.h"

#include <QString>

namespace fd::ui {

// How long a reply may be on a platform, and how the platform counts its length.
struct ReplyLimit
{
    qsizetype maxLength = 0;
    // X counts characters (Unicode code points); the others count what the connectors send,
    // UTF-16 code units (QString::size()).
    bool countsCodePoints = false;
};

// The limit for a reply to an item of `kind` on `platform`.
ReplyLimit replyLimit(core::Platform platform, core::ItemKind kind);

// The length of `text` as `limit` counts it.
qsizetype replyLength(const QString &text, const ReplyLimit &limit);

} // namespace fd::ui
