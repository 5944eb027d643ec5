// bench handover: opening the handover view on a busy store — every open item with its SLA
// clock, promises, notes, alarms, figures and load read in one snapshot — and writing the shift
// report from it.
#include "Bench.h"
#include "BenchSupport.h"
#include "IngestBenchRun.h"

#include "rules/SlaPolicy.h"
#include "shifts/HandoverSnapshot.h"
#include "shifts/ShiftActions.h"
#include "shifts/ShiftReport.h"
#include "store/Connection.h"
#include "store/Store.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <ctime>
#include <optional>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::bench {
namespace {

constexpr int kOperators = 8;

StoreError exec(Store &store, const QString &sql)
{
    auto done = store.write([sql](const QSqlDatabase &db) {
        auto q = Connection::exec(db, sql);
        return q.ok() ? StoreError{} : q.error();
    });
    done.waitForFinished();
    return done.result();
}

// Leaves the newest `open` customer items open (the rest closed), one in ten of all items our
// reply, the open ones on eight operators' desks (a few unassigned), one in fifty promised,
// a day shift with everyone on it and response targets.
StoreError prepare(Store &store, qint64 open)
{
    const QStringList statements{
        u"UPDATE items SET direction = 'out' WHERE (id / 1000) % 10 = 3"_s,
        u"UPDATE items SET status = 'closed' WHERE direction = 'in'"_s,
        u"UPDATE items SET status = CASE id % 3 WHEN 0 THEN 'waiting' ELSE 'open' END "
        u"WHERE id IN (SELECT id FROM items WHERE direction = 'in' ORDER BY id DESC LIMIT %1)"_s
            .arg(open),
    };
    for (const QString &sql : statements) {
        if (StoreError e = exec(store, sql); !e.ok())
            return e;
    }
    for (int k = 1; k <= kOperators; ++k) {
        if (StoreError e = exec(store, u"INSERT INTO operators (login, display_name, created_at) "
                                       u"VALUES ('op%1', 'Operator %1', 1)"_s.arg(k));
            !e.ok())
            return e;
    }
    const QStringList more{
        u"UPDATE items SET assignee_id = (SELECT id FROM operators WHERE login = 'op' || "
        u"(1 + (items.id / 1000) % %1)) WHERE status IN ('open', 'waiting') AND "
        u"(id / 1000) % 10 <> 7"_s.arg(kOperators),
        u"INSERT INTO promises (item_id, source, marked_at) SELECT id, 'manual', 0 FROM items "
        u"WHERE status IN ('open', 'waiting') AND (id / 1000) % 50 = 1"_s,
        u"INSERT INTO handover_notes (key, author, body, created_at) VALUES ('bench-1', 'Lead', "
        u"'The courier comes at 9', CAST(strftime('%s', 'now') AS INTEGER) * 1000)"_s,
    };
    for (const QString &sql : more) {
        if (StoreError e = exec(store, sql); !e.ok())
            return e;
    }
    Shift day;
    day.name = u"Around the clock"_s;
    day.startMinute = 0;
    day.endMinute = 24 * 60;
    auto ops = Connection::exec(*store.reader(), u"SELECT id FROM operators"_s);
    while (ops.ok() && ops.value().next())
        day.operatorIds.append(ops->value(0).toLongLong());
    auto saved = ShiftActions(store, Actor::local()).saveShift(day);
    saved.waitForFinished();
    if (!saved.result().ok())
        return saved.result().error();
    SlaPolicy policy;
    policy.firstMinutes = 15;
    policy.nextMinutes = 60;
    policy.resolutionMinutes = 8 * 60;
    auto set = sla::setPolicy(store, policy);
    set.waitForFinished();
    return set.result().ok() ? StoreError{} : set.result().error();
}

qint64 count(Store &store, const QString &sql)
{
    auto q = Connection::exec(*store.reader(), sql);
    return q.ok() && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

} // namespace

QString handoverStorePath(qint64 items, qint64 open)
{
    return QDir::temp().filePath(u"frontdesk-handover-bench-%1-%2.db"_s.arg(items).arg(open));
}

StoreError ensureHandoverStore(const QString &path, qint64 items, qint64 open, bool rebuild,
                               QTextStream &out)
{
    if (!rebuild && QFile::exists(path))
        return {};
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    out << u"building %1: %2 items, %3 open …\n"_s.arg(path).arg(items).arg(open);
    out.flush();
    const auto built = runIngest(path, items, 2000, 7, true, out);
    if (!built.ok())
        return built.error();
    auto opened = Store::open(path);
    if (!opened.ok())
        return opened.error();
    return prepare(**opened, open);
}

int handoverBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({
        {u"items"_s, u"Items in the store (default 200000)."_s, u"N"_s, u"200000"_s},
        {u"open"_s, u"Open and waiting items among them (default 10000)."_s, u"N"_s, u"10000"_s},
        {u"runs"_s, u"Snapshots to time (default 15)."_s, u"R"_s, u"15"_s},
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
    const qint64 open = p.value(u"open"_s).toLongLong();
    const int runs = qMax(1, p.value(u"runs"_s).toInt());
    const QString path = p.isSet(u"db"_s) ? p.value(u"db"_s) : handoverStorePath(items, open);
    if (StoreError e = ensureHandoverStore(path, items, open, p.isSet(u"rebuild"_s), out);
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
    auto reader = store.reader();
    if (!reader.ok()) {
        err << reader.error().message << u"\n"_s;
        return 1;
    }
    out << u"bench handover: %1 items, %2 open, %3 promised, %4 runs\n"_s
               .arg(count(store, u"SELECT count(*) FROM items"_s))
               .arg(count(store, u"SELECT count(*) FROM items WHERE status IN ('new', 'open', "
                                 u"'waiting') AND direction = 'in'"_s))
               .arg(count(store, u"SELECT count(*) FROM promises"_s))
               .arg(runs);

    // The newest item's time, so the day's figures have something to count.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(
        count(store, u"SELECT max(id) FROM items"_s) / 1000 + 60000, Qt::UTC);
    HandoverScope scope;
    scope.leavingOperatorId = count(store, u"SELECT id FROM operators WHERE login = 'op1'"_s);
    scope.from = now.addSecs(-12 * 3600);
    scope.to = now;
    QList<double> snapshot, cpu, csv, html;
    QElapsedTimer t;
    double first = -1;
    std::optional<HandoverSnapshot> last;
    for (int r = 0; r < runs; ++r) {
        t.start();
        const double cpuBefore = threadCpuMs();
        auto s = readHandoverSnapshot(*reader, scope, now);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        cpu << threadCpuMs() - cpuBefore;
        if (!s.ok()) {
            err << s.error().message << u"\n"_s;
            return 1;
        }
        if (first < 0)
            first = ms;
        snapshot << ms;
        t.start();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        shiftReport::writeCsv(*s, &buffer);
        csv << double(t.nsecsElapsed()) / 1e6;
        t.start();
        const QString doc = shiftReport::html(*s);
        html << double(t.nsecsElapsed()) / 1e6;
        last = *s;
    }
    out << u"  snapshot: %1 open items, %2 overdue, %3 at risk, %4 promised, %5 on op1's desk; "
           u"%6 in and %7 replies in the last 12 h\n"_s.arg(last->items.size())
               .arg(last->breached.size())
               .arg(last->atRisk.size())
               .arg(last->promised.size())
               .arg(last->leaving.size())
               .arg(last->figures.itemsIn)
               .arg(last->figures.replies);
    out << u"  readHandoverSnapshot (first run): %1 ms\n"_s.arg(fmt(first, 1));
    out << u"  readHandoverSnapshot: median %1 ms, p95 %2 ms\n"_s.arg(
        fmt(median(snapshot), 1), fmt(percentile(snapshot, 95), 1));
    out << u"  readHandoverSnapshot CPU time: median %1 ms\n"_s.arg(fmt(median(cpu), 1));
    out << u"  shift report CSV: median %1 ms; HTML: median %2 ms\n"_s.arg(fmt(median(csv), 1),
                                                                           fmt(median(html), 1));
    return 0;
}

} // namespace fd::bench
