// A station's copy of the team's data: the first pull, later changes, notes written here coming
// back once, and a refused change taking the server's state back.
#include "SyncTestSupport.h"

#include "TestSupport.h"
#include "console/InboxActions.h"
#include "store/Connection.h"
#include "store/ItemFilter.h"
#include "store/ItemQueries.h"
#include "sync/Puller.h"
#include "sync/Pusher.h"
#include "sync/Replica.h"
#include "sync/TeamMembership.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;

namespace {

// A station's store joined to the team as `login` at `desk`.
void join(TempStore &station, TestServer &server, const QString &login, const QUuid &desk)
{
    TeamMembership team;
    team.server = server.address().display();
    team.login = login;
    team.station = desk;
    REQUIRE(resultOf(team.save(station.store())).ok());
}

QString localText(Store &store, const QString &sql)
{
    auto q = Connection::exec(*store.reader(), sql);
    REQUIRE(q.ok());
    return q.value().next() ? q.value().value(0).toString() : QString();
}

qint64 localCount(Store &store, const QString &sql)
{
    return localText(store, sql).toLongLong();
}

PullReport pull(Store &store, ServerConnection &server, int pageSize = 2000)
{
    const PullReport report = pullAll(store, server, {}, pageSize);
    INFO(report.error.message.toStdString());
    REQUIRE(report.error.ok());
    return report;
}

} // namespace

TEST_CASE("A station's first pull brings the team's items, people, tags and notes, with progress",
          "[sync][replica]")
{
    TwoDesks t;
    t.server.sql(uR"(
        INSERT INTO fd.authors (platform, external_id, name, handle, followers, city)
        VALUES ('telegram', 'u7', 'Ирина Ковалёва', 'irina_k', 1200, 'Kraków');
        INSERT INTO fd.threads (account_id, kind, external_id, title)
        VALUES (1, 'dialog', 'dm:u7', 'Ирина');
        INSERT INTO fd.items (id, account_id, external_id, kind, thread_id, author_id, text,
                              created_at)
        SELECT 5000 + n, 1, 'bulk:' || n, 'dm', 1, 1, 'Gdzie jest moja paczka ' || n, now()
        FROM generate_series(1, 300) AS n;
    )"_s);
    REQUIRE(applyOp(*t.piotr, QUuid::createUuid(), t.piotrDesk, 1, u"tag"_s,
                    {{u"item"_s, 5001}, {u"tag"_s, u"Доставка"_s}})
                .changed());
    REQUIRE(applyOp(*t.piotr, QUuid::createUuid(), t.piotrDesk, 2, u"assign"_s,
                    {{u"item"_s, 5002}, {u"to"_s, u"anna"_s}, {u"expected"_s, u""_s}})
                .changed());
    REQUIRE(applyOp(*t.piotr, QUuid::createUuid(), t.piotrDesk, 3, u"note"_s,
                    {{u"thread"_s, 1}, {u"body"_s, u"Stała klientka"_s}})
                .changed());

    TempStore station;
    join(station, t.server, u"anna"_s, t.annaDesk);
    QList<std::pair<qint64, qint64>> steps;
    const PullReport first = pullAll(
        station.store(), *t.anna,
        [&](qint64 done, qint64 total) {
            steps.append({done, total});
        },
        100);
    INFO(first.error.message.toStdString());
    REQUIRE(first.error.ok());
    CHECK(first.initial);
    CHECK(first.newItems == 302);

    // Progress went from nothing to everything, in pages.
    REQUIRE(steps.size() >= 4);
    CHECK(steps.first().first == 0);
    CHECK(steps.last().first == steps.last().second);
    CHECK(steps.last().second == first.rows);

    Store &s = station.store();
    CHECK(localCount(s, u"SELECT count(*) FROM items"_s) == 302);
    CHECK(localText(s, u"SELECT group_concat(tbl || ' ' || row) FROM sync_waiting"_s) == u""_s);
    CHECK(localText(s, u"SELECT status FROM items WHERE id = 1002"_s) == u"deleted"_s);
    CHECK(localText(s, u"SELECT a.city FROM items i JOIN authors a ON a.id = i.author_id "
                       u"WHERE i.id = 5003"_s) == u"Kraków"_s);
    CHECK(localText(s, u"SELECT t.name FROM item_tags it JOIN tags t ON t.id = it.tag_id "
                       u"WHERE it.item_id = 5001"_s) == u"Доставка"_s);
    CHECK(localText(s, u"SELECT o.login FROM items i JOIN operators o ON o.id = i.assignee_id "
                       u"WHERE i.id = 5002"_s) == u"anna"_s);
    CHECK(localText(s, u"SELECT body FROM notes WHERE thread_id = 1"_s) == u"Stała klientka"_s);

    // Found by the search, by text and by the author's name.
    ItemFilter byText;
    byText.search = u"paczka"_s;
    const ItemQueries queries(*s.reader());
    auto found = queries.countUpTo(byText, 1000);
    REQUIRE(found.ok());
    CHECK(*found == 300);
    ItemFilter byAuthor;
    byAuthor.search = u"Ковалёва"_s;
    found = queries.countUpTo(byAuthor, 1000);
    REQUIRE(found.ok());
    CHECK(*found == 300);

    // Nothing new: nothing comes. Then Piotr closes one and renames nobody: only that comes.
    CHECK(pull(s, *t.anna).rows == 0);
    REQUIRE(applyOp(*t.piotr, QUuid::createUuid(), t.piotrDesk, 4, u"close"_s, {{u"item"_s, 5003}})
                .changed());
    const PullReport later = pull(s, *t.anna);
    CHECK_FALSE(later.initial);
    CHECK(later.rows == 1);
    CHECK(later.changedItems == 1);
    CHECK(localText(s, u"SELECT status FROM items WHERE id = 5003"_s) == u"closed"_s);
}

TEST_CASE("A note written at a station comes back from the server once", "[sync][replica]")
{
    TwoDesks t;
    t.server.sql(uR"(
        INSERT INTO fd.threads (account_id, kind, external_id) VALUES (1, 'dialog', 'dm:u1');
    )"_s);
    TempStore station;
    join(station, t.server, u"anna"_s, t.annaDesk);
    Store &s = station.store();
    pull(s, *t.anna);

    InboxActions actions(s, {0, u"anna"_s, u"Anna"_s, u"desk-a"_s});
    REQUIRE(resultOf(actions.addThreadNote(1, u"Called back, waiting for the invoice"_s)).ok());
    const PushReport pushed = pushPending(s, *t.anna, t.annaDesk);
    REQUIRE(pushed.error.ok());
    CHECK(pushed.applied == 1);
    CHECK(pull(s, *t.anna).rows >= 1);
    CHECK(localCount(s, u"SELECT count(*) FROM notes"_s) == 1);
    CHECK(scalar(*t.anna, u"SELECT count(*) FROM fd.notes"_s) == 1);
}

TEST_CASE("A change the server refused is undone at the station that made it", "[sync][replica]")
{
    TwoDesks t;
    TempStore station;
    join(station, t.server, u"anna"_s, t.annaDesk);
    Store &s = station.store();
    pull(s, *t.anna);

    // Piotr takes the item; Anna, not having heard yet, assigns it to herself here.
    REQUIRE(applyOp(*t.piotr, QUuid::createUuid(), t.piotrDesk, 1, u"assign"_s,
                    {{u"item"_s, 1001}, {u"to"_s, u"piotr"_s}, {u"expected"_s, u""_s}})
                .changed());
    const qint64 annaId = localCount(s, u"SELECT id FROM operators WHERE login = 'anna'"_s);
    REQUIRE(annaId > 0);
    InboxActions actions(s, {annaId, u"anna"_s, u"Anna"_s, u"desk-a"_s});
    REQUIRE(resultOf(actions.assign({1001}, annaId)).ok());
    CHECK(localText(s, u"SELECT o.login FROM items i JOIN operators o ON o.id = i.assignee_id "
                       u"WHERE i.id = 1001"_s) == u"anna"_s);

    const PushReport pushed = pushPending(s, *t.anna, t.annaDesk);
    REQUIRE(pushed.error.ok());
    CHECK(pushed.rejected == 1);
    pull(s, *t.anna);
    CHECK(localText(s, u"SELECT o.login FROM items i JOIN operators o ON o.id = i.assignee_id "
                       u"WHERE i.id = 1001"_s) == u"piotr"_s);
}
