// bench stats: every statistic of a large store (all KPIs by operator, account and kind, the
// heatmap, SLA per day, the items export's rows) and the staffing forecast, timed over several
// runs. The store is written directly: conversations with customers' items, operators' and
// rules' replies through the outbox, closes and reopenings in the journal, composer time.
#include "Bench.h"
#include "BenchSupport.h"
#include "IngestBenchRun.h"

#include "rules/SlaPolicy.h"
#include "stats/ErlangC.h"
#include "stats/StatsEngine.h"
#include "store/Connection.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::bench {
namespace {

constexpr qint64 kMinute = 60 * 1000;
const QStringList kOperators{u"Anna"_s, u"Boris"_s,  u"Chen"_s,  u"Dana"_s,
                             u"Emil"_s, u"Fatima"_s, u"Gosia"_s, u"Hugo"_s};

qint64 countOf(Store &store, const QString &table)
{
    auto q = Connection::exec(*store.reader(), u"SELECT count(*) FROM "_s + table);
    return q.ok() && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

// One thing to write, in time order.
struct Event
{
    qint64 at;
    int type; // 0 customer item, 1 operator reply, 2 rule reply
    qint64 thread;
    int account;
    int kind;
    int op;
    int status;   // customer items: 0 open, 1 closed, 2 hidden
    qint64 close; // customer items: when closed or hidden
    bool reopened;
};

std::vector<Event> plan(qint64 items, int accounts, int perDay, quint32 seed)
{
    QRandomGenerator rng(seed);
    std::vector<Event> out;
    out.reserve(std::size_t(items + 16));
    const double gap = 86400000.0 / double(perDay) * 3.3;
    qint64 t = QDateTime(QDate(2025, 1, 6), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    qint64 thread = 0;
    while (qint64(out.size()) < items) {
        t += qint64(-std::log(1.0 - rng.generateDouble()) * gap) + 1;
        ++thread;
        const int account = int(rng.bounded(accounts));
        const int kind = rng.bounded(10) < 6 ? 0 : 1;
        const int op = int(rng.bounded(qint64(kOperators.size())));
        const bool spam = rng.bounded(100) < 5;
        const bool answered = !spam && rng.bounded(100) < 78;
        const bool closes = spam || (answered && rng.bounded(100) < 88) || rng.bounded(100) < 40;
        const int customers = 1 + int(rng.bounded(3));
        qint64 at = t;
        // Responses from a minute to a few hours, most within twenty minutes.
        const qint64 reply =
            t + qint64(std::exp(rng.generateDouble() * 5.5)) * kMinute / 2 + kMinute;
        qint64 last = reply;
        std::vector<Event> conv;
        for (int i = 0; i < customers; ++i) {
            conv.push_back({at, 0, thread, account, kind, op, 0, 0, false});
            at += qint64(rng.bounded(120)) * 1000 + 1000;
        }
        if (!spam && rng.bounded(100) < 30)
            conv.push_back({t + 2000, 2, thread, account, kind, op, 0, 0, false});
        if (answered) {
            conv.push_back({std::max(reply, at + 1000), 1, thread, account, kind, op, 0, 0, false});
            if (rng.bounded(100) < 30) {
                const qint64 follow = std::max(reply, at) + qint64(rng.bounded(1, 30)) * kMinute;
                conv.push_back({follow, 0, thread, account, kind, op, 0, 0, false});
                last = follow + qint64(rng.bounded(2, 60)) * kMinute;
                conv.push_back({last, 1, thread, account, kind, op, 0, 0, false});
            }
        }
        const qint64 closeAt = (spam ? at : last) + qint64(rng.bounded(1, 20)) * kMinute;
        const bool reopened = closes && rng.bounded(100) < 3;
        for (Event &e : conv) {
            if (e.type == 0 && closes) {
                e.status = spam ? 2 : 1;
                e.close = closeAt;
                e.reopened = reopened;
            }
            out.push_back(e);
        }
    }
    std::sort(out.begin(), out.end(), [](const Event &a, const Event &b) { return a.at < b.at; });
    out.resize(std::size_t(items));
    return out;
}

StoreError build(Store &store, qint64 items, int accounts, int perDay, QTextStream &out)
{
    QList<qint64> accountIds;
    for (int i = 0; i < accounts; ++i) {
        Account a;
        a.platform = i % 2 ? Platform::Vk : Platform::Telegram;
        a.name = u"Bench account %1"_s.arg(i + 1);
        auto f = store.addAccount(a);
        f.waitForFinished();
        if (!f.result().ok())
            return f.result().error();
        accountIds.append(*f.result());
    }
    // Business hours for every account's targets.
    BusinessCalendar office;
    office.setCalendarHours(false);
    office.setTimeZone(QTimeZone("Europe/Warsaw"));
    for (int day = 1; day <= 5; ++day)
        office.setPeriods(day, {{9 * 60, 18 * 60}});
    auto calendar = sla::setCalendar(store, u"Office"_s, office);
    calendar.waitForFinished();
    if (!calendar.result().ok())
        return calendar.result().error();
    SlaPolicy policy;
    policy.firstMinutes = 20;
    policy.nextMinutes = 30;
    policy.resolutionMinutes = 8 * 60;
    policy.calendarId = *calendar.result();
    auto set = sla::setPolicy(store, policy);
    set.waitForFinished();
    if (!set.result().ok())
        return set.result().error();

    const std::vector<Event> events = plan(items, accounts, perDay, 5);
    out << u"  planned %1 items, writing …\n"_s.arg(events.size());
    out.flush();
    auto f = store.write([&](const QSqlDatabase &db) {
        sqlite3 *h = SqliteStatement::handleOf(db);
        SqliteStatement thread, item, outbox, journal, handle;
        const std::pair<SqliteStatement *, QString> all[] = {
            {&thread, u"INSERT OR IGNORE INTO threads (id, account_id, kind, external_id) "
                      u"VALUES (?, ?, ?, ?)"_s},
            {&item, u"INSERT INTO items (id, account_id, external_id, kind, direction, "
                    u"thread_id, text, created_at, received_at, status) VALUES (?, ?, ?, ?, ?, "
                    u"?, ?, ?, ?, ?)"_s},
            {&outbox, u"INSERT INTO outbox (item_id, action, body, operator, idempotency_key, "
                      u"state, result_external_id, created_at, updated_at, origin) VALUES (?, "
                      u"'reply', ?, ?, ?, 'sent', ?, ?, ?, ?)"_s},
            {&journal, u"INSERT INTO journal (at, actor_kind, actor, action, item_id, "
                       u"account_id, after) VALUES (?, ?, ?, ?, ?, ?, ?)"_s},
            {&handle, u"INSERT INTO handle_time (thread_id, item_id, operator, started_at, ms) "
                      u"VALUES (?, ?, ?, ?, ?)"_s},
        };
        for (const auto &[st, sql] : all) {
            if (StoreError e = st->prepare(h, sql); !e.ok())
                return e;
        }
        const QString w = u"Writing the bench store"_s;
        const QString text = u"Hello, I ordered a week ago and the parcel has not arrived yet. "
                             u"Could you check the tracking number, please?"_s;
        QHash<qint64, qint64> lastCustomer; // thread -> its latest customer item
        qint64 lastMs = 0;
        int n = 0;
        std::vector<std::pair<qint64, const Event *>> closes;
        for (const Event &e : events) {
            const qint64 account = accountIds.at(e.account);
            thread.bind(0, e.thread);
            thread.bind(1, account);
            thread.bind(2, e.kind == 0 ? u"dialog"_s : u"comments"_s);
            thread.bind(3, u"t%1"_s.arg(e.thread));
            if (StoreError err = thread.exec(w); !err.ok())
                return err;
            thread.reset();
            // Ids are ordered by creation time: created ms * 1000 + n within a millisecond.
            n = e.at == lastMs ? n + 1 : 0;
            lastMs = e.at;
            const qint64 id = e.at * 1000 + n;
            const QString external = u"x%1"_s.arg(id);
            item.bind(0, id);
            item.bind(1, account);
            item.bind(2, external);
            item.bind(3, e.kind == 0 ? u"dm"_s : u"comment"_s);
            item.bind(4, e.type == 0 ? u"in"_s : u"out"_s);
            item.bind(5, e.thread);
            item.bind(6, text);
            item.bind(7, e.at);
            item.bind(8, e.at);
            item.bind(9, e.type != 0     ? u"closed"_s
                         : e.status == 1 ? u"closed"_s
                         : e.status == 2 ? u"hidden"_s
                                         : u"open"_s);
            if (StoreError err = item.exec(w); !err.ok())
                return err;
            item.reset();
            if (e.type == 0) {
                lastCustomer.insert(e.thread, id);
                if (e.status != 0)
                    closes.push_back({id, &e});
                continue;
            }
            const bool rule = e.type == 2;
            const QString sender = rule ? u"Thanks for writing"_s : kOperators.at(e.op);
            outbox.bind(0, lastCustomer.value(e.thread));
            outbox.bind(1, u"We are on it."_s);
            outbox.bind(2, sender);
            outbox.bind(3, u"k"_s + external);
            outbox.bind(4, external);
            outbox.bind(5, e.at);
            outbox.bind(6, e.at);
            outbox.bind(7, rule ? u"rule"_s : u"operator"_s);
            if (StoreError err = outbox.exec(w); !err.ok())
                return err;
            outbox.reset();
            journal.bind(0, e.at);
            journal.bind(1, rule ? u"rule"_s : u"operator"_s);
            journal.bind(2, sender);
            journal.bind(3, u"item.replied"_s);
            journal.bind(4, lastCustomer.value(e.thread));
            journal.bind(5, account);
            journal.bind(6, u"waiting"_s);
            if (StoreError err = journal.exec(w); !err.ok())
                return err;
            journal.reset();
            if (!rule) {
                handle.bind(0, e.thread);
                handle.bind(1, lastCustomer.value(e.thread));
                handle.bind(2, sender);
                handle.bind(3, e.at - 120000);
                handle.bind(4, 30000 + (id / 1000 % 240) * 1000);
                if (StoreError err = handle.exec(w); !err.ok())
                    return err;
                handle.reset();
            }
        }
        for (const auto &[id, e] : closes) {
            const auto row = [&](qint64 at, const QString &action) {
                journal.bind(0, at);
                journal.bind(1, u"operator"_s);
                journal.bind(2, kOperators.at(e->op));
                journal.bind(3, action);
                journal.bind(4, id);
                journal.bind(5, accountIds.at(e->account));
                journal.bind(6, QString());
                StoreError err = journal.exec(w);
                journal.reset();
                return err;
            };
            const QString action = e->status == 2 ? u"item.hidden"_s : u"item.closed"_s;
            if (e->reopened) {
                if (StoreError err = row(e->close - kMinute, action); !err.ok())
                    return err;
                if (StoreError err = row(e->close - kMinute / 2, u"item.reopened"_s); !err.ok())
                    return err;
            }
            if (StoreError err = row(e->close, action); !err.ok())
                return err;
        }
        return StoreError{};
    });
    f.waitForFinished();
    return f.result();
}

void printPlan(Store &store, QTextStream &out)
{
    auto q = Connection::exec(*store.reader(),
                              u"EXPLAIN QUERY PLAN SELECT id, thread_id, direction, status, "
                              u"account_id, kind, created_at, assignee_id FROM items INDEXED BY "
                              u"items_stats ORDER BY id"_s);
    QStringList steps;
    while (q.ok() && q.value().next())
        steps << q.value().value(3).toString();
    out << u"  item walk: "_s << steps.join(u" | "_s) << u"\n"_s;
}

} // namespace

QString statsStorePath(qint64 items)
{
    return QDir::temp().filePath(u"frontdesk-stats-bench-%1.db"_s.arg(items));
}

StoreError ensureStatsStore(const QString &path, qint64 items, int accounts, int perDay,
                            bool rebuild, QTextStream &out)
{
    if (rebuild) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    }
    auto opened = Store::open(path);
    if (!opened.ok())
        return opened.error();
    Store &store = **opened;
    if (countOf(store, u"items"_s) != 0)
        return StoreError{};
    out << u"building %1 …\n"_s.arg(path);
    out.flush();
    QElapsedTimer t;
    t.start();
    if (StoreError e = build(store, items, accounts, perDay, out); !e.ok())
        return e;
    out << u"  built in %1 s\n"_s.arg(fmt(double(t.elapsed()) / 1000.0));
    return StoreError{};
}

int statsBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({
        {u"items"_s, u"Items in the store (default 1000000)."_s, u"N"_s, u"1000000"_s},
        {u"accounts"_s, u"Accounts (default 12)."_s, u"A"_s, u"12"_s},
        {u"per-day"_s, u"Items a day over all accounts (default 4000)."_s, u"D"_s, u"4000"_s},
        {u"runs"_s, u"Timed runs of each measurement (default 5)."_s, u"R"_s, u"5"_s},
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
    const QString path = p.isSet(u"db"_s) ? p.value(u"db"_s) : statsStorePath(items);
    if (StoreError e = ensureStatsStore(path, items, accounts, perDay, p.isSet(u"rebuild"_s), out);
        !e.ok()) {
        err << e.message << u"\n"_s;
        return 1;
    }
    auto opened = Store::open(path);
    if (!opened.ok()) {
        err << opened.error().message << u"\n"_s;
        return 1;
    }
    Store &store = **opened;
    out << u"bench stats: %1 items, %2 journal rows, %3 outbox rows, %4 handle-time rows, "
           u"%5 runs\n"_s.arg(countOf(store, u"items"_s))
               .arg(countOf(store, u"journal"_s))
               .arg(countOf(store, u"outbox"_s))
               .arg(countOf(store, u"handle_time"_s))
               .arg(runs);
    printPlan(store, out);
    auto reader = store.reader();
    if (!reader.ok()) {
        err << reader.error().message << u"\n"_s;
        return 1;
    }
    const StatsEngine engine(*reader);
    QElapsedTimer t;
    StatsReport last;
    const auto measure = [&](const QString &what, StatsQuery q) {
        QList<double> ms, cpu;
        for (int r = 0; r < runs; ++r) {
            t.start();
            const std::clock_t c0 = std::clock();
            auto report = engine.compute(q);
            ms << double(t.nsecsElapsed()) / 1e6;
            cpu << double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC;
            if (!report.ok()) {
                err << report.error().message << u"\n"_s;
                return false;
            }
            last = *report;
        }
        // CPU time beside the wall clock: on a machine busy with other work the wall clock
        // measures the wait for a core too.
        out << u"  %1: median %2 ms (min %3, max %4), CPU median %5 ms\n"_s.arg(
            what, fmt(median(ms), 0), fmt(percentile(ms, 0), 0), fmt(percentile(ms, 100), 0),
            fmt(median(cpu), 0));
        out.flush();
        return true;
    };
    StatsQuery q;
    q.zone = QTimeZone("Europe/Warsaw");
    for (const auto &[name, grouping] :
         {std::pair{u"all KPIs, no grouping"_s, StatsQuery::Grouping::None},
          {u"all KPIs by operator"_s, StatsQuery::Grouping::Operator},
          {u"all KPIs by account"_s, StatsQuery::Grouping::Account},
          {u"all KPIs by kind"_s, StatsQuery::Grouping::Kind}}) {
        q.grouping = grouping;
        if (!measure(name, q))
            return 1;
    }
    q.grouping = StatsQuery::Grouping::Operator;
    q.keepItems = true;
    if (!measure(u"by operator, keeping every item's row"_s, q))
        return 1;
    const double peak = peakRssMiB();

    QList<double> forecastMs;
    QList<erlang::ForecastHour> week;
    for (int r = 0; r < runs; ++r) {
        t.start();
        erlang::ForecastInput in;
        in.items = last.allAccounts();
        in.weeks = last.weeks;
        in.replyShare = last.total.replyNeededPercent().value_or(100) / 100.0;
        in.handleSeconds = last.total.replied
                               ? double(last.handleMsTotal) / 1000.0 / double(last.total.replied)
                               : 180;
        week = erlang::forecastWeek(in);
        forecastMs << double(t.nsecsElapsed()) / 1e6;
    }
    const StatsGroup &all = last.total;
    out << u"  forecast for a week (Erlang C): median %1 ms\n"_s.arg(fmt(median(forecastMs), 2));
    out << u"  figures: %1 customer items, first response median %2 s (business %3 s), p90 %4 "
           u"s; next response median %5 s; resolution median %6 s; replied %7%; response SLA "
           u"met %8%; handle time median %9 s\n"_s.arg(all.items)
               .arg(fmt(all.firstResponse.calendar.median, 0),
                    fmt(all.firstResponse.business.median, 0),
                    fmt(all.firstResponse.calendar.p90, 0),
                    fmt(all.nextResponse.calendar.median, 0),
                    fmt(all.resolution.calendar.median, 0),
                    fmt(all.replyNeededPercent().value_or(0)),
                    fmt(all.slaResponse.metPercent().value_or(0)), fmt(all.handleTime.median, 0));
    int most = 0;
    for (const auto &h : week)
        most = std::max(most, h.agents);
    out << u"  busiest hour needs %1 operators; peak memory %2 MiB\n"_s.arg(most).arg(fmt(peak));
    return 0;
}

} // namespace fd::bench
