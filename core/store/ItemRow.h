#pragma once

#include "model/Item.h"
#include "model/JournalEntry.h"
#include "model/PostPreview.h"
#include "model/Thread.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fd::core {

// An item with what a feed row shows beside it.
struct ItemRow
{
    Item item;
    QString accountName;
    Platform platform = Platform::Telegram;
    QString postExternalId; // the root post, if the item hangs under one
    QString postText;
    QString postUrl;
    QString parentText; // the comment this one answers, if stored
    QString assigneeName;
    QStringList tags;
};

struct ThreadView
{
    Thread thread;
    PostPreview post; // empty externalId when the thread has no post
    QString accountName;
    Platform platform = Platform::Telegram;
    QList<ItemRow> items;  // oldest first; at most the newest ItemQueries::maxThreadItems
    qint64 totalItems = 0; // in the whole thread, including those not in `items`
};

struct JournalFilter
{
    std::optional<qint64> itemId;
    std::optional<qint64> operatorId;
    QString action; // exact action, e.g. "item.deleted"; empty for all
};

} // namespace fd::core
