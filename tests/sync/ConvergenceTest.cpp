// Three stations working on the same items at once, each on its own store with its own sync
// thread and listener: once they stop, every store holds what the server holds.
#include "SyncTestSupport.h"

#include "TestSupport.h"
#include "console/InboxActions.h"
#include "store/Connection.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <numeric>
#include <random>

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;

namespace {

const QStringList kLogins{u"anna"_s, u"piotr"_s, u"lena"_s};
const QStringList kTags{u"vip"_s, u"refund"_s, u"urgent"_s};
const QList<qint64> kItems{1001, 1003, 1004, 1005, 1006, 1007};

qint64 localId(Station &s, const QString &sql)
{
    auto q = Connection::exec(*s.local->reader(), sql);
    REQUIRE(q.ok());
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

// What a person sees of the shared items: status, assignee, read, tags and the notes on their
// conversations.
QStringList serverState(ServerConnection &c)
{
    auto q = c.exec(uR"(
        SELECT i.id || '|' || i.status || '|' || coalesce(i.assignee, '-') || '|' || i.read::int
               || '|' || coalesce((SELECT string_agg(g.name, ',' ORDER BY g.name)
                                   FROM fd.item_tags it JOIN fd.tags g ON g.id = it.tag_id
                                   WHERE it.item_id = i.id AND it.present), '')
        FROM fd.items i WHERE i.id BETWEEN 1001 AND 1007
        UNION ALL
        SELECT 'notes ' || thread_id || '|' || count(*) FROM fd.notes
        WHERE thread_id IS NOT NULL GROUP BY thread_id
    )"_s,
                    {}, u"read"_s);
    INFO(q.error().message.toStdString());
    REQUIRE(q.ok());
    return sortedRows(q.value());
}

QStringList stationState(Station &s)
{
    auto q = Connection::exec(*s.local->reader(), uR"(
        SELECT i.id || '|' || i.status || '|' || coalesce(o.login, '-') || '|' || i.read
               || '|' || coalesce((SELECT group_concat(name, ',') FROM (
                                       SELECT g.name FROM item_tags it
                                       JOIN tags g ON g.id = it.tag_id
                                       WHERE it.item_id = i.id ORDER BY g.name)), '')
        FROM items i LEFT JOIN operators o ON o.id = i.assignee_id
        WHERE i.id BETWEEN 1001 AND 1007
        UNION ALL
        SELECT 'notes ' || thread_id || '|' || count(*) FROM notes
        WHERE thread_id IS NOT NULL GROUP BY thread_id
    )"_s);
    REQUIRE(q.ok());
    return sortedRows(q.value());
}

// Lets the stations' threads work for a moment.
void breathe(int ms)
{
    QDeadlineTimer until(ms);
    while (!until.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
}

} // namespace

TEST_CASE("Stations making random changes to the same items at once all end with the server's "
          "state",
          "[sync][converge]")
{
    TwoDesks t;
    t.server.addOperator(u"lena"_s, u"operator"_s);
    auto lena = t.server.connectAs(u"lena"_s);
    const QUuid lenaDesk = registerStation(*lena, u"desk-l"_s);
    // Two conversations of three items each, and the team's tags.
    t.server.sql(uR"(
        INSERT INTO fd.threads (account_id, kind, external_id, title)
            VALUES (1, 'dialog', 'd1', 'First'), (1, 'dialog', 'd2', 'Second');
        UPDATE fd.items SET thread_id = (SELECT id FROM fd.threads WHERE external_id = 'd1')
            WHERE id = 1001;
        INSERT INTO fd.items (id, account_id, external_id, kind, text, created_at, thread_id)
            SELECT 1000 + n, 1, '1:' || n, 'dm', 'Question ' || n, now(),
                   (SELECT id FROM fd.threads WHERE external_id = CASE WHEN n < 5 THEN 'd1'
                                                                       ELSE 'd2' END)
            FROM generate_series(3, 7) AS n;
        INSERT INTO fd.tags (name) VALUES ('vip'), ('refund'), ('urgent');
    )"_s);

    std::vector<std::unique_ptr<Station>> stations;
    stations.push_back(std::make_unique<Station>(t.server, u"anna"_s, t.annaDesk));
    stations.push_back(std::make_unique<Station>(t.server, u"piotr"_s, t.piotrDesk));
    stations.push_back(std::make_unique<Station>(t.server, u"lena"_s, lenaDesk));
    REQUIRE(waitFor([&] {
        return std::all_of(stations.cbegin(), stations.cend(), [](const auto &s) {
            return s->value(u"SELECT count(*) FROM items"_s) == u"7"_s &&
                   s->value(u"SELECT count(*) FROM tags"_s) == u"3"_s &&
                   s->value(u"SELECT count(*) FROM operators"_s) == u"3"_s;
        });
    }));

    std::vector<InboxActions> actions;
    actions.reserve(3);
    for (int i = 0; i < 3; ++i)
        actions.emplace_back(stations[i]->local.store(),
                             Actor{0, kLogins[i], kLogins[i], u"desk"_s});

    std::mt19937 random(20261122);
    const auto pick = [&random](int n) { return int(random() % unsigned(n)); };
    int notes = 0;
    for (int step = 0; step < 240; ++step) {
        const int s = pick(3);
        Station &station = *stations[s];
        InboxActions &act = actions[s];
        const qint64 item = kItems[pick(kItems.size())];
        StoreError done;
        switch (pick(6)) {
        case 0:
            done = resultOf(act.close({item}));
            break;
        case 1:
            done = resultOf(act.reopen({item}));
            break;
        case 2:
            done = resultOf(act.markRead({item}, pick(2) == 0));
            break;
        case 3: {
            const qint64 tag =
                localId(station, u"SELECT id FROM tags WHERE name = '%1'"_s.arg(kTags[pick(3)]));
            done = resultOf(act.setTag({item}, tag, pick(2) == 0));
            break;
        }
        case 4: {
            const int who = pick(4); // 3: nobody
            const qint64 op = who == 3
                                  ? 0
                                  : localId(station, u"SELECT id FROM operators "
                                                     u"WHERE login = '%1'"_s.arg(kLogins[who]));
            done = resultOf(act.assign({item}, op));
            break;
        }
        default: {
            const qint64 thread =
                localId(station, u"SELECT thread_id FROM items WHERE id = %1"_s.arg(item));
            done = resultOf(act.addThreadNote(thread, u"Note %1 by %2"_s.arg(++notes).arg(s)));
            break;
        }
        }
        INFO("step " << step << ": " << done.message.toStdString());
        REQUIRE(done.ok());
        if (pick(3) == 0)
            station.sync->syncNow();
        breathe(pick(8));
    }

    // They stop: every queue empties, then every station pulls once more.
    for (auto &s : stations)
        s->sync->syncNow();
    REQUIRE(waitFor(
        [&] {
            return std::all_of(stations.cbegin(), stations.cend(), [](const auto &s) {
                return s->value(u"SELECT count(*) FROM sync_ops WHERE state = 'queued'"_s) ==
                       u"0"_s;
            });
        },
        30'000));
    for (int round = 0; round < 2; ++round) {
        std::vector<int> before;
        for (auto &s : stations) {
            before.push_back(s->rounds);
            s->sync->syncNow();
        }
        REQUIRE(waitFor([&] {
            for (size_t i = 0; i < stations.size(); ++i) {
                if (stations[i]->rounds <= before[i])
                    return false;
            }
            return true;
        }));
    }

    const QStringList server = serverState(t.server.admin());
    CHECK(scalar(t.server.admin(), u"SELECT count(*) FROM fd.notes"_s) == notes);
    for (size_t i = 0; i < stations.size(); ++i) {
        INFO("station of " << kLogins[int(i)].toStdString());
        CHECK(stationState(*stations[i]) == server);
    }
    // Every op reached the server once: each station's settled ops are its ops there.
    CHECK(
        scalar(t.server.admin(), u"SELECT count(*) FROM fd.ops"_s) ==
        std::accumulate(stations.cbegin(), stations.cend(), qint64(0), [](qint64 n, const auto &s) {
            return n + s->value(u"SELECT count(*) FROM sync_ops"_s).toLongLong();
        }));
}

TEST_CASE("A change the server takes as no change still leaves the station with the server's "
          "state",
          "[sync][converge]")
{
    TwoDesks t;
    Station anna(t.server, u"anna"_s, t.annaDesk);
    REQUIRE(waitFor([&] { return anna.value(u"SELECT count(*) FROM items"_s) == u"2"_s; }));
    InboxActions act(anna.local.store(), Actor{0, u"anna"_s, u"Anna"_s, u"desk"_s});
    REQUIRE(resultOf(act.reopen({1001})).ok());
    const int rounds = anna.rounds;
    anna.sync->syncNow();
    REQUIRE(waitFor([&] { return anna.rounds > rounds; }));
    anna.sync->syncNow();
    REQUIRE(waitFor([&] { return anna.rounds > rounds + 1; }));
    CHECK(anna.value(u"SELECT status || '|' || read FROM items WHERE id = 1001"_s) ==
          text(t.server.admin(),
               u"SELECT status || '|' || read::int FROM fd.items WHERE id = 1001"_s));
}
