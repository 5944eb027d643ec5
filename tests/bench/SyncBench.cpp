// bench sync: team sync against a real PostgreSQL — ops pushed per second, rows pulled per
// second, and the time from an item ingested by the gateway to visible in other stations' stores
// (with 1 and with 20 stations, each with its own store, sync thread and listener), and how long
// a bot goes unpolled when its gateway dies and the standby takes over with the default lease.
#include "BenchSupport.h"
#include "IngestBenchRun.h"

#include "auth/SecretStore.h"
#include "net/HttpClient.h"
#include "sandbox/HttpServer.h"
#include "sandbox/TelegramSandbox.h"
#include "sandbox/TelegramSandboxBot.h"
#include "store/Connection.h"
#include "store/Store.h"
#include "sync/Gateway.h"
#include "sync/OpQueue.h"
#include "sync/Puller.h"
#include "sync/Pusher.h"
#include "sync/ServerConnection.h"
#include "sync/ServerSchema.h"
#include "sync/TeamGateway.h"
#include "sync/TeamMembership.h"
#include "sync/TeamSync.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::bench {

namespace {

QString password(const QString &login)
{
    return u"bench-"_s + login;
}

// A station: its own store in a temporary folder, joined to the team as `login`.
struct BenchStation
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    TeamMembership team;
    std::unique_ptr<TeamSync> sync;
    std::unique_ptr<TeamGateway> gateway;
};

class SyncBenchRun
{
public:
    SyncBenchRun(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}
    ~SyncBenchRun()
    {
        m_stations.clear();
        m_gateway.reset();
        m_team.reset();
        if (m_admin && !m_database.isEmpty())
            m_admin->exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_database), {},
                          u"drop"_s);
    }

    bool setUp(const ServerAddress &address, int operators)
    {
        auto admin = ServerConnection::open(u"bench.admin"_s, address);
        if (!admin.ok())
            return fail(admin.error().message);
        m_admin = std::move(admin.value());
        m_database = u"fd_bench_"_s + QUuid::createUuid().toString(QUuid::Id128).left(10);
        if (auto q = m_admin->exec(u"CREATE DATABASE "_s + m_database, {}, u"create"_s); !q.ok())
            return fail(q.error().message);
        m_address = address;
        m_address.database = m_database;
        auto team = ServerConnection::open(u"bench.team"_s, m_address);
        if (!team.ok())
            return fail(team.error().message);
        m_team = std::move(team.value());
        if (auto migrated = ServerSchema::migrate(*m_team); !migrated.ok())
            return fail(migrated.error().message);
        QStringList logins{u"bench_gw"_s, u"bench_gw2"_s};
        for (int i = 1; i <= operators; ++i)
            logins << u"bench_op%1"_s.arg(i);
        for (const QString &login : logins) {
            m_team->exec(u"DROP ROLE IF EXISTS "_s + login, {}, u"drop role"_s);
            auto q = m_team->exec(u"SELECT fd.add_operator(?, ?, ?, ?)"_s,
                                  {login, login,
                                   login.startsWith(u"bench_gw"_s) ? u"gateway"_s : u"operator"_s,
                                   password(login)},
                                  u"add operator"_s);
            if (!q.ok())
                return fail(q.error().message);
        }
        auto gw = connectAs(u"bench_gw"_s);
        if (!gw)
            return false;
        m_gateway = std::move(gw);
        m_gatewayDesk = QUuid::createUuid();
        if (!registerStation(*m_gateway, m_gatewayDesk))
            return false;
        auto account = gateway::registerAccount(*m_gateway, Platform::Telegram, u"Bench shop"_s,
                                                u"http://127.0.0.1:1/"_s);
        if (!account.ok())
            return fail(account.error().message);
        m_account = *account;
        auto lease = gateway::acquireLease(*m_gateway, m_account, m_gatewayDesk, 300);
        if (!lease.ok() || !lease->held)
            return fail(u"The gateway did not get the lease."_s);
        m_epoch = lease->epoch;
        return true;
    }

    // Ingests `items` of realistic traffic; prints rows/s.
    bool ingest(qint64 items)
    {
        TrafficSource source({{m_account, Platform::Telegram}}, items, 2000, 11);
        QElapsedTimer t;
        t.start();
        qint64 stored = 0;
        for (IngestBatch b = source.next(200); !b.items.isEmpty(); b = source.next(200)) {
            if (!send(b, &stored))
                return false;
        }
        const double s = t.nsecsElapsed() / 1e9;
        m_out
            << u"gateway ingest: %1 items in %2 s = %3 items/s\n"_s.arg(stored).arg(fmt(s, 2)).arg(
                   fmt(stored / s, 0));
        return true;
    }

    // A new station's first pull, `runs` times; prints rows/s of each and the median.
    bool pull(int runs)
    {
        QList<double> rates;
        for (int run = 0; run < runs; ++run) {
            auto station = makeStation(u"bench_op1"_s);
            if (!station)
                return false;
            auto conn = connectAs(u"bench_op1"_s);
            if (!conn)
                return false;
            QElapsedTimer t;
            t.start();
            const PullReport r = pullAll(*station->store, *conn);
            const double s = t.nsecsElapsed() / 1e9;
            if (!r.error.ok())
                return fail(r.error.message);
            rates << r.rows / s;
            m_out << u"  pull run %1: %2 rows in %3 s = %4 rows/s\n"_s.arg(run + 1)
                         .arg(r.rows)
                         .arg(fmt(s, 2))
                         .arg(fmt(r.rows / s, 0));
            if (run == runs - 1)
                m_pulled = std::move(station);
        }
        m_out << u"pull (first sync of a station): median %1 rows/s\n"_s.arg(fmt(median(rates), 0));
        return true;
    }

    // `ops` queued mark-read ops pushed from the last pulled station, `runs` times.
    bool push(int ops, int runs)
    {
        BenchStation &st = *m_pulled;
        auto conn = connectAs(st.team.login);
        if (!conn)
            return false;
        auto ids =
            Connection::exec(*st.store->reader(), u"SELECT id FROM items ORDER BY id LIMIT 1000"_s);
        if (!ids.ok())
            return fail(ids.error().message);
        QList<qint64> items;
        while (ids.value().next())
            items << ids->value(0).toLongLong();
        if (items.isEmpty())
            return fail(u"No items to act on."_s);
        QList<double> rates;
        bool read = true;
        for (int run = 0; run < runs; ++run) {
            auto queued = st.store->write([&](const QSqlDatabase &db) {
                for (int i = 0; i < ops; ++i) {
                    auto q = opQueue::enqueue(
                        db, u"mark_read"_s,
                        {{u"item"_s, items.at(i % items.size())}, {u"read"_s, read}});
                    if (!q.ok())
                        return q.error();
                }
                return StoreError{};
            });
            queued.waitForFinished();
            if (!queued.result().ok())
                return fail(queued.result().message);
            read = !read;
            QElapsedTimer t;
            t.start();
            const PushReport r = pushPending(*st.store, *conn, st.team.station);
            const double s = t.nsecsElapsed() / 1e9;
            if (!r.error.ok())
                return fail(r.error.message);
            rates << (r.applied + r.rejected) / s;
            m_out << u"  push run %1: %2 ops in %3 s = %4 ops/s\n"_s.arg(run + 1)
                         .arg(r.applied + r.rejected)
                         .arg(fmt(s, 2))
                         .arg(fmt((r.applied + r.rejected) / s, 0));
        }
        m_out << u"push: median %1 ops/s\n"_s.arg(fmt(median(rates), 0));
        return true;
    }

    // Items ingested one at a time; the time until each of `stations` stations has it stored.
    bool latency(int stations, int samples)
    {
        m_stations.clear();
        for (int i = 1; i <= stations; ++i) {
            auto st = makeStation(u"bench_op%1"_s.arg(i));
            if (!st)
                return false;
            auto conn = connectAs(st->team.login);
            if (!conn)
                return false;
            if (const PullReport r = pullAll(*st->store, *conn); !r.error.ok())
                return fail(r.error.message);
            st->sync = std::make_unique<TeamSync>(*st->store, st->team, password(st->team.login));
            st->sync->start(true);
            m_stations.push_back(std::move(st));
        }
        QThread::msleep(500); // listeners connect
        QCoreApplication::processEvents();

        TrafficSource source({{m_account, Platform::Telegram}}, samples, 2000, 23);
        QList<double> all;
        for (int sample = 0; sample < samples; ++sample) {
            IngestBatch b = source.next(1);
            if (b.items.isEmpty())
                break;
            b.items[0].item.externalId = u"latency-%1-%2"_s.arg(stations).arg(sample);
            b.items[0].item.createdAt = QDateTime::currentDateTimeUtc();
            QElapsedTimer t;
            t.start();
            qint64 stored = 0;
            if (!send(b, &stored))
                return false;
            const qint64 id = m_lastIds.value(0);
            QList<bool> seen(m_stations.size(), false);
            int left = int(m_stations.size());
            while (left > 0 && t.elapsed() < 10'000) {
                QCoreApplication::processEvents();
                for (qsizetype i = 0; i < seen.size(); ++i) {
                    if (seen[i])
                        continue;
                    auto q = Connection::exec(*m_stations[i]->store->reader(),
                                              u"SELECT 1 FROM items WHERE id = ?"_s, {id});
                    if (q.ok() && q.value().next()) {
                        seen[i] = true;
                        --left;
                        all << t.nsecsElapsed() / 1e6;
                    }
                }
                QThread::usleep(500);
            }
            if (left > 0)
                m_err << u"sample %1: %2 stations never saw the item within 10 s\n"_s.arg(sample)
                             .arg(left);
            QThread::msleep(100);
        }
        m_out << u"ingest to visible, %1 station(s), %2 samples: median %3 ms, p95 %4 ms, max "
                 u"%5 ms\n"_s.arg(stations)
                     .arg(all.size())
                     .arg(fmt(median(all), 1))
                     .arg(fmt(percentile(all, 95), 1))
                     .arg(fmt(all.isEmpty() ? 0 : *std::max_element(all.cbegin(), all.cend()), 1));
        m_stations.clear();
        return true;
    }

    // Two gateway stations hold a sandbox bot's token with the default lease (30 s, renewed
    // every 10 s); the polling one dies without a word (its lease left to run out) while a
    // customer writes every 200 ms. Prints how long the first message written after the death
    // took to reach the server, `runs` times (the survivor of one run dies in the next).
    bool failover(int runs)
    {
        HttpServer http;
        if (!http.listen(0))
            return fail(u"The sandbox could not listen."_s);
        TelegramSandbox sandbox(&http);
        TelegramSandboxBot *bot = sandbox.bot();
        auto account = gateway::registerAccount(*m_gateway, Platform::Telegram, u"Failover bot"_s,
                                                sandbox.apiBaseUrl().toString());
        if (!account.ok())
            return fail(account.error().message);
        HttpClient client(nullptr);
        SecretStore secrets;
        std::unique_ptr<BenchStation> desks[2];
        const QString logins[2] = {u"bench_gw"_s, u"bench_gw2"_s};
        auto startGateway = [&](int i) {
            desks[i]->gateway =
                std::make_unique<TeamGateway>(*desks[i]->store, secrets, client, desks[i]->team,
                                              password(logins[i]), TeamGateway::Options{});
            desks[i]->gateway->setToken(*account, bot->config().token);
            desks[i]->gateway->start();
        };
        for (int i = 0; i < 2; ++i) {
            desks[i] = makeStation(logins[i]);
            if (!desks[i])
                return false;
            auto conn = connectAs(logins[i]);
            if (!conn)
                return false;
            if (const PullReport r = pullAll(*desks[i]->store, *conn); !r.error.ok())
                return fail(r.error.message);
        }
        auto onServer = [&](const QString &text) {
            auto q = m_team->exec(u"SELECT 1 FROM fd.items WHERE account_id = ? AND text = ?"_s,
                                  {*account, text}, u"check"_s);
            return q.ok() && q.value().next();
        };
        auto waitUntil = [](const std::function<bool()> &done, qint64 ms) {
            QElapsedTimer t;
            t.start();
            while (!done() && t.elapsed() < ms) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
                QThread::msleep(5);
            }
            return done();
        };
        int written = 0;
        auto write = [&] {
            TelegramSandboxBot::User from;
            from.id = 880000 + written % 7;
            from.firstName = u"Customer"_s;
            const QString text = u"Failover question %1"_s.arg(written++);
            bot->pushPrivateMessage(from, text);
            return text;
        };

        startGateway(0);
        int holder = 0;
        QList<double> gaps;
        for (int run = 0; run < runs; ++run) {
            if (!waitUntil([&] { return desks[holder]->gateway->polling().contains(*account); },
                           60'000))
                return fail(u"No gateway took the bot."_s);
            const int standby = 1 - holder;
            startGateway(standby);
            const QString before = write();
            if (!waitUntil([&] { return onServer(before); }, 30'000))
                return fail(u"The polling gateway did not hand a message over."_s);
            desks[holder]->gateway->stop(false); // dies: nothing handed back
            QElapsedTimer sinceDeath;
            sinceDeath.start();
            const QString first = write();
            QElapsedTimer every;
            every.start();
            const bool through = waitUntil(
                [&] {
                    if (every.elapsed() >= 200) {
                        write();
                        every.restart();
                    }
                    return onServer(first);
                },
                90'000);
            if (!through)
                return fail(u"No gateway took over within 90 s."_s);
            const double gap = sinceDeath.nsecsElapsed() / 1e9;
            gaps << gap;
            m_out << u"  failover run %1: the first message after the gateway died reached the "
                     u"server after %2 s\n"_s.arg(run + 1)
                         .arg(fmt(gap, 1));
            desks[holder]->gateway.reset();
            holder = standby;
        }
        for (auto &desk : desks)
            desk->gateway.reset();
        m_out << u"gateway failover (lease 30 s, renewed every 10 s): median %1 s, max %2 s\n"_s
                     .arg(fmt(median(gaps), 1))
                     .arg(fmt(*std::max_element(gaps.cbegin(), gaps.cend()), 1));
        return true;
    }

private:
    bool fail(const QString &message)
    {
        m_err << message << u"\n"_s;
        return false;
    }

    std::unique_ptr<ServerConnection> connectAs(const QString &login)
    {
        ServerAddress a = m_address;
        a.user.clear();
        a.password.clear();
        auto c = ServerConnection::open(u"bench.%1.%2"_s.arg(login).arg(++m_connections), a, login,
                                        password(login));
        if (!c.ok()) {
            fail(c.error().message);
            return nullptr;
        }
        return std::move(c.value());
    }

    bool registerStation(ServerConnection &c, const QUuid &desk)
    {
        auto q = c.exec(u"SELECT fd.register_station(?::uuid, 'bench')"_s,
                        {desk.toString(QUuid::WithoutBraces)}, u"register"_s);
        return q.ok() ? true : fail(q.error().message);
    }

    std::unique_ptr<BenchStation> makeStation(const QString &login)
    {
        auto st = std::make_unique<BenchStation>();
        auto store = Store::open(st->dir.filePath(u"station.db"_s));
        if (!store.ok()) {
            fail(store.error().message);
            return nullptr;
        }
        st->store = std::move(store.value());
        st->team = {m_address.display(), login, QUuid::createUuid(), 0};
        auto conn = connectAs(login);
        if (!conn || !registerStation(*conn, st->team.station))
            return nullptr;
        auto saved = st->team.save(*st->store);
        saved.waitForFinished();
        if (!saved.result().ok()) {
            fail(saved.result().message);
            return nullptr;
        }
        return st;
    }

    bool send(IngestBatch &b, qint64 *stored)
    {
        b.cursor = QString::number(m_cursor + 1);
        ServerError error;
        const IngestResult r =
            gateway::sendBatch(*m_gateway, m_gatewayDesk, m_epoch,
                               m_cursor ? QString::number(m_cursor) : QString(), b, &error);
        if (!error.ok())
            return fail(error.message);
        ++m_cursor;
        *stored += r.inserted;
        m_lastIds = r.insertedIds;
        return true;
    }

    QTextStream &m_out;
    QTextStream &m_err;
    ServerAddress m_address;
    QString m_database;
    std::unique_ptr<ServerConnection> m_admin;
    std::unique_ptr<ServerConnection> m_team;
    std::unique_ptr<ServerConnection> m_gateway;
    QUuid m_gatewayDesk;
    qint64 m_account = 0;
    qint64 m_epoch = 0;
    qint64 m_cursor = 0;
    QList<qint64> m_lastIds;
    int m_connections = 0;
    std::unique_ptr<BenchStation> m_pulled;
    std::vector<std::unique_ptr<BenchStation>> m_stations;
};

} // namespace

int syncBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Team sync against a PostgreSQL server (a superuser's URL, or libpq's PG* environment): "
        u"a fresh database is made and dropped afterwards."_s);
    p.addHelpOption();
    p.addOptions({
        {u"server"_s, u"postgresql:// URL of a superuser."_s, u"URL"_s},
        {u"items"_s, u"Items the gateway ingests first (default 20000)."_s, u"N"_s, u"20000"_s},
        {u"ops"_s, u"Ops pushed per run (default 5000)."_s, u"N"_s, u"5000"_s},
        {u"runs"_s, u"Runs of the pull and push (default 3)."_s, u"R"_s, u"3"_s},
        {u"samples"_s, u"Items timed from ingest to visible (default 40)."_s, u"N"_s, u"40"_s},
        {u"stations"_s, u"Station counts for the latency, comma-separated (default 1,20)."_s,
         u"LIST"_s, u"1,20"_s},
        {u"only"_s,
         u"Measure one thing: pull, push (after one pull), latency or failover (default: all)."_s,
         u"WHAT"_s},
    });
    p.process(args);
    ServerAddress address;
    if (p.isSet(u"server"_s)) {
        QString why;
        const auto parsed = ServerAddress::parse(p.value(u"server"_s), &why);
        if (!parsed) {
            err << why << u"\n"_s;
            return 2;
        }
        address = *parsed;
    } else {
        const auto env = QProcessEnvironment::systemEnvironment();
        address.host = env.value(u"PGHOST"_s);
        address.port = env.value(u"PGPORT"_s).toInt();
        address.user = env.value(u"PGUSER"_s);
        address.password = env.value(u"PGPASSWORD"_s);
        address.database = env.value(u"PGDATABASE"_s, u"postgres"_s);
    }
    QList<int> stationCounts;
    for (const QString &n : p.value(u"stations"_s).split(u',', Qt::SkipEmptyParts))
        stationCounts << qBound(1, n.toInt(), 40);
    const int most = stationCounts.isEmpty()
                         ? 1
                         : *std::max_element(stationCounts.cbegin(), stationCounts.cend());

    const QString only = p.value(u"only"_s);
    if (!only.isEmpty() && only != u"pull"_s && only != u"push"_s && only != u"latency"_s &&
        only != u"failover"_s) {
        err << u"--only is pull, push, latency or failover, not %1\n"_s.arg(only);
        return 2;
    }
    const bool all = only.isEmpty();

    SyncBenchRun run(out, err);
    if (!run.setUp(address, most))
        return 1;
    if (only != u"failover"_s && !run.ingest(p.value(u"items"_s).toLongLong()))
        return 1;
    const int runs = qMax(1, p.value(u"runs"_s).toInt());
    if ((all || only == u"pull"_s || only == u"push"_s) &&
        !run.pull(all || only == u"pull"_s ? runs : 1))
        return 1;
    if ((all || only == u"push"_s) && !run.push(qMax(1, p.value(u"ops"_s).toInt()), runs))
        return 1;
    for (const int n : all || only == u"latency"_s ? stationCounts : QList<int>()) {
        if (!run.latency(n, qMax(1, p.value(u"samples"_s).toInt())))
            return 1;
    }
    if ((all || only == u"failover"_s) && !run.failover(runs))
        return 1;
    return 0;
}

} // namespace fd::bench
