#include "UiTestSupport.h"

#include "ConversationView.h"
#include "DockRegistry.h"
#include "InboxDock.h"
#include "ItemFeedModel.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
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

// The entry for `column` in the inbox header's column menu, as filled when it last opened.
QAction *columnEntry(fd::ui::InboxDock *inbox, int column)
{
    const QString title = inbox->model()->headerData(column, Qt::Horizontal).toString();
    return actionTitled(inbox->columnsMenu(), title);
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

TEST_CASE("Right-clicking the inbox header chooses its columns, and the choice is kept",
          "[ui][mainwindow][layout]")
{
    using fd::ui::ItemFeedModel;
    fd::test::TempStore store;
    fd::test::TempSettings temp;
    {
        MainWindow window(store.store(), temp.settings);
        fd::test::showExposed(window);
        QHeaderView *header = window.inbox()->view()->header();
        // A new layout: reach and assignee shown; city, post and the comment answered a click
        // away.
        for (int column = 0; column < ItemFeedModel::ColumnCount; ++column) {
            INFO("column " << column);
            CHECK(header->isSectionHidden(column) ==
                  fd::ui::InboxDock::defaultHiddenColumns().contains(column));
        }
        CHECK(header->isSectionHidden(ItemFeedModel::CityColumn));
        CHECK(header->isSectionHidden(ItemFeedModel::PostColumn));
        CHECK(header->isSectionHidden(ItemFeedModel::ParentColumn));
        CHECK_FALSE(header->isSectionHidden(ItemFeedModel::FollowersColumn));
        CHECK_FALSE(header->isSectionHidden(ItemFeedModel::AssigneeColumn));
        CHECK(header->sectionResizeMode(ItemFeedModel::TextColumn) == QHeaderView::Stretch);
        // Reach right after the name, the post after the text.
        CHECK(header->visualIndex(ItemFeedModel::FollowersColumn) ==
              header->visualIndex(ItemFeedModel::AuthorColumn) + 1);
        CHECK(header->visualIndex(ItemFeedModel::PostColumn) >
              header->visualIndex(ItemFeedModel::TextColumn));

        // The right-click shows every column, ticked when shown.
        const QPoint at(header->sectionViewportPosition(ItemFeedModel::TimeColumn) + 5,
                        header->height() / 2);
        QContextMenuEvent click(QContextMenuEvent::Mouse, at, header->viewport()->mapToGlobal(at));
        QApplication::sendEvent(header->viewport(), &click);
        QMenu *menu = window.inbox()->columnsMenu();
        REQUIRE(QTest::qWaitFor([menu] { return menu->isVisible(); }));
        for (int column = 0; column < ItemFeedModel::ColumnCount; ++column) {
            QAction *action = columnEntry(window.inbox(), column);
            INFO("column " << column);
            REQUIRE(action);
            CHECK(action->isCheckable());
            CHECK(action->isChecked() == !header->isSectionHidden(column));
        }
        // The text always shows.
        CHECK_FALSE(columnEntry(window.inbox(), ItemFeedModel::TextColumn)->isEnabled());

        columnEntry(window.inbox(), ItemFeedModel::CityColumn)->trigger();
        columnEntry(window.inbox(), ItemFeedModel::FollowersColumn)->trigger();
        menu->close();
        CHECK_FALSE(header->isSectionHidden(ItemFeedModel::CityColumn));
        CHECK(header->sectionSize(ItemFeedModel::CityColumn) > 0);
        CHECK(header->isSectionHidden(ItemFeedModel::FollowersColumn));
        window.close(); // closing saves
    }

    // The next session shows the same columns, until the layout is reset.
    MainWindow second(store.store(), temp.settings);
    fd::test::showExposed(second);
    QHeaderView *header = second.inbox()->view()->header();
    CHECK_FALSE(header->isSectionHidden(ItemFeedModel::CityColumn));
    CHECK(header->isSectionHidden(ItemFeedModel::FollowersColumn));
    second.resetLayoutAction()->trigger();
    CHECK(header->isSectionHidden(ItemFeedModel::CityColumn));
    CHECK_FALSE(header->isSectionHidden(ItemFeedModel::FollowersColumn));
    CHECK(header->sectionResizeMode(ItemFeedModel::TextColumn) == QHeaderView::Stretch);

    // So does the menu's own reset.
    QMenu *menu = second.inbox()->columnsMenu();
    Q_EMIT menu->aboutToShow();
    columnEntry(second.inbox(), ItemFeedModel::ParentColumn)->trigger();
    CHECK_FALSE(header->isSectionHidden(ItemFeedModel::ParentColumn));
    Q_EMIT menu->aboutToShow();
    QAction *reset = actionTitled(menu, u"Reset columns"_s);
    REQUIRE(reset);
    reset->trigger();
    CHECK(header->isSectionHidden(ItemFeedModel::ParentColumn));
}

TEST_CASE("The response target is set in the preferences and used by the inbox",
          "[ui][mainwindow][sla]")
{
    fd::test::WindowOnStore on;
    MainWindow &window = on.open();
    CHECK(window.feed()->responseTarget() == 15);

    QAction *preferences = window.findChild<QAction *>(u"action.preferences"_s);
    REQUIRE(preferences);
    bool answered = false;
    QTimer::singleShot(0, &window, [&answered] {
        auto *dialog = qobject_cast<fd::ui::PreferencesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *target = dialog->findChild<QSpinBox *>(u"preferences.responseTarget"_s);
        if (!target)
            return;
        answered = target->value() == 15 && target->minimum() == 1 && target->maximum() == 1440 &&
                   target->suffix() == u" min"_s;
        target->setValue(45);
        dialog->accept();
    });
    preferences->trigger();
    CHECK(answered);
    CHECK(window.feed()->responseTarget() == 45);
    CHECK(on.temp.settings.value(u"sla/targetMinutes"_s).toInt() == 45);

    // The next start takes it from the settings; nonsense there falls back within bounds.
    on.window.reset();
    CHECK(on.open().feed()->responseTarget() == 45);
    on.temp.settings.setValue(u"sla/targetMinutes"_s, 100000);
    CHECK(fd::ui::PreferencesDialog::responseTarget(on.temp.settings) == 1440);
    on.temp.settings.setValue(u"sla/targetMinutes"_s, 0);
    CHECK(fd::ui::PreferencesDialog::responseTarget(on.temp.settings) == 1);
    on.temp.settings.setValue(u"sla/targetMinutes"_s, u"soon"_s);
    CHECK(fd::ui::PreferencesDialog::responseTarget(on.temp.settings) == 15);
}

TEST_CASE("Column widths saved before the newer columns existed are kept",
          "[ui][mainwindow][layout]")
{
    using fd::ui::ItemFeedModel;
    // The header as the inbox saved it with its first seven columns (Time … Tags).
    QStandardItemModel older(0, ItemFeedModel::TagsColumn + 1);
    QTreeView olderView;
    olderView.setModel(&older);
    QHeaderView *olderHeader = olderView.header();
    olderHeader->setStretchLastSection(false);
    olderHeader->resizeSection(ItemFeedModel::ChannelColumn, 222);
    olderHeader->resizeSection(ItemFeedModel::TagsColumn, 111);
    olderHeader->setSectionResizeMode(ItemFeedModel::TextColumn, QHeaderView::Stretch);
    olderHeader->hideSection(ItemFeedModel::KindColumn);

    fd::test::WindowOnStore on;
    on.temp.settings.setValue(u"inbox/header"_s, olderHeader->saveState());
    MainWindow &window = on.open();
    QHeaderView *header = window.inbox()->view()->header();
    CHECK(header->sectionSize(ItemFeedModel::ChannelColumn) == 222);
    CHECK(header->sectionSize(ItemFeedModel::TagsColumn) == 111);
    CHECK(header->isSectionHidden(ItemFeedModel::KindColumn));
    CHECK(header->sectionResizeMode(ItemFeedModel::TextColumn) == QHeaderView::Stretch);
    // The newer columns where a new layout has them, shown or left out as it does.
    CHECK(header->visualIndex(ItemFeedModel::FollowersColumn) ==
          header->visualIndex(ItemFeedModel::AuthorColumn) + 1);
    CHECK(header->visualIndex(ItemFeedModel::PostColumn) ==
          header->visualIndex(ItemFeedModel::TextColumn) + 1);
    CHECK(header->visualIndex(ItemFeedModel::CityColumn) ==
          header->visualIndex(ItemFeedModel::FollowersColumn) + 1);
    CHECK(header->visualIndex(ItemFeedModel::AssigneeColumn) ==
          header->visualIndex(ItemFeedModel::TagsColumn) + 1);
    CHECK(header->isSectionHidden(ItemFeedModel::CityColumn));
    CHECK(header->isSectionHidden(ItemFeedModel::ParentColumn));
    CHECK_FALSE(header->isSectionHidden(ItemFeedModel::FollowersColumn));
    CHECK_FALSE(header->isSectionHidden(ItemFeedModel::AssigneeColumn));
    CHECK(header->sectionResizeMode(ItemFeedModel::PostColumn) == QHeaderView::Interactive);
}
