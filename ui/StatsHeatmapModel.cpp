#include "StatsHeatmapModel.h"

#include <QLocale>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd::ui {
namespace {

QColor blend(const QColor &base, const QColor &over, double share)
{
    share = std::clamp(share, 0.0, 1.0);
    return QColor::fromRgbF(float(base.redF() + (over.redF() - base.redF()) * share),
                            float(base.greenF() + (over.greenF() - base.greenF()) * share),
                            float(base.blueF() + (over.blueF() - base.blueF()) * share));
}

QString weekdayName(int weekday)
{
    return QLocale().dayName(weekday + 1, QLocale::ShortFormat);
}

} // namespace

int HeatmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 7;
}

int HeatmapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 24;
}

qint64 HeatmapModel::count(int weekday, int hour) const
{
    if (weekday < 0 || weekday >= 7 || hour < 0 || hour >= 24)
        return 0;
    return m_counts[std::size_t(weekday)][std::size_t(hour)];
}

QVariant HeatmapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const qint64 n = count(index.row(), index.column());
    const double share = m_max > 0 ? double(n) / double(m_max) : 0;
    switch (role) {
    case Qt::DisplayRole:
        return n > 0 ? QLocale().toString(n) : QString();
    case Qt::UserRole:
        return n;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return tr("%1, %2:00–%3:00: %4")
            .arg(weekdayName(index.row()))
            .arg(index.column(), 2, 10, QLatin1Char('0'))
            .arg(index.column() + 1, 2, 10, QLatin1Char('0'))
            .arg(QLocale().toString(n));
    case Qt::BackgroundRole: {
        const QPalette palette;
        return n > 0 ? QVariant(blend(palette.color(QPalette::Base),
                                      palette.color(QPalette::Highlight), 0.12 + 0.88 * share))
                     : QVariant();
    }
    case Qt::ForegroundRole: {
        const QPalette palette;
        return share > 0.55 ? QVariant(palette.color(QPalette::HighlightedText)) : QVariant();
    }
    default:
        return {};
    }
}

QVariant HeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < 7 ? weekdayName(section) : QVariant();
    return QString::number(section);
}

void HeatmapModel::setCounts(const core::WeekHours &counts)
{
    m_counts = counts;
    m_max = 0;
    for (const auto &day : m_counts)
        m_max = std::max(m_max, *std::max_element(day.cbegin(), day.cend()));
    Q_EMIT dataChanged(index(0, 0), index(6, 23));
}

} // namespace fd::ui
