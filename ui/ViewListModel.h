#pragma once

#include "store/ItemFilter.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace fd::ui {

// One view of the inbox: a built-in one (its key names it) or one saved in the store.
struct ViewEntry
{
    QString builtIn; // "all", "unanswered", "mine", "unread"; empty for a saved view
    qint64 id = 0;   // the saved view's id; 0 for a built-in one
    QString name;
    core::ItemFilter filter;
    QString filterJson; // as saved
    bool watched = false;
    int position = 0;

    bool isBuiltIn() const { return !builtIn.isEmpty(); }
    // Names the view across reloads.
    QString key() const { return isBuiltIn() ? builtIn : QString::number(id); }
    bool operator==(const ViewEntry &) const = default;
};

// The views of the inbox, built-in ones first, each with its count of unread items (a badge,
// capped) and whether new items in it are announced. The view the inbox shows is marked. Like
// the tag list it leaves writing to the store to others: a new name or a changed "notify" tick
// is handed on as a request, and shows once the write is committed and the views reloaded.
class ViewListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, UnreadColumn, NotifyColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // QString, see ViewEntry::key()
        ViewIdRole,                 // qint64, 0 for a built-in view
        BuiltInRole,                // bool
        UnreadRole,                 // qint64, -1 until counted
        ActiveRole,                 // bool: the inbox shows this view
        WatchedRole,                // bool
    };

    // Counts of this many or more are shown as "999+".
    static constexpr int badgeCap = 999;

    explicit ViewListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Shows these views; counts of views that stay are kept until recounted. Nothing changes
    // (no reset) when the list is the same.
    void setViews(const QList<ViewEntry> &views);
    const QList<ViewEntry> &views() const { return m_views; }
    const ViewEntry *viewAt(int row) const;
    int rowOfKey(const QString &key) const;
    // The unread count of each view, in the order of views().
    void setUnreadCounts(const QList<qint64> &counts);
    qint64 unreadAt(int row) const { return m_unread.value(row, -1); }
    // Marks the view the inbox shows; -1 for none.
    void setActiveRow(int row);
    int activeRow() const { return m_active; }

    // The badge for a count: empty for none, "999+" from the cap on.
    static QString badge(qint64 count);

Q_SIGNALS:
    void renameRequested(qint64 viewId, const QString &name);
    void watchRequested(qint64 viewId, bool watched);

private:
    QList<ViewEntry> m_views;
    QList<qint64> m_unread;
    int m_active = -1;
};

} // namespace fd::ui
