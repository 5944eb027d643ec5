// bench telegram: the Telegram connector end to end on loopback (see ConnectorBench.h).
#include "ConnectorBench.h"
#include "IngestBenchRun.h"

#include "connectors/telegram/TelegramConnector.h"
#include "net/HttpClient.h"
#include "sandbox/HttpServer.h"
#include "sandbox/TelegramSandbox.h"
#include "sandbox/TelegramSandboxBot.h"
#include "sandbox/TelegramTrafficFeeder.h"
#include "store/Store.h"

#include <QDir>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::bench {
namespace {

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

    Account account;
    account.platform = Platform::Telegram;
    account.apiBase = sandbox.apiBaseUrl().toString();
    account.id = addBenchAccount(store, account.platform, u"Bench bot"_s, sandbox.apiBaseUrl());
    HttpClient http(nullptr);
    WatchingSink sink(store);
    TelegramConnector::Options o;
    o.longPollSeconds = 1;
    TelegramConnector connector(account, config.token, http, sink, nullptr, o);
    return timeThroughput(connector, sink, sandbox.bot()->nextUpdateId(),
                          int(sandbox.bot()->pendingCount()));
}

QList<double> latencies(const QString &dir, int samples)
{
    auto opened = Store::open(QDir(dir).filePath(u"bench-telegram-latency.db"_s));
    if (!opened.ok())
        return {};
    Store &store = **opened;
    HttpServer server;
    server.listen(0);
    TelegramSandbox sandbox(&server);
    TelegramSandboxBot *bot = sandbox.bot();
    Account account;
    account.apiBase = sandbox.apiBaseUrl().toString();
    account.id = addBenchAccount(store, Platform::Telegram, u"Latency bot"_s, sandbox.apiBaseUrl());
    HttpClient http(nullptr);
    WatchingSink sink(store);
    TelegramConnector::Options o;
    o.longPollSeconds = 25;
    TelegramConnector connector(account, bot->config().token, http, sink, nullptr, o);
    const TelegramSandboxBot::User user{5000000001,  u"Anna"_s, u"Petrova"_s,
                                        u"anna_p"_s, u"ru"_s,   false};
    LatencyProbe probe(sink, samples, [&](int n) {
        bot->pushPrivateMessage(user, u"Где мой заказ #%1?"_s.arg(n));
    });
    QObject::connect(&sandbox, &TelegramSandbox::pollWaiting, &sandbox,
                     [&probe](qint64) { probe.pollWaiting(); });
    return probe.run(connector);
}

// The sandbox, its server, the store and the connectors of an idle run, kept together.
struct IdleRun
{
    std::unique_ptr<Store> store;
    HttpServer server;
    std::unique_ptr<TelegramSandbox> sandbox;
    HttpClient http{nullptr};
    std::unique_ptr<WatchingSink> sink;
    std::vector<std::unique_ptr<TelegramConnector>> connectors;
};

std::shared_ptr<void> idle(const QString &dir, int accounts)
{
    auto run = std::make_shared<IdleRun>();
    auto opened = Store::open(QDir(dir).filePath(u"bench-telegram-idle.db"_s));
    if (!opened.ok())
        return run;
    run->store = std::move(opened.value());
    run->server.listen(0);
    TelegramSandbox::Options options;
    for (int i = 0; i < accounts; ++i)
        options.bots.append(TelegramSandboxBot::Config::demo(i));
    run->sandbox = std::make_unique<TelegramSandbox>(&run->server, options);
    run->sink = std::make_unique<WatchingSink>(*run->store);
    for (int i = 0; i < accounts; ++i) {
        Account account;
        account.apiBase = run->sandbox->apiBaseUrl().toString();
        account.id = addBenchAccount(*run->store, Platform::Telegram, u"Idle bot %1"_s.arg(i),
                                     run->sandbox->apiBaseUrl());
        TelegramConnector::Options o; // the default 25 s long poll
        run->connectors.push_back(
            std::make_unique<TelegramConnector>(account, run->sandbox->bots().at(i)->config().token,
                                                run->http, *run->sink, nullptr, o));
        run->connectors.back()->start();
    }
    return run;
}

} // namespace

int telegramBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return runConnectorBench({u"telegram"_s, throughput, latencies, idle}, args, out, err);
}

} // namespace fd::bench
