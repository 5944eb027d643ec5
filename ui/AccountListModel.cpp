#include "AccountListModel.h"

#include "store/ItemQueries.h"

#include <QApplication>
#include <QColor>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace fd::ui {

AccountListModel::AccountListModel(const core::ItemQueries &queries, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queries(queries)
{
    reload();
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Account &a = m_accounts.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return a.name;
        case Platform:
            return core::displayName(a.platform);
        case Health:
            if (a.health == core::AccountHealth::Waiting && a.waitingUntil.isValid())
                return tr("%1 until %2")
                    .arg(core::displayName(a.health),
                         QLocale().toString(a.waitingUntil.toLocalTime().time(),
                                            QLocale::ShortFormat));
            return core::displayName(a.health);
        case LastSuccess:
            return a.lastSuccessAt.isValid()
                       ? QLocale().toString(a.lastSuccessAt.toLocalTime(), QLocale::ShortFormat)
                       : tr("never");
        case Problem:
            return a.lastError.simplified();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Problem && !a.lastError.isEmpty())
        return a.lastError; // plain text: a QVariant string is never taken for markup here
    if (role == Qt::ForegroundRole && index.column() == Health) {
        // A stopped or failing account must catch the eye, on light and dark palettes alike.
        const QPalette palette = QApplication::palette();
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        switch (a.health) {
        case core::AccountHealth::Stopped:
        case core::AccountHealth::Failing:
            return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
        case core::AccountHealth::Waiting:
            return palette.color(QPalette::PlaceholderText);
        default:
            break;
        }
    }
    return {};
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Account");
    case Platform:
        return tr("Platform");
    case Health:
        return tr("Polling");
    case LastSuccess:
        return tr("Last success");
    case Problem:
        return tr("Last problem");
    }
    return {};
}

void AccountListModel::reload()
{
    auto accounts = m_queries.accounts();
    beginResetModel();
    m_accounts = accounts.ok() ? *accounts : QList<core::Account>{};
    endResetModel();
}

} // namespace fd::ui
