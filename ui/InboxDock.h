#pragma once

#include "console/InboxActions.h"
#include "store/ItemFilter.h"
#include "store/ItemQueries.h"

#include <QDockWidget>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QToolButton;
class QTreeView;
class QWidget;

namespace fd::ui {

class ItemFeedModel;

// The feed of items with its filter bar: status, platform and search on the first line; account,
// kind, tag, assignee and the "unanswered" and "unread" toggles below (wrapping in a narrow
// dock). A choice other than "all" stands out, and "Clear filters" resets every one. The
// current row is what the conversation view shows.
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
    // Sets the bar to `filter` (a saved view) and shows what it matches, with one query. Values
    // the lists do not offer (several statuses, a tag deleted since) get an entry of their own,
    // so the bar still describes the filter exactly. Author, thread and outgoing items are not
    // part of the bar and are left out.
    void setFilter(const core::ItemFilter &filter);
    // Back to every item: each choice to "all", the toggles off, the search empty.
    void clearFilters();
    // Re-reads the platforms, accounts, tags and operators the choices offer; a chosen entry
    // that still exists stays chosen.
    void reloadChoices();
    // Who "Me" in the assignee choice is: the operator of this id or, when it is 0, the one
    // with the actor's login.
    void setActor(const core::Actor &actor);
    // The operator "Me" stands for, 0 when this station's user has no operator row.
    qint64 myOperatorId() const { return m_me; }
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
    // The feed now shows what `filter` matches.
    void filterChanged(const fd::core::ItemFilter &filter);
    // The operator "Me" stands for changed (see myOperatorId()).
    void myOperatorChanged(qint64 operatorId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QComboBox *makeChoice(QWidget *parent, const QString &objectName, const QString &name,
                          const QString &tip);
    void applyFilter();
    // Marks the choices that narrow the feed and enables "Clear filters" while any does.
    void updateBarState();
    // Lists the accounts of the chosen platform(s), keeping the chosen account if listed.
    void fillAccounts();
    void fillPlatforms(const QList<core::Platform> &present);
    void fillTags(const QList<core::Tag> &tags);
    void fillAssignees(const QList<core::Operator> &operators);
    void updateEmptyState();
    void placeEmptyState();
    void emitCurrent();
    void fillColumnsMenu();

    ItemFeedModel *m_model;
    core::ItemQueries m_queries;
    QComboBox *m_status = nullptr;
    QComboBox *m_platform = nullptr;
    QComboBox *m_account = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_assignee = nullptr;
    QCheckBox *m_unanswered = nullptr;
    QCheckBox *m_unread = nullptr;
    QToolButton *m_clearBar = nullptr;
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
    QList<core::Account> m_accounts;
    core::Actor m_actor;
    qint64 m_me = 0;
};

} // namespace fd::ui
