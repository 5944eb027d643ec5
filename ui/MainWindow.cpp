#include "MainWindow.h"

#include "AccountListModel.h"
#include "AuthorCardDock.h"
#include "BreakReminderWatch.h"
#include "ComposerDock.h"
#include "ConsoleLayouts.h"
#include "ConversationView.h"
#include "CsatDialog.h"
#include "DockRegistry.h"
#include "HandoverDock.h"
#include "InboxDock.h"
#include "ItemFeedModel.h"
#include "JoinTeamDialog.h"
#include "JournalDock.h"
#include "LayoutManager.h"
#include "LayoutMenu.h"
#include "Notifier.h"
#include "PreferencesDialog.h"
#include "RulesDock.h"
#include "SlaDialog.h"
#include "StatsDock.h"
#include "TagsDock.h"
#include "TeamDock.h"
#include "TeamStatusButton.h"
#include "TemplatesDock.h"
#include "TriageActions.h"
#include "ViewsDock.h"
#include "console/InboxActions.h"
#include "console/OperatorJournal.h"
#include "console/Outbox.h"
#include "rules/AlarmWatcher.h"
#include "rules/RuleRunner.h"
#include "rules/SlaWatcher.h"
#include "store/Store.h"
#include "sync/ClaimKeeper.h"
#include "sync/TeamPresence.h"
#include "sync/TeamSession.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

#include <limits>

using namespace Qt::StringLiterals;

namespace fd::ui {

namespace {

QSqlDatabase openReader(core::Store &store, QString &error)
{
    auto reader = store.reader();
    if (!reader.ok()) {
        error = reader.error().message;
        return {};
    }
    return reader.value();
}

} // namespace

MainWindow::MainWindow(core::Store &store, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_settings(settings)
    , m_reader(openReader(store, m_readerError))
    , m_queries(m_reader)
    , m_actions(std::make_unique<core::InboxActions>(store, core::Actor::local()))
{
    setObjectName(u"mainWindow"_s);
    m_localActor = m_actions->actor();
    setWindowTitle(tr("%1 — Frontdesk").arg(QFileInfo(m_store.path()).fileName()));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks |
                   QMainWindow::AllowNestedDocks);

    // Before the first read, so a commit made while the window is built is not missed.
    m_dataVersion = dataVersion();
    m_feed = new ItemFeedModel(m_reader, this);
    m_feed->setResponseTarget(PreferencesDialog::responseTarget(m_settings));
    m_conversation =
        new ConversationView(m_queries, core::ConsoleQueries(m_reader), *m_actions, this);
    setCentralWidget(m_conversation);

    m_inbox = new InboxDock(m_feed, m_queries, this);
    m_inbox->setActor(m_actions->actor());
    m_docks = new DockRegistry(this);
    m_docks->add(m_inbox, Qt::LeftDockWidgetArea);

    // Accounts and how their polling goes: a stopped account is seen, not guessed.
    m_accounts = new AccountListModel(m_queries, this);
    auto *accountsDock = new QDockWidget(tr("Accounts"), this);
    accountsDock->setObjectName(u"dock.accounts"_s);
    auto *accountsView = new QTreeView(accountsDock);
    accountsView->setObjectName(u"accounts.view"_s);
    accountsView->setModel(m_accounts);
    accountsView->setRootIsDecorated(false);
    accountsView->setUniformRowHeights(true);
    accountsView->setAlternatingRowColors(true);
    accountsView->header()->setStretchLastSection(true);
    accountsView->setColumnWidth(AccountListModel::Name, 240);
    accountsView->setColumnWidth(AccountListModel::Health, 160);
    accountsView->setColumnWidth(AccountListModel::LastSuccess, 150);
    accountsDock->setWidget(accountsView);
    m_docks->add(accountsDock, Qt::BottomDockWidgetArea);
    createConsoleDocks();

    // Triage from the toolbar, the inbox's context menu and the keyboard.
    m_triage = new TriageActions(m_inbox->view(), *m_actions, m_queries, this);
    connect(m_triage, &TriageActions::errorOccurred, this, &MainWindow::showError);
    connect(this, &MainWindow::outboxChanged, m_triage, &TriageActions::setOutbox);
    connect(m_triage, &TriageActions::replyRequested, this, [this] {
        if (QDockWidget *composer = m_docks->find(u"dock.composer"_s)) {
            composer->show();
            composer->raise();
            if (QWidget *w = composer->widget())
                w->setFocus(Qt::ShortcutFocusReason);
        }
    });
    connect(m_triage, &TriageActions::noteRequested, this, [this] {
        if (!m_conversation->startNote())
            statusBar()->showMessage(tr("Open a conversation to write a note on it."), 5000);
    });
    // Reading an item for a moment marks it read.
    connect(m_inbox, &InboxDock::currentItemChanged, m_triage, &TriageActions::itemOpened);
    // The unread count on the tray, new customers and stopped accounts announced (only those
    // in watched views, while there are any).
    m_notifier = new Notifier(m_queries, m_settings, this);
    m_notifier->setWatchedViews(m_views->watchedViews());
    connect(m_views, &ViewsDock::viewsChanged, m_notifier,
            [this] { m_notifier->setWatchedViews(m_views->watchedViews()); });
    connect(this, &MainWindow::refreshed, m_notifier, &Notifier::check);
    connect(m_notifier, &Notifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    // A flood under a post, a channel gone silent: to the tray and, for a while, the status bar.
    auto *alarms = new core::AlarmWatcher(m_store, {}, this);
    connect(alarms, &core::AlarmWatcher::alarm, this, [this](const core::Alarm &a) {
        m_notifier->announce(a.title, a.text);
        statusBar()->showMessage(a.text, 30000);
    });
    connect(this, &MainWindow::refreshed, alarms, [alarms] { alarms->check(); });
    alarms->start();
    // SLA alerts go to the tray; those of one look go together, so a backlog is one message.
    auto *slaWatcher = new core::SlaWatcher(m_store, this);
    slaWatcher->setObjectName(u"sla.watcher"_s);
    auto slaAlerts = std::make_shared<QStringList>();
    connect(slaWatcher, &core::SlaWatcher::alert, this,
            [this, slaAlerts](qint64, core::SlaState state, const QString &text) {
                if (slaAlerts->isEmpty())
                    QTimer::singleShot(0, this, [this, slaAlerts, state] {
                        const qsizetype n = slaAlerts->size();
                        const QString title =
                            n > 1 ? tr("%n item(s) near or past their targets", nullptr, int(n))
                            : state == core::SlaState::Breached ? tr("Response target missed")
                                                                : tr("Response due soon");
                        QStringList lines = slaAlerts->mid(0, 3);
                        if (n > 3)
                            lines << tr("and %n more", nullptr, int(n - 3));
                        m_notifier->announce(title, lines.join(u'\n'));
                        slaAlerts->clear();
                    });
                slaAlerts->append(text);
            });
    slaWatcher->start();
    // A break after long work, if the operator wants reminding (Preferences).
    m_breaks = new BreakReminderWatch(m_store, m_settings, {}, this);
    connect(m_breaks, &BreakReminderWatch::due, this,
            [this](const QString &title, const QString &text) {
                m_notifier->announce(title, text);
                statusBar()->showMessage(text, 60000);
            });
    m_breaks->setLogin(m_actions->actor().login);
    m_breaks->start();
    QToolBar *toolbar = addToolBar(tr("Triage"));
    toolbar->setObjectName(u"toolbar.triage"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_triage->populateToolBar(toolbar);
    // The layouts (Operator, Handover, the user's own) and the toolbar button that switches.
    m_layouts = new LayoutManager(this, *m_docks, m_settings);
    consoleLayouts::install(*m_layouts, *m_docks, m_inbox);
    m_layoutMenu = new LayoutMenu(*m_layouts, this);
    addToolBar(m_layoutMenu->toolBar());

    connect(m_inbox, &InboxDock::currentItemChanged, this, [this](qint64 itemId, qint64 threadId) {
        if (itemId == 0)
            m_conversation->clear();
        else
            m_conversation->showThread(threadId, itemId);
    });
    connect(m_feed, &ItemFeedModel::errorOccurred, this, &MainWindow::showError);

    m_counts = new QLabel(this);
    m_counts->setObjectName(u"status.counts"_s);
    m_counts->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_counts);
    m_storePath = new QLabel(this);
    m_storePath->setObjectName(u"status.store"_s);
    m_storePath->setTextFormat(Qt::PlainText);
    m_storePath->setText(tr("Store: %1").arg(QDir::toNativeSeparators(m_store.path())));
    m_storePath->setToolTip(tr("The local store this window reads"));
    statusBar()->addPermanentWidget(m_storePath);

    createMenus();

    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1400, 900);
    const QSize size(qMin(1440, available.width() * 9 / 10),
                     qMin(900, available.height() * 9 / 10));
    resize(size);
    // The size and place of last time, and the layout used last as the user left it.
    m_layouts->restore();

    if (!m_readerError.isEmpty())
        showError(m_readerError);
    updateCounts();

    m_changeCheck.setInterval(changeCheckIntervalMs);
    connect(&m_changeCheck, &QTimer::timeout, this, &MainWindow::checkForChanges);
    m_changeCheck.start();
}

MainWindow::~MainWindow() = default;

void MainWindow::createConsoleDocks()
{
    // Views of the inbox above it: one click (or Alt+1…9) sets its filters.
    m_views = new ViewsDock(m_inbox, *m_actions, m_reader, this);
    m_docks->add(m_views, Qt::LeftDockWidgetArea);
    addAction(m_views->focusAction());
    addActions(m_views->numberActions());
    connect(this, &MainWindow::refreshed, m_views, &ViewsDock::reload);
    connect(m_views, &ViewsDock::failed, this, &MainWindow::showError);

    // The reply to the current item (where each layout puts it: ConsoleLayouts).
    auto *composer = new ComposerDock(m_queries, core::ConsoleQueries(m_reader), *m_actions, this);
    m_composer = composer;
    m_docks->add(composer, Qt::BottomDockWidgetArea);
    composer->setOutbox(m_outbox);
    connect(this, &MainWindow::outboxChanged, composer, &ComposerDock::setOutbox);
    connect(this, &MainWindow::refreshed, composer, &ComposerDock::reload);
    connect(m_inbox, &InboxDock::currentItemChanged, composer, &ComposerDock::showItem);

    // Templates and tags share the right-hand side, one tab each.
    auto *templates = new TemplatesDock(*m_actions, m_reader, this);
    auto *tags = new TagsDock(
        *m_actions, m_reader, [this] { return m_inbox->selectedItemIds(); }, this);
    m_docks->add(templates, Qt::RightDockWidgetArea);
    // Who wrote the current item, under them. Added before the tags so that the layouts split
    // it off the templates before tabbing (a dock split off a tab would only become a tab).
    m_authorCard = new AuthorCardDock(m_queries, core::ConsoleQueries(m_reader), *m_actions, this);
    m_docks->add(m_authorCard, Qt::RightDockWidgetArea);
    m_docks->add(tags, Qt::RightDockWidgetArea);
    // T tags the inbox's selection wherever the focus is, even with the Tags tab hidden.
    addAction(tags->tagSelectionAction());
    connect(this, &MainWindow::refreshed, templates, &TemplatesDock::reload);
    connect(this, &MainWindow::refreshed, tags, &TagsDock::reload);
    // Their writes show at once everywhere (the feed's Tags column, the counts).
    connect(templates, &TemplatesDock::changed, this, &MainWindow::refresh);
    connect(tags, &TagsDock::changed, this, &MainWindow::refresh);
    connect(templates, &TemplatesDock::failed, this, &MainWindow::showError);
    // A template chosen in the list goes into the reply being written (which counts its use).
    connect(templates, &TemplatesDock::templateChosen, composer, [this, composer](qint64 id) {
        const auto t = core::ConsoleQueries(m_reader).templateById(id);
        if (t.ok() && t->has_value()) {
            composer->insertTemplate(**t);
            composer->raise();
        }
    });
    connect(tags, &TagsDock::failed, this, &MainWindow::showError);

    connect(m_inbox, &InboxDock::currentItemChanged, m_authorCard, &AuthorCardDock::showItem);
    connect(this, &MainWindow::refreshed, m_authorCard, &AuthorCardDock::reload);
    connect(m_authorCard, &AuthorCardDock::itemActivated, this, &MainWindow::openItem);

    // The automation rules (tabbed with the templates; ConsoleLayouts). An item a dry run
    // listed opens here.
    auto *rules = new RulesDock(m_store, *m_actions, this);
    m_docks->add(rules, Qt::RightDockWidgetArea);
    connect(this, &MainWindow::refreshed, rules, &RulesDock::storeChanged);
    connect(rules, &RulesDock::failed, this, &MainWindow::showError);
    connect(rules, &RulesDock::itemActivated, this, &MainWindow::openItemById);

    // The journal: who did what, before and after (beside the rules; ConsoleLayouts). A row
    // about an item opens it here, hidden and deleted ones with their kept text.
    auto *journal = new JournalDock(m_store, *m_actions, this);
    m_docks->add(journal, Qt::RightDockWidgetArea);
    connect(this, &MainWindow::refreshed, journal, &JournalDock::storeChanged);
    connect(journal, &JournalDock::failed, this, &MainWindow::showError);
    connect(journal, &JournalDock::itemActivated, this, &MainWindow::openItemById);

    // Shifts and the handover: the lead's view in the Handover layout, the operator's shift
    // and break buttons in the Operator one (ConsoleLayouts).
    auto *handover = new HandoverDock(m_store, *m_actions, this);
    m_docks->add(handover, Qt::BottomDockWidgetArea);
    connect(this, &MainWindow::refreshed, handover, &HandoverDock::storeChanged);
    connect(handover, &HandoverDock::failed, this, &MainWindow::showError);
    connect(handover, &HandoverDock::itemActivated, this, &MainWindow::openItemById);

    // The statistics (beside the journal; ConsoleLayouts): a figure's items open here.
    auto *stats = new StatsDock(m_store, *m_actions, this);
    m_docks->add(stats, Qt::RightDockWidgetArea);
    connect(this, &MainWindow::refreshed, stats, &StatsDock::storeChanged);
    connect(stats, &StatsDock::failed, this, &MainWindow::showError);
    connect(stats, &StatsDock::itemActivated, this, &MainWindow::openItemById);

    // The team: who is online and doing what, and what the server refused (beside the
    // accounts; ConsoleLayouts).
    m_teamDock = new TeamDock(m_reader, this);
    m_docks->add(m_teamDock, Qt::BottomDockWidgetArea);
    connect(this, &MainWindow::refreshed, m_teamDock, &TeamDock::reload);
    connect(m_teamDock, &TeamDock::joinRequested, this, &MainWindow::showJoinTeam);
    connect(m_teamDock, &TeamDock::leaveRequested, this, &MainWindow::leaveTeam);
    connect(m_teamDock, &TeamDock::itemActivated, this, &MainWindow::openItem);
}

void MainWindow::setTeam(core::TeamSession *session)
{
    Q_ASSERT_X(!m_team && session, "MainWindow::setTeam", "a window has one team session");
    m_team = session;
    m_teamStatus = new TeamStatusButton(*session, this);
    // Before the store's path, at the right-hand end of the status bar.
    statusBar()->removeWidget(m_storePath);
    statusBar()->addPermanentWidget(m_teamStatus);
    statusBar()->addPermanentWidget(m_storePath);
    m_storePath->show();
    connect(m_teamStatus, &QToolButton::clicked, this, [this] {
        m_teamDock->show();
        m_teamDock->raise();
        m_teamStatus->setUnseenRefusals(0);
    });
    connect(m_teamDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_teamStatus->setUnseenRefusals(0);
    });
    m_teamDock->setSession(session);
    m_composer->setTeam(session->claims(), session->presence());
    connect(session->presence(), &core::TeamPresence::changed, this,
            [this] { m_feed->setReplying(m_team->presence()->replying()); });
    // What a pull stored shows at once, not at the next look for commits.
    connect(session, &core::TeamSession::pulled, this, [this] {
        checkForChanges();
        teamMembershipChanged(); // the operator's name may have just arrived
    });
    connect(session, &core::TeamSession::rejected, this, &MainWindow::teamRefused);
    // Replies and actions delivered (or refused) through the team: the outbox tells the
    // composer what became of them.
    connect(session, &core::TeamSession::synced, this,
            [this](const core::PushReport &push, const core::PullReport &pull) {
                if (!m_outbox)
                    return;
                m_outbox->announceKeys(push.refusedOutbox);
                m_outbox->announce(pull.outboxEntries);
            });
    connect(session, &core::TeamSession::membershipChanged, this,
            &MainWindow::teamMembershipChanged);
    // Joining is journaled under the team login it brings (membershipChanged came first).
    connect(session, &core::TeamSession::joinFinished, this, [this](bool ok, const QString &) {
        if (ok && m_team->inTeam())
            core::journalEvent(m_store, m_actions->actor(), u"team.joined"_s, QString(),
                               m_team->membership()->server);
    });
    connect(session, &core::TeamSession::statusChanged, this, &MainWindow::updateTeamActions);
    // While the station syncs, the journal reads the team's too (once per running sync).
    connect(session, &core::TeamSession::statusChanged, this,
            [this, running = std::make_shared<const void *>(nullptr)] {
                auto *journal = qobject_cast<JournalDock *>(m_docks->find(u"dock.journal"_s));
                if (!journal || *running == m_team->sync())
                    return;
                *running = m_team->sync();
                journal->setTeam(m_team->readConnector());
            });
    connect(m_inbox, &InboxDock::currentItemChanged, session,
            [session](qint64, qint64 threadId) { session->setViewing(threadId); });
    teamMembershipChanged();
}

void MainWindow::teamMembershipChanged()
{
    core::Actor actor = m_localActor;
    if (m_team && m_team->inTeam()) {
        const core::TeamMembership &m = *m_team->membership();
        actor.operatorId = 0;
        actor.login = m.login;
        actor.displayName = m.login;
        QSqlQuery q(m_reader);
        q.prepare(u"SELECT display_name FROM operators WHERE login = ?"_s);
        q.addBindValue(m.login);
        if (q.exec() && q.next() && !q.value(0).toString().isEmpty())
            actor.displayName = q.value(0).toString();
    }
    const core::Actor &now = m_actions->actor();
    if (now.login != actor.login || now.displayName != actor.displayName) {
        m_actions->setActor(actor);
        m_inbox->setActor(actor);
        m_breaks->setLogin(actor.login);
    }
    updateTeamActions();
}

void MainWindow::updateTeamActions()
{
    const bool inTeam = m_team && m_team->inTeam();
    const bool busy = m_team && m_team->isJoining();
    m_joinTeam->setEnabled(m_team && !busy);
    m_joinTeam->setText(inTeam ? tr("&Join a team again…") : tr("&Join a team…"));
    m_leaveTeam->setEnabled(inTeam && !busy);
}

bool MainWindow::showJoinTeam()
{
    if (!m_team)
        return false;
    JoinTeamDialog dialog(*m_team, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    statusBar()->showMessage(dialog.joinedText(), 15000);
    m_teamDock->show();
    m_teamDock->raise();
    return true;
}

void MainWindow::leaveTeam()
{
    if (!m_team || !m_team->inTeam())
        return;
    QMessageBox box(QMessageBox::Question, tr("Leave the team"),
                    tr("Leave the team at %1?").arg(m_team->membership()->server),
                    QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(
        tr("This station stops syncing and works on its own; what it received stays in its "
           "store. Changes made here and not yet sent stay queued until it joins this team "
           "again."));
    QPushButton *leave = box.addButton(tr("Leave"), QMessageBox::DestructiveRole);
    box.exec();
    if (box.clickedButton() != leave)
        return;
    connect(
        m_team, &core::TeamSession::leaveFinished, this,
        [this, who = m_actions->actor(),
         server = m_team->membership()->server](bool ok, const QString &message) {
            if (ok)
                core::journalEvent(m_store, who, u"team.left"_s, server, QString());
            statusBar()->showMessage(message.isEmpty()
                                         ? tr("This station left the team and works on its own.")
                                         : message,
                                     15000);
        },
        Qt::SingleShotConnection);
    m_team->leave();
}

void MainWindow::teamRefused(const QStringList &reasons)
{
    if (reasons.isEmpty())
        return;
    const QString message =
        reasons.size() == 1
            ? tr("The team's server refused a change made here: %1").arg(reasons.constFirst())
            : tr("The team's server refused %n changes made here; the Team panel says why.",
                 nullptr, int(reasons.size()));
    statusBar()->showMessage(message, 20000);
    m_notifier->announce(tr("Change refused"), message);
    m_teamDock->reload();
    if (m_teamStatus && m_teamDock->visibleRegion().isEmpty())
        m_teamStatus->setUnseenRefusals(m_teamStatus->unseenRefusals() + int(reasons.size()));
}

void MainWindow::openItem(qint64 itemId, qint64 threadId)
{
    if (itemId <= 0 || m_inbox->selectItem(itemId))
        return;
    m_inbox->view()->selectionModel()->clear();
    m_conversation->showThread(threadId, itemId);
    if (m_composer)
        m_composer->showItem(itemId, threadId);
    if (m_authorCard)
        m_authorCard->showItem(itemId, threadId);
}

void MainWindow::setOutbox(core::Outbox *outbox)
{
    m_outbox = outbox;
    Q_EMIT outboxChanged(outbox);
}

void MainWindow::setRuleRunner(core::RuleRunner *runner)
{
    connect(runner, &core::RuleRunner::notice, this,
            [this](const QString &title, const QString &text) {
                m_notifier->announce(title, text);
                statusBar()->showMessage(title + u": "_s + text, 15000);
            });
    connect(runner, &core::RuleRunner::outboxQueued, this, [this] {
        if (m_outbox)
            m_outbox->sendQueued();
    });
    connect(runner, &core::RuleRunner::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(this, &MainWindow::refreshed, runner, &core::RuleRunner::check);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_refresh = file->addAction(tr("&Refresh"));
    m_refresh->setObjectName(u"action.refresh"_s);
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(u"action.quit"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"menu.view"_s);
    for (QDockWidget *dock : m_docks->docks()) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setObjectName(u"action.toggle."_s + dock->objectName());
        view->addAction(toggle);
    }
    view->addSeparator();
    view->addMenu(m_layoutMenu->menu());
    m_resetLayout = view->addAction(tr("&Reset layout"));
    m_resetLayout->setObjectName(u"action.resetLayout"_s);
    m_resetLayout->setToolTip(tr("Put every panel of this layout back in its place"));
    connect(m_resetLayout, &QAction::triggered, this, &MainWindow::resetLayout);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *preferences = settings->addAction(tr("&Preferences…"));
    preferences->setObjectName(u"action.preferences"_s);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    QAction *slaTargets = settings->addAction(tr("SLA &targets…"));
    slaTargets->setObjectName(u"action.slaTargets"_s);
    connect(slaTargets, &QAction::triggered, this, [this] {
        SlaDialog dialog(m_store, m_actions->actor(), this);
        connect(&dialog, &SlaDialog::changed, m_feed, &ItemFeedModel::reloadSla);
        // Targets just set: their clocks are worth a column.
        connect(&dialog, &SlaDialog::changed, m_inbox, [this] {
            m_inbox->view()->header()->setSectionHidden(ItemFeedModel::SlaColumn, false);
        });
        if (auto *watcher = findChild<core::SlaWatcher *>(u"sla.watcher"_s))
            connect(&dialog, &SlaDialog::changed, watcher, [watcher] { watcher->check(); });
        dialog.exec();
    });
    QAction *surveys = settings->addAction(tr("Customer &surveys…"));
    surveys->setObjectName(u"action.csat"_s);
    connect(surveys, &QAction::triggered, this, [this] {
        CsatDialog dialog(m_store, this);
        dialog.exec();
    });

    QMenu *items = menuBar()->addMenu(tr("&Item"));
    items->setObjectName(u"menu.item"_s);
    items->addAction(m_triage->next());
    items->addAction(m_triage->previous());
    items->addSeparator();
    m_triage->populateMenu(items);

    QMenu *team = menuBar()->addMenu(tr("&Team"));
    team->setObjectName(u"menu.team"_s);
    m_joinTeam = team->addAction(tr("&Join a team…"));
    m_joinTeam->setObjectName(u"action.joinTeam"_s);
    connect(m_joinTeam, &QAction::triggered, this, &MainWindow::showJoinTeam);
    m_leaveTeam = team->addAction(tr("&Leave the team…"));
    m_leaveTeam->setObjectName(u"action.leaveTeam"_s);
    connect(m_leaveTeam, &QAction::triggered, this, &MainWindow::leaveTeam);
    team->addSeparator();
    team->addAction(m_teamDock->toggleViewAction());
    updateTeamActions();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_triage->shortcuts());
    QAction *about = help->addAction(tr("&About Frontdesk"));
    about->setObjectName(u"action.about"_s);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setObjectName(u"action.aboutQt"_s);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, this, [this] { QMessageBox::aboutQt(this); });
}

void MainWindow::refresh()
{
    m_dataVersion = dataVersion();
    m_feed->refresh();
    m_inbox->reloadChoices();
    m_conversation->reload();
    m_accounts->reload();
    updateCounts();
    Q_EMIT refreshed();
}

bool MainWindow::checkForChanges()
{
    const std::optional<qint64> version = dataVersion();
    if (!version || version == m_dataVersion)
        return false;
    refresh();
    return true;
}

std::optional<qint64> MainWindow::dataVersion() const
{
    if (!m_reader.isOpen())
        return std::nullopt;
    // Changes when any other connection commits: the writer thread, a poller, frontdeskctl.
    QSqlQuery query(m_reader);
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

void MainWindow::updateCounts()
{
    auto total = m_queries.count({});
    core::ItemFilter fresh;
    fresh.statuses = {core::ItemStatus::New};
    auto newCount = m_queries.count(fresh);
    if (!total.ok() || !newCount.ok()) {
        m_counts->clear();
        showError(!total.ok() ? total.error().message : newCount.error().message);
        return;
    }
    // tr() counts in int; a store past two billion items says so approximately.
    const auto asInt = [](qint64 n) {
        return int(qMin<qint64>(n, std::numeric_limits<int>::max()));
    };
    m_counts->setText(tr("%Ln item(s)", nullptr, asInt(*total)) + u" · "_s +
                      tr("%Ln new", nullptr, asInt(*newCount)));
    if (m_notifier)
        m_notifier->setWaiting(*newCount);
}

QString MainWindow::countsText() const
{
    return m_counts->text();
}

void MainWindow::openItemById(qint64 itemId)
{
    if (const auto row = m_queries.item(itemId); row.ok())
        openItem(itemId, row->item.threadId);
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}

void MainWindow::saveLayout()
{
    m_layouts->save();
}

void MainWindow::resetLayout()
{
    m_layouts->resetCurrent();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_feed->setResponseTarget(PreferencesDialog::responseTarget(m_settings));
    Q_EMIT preferencesChanged();
    if (dialog.languageChanged())
        statusBar()->showMessage(tr("The new language will be used after Frontdesk is restarted."),
                                 15000);
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Frontdesk"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Frontdesk %1</h3>"
                   "<p>A console for teams who answer customers on social networks: messages, "
                   "comments, mentions and reviews in one inbox.</p>"
                   "<p>Free software under the GNU General Public License, version 3.</p>")
                    .arg(QString::fromLatin1(FRONTDESK_VERSION).toHtmlEscaped()));
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
}

} // namespace fd::ui
