#pragma once

#include "console/InboxActions.h"
#include "store/ItemQueries.h"

#include <QMainWindow>
#include <QSqlDatabase>
#include <QTimer>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QSettings;

namespace fd::core {
class InboxActions;
class Outbox;
class RuleRunner;
class Store;
class TeamSession;
} // namespace fd::core

namespace fd::ui {

class AccountListModel;
class AuthorCardDock;
class BreakReminderWatch;
class ComposerDock;
class ConversationView;
class TeamDock;
class TeamStatusButton;
class DockRegistry;
class InboxDock;
class ItemFeedModel;
class LayoutManager;
class LayoutMenu;
class Notifier;
class TriageActions;
class ViewsDock;

// The main window: the conversation in the middle, the docks around it, the menus, and the
// status bar with the store's counts. It notices commits of other programs and connections
// (a poller, frontdeskctl) and refreshes what it shows.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // How often the store is asked whether anything was committed.
    static constexpr int changeCheckIntervalMs = 1500;

    MainWindow(core::Store &store, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    DockRegistry *docks() const { return m_docks; }
    LayoutManager *layouts() const { return m_layouts; }
    LayoutMenu *layoutMenu() const { return m_layoutMenu; }
    // What the docks read and do: the window's reading connection and queries, the operator's
    // actions (journaled under this station's operator) and the outbox, once polling is set up.
    const QSqlDatabase &reader() const { return m_reader; }
    const core::ItemQueries &queries() const { return m_queries; }
    core::InboxActions &actions() const { return *m_actions; }
    core::Outbox *outbox() const { return m_outbox; }
    void setOutbox(core::Outbox *outbox);
    // The automation rules' runner (set once, by the composition root): their notices go to the
    // tray, the platform actions they queue to the outbox, and it looks after every commit.
    void setRuleRunner(core::RuleRunner *runner);
    // The station's team (set once, by the composition root): its state in the status bar and
    // the Team panel, joining and leaving from the Team menu, views re-read when a pull stored
    // rows, refusals told to the operator, claims in the composer and "… is replying" in the
    // inbox, and the operator acting under their team login.
    void setTeam(core::TeamSession *session);
    core::TeamSession *team() const { return m_team; }
    TeamDock *teamDock() const { return m_teamDock; }
    TeamStatusButton *teamStatus() const { return m_teamStatus; }
    QAction *joinTeamAction() const { return m_joinTeam; }
    QAction *leaveTeamAction() const { return m_leaveTeam; }
    // Opens "Join a team…" (modal); returns whether the station joined.
    bool showJoinTeam();
    InboxDock *inbox() const { return m_inbox; }
    ItemFeedModel *feed() const { return m_feed; }
    ConversationView *conversation() const { return m_conversation; }
    AuthorCardDock *authorCard() const { return m_authorCard; }
    ViewsDock *views() const { return m_views; }
    TriageActions *triage() const { return m_triage; }
    Notifier *notifier() const { return m_notifier; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *resetLayoutAction() const { return m_resetLayout; }
    // The text of the counts in the status bar.
    QString countsText() const;

    // Re-reads everything shown from the store.
    void refresh();
    // Opens the item: selected in the inbox when it is listed there; otherwise shown on its own
    // (conversation, reply and author), with the inbox's choice let go so that nothing acts on
    // a row the operator no longer sees.
    void openItem(qint64 itemId, qint64 threadId);
    // The same, for an item known by its id alone.
    void openItemById(qint64 itemId);
    // Refreshes if anything was committed since the last look; returns whether it did.
    bool checkForChanges();
    // Saves the window's geometry, and the docks and columns of each layout (also done when it
    // closes).
    void saveLayout();
    // The current layout back as it was built (or saved).
    void resetLayout();

Q_SIGNALS:
    // After refresh(): docks re-read what they show.
    void refreshed();
    void outboxChanged(fd::core::Outbox *outbox);
    // The user accepted the preferences: what is applied at once (the colours) is applied.
    void preferencesChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The operator's docks around the conversation (templates, tags, composer, …).
    void createConsoleDocks();
    void createMenus();
    void updateCounts();
    void showPreferences();
    void showAbout();
    void showError(const QString &message);
    void teamMembershipChanged();
    void teamRefused(const QStringList &reasons);
    void leaveTeam();
    void updateTeamActions();
    std::optional<qint64> dataVersion() const;

    core::Store &m_store;
    QSettings &m_settings;
    QString m_readerError;
    QSqlDatabase m_reader;
    core::ItemQueries m_queries;
    std::unique_ptr<core::InboxActions> m_actions;
    core::Outbox *m_outbox = nullptr;
    core::TeamSession *m_team = nullptr;
    core::Actor m_localActor; // who acts here when the station is in no team
    TeamDock *m_teamDock = nullptr;
    TeamStatusButton *m_teamStatus = nullptr;
    QAction *m_joinTeam = nullptr;
    QAction *m_leaveTeam = nullptr;
    ItemFeedModel *m_feed = nullptr;
    AccountListModel *m_accounts = nullptr;
    InboxDock *m_inbox = nullptr;
    ConversationView *m_conversation = nullptr;
    ComposerDock *m_composer = nullptr;
    AuthorCardDock *m_authorCard = nullptr;
    ViewsDock *m_views = nullptr;
    DockRegistry *m_docks = nullptr;
    LayoutManager *m_layouts = nullptr;
    LayoutMenu *m_layoutMenu = nullptr;
    TriageActions *m_triage = nullptr;
    Notifier *m_notifier = nullptr;
    BreakReminderWatch *m_breaks = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_resetLayout = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_storePath = nullptr;
    QTimer m_changeCheck;
    std::optional<qint64> m_dataVersion;
};

} // namespace fd::ui
