#pragma once

#include "store/ItemQueries.h"
#include "store/ItemRow.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <functional>

namespace fd::ui {

// Everything one author wrote to us, newest first, across all our accounts on their platform:
// read from the store a page at a time as the list is scrolled.
class AuthorItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, TextColumn, StatusColumn, ChannelColumn, ColumnCount };
    enum Role {
        ItemIdRole = Qt::UserRole + 1, // qint64
        ThreadIdRole,                  // qint64
    };

    static constexpr int pageSize = 50;
    // reload() re-reads at most this many of the loaded rows.
    static constexpr int reloadWindow = 500;

    explicit AuthorItemsModel(core::ItemQueries queries, QObject *parent = nullptr);

    qint64 authorId() const { return m_authorId; }
    // Shows the author's items (0: none), from the newest.
    void setAuthor(qint64 authorId);
    // Re-reads the loaded rows; the view keeps its place when only their contents changed.
    void reload();
    // The item shown in bold (the one open in the conversation).
    void setCurrentItem(qint64 itemId);
    int rowOfItem(qint64 itemId) const;
    const core::ItemRow *itemAt(int row) const;
    // The last read error, empty after a successful read.
    const QString &lastError() const { return m_lastError; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    bool read(int limit, qint64 beforeId, QList<core::ItemRow> &out);

    core::ItemQueries m_queries;
    qint64 m_authorId = 0;
    qint64 m_currentItem = 0;
    QList<core::ItemRow> m_rows;
    bool m_atEnd = true;
    // Set while a reset is under way: a fetchMore() then (from a slot connected to the reset)
    // must not change the rows under it.
    bool m_changing = false;
    QString m_lastError;
    std::function<QDateTime()> m_clock;
};

} // namespace fd::ui
