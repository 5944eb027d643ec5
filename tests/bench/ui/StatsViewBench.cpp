// frontdesk_stats_view_bench: the Stats dock over the whole of a large store (that of `bench
// stats`, 1,000,000 items by default) — from asking for the figures to the operators' table
// filled with them, and how long the GUI thread was ever kept from its events meanwhile (a
// timer ticking every 5 ms measures the longest gap between its ticks). Figures are printed,
// never asserted.
// Usage: frontdesk_stats_view_bench [--items N] [--runs R] [--db PATH]
#include "BenchSupport.h"
#include "IngestBenchRun.h"

#include "StatsDock.h"
#include "StatsTableModel.h"
#include "console/InboxActions.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace fd;

namespace {

struct Opening
{
    double shownMs = -1;     // asked -> the table holds the figures
    double longestGapMs = 0; // the longest the GUI thread went without handling its timer
    double guiCpuMs = 0;
};

// Runs the event loop from `start` until the operators' figures are shown.
Opening untilComputed(ui::StatsDock &dock, const std::function<void()> &start)
{
    QEventLoop loop;
    QElapsedTimer clock, sinceTick;
    Opening o;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        o.longestGapMs = qMax(o.longestGapMs, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });
    const auto connection = QObject::connect(&dock, &ui::StatsDock::computed, &loop, [&](int tab) {
        if (tab == ui::StatsDock::OperatorsTab && dock.report(ui::StatsDock::OperatorsTab)) {
            o.shownMs = double(clock.nsecsElapsed()) / 1e6;
            loop.quit();
        }
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    const double cpu0 = bench::threadCpuMs();
    clock.start();
    sinceTick.start();
    tick.start();
    start();
    o.longestGapMs = qMax(o.longestGapMs, double(sinceTick.nsecsElapsed()) / 1e6);
    sinceTick.restart();
    loop.exec();
    tick.stop();
    o.guiCpuMs = bench::threadCpuMs() - cpu0;
    QObject::disconnect(connection);
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({
        {u"items"_s, u"Items in the store (default 1000000)."_s, u"N"_s, u"1000000"_s},
        {u"runs"_s, u"Computations to time (default 5)."_s, u"R"_s, u"5"_s},
        {u"db"_s, u"The bench store (that of `bench stats` by default)."_s, u"PATH"_s},
    });
    p.process(app);
    QTextStream out(stdout);
    const qint64 items = p.value(u"items"_s).toLongLong();
    const int runs = qMax(1, p.value(u"runs"_s).toInt());
    const QString path = p.isSet(u"db"_s) ? p.value(u"db"_s) : bench::statsStorePath(items);
    const auto opened = bench::openViewStore(
        path, [&] { return bench::ensureStatsStore(path, items, 12, 4000, false, out); }, out);
    if (!opened)
        return 1;
    core::Store &store = *opened;
    // The whole store: from its first item's day to its last one's.
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(
        bench::scalarOf(store, u"SELECT min(created_at) FROM items"_s), Qt::UTC);
    const QDateTime last = QDateTime::fromMSecsSinceEpoch(
        bench::scalarOf(store, u"SELECT max(created_at) FROM items"_s), Qt::UTC);
    core::Actor lead = core::Actor::local();
    core::InboxActions actions(store, lead);

    QList<double> opening, reopening, gaps, guiCpu;
    int rows = 0;
    for (int r = 0; r < runs; ++r) {
        ui::StatsDock dock(store, actions);
        dock.resize(1200, 800);
        dock.setNow(last.addSecs(3600));
        const Opening o = untilComputed(dock, [&] {
            dock.setCustomPeriod(first.date(), last.date());
            dock.show();
        });
        opening << o.shownMs;
        gaps << o.longestGapMs;
        guiCpu << o.guiCpuMs;
        rows = dock.model(ui::StatsDock::OperatorsTab)->rowCount();
        // Once more on the open dock, as after a commit.
        const Opening again = untilComputed(dock, [&] { dock.refresh(); });
        reopening << again.shownMs;
        gaps << again.longestGapMs;
    }
    out << "bench stats-view: " << bench::scalarOf(store, u"SELECT count(*) FROM items"_s)
        << " items, " << first.date().toString(Qt::ISODate) << " to "
        << last.date().toString(Qt::ISODate) << ", " << rows << " operators ranked, " << runs
        << " openings\n";
    out << "  open -> operators' figures shown: median " << bench::fmt(bench::median(opening), 0)
        << " ms (min " << bench::fmt(bench::percentile(opening, 0), 0) << ", max "
        << bench::fmt(bench::percentile(opening, 100), 0) << ") (target < 2000)\n";
    out << "  refresh of an open dock -> shown: median " << bench::fmt(bench::median(reopening), 0)
        << " ms\n";
    out << "  GUI thread meanwhile: longest time between two 5 ms ticks "
        << bench::fmt(bench::percentile(gaps, 100), 1) << " ms (median of the openings "
        << bench::fmt(bench::median(gaps), 1) << " ms); its CPU time per opening, median "
        << bench::fmt(bench::median(guiCpu), 1) << " ms\n";
    return 0;
}
