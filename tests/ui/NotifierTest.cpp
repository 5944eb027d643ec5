// What the operator is told without looking at the inbox: the unread count, new customers,
// and accounts that stop polling.
#include "UiTestSupport.h"

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

} // namespace

TEST_CASE("New customer messages are announced, with the count of unread ones", "[ui][notify]")
{
    Fixture f;
    fd::core::ItemQueries queries(f.reader);
    Notifier notifier(queries, f.settings);
    QStringList shown;
    notifier.setPresenter(
        [&](const QString &title, const QString &text) { shown << title + u": "_s + text; });
    CHECK(notifier.unread() == 3);
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
    CHECK(notifier.unread() == 4);
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
    CHECK(notifier.unread() == 5);
}

TEST_CASE("An account that stops polling is announced once", "[ui][notify]")
{
    Fixture f;
    fd::core::ItemQueries queries(f.reader);
    Notifier notifier(queries, f.settings);
    QStringList shown;
    notifier.setPresenter(
        [&](const QString &title, const QString &text) { shown << title + u": "_s + text; });
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
