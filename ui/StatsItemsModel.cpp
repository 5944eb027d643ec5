#include "StatsItemsModel.h"

#include "Format.h"
#include "model/Enums.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace fd::ui {
namespace {

QString durationOf(qint64 ms)
{
    return ms < 0 ? QString() : format::duration((ms + 500) / 1000);
}

} // namespace

int StatsItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int StatsItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatsItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const StatsListedItem &item = m_items.at(index.row());
    const core::ItemStats &s = item.stats;
    if (role == ItemIdRole)
        return s.itemId;
    if (role == Qt::ToolTipRole && index.column() == TextColumn)
        return format::plainToolTip(item.text, 1000);
    if (role == Qt::ToolTipRole && index.column() == WrittenColumn)
        return format::fullTime(QDateTime::fromMSecsSinceEpoch(s.createdAt));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ItemColumn:
        return u"#%1"_s.arg(s.itemId);
    case WrittenColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.createdAt),
                                  QLocale::ShortFormat);
    case ChannelColumn:
        return format::preview(item.account, 60);
    case KindColumn:
        return core::displayName(s.kind);
    case HandlingColumn:
        switch (s.handling) {
        case core::ItemHandling::Replied:
            return tr("Replied");
        case core::ItemHandling::WithoutReply:
            return tr("Without reply");
        case core::ItemHandling::StillOpen:
            break;
        }
        return tr("Open");
    case ResponseColumn:
        return durationOf(m_business ? s.responseBusinessMs : s.responseMs);
    case ResolutionColumn:
        return durationOf(m_business ? s.resolutionBusinessMs : s.resolutionMs);
    case SlaColumn: {
        const auto word = [](core::SlaOutcome o) -> QString {
            switch (o) {
            case core::SlaOutcome::Met:
                return tr("met");
            case core::SlaOutcome::Missed:
                return tr("missed");
            case core::SlaOutcome::Running:
                return tr("running");
            case core::SlaOutcome::NoTarget:
                break;
            }
            return {};
        };
        const QString response = word(s.slaResponse);
        const QString resolution = word(s.slaResolution);
        if (response.isEmpty() && resolution.isEmpty())
            return QString();
        return tr("%1 · %2").arg(response.isEmpty() ? u"–"_s : response,
                                 resolution.isEmpty() ? u"–"_s : resolution);
    }
    case TextColumn:
        return format::preview(item.text, 200);
    default:
        return {};
    }
}

QVariant StatsItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == SlaColumn)
        return tr("The response target, then the resolution target: met, missed or running.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case WrittenColumn:
        return tr("Written");
    case ChannelColumn:
        return tr("Channel");
    case KindColumn:
        return tr("Kind");
    case HandlingColumn:
        return tr("Handled");
    case ResponseColumn:
        return tr("Response");
    case ResolutionColumn:
        return tr("Resolution");
    case SlaColumn:
        return tr("SLA");
    case TextColumn:
        return tr("Text");
    default:
        return {};
    }
}

void StatsItemsModel::setItems(const QList<StatsListedItem> &items, bool businessTime)
{
    beginResetModel();
    m_items = items;
    m_business = businessTime;
    endResetModel();
}

QList<qint64> StatsItemsModel::itemIds() const
{
    QList<qint64> out;
    out.reserve(m_items.size());
    for (const StatsListedItem &i : m_items)
        out.append(i.stats.itemId);
    return out;
}

qint64 StatsItemsModel::itemIdAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).stats.itemId : 0;
}

} // namespace fd::ui
