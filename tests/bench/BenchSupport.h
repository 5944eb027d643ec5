#pragma once

#include "sandbox/TrafficGenerator.h"
#include "store/IngestBatch.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace fd::bench {

// Parses a bench's options; after a mistake or --help (printed) gives the exit code to return.
std::optional<int> parseOptions(QCommandLineParser &parser, const QStringList &args,
                                QTextStream &out, QTextStream &err);

double median(QList<double> values);
double percentile(QList<double> values, double p);
// Peak resident set size of this process, in MiB (VmHWM).
double peakRssMiB();
QString fmt(double value, int decimals = 1);

// CPU time so far, in ms, of this thread (CLOCK_THREAD_CPUTIME_ID) or the whole process.
double threadCpuMs();
double processCpuMs();

// Opens the store a view bench reads, once `ensure` has built it if need be; says why not on
// `out` and gives null when it cannot.
std::unique_ptr<core::Store> openViewStore(const QString &path,
                                           const std::function<core::StoreError()> &ensure,
                                           QTextStream &out);
// The first column of the first row `sql` gives on a reader of the store; -1 when none.
qint64 scalarOf(core::Store &store, const QString &sql);

// Realistic traffic for several accounts, handed out in time order batch by batch.
class TrafficSource
{
public:
    // `accounts` are (store account id, platform); `perDay` items per account per day, ending now.
    TrafficSource(const QList<std::pair<qint64, core::Platform>> &accounts, qint64 totalItems,
                  int perDay, quint32 seed);
    // The next batch of up to `size` items for one account (round robin); empty when done.
    core::IngestBatch next(int size);
    qint64 produced() const { return m_produced; }

private:
    struct Feed
    {
        qint64 accountId;
        std::unique_ptr<core::TrafficGenerator> gen;
        QList<core::IncomingItem> buffered;
        QDateTime day;
    };
    std::vector<Feed> m_feeds;
    qint64 m_total;
    qint64 m_produced = 0;
    int m_perDay;
    std::size_t m_turn = 0;
};

} // namespace fd::bench
