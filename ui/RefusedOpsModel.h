#pragma once

#include "sync/TeamQueries.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace fd::ui {

// The changes made at this station that the team's server refused, newest first, with its
// reasons: a place to read them after the notice has gone.
class RefusedOpsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, ChangeColumn, AboutColumn, WhyColumn, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, ThreadIdRole };

    explicit RefusedOpsModel(QSqlDatabase reader, QObject *parent = nullptr);

    // Reads the list again; returns why it could not be read (empty when it was).
    QString reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_reader;
    QList<core::RefusedOp> m_rows;
};

} // namespace fd::ui
