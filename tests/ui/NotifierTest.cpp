// What the operator is told without looking at the inbox: the unread count, new customers,
// and accounts that stop polling.
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "Notifier.h"
#include "store/ItemQueries.h"

using namespace Qt::StringLiterals;
using fd::core::AccountHealth;
using fd::core::Platform;
using fd::ui::Notifier;

namespace {

struct Fixture
{
    Fixture()
    {
        account = store.addAccount(Platform::Vk, u"Frontshop"_s);
        fd::test::fillInbox(store, account, 3);
        reader = *store->reader();
    }
    fd::test::TempStore store;
    fd::test::TempSettings temp;
    QSettings &settings = temp.settings;
    qint64 account = 0;
    QSqlDatabase reader;
};

// A notifier on the fixture's store whose messages are kept as "title: text".
struct Listener
{
    explicit Listener(Fixture &f)
        : queries(f.reader)
        , notifier(queries, f.settings)
    {
        notifier.setPresenter(
            [this](const QString &title, const QString &text) { shown << title + u": "_s + text; });
    }
    fd::core::ItemQueries queries;
    Notifier notifier;
    QStringList shown;
};

} // namespace

TEST_CASE("New customer messages are announced", "[ui][notify]")
{
    Fixture f;
    Listener heard(f);
    Notifier &notifier = heard.notifier;
    QStringList &shown = heard.shown;
    notifier.check();
    CHECK(shown.isEmpty()); // nothing new yet: what was there at start is not news

    REQUIRE(fd::test::ingest(f.store.store(),
                             {f.account,
                              {fd::test::makeItem(u"late"_s, u"<b>Где</b> мой заказ?"_s, u"u9"_s,
                                                  u"Вера Соколова"_s, 1767300000)},
                              {},
                              {}})
                .ok());
    notifier.check();
    REQUIRE(shown.size() == 1);
    CHECK(shown[0] == u"Вера Соколова on Frontshop: <b>Где</b> мой заказ?"_s);
    CHECK_FALSE(Notifier::badge(QIcon(), 4).isNull());

    // Switched off in the preferences: nothing is shown.
    f.settings.setValue(Notifier::newItemsKey(), false);
    REQUIRE(fd::test::ingest(f.store.store(), {f.account,
                                               {fd::test::makeItem(u"later"_s, u"Ещё"_s, u"u9"_s,
                                                                   u"Вера Соколова"_s, 1767300100)},
                                               {},
                                               {}})
                .ok());
    notifier.check();
    CHECK(shown.size() == 1);
}

TEST_CASE("The tray counts the new items the status bar counts", "[ui][notify]")
{
    fd::test::WindowOnStore w;
    const qint64 account = w.store.addAccount(Platform::Telegram, u"Shop bot"_s);
    const QList<qint64> ids = fd::test::fillInbox(w.store, account, 6);
    fd::test::setStatus(w.store, ids.mid(0, 2), fd::core::ItemStatus::Closed);
    fd::ui::MainWindow &window = w.open();
    REQUIRE(window.notifier());
    CHECK(window.notifier()->waiting() == 4);
    CHECK(window.countsText().endsWith(u"4 new"_s));
    REQUIRE(fd::test::ingest(w.store.store(), {account,
                                               {fd::test::makeItem(u"late"_s, u"Ау?"_s, u"u9"_s,
                                                                   u"Вера Соколова"_s, 1767300000)},
                                               {},
                                               {}})
                .ok());
    REQUIRE(window.checkForChanges());
    CHECK(window.notifier()->waiting() == 5);
}

TEST_CASE("An account that stops polling is announced once", "[ui][notify]")
{
    Fixture f;
    Listener heard(f);
    Notifier &notifier = heard.notifier;
    QStringList &shown = heard.shown;
    auto stopped = f.store->setAccountHealth(
        f.account, AccountHealth::Stopped,
        u"VK refused the community token (User authorization failed)."_s, {}, false);
    stopped.waitForFinished();
    notifier.check();
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].startsWith(u"Frontshop stopped polling: VK refused"_s));
    notifier.check();
    CHECK(shown.size() == 1);
}

TEST_CASE("With watched views only their new items are announced, named by the view",
          "[ui][notify][views]")
{
    Fixture f;
    Listener heard(f);
    Notifier &notifier = heard.notifier;
    QStringList &shown = heard.shown;
    fd::core::ItemFilter refunds;
    refunds.search = u"refund"_s;
    fd::core::ItemFilter reviews;
    reviews.kinds = {fd::core::ItemKind::Review};
    notifier.setWatchedViews({{u"Refunds"_s, refunds}, {u"Reviews"_s, reviews}});
    notifier.check();
    // The inbox already holds a refund question: it is not news.
    CHECK(shown.isEmpty());

    const auto arrive = [&](const QString &id, const QString &text, qint64 at) {
        REQUIRE(fd::test::ingest(f.store.store(),
                                 {f.account,
                                  {fd::test::makeItem(id, text, u"u9"_s, u"Вера Соколова"_s, at)},
                                  {},
                                  {}})
                    .ok());
        notifier.check();
    };
    arrive(u"a"_s, u"Hello, is anyone there?"_s, 1767300000);
    CHECK(shown.isEmpty());
    arrive(u"b"_s, u"I want a refund"_s, 1767300100);
    REQUIRE(shown.size() == 1);
    CHECK(shown[0] == u"New in “Refunds”: Вера Соколова on Frontshop: I want a refund"_s);

    // No views watched: every new customer item, as before.
    notifier.setWatchedViews({});
    arrive(u"c"_s, u"Thanks!"_s, 1767300200);
    REQUIRE(shown.size() == 2);
    CHECK(shown[1] == u"Вера Соколова on Frontshop: Thanks!"_s);
}
