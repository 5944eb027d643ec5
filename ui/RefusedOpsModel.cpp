#include "RefusedOpsModel.h"

#include "Format.h"

namespace fd::ui {

RefusedOpsModel::RefusedOpsModel(QSqlDatabase reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(std::move(reader))
{}

QString RefusedOpsModel::reload()
{
    auto read = core::teamQueries::refused(m_reader);
    if (!read.ok())
        return read.error().message;
    if (read.value().size() == m_rows.size() &&
        (m_rows.isEmpty() || m_rows.first().seq == read.value().first().seq))
        return {}; // the list only grows at its top: nothing new
    beginResetModel();
    m_rows = std::move(read.value());
    endResetModel();
    return {};
}

int RefusedOpsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RefusedOpsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RefusedOpsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::RefusedOp &op = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return format::fullTime(op.at);
        case ChangeColumn:
            return core::teamQueries::kindName(op.kind);
        case AboutColumn:
            return format::preview(op.about, 120);
        case WhyColumn:
            return format::preview(op.reason, 300);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case AboutColumn:
            return format::plainToolTip(op.about);
        case WhyColumn:
            return format::plainToolTip(op.reason);
        default:
            return {};
        }
    case ItemIdRole:
        return op.itemId;
    case ThreadIdRole:
        return op.threadId;
    default:
        return {};
    }
}

QVariant RefusedOpsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ChangeColumn:
        return tr("Change");
    case AboutColumn:
        return tr("About");
    case WhyColumn:
        return tr("Why the server refused it");
    default:
        return {};
    }
}

} // namespace fd::ui
