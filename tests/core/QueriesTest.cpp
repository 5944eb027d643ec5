#include "TestSupport.h"

#include "sandbox/TrafficGenerator.h"
#include "store/ItemFilterJson.h"
#include "store/ItemQueries.h"

#include <QSqlQuery>

#include <functional>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace {

// 1,500 generated items over three accounts, with statuses, tags and assignees spread by id.
struct Fixture
{
    fd::test::TempStore s;
    QList<qint64> accounts;
    QList<ItemRow> all; // every item, newest first

    Fixture()
    {
        const QList<std::pair<Platform, QString>> accs{{Platform::Telegram, u"Shop bot"_s},
                                                       {Platform::Vk, u"Shop community"_s},
                                                       {Platform::YouTube, u"Shop channel"_s}};
        quint32 seed = 7;
        for (const auto &[platform, name] : accs) {
            const qint64 id = s.addAccount(platform, name);
            accounts << id;
            TrafficGenerator gen(seed++, platform);
            IngestBatch b{
                id, gen.spread(QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC), 500), {}, {}};
            REQUIRE(fd::test::ingest(s.store(), b).inserted == 500);
        }
        auto f = s->write([](const QSqlDatabase &db) {
            QSqlQuery q(db);
            const QStringList sql{
                u"INSERT INTO operators (id, login, display_name, created_at) VALUES "
                u"(1, 'anna', 'Anna', 0), (2, 'piotr', 'Piotr', 0)"_s,
                u"INSERT INTO tags (id, name, created_at) VALUES (1, 'refund', 0), (2, 'vip', 0), "
                u"(3, 'unused', 0)"_s,
                u"UPDATE items SET status = CASE (id / 1000) % 10 WHEN 0 THEN 'open' WHEN 1 THEN "
                u"'waiting' "
                u"WHEN 2 THEN 'new' WHEN 3 THEN 'hidden' WHEN 4 THEN 'deleted' ELSE 'closed' END"_s,
                u"UPDATE items SET direction = 'out' WHERE (id / 1000) % 97 = 5"_s,
                u"UPDATE items SET assignee_id = 1 + (id / 1000) % 2 WHERE (id / 1000) % 3 = 0"_s,
                u"UPDATE items SET read = 1 WHERE (id / 1000) % 2 = 0"_s,
                u"INSERT INTO item_tags (item_id, tag_id) SELECT id, 1 FROM items WHERE (id / 1000) % 7 = 0"_s,
                u"INSERT INTO item_tags (item_id, tag_id) SELECT id, 2 FROM items WHERE (id / 1000) % 11 = 0"_s,
            };
            for (const QString &st : sql) {
                if (!q.exec(st))
                    return StoreError::fromSql(q.lastError(), st);
            }
            return StoreError{};
        });
        f.waitForFinished();
        REQUIRE(f.result().ok());

        ItemFilter everything;
        everything.includeOutgoing = true;
        auto rows = ItemQueries(*s->reader()).page(everything, 100000);
        REQUIRE(rows.ok());
        all = *rows;
        REQUIRE(all.size() == 1500);
        // Every filter below must have something to find and something to leave out.
        for (ItemStatus st : allItemStatuses()) {
            INFO(toString(st).toStdString());
            const auto n = std::count_if(all.cbegin(), all.cend(),
                                         [st](const ItemRow &r) { return r.item.status == st; });
            CHECK(n >= 40);
            CHECK(n < 1500);
        }
    }

    // Walks the feed page by page the way the UI does and returns the ids in order.
    QList<qint64> walk(const ItemFilter &filter, int pageSize)
    {
        ItemQueries q(*s->reader());
        QList<qint64> ids;
        qint64 before = 0;
        for (;;) {
            auto page = q.page(filter, pageSize, before);
            INFO(page.error().message.toStdString());
            REQUIRE(page.ok());
            for (const auto &r : *page)
                ids << r.item.id;
            if (page->size() < pageSize)
                break;
            before = page->last().item.id;
        }
        return ids;
    }

    QList<qint64> expected(const std::function<bool(const ItemRow &)> &keep)
    {
        QList<qint64> ids;
        for (const auto &r : std::as_const(all)) {
            if (keep(r))
                ids << r.item.id;
        }
        return ids;
    }

    void check(const ItemFilter &filter, const std::function<bool(const ItemRow &)> &keep)
    {
        const QList<qint64> want = expected([&](const ItemRow &r) {
            return (filter.includeOutgoing || r.item.direction == Direction::Incoming) && keep(r);
        });
        CHECK(walk(filter, 37) == want);
        const ItemQueries q(*s->reader());
        CHECK(*q.count(filter) == want.size());
        // A view's badge: the exact count below the cap, the cap above it.
        CHECK(*q.countUpTo(filter, 100) == std::min<qsizetype>(want.size(), 100));
        CHECK(*q.countUpTo(filter, 5000) == want.size());
    }
};

} // namespace

TEST_CASE("Pages of the feed follow each filter, newest first", "[queries]")
{
    Fixture fx;
    REQUIRE(!fx.all.isEmpty());
    for (qsizetype i = 1; i < fx.all.size(); ++i)
        REQUIRE(fx.all[i - 1].item.id > fx.all[i].item.id);

    SECTION("no filter")
    {
        fx.check({}, [](const ItemRow &) { return true; });
    }
    SECTION("outgoing included")
    {
        ItemFilter f;
        f.includeOutgoing = true;
        fx.check(f, [](const ItemRow &) { return true; });
    }
    SECTION("one status")
    {
        ItemFilter f;
        f.statuses = {ItemStatus::Waiting};
        fx.check(f, [](const ItemRow &r) { return r.item.status == ItemStatus::Waiting; });
    }
    SECTION("the unanswered queue (several statuses, merged)")
    {
        ItemFilter f;
        f.statuses = {ItemStatus::New, ItemStatus::Open, ItemStatus::Waiting};
        fx.check(f, [](const ItemRow &r) {
            return r.item.status == ItemStatus::New || r.item.status == ItemStatus::Open ||
                   r.item.status == ItemStatus::Waiting;
        });
    }
    SECTION("closed and deleted")
    {
        ItemFilter f;
        f.statuses = {ItemStatus::Closed, ItemStatus::Deleted};
        fx.check(f, [](const ItemRow &r) {
            return r.item.status == ItemStatus::Closed || r.item.status == ItemStatus::Deleted;
        });
    }
    SECTION("platform")
    {
        ItemFilter f;
        f.platforms = {Platform::Vk, Platform::YouTube};
        fx.check(f, [](const ItemRow &r) {
            return r.platform == Platform::Vk || r.platform == Platform::YouTube;
        });
        f.platforms = {Platform::Instagram}; // no such account
        fx.check(f, [](const ItemRow &) { return false; });
    }
    SECTION("account")
    {
        ItemFilter f;
        f.accountIds = {fx.accounts[0]};
        fx.check(f, [&](const ItemRow &r) { return r.item.accountId == fx.accounts[0]; });
    }
    SECTION("account and status")
    {
        ItemFilter f;
        f.accountIds = {fx.accounts[1]};
        f.statuses = {ItemStatus::Closed};
        fx.check(f, [&](const ItemRow &r) {
            return r.item.accountId == fx.accounts[1] && r.item.status == ItemStatus::Closed;
        });
    }
    SECTION("several accounts and statuses (a walk per pair)")
    {
        ItemFilter f;
        f.accountIds = {fx.accounts[0], fx.accounts[2]};
        f.statuses = {ItemStatus::Closed, ItemStatus::Hidden, ItemStatus::Waiting};
        fx.check(f, [&](const ItemRow &r) {
            return (r.item.accountId == fx.accounts[0] || r.item.accountId == fx.accounts[2]) &&
                   f.statuses.contains(r.item.status);
        });
    }
    SECTION("unanswered only")
    {
        ItemFilter f;
        f.unansweredOnly = true;
        fx.check(f, [](const ItemRow &r) {
            return r.item.status == ItemStatus::New || r.item.status == ItemStatus::Open;
        });
        f.statuses = {ItemStatus::Open, ItemStatus::Closed};
        fx.check(f, [](const ItemRow &r) { return r.item.status == ItemStatus::Open; });
        f.statuses = {ItemStatus::Closed};
        fx.check(f, [](const ItemRow &) { return false; });
        f.statuses = {};
        f.platforms = {Platform::Vk};
        f.unreadOnly = true;
        fx.check(f, [](const ItemRow &r) {
            return (r.item.status == ItemStatus::New || r.item.status == ItemStatus::Open) &&
                   r.platform == Platform::Vk && !r.item.read;
        });
    }
    SECTION("kind")
    {
        ItemFilter f;
        f.kinds = {ItemKind::Review, ItemKind::Mention};
        fx.check(f, [](const ItemRow &r) {
            return r.item.kind == ItemKind::Review || r.item.kind == ItemKind::Mention;
        });
    }
    SECTION("tag")
    {
        ItemFilter f;
        f.tagIds = {1};
        fx.check(f, [](const ItemRow &r) { return r.tags.contains(u"refund"_s); });
        f.tagIds = {1, 2};
        fx.check(f, [](const ItemRow &r) {
            return r.tags.contains(u"refund"_s) || r.tags.contains(u"vip"_s);
        });
        f.tagIds = {3};
        fx.check(f, [](const ItemRow &) { return false; });
    }
    SECTION("assignee")
    {
        ItemFilter f;
        f.assigneeId = 2;
        fx.check(f, [](const ItemRow &r) {
            return r.item.assigneeId == 2 && r.assigneeName == u"Piotr"_s;
        });
        f.assigneeId = 0;
        fx.check(f, [](const ItemRow &r) { return r.item.assigneeId == 0; });
    }
    SECTION("one operator's open work and unread badge")
    {
        ItemFilter f;
        f.assigneeId = 1;
        f.unansweredOnly = true;
        fx.check(f, [](const ItemRow &r) {
            return r.item.assigneeId == 1 &&
                   (r.item.status == ItemStatus::New || r.item.status == ItemStatus::Open);
        });
        f.unansweredOnly = false;
        f.statuses = {ItemStatus::Closed, ItemStatus::Waiting};
        f.kinds = {ItemKind::Comment};
        fx.check(f, [](const ItemRow &r) {
            return r.item.assigneeId == 1 && r.item.kind == ItemKind::Comment &&
                   (r.item.status == ItemStatus::Closed || r.item.status == ItemStatus::Waiting);
        });
        f = {};
        f.assigneeId = 2;
        f.unreadOnly = true;
        fx.check(f, [](const ItemRow &r) { return r.item.assigneeId == 2 && !r.item.read; });
    }
    SECTION("unread")
    {
        ItemFilter f;
        f.unreadOnly = true;
        fx.check(f, [](const ItemRow &r) { return !r.item.read; });
        f.kinds = {ItemKind::Comment};
        fx.check(f,
                 [](const ItemRow &r) { return !r.item.read && r.item.kind == ItemKind::Comment; });
        f.includeOutgoing = true;
        fx.check(f,
                 [](const ItemRow &r) { return !r.item.read && r.item.kind == ItemKind::Comment; });
    }
    SECTION("search")
    {
        ItemFilter f;
        f.search = u"заказ"_s;
        fx.check(f, [](const ItemRow &r) {
            return r.item.text.contains(u"заказ"_s, Qt::CaseInsensitive);
        });
    }
    SECTION("only what is newer than an item (news for watched views)")
    {
        const qint64 since = fx.all.at(fx.all.size() / 3).item.id;
        ItemFilter f;
        f.afterId = since;
        fx.check(f, [&](const ItemRow &r) { return r.item.id > since; });
        f.statuses = {ItemStatus::Closed};
        f.accountIds = {fx.accounts[1]};
        fx.check(f, [&](const ItemRow &r) {
            return r.item.id > since && r.item.status == ItemStatus::Closed &&
                   r.item.accountId == fx.accounts[1];
        });
        f = {};
        f.afterId = since;
        f.tagIds = {1};
        fx.check(
            f, [&](const ItemRow &r) { return r.item.id > since && r.tags.contains(u"refund"_s); });
        f = {};
        f.afterId = since;
        f.search = u"заказ"_s;
        fx.check(f, [&](const ItemRow &r) {
            return r.item.id > since && r.item.text.contains(u"заказ"_s, Qt::CaseInsensitive);
        });
        f.afterId = fx.all.first().item.id; // nothing is newer than the newest
        fx.check(f, [](const ItemRow &) { return false; });
    }
    SECTION("search with status, platform and kind")
    {
        ItemFilter f;
        f.search = u"order"_s;
        f.statuses = {ItemStatus::Closed};
        f.platforms = {Platform::Telegram};
        f.kinds = {ItemKind::Dm, ItemKind::Comment};
        fx.check(f, [](const ItemRow &r) {
            return r.item.text.contains(u"order"_s, Qt::CaseInsensitive) &&
                   r.item.status == ItemStatus::Closed && r.platform == Platform::Telegram &&
                   (r.item.kind == ItemKind::Dm || r.item.kind == ItemKind::Comment);
        });
    }
}

TEST_CASE("Counts per status add up to the whole", "[queries]")
{
    Fixture fx;
    ItemFilter f;
    f.includeOutgoing = true;
    const auto counts = ItemQueries(*fx.s->reader()).countByStatus(f);
    REQUIRE(counts.ok());
    qint64 total = 0;
    for (qint64 n : *counts)
        total += n;
    CHECK(total == 1500);
    CHECK(counts->value(ItemStatus::Open) ==
          fx.expected([](const ItemRow &r) { return r.item.status == ItemStatus::Open; }).size());
}

TEST_CASE("Accounts, tags and operators are listed by name", "[queries]")
{
    Fixture fx;
    ItemQueries q(*fx.s->reader());
    const auto accounts = q.accounts();
    REQUIRE(accounts.ok());
    REQUIRE(accounts->size() == 3);
    CHECK(accounts->at(0).name == u"Shop bot"_s);
    CHECK(accounts->at(0).platform == Platform::Telegram);
    CHECK(q.tags()->size() == 3);
    CHECK(q.operators()->at(0).displayName == u"Anna"_s);
}

TEST_CASE("A filter saved as JSON comes back the same", "[queries]")
{
    ItemFilter f;
    f.statuses = {ItemStatus::New, ItemStatus::Open};
    f.platforms = {Platform::Vk};
    f.kinds = {ItemKind::Comment, ItemKind::Review};
    f.accountIds = {3, 9007199254740993LL}; // beyond a double's exact integers
    f.tagIds = {4};
    f.assigneeId = 0;
    f.unreadOnly = true;
    f.unansweredOnly = true;
    f.search = u"доставка \"quoted\""_s;
    const auto back = filterFromJson(filterToJson(f));
    REQUIRE(back.has_value());
    CHECK(*back == f);

    CHECK(filterFromJson(filterToJson({})) == ItemFilter{});
    CHECK_FALSE(filterFromJson(u"[1,2]"_s).has_value());
    CHECK_FALSE(filterFromJson(u"not json"_s).has_value());
    // A word this version does not know is left out, the rest kept.
    const auto partly = filterFromJson(uR"({"statuses":["open","someday"],"kinds":["dm"]})"_s);
    REQUIRE(partly.has_value());
    CHECK(partly->statuses == QList<ItemStatus>{ItemStatus::Open});
    CHECK(partly->kinds == QList<ItemKind>{ItemKind::Dm});
}
