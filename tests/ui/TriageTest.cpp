// Keyboard triage in the main window: next / previous, close, close without reply, reopen,
// read / unread, on one item or a selection, as an operator presses the keys.
#include "UiTestSupport.h"

#include "AssignMenu.h"
#include "InboxDock.h"
#include "ItemFeedModel.h"
#include "MainWindow.h"
#include "TriageActions.h"
#include "console/InboxActions.h"
#include "store/ItemQueries.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using fd::core::ItemStatus;
using fd::core::Platform;

namespace {

struct Window : fd::test::WindowOnStore
{
    Window()
    {
        account = store.addAccount(Platform::Telegram, u"Shop bot"_s);
        ids = fd::test::fillInbox(store, account, 12);
        fd::test::showExposed(open());
        view()->setFocus();
    }
    QTreeView *view() const { return window->inbox()->view(); }
    // The store's word on an item.
    fd::core::ItemRow row(qint64 id)
    {
        const auto r = fd::core::ItemQueries(*store->reader()).item(id);
        REQUIRE(r.ok());
        return *r;
    }
    bool settle(const std::function<bool()> &condition)
    {
        // Once the store shows it, the window is made to look: a look taken before the commit
        // landed would leave the rows behind the store.
        return QTest::qWaitFor([&] {
            if (!condition())
                return false;
            window->checkForChanges();
            return true;
        });
    }
    qint64 currentId() const { return window->inbox()->currentItemId(); }

    qint64 account = 0;
    QList<qint64> ids;
};

} // namespace

TEST_CASE("J and K walk the feed, E closes, Shift+E closes without reply, Shift+O reopens",
          "[ui][triage]")
{
    Window w;
    QTest::keyClick(w.view(), Qt::Key_J);
    const qint64 first = w.currentId();
    REQUIRE(first != 0);
    QTest::keyClick(w.view(), Qt::Key_J);
    const qint64 second = w.currentId();
    CHECK(second != first);
    QTest::keyClick(w.view(), Qt::Key_K);
    CHECK(w.currentId() == first);

    QTest::keyClick(w.view(), Qt::Key_E);
    REQUIRE(w.settle([&] { return w.row(first).item.status == ItemStatus::Closed; }));
    QTest::keyClick(w.view(), Qt::Key_J);
    QTest::keyClick(w.view(), Qt::Key_E, Qt::ShiftModifier);
    REQUIRE(w.settle([&] { return w.row(second).item.status == ItemStatus::Closed; }));
    const auto journal = fd::core::ItemQueries(*w.store->reader())
                             .journal({second, {}, u"item.closed_without_reply"_s}, 5);
    CHECK(journal->size() == 1);

    QTest::keyClick(w.view(), Qt::Key_O, Qt::ShiftModifier);
    REQUIRE(w.settle([&] { return w.row(second).item.status == ItemStatus::Open; }));
}

TEST_CASE("Actions work on the whole selection", "[ui][triage]")
{
    Window w;
    QTest::keyClick(w.view(), Qt::Key_J);
    QTest::keyClick(w.view(), Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(w.view(), Qt::Key_Down, Qt::ShiftModifier);
    const QList<qint64> selected = w.window->triage()->selectedItemIds();
    REQUIRE(selected.size() == 3);
    QTest::keyClick(w.view(), Qt::Key_E);
    REQUIRE(w.settle([&] {
        for (qint64 id : selected) {
            if (w.row(id).item.status != ItemStatus::Closed)
                return false;
        }
        return true;
    }));
    // U on a selection with unread items marks them all read; again, all unread.
    w.view()->selectAll();
    const QList<qint64> all = w.window->triage()->selectedItemIds();
    REQUIRE(all.size() == w.ids.size());
    QTest::keyClick(w.view(), Qt::Key_U);
    REQUIRE(w.settle([&] { return w.row(all.first()).item.read && w.row(all.last()).item.read; }));
    w.view()->selectAll();
    QTest::keyClick(w.view(), Qt::Key_U);
    REQUIRE(
        w.settle([&] { return !w.row(all.first()).item.read && !w.row(all.last()).item.read; }));
}

TEST_CASE("Typing in the search box never triggers a triage key", "[ui][triage]")
{
    Window w;
    QTest::keyClick(w.view(), Qt::Key_J);
    const qint64 current = w.currentId();
    QLineEdit *search = w.window->inbox()->searchField();
    search->setFocus();
    QTest::keyClicks(search, u"e j k u"_s);
    CHECK(search->text() == u"e j k u"_s);
    QTest::qWait(50);
    w.window->checkForChanges();
    CHECK(w.row(current).item.status == ItemStatus::New);
}

TEST_CASE("Moderation needs the platforms, and the shortcut sheet lists every key", "[ui][triage]")
{
    Window w;
    QTest::keyClick(w.view(), Qt::Key_J);
    fd::ui::TriageActions *triage = w.window->triage();
    // No polling set up in this window: delete, hide and ban are off, and say why.
    CHECK_FALSE(triage->remove()->isEnabled());
    CHECK(triage->remove()->statusTip().contains(u"not connected"_s));
    CHECK(triage->close()->isEnabled());
    const QString sheet = triage->shortcutSheet();
    for (QAction *a : triage->all()) {
        INFO(a->objectName().toStdString());
        CHECK(sheet.contains(a->shortcut().toString(QKeySequence::NativeText)));
    }
    CHECK(sheet.contains(u"F5"_s)); // the window's own (Refresh) too
}

TEST_CASE("Assign to puts the whole selection on an operator's desk and takes it off",
          "[ui][triage][assign]")
{
    Window w;
    auto added = w.store->write([](const QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(u"INSERT INTO operators (id, login, display_name, created_at, disabled) "
                    u"VALUES (7, 'oleg', 'Oleg & Co', 0, 0), (8, 'gone', 'Gone', 0, 1)"_s))
            return fd::core::StoreError::invalid(q.lastError().text());
        return fd::core::StoreError{};
    });
    REQUIRE(fd::test::resultOf(added).ok());

    QTest::keyClick(w.view(), Qt::Key_J);
    QTest::keyClick(w.view(), Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(w.view(), Qt::Key_Down, Qt::ShiftModifier);
    const QList<qint64> selected = w.window->triage()->selectedItemIds();
    REQUIRE(selected.size() == 3);

    // A opens the list: me first, the active operators, Unassign last.
    fd::ui::AssignMenu *menu = w.window->triage()->assignMenu();
    QTest::keyClick(w.view(), Qt::Key_A);
    REQUIRE(QTest::qWaitFor([menu] { return menu->isVisible(); }));
    QStringList entries;
    for (QAction *a : menu->actions()) {
        if (!a->isSeparator())
            entries << a->text();
    }
    CHECK(entries == QStringList{u"Assign to &me"_s, u"Oleg && Co"_s, u"&Unassign"_s});
    auto *oleg = menu->findChild<QAction *>(u"assign.operator.7"_s);
    REQUIRE(oleg);
    oleg->trigger();
    menu->close();
    const auto assignedTo = [&](qint64 operatorId) {
        return w.settle([&] {
            for (qint64 id : selected) {
                if (w.row(id).item.assigneeId != operatorId)
                    return false;
            }
            return true;
        });
    };
    REQUIRE(assignedTo(7));
    CHECK(w.row(selected.first()).assigneeName == u"Oleg & Co"_s);
    const auto journal = fd::core::ItemQueries(*w.store->reader())
                             .journal({selected.last(), {}, u"item.assigned"_s}, 5);
    REQUIRE(journal->size() == 1);
    CHECK(journal->first().after == u"Oleg & Co"_s);

    // The Item menu has it too; the entry of who has them all is ticked.
    QAction *assign = w.window->triage()->assign();
    CHECK(assign->menu() == menu);
    Q_EMIT menu->aboutToShow();
    CHECK(menu->findChild<QAction *>(u"assign.operator.7"_s)->isChecked());

    // Assign to me: the standalone store gets a row for the person at this station.
    menu->findChild<QAction *>(u"assign.me"_s)->trigger();
    const auto ops = [&] { return *fd::core::ItemQueries(*w.store->reader()).operators(); };
    REQUIRE(w.settle([&] { return ops().size() == 3; }));
    qint64 me = 0;
    for (const fd::core::Operator &op : ops()) {
        if (op.login == w.window->actions().actor().login)
            me = op.id;
    }
    REQUIRE(me != 0);
    REQUIRE(assignedTo(me));

    Q_EMIT menu->aboutToShow();
    CHECK(menu->findChild<QAction *>(u"assign.me"_s)->isChecked());
    menu->findChild<QAction *>(u"assign.none"_s)->trigger();
    REQUIRE(assignedTo(0));
}

TEST_CASE("An item that stays current is marked read, and U keeps it unread", "[ui][triage][read]")
{
    Window w;
    fd::ui::TriageActions *triage = w.window->triage();
    CHECK(fd::ui::TriageActions::markReadDelayMs >= 1000);

    // Skimming: each J waits anew, so items passed over stay unread.
    QTest::keyClick(w.view(), Qt::Key_J);
    const qint64 first = w.currentId();
    QTest::keyClick(w.view(), Qt::Key_J);
    const qint64 second = w.currentId();
    CHECK(triage->isMarkReadPending());

    // Staying on the item marks it read once the moment has passed.
    triage->setMarkReadDelay(30);
    REQUIRE(w.settle([&] { return w.row(second).item.read; }));
    CHECK_FALSE(w.row(first).item.read);
    CHECK_FALSE(triage->isMarkReadPending());

    // U makes it unread, and it stays so while it is current, through refreshes too.
    REQUIRE(w.settle(
        [&] { return w.view()->currentIndex().data(fd::ui::ItemFeedModel::ReadRole).toBool(); }));
    QTest::keyClick(w.view(), Qt::Key_U);
    REQUIRE(w.settle([&] { return !w.row(second).item.read; }));
    w.window->refresh();
    CHECK_FALSE(triage->isMarkReadPending());
    CHECK(w.currentId() == second);
    CHECK_FALSE(w.row(second).item.read);

    // U while the moment runs: the operator's word wins.
    triage->setMarkReadDelay(60 * 1000);
    QTest::keyClick(w.view(), Qt::Key_J);
    const qint64 third = w.currentId();
    CHECK(triage->isMarkReadPending());
    QTest::keyClick(w.view(), Qt::Key_U); // unread, so U marks it read
    CHECK_FALSE(triage->isMarkReadPending());
    REQUIRE(w.settle([&] { return w.row(third).item.read; }));
}
