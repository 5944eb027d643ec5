// frontdesk_ui_bench: the console over a large store — time from process start to the first
// painted feed page, filter switch and search latency, the views' unread badges, and memory.
// Figures are printed, never asserted. The store is given a worked history first (most items
// closed and read, some open and assigned, tags), so every filter has something to find.
// Usage: frontdesk_ui_bench [--items N] [--db PATH] [--runs R] [--switches S]
#include "BenchSupport.h"
#include "IngestBenchRun.h"

#include "InboxDock.h"
#include "ItemFeedModel.h"
#include "MainWindow.h"
#include "Notifier.h"
#include "ViewListModel.h"
#include "ViewsDock.h"
#include "console/ConsoleQueries.h"
#include "console/InboxActions.h"
#include "store/ItemFilterJson.h"
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
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

#include <algorithm>
#include <functional>
#include <memory>

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

// Gives a freshly generated store the history of an inbox in use, once: the newest 2% of the
// items new and unread, the next 3% open (some waiting) and read, the rest closed and read;
// a few hidden and deleted; three tags (on 2%, 0.2% and 0.01% of the items); three operators:
// Anna and this station's user share half the open items, Anna and Piotr (who has nothing open
// any more) a tenth of the closed ones.
core::StoreError giveWorkedHistory(core::Store &store, qint64 items, QTextStream &out)
{
    const QString me = core::Actor::local().login;
    auto given = std::make_shared<bool>(false);
    auto done = store.write([items, me, given](const QSqlDatabase &db) -> core::StoreError {
        QSqlQuery q(db);
        const auto run = [&q](const QString &sql, const QVariantList &values = {}) {
            if (!q.prepare(sql))
                return false;
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values.at(i));
            return q.exec();
        };
        const auto failed = [&q](const QString &what) {
            return core::StoreError::invalid(what + u": "_s + q.lastError().text());
        };
        if (!run(u"SELECT 1 FROM tags WHERE name = 'bench-urgent'"_s))
            return failed(u"tags"_s);
        if (q.next())
            return {}; // given before
        *given = true;
        const auto idAt = [&](qint64 offset) -> qint64 {
            if (!run(u"SELECT id FROM items ORDER BY id DESC LIMIT 1 OFFSET ?"_s, {offset}) ||
                !q.next())
                return 0;
            return q.value(0).toLongLong();
        };
        const qint64 newFrom = idAt(items / 50);
        const qint64 openFrom = idAt(items / 20);
        const QList<std::pair<QString, QVariantList>> steps{
            {u"UPDATE items SET status = 'closed', read = 1 WHERE id < ?"_s, {openFrom}},
            {u"UPDATE items SET status = CASE WHEN id % 7 = 0 THEN 'waiting' ELSE 'open' END, "
             u"read = 1 WHERE id >= ? AND id < ?"_s,
             {openFrom, newFrom}},
            {u"UPDATE items SET status = 'hidden' WHERE id % 9973 < 30"_s, {}},
            {u"UPDATE items SET status = 'deleted' WHERE id % 9973 BETWEEN 30 AND 39"_s, {}},
            {u"INSERT INTO tags (name, color, created_at) VALUES ('bench-urgent', '#e53935', 0), "
             u"('bench-refund', '#fb8c00', 0), ('bench-vip', '#8e24aa', 0)"_s,
             {}},
            {u"INSERT INTO item_tags (item_id, tag_id) SELECT id, (SELECT id FROM tags WHERE "
             u"name = 'bench-urgent') FROM items WHERE id % 9973 BETWEEN 100 AND 299"_s,
             {}},
            {u"INSERT INTO item_tags (item_id, tag_id) SELECT id, (SELECT id FROM tags WHERE "
             u"name = 'bench-refund') FROM items WHERE id % 9973 BETWEEN 300 AND 319"_s,
             {}},
            {u"INSERT INTO item_tags (item_id, tag_id) SELECT id, (SELECT id FROM tags WHERE "
             u"name = 'bench-vip') FROM items WHERE id % 9973 = 320"_s,
             {}},
            {u"INSERT OR IGNORE INTO operators (login, display_name, created_at) VALUES "
             u"('bench-anna', 'Anna', 0), ('bench-piotr', 'Piotr', 0), (?, 'Me', 0)"_s,
             {me}},
            // Ids are microseconds: small moduli of them are not spread, those of a prime are.
            {u"UPDATE items SET assignee_id = (SELECT o.id FROM operators o WHERE o.login = CASE "
             u"items.id % 9973 % 4 WHEN 0 THEN 'bench-anna' ELSE ? END) WHERE items.id >= ? AND "
             u"items.id % 9973 % 4 < 2"_s,
             {me, openFrom}},
            {u"UPDATE items SET assignee_id = (SELECT o.id FROM operators o WHERE o.login = CASE "
             u"items.id % 9973 % 20 WHEN 0 THEN 'bench-anna' ELSE 'bench-piotr' END) WHERE "
             u"items.id < ? AND items.id % 9973 % 10 = 0"_s,
             {openFrom}},
        };
        for (const auto &[sql, values] : steps) {
            if (!run(sql, values))
                return failed(sql.left(60));
        }
        return {};
    });
    done.waitForFinished();
    if (*given && done.result().ok())
        out << "gave the store a worked history (statuses, reads, tags, assignees)\n";
    return done.result();
}

// Filters an operator switches between: each choice of the bar alone and in the combinations
// queues are made of.
QList<std::pair<QString, core::ItemFilter>> filtersToSwitch(const core::ItemQueries &queries,
                                                            qint64 me)
{
    QList<std::pair<QString, core::ItemFilter>> out;
    const auto add = [&](const QString &name, const core::ItemFilter &f) { out.append({name, f}); };
    const auto accounts = queries.accounts().value();
    const auto tags = queries.tags().value();
    const auto operators = queries.operators().value();
    for (core::ItemStatus s : core::allItemStatuses()) {
        core::ItemFilter f;
        f.statuses = {s};
        add(core::toString(s), f);
    }
    for (const core::Account &a : accounts) {
        core::ItemFilter f;
        f.platforms = {a.platform};
        add(core::toString(a.platform), f);
        f.statuses = {core::ItemStatus::Closed};
        add(u"closed / "_s + core::toString(a.platform), f);
        f = {};
        f.accountIds = {a.id};
        add(u"account "_s + a.name, f);
        f.statuses = {core::ItemStatus::New};
        add(u"new / account "_s + a.name, f);
        f.statuses = {};
        f.unreadOnly = true;
        add(u"unread / account "_s + a.name, f);
        f.unreadOnly = false;
        f.unansweredOnly = true;
        add(u"unanswered / account "_s + a.name, f);
    }
    for (core::ItemKind k : core::allItemKinds()) {
        core::ItemFilter f;
        f.kinds = {k};
        add(u"kind "_s + core::toString(k), f);
        f.unreadOnly = true;
        add(u"unread / kind "_s + core::toString(k), f);
        f.unreadOnly = false;
        f.statuses = {core::ItemStatus::Hidden};
        add(u"hidden / kind "_s + core::toString(k), f);
    }
    if (!accounts.isEmpty()) {
        core::ItemFilter f;
        f.kinds = {core::ItemKind::Review};
        f.accountIds = {accounts.last().id};
        f.unreadOnly = true;
        add(u"unread reviews / account "_s + accounts.last().name, f);
    }
    for (const core::Tag &t : tags) {
        core::ItemFilter f;
        f.tagIds = {t.id};
        add(u"tag "_s + t.name, f);
        f.unansweredOnly = true;
        add(u"unanswered / tag "_s + t.name, f);
        f.unansweredOnly = false;
        f.statuses = {core::ItemStatus::Closed};
        add(u"closed / tag "_s + t.name, f);
    }
    for (const core::Operator &o : operators) {
        core::ItemFilter f;
        f.assigneeId = o.id;
        add(u"assignee "_s + o.login, f);
        f.unansweredOnly = true;
        add(u"unanswered / assignee "_s + o.login, f);
    }
    core::ItemFilter f;
    f.assigneeId = 0;
    add(u"unassigned"_s, f);
    f.unansweredOnly = true;
    add(u"unanswered / unassigned"_s, f);
    f = {};
    f.unansweredOnly = true;
    add(u"unanswered"_s, f);
    f.unreadOnly = true;
    add(u"unanswered / unread"_s, f);
    f = {};
    f.unreadOnly = true;
    add(u"unread"_s, f);
    f.statuses = {core::ItemStatus::Closed};
    add(u"unread / closed"_s, f);
    if (me > 0) {
        f = {};
        f.assigneeId = me;
        f.unreadOnly = true;
        add(u"unread / mine"_s, f);
    }
    add(u"everything"_s, {});
    return out;
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
            opened = core::Store::open(db);
            if (!opened.ok()) {
                out << opened.error().message << "\n";
                return 1;
            }
        }
        if (const core::StoreError e = giveWorkedHistory(**opened, items, out); !e.ok()) {
            out << e.message << "\n";
            return 1;
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
    QTreeView *view = window.inbox()->view();
    const int switches = qMax(10, p.value(u"switches"_s).toInt());

    // A filter switch: the bar set to the next filter of the list (as a view sets it), until the
    // view has its first page. The list covers every choice of the bar and their combinations.
    const auto filters = filtersToSwitch(window.queries(), window.inbox()->myOperatorId());
    QList<double> filterMs;
    QMap<QString, QList<double>> byFilter; // which filters cost the most
    for (int i = 0; i < qMax(switches, int(filters.size())); ++i) {
        const auto &[name, filter] = filters.at(i % filters.size());
        QElapsedTimer t;
        t.start();
        window.inbox()->setFilter(filter);
        QApplication::processEvents();
        view->viewport()->repaint();
        const double ms = double(t.nsecsElapsed()) / 1e6;
        filterMs << ms;
        byFilter[name] << ms;
    }
    QList<std::pair<double, QString>> slowest;
    for (auto it = byFilter.cbegin(); it != byFilter.cend(); ++it)
        slowest.append({bench::median(it.value()), it.key()});
    std::sort(slowest.begin(), slowest.end(), std::greater<>());
    QStringList slowestText;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, slowest.size()); ++i)
        slowestText << slowest.at(i).second + u" at "_s + bench::fmt(slowest.at(i).first, 1) +
                           u" ms"_s;
    window.inbox()->setFilter({});

    // The views' unread badges: the built-in views and four saved ones, counted again as after
    // a commit.
    ui::ViewsDock *views = window.views();
    const auto tags = window.queries().tags().value();
    const auto accounts = window.queries().accounts().value();
    QList<core::ItemFilter> saved;
    {
        core::ItemFilter f;
        f.unansweredOnly = true;
        if (!accounts.isEmpty())
            f.accountIds = {accounts.first().id};
        saved << f;
        f = {};
        if (!tags.isEmpty())
            f.tagIds = {tags.first().id};
        saved << f;
        f = {};
        f.kinds = {core::ItemKind::Review};
        f.statuses = {core::ItemStatus::Closed};
        saved << f;
        f = {};
        f.search = u"refund"_s;
        saved << f;
    }
    for (qsizetype i = 0; i < saved.size(); ++i) {
        core::SavedView v;
        v.name = u"bench view %1"_s.arg(i + 1);
        v.filterJson = core::filterToJson(saved.at(i));
        v.position = int(i) + 1;
        v.watched = true;
        const auto existing = core::ConsoleQueries(window.reader()).savedViews().value();
        for (const core::SavedView &e : existing) {
            if (e.name == v.name)
                v.id = e.id;
        }
        auto written = window.actions().saveView(v);
        written.waitForFinished();
    }
    views->reload();
    QList<double> badgeMs;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        views->recount();
        badgeMs << double(t.nsecsElapsed()) / 1e6;
    }
    // Which view's badge costs the most.
    QString dearestView;
    double dearestMs = -1;
    for (const ui::ViewEntry &v : views->model()->views()) {
        core::ItemFilter unread = v.filter;
        unread.unreadOnly = true;
        QList<double> ms;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            (void)window.queries().countUpTo(unread, ui::ViewListModel::badgeCap);
            ms << double(t.nsecsElapsed()) / 1e6;
        }
        if (bench::median(ms) > dearestMs) {
            dearestMs = bench::median(ms);
            dearestView = v.name;
        }
    }
    // The look for news after a commit, with the four saved views watched: each view is asked
    // only for items newer than the last look.
    window.notifier()->setWatchedViews(views->watchedViews());
    QList<double> notifyMs;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        window.notifier()->check();
        notifyMs << double(t.nsecsElapsed()) / 1e6;
    }

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
        << " switches over " << filters.size()
        << " filters (target p95 < 100); slowest: " << slowestText.join(u", "_s) << "\n";
    out << "  views' unread badges (" << views->model()->rowCount()
        << " views, capped at 999): median " << bench::fmt(bench::median(badgeMs), 1) << " ms, max "
        << bench::fmt(*std::max_element(badgeMs.cbegin(), badgeMs.cend()), 1)
        << " ms per count over " << badgeMs.size() << " counts (at most every "
        << ui::ViewsDock::countIntervalMs / 1000
        << " s, while the dock is seen); dearest: " << dearestView << " at "
        << bench::fmt(dearestMs, 1) << " ms\n";
    out << "  news check with " << window.notifier()->watchedViews().size()
        << " watched views: median " << bench::fmt(bench::median(notifyMs), 1) << " ms, max "
        << bench::fmt(*std::max_element(notifyMs.cbegin(), notifyMs.cend()), 1) << " ms\n";
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
