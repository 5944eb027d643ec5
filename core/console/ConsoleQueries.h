#pragma once

#include "console/InboxActions.h"
#include "model/Tag.h"
#include "model/Template.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace fd::core {

struct TagCount
{
    Tag tag;
    int items = 0;
};

struct Note
{
    qint64 id = 0;
    QString operatorName;
    QString body;
    QDateTime createdAt;
};

struct Draft
{
    qint64 threadId = 0;
    qint64 itemId = 0;
    QString body;
    QDateTime updatedAt;
};

// What the console docks read beside the feed: tags with their counts, templates, notes,
// drafts and saved views. Reads on the calling thread's connection.
class ConsoleQueries
{
public:
    explicit ConsoleQueries(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    StoreResult<QList<TagCount>> tagCounts() const;
    // Templates whose title, body, folder or shortcode contain `search` (any case), by folder
    // and title; every template when empty.
    StoreResult<QList<Template>> templates(const QString &search = {}) const;
    // The template typed as "/code" (the slash is optional); nullopt when there is none.
    StoreResult<std::optional<Template>> templateByShortcode(const QString &code) const;
    StoreResult<std::optional<Template>> templateById(qint64 id) const;
    StoreResult<QList<Note>> authorNotes(qint64 authorId) const;
    StoreResult<QList<Note>> threadNotes(qint64 threadId) const;
    StoreResult<std::optional<Draft>> draft(qint64 threadId) const;
    StoreResult<QList<SavedView>> savedViews() const;

private:
    StoreResult<QList<Note>> notes(const QString &column, qint64 id) const;

    QSqlDatabase m_db;
};

} // namespace fd::core
