#include "HandoverItemModel.h"

#include "Format.h"
#include "ItemFeedModel.h"
#include "Theme.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace fd::ui {

HandoverItemModel::HandoverItemModel(Picker pick, QObject *parent)
    : QAbstractTableModel(parent)
    , m_pick(pick)
{}

void HandoverItemModel::setSnapshot(std::shared_ptr<const core::HandoverSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rows.reset();
    if (m_snapshot && m_pick)
        m_rows = m_pick(*m_snapshot);
    endResetModel();
}

const core::HandoverItem *HandoverItemModel::item(int row) const
{
    if (!m_snapshot || row < 0 || row >= rowCount())
        return nullptr;
    const int k = m_rows ? m_rows->at(row) : row;
    return k >= 0 && k < m_snapshot->items.size() ? &m_snapshot->items.at(k) : nullptr;
}

int HandoverItemModel::rowOf(qint64 itemId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row)->itemId == itemId)
            return row;
    }
    return -1;
}

int HandoverItemModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_snapshot)
        return 0;
    return int(m_rows ? m_rows->size() : m_snapshot->items.size());
}

int HandoverItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HandoverItemModel::data(const QModelIndex &index, int role) const
{
    const core::HandoverItem *it = index.isValid() ? item(index.row()) : nullptr;
    if (!it)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*it, index.column());
    case Qt::ToolTipRole:
        return toolTip(*it, index.column());
    case ItemIdRole:
        return it->itemId;
    case ThreadIdRole:
        return it->threadId;
    case SlaStateRole:
        return int(it->slaState());
    case PromisedRole:
        return it->promise.has_value();
    case Qt::ForegroundRole:
        if (index.column() != ClockColumn)
            return {};
        switch (it->slaState()) {
        case core::SlaState::AtRisk:
            return Theme::color(Theme::Role::SlaWarning, QGuiApplication::palette());
        case core::SlaState::Breached:
            return Theme::color(Theme::Role::SlaLate, QGuiApplication::palette());
        default:
            return {};
        }
    case Qt::FontRole: {
        const bool bold =
            (index.column() == ClockColumn && it->slaState() == core::SlaState::Breached) ||
            (index.column() == StatusColumn && it->promise.has_value());
        if (!bold)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        return {};
    }
}

QVariant HandoverItemModel::display(const core::HandoverItem &item, int column) const
{
    switch (column) {
    case ClockColumn:
        return core::slaShortText(item.clock.main());
    case WaitingColumn:
        return format::age(item.createdAt, m_snapshot->now);
    case ChannelColumn:
        return format::preview(item.accountName, 60);
    case AuthorColumn:
        return format::preview(item.authorName, 60);
    case TextColumn:
        return format::preview(item.preview);
    case AssigneeColumn:
        return item.assigneeId == 0 ? tr("Nobody") : format::preview(item.assigneeName, 60);
    case StatusColumn:
        return item.promise ? tr("%1 · promised").arg(core::displayName(item.status))
                            : core::displayName(item.status);
    default:
        return {};
    }
}

QVariant HandoverItemModel::toolTip(const core::HandoverItem &item, int column) const
{
    switch (column) {
    case ClockColumn:
        return ItemFeedModel::slaToolTip(item.clock);
    case WaitingColumn:
        return format::fullTime(item.createdAt);
    case TextColumn:
        return format::plainToolTip(item.preview);
    case StatusColumn:
        if (!item.promise)
            return {};
        if (item.promise->source == core::PromiseMark::Source::Manual)
            return format::plainToolTip(
                tr("Marked by hand by %1 on %2: we promised to come back to the customer.")
                    .arg(item.promise->markedBy, format::fullTime(item.promise->markedAt)));
        return format::plainToolTip(tr("A reply promised to come back to the customer (\"%1\").")
                                        .arg(item.promise->phrase));
    default:
        return {};
    }
}

QVariant HandoverItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClockColumn:
        return tr("Clock");
    case WaitingColumn:
        return tr("Waiting");
    case ChannelColumn:
        return tr("Channel");
    case AuthorColumn:
        return tr("Customer");
    case TextColumn:
        return tr("Text");
    case AssigneeColumn:
        return tr("Assigned to");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace fd::ui
