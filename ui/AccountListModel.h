#pragma once

#include "model/Account.h"

#include <QAbstractTableModel>
#include <QList>

namespace fd::core {
class ItemQueries;
}

namespace fd::ui {

// The connected accounts and how their polling goes: name, platform, health, last success,
// and the last problem in words. Reloaded whenever the store changes.
class AccountListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Platform, Health, LastSuccess, Problem, ColumnCount };

    AccountListModel(const core::ItemQueries &queries, QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload();
    const QList<core::Account> &accounts() const { return m_accounts; }

private:
    const core::ItemQueries &m_queries;
    QList<core::Account> m_accounts;
};

} // namespace fd::ui
