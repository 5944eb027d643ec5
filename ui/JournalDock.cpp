#include "JournalDock.h"

#include "DockSupport.h"
#include "Format.h"
#include "JournalModel.h"
#include "console/InboxActions.h"
#include "store/Connection.h"
#include "store/Store.h"
#include "sync/TeamJournal.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStandardPaths>
#include <QThread>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {
namespace {

enum Period { Today, Week, Month, Year, AllTime };

// The whole of a kept text is shown, up to a bound that keeps the pane quick.
constexpr qsizetype kDetailChars = 65536;

QString bounded(const QString &text)
{
    return text.size() > kDetailChars ? text.left(kDetailChars) + u"…"_s : text;
}

} // namespace

// What the reading thread keeps between pages: the team server's connection, opened on that
// thread when first needed.
struct JournalDock::WorkerState
{
    QString storePath;
    TeamConnector connector;
    std::unique_ptr<core::ServerConnection> server;

    core::JournalPageSource source(bool team)
    {
        if (!team) {
            return [this](const core::JournalQuery &q, int n,
                          qint64 before) -> core::StoreResult<core::JournalPage> {
                auto reader =
                    core::Connection::forThisThread(storePath, core::Connection::Mode::Reader);
                if (!reader.ok())
                    return reader.error();
                return core::JournalReader(*reader).page(q, n, before);
            };
        }
        return [this](const core::JournalQuery &q, int n,
                      qint64 before) -> core::StoreResult<core::JournalPage> {
            if (!server && connector) {
                auto opened = connector(u"journal"_s);
                if (!opened.ok())
                    return core::StoreError::invalid(opened.error().message);
                server = std::move(opened.value());
            }
            if (!server)
                return core::StoreError::invalid(tr("This station is in no team."));
            auto page = core::teamJournal::page(*server, q, n, before);
            if (!page.ok()) {
                server.reset(); // opened again for the next page (the line may have dropped)
                return core::StoreError::invalid(page.error().message);
            }
            return *page;
        };
    }
};

JournalDock::JournalDock(core::Store &store, core::InboxActions &actions, QWidget *parent)
    : QDockWidget(tr("Journal"), parent)
    , m_store(store)
    , m_actions(actions)
{
    setObjectName(u"dock.journal"_s);
    m_model = new JournalModel(this);
    m_model->setFetch([this](qint64 beforeId) { fetch(beforeId); });

    // One reading thread for the dock: its connection stays open between pages.
    m_thread = new QThread(this);
    m_thread->setObjectName(u"frontdesk-journal"_s);
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    m_state = std::make_shared<WorkerState>();
    m_state->storePath = store.path();
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    m_message = makeMessageLabel(u"journal.message"_s, body);
    layout->addWidget(m_message);

    auto *filters = new QHBoxLayout;
    m_source = new QComboBox(body);
    m_source->setObjectName(u"journal.source"_s);
    m_source->setAccessibleName(tr("Whose journal"));
    m_source->addItem(tr("This station"), false);
    m_source->addItem(tr("The team"), true);
    m_source->setToolTip(tr("The team's journal on the server holds every operator's actions "
                            "at every station"));
    m_source->hide(); // shown in a team
    filters->addWidget(m_source);
    m_who = new QComboBox(body);
    m_who->setObjectName(u"journal.who"_s);
    m_who->setAccessibleName(tr("Whose actions"));
    m_who->addItem(tr("Me"), u"me"_s);
    m_who->addItem(tr("Everyone"), u"all"_s);
    m_who->setCurrentIndex(1);
    m_action = new QComboBox(body);
    m_action->setObjectName(u"journal.action"_s);
    m_action->setAccessibleName(tr("Which actions"));
    m_action->addItem(tr("All actions"), QString());
    for (const core::JournalActionGroup &g : core::journalActionGroups())
        m_action->addItem(g.title, g.id);
    m_period = new QComboBox(body);
    m_period->setObjectName(u"journal.period"_s);
    m_period->setAccessibleName(tr("When"));
    m_period->addItem(tr("Today"), Today);
    m_period->addItem(tr("Last 7 days"), Week);
    m_period->addItem(tr("Last 30 days"), Month);
    m_period->addItem(tr("Last 365 days"), Year);
    m_period->addItem(tr("All time"), AllTime);
    m_period->setCurrentIndex(m_period->findData(AllTime));
    m_search = makeSearchField(body, {.objectName = u"journal.search"_s,
                                      .prompt = tr("Search texts, notes and names"),
                                      .maxLength = 200});
    filters->addWidget(m_who);
    filters->addWidget(m_action);
    filters->addWidget(m_period);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    m_view = new QTreeView(body);
    m_view->setObjectName(u"journal.view"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setAccessibleName(tr("Journal, newest first"));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    for (int c : {JournalModel::TimeColumn, JournalModel::ItemColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->resizeSection(JournalModel::WhoColumn, 120);
    header->resizeSection(JournalModel::StationColumn, 90);
    header->resizeSection(JournalModel::ActionColumn, 140);

    m_detail = new QPlainTextEdit(body);
    m_detail->setObjectName(u"journal.detail"_s);
    m_detail->setReadOnly(true);
    m_detail->setAccessibleName(tr("The selected row in full"));
    m_detail->setPlaceholderText(tr("The selected row's texts in full"));
    auto *split = new QSplitter(Qt::Vertical, body);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_open = new QAction(tr("&Open item"), this);
    m_open->setObjectName(u"journal.open"_s);
    m_open->setToolTip(tr("Show the item this row is about in the console"));
    m_open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_open->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_open);
    m_export = new QAction(tr("E&xport CSV…"), this);
    m_export->setObjectName(u"journal.export"_s);
    m_export->setToolTip(tr("Save the rows the filters pick as a CSV file"));
    m_view->addAction(m_export);
    auto *buttons = makeButtonRow({m_open, m_export}, body);
    m_spreadsheet = new QCheckBox(tr("For spreadsheets"), body);
    m_spreadsheet->setObjectName(u"journal.spreadsheet"_s);
    m_spreadsheet->setToolTip(
        tr("Starts the file with a byte-order mark so spreadsheet tools read it as UTF-8, and "
           "shows cells that look like formulas as text"));
    m_spreadsheet->setChecked(true);
    buttons->addWidget(m_spreadsheet);
    m_status = new QLabel(body);
    m_status->setObjectName(u"journal.status"_s);
    m_status->setTextFormat(Qt::PlainText);
    buttons->addStretch(1);
    buttons->addWidget(m_status);
    layout->addLayout(buttons);
    setWidget(body);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300);
    connect(&m_searchDelay, &QTimer::timeout, this, &JournalDock::reload);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    for (QComboBox *box : {m_source, m_who, m_action, m_period})
        connect(box, &QComboBox::currentIndexChanged, this, &JournalDock::reload);
    connect(m_open, &QAction::triggered, this, [this] { openRow(m_view->currentIndex().row()); });
    connect(m_view, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_export, &QAction::triggered, this, &JournalDock::askExport);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JournalDock::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JournalDock::showCurrent);
    connect(
        this, &JournalDock::exported, this, [this](bool ok, const QString &message, qint64 rows) {
            if (ok)
                m_status->setText(tr("%n row(s) exported.", "", int(qMin<qint64>(rows, INT_MAX))));
            else
                showMessage(m_message, message);
        });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_stale)
            storeChanged();
    });
    reloadActors();
    reload();
}

JournalDock::~JournalDock()
{
    // The reading connection is closed on the thread that opened it, then the thread ends.
    const QString path = m_store.path();
    QMetaObject::invokeMethod(
        m_worker,
        [path, state = m_state] {
            state->server.reset();
            core::Connection::closeForThisThread(path, core::Connection::Mode::Reader);
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QString JournalDock::messageText() const
{
    return shownMessage(m_message);
}

core::JournalQuery JournalDock::query() const
{
    core::JournalQuery q;
    const QVariant who = m_who->currentData();
    if (who == u"me"_s) {
        const core::Actor &me = m_actions.actor();
        if (me.operatorId != 0)
            q.operatorId = me.operatorId;
        q.actor = me.displayName;
    } else if (who.typeId() == QMetaType::Int) {
        const int i = who.toInt();
        // By the name the journal recorded, as the list shows it (journal_by_actor).
        if (i >= 0 && i < m_actors.size())
            q.actor = m_actors.at(i).name;
    }
    const QString group = m_action->currentData().toString();
    for (const core::JournalActionGroup &g : core::journalActionGroups()) {
        if (g.id == group)
            q.actions = g.actions;
    }
    const QDateTime now = QDateTime::currentDateTime();
    switch (m_period->currentData().toInt()) {
    case Today:
        q.fromMs = QDateTime(now.date(), QTime(0, 0)).toMSecsSinceEpoch();
        break;
    case Week:
        q.fromMs = now.addDays(-7).toMSecsSinceEpoch();
        break;
    case Month:
        q.fromMs = now.addDays(-30).toMSecsSinceEpoch();
        break;
    case Year:
        q.fromMs = now.addDays(-365).toMSecsSinceEpoch();
        break;
    default:
        break;
    }
    q.search = m_search->text().trimmed();
    return q;
}

void JournalDock::reload()
{
    m_searchDelay.stop();
    ++m_generation;
    m_fetchingNewer = false;
    m_stale = false;
    m_status->setText(tr("Reading…"));
    m_model->restart(); // asks for the first page through fetch()
}

void JournalDock::setTeam(TeamConnector connector)
{
    const bool inTeam = bool(connector);
    QMetaObject::invokeMethod(
        m_worker,
        [state = m_state, connector = std::move(connector)] {
            state->server.reset();
            state->connector = connector;
        },
        Qt::QueuedConnection);
    m_source->setVisible(inTeam);
    if (!inTeam && readsTeam())
        m_source->setCurrentIndex(0); // reloads
    else if (readsTeam())
        reload();
}

bool JournalDock::readsTeam() const
{
    return m_source->currentData().toBool();
}

void JournalDock::fetch(qint64 beforeId)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        m_worker,
        [this, state = m_state, team = readsTeam(), q = query(), beforeId, generation] {
            const auto page = state->source(team)(q, pageSize, beforeId);
            QMetaObject::invokeMethod(
                this, [this, generation, page] { pageArrived(generation, page, false); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void JournalDock::fetchNewer()
{
    if (m_fetchingNewer || m_model->isLoading())
        return;
    m_fetchingNewer = true;
    const quint64 generation = m_generation;
    core::JournalQuery q = query();
    q.afterId = m_model->newestId();
    QMetaObject::invokeMethod(
        m_worker,
        [this, state = m_state, team = readsTeam(), q, generation] {
            const auto page = state->source(team)(q, pageSize, 0);
            QMetaObject::invokeMethod(
                this, [this, generation, page] { pageArrived(generation, page, true); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void JournalDock::pageArrived(quint64 generation, const core::StoreResult<core::JournalPage> &page,
                              bool newer)
{
    if (generation != m_generation)
        return; // the filters changed meanwhile; a page for them is on its way
    if (newer)
        m_fetchingNewer = false;
    if (!page.ok()) {
        if (!newer)
            m_model->appendPage({}, 0);
        m_status->clear();
        showMessage(m_message, page.error().message);
        Q_EMIT failed(page.error().message);
        return;
    }
    clearMessage(m_message);
    if (newer) {
        // More than a page since: the list starts afresh rather than leave a gap.
        if (page->nextBeforeId != 0) {
            reload();
            return;
        }
        m_model->prependNewer(page->entries);
    } else {
        m_model->appendPage(page->entries, page->nextBeforeId);
    }
    const int shown = m_model->rowCount();
    m_status->setText(m_model->atEnd() ? tr("%n row(s).", "", shown)
                                       : tr("%n row(s) so far.", "", shown));
    if (!m_view->currentIndex().isValid() && shown > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    Q_EMIT pageShown();
}

void JournalDock::storeChanged()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (m_model->newestId() == 0) {
        if (!m_model->isLoading())
            reload();
    } else {
        fetchNewer();
    }
    reloadActors();
}

void JournalDock::reloadActors()
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, path = m_store.path()] {
            auto reader = core::Connection::forThisThread(path, core::Connection::Mode::Reader);
            if (!reader.ok())
                return;
            const auto actors = core::JournalReader(*reader).actors();
            if (!actors.ok())
                return;
            QMetaObject::invokeMethod(
                this,
                [this, list = *actors] {
                    if (list.size() == m_actors.size())
                        return; // the same people (the journal only grows)
                    // The chosen person stays chosen; the list is rebuilt without a reload.
                    const QString chosen =
                        m_who->currentIndex() >= 2 ? m_who->currentText() : QString();
                    const int fixed = m_who->currentIndex() < 2 ? m_who->currentIndex() : -1;
                    const QSignalBlocker quiet(m_who);
                    while (m_who->count() > 2)
                        m_who->removeItem(2);
                    m_actors = list;
                    for (int i = 0; i < m_actors.size(); ++i) {
                        const core::JournalActor &a = m_actors.at(i);
                        const QString name = format::preview(a.name, 60);
                        m_who->addItem(
                            a.kind == core::ActorKind::Rule ? tr("Rule: %1").arg(name) : name, i);
                    }
                    const int again = chosen.isEmpty() ? fixed : m_who->findText(chosen);
                    m_who->setCurrentIndex(again >= 0 ? again : 1);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void JournalDock::showCurrent()
{
    const core::JournalEntry *e = m_model->entry(m_view->currentIndex().row());
    m_open->setEnabled(e && e->itemId != 0);
    if (!e) {
        m_detail->clear();
        return;
    }
    QStringList parts;
    parts << tr("%1 · %2 · %3")
                 .arg(format::fullTime(e->at), JournalModel::actionTitle(e->action),
                      e->actor.isEmpty() ? core::toString(e->actorKind) : e->actor);
    if (!e->station.isEmpty())
        parts << tr("Station: %1").arg(e->station);
    if (e->itemId != 0)
        parts << tr("Item #%1").arg(e->itemId);
    if (!e->before.isEmpty())
        parts << tr("Before:") + u"\n"_s + bounded(e->before);
    if (!e->after.isEmpty())
        parts << tr("After:") + u"\n"_s + bounded(e->after);
    if (!e->detail.isEmpty())
        parts << tr("Detail:") + u"\n"_s + bounded(e->detail);
    // A plain-text widget: customer text is never read as markup.
    m_detail->setPlainText(parts.join(u"\n\n"_s));
}

void JournalDock::openRow(int row)
{
    const core::JournalEntry *e = m_model->entry(row);
    if (e && e->itemId != 0)
        Q_EMIT itemActivated(e->itemId);
}

void JournalDock::askExport()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = u"journal-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the journal"),
                                                      dir + u'/' + name, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path, m_spreadsheet->isChecked());
}

void JournalDock::exportCsv(const QString &path, bool forSpreadsheets)
{
    m_status->setText(tr("Exporting…"));
    core::CsvOptions options;
    options.byteOrderMark = forSpreadsheets;
    options.guardFormulas = forSpreadsheets;
    QMetaObject::invokeMethod(
        m_worker,
        [this, state = m_state, team = readsTeam(), q = query(), path, options] {
            QString failure;
            qint64 rows = 0;
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                failure = tr("The file could not be written: %1").arg(file.errorString());
            } else {
                if (const auto why =
                        core::writeJournalCsv(state->source(team), q, &file, options, 0, &rows))
                    failure = *why;
                file.close();
            }
            QMetaObject::invokeMethod(
                this, [this, failure, rows] { Q_EMIT exported(failure.isEmpty(), failure, rows); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace fd::ui
