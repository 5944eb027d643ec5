// frontdesk_ui_bench: the console over a large store — time from process start to the first
// painted feed page, filter switch and search latency, and memory. Figures are printed, never
// asserted. Usage: frontdesk_ui_bench [--items N] [--db PATH] [--runs R] [--switches S]
#include "BenchSupport.h"
#include "IngestBenchRun.h"

#include "InboxDock.h"
#include "ItemFeedModel.h"
#include "MainWindow.h"
#include "store/ItemQueries.h"
#include "store/Store.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMap>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace fd;

namespace {

// How long this process has existed, in ms (from /proc: start time against uptime), so the
// first-page figure includes loading the program and Qt, not just our own code.
double processAgeMs()
{
    QFile stat(u"/proc/self/stat"_s);
    QFile uptime(u"/proc/uptime"_s);
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of the whole line
    const double ticks = double(sysconf(_SC_CLK_TCK));
    const double up = uptime.readAll().split(' ').value(0).toDouble();
    return (up - startTicks / ticks) * 1000.0;
}

// Paints the feed once and reports when the first page is on screen.
class FirstPaint : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !done) {
            done = true;
            QMetaObject::invokeMethod(
                qApp, [] { QApplication::exit(0); }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }
    bool done = false;
};

int firstPageChild(const QString &db)
{
    auto opened = core::Store::open(db);
    if (!opened.ok())
        return 1;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"f.conf"_s), QSettings::IniFormat);
    ui::MainWindow window(**opened, settings);
    FirstPaint watch;
    window.inbox()->view()->viewport()->installEventFilter(&watch);
    window.show();
    QApplication::exec();
    QTextStream(stdout) << processAgeMs() << "\n";
    return 0;
}

qint64 itemCount(core::Store &store)
{
    const auto reader = store.reader();
    if (!reader.ok())
        return 0;
    const auto n = core::ItemQueries(*reader).count({});
    return n.ok() ? *n : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({
        {u"items"_s, u"Items in the store (default 1000000)."_s, u"N"_s, u"1000000"_s},
        {u"db"_s, u"Store to use (built when it has fewer items)."_s, u"PATH"_s},
        {u"runs"_s, u"Launches to time (default 5)."_s, u"R"_s, u"5"_s},
        {u"switches"_s, u"Filter switches and searches to time (default 60)."_s, u"S"_s, u"60"_s},
        {u"first-page"_s, u"(internal) open the store, paint the feed once, print the time."_s,
         u"DB"_s},
    });
    p.process(app);
    if (p.isSet(u"first-page"_s))
        return firstPageChild(p.value(u"first-page"_s));

    QTextStream out(stdout);
    QTemporaryDir tmp;
    const QString db = p.isSet(u"db"_s) ? p.value(u"db"_s) : tmp.filePath(u"ui-bench.db"_s);
    const qint64 items = p.value(u"items"_s).toLongLong();
    {
        auto opened = core::Store::open(db);
        if (!opened.ok()) {
            out << opened.error().message << "\n";
            return 1;
        }
        if (itemCount(**opened) < items) {
            opened.value().reset();
            out << "building a store of " << items << " items at " << db << " …\n";
            out.flush();
            const auto built = bench::runIngest(db, items, 2000, 7, true, out);
            if (!built.ok()) {
                out << built.error().message << "\n";
                return 1;
            }
        }
    }

    // Launch to first painted page, in fresh processes (page cache warm after the first).
    QList<double> launches;
    for (int r = 0; r < qMax(1, p.value(u"runs"_s).toInt()); ++r) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {u"--first-page"_s, db});
        child.waitForFinished(120000);
        launches << child.readAllStandardOutput().trimmed().toDouble();
    }
    out << "bench ui: " << items << " items\n";
    out << "  launch -> first painted feed page: median " << bench::fmt(bench::median(launches), 0)
        << " ms, p95 " << bench::fmt(bench::percentile(launches, 95), 0) << " ms over "
        << launches.size() << " launches (target < 1000)\n";
    out.flush();

    auto opened = core::Store::open(db);
    if (!opened.ok())
        return 1;
    QSettings settings(tmp.filePath(u"f.conf"_s), QSettings::IniFormat);
    ui::MainWindow window(**opened, settings);
    window.show();
    QApplication::processEvents();
    auto *status = window.inbox()->findChild<QComboBox *>(u"inbox.status"_s);
    auto *platform = window.inbox()->findChild<QComboBox *>(u"inbox.platform"_s);
    QTreeView *view = window.inbox()->view();
    const int switches = qMax(10, p.value(u"switches"_s).toInt());

    // A filter switch: pick the next status or platform, until the view has its first page.
    QList<double> filterMs;
    QMap<QString, QList<double>> byFilter; // which filters cost the most
    for (int i = 0; i < switches; ++i) {
        QComboBox *box = i % 2 ? platform : status;
        QElapsedTimer t;
        t.start();
        box->setCurrentIndex((box->currentIndex() + 1) % box->count());
        QApplication::processEvents();
        view->viewport()->repaint();
        const double ms = double(t.nsecsElapsed()) / 1e6;
        filterMs << ms;
        byFilter[status->currentText() + u" / "_s + platform->currentText()] << ms;
    }
    QString slowest;
    double slowestMs = -1;
    for (auto it = byFilter.cbegin(); it != byFilter.cend(); ++it) {
        const double m = bench::median(it.value());
        if (m > slowestMs) {
            slowestMs = m;
            slowest = it.key();
        }
    }
    status->setCurrentIndex(0);
    platform->setCurrentIndex(0);

    // A search: words as an operator types them, measured from the search starting (the
    // field waits InboxDock::searchDelayMs for typing to stop; that pause is not work).
    static const QStringList words{u"заказ"_s,      u"refund"_s,  u"доставка"_s, u"order"_s,
                                   u"zamówienie"_s, u"спасибо"_s, u"sklep"_s,    u"crypto"_s};
    QList<double> searchMs;
    QLineEdit *search = window.inbox()->searchField();
    for (int i = 0; i < switches; ++i) {
        search->setText(words.at(i % words.size()));
        QElapsedTimer t;
        t.start();
        window.feed()->setFilter(window.inbox()->filterFromBar());
        QApplication::processEvents();
        view->viewport()->repaint();
        searchMs << double(t.nsecsElapsed()) / 1e6;
    }
    // Scroll to the end of 20 pages, as an operator going through a backlog: each page read,
    // scrolled to and painted (every visible cell of every column asked for what it shows).
    search->clear();
    window.feed()->setFilter(window.inbox()->filterFromBar());
    QApplication::processEvents();
    QList<double> pageMs;
    for (int i = 0; i < 20 && window.feed()->canFetchMore({}); ++i) {
        QElapsedTimer t;
        t.start();
        window.feed()->fetchMore({});
        view->scrollToBottom();
        QApplication::processEvents();
        view->viewport()->repaint();
        pageMs << double(t.nsecsElapsed()) / 1e6;
    }

    // A screenful on a wide inbox, painted again and again: every shown cell of every shown
    // column asks the model what it shows, as when the response clocks move on.
    QHeaderView *header = view->header();
    window.inbox()->setFloating(true);
    window.inbox()->resize(1600, 900);
    QApplication::processEvents();
    QList<double> paintMs;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer t;
        t.start();
        view->viewport()->repaint();
        paintMs << double(t.nsecsElapsed()) / 1e6;
    }
    // And what a row costs the model alone: each column of every loaded row, in the roles a
    // view asks for while painting.
    const ui::ItemFeedModel *feed = window.feed();
    const int loaded = feed->rowCount();
    QElapsedTimer readAll;
    readAll.start();
    qsizetype chars = 0;
    for (int row = 0; row < loaded; ++row) {
        for (int column = 0; column < feed->columnCount(); ++column) {
            const QModelIndex index = feed->index(row, column);
            chars += index.data(Qt::DisplayRole).toString().size();
            index.data(Qt::ForegroundRole);
            index.data(Qt::FontRole);
            index.data(Qt::TextAlignmentRole);
        }
    }
    const double readAllMs = double(readAll.nsecsElapsed()) / 1e6;

    out << "  filter switch -> first page painted: median "
        << bench::fmt(bench::median(filterMs), 1) << " ms, p95 "
        << bench::fmt(bench::percentile(filterMs, 95), 1) << " ms over " << filterMs.size()
        << " switches (target p95 < 100); slowest: " << slowest << " at "
        << bench::fmt(slowestMs, 1) << " ms\n";
    out << "  search -> first page painted: median " << bench::fmt(bench::median(searchMs), 1)
        << " ms, p95 " << bench::fmt(bench::percentile(searchMs, 95), 1) << " ms over "
        << searchMs.size() << " searches (target p95 < 100)\n";
    out << "  next page -> read, scrolled and painted: median "
        << bench::fmt(bench::median(pageMs), 1) << " ms, p95 "
        << bench::fmt(bench::percentile(pageMs, 95), 1) << " ms over " << pageMs.size()
        << " pages\n";
    out << "  a screenful of a 1600 px wide inbox repainted: median "
        << bench::fmt(bench::median(paintMs), 1) << " ms, p95 "
        << bench::fmt(bench::percentile(paintMs, 95), 1) << " ms over " << paintMs.size()
        << " paints (" << header->count() - header->hiddenSectionCount() << " columns shown)\n";
    out << "  every column of " << loaded << " loaded rows read (" << feed->columnCount()
        << " columns, display, colour, font, alignment): " << bench::fmt(readAllMs, 1) << " ms, "
        << bench::fmt(readAllMs * 1000.0 / qMax(1, loaded), 2) << " µs a row (" << chars
        << " characters)\n";
    out << "  peak RSS with the window open and 20 pages scrolled: "
        << bench::fmt(bench::peakRssMiB(), 1) << " MiB (target < 250)\n";
    return 0;
}
