#include "HandoverDock.h"

#include "DockSupport.h"
#include "HandoverDialog.h"
#include "HandoverItemModel.h"
#include "ReadingThread.h"
#include "ShiftReportExport.h"
#include "console/InboxActions.h"
#include "shifts/ShiftActions.h"
#include "shifts/ShiftQueries.h"
#include "store/Connection.h"
#include "store/Store.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFont>
#include <QFontMetrics>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {
namespace {

// Handovers older than this are not waiting for anyone any more.
constexpr qint64 kPendingDays = 2;
constexpr int kNoteChars = 8000;

QList<int> urgentRows(const core::HandoverSnapshot &s)
{
    // The snapshot lists overdue before at risk, so the two lists joined keep that order.
    return s.breached + s.atRisk;
}

QList<int> promisedRows(const core::HandoverSnapshot &s)
{
    return s.promised;
}

QList<int> leavingRows(const core::HandoverSnapshot &s)
{
    return s.leaving;
}

QTreeWidget *makeList(const QString &objectName, const QString &accessibleName,
                      const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAllColumnsShowFocus(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace

// What the reading thread hands back.
struct HandoverDock::Loaded
{
    core::StoreError error;
    std::shared_ptr<const core::HandoverSnapshot> snapshot;
    qint64 me = 0;
    QList<core::Handover> pending;
};

HandoverDock::HandoverDock(core::Store &store, core::InboxActions &actions, QWidget *parent)
    : QDockWidget(tr("Handover"), parent)
    , m_store(store)
    , m_actions(actions)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(u"dock.handover"_s);

    // One reading thread for the dock: its connection stays open between snapshots.
    m_reading = std::make_unique<ReadingThread>(store.path(), u"frontdesk-handover"_s);
    m_worker = m_reading->worker();

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    m_message = makeMessageLabel(u"handover.message"_s, body);
    layout->addWidget(m_message);

    const auto make = [this](const QString &text, const QString &name, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setToolTip(tip);
        return a;
    };
    // This operator's shift: its state and the buttons that change it.
    m_startShift = make(tr("Start shift"), u"handover.startShift"_s, tr("Start your shift now"));
    m_endShift = make(tr("End shift"), u"handover.endShift"_s,
                      tr("End your shift now, without handing over"));
    m_startBreak =
        make(tr("Take a break"), u"handover.startBreak"_s, tr("Start a break within your shift"));
    m_endBreak = make(tr("Back from break"), u"handover.endBreak"_s, tr("End your break"));
    m_shiftState = new QLabel(body);
    m_shiftState->setObjectName(u"handover.shiftState"_s);
    m_shiftState->setTextFormat(Qt::PlainText);
    auto *shiftRow = makeButtonRow({m_startShift, m_endShift, m_startBreak, m_endBreak}, body);
    shiftRow->insertWidget(0, m_shiftState);
    shiftRow->insertSpacing(1, 8);
    layout->addLayout(shiftRow);

    // A handover waiting for this operator to acknowledge it.
    m_pendingBar = new QFrame(body);
    m_pendingBar->setObjectName(u"handover.pendingBar"_s);
    static_cast<QFrame *>(m_pendingBar)->setFrameShape(QFrame::StyledPanel);
    auto *pendingRow = new QHBoxLayout(m_pendingBar);
    pendingRow->setContentsMargins(6, 4, 6, 4);
    m_pendingLabel = new QLabel(m_pendingBar);
    m_pendingLabel->setObjectName(u"handover.pending"_s);
    m_pendingLabel->setTextFormat(Qt::PlainText);
    m_pendingLabel->setWordWrap(true);
    m_acknowledge = make(tr("Acknowledge"), u"handover.acknowledge"_s,
                         tr("Say that you have read the handover and take over"));
    pendingRow->addWidget(m_pendingLabel, 1);
    pendingRow->addWidget(makeActionButton(m_acknowledge, m_pendingBar));
    m_pendingBar->hide();
    layout->addWidget(m_pendingBar);

    // Whose handover, the shift's figures, and the acts of the handover.
    auto *scopeRow = new QHBoxLayout;
    auto *leavingLabel = new QLabel(tr("Handover of:"), body);
    m_leavingBox = new QComboBox(body);
    m_leavingBox->setObjectName(u"handover.leaving"_s);
    m_leavingBox->setAccessibleName(tr("Whose handover"));
    m_leavingBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    leavingLabel->setBuddy(m_leavingBox);
    m_handOver = make(tr("Hand over…"), u"handover.handOver"_s,
                      tr("Write a summary and hand the open items over"));
    m_exportPdf =
        make(tr("Export PDF…"), u"handover.exportPdf"_s, tr("Save the shift report as a PDF file"));
    m_exportCsv = make(tr("Export CSV…"), u"handover.exportCsv"_s,
                       tr("Save the shift report as a CSV table"));
    scopeRow->addWidget(leavingLabel);
    scopeRow->addWidget(m_leavingBox);
    auto *acts = makeButtonRow({m_handOver, m_exportPdf, m_exportCsv}, body);
    scopeRow->addLayout(acts, 1);
    layout->addLayout(scopeRow);
    m_figures = new QLabel(body);
    m_figures->setObjectName(u"handover.figures"_s);
    m_figures->setTextFormat(Qt::PlainText);
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_figures);

    // The items, one tab per kind of attention they need.
    m_itemTabs = new QTabWidget(body);
    m_itemTabs->setObjectName(u"handover.itemTabs"_s);
    m_itemTabs->setDocumentMode(true);
    m_open = make(tr("&Open item"), u"handover.open"_s, tr("Show the item in the console"));
    m_open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_open->setShortcutContext(Qt::WidgetShortcut);
    m_promise = make(tr("Mark promised"), u"handover.promise"_s,
                     tr("Mark the item as waiting for an answer we promised, or clear the mark"));
    m_noteOnItem = make(tr("Note on item…"), u"handover.noteOnItem"_s,
                        tr("Write a note for the next shift about this item"));
    const HandoverItemModel::Picker pickers[] = {nullptr, &urgentRows, &promisedRows, &leavingRows};
    const QString names[] = {u"open"_s, u"urgent"_s, u"promised"_s, u"leaving"_s};
    for (int k = 0; k < 4; ++k) {
        auto *model = new HandoverItemModel(pickers[k], this);
        model->setObjectName(u"handover.model."_s + names[k]);
        auto *view = new QTreeView(m_itemTabs);
        view->setObjectName(u"handover.view."_s + names[k]);
        view->setModel(model);
        view->setRootIsDecorated(false);
        // Uniform rows: the view lays out 10,000 rows without asking each one's size.
        view->setUniformRowHeights(true);
        view->setAllColumnsShowFocus(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        view->addActions({m_open, m_promise, m_noteOnItem});
        QHeaderView *header = view->header();
        header->setStretchLastSection(false);
        // Room for the longest clocks ("23 h 59 min over") without measuring 10,000 rows.
        // (overdue ones are bold).
        QFont bold = view->font();
        bold.setBold(true);
        header->resizeSection(HandoverItemModel::ClockColumn,
                              QFontMetrics(bold).horizontalAdvance(u"23 h 59 min over"_s) + 24);
        header->resizeSection(HandoverItemModel::WaitingColumn, 70);
        header->resizeSection(HandoverItemModel::ChannelColumn, 120);
        header->resizeSection(HandoverItemModel::AuthorColumn, 130);
        header->resizeSection(HandoverItemModel::AssigneeColumn, 110);
        header->resizeSection(HandoverItemModel::StatusColumn, 120);
        header->setSectionResizeMode(HandoverItemModel::TextColumn, QHeaderView::Stretch);
        connect(view, &QAbstractItemView::doubleClicked, this, [this, model](const QModelIndex &i) {
            if (const core::HandoverItem *it = model->item(i.row()))
                Q_EMIT itemActivated(it->itemId);
        });
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &HandoverDock::updateItemActions);
        m_models.append(model);
        m_views.append(view);
        m_itemTabs->addTab(view, QString());
    }
    connect(m_itemTabs, &QTabWidget::currentChanged, this, &HandoverDock::updateItemActions);

    // The team, the notes, the alarms and the handovers beside them.
    m_sideTabs = new QTabWidget(body);
    m_sideTabs->setObjectName(u"handover.sideTabs"_s);
    m_sideTabs->setDocumentMode(true);
    m_team = makeList(u"handover.team"_s, tr("Who is on shift, and their load"),
                      {tr("Operator"), tr("Now"), tr("Shift"), tr("Open items")}, m_sideTabs);
    m_team->header()->resizeSection(0, 200);
    m_team->header()->resizeSection(1, 180);
    m_team->header()->resizeSection(2, 140);
    m_sideTabs->addTab(m_team, tr("On shift"));
    auto *notesPage = new QWidget(m_sideTabs);
    auto *notesLayout = new QVBoxLayout(notesPage);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    m_notes = makeList(u"handover.notes"_s, tr("Notes for the next shift"),
                       {tr("Written"), tr("By"), tr("Item"), tr("Note")}, notesPage);
    m_addNote = make(tr("Add note…"), u"handover.addNote"_s, tr("Write a note for the next shift"));
    notesLayout->addWidget(m_notes, 1);
    notesLayout->addLayout(makeButtonRow({m_addNote}, notesPage));
    m_sideTabs->addTab(notesPage, tr("Notes"));
    m_alarms = makeList(u"handover.alarms"_s, tr("Alarms and account health during the shift"),
                        {tr("When"), tr("Account"), tr("What")}, m_sideTabs);
    m_sideTabs->addTab(m_alarms, tr("Alarms"));
    m_handovers =
        makeList(u"handover.handovers"_s, tr("Handovers of the shift"),
                 {tr("When"), tr("From"), tr("To"), tr("Items"), tr("Acknowledged"), tr("Summary")},
                 m_sideTabs);
    m_sideTabs->addTab(m_handovers, tr("Handovers"));
    connect(m_notes, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *row) {
        if (const qint64 id = row->data(2, Qt::UserRole).toLongLong(); id != 0)
            Q_EMIT itemActivated(id);
    });

    auto *split = new QSplitter(Qt::Vertical, body);
    split->setObjectName(u"handover.split"_s);
    split->addWidget(m_itemTabs);
    split->addWidget(m_sideTabs);
    // Most of the height to the items; relative until the splitter is first laid out.
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({3000, 1000});
    layout->addWidget(split, 1);
    setWidget(body);

    connect(m_startShift, &QAction::triggered, this, &HandoverDock::startShift);
    connect(m_endShift, &QAction::triggered, this, &HandoverDock::endShift);
    connect(m_startBreak, &QAction::triggered, this, &HandoverDock::startBreak);
    connect(m_endBreak, &QAction::triggered, this, &HandoverDock::endBreak);
    connect(m_handOver, &QAction::triggered, this, &HandoverDock::askHandOver);
    connect(m_acknowledge, &QAction::triggered, this, [this] {
        if (!m_pending.isEmpty())
            acknowledge(m_pending.constFirst().id);
    });
    connect(m_open, &QAction::triggered, this, [this] {
        if (const core::HandoverItem *it = currentItem())
            Q_EMIT itemActivated(it->itemId);
    });
    connect(m_promise, &QAction::triggered, this, [this] {
        if (const core::HandoverItem *it = currentItem())
            markPromise(it->itemId, !it->promise.has_value());
    });
    connect(m_addNote, &QAction::triggered, this, [this] { askNote(false); });
    connect(m_noteOnItem, &QAction::triggered, this, [this] { askNote(true); });
    connect(m_exportPdf, &QAction::triggered, this, [this] { askExport(true); });
    connect(m_exportCsv, &QAction::triggered, this, [this] { askExport(false); });
    connect(m_leavingBox, &QComboBox::activated, this, &HandoverDock::reload);
    connect(this, &HandoverDock::exported, this, [this](bool ok, const QString &message) {
        if (!ok)
            showMessage(m_message, message);
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_stale)
            reload();
    });
    // The clocks move on while nothing is committed.
    m_clockTimer.setInterval(clockRefreshMs);
    connect(&m_clockTimer, &QTimer::timeout, this, &HandoverDock::storeChanged);
    m_clockTimer.start();

    present(nullptr);
}

HandoverDock::~HandoverDock() = default;

void HandoverDock::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

HandoverItemModel *HandoverDock::itemModel(Section section) const
{
    return m_models.at(int(section));
}

QTreeView *HandoverDock::itemView(Section section) const
{
    return m_views.at(int(section));
}

QString HandoverDock::figuresText() const
{
    return m_figures->text();
}

QString HandoverDock::shiftStateText() const
{
    return m_shiftState->text();
}

QString HandoverDock::pendingText() const
{
    return m_pendingBar->isHidden() ? QString() : m_pendingLabel->text();
}

QString HandoverDock::messageText() const
{
    return shownMessage(m_message);
}

core::Actor HandoverDock::me() const
{
    core::Actor actor = m_actions.actor();
    actor.operatorId = m_me;
    return actor;
}

void HandoverDock::storeChanged()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    reload();
}

void HandoverDock::reload()
{
    m_stale = false;
    if (m_loading) {
        m_again = true; // once this one is in; a commit meanwhile is read then
        return;
    }
    m_loading = true;
    const quint64 generation = ++m_generation;
    // Before the first snapshot, the leaving operator is this one (or the team as a whole).
    const qint64 leaving =
        m_leavingBox->count() > 0 ? m_leavingBox->currentData().toLongLong() : -1;
    QMetaObject::invokeMethod(
        m_worker,
        [this, path = m_store.path(), login = m_actions.actor().login, leaving, now = m_clock(),
         generation] {
            auto result = std::make_shared<Loaded>();
            const auto run = [&]() -> core::StoreError {
                auto reader = core::Connection::forThisThread(path, core::Connection::Mode::Reader);
                if (!reader.ok())
                    return reader.error();
                const auto me = core::shiftQueries::operatorByLogin(*reader, login);
                if (!me.ok())
                    return me.error();
                result->me = *me;
                core::HandoverScope scope;
                scope.leavingOperatorId = leaving < 0 ? *me : leaving;
                auto snapshot = core::readHandoverSnapshot(*reader, scope, now);
                if (!snapshot.ok())
                    return snapshot.error();
                result->snapshot =
                    std::make_shared<const core::HandoverSnapshot>(std::move(*snapshot));
                const auto recent =
                    core::shiftQueries::handovers(*reader, now.addDays(-kPendingDays));
                if (!recent.ok())
                    return recent.error();
                for (const core::Handover &h : *recent) {
                    if (!h.isAcknowledged() && h.fromOperatorId != *me &&
                        (h.toOperatorId == 0 || h.toOperatorId == *me))
                        result->pending.append(h);
                }
                return {};
            };
            result->error = run();
            QMetaObject::invokeMethod(
                this, [this, generation, result] { arrived(generation, result); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void HandoverDock::arrived(quint64 generation, const std::shared_ptr<Loaded> &result)
{
    m_loading = false;
    if (generation == m_generation) {
        if (!result->error.ok()) {
            showMessage(m_message, result->error.message);
            Q_EMIT failed(result->error.message);
        } else {
            clearMessage(m_message);
            m_me = result->me;
            m_pending = result->pending;
            present(result->snapshot);
            Q_EMIT loaded();
        }
    }
    if (m_again) {
        m_again = false;
        reload();
    }
}

void HandoverDock::present(std::shared_ptr<const core::HandoverSnapshot> snapshot)
{
    // The current row of each list stays on its item across a re-read.
    QList<qint64> current;
    for (int k = 0; k < m_models.size(); ++k) {
        const core::HandoverItem *it = m_models.at(k)->item(m_views.at(k)->currentIndex().row());
        current.append(it ? it->itemId : 0);
    }
    m_snapshot = std::move(snapshot);
    for (int k = 0; k < m_models.size(); ++k) {
        m_models.at(k)->setSnapshot(m_snapshot);
        if (current.at(k) != 0) {
            if (const int row = m_models.at(k)->rowOf(current.at(k)); row >= 0)
                m_views.at(k)->setCurrentIndex(m_models.at(k)->index(row, 0));
        }
    }
    fillLeavingBox();
    fillTeam();
    fillNotes();
    fillAlarms();
    fillHandovers();
    updateFigures();
    updateShiftControls();
    updatePending();
    updateItemActions();
}

const core::HandoverItem *HandoverDock::currentItem() const
{
    const int k = m_itemTabs->currentIndex();
    if (k < 0 || k >= m_views.size())
        return nullptr;
    return m_models.at(k)->item(m_views.at(k)->currentIndex().row());
}

template <typename T>
void HandoverDock::afterWrite(QFuture<T> write)
{
    whenWritten(
        std::move(write), this,
        [this](const QString &refusal) {
            showMessage(m_message, refusal);
            Q_EMIT written(refusal);
        },
        [this] {
            clearMessage(m_message);
            reload();
            Q_EMIT written(QString());
        });
}

void HandoverDock::handOver(const core::HandoverRequest &request)
{
    core::HandoverRequest r = request;
    if (!r.at.isValid())
        r.at = m_clock();
    afterWrite(core::HandoverActions(m_store, me()).handOver(r));
}

void HandoverDock::acknowledge(qint64 handoverId)
{
    afterWrite(core::HandoverActions(m_store, me()).acknowledge(handoverId, m_clock()));
}

void HandoverDock::markPromise(qint64 itemId, bool on)
{
    afterWrite(core::HandoverActions(m_store, me()).markPromise(itemId, on));
}

void HandoverDock::addNote(const QString &text, qint64 itemId)
{
    afterWrite(core::HandoverActions(m_store, me()).addNote(text, itemId, m_clock()));
}

void HandoverDock::startShift()
{
    afterWrite(core::ShiftActions(m_store, me()).startShift(m_me, m_clock()));
}

void HandoverDock::endShift()
{
    afterWrite(core::ShiftActions(m_store, me()).endShift(m_me, m_clock()));
}

void HandoverDock::startBreak()
{
    afterWrite(core::ShiftActions(m_store, me()).startBreak(m_me, m_clock()));
}

void HandoverDock::endBreak()
{
    afterWrite(core::ShiftActions(m_store, me()).endBreak(m_me, m_clock()));
}

void HandoverDock::askHandOver()
{
    if (!m_snapshot)
        return;
    const qint64 leaving = m_snapshot->leavingOperatorId;
    core::OperatorOnShift from;
    for (const core::OperatorOnShift &o : m_snapshot->operators) {
        if (o.operatorId == leaving)
            from = o;
    }
    if (from.operatorId == 0)
        return;
    auto *dialog = new HandoverDialog(from, m_snapshot->operators, from.openItems, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { handOver(dialog->request()); });
    dialog->open();
}

void HandoverDock::askNote(bool aboutItem)
{
    const core::HandoverItem *it = aboutItem ? currentItem() : nullptr;
    if (aboutItem && !it)
        return;
    const qint64 itemId = it ? it->itemId : 0;
    const QString label = it ? tr("A note for the next shift about item #%1:").arg(itemId)
                             : tr("A note for the next shift:");
    bool ok = false;
    const QString text =
        QInputDialog::getMultiLineText(this, tr("Note for the next shift"), label, QString(), &ok);
    if (ok && !text.trimmed().isEmpty())
        addNote(text.left(kNoteChars), itemId);
}

void HandoverDock::askExport(bool pdf)
{
    if (!m_snapshot)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = u"shift-report-%1.%2"_s.arg(
        m_clock().toLocalTime().toString(u"yyyy-MM-dd-HHmm"_s), pdf ? u"pdf"_s : u"csv"_s);
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export the shift report as PDF") : tr("Export the shift report as CSV"),
        dir + u'/' + name, pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (pdf) {
        const QString failure = exportPdf(path);
        Q_EMIT exported(failure.isEmpty(), failure);
    } else {
        exportCsv(path);
    }
}

QString HandoverDock::exportPdf(const QString &path)
{
    if (!m_snapshot)
        return tr("The handover has not been read yet.");
    return shiftReportExport::writePdf(*m_snapshot, path);
}

void HandoverDock::exportCsv(const QString &path)
{
    if (!m_snapshot) {
        Q_EMIT exported(false, tr("The handover has not been read yet."));
        return;
    }
    // The snapshot is never changed once read: the reading thread may share it.
    QMetaObject::invokeMethod(
        m_worker,
        [this, snapshot = m_snapshot, path] {
            const QString failure = shiftReportExport::writeCsv(*snapshot, path);
            QMetaObject::invokeMethod(
                this, [this, failure] { Q_EMIT exported(failure.isEmpty(), failure); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace fd::ui
