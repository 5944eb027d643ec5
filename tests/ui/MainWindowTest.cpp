#include "UiTestSupport.h"

#include "ConversationView.h"
#include "DockRegistry.h"
#include "InboxDock.h"
#include "ItemFeedModel.h"
#include "MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using fd::core::Platform;
using fd::ui::DockRegistry;
using fd::ui::MainWindow;

namespace {

QMenu *menuTitled(MainWindow &window, const QString &title)
{
    const auto actions = window.menuBar()->actions();
    for (QAction *action : actions) {
        if (action->menu() && action->text() == title)
            return action->menu();
    }
    return nullptr;
}

QAction *actionTitled(QMenu *menu, const QString &text)
{
    const auto actions = menu->actions();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

QLabel *emptyStateOf(MainWindow &window)
{
    return window.inbox()->findChild<QLabel *>(u"inbox.emptyText"_s);
}

} // namespace

TEST_CASE("The main window shows the store's items and counts", "[ui][mainwindow]")
{
    fd::test::TempStore store;
    const qint64 account = store.addAccount(Platform::Telegram, u"Shop bot"_s);
    const QList<qint64> ids = fd::test::fillInbox(store, account, 30);
    fd::test::setStatus(store, ids.mid(0, 4), fd::core::ItemStatus::Closed);
    fd::test::TempSettings temp;

    MainWindow window(store.store(), temp.settings);
    fd::test::showExposed(window);

    CHECK(window.windowTitle() == u"store.db — Frontdesk"_s);
    CHECK(window.inbox()->objectName() == u"dock.inbox"_s);
    CHECK(window.inbox()->view()->model()->rowCount() == 30);
    CHECK_FALSE(emptyStateOf(window)->isVisible());
    CHECK(window.countsText() == u"30 items · 26 new"_s);
    const auto *storeLabel = window.statusBar()->findChild<QLabel *>(u"status.store"_s);
    REQUIRE(storeLabel);
    CHECK(storeLabel->text().contains(store.path()));

    QMenu *file = menuTitled(window, u"&File"_s);
    REQUIRE(file);
    QAction *refresh = actionTitled(file, u"&Refresh"_s);
    REQUIRE(refresh);
    CHECK(refresh->shortcut() == QKeySequence(Qt::Key_F5));
    CHECK(actionTitled(file, u"&Quit"_s));
    CHECK(menuTitled(window, u"&Settings"_s));
    CHECK(menuTitled(window, u"&Help"_s));

    // Choosing an item opens its conversation.
    const qint64 itemId = ids.at(20);
    REQUIRE(window.inbox()->selectItem(itemId));
    CHECK(window.conversation()->focusItemId() == itemId);
    CHECK(window.conversation()->threadId() ==
          window.feed()->itemAt(window.feed()->rowOfItem(itemId))->item.threadId);
    // Item 20 is from the seventh author, whose dialog holds items 6, 13, 20 and 27.
    CHECK(window.conversation()->shownItems() == 4);
}

TEST_CASE("An empty store explains itself instead of showing a blank list", "[ui][mainwindow]")
{
    fd::test::TempStore store;
    fd::test::TempSettings temp;
    MainWindow window(store.store(), temp.settings);
    fd::test::showExposed(window);

    QLabel *empty = emptyStateOf(window);
    REQUIRE(empty);
    CHECK(empty->isVisible());
    CHECK(empty->text().startsWith(u"No items yet."_s));
    CHECK(empty->textFormat() == Qt::PlainText);
    CHECK(window.countsText() == u"0 items · 0 new"_s);

    const auto *conversationHint =
        window.conversation()->findChild<QLabel *>(u"conversation.emptyText"_s);
    REQUIRE(conversationHint);
    CHECK(conversationHint->isVisible());
    CHECK_FALSE(conversationHint->text().isEmpty());

    // A search that finds nothing says so, and offers the way back.
    const qint64 account = store.addAccount(Platform::Vk, u"Community"_s);
    fd::test::fillInbox(store, account, 3);
    REQUIRE(window.checkForChanges());
    CHECK_FALSE(empty->isVisible());
    window.inbox()->searchField()->setText(u"zzzz"_s);
    Q_EMIT window.inbox()->searchField()->returnPressed();
    CHECK(empty->isVisible());
    CHECK(empty->text() == u"Nothing matches these filters."_s);
}

TEST_CASE("The window follows commits made by other programs", "[ui][mainwindow]")
{
    fd::test::TempStore store;
    const qint64 account = store.addAccount(Platform::Telegram, u"Shop bot"_s);
    const QList<qint64> ids = fd::test::fillInbox(store, account, 10);
    fd::test::TempSettings temp;
    MainWindow window(store.store(), temp.settings);
    fd::test::showExposed(window);
    REQUIRE(window.inbox()->selectItem(ids.at(3)));

    CHECK_FALSE(window.checkForChanges());

    fd::core::IngestBatch batch;
    batch.accountId = account;
    batch.items.append(fd::test::makeItem(u"late"_s, u"Anyone there?"_s, u"u42"_s, u"Late Comer"_s,
                                          1767225600 + 3600));
    REQUIRE(fd::test::ingest(store.store(), batch).inserted == 1);

    CHECK(window.checkForChanges());
    CHECK(window.feed()->rowCount() == 11);
    CHECK(window.feed()->index(0, fd::ui::ItemFeedModel::TextColumn).data().toString() ==
          u"Anyone there?"_s);
    CHECK(window.countsText() == u"11 items · 11 new"_s);
    CHECK(window.inbox()->currentItemId() == ids.at(3)); // the operator's place is kept
    CHECK_FALSE(window.checkForChanges());
}

TEST_CASE("Reset layout puts the docks back exactly as they were", "[ui][mainwindow][layout]")
{
    fd::test::TempStore store;
    fd::test::TempSettings temp;
    MainWindow window(store.store(), temp.settings);
    fd::test::showExposed(window);

    QMenu *view = menuTitled(window, u"&View"_s);
    REQUIRE(view);
    QAction *reset = actionTitled(view, u"&Reset layout"_s);
    REQUIRE(reset);
    CHECK(actionTitled(view, u"&Layout"_s));
    QAction *toggleInbox = actionTitled(view, u"Inbox"_s);
    REQUIRE(toggleInbox);
    CHECK(toggleInbox->isCheckable());
    CHECK(toggleInbox->isChecked());

    const QByteArray builtState = window.saveState(DockRegistry::layoutVersion);

    window.addDockWidget(Qt::RightDockWidgetArea, window.inbox());
    CHECK(window.dockWidgetArea(window.inbox()) == Qt::RightDockWidgetArea);
    toggleInbox->trigger();
    CHECK_FALSE(window.inbox()->isVisible());
    CHECK(window.saveState(DockRegistry::layoutVersion) != builtState);

    reset->trigger();
    CHECK(window.inbox()->isVisible());
    CHECK(toggleInbox->isChecked());
    CHECK(window.dockWidgetArea(window.inbox()) == Qt::LeftDockWidgetArea);
    CHECK(window.saveState(DockRegistry::layoutVersion) == builtState);

    window.inbox()->setFloating(true);
    reset->trigger();
    CHECK_FALSE(window.inbox()->isFloating());
    CHECK(window.saveState(DockRegistry::layoutVersion) == builtState);
}

TEST_CASE("The layout and size are kept from one session to the next", "[ui][mainwindow][layout]")
{
    fd::test::TempStore store;
    fd::test::TempSettings temp;
    QSize size;
    {
        MainWindow first(store.store(), temp.settings);
        fd::test::showExposed(first);
        first.resize(1000, 700);
        first.inbox()->hide();
        size = first.size();
        first.close(); // closing saves
    }
    CHECK(temp.settings.contains(u"layouts/v1/builtin/operator"_s));
    CHECK(temp.settings.value(u"layouts/v1/current"_s).toString() == u"operator"_s);
    CHECK(temp.settings.contains(u"window/geometry"_s));

    MainWindow second(store.store(), temp.settings);
    CHECK(second.inbox()->isHidden());
    fd::test::showExposed(second);
    CHECK_FALSE(second.inbox()->isVisible());
    CHECK(second.size() == size);
    QAction *toggleInbox = second.inbox()->toggleViewAction();
    CHECK_FALSE(toggleInbox->isChecked());

    // And back: shown again, it is shown again next time.
    toggleInbox->trigger();
    CHECK(second.inbox()->isVisible());
    second.close();
    MainWindow third(store.store(), temp.settings);
    fd::test::showExposed(third);
    CHECK(third.inbox()->isVisible());
}

TEST_CASE("The search waits until the user stops typing", "[ui][mainwindow]")
{
    fd::test::TempStore store;
    const qint64 account = store.addAccount(Platform::Telegram, u"Shop bot"_s);
    fd::test::fillInbox(store, account, 50);
    fd::test::TempSettings temp;
    MainWindow window(store.store(), temp.settings);
    fd::test::showExposed(window);

    QSignalSpy searched(window.feed(), &QAbstractItemModel::modelReset);
    QTest::keyClicks(window.inbox()->searchField(), u"refund"_s);
    // Nothing is searched while the user is typing…
    CHECK(searched.count() == 0);
    // …and once they pause, the feed shows what matches.
    REQUIRE(searched.wait(5000));
    CHECK(searched.count() == 1);
    CHECK(window.feed()->filter().search == u"refund"_s);
    CHECK(window.feed()->rowCount() == 5);
}
