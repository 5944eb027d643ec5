#pragma once

#include "stats/StatsReport.h"

#include <QAbstractTableModel>

namespace fd::ui {

// Customer items per weekday (rows, Monday first) and hour of the day (columns), local time;
// the busier a cell, the stronger its colour. Used for the volume heatmap and, with another
// unit, for the operators a forecast asks for.
class HeatmapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setCounts(const core::WeekHours &counts);
    qint64 count(int weekday, int hour) const;

private:
    core::WeekHours m_counts{};
    qint64 m_max = 0;
};

} // namespace fd::ui
