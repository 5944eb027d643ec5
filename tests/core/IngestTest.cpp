#include "TestSupport.h"

#include "store/ItemQueries.h"

#include <QSemaphore>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::ingest;
using fd::test::makeItem;

namespace {

QList<ItemRow> allItems(Store &store, ItemFilter filter = {})
{
    filter.includeOutgoing = true;
    ItemQueries q(*store.reader());
    auto rows = q.page(filter, 100000);
    REQUIRE(rows.ok());
    return *rows;
}

QString cursorOf(Store &store, qint64 accountId)
{
    QSqlQuery q(*store.reader());
    q.prepare(u"SELECT cursor FROM accounts WHERE id = ?"_s);
    q.addBindValue(accountId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("A batch is stored with its cursor", "[ingest]")
{
    fd::test::TempStore s;
    const qint64 acc = s.addAccount(Platform::Telegram, u"Support bot"_s);
    IngestBatch b;
    b.accountId = acc;
    b.items = {makeItem(u"1"_s, u"Hello"_s), makeItem(u"2"_s, u"Where is my order?"_s)};
    b.cursor = u"1002"_s;
    const IngestResult r = ingest(s.store(), b);
    REQUIRE(r.ok());
    CHECK(r.inserted == 2);
    CHECK(r.insertedIds.size() == 2);
    CHECK(cursorOf(s.store(), acc) == u"1002"_s);

    const auto rows = allItems(s.store());
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].item.author.name == u"Anna Petrova"_s);
    CHECK(rows[0].accountName == u"Support bot"_s);
    CHECK(rows[0].item.status == ItemStatus::New);
}

TEST_CASE("The same item delivered twice is stored once", "[ingest][dedupe]")
{
    fd::test::TempStore s;
    const qint64 acc = s.addAccount(Platform::Vk, u"Community"_s);
    IngestBatch b;
    b.accountId = acc;
    b.items = {makeItem(u"42"_s, u"Привет"_s), makeItem(u"43"_s, u"Добрый день"_s)};
    REQUIRE(ingest(s.store(), b).inserted == 2);

    // The platform re-sends after a lost acknowledgement, and once more inside one batch.
    b.items.append(makeItem(u"42"_s, u"Привет"_s));
    const IngestResult again = ingest(s.store(), b);
    REQUIRE(again.ok());
    CHECK(again.inserted == 0);
    CHECK(again.duplicates == 3);
    CHECK(allItems(s.store()).size() == 2);
}

TEST_CASE("The same external id on two accounts is two items", "[ingest][dedupe]")
{
    fd::test::TempStore s;
    const qint64 a = s.addAccount(Platform::Telegram, u"Bot A"_s);
    const qint64 b = s.addAccount(Platform::Telegram, u"Bot B"_s);
    REQUIRE(ingest(s.store(), {a, {makeItem(u"1"_s, u"x"_s)}, {}, {}}).inserted == 1);
    REQUIRE(ingest(s.store(), {b, {makeItem(u"1"_s, u"y"_s)}, {}, {}}).inserted == 1);
    CHECK(allItems(s.store()).size() == 2);
}

TEST_CASE("An edit replaces the text and journals the previous one", "[ingest][edit]")
{
    fd::test::TempStore s;
    const qint64 acc = s.addAccount(Platform::Telegram, u"Bot"_s);
    REQUIRE(ingest(s.store(), {acc, {makeItem(u"7"_s, u"My order 123 is late"_s)}, {}, {}}).ok());

    IncomingItem edited = makeItem(u"7"_s, u"My order 124 is late"_s);
    edited.item.editedAt = QDateTime::fromSecsSinceEpoch(1767229200, Qt::UTC);
    const IngestResult r = ingest(s.store(), {acc, {edited}, {}, {}});
    REQUIRE(r.ok());
    CHECK(r.edited == 1);
    CHECK(r.inserted == 0);

    const auto rows = allItems(s.store());
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].item.text == u"My order 124 is late"_s);
    CHECK(rows[0].item.editedAt == edited.item.editedAt);

    ItemQueries q(*s->reader());
    const auto journal = q.journal({rows[0].item.id, {}, u"item.edited"_s}, 10);
    REQUIRE(journal.ok());
    REQUIRE(journal->size() == 1);
    CHECK(journal->at(0).before == u"My order 123 is late"_s);
    CHECK(journal->at(0).after == u"My order 124 is late"_s);
    CHECK(journal->at(0).actorKind == ActorKind::Connector);

    // Search follows the edit.
    ItemFilter f;
    f.search = u"124"_s;
    CHECK(allItems(s.store(), f).size() == 1);
    f.search = u"123"_s;
    CHECK(allItems(s.store(), f).isEmpty());
}

TEST_CASE("A deletion marks the item deleted and keeps its text", "[ingest][delete]")
{
    fd::test::TempStore s;
    const qint64 acc = s.addAccount(Platform::Vk, u"Community"_s);
    REQUIRE(ingest(s.store(), {acc, {makeItem(u"c1"_s, u"You are all thieves"_s)}, {}, {}}).ok());

    IngestBatch del;
    del.accountId = acc;
    del.deletions = {{u"c1"_s, QDateTime::fromSecsSinceEpoch(1767230000, Qt::UTC), u"555"_s},
                     {u"never-seen"_s, {}, {}}};
    const IngestResult r = ingest(s.store(), del);
    REQUIRE(r.ok());
    CHECK(r.deleted == 1);
    CHECK(r.unknownDeletions == 1);

    const auto rows = allItems(s.store());
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].item.status == ItemStatus::Deleted);
    CHECK(rows[0].item.text == u"You are all thieves"_s);
    CHECK(rows[0].item.deletedAt == QDateTime::fromSecsSinceEpoch(1767230000, Qt::UTC));

    ItemQueries q(*s->reader());
    const auto journal = q.journal({rows[0].item.id, {}, u"item.deleted"_s}, 10);
    REQUIRE(journal.ok());
    REQUIRE(journal->size() == 1);
    CHECK(journal->at(0).before == u"You are all thieves"_s);

    // Deleting twice journals once.
    REQUIRE(ingest(s.store(), del).ok());
    CHECK(q.journal({rows[0].item.id, {}, u"item.deleted"_s}, 10)->size() == 1);

    // The journal cannot be rewritten.
    QSqlQuery w(*s->reader());
    CHECK_FALSE(w.exec(u"DELETE FROM journal"_s));
}

TEST_CASE("A restored item is back in the inbox, and the journal says so", "[ingest][delete]")
{
    fd::test::TempStore s;
    const qint64 acc = s.addAccount(Platform::Vk, u"Community"_s);
    REQUIRE(ingest(s.store(), {acc, {makeItem(u"c1"_s, u"Where is my parcel?"_s)}, {}, {}}).ok());

    // Deleted, then restored, in one batch: applied in order.
    IngestBatch batch;
    batch.accountId = acc;
    IncomingDeletion back;
    back.externalId = u"c1"_s;
    back.restored = true;
    batch.deletions = {{u"c1"_s, {}, u"555"_s}, back};
    const IngestResult r = ingest(s.store(), batch);
    REQUIRE(r.ok());
    CHECK(r.deleted == 1);
    CHECK(r.restored == 1);

    const auto rows = allItems(s.store());
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].item.status == ItemStatus::New);
    CHECK_FALSE(rows[0].item.deletedAt.isValid());
    ItemQueries q(*s->reader());
    CHECK(q.journal({rows[0].item.id, {}, u"item.restored"_s}, 10)->size() == 1);

    // Restoring what is not deleted changes nothing.
    IngestBatch again;
    again.accountId = acc;
    again.deletions = {back};
    CHECK(ingest(s.store(), again).restored == 0);
}

TEST_CASE("The journal rejects updates and deletes even from a writer", "[journal]")
{
    fd::test::TempStore s;
    const qint64 acc = s.addAccount(Platform::Vk, u"Community"_s);
    REQUIRE(ingest(s.store(), {acc, {makeItem(u"c1"_s, u"text"_s)}, {{u"c1"_s, {}, {}}}, {}}).ok());
    auto tryWrite = [&](const QString &sql) {
        auto f = s->write([sql](const QSqlDatabase &db) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                return StoreError::fromSql(q.lastError(), u"test"_s);
            return StoreError{};
        });
        f.waitForFinished();
        return f.result();
    };
    const StoreError upd = tryWrite(u"UPDATE journal SET before = 'nothing'"_s);
    CHECK_FALSE(upd.ok());
    CHECK(upd.message.contains(u"append-only"_s));
    CHECK_FALSE(tryWrite(u"DELETE FROM journal"_s).ok());
}

TEST_CASE("Comments hang under their post in one thread", "[ingest][thread]")
{
    fd::test::TempStore s;
    const qint64 acc = s.addAccount(Platform::Vk, u"Community"_s);
    IncomingItem c1 = makeItem(u"c1"_s, u"Nice post"_s, u"u1"_s);
    c1.item.kind = ItemKind::Comment;
    c1.post.externalId = u"p9"_s;
    c1.post.text = u"Spring sale starts tomorrow"_s;
    IncomingItem c2 = makeItem(u"c2"_s, u"Agreed"_s, u"u2"_s, u"Boris Ivanov"_s, 1767225700);
    c2.item.kind = ItemKind::Comment;
    c2.item.parentExternalId = u"c1"_s;
    c2.post.externalId = u"p9"_s;
    REQUIRE(ingest(s.store(), {acc, {c1, c2}, {}, {}}).inserted == 2);

    const auto rows = allItems(s.store());
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].item.threadId == rows[1].item.threadId);
    CHECK(rows[0].postText == u"Spring sale starts tomorrow"_s);
    CHECK(rows[0].parentText == u"Nice post"_s); // newest first: c2 answers c1

    ItemQueries q(*s->reader());
    const auto thread = q.thread(rows[0].item.threadId);
    REQUIRE(thread.ok());
    CHECK(thread->post.text == u"Spring sale starts tomorrow"_s);
    CHECK(thread->thread.kind == ThreadKind::Comments);
    REQUIRE(thread->items.size() == 2);
    CHECK(thread->items[0].item.externalId == u"c1"_s); // oldest first
}

TEST_CASE("Items come back newest first whatever order they arrive in", "[ingest][order]")
{
    fd::test::TempStore s;
    const qint64 acc = s.addAccount(Platform::Telegram, u"Bot"_s);
    // A late backfill of an old message, and several in the same second.
    REQUIRE(ingest(s.store(), {acc,
                               {makeItem(u"3"_s, u"third"_s, u"u"_s, u"A"_s, 1767225603),
                                makeItem(u"1"_s, u"first"_s, u"u"_s, u"A"_s, 1767225601),
                                makeItem(u"2a"_s, u"second a"_s, u"u"_s, u"A"_s, 1767225602),
                                makeItem(u"2b"_s, u"second b"_s, u"u"_s, u"A"_s, 1767225602)},
                               {},
                               {}})
                .inserted == 4);
    REQUIRE(ingest(s.store(),
                   {acc, {makeItem(u"0"_s, u"zeroth"_s, u"u"_s, u"A"_s, 1767225600)}, {}, {}})
                .inserted == 1);
    const auto rows = allItems(s.store());
    QStringList order;
    for (const auto &r : rows)
        order << r.item.externalId;
    CHECK(order == QStringList{u"3"_s, u"2b"_s, u"2a"_s, u"1"_s, u"0"_s});
}

TEST_CASE("An author's new name is stored and searchable", "[ingest][author]")
{
    fd::test::TempStore s;
    const qint64 acc = s.addAccount(Platform::Telegram, u"Bot"_s);
    IncomingItem a = makeItem(u"1"_s, u"first message"_s, u"u77"_s, u"Olga Smirnova"_s);
    a.item.author.followers = 1200;
    a.item.author.city = u"Kazan"_s;
    REQUIRE(ingest(s.store(), {acc, {a}, {}, {}}).ok());

    IncomingItem b =
        makeItem(u"2"_s, u"second message"_s, u"u77"_s, u"Olga Kuznetsova"_s, 1767225700);
    b.item.author.handle = u"@olga_k"_s;
    b.item.author.followers = -1; // not sent this time: keep what we know
    REQUIRE(ingest(s.store(), {acc, {b}, {}, {}}).ok());

    ItemFilter f;
    f.search = u"Kuznetsova"_s;
    const auto found = allItems(s.store(), f);
    CHECK(found.size() == 2); // both items, the old one re-indexed under the new name
    REQUIRE_FALSE(found.isEmpty());
    CHECK(found[0].item.author.handle == u"olga_k"_s);
    CHECK(found[0].item.author.followers == 1200);
    CHECK(found[0].item.author.city == u"Kazan"_s);
    f.search = u"Smirnova"_s;
    CHECK(allItems(s.store(), f).isEmpty());

    CHECK(fd::test::storeProblems(s.path()).isEmpty());
}

TEST_CASE("A long thread returns its newest items and says how many there are", "[thread]")
{
    fd::test::TempStore s;
    const qint64 acc = s.addAccount(Platform::Vk, u"Community"_s);
    IngestBatch b;
    b.accountId = acc;
    const int total = ItemQueries::maxThreadItems + 5;
    for (int i = 0; i < total; ++i) {
        IncomingItem c = makeItem(u"c%1"_s.arg(i), u"comment %1"_s.arg(i), u"u%1"_s.arg(i % 50),
                                  u"Author %1"_s.arg(i % 50), 1767225600 + i);
        c.item.kind = ItemKind::Comment;
        c.post.externalId = u"viral"_s;
        c.post.text = u"A crisis post"_s;
        b.items.append(c);
    }
    REQUIRE(ingest(s.store(), b).inserted == total);
    ItemQueries q(*s->reader());
    const auto rows = q.page({}, 1);
    REQUIRE(rows.ok());
    const auto thread = q.thread(rows->at(0).item.threadId);
    REQUIRE(thread.ok());
    CHECK(thread->items.size() == ItemQueries::maxThreadItems);
    CHECK(thread->totalItems == total);
    CHECK(thread->items.last().item.externalId == u"c%1"_s.arg(total - 1)); // newest last
    CHECK(thread->items.first().item.externalId == u"c5"_s);
}

TEST_CASE("A batch that fails costs nothing of the batches committed with it", "[ingest][writer]")
{
    fd::test::TempStore s;
    const qint64 bot = s.addAccount(Platform::Telegram, u"Bot"_s);
    const qint64 group = s.addAccount(Platform::Vk, u"Group"_s);
    // The writer is held while the batches queue up, so they go into one transaction.
    QSemaphore held, release;
    QFuture<StoreError> hold = s->write([&](const QSqlDatabase &) {
        held.release();
        release.acquire();
        return StoreError{};
    });
    held.acquire();
    QList<QFuture<IngestResult>> batches;
    batches << s->ingest(
        {bot, {makeItem(u"1"_s, u"first"_s), makeItem(u"2"_s, u"second"_s)}, {}, u"b1"_s});
    batches << s->ingest({9999, {makeItem(u"x"_s, u"for nobody"_s)}, {}, u"lost"_s});
    batches << s->ingest({group, {makeItem(u"3"_s, u"third"_s)}, {}, u"g1"_s});
    batches << s->ingest(
        {bot, {makeItem(u"2"_s, u"second"_s), makeItem(u"4"_s, u"fourth"_s)}, {}, u"b2"_s});
    release.release();
    REQUIRE(fd::test::resultOf(hold).ok());

    const IngestResult first = fd::test::resultOf(batches[0]);
    const IngestResult refused = fd::test::resultOf(batches[1]);
    const IngestResult third = fd::test::resultOf(batches[2]);
    const IngestResult fourth = fd::test::resultOf(batches[3]);
    REQUIRE(first.ok());
    CHECK(first.inserted == 2); // counted once, though the batch ran again after the failure
    CHECK(refused.error.kind == StoreError::Kind::Invalid);
    REQUIRE(third.ok());
    CHECK(third.inserted == 1);
    REQUIRE(fourth.ok());
    CHECK(fourth.inserted == 1);
    CHECK(fourth.duplicates == 1);

    const auto rows = allItems(s.store());
    QStringList texts;
    for (const ItemRow &row : rows)
        texts << row.item.text;
    texts.sort();
    CHECK(texts == QStringList{u"first"_s, u"fourth"_s, u"second"_s, u"third"_s});
    CHECK(cursorOf(s.store(), bot) == u"b2"_s);
    CHECK(cursorOf(s.store(), group) == u"g1"_s);
    CHECK(fd::test::storeProblems(s.path()).isEmpty());
}
