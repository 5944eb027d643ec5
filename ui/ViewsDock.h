#pragma once

#include "Notifier.h"
#include "ViewListModel.h"
#include "store/ItemQueries.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QList>
#include <QSqlDatabase>
#include <QTimer>

#include <functional>

class QAction;
class QLabel;
class QModelIndex;
class QTreeView;

namespace fd::core {
class InboxActions;
struct SavedView;
} // namespace fd::core

namespace fd::ui {

class InboxDock;

// Views of the inbox: built-in ones (all items, unanswered, assigned to me, unread) and the
// filters operators saved, each with its count of unread items. Clicking a view (or Enter, or
// Alt+1…9) sets the inbox's filters to it; the view the inbox shows is marked, and none is when
// the filters match no view. The current filters can be saved as a view (a taken name asks
// before replacing that view), and saved views renamed (F2), deleted and watched: new items in
// a watched view are announced (see Notifier).
class ViewsDock : public QDockWidget
{
    Q_OBJECT

public:
    // The unread counts are read again after a commit, but not more often than this, and only
    // while the dock is seen.
    static constexpr int countIntervalMs = 2000;
    // How many views Alt+1…9 reach.
    static constexpr int numberedViews = 9;

    ViewsDock(InboxDock *inbox, core::InboxActions &actions, QSqlDatabase reader,
              QWidget *parent = nullptr);

    ViewListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QAction *saveAction() const { return m_save; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    QAction *watchAction() const { return m_watch; }
    // Ctrl+Shift+V: shows the dock and puts the keyboard in the list of views.
    QAction *focusAction() const { return m_focus; }
    // Alt+1…9: shows view 1…9 of the list in the inbox. The window adds them (and focusAction)
    // so they work wherever the focus is.
    const QList<QAction *> &numberActions() const { return m_numbers; }
    // The refusal or error shown at the top of the dock, empty when none is.
    QString messageText() const;

    // The saved views that announce new items, with their filters.
    QList<WatchedView> watchedViews() const;
    // The view of the current row, 0 for none or a built-in one.
    qint64 currentViewId() const;

    // Re-reads the saved views and, when due and seen, the unread counts (after a commit).
    void reload();
    // Reads the unread counts now.
    void recount();
    // Shows the view of `row` in the inbox.
    void applyView(int row);
    // Saves the inbox's current filters as a view called `name`; when a view of that name (in
    // any case) exists, asks first whether to replace its filters.
    void saveCurrentAs(const QString &name);
    // Asks for a name, then saveCurrentAs().
    void promptSave();
    void renameView(qint64 viewId, const QString &name);
    // Asks whether to delete the view, then deletes it.
    void confirmDelete(qint64 viewId);
    void setWatched(qint64 viewId, bool watched);

Q_SIGNALS:
    // The saved views changed (a write of this dock was committed, or a reload found changes).
    void viewsChanged();
    // The unread counts were read again.
    void countsUpdated();
    // A write was refused or failed; the message is in words for the user, and is shown.
    void failed(const QString &message);

private:
    QList<ViewEntry> builtInViews() const;
    void loadViews();
    // Counts now if the last count is old enough, else once it is; not while hidden.
    void scheduleCount();
    void markActive();
    void updateActions();
    void showMessage(const QString &message);
    void clearMessage();
    void committed();
    std::function<void(const QString &)> refusal();
    void save(const core::SavedView &view);
    const ViewEntry *savedView(qint64 viewId) const;

    InboxDock *m_inbox;
    core::InboxActions &m_actions;
    QSqlDatabase m_reader;
    core::ItemQueries m_queries;
    ViewListModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_save = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_watch = nullptr;
    QAction *m_focus = nullptr;
    QList<QAction *> m_numbers;
    QString m_chosen; // the key of the view applied last: marked while the filters match it
    QTimer m_countDelay;
    QElapsedTimer m_lastCount;
    bool m_countsStale = true;
};

} // namespace fd::ui
