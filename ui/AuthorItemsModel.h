#pragma once

#include "ItemPageModel.h"

#include <QDateTime>

#include <functional>

namespace fd::ui {

// Everything one author wrote to us, newest first, across all our accounts on their platform:
// read from the store a page at a time as the list is scrolled.
class AuthorItemsModel : public ItemPageModel
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

    qint64 authorId() const { return m_filter.authorId.value_or(0); }
    // Shows the author's items (0: none), from the newest.
    void setAuthor(qint64 authorId);
    // Re-reads the loaded rows; the view keeps its place when only their contents changed.
    void reload();
    // The item shown in bold (the one open in the conversation).
    void setCurrentItem(qint64 itemId);
    int rowOfItem(qint64 itemId) const;
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    qint64 m_currentItem = 0;
    std::function<QDateTime()> m_clock;
};

} // namespace fd::ui
