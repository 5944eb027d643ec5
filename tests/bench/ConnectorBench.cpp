#include "ConnectorBench.h"

#include "BenchSupport.h"

#include "store/Store.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::bench {
namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

void runLoopFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

WatchingSink::WatchingSink(Store &store)
    : m_inner(store)
{}

void WatchingSink::ingest(IngestBatch batch, QObject *context,
                          std::function<void(const IngestResult &)> done)
{
    const qint64 cursor = batch.cursor ? batch.cursor->toLongLong() : 0;
    m_inner.ingest(std::move(batch), context,
                   [this, cursor, done = std::move(done)](const IngestResult &r) {
                       if (r.ok()) {
                           stored += r.inserted;
                           lastCursor = qMax(lastCursor, cursor);
                           if (onCommit)
                               onCommit(r);
                       }
                       done(r);
                   });
}

qint64 addBenchAccount(Store &store, Platform platform, const QString &name, const QUrl &apiBase)
{
    Account a;
    a.platform = platform;
    a.name = name;
    a.apiBase = apiBase.toString();
    auto f = store.addAccount(a);
    f.waitForFinished();
    return f.result().ok() ? *f.result() : 0;
}

std::optional<Throughput> timeThroughput(Connector &connector, WatchingSink &sink, qint64 target,
                                         int events)
{
    QEventLoop loop;
    sink.onCommit = [&](const IngestResult &) {
        if (sink.lastCursor >= target)
            loop.quit();
    };
    QElapsedTimer timer;
    timer.start();
    connector.start();
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    connector.stop();
    sink.onCommit = nullptr;
    if (sink.lastCursor < target)
        return std::nullopt;
    return Throughput{events / seconds, double(sink.stored) / seconds};
}

LatencyProbe::LatencyProbe(WatchingSink &sink, int samples, std::function<void(int)> push)
    : m_sink(sink)
    , m_samples(samples)
    , m_push(std::move(push))
{}

void LatencyProbe::pollWaiting()
{
    if (m_pending || m_out.size() >= m_samples || !m_loop)
        return;
    QTimer::singleShot(2, m_loop, [this] {
        m_pending = true;
        m_since.start();
        m_push(int(m_out.size()));
    });
}

QList<double> LatencyProbe::run(Connector &connector)
{
    QEventLoop loop;
    m_loop = &loop;
    m_sink.onCommit = [this, &loop](const IngestResult &r) {
        if (!m_pending || r.inserted == 0)
            return;
        m_out << double(m_since.nsecsElapsed()) / 1e6;
        m_pending = false;
        if (m_out.size() >= m_samples)
            loop.quit();
    };
    connector.start();
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    loop.exec();
    connector.stop();
    m_sink.onCommit = nullptr;
    m_loop = nullptr;
    return m_out;
}

int runConnectorBench(const ConnectorBenchHooks &hooks, const QStringList &args, QTextStream &out,
                      QTextStream &err)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({
        {u"events"_s, u"Events for the throughput runs (default 20000)."_s, u"N"_s, u"20000"_s},
        {u"runs"_s, u"Throughput runs (default 3)."_s, u"R"_s, u"3"_s},
        {u"samples"_s, u"Latency samples (default 200)."_s, u"S"_s, u"200"_s},
        {u"idle-seconds"_s, u"How long to measure idle CPU (default 30)."_s, u"T"_s, u"30"_s},
    });
    if (!p.parse(args)) {
        err << p.errorText() << u"\n"_s;
        return 2;
    }
    if (p.isSet(u"help"_s)) {
        out << p.helpText();
        return 0;
    }
    const int events = qMax(1, p.value(u"events"_s).toInt());
    const int runs = qMax(1, p.value(u"runs"_s).toInt());
    QTemporaryDir tmp;
    out << u"bench %1: the connector against the sandbox on loopback\n"_s.arg(hooks.name);
    QList<double> eps, ips;
    for (int r = 0; r < runs; ++r) {
        QTemporaryDir runDir;
        const auto t = hooks.throughput(runDir.path(), events);
        if (!t) {
            err << u"run %1 did not finish\n"_s.arg(r + 1);
            return 1;
        }
        eps << t->eventsPerSecond;
        ips << t->itemsPerSecond;
        out << u"  run %1: %2 events/s (%3 items/s stored)\n"_s.arg(r + 1).arg(
            fmt(t->eventsPerSecond, 0), fmt(t->itemsPerSecond, 0));
        out.flush();
    }
    out << u"  throughput: median %1 events/s, %2 items/s (target >= 5000 events/s)\n"_s.arg(
        fmt(median(eps), 0), fmt(median(ips), 0));
    out.flush();

    const QList<double> lat = hooks.latencies(tmp.path(), qMax(10, p.value(u"samples"_s).toInt()));
    out << u"  event available -> item stored while long polling: median %1 ms, p95 %2 ms, max %3 "
           u"ms over %4 events (target p95 < 300)\n"_s
               .arg(fmt(median(lat), 1), fmt(percentile(lat, 95), 1), fmt(percentile(lat, 100), 1))
               .arg(lat.size());
    out.flush();

    const int seconds = qMax(5, p.value(u"idle-seconds"_s).toInt());
    double cpu = -1;
    {
        const std::shared_ptr<void> running = hooks.idle(tmp.path(), 10);
        runLoopFor(1500); // every account settles into its long poll first
        const double cpu0 = cpuSeconds();
        QElapsedTimer wall;
        wall.start();
        runLoopFor(seconds * 1000);
        cpu = 100.0 * (cpuSeconds() - cpu0) / (double(wall.nsecsElapsed()) / 1e9);
    }
    out << u"  idle CPU while 10 accounts long-poll (client and sandbox in one process): %1% of "
           u"one core over %2 s (target < 1%)\n"_s.arg(fmt(cpu, 2))
               .arg(seconds);
    return 0;
}

} // namespace fd::bench
