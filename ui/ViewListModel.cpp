#include "ViewListModel.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace fd::ui {

ViewListModel::ViewListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ViewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_views.size());
}

int ViewListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ViewListModel::badge(qint64 count)
{
    if (count <= 0)
        return {};
    if (count >= badgeCap)
        return QLocale().toString(badgeCap) + u'+';
    return QLocale().toString(count);
}

QVariant ViewListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ViewEntry &v = m_views.at(index.row());
    const qint64 unread = unreadAt(index.row());
    const bool active = index.row() == m_active;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return v.name;
        if (index.column() == UnreadColumn)
            return badge(unread);
        return {};
    case Qt::EditRole:
        if (index.column() == NameColumn)
            return v.name;
        if (index.column() == UnreadColumn)
            return unread;
        return {};
    case Qt::CheckStateRole:
        if (index.column() == NotifyColumn && !v.isBuiltIn())
            return v.watched ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::FontRole:
        if (active) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == UnreadColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == UnreadColumn) {
            if (unread < 0)
                return {};
            if (unread >= badgeCap)
                return tr("More than %L1 unread items").arg(badgeCap);
            return tr("%Ln unread item(s)", nullptr, int(unread));
        }
        if (index.column() == NotifyColumn && !v.isBuiltIn())
            return tr("Notify me about new items in this view");
        if (index.column() == NameColumn && active)
            return tr("The inbox shows this view");
        return {};
    case Qt::AccessibleDescriptionRole:
        if (index.column() == NameColumn && active)
            return tr("shown");
        return {};
    case KeyRole:
        return v.key();
    case ViewIdRole:
        return v.id;
    case BuiltInRole:
        return v.isBuiltIn();
    case UnreadRole:
        return unread;
    case ActiveRole:
        return active;
    case WatchedRole:
        return v.watched;
    }
    return {};
}

bool ViewListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const ViewEntry &v = m_views.at(index.row());
    if (v.isBuiltIn())
        return false;
    if (role == Qt::EditRole && index.column() == NameColumn) {
        const QString name = value.toString().simplified();
        if (name == v.name)
            return false;
        // The store decides (an empty or taken name is refused); the row changes on reload.
        Q_EMIT renameRequested(v.id, name);
        return true;
    }
    if (role == Qt::CheckStateRole && index.column() == NotifyColumn) {
        const bool on = Qt::CheckState(value.toInt()) == Qt::Checked;
        if (on == v.watched)
            return false;
        Q_EMIT watchRequested(v.id, on);
        return true;
    }
    return false;
}

QVariant ViewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("View");
        case UnreadColumn:
            return tr("Unread");
        case NotifyColumn:
            return tr("Notify");
        }
    }
    if (role == Qt::ToolTipRole && section == NotifyColumn)
        return tr("Announce new items in these views on the desktop");
    return {};
}

Qt::ItemFlags ViewListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.row() >= m_views.size() || m_views.at(index.row()).isBuiltIn())
        return f;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    if (index.column() == NotifyColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

void ViewListModel::setViews(const QList<ViewEntry> &views)
{
    if (views == m_views)
        return;
    QList<qint64> unread;
    for (const ViewEntry &v : views) {
        const int was = rowOfKey(v.key());
        // A changed filter counts differently: unknown until counted again.
        unread << (was >= 0 && m_views.at(was).filter == v.filter ? unreadAt(was) : -1);
    }
    const QString active = m_active >= 0 ? m_views.at(m_active).key() : QString();
    beginResetModel();
    m_views = views;
    m_unread = unread;
    m_active = active.isEmpty() ? -1 : rowOfKey(active);
    endResetModel();
}

const ViewEntry *ViewListModel::viewAt(int row) const
{
    return row >= 0 && row < m_views.size() ? &m_views.at(row) : nullptr;
}

int ViewListModel::rowOfKey(const QString &key) const
{
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        if (m_views.at(i).key() == key)
            return int(i);
    }
    return -1;
}

void ViewListModel::setUnreadCounts(const QList<qint64> &counts)
{
    if (counts.size() != m_views.size() || counts == m_unread)
        return;
    m_unread = counts;
    if (!m_views.isEmpty())
        Q_EMIT dataChanged(index(0, UnreadColumn), index(int(m_views.size()) - 1, UnreadColumn));
}

void ViewListModel::setActiveRow(int row)
{
    if (row >= m_views.size())
        row = -1;
    if (row == m_active)
        return;
    const int was = m_active;
    m_active = row;
    for (int r : {was, row}) {
        if (r >= 0)
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
}

} // namespace fd::ui
