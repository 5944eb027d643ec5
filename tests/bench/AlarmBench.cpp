// bench alarms: what one alarm check costs over a large store (it runs every minute on the GUI
// station): the usual check, a check that measures every usual rate, and the query plans.
#include "Bench.h"
#include "BenchSupport.h"
#include "IngestBenchRun.h"

#include "rules/AlarmWatcher.h"
#include "rules/RateWatch.h"
#include "store/Connection.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::bench {
namespace {

qint64 itemsIn(Store &store)
{
    auto q = Connection::exec(*store.reader(), u"SELECT count(*) FROM items"_s);
    return q.ok() && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

StoreError build(Store &store, qint64 items, int accounts, int perDay, QTextStream &out)
{
    QList<std::pair<qint64, Platform>> ids;
    const QList<Platform> platforms{Platform::Telegram, Platform::Vk, Platform::YouTube};
    for (int i = 0; i < accounts; ++i) {
        Account a;
        a.platform = platforms[i % platforms.size()];
        a.name = u"Bench account %1"_s.arg(i + 1);
        auto f = store.addAccount(a);
        f.waitForFinished();
        if (!f.result().ok())
            return f.result().error();
        ids.append({*f.result(), a.platform});
    }
    TrafficSource source(ids, items, perDay, 11);
    QList<QFuture<IngestResult>> flight;
    qint64 next = 100000;
    for (IngestBatch b = source.next(2000); !b.items.isEmpty(); b = source.next(2000)) {
        flight.append(store.ingest(std::move(b)));
        if (flight.size() >= 8) {
            flight.first().waitForFinished();
            const IngestResult r = flight.takeFirst().result();
            if (!r.ok())
                return r.error;
        }
        if (source.produced() >= next) {
            out << u"  %1 items …\n"_s.arg(source.produced());
            out.flush();
            next += 100000;
        }
    }
    for (auto &f : flight) {
        f.waitForFinished();
        if (!f.result().ok())
            return f.result().error;
    }
    // Operators answer: one item in ten is our reply.
    auto marked = store.write([](const QSqlDatabase &db) {
        auto q = Connection::exec(db, u"UPDATE items SET direction = 'out' WHERE id % 10 = 3"_s);
        return q.ok() ? StoreError{} : q.error();
    });
    marked.waitForFinished();
    return marked.result();
}

void printPlans(Store &store, QTextStream &out)
{
    const QStringList statements{
        u"SELECT post_id, min(thread_id), count(*) FROM items WHERE account_id = 1 AND id >= 1 "
        u"AND id < 2 AND direction = 'in' GROUP BY post_id"_s,
        u"SELECT min(id) FROM items WHERE account_id = 1"_s,
        u"SELECT (SELECT count(*) FROM items WHERE account_id = 1 AND id >= 1 AND id < 2) - "
        u"(SELECT count(*) FROM items WHERE account_id = 1 AND direction = 'out' AND id >= 1 AND "
        u"id < 2)"_s,
        u"SELECT id FROM items WHERE account_id = 1 AND direction = 'in' ORDER BY id DESC "
        u"LIMIT 1"_s,
        u"SELECT count(*) FROM items WHERE thread_id = 1 AND id >= 1 AND id < 2 AND direction = "
        u"'in'"_s,
    };
    out << u"  query plans:\n"_s;
    for (const QString &sql : statements) {
        auto q = Connection::exec(*store.reader(), u"EXPLAIN QUERY PLAN "_s + sql);
        if (!q.ok())
            continue;
        QStringList steps;
        while (q.value().next())
            steps << q.value().value(3).toString();
        out << u"    "_s << steps.join(u" | "_s) << u"\n"_s;
    }
}

} // namespace

int alarmBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({
        {u"items"_s, u"Items in the store (default 1000000)."_s, u"N"_s, u"1000000"_s},
        {u"accounts"_s, u"Accounts (default 50)."_s, u"A"_s, u"50"_s},
        {u"per-day"_s, u"Items per account per day (default 200)."_s, u"D"_s, u"200"_s},
        {u"runs"_s, u"Checks to time (default 30)."_s, u"R"_s, u"30"_s},
        {u"db"_s, u"Where the bench store lives (kept between runs; default in the temp folder)."_s,
         u"PATH"_s},
        {u"rebuild"_s, u"Build the bench store anew even if it exists."_s},
    });
    if (!p.parse(args)) {
        err << p.errorText() << u"\n"_s;
        return 2;
    }
    if (p.isSet(u"help"_s)) {
        out << p.helpText();
        return 0;
    }
    const qint64 items = p.value(u"items"_s).toLongLong();
    const int accounts = qMax(1, p.value(u"accounts"_s).toInt());
    const int perDay = qMax(1, p.value(u"per-day"_s).toInt());
    const int runs = qMax(1, p.value(u"runs"_s).toInt());
    const QString path =
        p.isSet(u"db"_s)
            ? p.value(u"db"_s)
            : QDir::temp().filePath(u"frontdesk-alarm-bench-%1-%2.db"_s.arg(items).arg(accounts));
    if (p.isSet(u"rebuild"_s)) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    }
    auto opened = Store::open(path);
    if (!opened.ok()) {
        err << opened.error().message << u"\n"_s;
        return 1;
    }
    Store &store = **opened;
    if (itemsIn(store) == 0) {
        out << u"building %1: %2 items over %3 accounts, %4 a day each …\n"_s.arg(path)
                   .arg(items)
                   .arg(accounts)
                   .arg(perDay);
        out.flush();
        if (StoreError e = build(store, items, accounts, perDay, out); !e.ok()) {
            err << e.message << u"\n"_s;
            return 1;
        }
    }
    out << u"bench alarms: %1 items, %2 accounts, %3 checks\n"_s.arg(itemsIn(store))
               .arg(accounts)
               .arg(runs);
    printPlans(store, out);

    // A minute after the newest item, as on a station that is receiving.
    auto newest = Connection::exec(*store.reader(), u"SELECT max(id) FROM items"_s);
    const qint64 now = newest.ok() && newest.value().next()
                           ? newest.value().value(0).toLongLong() / 1000 + 60000
                           : QDateTime::currentMSecsSinceEpoch();
    auto reader = store.reader();
    if (!reader.ok()) {
        err << reader.error().message << u"\n"_s;
        return 1;
    }
    QList<double> usual, full, whole;
    QElapsedTimer t;
    double first = -1;
    for (int r = 0; r < runs; ++r) {
        t.start();
        auto m = RateWatch(*reader).measure(now);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!m.ok()) {
            err << m.error().message << u"\n"_s;
            return 1;
        }
        if (first < 0)
            first = ms;
        usual << ms;
        t.start();
        auto f = RateWatch(*reader).measure(now, true);
        full << double(t.nsecsElapsed()) / 1e6;
        if (!f.ok()) {
            err << f.error().message << u"\n"_s;
            return 1;
        }
    }
    AlarmWatcher watcher(store, [now] { return now; });
    for (int r = 0; r < runs; ++r) {
        t.start();
        auto c = watcher.check();
        c.waitForFinished();
        whole << double(t.nsecsElapsed()) / 1e6;
        if (!c.result().ok()) {
            err << c.result().error().message << u"\n"_s;
            return 1;
        }
    }
    out << u"  check (measure only, first run): %1 ms\n"_s.arg(fmt(first, 2));
    out << u"  check (measure only): median %1 ms, p95 %2 ms\n"_s.arg(
        fmt(median(usual), 2), fmt(percentile(usual, 95), 2));
    out << u"  every usual rate measured: median %1 ms, p95 %2 ms\n"_s.arg(
        fmt(median(full), 2), fmt(percentile(full, 95), 2));
    out << u"  AlarmWatcher::check (measure + settle): median %1 ms, p95 %2 ms\n"_s.arg(
        fmt(median(whole), 2), fmt(percentile(whole, 95), 2));
    return 0;
}

} // namespace fd::bench
