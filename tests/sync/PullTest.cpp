// Pulling the team's changes without gaps: a transaction that commits late is never skipped.
#include "SyncTestSupport.h"

#include "sync/ChangeFeed.h"

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;

namespace {

// The items among the changes, by id.
QList<qint64> idsOf(const QList<Change> &changes)
{
    QList<qint64> ids;
    for (const Change &c : changes) {
        if (c.table == u"items"_s)
            ids << c.row.value(u"id"_s).toInteger();
    }
    return ids;
}

QJsonObject itemIn(const QList<Change> &changes, qint64 id)
{
    for (const Change &c : changes) {
        if (c.table == u"items"_s && c.row.value(u"id"_s).toInteger() == id)
            return c.row;
    }
    return {};
}

} // namespace

TEST_CASE("A pull never reads past a writing transaction that is still open", "[sync][pull]")
{
    TwoDesks t;
    t.server.addOperator(u"lena"_s, u"lead"_s);
    auto reader = t.server.connectAs(u"lena"_s);

    // From the start: both items, in the order they were written.
    SyncCursor cursor;
    auto first = pullChanges(*reader, cursor, 100, &cursor);
    INFO(first.error().message.toStdString());
    REQUIRE(first.ok());
    CHECK(idsOf(*first) == QList<qint64>{1001, 1002});
    const SyncCursor afterFirst = cursor;

    // Anna's close is written but not committed yet; Piotr's mark-read commits after it began.
    REQUIRE(t.anna->db().transaction());
    const Answer closing =
        applyOp(*t.anna, QUuid::createUuid(), t.annaDesk, 1, u"close"_s, {{u"item"_s, 1001}});
    REQUIRE(closing.error.ok());
    const Answer reading = applyOp(*t.piotr, QUuid::createUuid(), t.piotrDesk, 1, u"mark_read"_s,
                                   {{u"item"_s, 1002}, {u"read"_s, true}});
    REQUIRE(reading.error.ok());
    REQUIRE(reading.changed());
    CHECK(scalar(*reader, u"SELECT count(*) FROM fd.items WHERE read"_s) == 1);

    // Piotr's change is visible, but reading it now would move the cursor past Anna's
    // transaction: the pull waits for it instead.
    auto held = pullChanges(*reader, cursor, 100, &cursor);
    REQUIRE(held.ok());
    CHECK(held->isEmpty());
    CHECK(cursor == afterFirst);

    REQUIRE(t.anna->db().commit());
    auto after = pullChanges(*reader, cursor, 100, &cursor);
    REQUIRE(after.ok());
    REQUIRE(idsOf(*after) == QList<qint64>{1001, 1002});
    CHECK(itemIn(*after, 1001).value(u"status"_s).toString() == u"closed"_s);
    CHECK(itemIn(*after, 1002).value(u"read"_s).toBool());

    // Nothing new: nothing comes, and the cursor stays.
    const SyncCursor settled = cursor;
    auto none = pullChanges(*reader, cursor, 100, &cursor);
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
    CHECK(cursor == settled);
}

TEST_CASE("A pull goes on in pages from where the last one stopped", "[sync][pull]")
{
    TwoDesks t;
    t.server.sql(uR"(
        INSERT INTO fd.items (id, account_id, external_id, kind, text, created_at)
        SELECT 2000 + n, 1, 'bulk:' || n, 'comment', 'Comment ' || n, now()
        FROM generate_series(1, 250) AS n;
    )"_s);
    auto reader = t.server.connectAs(u"anna"_s);
    SyncCursor cursor;
    QList<qint64> seen;
    for (int page = 0; page < 10; ++page) {
        auto changes = pullChanges(*reader, cursor, 64, &cursor);
        REQUIRE(changes.ok());
        if (changes->isEmpty())
            break;
        seen << idsOf(*changes);
    }
    CHECK(seen.size() == 252);
    CHECK(QSet<qint64>(seen.cbegin(), seen.cend()).size() == 252);
}
