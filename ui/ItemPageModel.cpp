#include "ItemPageModel.h"

#include <QScopedValueRollback>

namespace fd::ui {

ItemPageModel::ItemPageModel(core::ItemQueries queries, int pageSize, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queries(std::move(queries))
    , m_pageSize(pageSize)
{}

bool ItemPageModel::readPage(int limit, qint64 beforeId, QList<core::ItemRow> &out)
{
    auto page = m_queries.page(m_filter, limit, beforeId);
    if (!page.ok()) {
        m_lastError = page.error().message;
        Q_EMIT errorOccurred(m_lastError);
        return false;
    }
    m_lastError.clear();
    out = std::move(page.value());
    return true;
}

void ItemPageModel::resetRows(const core::ItemFilter &filter, bool load)
{
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    // A failed read must not make the view ask again and again.
    m_atEnd = true;
    if (load && readPage(m_pageSize, 0, m_rows))
        m_atEnd = m_rows.size() < m_pageSize;
    endResetModel();
}

const core::ItemRow *ItemPageModel::itemAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ItemPageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool ItemPageModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void ItemPageModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback changing(m_changing, true);
    QList<core::ItemRow> page;
    if (!readPage(m_pageSize, m_rows.isEmpty() ? 0 : m_rows.last().item.id, page)) {
        m_atEnd = true;
        return;
    }
    m_atEnd = page.size() < m_pageSize;
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(std::move(page));
    endInsertRows();
}

} // namespace fd::ui
