#pragma once

#include "store/ItemFilter.h"
#include "store/ItemQueries.h"

#include <QDockWidget>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTreeView;
class QWidget;

namespace fd::ui {

class ItemFeedModel;

// The feed of items with its filter bar: status, platform and search. The current row is what
// the conversation view shows.
class InboxDock : public QDockWidget
{
    Q_OBJECT

public:
    // Delay between the last key typed in the search field and the search.
    static constexpr int searchDelayMs = 250;

    InboxDock(ItemFeedModel *model, core::ItemQueries queries, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    ItemFeedModel *model() const { return m_model; }
    // The filter the bar describes.
    core::ItemFilter filterFromBar() const;
    // Re-reads the platforms of the connected accounts for the platform choice.
    void reloadPlatforms();
    // The item of the current row, 0 for none.
    qint64 currentItemId() const;
    // The items of the selected rows, in the order shown; the current one when none is selected.
    QList<qint64> selectedItemIds() const;
    // Makes the row of `itemId` current, if it is loaded; returns whether it is.
    bool selectItem(qint64 itemId);
    // Columns (which are shown, their order and widths) as the user left them, and back.
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);
    void resetHeader();
    // The columns a new layout leaves out (the header's right-click menu shows them).
    static QList<int> defaultHiddenColumns();
    // The header's right-click menu: one checkable entry per column, filled as it opens.
    QMenu *columnsMenu() const { return m_columnsMenu; }

Q_SIGNALS:
    // The current item changed; both ids are 0 when nothing is current.
    void currentItemChanged(qint64 itemId, qint64 threadId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void clearFilters();
    void updateEmptyState();
    void placeEmptyState();
    void emitCurrent();
    void fillColumnsMenu();

    ItemFeedModel *m_model;
    core::ItemQueries m_queries;
    QComboBox *m_status = nullptr;
    QComboBox *m_platform = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_view = nullptr;
    QWidget *m_empty = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_clearFilters = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QTimer m_searchDelay;
    QByteArray m_defaultHeader;
    QList<int> m_defaultWidths; // by column, for the typical content of each
    qint64 m_lastEmittedItem = -1;
};

} // namespace fd::ui
