#pragma once

#include "store/ItemFilter.h"
#include "store/ItemQueries.h"
#include "store/ItemRow.h"

#include <QAbstractTableModel>
#include <QList>

namespace fd::ui {

// The paging the item tables share: the items matching a filter, newest first, read from the
// store a page at a time (keyset paging on the item id) as the view scrolls.
class ItemPageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    const core::ItemRow *itemAt(int row) const;
    // The last read error, empty after a successful read.
    const QString &lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // A read failed; the message says what happened, in words for the user.
    void errorOccurred(const QString &message);

protected:
    ItemPageModel(core::ItemQueries queries, int pageSize, QObject *parent);

    // Reads at most `limit` items under m_filter older than `beforeId` (0: from the newest).
    bool readPage(int limit, qint64 beforeId, QList<core::ItemRow> &out);
    // Replaces the rows, in one model reset, by the first page under `filter`, or by none when
    // `load` is false.
    void resetRows(const core::ItemFilter &filter, bool load = true);

    core::ItemFilter m_filter;
    QList<core::ItemRow> m_rows;
    bool m_atEnd = true;
    // Set while a reset or a merge is under way: a fetchMore() then (from a slot connected to
    // one of our own signals) must not change the rows under it.
    bool m_changing = false;

private:
    core::ItemQueries m_queries;
    int m_pageSize;
    QString m_lastError;
};

} // namespace fd::ui
