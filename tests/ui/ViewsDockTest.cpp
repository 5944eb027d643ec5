// The Views dock: built-in and saved views with their unread badges, applying, saving,
// replacing, renaming, deleting and watching them.
#include "VariedInbox.h"

#include "InboxDock.h"
#include "ItemFeedModel.h"
#include "MainWindow.h"
#include "Notifier.h"
#include "TriageActions.h"
#include "ViewListModel.h"
#include "ViewsDock.h"
#include "console/ConsoleQueries.h"
#include "console/InboxActions.h"
#include "store/ItemFilterJson.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::feedIds;
using fd::ui::ViewListModel;
using fd::ui::ViewsDock;

namespace {

QStringList names(const ViewListModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, ViewListModel::NameColumn).data().toString();
    return out;
}

int rowNamed(const ViewListModel &model, const QString &name)
{
    return int(names(model).indexOf(name));
}

QList<SavedView> savedViews(fd::test::VariedInbox &f)
{
    const auto views = ConsoleQueries(fd::test::readerOf(f.w.store)).savedViews();
    REQUIRE(views.ok());
    return *views;
}

void clickRow(ViewsDock *views, int row)
{
    QTreeView *list = views->view();
    list->scrollTo(views->model()->index(row, 0));
    const QRect rect = list->visualRect(views->model()->index(row, ViewListModel::NameColumn));
    REQUIRE(rect.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
}

template <typename Box>
Box *openDialog(ViewsDock *views, const QString &name)
{
    Box *box = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (box = views->findChild<Box *>(name)) != nullptr; }));
    return box;
}

void answer(QMessageBox *box, QMessageBox::StandardButton button)
{
    box->button(button)->click();
    QCoreApplication::processEvents();
}

// The window on the varied inbox, with its Views dock and the dock's list under the model tester.
struct ViewsWindow
{
    fd::test::VariedInbox f;
    fd::test::ModelTesterLog log;
    fd::ui::MainWindow &window = f.open();
    ViewsDock *views = window.views();
    QAbstractItemModelTester tester{views->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning};
    const ViewListModel &model = *views->model();
};

} // namespace

TEST_CASE("Saved filters come back as a view after a restart", "[ui][views]")
{
    fd::test::VariedInbox f;
    fd::test::ModelTesterLog log;
    ItemFilter saved;
    const QString name = u"Непрочитанные комментарии"_s;
    {
        fd::ui::MainWindow &window = f.open();
        ViewsDock *views = window.views();
        REQUIRE(views);
        QAbstractItemModelTester tester(views->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        CHECK(views->objectName() == u"dock.views"_s);
        CHECK(window.dockWidgetArea(views) == Qt::LeftDockWidgetArea);
        CHECK(views->isVisible());
        const ViewListModel &model = *views->model();
        CHECK(names(model) ==
              QStringList{u"All items"_s, u"Unanswered"_s, u"Assigned to me"_s, u"Unread"_s});
        CHECK(model.activeRow() == 0);
        CHECK(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());

        // Filters of no view: nothing is marked.
        auto *kind = window.inbox()->findChild<QComboBox *>(u"inbox.kind"_s);
        REQUIRE(kind);
        kind->setCurrentIndex(kind->findText(u"Comment"_s));
        CHECK(window.inbox()->filterFromBar().kinds == QList<ItemKind>{ItemKind::Comment});
        window.inbox()->setFilter([&] {
            ItemFilter filter = window.inbox()->filterFromBar();
            filter.unreadOnly = true;
            return filter;
        }());
        CHECK(model.activeRow() == -1);
        saved = window.inbox()->filterFromBar();

        QSignalSpy changed(views, &ViewsDock::viewsChanged);
        fd::test::Awaited next(changed);
        views->saveAction()->trigger();
        auto *ask = openDialog<QInputDialog>(views, u"views.nameDialog"_s);
        ask->setTextValue(name);
        ask->accept();
        REQUIRE(next.next());
        const int row = rowNamed(model, name);
        REQUIRE(row == 4);
        CHECK(model.activeRow() == row);
        const QList<SavedView> stored = savedViews(f);
        REQUIRE(stored.size() == 1);
        CHECK(stored[0].name == name);
        CHECK(filterFromJson(stored[0].filterJson) == saved);

        // A click on a view shows it.
        clickRow(views, 0);
        CHECK(window.feed()->filter() == ItemFilter{});
        CHECK(model.activeRow() == 0);
        clickRow(views, 1);
        ItemFilter unanswered;
        unanswered.unansweredOnly = true;
        CHECK(window.inbox()->filterFromBar() == unanswered);
        CHECK(feedIds(*window.feed()) == f.storeSays(unanswered));
        CHECK(model.activeRow() == 1);
        window.close();
    }
    f.w.window.reset();

    fd::ui::MainWindow &again = f.w.open();
    fd::test::showExposed(again);
    ViewsDock *views = again.views();
    QAbstractItemModelTester tester(views->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    const int row = rowNamed(*views->model(), name);
    REQUIRE(row >= 0);
    // Enter on a view shows it.
    views->view()->setCurrentIndex(views->model()->index(row, 0));
    QTest::keyClick(views->view(), Qt::Key_Return);
    CHECK(again.inbox()->filterFromBar() == saved);
    CHECK(again.feed()->filter() == saved);
    CHECK(feedIds(*again.feed()) == f.storeSays(saved));
    CHECK(views->model()->activeRow() == row);

    // Alt+1…9 reach the views by their place; the shortcut sheet lists them.
    REQUIRE(views->numberActions().size() == 9);
    CHECK(views->numberActions().at(0)->shortcut() == QKeySequence(Qt::ALT | Qt::Key_1));
    CHECK(views->numberActions().at(0)->text() == u"Show view “All items”"_s);
    CHECK_FALSE(views->numberActions().at(6)->isVisible()); // five views: no seventh
    views->numberActions().at(0)->trigger();
    CHECK(again.feed()->filter() == ItemFilter{});
    const QString sheet = again.triage()->shortcutSheet();
    CHECK(sheet.contains(u"\nViews\n"_s));
    CHECK(sheet.contains(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V).toString(QKeySequence::NativeText)));
    CHECK(sheet.contains(u"Show view “Unread”"_s));
    CHECK_FALSE(sheet.contains(u"Show view 7"_s));
    views->focusAction()->trigger();
    CHECK(views->view()->currentIndex().isValid());

    INFO(fd::test::ModelTesterLog::failures().toStdString());
    CHECK(fd::test::ModelTesterLog::failures().isEmpty());
}

TEST_CASE_METHOD(ViewsWindow, "Unread badges count what the store counts and follow it",
                 "[ui][views]")
{
    // Counted once the dock is on screen.
    REQUIRE(QTest::qWaitFor([&] { return model.unreadAt(0) >= 0; }, 5000));
    const ItemQueries queries(fd::test::readerOf(f.w.store));
    for (int row = 0; row < model.rowCount(); ++row) {
        ItemFilter unread = model.viewAt(row)->filter;
        unread.unreadOnly = true;
        INFO(model.viewAt(row)->name.toStdString());
        CHECK(model.unreadAt(row) == *queries.countUpTo(unread, ViewListModel::badgeCap));
    }
    CHECK(model.index(0, ViewListModel::UnreadColumn).data().toString() == u"8"_s);
    CHECK(model.index(1, ViewListModel::UnreadColumn).data().toString() == u"6"_s);
    CHECK(model.index(2, ViewListModel::UnreadColumn).data().toString() == u"2"_s);
    CHECK(model.index(3, ViewListModel::UnreadColumn).data().toString() == u"8"_s);
    CHECK(ViewListModel::badge(0).isEmpty());
    CHECK(ViewListModel::badge(998) == u"998"_s);
    CHECK(ViewListModel::badge(999) == u"999+"_s);

    // An item read: the badges say so after the next look at the store.
    QSignalSpy counted(views, &ViewsDock::countsUpdated);
    REQUIRE(fd::test::resultOf(window.actions().markRead({f.items[4]}, true)).ok());
    REQUIRE(window.checkForChanges());
    REQUIRE(QTest::qWaitFor([&] { return counted.count() > 0; }, 5000));
    CHECK(model.index(0, ViewListModel::UnreadColumn).data().toString() == u"7"_s);
    CHECK(model.index(2, ViewListModel::UnreadColumn).data().toString() == u"1"_s);

    // Hidden, the dock does not count; shown again, it catches up.
    views->hide();
    const int before = int(counted.count());
    REQUIRE(fd::test::resultOf(window.actions().markRead({f.items[3]}, true)).ok());
    REQUIRE(window.checkForChanges());
    CHECK(counted.count() == before);
    CHECK(model.index(2, ViewListModel::UnreadColumn).data().toString() == u"1"_s);
    views->show();
    REQUIRE(QTest::qWaitFor([&] { return counted.count() > before; }, 5000));
    CHECK(model.index(2, ViewListModel::UnreadColumn).data().toString().isEmpty());

    INFO(fd::test::ModelTesterLog::failures().toStdString());
    CHECK(fd::test::ModelTesterLog::failures().isEmpty());
}

TEST_CASE_METHOD(ViewsWindow, "A taken name asks before replacing; views are renamed and deleted",
                 "[ui][views]")
{
    QSignalSpy changed(views, &ViewsDock::viewsChanged);
    fd::test::Awaited next(changed);

    ItemFilter vip;
    vip.tagIds = {f.vip};
    window.inbox()->setFilter(vip);
    views->saveCurrentAs(u"VIP"_s);
    REQUIRE(next.next());
    ItemFilter complaints;
    complaints.search = u"question"_s;
    window.inbox()->setFilter(complaints);
    views->saveCurrentAs(u"Жалобы"_s);
    REQUIRE(next.next());
    CHECK(names(model).mid(model.rowCount() - 2) == QStringList{u"VIP"_s, u"Жалобы"_s});

    // The same name in another case, in any alphabet: asked first; Cancel keeps the view.
    ItemFilter comments;
    comments.kinds = {ItemKind::Comment};
    window.inbox()->setFilter(comments);
    views->saveCurrentAs(u"жАЛОБЫ"_s);
    auto *ask = openDialog<QMessageBox>(views, u"views.confirmReplace"_s);
    CHECK(ask->text() == u"There is already a view called “Жалобы”."_s);
    answer(ask, QMessageBox::Cancel);
    CHECK(filterFromJson(savedViews(f).at(1).filterJson) == complaints);

    views->saveCurrentAs(u"vip"_s);
    ask = openDialog<QMessageBox>(views, u"views.confirmReplace"_s);
    answer(ask, QMessageBox::Yes);
    REQUIRE(next.next());
    QList<SavedView> stored = savedViews(f);
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].name == u"VIP"_s);
    CHECK(filterFromJson(stored[0].filterJson) == comments);
    CHECK(model.activeRow() == rowNamed(model, u"VIP"_s));

    // Renamed in place (F2); a taken name is refused and said so.
    const QModelIndex vipName = model.index(rowNamed(model, u"VIP"_s), ViewListModel::NameColumn);
    CHECK(model.flags(vipName).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));
    views->model()->setData(vipName, u"Комментарии"_s);
    REQUIRE(next.next());
    CHECK(savedViews(f).at(0).name == u"Комментарии"_s);
    QSignalSpy failed(views, &ViewsDock::failed);
    views->renameView(stored[0].id, u"ЖАЛОБЫ"_s);
    REQUIRE(QTest::qWaitFor([&] { return failed.count() == 1; }, 5000));
    CHECK(views->messageText() == u"There is already a view called \"ЖАЛОБЫ\"."_s);
    CHECK(savedViews(f).at(0).name == u"Комментарии"_s);

    // Deleted after a question; built-in views cannot be.
    views->view()->setCurrentIndex(model.index(0, 0));
    CHECK_FALSE(views->deleteAction()->isEnabled());
    views->view()->setCurrentIndex(model.index(rowNamed(model, u"Жалобы"_s), 0));
    CHECK(views->deleteAction()->isEnabled());
    views->deleteAction()->trigger();
    ask = openDialog<QMessageBox>(views, u"views.confirmDelete"_s);
    CHECK(ask->text() == u"Delete the view “Жалобы”?"_s);
    answer(ask, QMessageBox::Yes);
    REQUIRE(next.next());
    stored = savedViews(f);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].name == u"Комментарии"_s);
    CHECK(rowNamed(model, u"Жалобы"_s) == -1);

    INFO(fd::test::ModelTesterLog::failures().toStdString());
    CHECK(fd::test::ModelTesterLog::failures().isEmpty());
}

TEST_CASE("A watched view announces its new items and no others", "[ui][views][notify]")
{
    fd::test::VariedInbox f;
    fd::ui::MainWindow &window = f.open();
    ViewsDock *views = window.views();
    const ViewListModel &model = *views->model();
    QSignalSpy changed(views, &ViewsDock::viewsChanged);
    fd::test::Awaited next(changed);
    ItemFilter community;
    community.accountIds = {f.community};
    window.inbox()->setFilter(community);
    views->saveCurrentAs(u"Community"_s);
    REQUIRE(next.next());
    const int row = rowNamed(model, u"Community"_s);
    CHECK(model.index(row, ViewListModel::NotifyColumn).data(Qt::CheckStateRole) ==
          QVariant(Qt::Unchecked));
    CHECK(model.index(0, ViewListModel::NotifyColumn).data(Qt::CheckStateRole).isNull());
    // Ticked in the list.
    views->model()->setData(model.index(row, ViewListModel::NotifyColumn), Qt::Checked,
                            Qt::CheckStateRole);
    REQUIRE(next.next());
    CHECK(savedViews(f).at(0).watched);
    REQUIRE(window.notifier()->watchedViews().size() == 1);

    QStringList shown;
    window.notifier()->setPresenter(
        [&](const QString &title, const QString &text) { shown << title + u": "_s + text; });
    qint64 at = 1767300000;
    const auto arrive = [&](qint64 account, const QString &id, const QString &text) {
        at += 60;
        REQUIRE(fd::test::ingest(f.w.store.store(), {account,
                                                     {fd::test::makeItem(id, text, u"n-"_s + id,
                                                                         u"Вера Соколова"_s, at)},
                                                     {},
                                                     {}})
                    .ok());
        REQUIRE(window.checkForChanges());
    };
    arrive(f.shopBot, u"t1"_s, u"Not in the view"_s);
    CHECK(shown.isEmpty());
    arrive(f.community, u"v1"_s, u"Где мой заказ?"_s);
    REQUIRE(shown.size() == 1);
    CHECK(shown[0] == u"New in “Community”: Вера Соколова on Community: Где мой заказ?"_s);

    // Not watched any more: every new customer item is announced again.
    views->view()->setCurrentIndex(model.index(row, 0));
    REQUIRE(views->watchAction()->isChecked());
    views->watchAction()->trigger();
    REQUIRE(next.next());
    CHECK(window.notifier()->watchedViews().isEmpty());
    arrive(f.shopBot, u"t2"_s, u"Ау?"_s);
    REQUIRE(shown.size() == 2);
    CHECK(shown[1] == u"Вера Соколова on Shop bot: Ау?"_s);
}
