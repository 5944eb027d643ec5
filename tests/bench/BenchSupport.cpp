#include "BenchSupport.h"

#include "store/Connection.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <ctime>

using namespace Qt::StringLiterals;

namespace fd::bench {

std::optional<int> parseOptions(QCommandLineParser &parser, const QStringList &args,
                                QTextStream &out, QTextStream &err)
{
    if (!parser.parse(args)) {
        err << parser.errorText() << u"\n"_s;
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    return std::nullopt;
}

double median(QList<double> values)
{
    return percentile(std::move(values), 50);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank.
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(qBound(qsizetype(0), rank - 1, values.size() - 1));
}

double peakRssMiB()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QString status = QString::fromLatin1(f.readAll());
    const auto m = QRegularExpression(u"VmHWM:\\s+(\\d+) kB"_s).match(status);
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : -1;
}

QString fmt(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

TrafficSource::TrafficSource(const QList<std::pair<qint64, core::Platform>> &accounts,
                             qint64 totalItems, int perDay, quint32 seed)
    : m_total(totalItems)
    , m_perDay(perDay)
{
    const qint64 days = totalItems / qMax<qint64>(1, qint64(perDay) * accounts.size()) + 1;
    const QDateTime first = QDateTime::currentDateTimeUtc().addDays(-days);
    quint32 s = seed;
    for (const auto &[id, platform] : accounts) {
        Feed f;
        f.accountId = id;
        f.gen = std::make_unique<core::TrafficGenerator>(s++, platform);
        f.day = QDateTime(first.date(), QTime(0, 0), Qt::UTC);
        m_feeds.push_back(std::move(f));
    }
}

core::IngestBatch TrafficSource::next(int size)
{
    core::IngestBatch batch;
    if (m_produced >= m_total || m_feeds.empty())
        return batch;
    Feed &feed = m_feeds[m_turn++ % m_feeds.size()];
    batch.accountId = feed.accountId;
    const int want = int(qMin<qint64>(size, m_total - m_produced));
    while (feed.buffered.size() < want) {
        feed.buffered += feed.gen->spread(feed.day, m_perDay);
        feed.day = feed.day.addDays(1);
    }
    batch.items = feed.buffered.mid(0, want);
    feed.buffered.remove(0, want);
    m_produced += want;
    batch.cursor = QString::number(m_produced);
    return batch;
}

namespace {

double cpuMs(clockid_t which)
{
    timespec ts{};
    clock_gettime(which, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace

double threadCpuMs()
{
    return cpuMs(CLOCK_THREAD_CPUTIME_ID);
}

double processCpuMs()
{
    return cpuMs(CLOCK_PROCESS_CPUTIME_ID);
}

std::unique_ptr<core::Store> openViewStore(const QString &path,
                                           const std::function<core::StoreError()> &ensure,
                                           QTextStream &out)
{
    if (const core::StoreError e = ensure(); !e.ok()) {
        out << e.message << "\n";
        return nullptr;
    }
    auto opened = core::Store::open(path);
    if (!opened.ok()) {
        out << opened.error().message << "\n";
        return nullptr;
    }
    return std::move(opened.value());
}

qint64 scalarOf(core::Store &store, const QString &sql)
{
    auto reader = store.reader();
    if (!reader.ok())
        return -1;
    auto q = core::Connection::exec(*reader, sql);
    return q.ok() && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

} // namespace fd::bench
