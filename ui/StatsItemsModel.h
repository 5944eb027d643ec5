#pragma once

#include "stats/StatsReport.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace fd::ui {

// A customer item behind a figure: its figures, its channel's name and the start of its text.
struct StatsListedItem
{
    core::ItemStats stats;
    QString account;
    QString text; // a preview; empty when not read
};

// The items behind a figure of the Stats dock: when, where, how each was handled and how long
// it took. Texts are customer text, shown as plain one-line previews.
class StatsItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ItemColumn,
        WrittenColumn,
        ChannelColumn,
        KindColumn,
        HandlingColumn,
        ResponseColumn,
        ResolutionColumn,
        SlaColumn,
        TextColumn,
        ColumnCount
    };
    static constexpr int ItemIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setItems(const QList<StatsListedItem> &items, bool businessTime);
    QList<qint64> itemIds() const;
    qint64 itemIdAt(int row) const;

private:
    QList<StatsListedItem> m_items;
    bool m_business = false;
};

} // namespace fd::ui
