#pragma once

#include "stats/JournalQuery.h"
#include "sync/ServerConnection.h"

#include <QDockWidget>
#include <QList>
#include <QTimer>

#include <functional>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QThread;
class QTreeView;

namespace fd::core {
class InboxActions;
class Store;
} // namespace fd::core

namespace fd::ui {

class JournalModel;

// The action journal: who did what, when, from which station, before and after. Filtered by
// person (me, everyone, or one of those in the journal), by kind of action, by period and by
// a search in the texts; read page by page on a thread of its own, so a journal of millions
// of rows never holds up the window. The selected row's whole texts show below it (the text of
// a hidden or deleted comment included); double-click or Enter opens its item in the console.
// The rows the filters pick export as CSV.
class JournalDock : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr int pageSize = 200;

    JournalDock(core::Store &store, core::InboxActions &actions, QWidget *parent = nullptr);
    ~JournalDock() override;

    // Opens a reading connection to the team's server (TeamSession::readConnector()).
    using TeamConnector =
        std::function<core::ServerResult<std::unique_ptr<core::ServerConnection>>(const QString &)>;
    // In a team, the journal can be read from the server (every operator at every station)
    // as well as from this station's store; empty: this station's only.
    void setTeam(TeamConnector connector);
    bool readsTeam() const;

    JournalModel *model() const { return m_model; }
    QComboBox *sourceBox() const { return m_source; }
    QTreeView *view() const { return m_view; }
    QComboBox *whoBox() const { return m_who; }
    QComboBox *actionBox() const { return m_action; }
    QComboBox *periodBox() const { return m_period; }
    QLineEdit *searchField() const { return m_search; }
    QPlainTextEdit *detailView() const { return m_detail; }
    QCheckBox *spreadsheetBox() const { return m_spreadsheet; }
    QAction *openAction() const { return m_open; }
    QAction *exportAction() const { return m_export; }
    QString messageText() const;

    // What the filters ask for now.
    core::JournalQuery query() const;
    // Reads the first page again (the filters changed).
    void reload();
    // After a commit anywhere: rows recorded since are added on top while the dock is seen,
    // else once it is shown again.
    void storeChanged();
    // Writes the rows the filters pick to `path` as CSV (→ exported); with `forSpreadsheets`,
    // a byte-order mark first and formula-like cells shown as text.
    void exportCsv(const QString &path, bool forSpreadsheets);
    // Opens the item of the row (if it is about one).
    void openRow(int row);

Q_SIGNALS:
    // The operator asked to see the item a row is about.
    void itemActivated(qint64 itemId);
    void failed(const QString &message);
    // A page (or the rows since) came in and is shown.
    void pageShown();
    void exported(bool ok, const QString &message, qint64 rows);

private:
    void fetch(qint64 beforeId);
    void fetchNewer();
    void reloadActors();
    void pageArrived(quint64 generation, const core::StoreResult<core::JournalPage> &page,
                     bool newer);
    void showCurrent();
    void askExport();

    core::Store &m_store;
    core::InboxActions &m_actions;
    JournalModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_who = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_period = nullptr;
    QLineEdit *m_search = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QCheckBox *m_spreadsheet = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_open = nullptr;
    QAction *m_export = nullptr;
    QTimer m_searchDelay;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread; reads there
    struct WorkerState;
    std::shared_ptr<WorkerState> m_state; // touched on m_thread only
    QList<core::JournalActor> m_actors;
    quint64 m_generation = 0; // pages of an older filter are dropped
    bool m_stale = false;
    bool m_fetchingNewer = false;
};

} // namespace fd::ui
