#include "AuthorItemsModel.h"

#include "Format.h"

#include <QFont>
#include <QScopedValueRollback>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd::ui {

AuthorItemsModel::AuthorItemsModel(core::ItemQueries queries, QObject *parent)
    : ItemPageModel(std::move(queries), pageSize, parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

void AuthorItemsModel::setAuthor(qint64 authorId)
{
    core::ItemFilter filter;
    filter.authorId = authorId;
    resetRows(filter, authorId > 0);
}

void AuthorItemsModel::reload()
{
    if (authorId() <= 0)
        return;
    const int loaded = int(m_rows.size());
    const int limit = std::clamp(loaded, pageSize, reloadWindow);
    QList<core::ItemRow> fresh;
    if (!readPage(limit, 0, fresh))
        return;
    const bool sameRows = fresh.size() == std::min<qsizetype>(m_rows.size(), limit) &&
                          std::equal(fresh.cbegin(), fresh.cend(), m_rows.cbegin(),
                                     [](const core::ItemRow &a, const core::ItemRow &b) {
                                         return a.item.id == b.item.id;
                                     });
    if (sameRows) {
        // Same items: only what they show may have changed (status, text, account name).
        std::move(fresh.begin(), fresh.end(), m_rows.begin());
        if (!fresh.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(fresh.size()) - 1, ColumnCount - 1));
        return;
    }
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_atEnd = fresh.size() < limit;
    m_rows = std::move(fresh);
    endResetModel();
}

void AuthorItemsModel::setCurrentItem(qint64 itemId)
{
    if (itemId == m_currentItem)
        return;
    const int before = rowOfItem(m_currentItem);
    m_currentItem = itemId;
    for (const int row : {before, rowOfItem(itemId)}) {
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::FontRole});
    }
}

int AuthorItemsModel::rowOfItem(qint64 itemId) const
{
    if (itemId <= 0)
        return -1;
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [itemId](const core::ItemRow &r) { return r.item.id == itemId; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

int AuthorItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags AuthorItemsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant AuthorItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ItemRow &row = m_rows.at(index.row());
    const core::Item &item = row.item;
    switch (role) {
    case ItemIdRole:
        return item.id;
    case ThreadIdRole:
        return item.threadId;
    case Qt::FontRole:
        if (item.id == m_currentItem) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return format::age(item.createdAt, m_clock());
        case ChannelColumn:
            return QString(core::displayName(row.platform) + u" · "_s + row.accountName);
        case TextColumn:
            return item.text.isEmpty() ? item.attachments : format::preview(item.text, 200);
        case StatusColumn:
            return core::displayName(item.status);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return format::plainToolTip(format::fullTime(item.createdAt));
        case TextColumn:
            return format::plainToolTip(item.text);
        case ChannelColumn:
            return format::plainToolTip(core::displayName(row.platform) + u" · "_s +
                                        row.accountName);
        default:
            return {};
        }
    }
    return {};
}

QVariant AuthorItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When");
    case ChannelColumn:
        return tr("Where");
    case TextColumn:
        return tr("Text");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace fd::ui
