// bench telegram: the Telegram connector end to end on loopback — events/s from the sandbox
// into the store, the time from an update becoming available to its item being stored while
// long polling, and the CPU used while 10 accounts long-poll with nothing to say.
#include "BenchSupport.h"
#include "IngestBenchRun.h"

#include "connectors/StoreSink.h"
#include "connectors/telegram/TelegramConnector.h"
#include "net/HttpClient.h"
#include "sandbox/HttpServer.h"
#include "sandbox/TelegramSandbox.h"
#include "sandbox/TelegramSandboxBot.h"
#include "sandbox/TelegramTrafficFeeder.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::bench {
namespace {

// Counts what the connector committed and tells when a cursor is reached.
class WatchingSink final : public IngestSink
{
public:
    explicit WatchingSink(Store &store)
        : m_inner(store)
    {}
    void ingest(IngestBatch batch, QObject *context,
                std::function<void(const IngestResult &)> done) override
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
    qint64 stored = 0;
    qint64 lastCursor = 0;
    std::function<void(const IngestResult &)> onCommit;

private:
    StoreSink m_inner;
};

qint64 addAccount(Store &store, const QString &name, const QUrl &base)
{
    Account a;
    a.platform = Platform::Telegram;
    a.name = name;
    a.apiBase = base.toString();
    auto f = store.addAccount(a);
    f.waitForFinished();
    return f.result().ok() ? *f.result() : 0;
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Throughput
{
    double eventsPerSecond = 0;
    double itemsPerSecond = 0;
};

std::optional<Throughput> throughput(const QString &dir, int events)
{
    auto opened = Store::open(QDir(dir).filePath(u"bench-telegram.db"_s));
    if (!opened.ok())
        return std::nullopt;
    Store &store = **opened;
    HttpServer server;
    server.listen(0);
    TelegramSandbox::Options options;
    auto config = TelegramSandboxBot::Config::demo(0);
    config.maxPendingUpdates = events + 1000;
    options.bots.append(config);
    TelegramSandbox sandbox(&server, options);
    TelegramTrafficFeeder feeder(sandbox.bot(), 11);
    while (sandbox.bot()->pendingCount() < events)
        feeder.feed(qMin(500, events - int(sandbox.bot()->pendingCount())));
    const qint64 target = sandbox.bot()->nextUpdateId();
    const int queued = int(sandbox.bot()->pendingCount());

    Account account;
    account.id = addAccount(store, u"Bench bot"_s, sandbox.apiBaseUrl());
    account.platform = Platform::Telegram;
    account.apiBase = sandbox.apiBaseUrl().toString();
    HttpClient http(nullptr);
    WatchingSink sink(store);
    TelegramConnector::Options o;
    o.longPollSeconds = 1;
    TelegramConnector connector(account, config.token, http, sink, nullptr, o);
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
    if (sink.lastCursor < target)
        return std::nullopt;
    return Throughput{queued / seconds, double(sink.stored) / seconds};
}

QList<double> latencies(const QString &dir, int samples)
{
    QList<double> out;
    auto opened = Store::open(QDir(dir).filePath(u"bench-telegram-latency.db"_s));
    if (!opened.ok())
        return out;
    Store &store = **opened;
    HttpServer server;
    server.listen(0);
    TelegramSandbox sandbox(&server);
    TelegramSandboxBot *bot = sandbox.bot();
    Account account;
    account.id = addAccount(store, u"Latency bot"_s, sandbox.apiBaseUrl());
    account.apiBase = sandbox.apiBaseUrl().toString();
    HttpClient http(nullptr);
    WatchingSink sink(store);
    TelegramConnector::Options o;
    o.longPollSeconds = 25;
    TelegramConnector connector(account, bot->config().token, http, sink, nullptr, o);

    QElapsedTimer sinceEvent;
    bool pending = false;
    int done = 0;
    QEventLoop loop;
    TelegramSandboxBot::User user{5000000001, u"Anna"_s, u"Petrova"_s, u"anna_p"_s, u"ru"_s, false};
    auto pushOne = [&] {
        pending = true;
        sinceEvent.start();
        bot->pushPrivateMessage(user, u"Где мой заказ #%1?"_s.arg(done));
    };
    sink.onCommit = [&](const IngestResult &r) {
        if (!pending || r.inserted == 0)
            return;
        out << double(sinceEvent.nsecsElapsed()) / 1e6;
        pending = false;
        if (++done >= samples)
            loop.quit();
    };
    // The next event goes out once the connector is back in its long poll.
    QObject::connect(&sandbox, &TelegramSandbox::pollWaiting, &loop, [&](qint64) {
        if (!pending && done < samples)
            QTimer::singleShot(2, &loop, pushOne);
    });
    connector.start();
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    loop.exec();
    connector.stop();
    return out;
}

double idleCpuPercent(const QString &dir, int accounts, int seconds)
{
    auto opened = Store::open(QDir(dir).filePath(u"bench-telegram-idle.db"_s));
    if (!opened.ok())
        return -1;
    Store &store = **opened;
    HttpServer server;
    server.listen(0);
    TelegramSandbox::Options options;
    for (int i = 0; i < accounts; ++i)
        options.bots.append(TelegramSandboxBot::Config::demo(i));
    TelegramSandbox sandbox(&server, options);
    HttpClient http(nullptr);
    WatchingSink sink(store);
    std::vector<std::unique_ptr<TelegramConnector>> connectors;
    for (int i = 0; i < accounts; ++i) {
        Account account;
        account.id = addAccount(store, u"Idle bot %1"_s.arg(i), sandbox.apiBaseUrl());
        account.apiBase = sandbox.apiBaseUrl().toString();
        TelegramConnector::Options o; // the default 25 s long poll
        connectors.push_back(std::make_unique<TelegramConnector>(
            account, sandbox.bots().at(i)->config().token, http, sink, nullptr, o));
        connectors.back()->start();
    }
    // Let every account settle into its long poll, then measure.
    QEventLoop settle;
    QTimer::singleShot(1500, &settle, &QEventLoop::quit);
    settle.exec();
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const double used = cpuSeconds() - cpu0;
    const double elapsed = double(wall.nsecsElapsed()) / 1e9;
    for (auto &c : connectors)
        c->stop();
    return 100.0 * used / elapsed;
}

} // namespace

int telegramBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({
        {u"events"_s, u"Updates for the throughput runs (default 20000)."_s, u"N"_s, u"20000"_s},
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
    out << u"bench telegram: the connector against the sandbox on loopback\n"_s;
    QList<double> eps, ips;
    for (int r = 0; r < runs; ++r) {
        QTemporaryDir runDir;
        const auto t = throughput(runDir.path(), events);
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

    const QList<double> lat = latencies(tmp.path(), qMax(10, p.value(u"samples"_s).toInt()));
    out << u"  event available -> item stored while long polling: median %1 ms, p95 %2 ms, max %3 "
           u"ms "
           u"over %4 events (target p95 < 300)\n"_s
               .arg(fmt(median(lat), 1), fmt(percentile(lat, 95), 1), fmt(percentile(lat, 100), 1))
               .arg(lat.size());
    out.flush();
    const int seconds = qMax(5, p.value(u"idle-seconds"_s).toInt());
    const double cpu = idleCpuPercent(tmp.path(), 10, seconds);
    out << u"  idle CPU while 10 accounts long-poll (client and sandbox in one process): %1% of "
           u"one core over %2 s (target < 1%)\n"_s.arg(fmt(cpu, 2))
               .arg(seconds);
    return 0;
}

} // namespace fd::bench
