#pragma once

#include "connectors/Connector.h"
#include "connectors/StoreSink.h"
#include "model/Enums.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QEventLoop;

namespace fd::core {
class Store;
}

// What every connector bench measures, whatever the platform: events/s from the sandbox into
// the store, event-available-to-stored latency while long polling, idle CPU of 10 accounts.
namespace fd::bench {

// Counts what a connector committed and tells when its cursor reached a number.
class WatchingSink final : public core::IngestSink
{
public:
    explicit WatchingSink(core::Store &store);
    void ingest(core::IngestBatch batch, QObject *context,
                std::function<void(const core::IngestResult &)> done) override;

    qint64 stored = 0;
    qint64 lastCursor = 0;
    std::function<void(const core::IngestResult &)> onCommit;

private:
    core::StoreSink m_inner;
};

qint64 addBenchAccount(core::Store &store, core::Platform platform, const QString &name,
                       const QUrl &apiBase);

struct Throughput
{
    double eventsPerSecond = 0;
    double itemsPerSecond = 0;
};

// Starts `connector` and runs the event loop until `sink` saw the cursor reach `target`;
// the events/s of `events` over that time. nullopt when it did not get there in 10 minutes.
std::optional<Throughput> timeThroughput(core::Connector &connector, WatchingSink &sink,
                                         qint64 target, int events);

// Pushes one event each time the connector is back in its long poll (`pollWaiting` is hooked
// by the caller to call the returned function) and measures until it is stored.
class LatencyProbe
{
public:
    LatencyProbe(WatchingSink &sink, int samples, std::function<void(int n)> push);
    // Call when the connector's long poll starts waiting.
    void pollWaiting();
    // Runs the loop until every sample is in (or 5 minutes pass).
    QList<double> run(core::Connector &connector);

private:
    WatchingSink &m_sink;
    int m_samples;
    std::function<void(int)> m_push;
    QList<double> m_out;
    bool m_pending = false;
    QElapsedTimer m_since;
    QEventLoop *m_loop = nullptr;
};

struct ConnectorBenchHooks
{
    QString name; // "telegram", "vk"
    std::function<std::optional<Throughput>(const QString &dir, int events)> throughput;
    std::function<QList<double>(const QString &dir, int samples)> latencies;
    // Starts `accounts` long-polling connectors with nothing to say; they run while the
    // returned object lives.
    std::function<std::shared_ptr<void>(const QString &dir, int accounts)> idle;
};

int runConnectorBench(const ConnectorBenchHooks &hooks, const QStringList &args, QTextStream &out,
                      QTextStream &err);

} // namespace fd::bench
