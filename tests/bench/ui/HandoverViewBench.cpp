// frontdesk_handover_view_bench: opening the Handover dock on a busy store — from the dock being
// made and shown to its list of open items painted with the snapshot (read on the dock's own
// thread: every open item with its SLA clock, promises, notes, alarms, figures and load), and
// a re-read of a dock already open, as after a commit. Figures are printed, never asserted.
// Usage: frontdesk_handover_view_bench [--items N] [--open N] [--runs R] [--db PATH]
#include "BenchSupport.h"
#include "IngestBenchRun.h"

#include "HandoverDock.h"
#include "HandoverItemModel.h"
#include "console/InboxActions.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace fd;

namespace {

// Ends `loop` at the first paint of the watched widget once `armed`.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QEventLoop &loop)
        : m_loop(loop)
    {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (armed && event->type() == QEvent::Paint) {
            armed = false;
            QMetaObject::invokeMethod(
                &m_loop, [this] { m_loop.quit(); }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }
    bool armed = false;

private:
    QEventLoop &m_loop;
};

// Runs the event loop until the dock's snapshot is in and its list painted with it; returns
// (ms to the snapshot shown, ms to the paint) from `clock`'s start.
std::pair<double, double> untilPainted(ui::HandoverDock &dock, const QElapsedTimer &clock,
                                       const std::function<void()> &start)
{
    QEventLoop loop;
    PaintWatch watch(loop);
    QWidget *viewport = dock.itemView(ui::HandoverDock::Section::Open)->viewport();
    viewport->installEventFilter(&watch);
    double shown = -1;
    const auto connection = QObject::connect(&dock, &ui::HandoverDock::loaded, &loop, [&] {
        shown = double(clock.nsecsElapsed()) / 1e6;
        watch.armed = true;
        viewport->update();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    start();
    loop.exec();
    QObject::disconnect(connection);
    viewport->removeEventFilter(&watch);
    return {shown, double(clock.nsecsElapsed()) / 1e6};
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({
        {u"items"_s, u"Items in the store (default 200000)."_s, u"N"_s, u"200000"_s},
        {u"open"_s, u"Open and waiting items among them (default 10000)."_s, u"N"_s, u"10000"_s},
        {u"runs"_s, u"Openings to time (default 9)."_s, u"R"_s, u"9"_s},
        {u"db"_s, u"The bench store (that of `bench handover` by default)."_s, u"PATH"_s},
    });
    p.process(app);
    QTextStream out(stdout);
    const qint64 items = p.value(u"items"_s).toLongLong();
    const qint64 open = p.value(u"open"_s).toLongLong();
    const int runs = qMax(1, p.value(u"runs"_s).toInt());
    const QString path =
        p.isSet(u"db"_s) ? p.value(u"db"_s) : bench::handoverStorePath(items, open);
    const auto opened = bench::openViewStore(
        path, [&] { return bench::ensureHandoverStore(path, items, open, false, out); }, out);
    if (!opened)
        return 1;
    core::Store &store = *opened;
    // The newest item's time, as `bench handover` reads it; op1 is leaving.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(
        bench::scalarOf(store, u"SELECT max(id) FROM items"_s) / 1000 + 60000, Qt::UTC);
    core::Actor op1 = core::Actor::local();
    op1.login = u"op1"_s;
    op1.displayName = u"Operator 1"_s;
    core::InboxActions actions(store, op1);

    QList<double> shown, painted, reread, cpu, guiCpu;
    int rows = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer clock;
        const double cpuBefore = bench::processCpuMs();
        const double guiBefore = bench::threadCpuMs();
        clock.start();
        ui::HandoverDock dock(store, actions);
        dock.setClock([now] { return now; });
        dock.resize(1200, 800);
        const auto [s, pt] = untilPainted(dock, clock, [&dock] { dock.show(); });
        shown << s;
        painted << pt;
        cpu << bench::processCpuMs() - cpuBefore;
        guiCpu << bench::threadCpuMs() - guiBefore;
        rows = dock.itemModel(ui::HandoverDock::Section::Open)->rowCount();
        // Once more on the open dock, as after a commit.
        clock.restart();
        reread << untilPainted(dock, clock, [&dock] { dock.reload(); }).second;
    }
    out << "bench handover-view: " << bench::scalarOf(store, u"SELECT count(*) FROM items"_s)
        << " items, " << rows << " open and waiting shown, " << runs << " openings\n";
    out << "  open -> snapshot shown: median " << bench::fmt(bench::median(shown), 1) << " ms, p95 "
        << bench::fmt(bench::percentile(shown, 95), 1) << " ms\n";
    out << "  open -> first paint with the items: median " << bench::fmt(bench::median(painted), 1)
        << " ms, p95 " << bench::fmt(bench::percentile(painted, 95), 1) << " ms (target < 200)\n";
    out << "  CPU time of the opening: median " << bench::fmt(bench::median(cpu), 1)
        << " ms, of which the GUI thread " << bench::fmt(bench::median(guiCpu), 1)
        << " ms (the rest is the snapshot, on the dock's thread)\n";
    out << "  re-read of an open dock -> painted: median " << bench::fmt(bench::median(reread), 1)
        << " ms\n";
    return 0;
}
