#pragma once

#include "shifts/HandoverSnapshot.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>
#include <optional>

namespace fd::ui {

// Open and waiting items of a handover snapshot, one row each, read straight from the
// snapshot's list: a table of 10,000 rows is a vector and an index, no widget or copy per row.
// A model shows every item, or those a list of indexes into the snapshot picks (overdue, at
// risk, promised, on the leaving operator's desk).
class HandoverItemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ClockColumn,    // the SLA clock a glance should see: "12 min left", "5 min over"
        WaitingColumn,  // since the item came
        ChannelColumn,  // the account
        AuthorColumn,   // the customer
        TextColumn,     // the start of the text, on one line
        AssigneeColumn, // whose desk it is on
        StatusColumn,   // new, open, waiting; promised
        ColumnCount
    };
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        ThreadIdRole,
        SlaStateRole, // int(core::SlaState)
        PromisedRole, // bool
    };

    using Picker = QList<int> (*)(const core::HandoverSnapshot &);

    // `pick` chooses the rows from a snapshot (null: every item).
    explicit HandoverItemModel(Picker pick = nullptr, QObject *parent = nullptr);

    void setSnapshot(std::shared_ptr<const core::HandoverSnapshot> snapshot);
    const core::HandoverSnapshot *snapshot() const { return m_snapshot.get(); }
    // The item of a row, null out of range.
    const core::HandoverItem *item(int row) const;
    // The row of an item, -1 when it is not shown.
    int rowOf(qint64 itemId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const core::HandoverItem &item, int column) const;
    QVariant toolTip(const core::HandoverItem &item, int column) const;

    Picker m_pick = nullptr;
    std::shared_ptr<const core::HandoverSnapshot> m_snapshot;
    std::optional<QList<int>> m_rows; // indexes into the snapshot's items; none: all of them
};

} // namespace fd::ui
