// The window's layouts as a user meets them: Operator and Handover from the View menu, the
// toolbar and the keyboard; each keeping what the user did to it, also after a restart; saved
// layouts; Reset layout.
#include "UiTestSupport.h"

#include "ConsoleLayouts.h"
#include "DockRegistry.h"
#include "InboxDock.h"
#include "ItemFeedModel.h"
#include "LayoutDialogs.h"
#include "LayoutManager.h"
#include "LayoutMenu.h"
#include "MainWindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using fd::ui::LayoutManager;
using fd::ui::MainWindow;
namespace consoleLayouts = fd::ui::consoleLayouts;

namespace {

QDockWidget *dock(const MainWindow &window, const QString &name)
{
    QDockWidget *found = window.docks()->find(u"dock."_s + name);
    REQUIRE(found);
    return found;
}

// Whether the user sees the dock: docked in the window (or floating) and not hidden.
bool shown(const MainWindow &window, const QString &name)
{
    return dock(window, name)->isVisibleTo(const_cast<MainWindow *>(&window));
}

QStringList menuTexts(const QMenu *menu)
{
    QStringList texts;
    const auto actions = menu->actions();
    for (const QAction *action : actions) {
        if (!action->isSeparator() && action->isVisible())
            texts << action->text();
    }
    return texts;
}

QAction *layoutAction(const MainWindow &window, const QString &key)
{
    QAction *action = window.layoutMenu()->actionFor(key);
    REQUIRE(action);
    return action;
}

int authorColumnWidth(const MainWindow &window)
{
    return window.inbox()->view()->header()->sectionSize(fd::ui::ItemFeedModel::AuthorColumn);
}

// The dialog of that name that is open (one closed before waits for the event loop to delete
// it).
template <typename T>
T *openChild(const QObject *parent, const QString &name)
{
    const auto found = parent->findChildren<T *>(name);
    for (T *candidate : found) {
        if (candidate->isVisible())
            return candidate;
    }
    return nullptr;
}

// Types `name` into the open "Save layout as" dialog and saves.
void saveAsThroughDialog(MainWindow &window, const QString &name)
{
    window.layoutMenu()->saveAsAction()->trigger();
    auto *dialog = openChild<fd::ui::LayoutNameDialog>(&window, u"layouts.saveAsDialog"_s);
    REQUIRE(dialog);
    dialog->nameField()->setText(name);
    REQUIRE(dialog->canAccept());
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
}

} // namespace

TEST_CASE("Operator and Handover place the docks differently", "[ui][layout]")
{
    fd::test::WindowOnStore w;
    const qint64 account = w.store.addAccount(fd::core::Platform::Telegram, u"Shop bot"_s);
    fd::test::fillInbox(w.store, account, 5);
    MainWindow &window = w.open();
    fd::test::showActive(window);
    window.resize(1500, 900);

    // A new user starts in the operator's layout.
    CHECK(window.layouts()->current() == consoleLayouts::operatorId());
    QToolButton *button = window.layoutMenu()->button();
    CHECK(button->text() == u"Operator"_s);
    CHECK(window.findChild<QToolBar *>(u"toolbar.layout"_s)->isVisible());
    CHECK(window.dockWidgetArea(window.inbox()) == Qt::LeftDockWidgetArea);
    CHECK(window.dockWidgetArea(dock(window, u"accounts"_s)) == Qt::BottomDockWidgetArea);
    CHECK(window.dockWidgetArea(dock(window, u"templates"_s)) == Qt::RightDockWidgetArea);
    CHECK(
        window.tabifiedDockWidgets(dock(window, u"templates"_s)).contains(dock(window, u"tags"_s)));
    CHECK(shown(window, u"composer"_s));
    CHECK(shown(window, u"templates"_s));

    // View → Layout lists both, with their keys, the current one checked.
    QMenu *menu = window.layoutMenu()->menu();
    CHECK(menuTexts(menu).mid(0, 2) == QStringList{u"Operator"_s, u"Handover"_s});
    QAction *operatorAction = layoutAction(window, consoleLayouts::operatorId());
    QAction *handoverAction = layoutAction(window, consoleLayouts::handoverId());
    CHECK(operatorAction->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_1));
    CHECK(handoverAction->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_2));
    CHECK(operatorAction->isChecked());
    CHECK_FALSE(handoverAction->isChecked());
    CHECK(button->menu() == menu);

    const int operatorAuthorWidth = authorColumnWidth(window);
    handoverAction->trigger();
    CHECK(window.layouts()->current() == consoleLayouts::handoverId());
    CHECK(handoverAction->isChecked());
    CHECK_FALSE(operatorAction->isChecked());
    CHECK(button->text() == u"Handover"_s);
    // The inbox big with the accounts under it; reply, templates and tags put away.
    CHECK(shown(window, u"inbox"_s));
    CHECK(shown(window, u"accounts"_s));
    CHECK_FALSE(shown(window, u"composer"_s));
    CHECK_FALSE(shown(window, u"templates"_s));
    CHECK_FALSE(shown(window, u"tags"_s));
    QDockWidget *accounts = dock(window, u"accounts"_s);
    CHECK(window.dockWidgetArea(accounts) == Qt::LeftDockWidgetArea);
    CHECK(accounts->geometry().top() >= window.inbox()->geometry().bottom());
    CHECK(window.inbox()->width() > window.centralWidget()->width());
    // The handover panel in front of the inbox, one tab away.
    QDockWidget *handover = dock(window, u"handover"_s);
    CHECK(window.tabifiedDockWidgets(window.inbox()).contains(handover));
    CHECK(shown(window, u"handover"_s));
    window.inbox()->raise();
    QApplication::processEvents();
    // Every column of the inbox fits, the text still has room.
    const QTreeView *feed = window.inbox()->view();
    CHECK(feed->header()->length() <= feed->viewport()->width());
    CHECK(feed->header()->sectionSize(fd::ui::ItemFeedModel::TextColumn) >=
          feed->fontMetrics().horizontalAdvance(QString(20, u'x')));
    // Names get more room than beside the operator's conversation.
    CHECK(authorColumnWidth(window) > operatorAuthorWidth);

    // And back with the keyboard.
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    CHECK(window.layouts()->current() == consoleLayouts::operatorId());
    CHECK(operatorAction->isChecked());
    CHECK(shown(window, u"composer"_s));
    CHECK(window.dockWidgetArea(accounts) == Qt::BottomDockWidgetArea);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    CHECK(window.layouts()->current() == consoleLayouts::handoverId());

    // Choosing the current layout again leaves it checked.
    handoverAction->trigger();
    CHECK(handoverAction->isChecked());
}

TEST_CASE("Each layout keeps what the user did to it, also after a restart", "[ui][layout]")
{
    fd::test::TempStore store;
    fd::test::TempSettings temp;
    const QString op = consoleLayouts::operatorId();
    const QString lead = consoleLayouts::handoverId();
    int leadAuthorWidth = 0;
    {
        MainWindow window(store.store(), temp.settings);
        fd::test::showExposed(window);
        // The operator puts the templates away and widens the author column…
        dock(window, u"templates"_s)->toggleViewAction()->trigger();
        dock(window, u"tags"_s)->toggleViewAction()->trigger();
        window.inbox()->view()->header()->resizeSection(fd::ui::ItemFeedModel::AuthorColumn, 333);
        REQUIRE_FALSE(shown(window, u"templates"_s));

        // …the handover has its own: the composer brought back, the columns as built.
        REQUIRE(window.layouts()->switchTo(lead));
        CHECK(authorColumnWidth(window) != 333);
        leadAuthorWidth = authorColumnWidth(window);
        CHECK_FALSE(shown(window, u"composer"_s));
        dock(window, u"composer"_s)->toggleViewAction()->trigger();
        CHECK(shown(window, u"composer"_s));

        REQUIRE(window.layouts()->switchTo(op));
        CHECK_FALSE(shown(window, u"templates"_s));
        CHECK_FALSE(shown(window, u"tags"_s));
        CHECK(shown(window, u"composer"_s));
        CHECK(authorColumnWidth(window) == 333);

        REQUIRE(window.layouts()->switchTo(lead));
        CHECK(shown(window, u"composer"_s));
        CHECK(authorColumnWidth(window) == leadAuthorWidth);
        window.close(); // closing saves; the handover was the last one used
    }

    MainWindow second(store.store(), temp.settings);
    fd::test::showExposed(second);
    CHECK(second.layouts()->current() == lead);
    CHECK(second.layoutMenu()->button()->text() == u"Handover"_s);
    CHECK(layoutAction(second, lead)->isChecked());
    CHECK(shown(second, u"composer"_s));
    CHECK_FALSE(shown(second, u"templates"_s));
    CHECK(second.dockWidgetArea(dock(second, u"accounts"_s)) == Qt::LeftDockWidgetArea);
    REQUIRE(second.layouts()->switchTo(op));
    CHECK_FALSE(shown(second, u"templates"_s));
    CHECK(shown(second, u"composer"_s));
    CHECK(authorColumnWidth(second) == 333);
}

TEST_CASE("Reset layout builds the current layout afresh and leaves the others alone",
          "[ui][layout]")
{
    fd::test::TempStore store;
    fd::test::TempSettings temp;
    MainWindow window(store.store(), temp.settings);
    fd::test::showExposed(window);

    dock(window, u"accounts"_s)->toggleViewAction()->trigger();
    REQUIRE(window.layouts()->switchTo(consoleLayouts::handoverId()));
    window.inbox()->setFloating(true);
    dock(window, u"templates"_s)->toggleViewAction()->trigger();
    window.addDockWidget(Qt::RightDockWidgetArea, dock(window, u"accounts"_s));
    CHECK(shown(window, u"templates"_s));

    window.resetLayoutAction()->trigger();
    CHECK_FALSE(window.inbox()->isFloating());
    CHECK(window.dockWidgetArea(window.inbox()) == Qt::LeftDockWidgetArea);
    CHECK(window.dockWidgetArea(dock(window, u"accounts"_s)) == Qt::LeftDockWidgetArea);
    CHECK_FALSE(shown(window, u"templates"_s));
    CHECK(window.inbox()->width() > window.centralWidget()->width());

    // The operator's layout still has the accounts put away.
    REQUIRE(window.layouts()->switchTo(consoleLayouts::operatorId()));
    CHECK_FALSE(shown(window, u"accounts"_s));
    window.resetLayoutAction()->trigger();
    CHECK(shown(window, u"accounts"_s));
}

TEST_CASE("Layouts saved under a name: save, overwrite, rename, delete", "[ui][layout]")
{
    fd::test::TempStore store;
    fd::test::TempSettings temp;
    const QString evening = LayoutManager::savedKey(u"Evening shift"_s);
    {
        MainWindow window(store.store(), temp.settings);
        fd::test::showExposed(window);
        QMenu *menu = window.layoutMenu()->menu();
        CHECK_FALSE(window.layoutMenu()->manageAction()->isEnabled());

        // The name must be usable before Save is.
        window.layoutMenu()->saveAsAction()->trigger();
        auto *dialog = openChild<fd::ui::LayoutNameDialog>(&window, u"layouts.saveAsDialog"_s);
        REQUIRE(dialog);
        CHECK_FALSE(dialog->canAccept());
        dialog->nameField()->setText(u"handover"_s);
        CHECK_FALSE(dialog->canAccept());
        CHECK(dialog->problemText().contains(u"built-in"_s));
        dialog->nameField()->setText(u"  Evening shift "_s);
        CHECK(dialog->canAccept());
        CHECK(dialog->problemText().isEmpty());
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();

        CHECK(window.layouts()->savedNames() == QStringList{u"Evening shift"_s});
        CHECK(window.layouts()->current() == evening);
        CHECK(window.layoutMenu()->button()->text() == u"Evening shift"_s);
        CHECK(menuTexts(menu).contains(u"Evening shift"_s));
        CHECK(layoutAction(window, evening)->isChecked());
        CHECK(window.layoutMenu()->manageAction()->isEnabled());

        // The same name again asks before replacing it.
        window.inbox()->toggleViewAction()->trigger();
        saveAsThroughDialog(window, u"evening SHIFT"_s);
        auto *ask = openChild<QMessageBox>(&window, u"layouts.confirmOverwrite"_s);
        REQUIRE(ask);
        CHECK(ask->text().contains(u"Evening shift"_s));
        ask->button(QMessageBox::Cancel)->click();
        CHECK(window.layouts()->savedNames() == QStringList{u"Evening shift"_s});
        saveAsThroughDialog(window, u"evening SHIFT"_s);
        ask = openChild<QMessageBox>(&window, u"layouts.confirmOverwrite"_s);
        REQUIRE(ask);
        ask->button(QMessageBox::Yes)->click();
        CHECK(window.layouts()->savedNames() == QStringList{u"evening SHIFT"_s});
        REQUIRE(window.layouts()->rename(u"evening shift"_s, u"Evening shift"_s));

        // Switching away and back brings it back as saved: without the inbox.
        REQUIRE(window.layouts()->switchTo(consoleLayouts::operatorId()));
        CHECK(shown(window, u"inbox"_s));
        layoutAction(window, evening)->trigger();
        CHECK_FALSE(shown(window, u"inbox"_s));
        // Its Reset goes back to how it was saved.
        window.inbox()->toggleViewAction()->trigger();
        window.resetLayoutAction()->trigger();
        CHECK_FALSE(shown(window, u"inbox"_s));
        window.close();
    }

    MainWindow window(store.store(), temp.settings);
    fd::test::showExposed(window);
    CHECK(window.layouts()->current() == evening);
    CHECK_FALSE(shown(window, u"inbox"_s));
    CHECK(menuTexts(window.layoutMenu()->menu()).contains(u"Evening shift"_s));

    // Manage: rename, then delete; the window goes back to the layout it was made from.
    window.layoutMenu()->manageAction()->trigger();
    auto *manage = window.findChild<fd::ui::LayoutsDialog *>(u"layouts.manage"_s);
    REQUIRE(manage);
    CHECK(manage->list()->count() == 1);
    CHECK(manage->selectedName() == u"Evening shift"_s);
    manage->renameButton()->click();
    auto *rename = openChild<fd::ui::LayoutNameDialog>(manage, u"layouts.renameDialog"_s);
    REQUIRE(rename);
    rename->nameField()->setText(u"Operator"_s);
    CHECK_FALSE(rename->canAccept());
    rename->nameField()->setText(u"Night & weekend"_s);
    rename->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    CHECK(window.layouts()->savedNames() == QStringList{u"Night & weekend"_s});
    CHECK(window.layouts()->current() == LayoutManager::savedKey(u"Night & weekend"_s));
    CHECK(window.layoutMenu()->button()->text() == u"Night && weekend"_s);
    CHECK(manage->list()->item(0)->text() == u"Night & weekend"_s);
    CHECK(window.layoutMenu()->actionFor(evening) == nullptr);

    manage->deleteButton()->click();
    auto *confirm = openChild<QMessageBox>(manage, u"layouts.confirmDelete"_s);
    REQUIRE(confirm);
    confirm->button(QMessageBox::Yes)->click();
    CHECK(window.layouts()->savedNames().isEmpty());
    CHECK(manage->list()->count() == 0);
    CHECK(window.layouts()->current() == consoleLayouts::operatorId());
    CHECK(layoutAction(window, consoleLayouts::operatorId())->isChecked());
    CHECK(shown(window, u"inbox"_s));
    CHECK(menuTexts(window.layoutMenu()->menu()).filter(u"Night"_s).isEmpty());
    CHECK_FALSE(window.layoutMenu()->manageAction()->isEnabled());
}

TEST_CASE("Layouts of another version are discarded, the old single layout is taken over",
          "[ui][layout]")
{
    fd::test::TempStore store;
    QByteArray oldState;
    QByteArray oldHeader;
    {
        fd::test::TempSettings scratch;
        MainWindow window(store.store(), scratch.settings);
        window.inbox()->hide();
        window.inbox()->view()->header()->resizeSection(fd::ui::ItemFeedModel::AuthorColumn, 321);
        oldState = window.saveState(fd::ui::DockRegistry::layoutVersion);
        oldHeader = window.inbox()->saveHeaderState();
    }

    SECTION("the window's one state from before layouts")
    {
        fd::test::TempSettings temp;
        temp.settings.setValue(u"window/state"_s, oldState);
        temp.settings.setValue(u"inbox/header"_s, oldHeader);
        MainWindow window(store.store(), temp.settings);
        fd::test::showExposed(window);
        CHECK(window.layouts()->current() == consoleLayouts::operatorId());
        CHECK_FALSE(shown(window, u"inbox"_s));
        CHECK(authorColumnWidth(window) == 321);
        CHECK_FALSE(temp.settings.contains(u"window/state"_s));
        CHECK_FALSE(temp.settings.contains(u"inbox/header"_s));
    }

    SECTION("states of another version, or unreadable ones")
    {
        fd::test::TempSettings temp;
        temp.settings.setValue(u"layouts/v0/current"_s, u"handover"_s);
        temp.settings.setValue(u"layouts/v0/builtin/operator"_s, oldState);
        temp.settings.setValue(u"layouts/v1/builtin/operator"_s, QByteArray("not a layout"));
        temp.settings.setValue(u"layouts/v1/current"_s, u"saved:Gone"_s);
        MainWindow window(store.store(), temp.settings);
        fd::test::showExposed(window);
        CHECK(window.layouts()->current() == consoleLayouts::operatorId());
        CHECK(shown(window, u"inbox"_s));
        CHECK(shown(window, u"templates"_s));
        CHECK_FALSE(temp.settings.contains(u"layouts/v0/current"_s));
    }
}

TEST_CASE("A dock added later finds its place in each layout", "[ui][layout]")
{
    fd::test::TempStore store;
    fd::test::TempSettings temp;
    MainWindow window(store.store(), temp.settings);
    fd::test::showExposed(window);

    // A handover panel: only in the handover layout, on the right.
    auto *panel = new QDockWidget(u"Shift"_s, &window);
    panel->setObjectName(u"dock.shift"_s);
    window.docks()->place(consoleLayouts::operatorId(), panel->objectName(),
                          fd::ui::DockPlacement::in(Qt::RightDockWidgetArea).hidden());
    window.docks()->place(consoleLayouts::handoverId(), panel->objectName(),
                          fd::ui::DockPlacement::in(Qt::RightDockWidgetArea).withWidth(25));
    window.docks()->add(panel, Qt::RightDockWidgetArea);

    window.resetLayoutAction()->trigger();
    CHECK_FALSE(panel->isVisibleTo(&window));
    REQUIRE(window.layouts()->switchTo(consoleLayouts::handoverId()));
    CHECK(panel->isVisibleTo(&window));
    CHECK(window.dockWidgetArea(panel) == Qt::RightDockWidgetArea);
    REQUIRE(window.layouts()->switchTo(consoleLayouts::operatorId()));
    CHECK_FALSE(panel->isVisibleTo(&window));
}
