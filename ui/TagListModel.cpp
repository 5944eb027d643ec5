#include "TagListModel.h"

#include <QApplication>
#include <QColor>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace fd::ui {

TagListModel::TagListModel(QSqlDatabase reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queries(std::move(reader))
{
    reload();
}

int TagListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

int TagListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor TagListModel::swatchColor(const QString &color)
{
    const QColor own = QColor::fromString(color);
    if (own.isValid())
        return own;
    // No colour of its own: the palette's neutral mid tone, readable on light and dark themes.
    return QApplication::palette().color(QPalette::Mid);
}

QVariant TagListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::TagCount &t = m_tags.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return t.tag.name;
        return QLocale().toString(t.items);
    case Qt::EditRole:
        if (index.column() == NameColumn)
            return t.tag.name;
        return t.items;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return swatchColor(t.tag.color);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ItemsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ItemsColumn)
            return tr("%Ln item(s) carry this tag", nullptr, t.items);
        return {};
    case TagIdRole:
        return t.tag.id;
    case ColorRole:
        return t.tag.color;
    case ItemCountRole:
        return t.items;
    }
    return {};
}

bool TagListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != NameColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const core::Tag &tag = m_tags.at(index.row()).tag;
    const QString name = value.toString().simplified();
    if (name == tag.name)
        return false;
    // The store decides (an empty or taken name is refused); the row changes on reload.
    Q_EMIT renameRequested(tag.id, name);
    return true;
}

QVariant TagListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Tag");
    case ItemsColumn:
        return tr("Items");
    }
    return {};
}

Qt::ItemFlags TagListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

void TagListModel::reload()
{
    auto tags = m_queries.tagCounts();
    if (!tags.ok()) {
        // Keep what is shown: stale counts are better than an empty list.
        m_lastError = tags.error().message;
        Q_EMIT errorOccurred(m_lastError);
        return;
    }
    m_lastError.clear();
    beginResetModel();
    m_tags = *tags;
    endResetModel();
}

int TagListModel::rowOfTag(qint64 tagId) const
{
    for (qsizetype i = 0; i < m_tags.size(); ++i) {
        if (m_tags.at(i).tag.id == tagId)
            return int(i);
    }
    return -1;
}

const core::TagCount *TagListModel::tag(qint64 tagId) const
{
    const int row = rowOfTag(tagId);
    return row < 0 ? nullptr : &m_tags.at(row);
}

} // namespace fd::ui
