// bench vk: the VK connector end to end on loopback (see ConnectorBench.h).
#include "ConnectorBench.h"
#include "IngestBenchRun.h"

#include "connectors/vk/VkConnector.h"
#include "net/HttpClient.h"
#include "sandbox/HttpServer.h"
#include "sandbox/VkSandbox.h"
#include "sandbox/VkTrafficFeeder.h"
#include "store/Store.h"

#include <QDir>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::bench {
namespace {

std::optional<Throughput> throughput(const QString &dir, int events)
{
    auto opened = Store::open(QDir(dir).filePath(u"bench-vk.db"_s));
    if (!opened.ok())
        return std::nullopt;
    Store &store = **opened;
    HttpServer server;
    server.listen(0);
    VkSandbox::Options options;
    auto config = VkSandboxCommunity::Config::demo(0);
    config.historySize = events + 1000;
    options.communities.append(config);
    VkSandbox sandbox(&server, options);
    VkSandboxCommunity *community = sandbox.community();
    const qint64 first = community->currentTs();
    VkTrafficFeeder feeder(community, 11);
    while (community->currentTs() - first < events)
        feeder.feed(qMin<int>(500, int(events - (community->currentTs() - first))));

    Account account;
    account.platform = Platform::Vk;
    account.apiBase = sandbox.apiBaseUrl().toString();
    account.cursor = QString::number(first); // from the start of the history
    account.id =
        addBenchAccount(store, account.platform, u"Bench community"_s, sandbox.apiBaseUrl());
    HttpClient http(nullptr);
    WatchingSink sink(store);
    VkConnector::Options o;
    o.longPollSeconds = 1;
    VkConnector connector(account, config.token, config.userToken, http, sink, nullptr, o);
    return timeThroughput(connector, sink, community->currentTs(),
                          int(community->currentTs() - first));
}

QList<double> latencies(const QString &dir, int samples)
{
    auto opened = Store::open(QDir(dir).filePath(u"bench-vk-latency.db"_s));
    if (!opened.ok())
        return {};
    Store &store = **opened;
    HttpServer server;
    server.listen(0);
    VkSandbox sandbox(&server);
    VkSandboxCommunity *community = sandbox.community();
    Account account;
    account.platform = Platform::Vk;
    account.apiBase = sandbox.apiBaseUrl().toString();
    account.id = addBenchAccount(store, Platform::Vk, u"Latency community"_s, sandbox.apiBaseUrl());
    HttpClient http(nullptr);
    WatchingSink sink(store);
    VkConnector::Options o;
    o.longPollSeconds = 25;
    VkConnector connector(account, community->config().token, community->config().userToken, http,
                          sink, nullptr, o);
    VkSandboxCommunity::User user;
    user.id = 611000001;
    user.firstName = u"Анна"_s;
    user.lastName = u"Петрова"_s;
    user.screenName = u"anna_p"_s;
    community->addUser(user);
    LatencyProbe probe(sink, samples, [&](int n) {
        community->pushMessage(user, u"Где мой заказ #%1?"_s.arg(n));
    });
    QObject::connect(&sandbox, &VkSandbox::pollWaiting, &sandbox,
                     [&probe](qint64) { probe.pollWaiting(); });
    return probe.run(connector);
}

struct IdleRun
{
    std::unique_ptr<Store> store;
    HttpServer server;
    std::unique_ptr<VkSandbox> sandbox;
    HttpClient http{nullptr};
    std::unique_ptr<WatchingSink> sink;
    std::vector<std::unique_ptr<VkConnector>> connectors;
};

std::shared_ptr<void> idle(const QString &dir, int accounts)
{
    auto run = std::make_shared<IdleRun>();
    auto opened = Store::open(QDir(dir).filePath(u"bench-vk-idle.db"_s));
    if (!opened.ok())
        return run;
    run->store = std::move(opened.value());
    run->server.listen(0);
    VkSandbox::Options options;
    for (int i = 0; i < accounts; ++i)
        options.communities.append(VkSandboxCommunity::Config::demo(i));
    run->sandbox = std::make_unique<VkSandbox>(&run->server, options);
    run->sink = std::make_unique<WatchingSink>(*run->store);
    for (int i = 0; i < accounts; ++i) {
        const VkSandboxCommunity::Config &c = run->sandbox->communities().at(i)->config();
        Account account;
        account.platform = Platform::Vk;
        account.apiBase = run->sandbox->apiBaseUrl().toString();
        account.id = addBenchAccount(*run->store, Platform::Vk, u"Idle community %1"_s.arg(i),
                                     run->sandbox->apiBaseUrl());
        VkConnector::Options o; // the default 25 s long poll
        run->connectors.push_back(std::make_unique<VkConnector>(account, c.token, c.userToken,
                                                                run->http, *run->sink, nullptr, o));
        run->connectors.back()->start();
    }
    return run;
}

} // namespace

int vkBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return runConnectorBench({u"vk"_s, throughput, latencies, idle}, args, out, err);
}

} // namespace fd::bench
