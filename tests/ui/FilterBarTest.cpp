// The inbox's filter bar: each choice narrows the feed as the store says, "Clear filters" undoes
// them all, and a filter set from outside (a view) comes back from the bar unchanged.
#include "VariedInbox.h"

#include "InboxDock.h"
#include "ItemFeedModel.h"
#include "MainWindow.h"
#include "console/InboxActions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::feedIds;
using fd::ui::InboxDock;

namespace {

QComboBox *choice(InboxDock *inbox, const QString &name)
{
    auto *box = inbox->findChild<QComboBox *>(u"inbox."_s + name);
    REQUIRE(box);
    return box;
}

QCheckBox *toggle(InboxDock *inbox, const QString &name)
{
    auto *box = inbox->findChild<QCheckBox *>(u"inbox."_s + name);
    REQUIRE(box);
    return box;
}

// Picks the entry called `text`, as the user would from the list.
void pick(QComboBox *box, const QString &text)
{
    const int at = box->findText(text);
    INFO(text.toStdString());
    REQUIRE(at >= 0);
    box->setCurrentIndex(at);
}

QStringList entries(const QComboBox *box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i)
        texts << box->itemText(i);
    return texts;
}

bool standsOut(const QComboBox *box)
{
    return box->font().bold();
}

} // namespace

TEST_CASE("Each filter choice narrows the feed as the store says", "[ui][filters]")
{
    fd::test::VariedInbox f;
    fd::ui::MainWindow &window = f.open();
    InboxDock *inbox = window.inbox();
    const fd::ui::ItemFeedModel &feed = *window.feed();
    const QList<qint64> all = f.storeSays({});
    REQUIRE(feedIds(feed) == all);
    auto *clearBar = inbox->findChild<QToolButton *>(u"inbox.clearBar"_s);
    REQUIRE(clearBar);
    CHECK_FALSE(clearBar->isEnabled());

    // Checks that the feed lists what the store lists for `filter`, and fewer than everything.
    const auto shows = [&](const ItemFilter &filter) {
        const QList<qint64> want = f.storeSays(filter);
        CHECK(inbox->filterFromBar() == filter);
        CHECK(feedIds(feed) == want);
        CHECK_FALSE(want.isEmpty());
        CHECK(want.size() < all.size());
    };

    SECTION("account")
    {
        QComboBox *account = choice(inbox, u"account"_s);
        CHECK(entries(account) ==
              QStringList{u"All accounts"_s, u"VK · Community"_s, u"Telegram · Shop bot"_s});
        pick(account, u"VK · Community"_s);
        ItemFilter want;
        want.accountIds = {f.community};
        shows(want);
        CHECK(standsOut(account));
        CHECK(clearBar->isEnabled());

        // The accounts follow the platform: VK's only, and the chosen one stays.
        pick(choice(inbox, u"platform"_s), u"VK"_s);
        CHECK(entries(account) == QStringList{u"All accounts"_s, u"Community"_s});
        CHECK(account->currentText() == u"Community"_s);
        want.platforms = {Platform::Vk};
        shows(want);
        // Another platform: an account of VK would match nothing, so the choice goes.
        pick(choice(inbox, u"platform"_s), u"Telegram"_s);
        CHECK(entries(account) == QStringList{u"All accounts"_s, u"Shop bot"_s});
        CHECK(account->currentIndex() == 0);
        ItemFilter telegram;
        telegram.platforms = {Platform::Telegram};
        shows(telegram);
    }
    SECTION("kind")
    {
        QComboBox *kind = choice(inbox, u"kind"_s);
        pick(kind, u"Comment"_s);
        ItemFilter want;
        want.kinds = {ItemKind::Comment};
        shows(want);
        CHECK(feed.rowCount() == 4);
        CHECK(standsOut(kind));
        CHECK_FALSE(standsOut(choice(inbox, u"account"_s)));
    }
    SECTION("tag")
    {
        QComboBox *tag = choice(inbox, u"tag"_s);
        CHECK(entries(tag) == QStringList{u"All tags"_s, u"refund"_s, u"vip"_s});
        CHECK_FALSE(tag->itemIcon(1).isNull()); // the tag's colour
        pick(tag, u"refund"_s);
        ItemFilter want;
        want.tagIds = {f.refund};
        shows(want);
        CHECK(feed.rowCount() == 3);
    }
    SECTION("assignee")
    {
        QComboBox *assignee = choice(inbox, u"assignee"_s);
        CHECK(entries(assignee) == QStringList{u"Anyone"_s, u"Unassigned"_s, u"Me"_s, u"Piotr"_s});
        CHECK(inbox->myOperatorId() == f.me);
        ItemFilter want;
        pick(assignee, u"Me"_s);
        want.assigneeId = f.me;
        shows(want);
        CHECK(feed.rowCount() == 2);
        pick(assignee, u"Piotr"_s);
        want.assigneeId = f.piotr;
        shows(want);
        CHECK(feed.rowCount() == 1);
        pick(assignee, u"Unassigned"_s);
        want.assigneeId = 0;
        shows(want);
        CHECK(feed.rowCount() == 9);
    }
    SECTION("unanswered and unread")
    {
        QCheckBox *unanswered = toggle(inbox, u"unanswered"_s);
        QCheckBox *unread = toggle(inbox, u"unread"_s);
        unanswered->click();
        ItemFilter want;
        want.unansweredOnly = true;
        shows(want);
        CHECK(feed.rowCount() == 9); // not the closed two nor the waiting one
        unread->click();
        want.unreadOnly = true;
        shows(want);
        CHECK(feed.rowCount() == 6);
        unanswered->click();
        want.unansweredOnly = false;
        shows(want);
        CHECK(feed.rowCount() == 8);
    }

    // However many were chosen, "Clear filters" shows everything again.
    pick(choice(inbox, u"status"_s), u"New"_s);
    toggle(inbox, u"unread"_s)->setChecked(true);
    inbox->searchField()->setText(u"question"_s);
    Q_EMIT inbox->searchField()->returnPressed();
    CHECK(clearBar->isEnabled());
    clearBar->click();
    CHECK(inbox->filterFromBar() == ItemFilter{});
    CHECK(feed.filter() == ItemFilter{});
    CHECK(feedIds(feed) == all);
    for (const QString &name :
         {u"status"_s, u"platform"_s, u"account"_s, u"kind"_s, u"tag"_s, u"assignee"_s}) {
        INFO(name.toStdString());
        CHECK(choice(inbox, name)->currentIndex() == 0);
        CHECK_FALSE(standsOut(choice(inbox, name)));
    }
    CHECK_FALSE(toggle(inbox, u"unanswered"_s)->isChecked());
    CHECK_FALSE(toggle(inbox, u"unread"_s)->isChecked());
    CHECK(inbox->searchField()->text().isEmpty());
    CHECK_FALSE(clearBar->isEnabled());
}

TEST_CASE("A filter set on the bar comes back from it unchanged, with one query", "[ui][filters]")
{
    fd::test::VariedInbox f;
    fd::ui::MainWindow &window = f.open();
    InboxDock *inbox = window.inbox();
    QSignalSpy resets(window.feed(), &QAbstractItemModel::modelReset);

    ItemFilter everything;
    everything.statuses = {ItemStatus::New};
    everything.platforms = {Platform::Vk};
    everything.accountIds = {f.community};
    everything.kinds = {ItemKind::Dm};
    everything.tagIds = {f.vip};
    everything.assigneeId = 0;
    everything.unreadOnly = true;
    everything.unansweredOnly = true;
    everything.search = u"question"_s;
    inbox->setFilter(everything);
    CHECK(resets.count() == 1);
    CHECK(inbox->filterFromBar() == everything);
    CHECK(window.feed()->filter() == everything);
    CHECK(feedIds(*window.feed()) == f.storeSays(everything));
    CHECK(feedIds(*window.feed()) == QList<qint64>{f.items[5]});
    CHECK(choice(inbox, u"account"_s)->currentText() == u"Community"_s);
    CHECK(choice(inbox, u"tag"_s)->currentText() == u"vip"_s);

    ItemFilter mine;
    mine.assigneeId = f.me;
    inbox->setFilter(mine);
    CHECK(resets.count() == 2);
    CHECK(choice(inbox, u"assignee"_s)->currentText() == u"Me"_s);
    CHECK(inbox->filterFromBar() == mine);

    // What the lists do not offer (several statuses; a tag deleted since) still round-trips.
    ItemFilter several;
    several.statuses = {ItemStatus::Open, ItemStatus::Waiting};
    several.tagIds = {f.refund, 999};
    several.kinds = {ItemKind::Dm, ItemKind::Comment};
    inbox->setFilter(several);
    CHECK(resets.count() == 3);
    CHECK(inbox->filterFromBar() == several);
    CHECK(choice(inbox, u"status"_s)->currentText() == u"Open, Waiting"_s);
    CHECK(feedIds(*window.feed()) == f.storeSays(several));
    // Choosing a listed entry again drops the made-up one.
    QComboBox *status = choice(inbox, u"status"_s);
    const int entriesWithIt = status->count();
    pick(status, u"Closed"_s);
    CHECK(status->count() == entriesWithIt - 1);

    inbox->setFilter({});
    CHECK(inbox->filterFromBar() == ItemFilter{});
    CHECK(feedIds(*window.feed()) == f.storeSays({}));
}

TEST_CASE("The tag and operator choices follow the store and keep what is chosen", "[ui][filters]")
{
    fd::test::VariedInbox f;
    fd::ui::MainWindow &window = f.open();
    InboxDock *inbox = window.inbox();
    QComboBox *tag = choice(inbox, u"tag"_s);
    pick(tag, u"vip"_s);

    auto created = window.actions().createTag(u"Жалоба"_s, {});
    created.waitForFinished();
    REQUIRE(created.result().ok());
    REQUIRE(window.checkForChanges());
    CHECK(entries(tag) == QStringList{u"All tags"_s, u"refund"_s, u"vip"_s, u"Жалоба"_s});
    CHECK(tag->currentText() == u"vip"_s);

    // The chosen tag deleted: back to every tag, and the feed shows everything again.
    auto deleted = window.actions().deleteTag(f.vip);
    deleted.waitForFinished();
    REQUIRE(deleted.result().ok());
    REQUIRE(window.checkForChanges());
    CHECK(entries(tag) == QStringList{u"All tags"_s, u"refund"_s, u"Жалоба"_s});
    CHECK(tag->currentIndex() == 0);
    CHECK(window.feed()->filter() == ItemFilter{});

    QComboBox *assignee = choice(inbox, u"assignee"_s);
    pick(assignee, u"Piotr"_s);
    auto added = f.w.store->write([](const QSqlDatabase &db) -> StoreError {
        QSqlQuery q(db);
        if (!q.exec(u"INSERT INTO operators (login, display_name, created_at) VALUES ('anna', "
                    u"'Anna', 0)"_s))
            return StoreError::invalid(q.lastError().text());
        return {};
    });
    added.waitForFinished();
    REQUIRE(added.result().ok());
    REQUIRE(window.checkForChanges());
    CHECK(entries(assignee) ==
          QStringList{u"Anyone"_s, u"Unassigned"_s, u"Me"_s, u"Anna"_s, u"Piotr"_s});
    CHECK(assignee->currentText() == u"Piotr"_s);
}
