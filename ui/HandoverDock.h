#pragma once

#include "shifts/HandoverActions.h"
#include "shifts/HandoverSnapshot.h"

#include <QDockWidget>
#include <QList>
#include <QTimer>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QTabWidget;
class QTreeView;
class QTreeWidget;

namespace fd::core {
class InboxActions;
class Store;
} // namespace fd::core

namespace fd::ui {

class HandoverItemModel;
class ReadingThread;

// Everything the next shift must know, for the operator leaving and the lead watching: who is
// on shift now (with this operator's start, end and break buttons) and their load; the open
// and waiting items with their SLA clocks, those overdue or at risk, those where we promised
// to come back (marked by hand here too) and those on the leaving operator's desk; notes for
// the next shift; spikes, silences and account trouble during the shift; the shift's figures.
// The leaving operator hands over from here (summary, open items to the incoming operator or
// the pool) and the incoming one acknowledges; the report exports as PDF and CSV.
// Read as one snapshot on a thread of its own (10,000 open items are one vector and one
// table model), afresh after commits while the dock is seen and each minute for the clocks.
class HandoverDock : public QDockWidget
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    enum class Section { Open, Urgent, Promised, Leaving };
    // How often the clocks are read afresh while the dock is seen.
    static constexpr int clockRefreshMs = 60000;

    HandoverDock(core::Store &store, core::InboxActions &actions, QWidget *parent = nullptr);
    ~HandoverDock() override;

    // The time the snapshot is read at (tests set it; the current time by default).
    void setClock(Clock clock);

    const core::HandoverSnapshot *snapshot() const { return m_snapshot.get(); }
    HandoverItemModel *itemModel(Section section) const;
    QTreeView *itemView(Section section) const;
    QTabWidget *itemTabs() const { return m_itemTabs; }
    QTabWidget *sideTabs() const { return m_sideTabs; }
    QTreeWidget *teamView() const { return m_team; }
    QTreeWidget *notesView() const { return m_notes; }
    QTreeWidget *alarmsView() const { return m_alarms; }
    QTreeWidget *handoversView() const { return m_handovers; }
    QComboBox *leavingBox() const { return m_leavingBox; }
    QString figuresText() const;
    QString shiftStateText() const;
    QString pendingText() const;
    QString messageText() const;
    QAction *startShiftAction() const { return m_startShift; }
    QAction *endShiftAction() const { return m_endShift; }
    QAction *startBreakAction() const { return m_startBreak; }
    QAction *endBreakAction() const { return m_endBreak; }
    QAction *handOverAction() const { return m_handOver; }
    QAction *acknowledgeAction() const { return m_acknowledge; }
    QAction *promiseAction() const { return m_promise; }
    QAction *addNoteAction() const { return m_addNote; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *exportCsvAction() const { return m_exportCsv; }

    // The signed-in operator's id in the store (0: not an operator of it), once read.
    qint64 myOperatorId() const { return m_me; }
    // Handovers to this operator (or to the pool) not acknowledged yet, newest first.
    const QList<core::Handover> &pendingHandovers() const { return m_pending; }

    // Reads the snapshot again.
    void reload();
    // After a commit anywhere: re-reads now while the dock is seen, else once it is shown.
    void storeChanged();

    // The acts, each one write job; the dock reads again once it is committed.
    void handOver(const core::HandoverRequest &request);
    void acknowledge(qint64 handoverId);
    void markPromise(qint64 itemId, bool on);
    void addNote(const QString &text, qint64 itemId = 0);
    void startShift();
    void endShift();
    void startBreak();
    void endBreak();

    // The report of the snapshot shown: PDF now (empty when written, else why not); CSV on the
    // reading thread (→ exported).
    QString exportPdf(const QString &path);
    void exportCsv(const QString &path);

Q_SIGNALS:
    // The operator asked to see an item in the console.
    void itemActivated(qint64 itemId);
    void failed(const QString &message);
    // A snapshot was read and is shown.
    void loaded();
    // A write of the dock's was committed (or refused: `refusal` says why).
    void written(const QString &refusal);
    void exported(bool ok, const QString &message);

private:
    struct Loaded;
    void arrived(quint64 generation, const std::shared_ptr<Loaded> &result);
    void present(std::shared_ptr<const core::HandoverSnapshot> snapshot);
    void fillLeavingBox();
    void fillTeam();
    void fillNotes();
    void fillAlarms();
    void fillHandovers();
    void updateFigures();
    void updateShiftControls();
    void updatePending();
    void updateItemActions();
    const core::HandoverItem *currentItem() const;
    core::Actor me() const;
    template <typename T>
    void afterWrite(QFuture<T> write);
    void askHandOver();
    void askNote(bool aboutItem);
    void askExport(bool pdf);

    core::Store &m_store;
    core::InboxActions &m_actions;
    Clock m_clock;
    std::unique_ptr<ReadingThread> m_reading;
    QObject *m_worker = nullptr; // lives on the reading thread; reads there
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_again = false;
    bool m_stale = true; // read at the first show
    QTimer m_clockTimer;
    std::shared_ptr<const core::HandoverSnapshot> m_snapshot;
    qint64 m_me = 0;
    QList<core::Handover> m_pending;

    QLabel *m_message = nullptr;
    QLabel *m_shiftState = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QWidget *m_pendingBar = nullptr;
    QComboBox *m_leavingBox = nullptr;
    QTabWidget *m_itemTabs = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    QList<HandoverItemModel *> m_models; // by Section
    QList<QTreeView *> m_views;
    QTreeWidget *m_team = nullptr;
    QTreeWidget *m_notes = nullptr;
    QTreeWidget *m_alarms = nullptr;
    QTreeWidget *m_handovers = nullptr;
    QAction *m_startShift = nullptr;
    QAction *m_endShift = nullptr;
    QAction *m_startBreak = nullptr;
    QAction *m_endBreak = nullptr;
    QAction *m_handOver = nullptr;
    QAction *m_acknowledge = nullptr;
    QAction *m_promise = nullptr;
    QAction *m_addNote = nullptr;
    QAction *m_noteOnItem = nullptr;
    QAction *m_open = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_exportCsv = nullptr;
};

} // namespace fd::ui
