// Keyboard triage in the main window: next / previous, close, close without reply, reopen,
// read / unread, on one item or a selection, as an operator presses the keys.
#include "UiTestSupport.h"

#include "InboxDock.h"
#include "ItemFeedModel.h"
#include "MainWindow.h"
#include "TriageActions.h"
#include "store/ItemQueries.h"

#include <QAction>
#include <QLineEdit>
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
    // The store's word on an item, after the window noticed the commit.
    fd::core::ItemRow row(qint64 id)
    {
        const auto r = fd::core::ItemQueries(*store->reader()).item(id);
        REQUIRE(r.ok());
        return *r;
    }
    bool settle(const std::function<bool()> &condition)
    {
        return QTest::qWaitFor([&] {
            window->checkForChanges();
            return condition();
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
