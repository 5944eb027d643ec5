#pragma once

#include "model/JournalEntry.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace fd::ui {

// Journal rows, newest first, read page by page: fetchMore() asks for the page after the last
// row through the `fetch` callback (which reads off the GUI thread and hands the page back to
// appendPage()). Customer text is shown as one bounded line of plain text.
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        WhoColumn,
        StationColumn,
        ActionColumn,
        ItemColumn,
        ChangeColumn,
        ColumnCount
    };
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // qint64
        ItemIdRole,                     // qint64, 0 when the row is about no item
    };

    // Asks for the page of rows older than `beforeId`.
    using Fetch = std::function<void(qint64 beforeId)>;

    explicit JournalModel(QObject *parent = nullptr);

    void setFetch(Fetch fetch) { m_fetch = std::move(fetch); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Starts afresh (a filter changed): no rows until the first page comes.
    void restart();
    // A page arrived: its rows go after the ones shown; `nextBeforeId` 0 means the end.
    void appendPage(const QList<core::JournalEntry> &entries, qint64 nextBeforeId);
    // Rows newer than every row shown (recorded since), newest first, go on top.
    void prependNewer(const QList<core::JournalEntry> &entries);

    const core::JournalEntry *entry(int row) const;
    qint64 newestId() const { return m_rows.isEmpty() ? 0 : m_rows.constFirst().id; }
    bool isLoading() const { return m_loading; }
    bool atEnd() const { return !m_loading && m_nextBeforeId == 0 && m_started; }

    // An action's name in words ("Deleted", "Rule changed"); unknown actions as they are.
    static QString actionTitle(const QString &action);
    // "before → after" on one line, each side bounded.
    static QString changeText(const core::JournalEntry &entry);

private:
    QList<core::JournalEntry> m_rows;
    Fetch m_fetch;
    qint64 m_nextBeforeId = 0;
    bool m_loading = false;
    bool m_started = false;
};

} // namespace fd::ui
