// bench store: a store of N items (1,000,000 by default) in a realistic state — most items
// handled, the last two days' work open, tags and assignees — then, in fresh processes, the
// time to open the store and show the first page, filtered pages, searches, and peak RSS.
#include "BenchSupport.h"
#include "IngestBenchRun.h"

#include "store/ItemQueries.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::bench {
namespace {

struct NamedFilter
{
    QString name;
    ItemFilter filter;
};

QList<NamedFilter> filters(const QList<Account> &accounts)
{
    auto accountId = [&](Platform p) {
        for (const Account &a : accounts) {
            if (a.platform == p)
                return a.id;
        }
        return qint64(0);
    };
    QList<NamedFilter> out;
    ItemFilter f;
    f.statuses = {ItemStatus::New, ItemStatus::Open, ItemStatus::Waiting};
    out.append({u"queue new+open+waiting"_s, f});
    f = {};
    f.statuses = {ItemStatus::Closed};
    f.platforms = {Platform::Vk};
    out.append({u"closed on VK"_s, f});
    f = {};
    f.kinds = {ItemKind::Review};
    out.append({u"reviews"_s, f});
    f = {};
    f.tagIds = {1};
    out.append({u"tag refund"_s, f});
    f = {};
    f.assigneeId = 1;
    out.append({u"assigned to anna"_s, f});
    f = {};
    f.unreadOnly = true;
    out.append({u"unread"_s, f});
    f = {};
    f.accountIds = {accountId(Platform::GooglePlay)};
    f.statuses = {ItemStatus::Hidden, ItemStatus::Deleted};
    out.append({u"hidden+deleted on one account"_s, f});
    return out;
}

const QStringList kSearches{u"заказ"_s,   u"order"_s,   u"zamówienie"_s,      u"чайник сломался"_s,
                            u"Иванова"_s, u"кофемаш"_s, u"thermos warranty"_s};

StoreError prepareRealisticState(const QString &path)
{
    const QString name = u"bench-state-"_s + QUuid::createUuid().toString();
    StoreError err;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open())
            return StoreError::fromSql(db.lastError(), u"open"_s);
        QSqlQuery q(db);
        const qint64 recent = QDateTime::currentMSecsSinceEpoch() - 2LL * 24 * 3600 * 1000;
        const QStringList sql{
            u"BEGIN"_s,
            u"INSERT INTO operators (id, login, display_name, created_at) VALUES "
            u"(1, 'anna', 'Anna', 0), (2, 'piotr', 'Piotr', 0), (3, 'olga', 'Olga', 0)"_s,
            u"INSERT INTO tags (id, name, created_at) VALUES (1, 'refund', 0), (2, 'delivery', 0), "
            u"(3, 'vip', 0), (4, 'spam', 0)"_s,
            u"UPDATE items SET status = CASE WHEN created_at > %1 THEN (CASE (id / 1000) % 10 WHEN "
            u"0 THEN "
            u"'new' WHEN 1 THEN 'new' WHEN 2 THEN 'new' WHEN 3 THEN 'open' WHEN 4 THEN 'open' WHEN "
            u"5 "
            u"THEN 'waiting' ELSE 'closed' END) ELSE (CASE (id / 1000) % 200 WHEN 0 THEN 'hidden' "
            u"WHEN 1 "
            u"THEN 'deleted' ELSE 'closed' END) END, read = (created_at <= %1 OR (id / 1000) % 3 = "
            u"0), "
            u"assignee_id = CASE WHEN (id / 1000) % 2 = 0 THEN 1 + (id / 7) % 3 END"_s.arg(recent),
            u"INSERT INTO item_tags (item_id, tag_id) SELECT id, 1 + (id / 13) % 4 FROM items "
            u"WHERE (id / 1000) % 12 = 0"_s,
            u"COMMIT"_s,
            u"PRAGMA optimize"_s,
        };
        for (const QString &s : sql) {
            if (!q.exec(s)) {
                err = StoreError::fromSql(q.lastError(), s.left(60));
                break;
            }
        }
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return err;
}

qint64 storedItems(const QString &path)
{
    if (!QFileInfo::exists(path))
        return -1;
    auto opened = Store::open(path);
    if (!opened.ok())
        return -1;
    ItemFilter all;
    all.includeOutgoing = true;
    auto n = ItemQueries(*opened.value()->reader()).count(all);
    return n.ok() ? *n : -1;
}

} // namespace

int queriesBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QCommandLineParser p;
    p.addOptions(
        {{u"db"_s, u"The store."_s, u"PATH"_s}, {u"runs"_s, u"Repetitions."_s, u"R"_s, u"5"_s}});
    if (!p.parse(args) || !p.isSet(u"db"_s)) {
        err << u"usage: frontdeskctl bench queries --db PATH [--runs R]\n"_s;
        return 2;
    }
    const int runs = qMax(1, p.value(u"runs"_s).toInt());
    auto opened = Store::open(p.value(u"db"_s));
    if (!opened.ok()) {
        err << opened.error().message << u"\n"_s;
        return 1;
    }
    ItemQueries q(*opened.value()->reader());
    auto first = q.page({}, 50);
    if (!first.ok() || first->isEmpty()) {
        err << u"the store is empty or unreadable\n"_s;
        return 1;
    }
    out << u"open_first_page_ms "_s << fmt(double(sinceStart.nsecsElapsed()) / 1e6, 2) << u"\n"_s;

    QElapsedTimer t;
    const auto accounts = q.accounts();
    for (const NamedFilter &nf : filters(*accounts)) {
        for (int r = 0; r < runs; ++r) {
            t.start();
            auto page = q.page(nf.filter, 50);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (!page.ok()) {
                err << page.error().message << u"\n"_s;
                return 1;
            }
            out << u"filter|"_s << nf.name << u"|"_s << fmt(ms, 2) << u"|"_s << page->size()
                << u"\n"_s;
        }
        // The second page, as scrolling asks for it.
        auto page1 = q.page(nf.filter, 50);
        if (page1.ok() && page1->size() == 50) {
            t.start();
            auto page2 = q.page(nf.filter, 50, page1->last().item.id);
            out << u"filter|"_s << nf.name << u" (page 2)|"_s
                << fmt(double(t.nsecsElapsed()) / 1e6, 2) << u"|"_s
                << (page2.ok() ? page2->size() : -1) << u"\n"_s;
        }
    }
    for (const QString &s : kSearches) {
        ItemFilter f;
        f.search = s;
        for (int r = 0; r < runs; ++r) {
            t.start();
            auto page = q.page(f, 50);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            out << u"search|"_s << s << u"|"_s << fmt(ms, 2) << u"|"_s
                << (page.ok() ? page->size() : -1) << u"\n"_s;
        }
    }
    {
        ItemFilter f;
        f.search = u"order"_s;
        f.statuses = {ItemStatus::New, ItemStatus::Open, ItemStatus::Waiting};
        for (int r = 0; r < runs; ++r) {
            t.start();
            auto page = q.page(f, 50);
            out << u"search|order in the queue|"_s << fmt(double(t.nsecsElapsed()) / 1e6, 2)
                << u"|"_s << (page.ok() ? page->size() : -1) << u"\n"_s;
        }
    }
    out << u"rss_mib "_s << fmt(peakRssMiB(), 1) << u"\n"_s;
    return 0;
}

int storeBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({
        {u"items"_s, u"Items in the store (default 1000000)."_s, u"N"_s, u"1000000"_s},
        {u"runs"_s, u"Fresh processes to measure in (default 5)."_s, u"R"_s, u"5"_s},
        {u"db"_s, u"Where the bench store lives (kept between runs; default in the temp folder)."_s,
         u"PATH"_s},
        {u"rebuild"_s, u"Build the bench store anew even if it exists."_s},
    });
    if (!p.parse(args)) {
        err << p.errorText() << u"\n"_s;
        return 2;
    }
    if (p.isSet(u"help"_s)) {
        out << p.helpText();
        return 0;
    }
    const qint64 items = p.value(u"items"_s).toLongLong();
    const int runs = qMax(1, p.value(u"runs"_s).toInt());
    const QString path = p.isSet(u"db"_s)
                             ? p.value(u"db"_s)
                             : QDir::temp().filePath(u"frontdesk-bench-%1.db"_s.arg(items));
    if (items <= 0) {
        err << u"--items takes a positive number.\n"_s;
        return 2;
    }

    if (p.isSet(u"rebuild"_s) || storedItems(path) != items) {
        out << u"building %1 with %2 items (kept for later runs) …\n"_s.arg(path).arg(items);
        out.flush();
        auto fig = runIngest(path, items, 2000, 7, true, out);
        if (!fig.ok()) {
            err << fig.error().message << u"\n"_s;
            return 1;
        }
        out << u"  ingested at %1 items/s\n"_s.arg(
            fmt(double(fig->inserted) / fig->ingestSeconds, 0));
        if (StoreError e = prepareRealisticState(path); !e.ok()) {
            err << e.message << u"\n"_s;
            return 1;
        }
    }
    out << u"bench store: %1 items, %2 fresh processes\n"_s.arg(items).arg(runs);
    out << u"  file size %1 MiB\n"_s.arg(fmt(double(QFileInfo(path).size()) / 1048576.0, 0));

    QList<double> open, rss;
    QMap<QString, QList<double>> filterMs, searchMs;
    QMap<QString, int> rowsOf;
    for (int r = 0; r < runs; ++r) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {u"bench"_s, u"queries"_s, u"--db"_s, path, u"--runs"_s, u"5"_s});
        if (!child.waitForFinished(600000) || child.exitCode() != 0) {
            err << QString::fromUtf8(child.readAllStandardError());
            return 1;
        }
        const auto lines =
            QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line.startsWith(u"open_first_page_ms "_s)) {
                open << line.section(u' ', 1).toDouble();
            } else if (line.startsWith(u"rss_mib "_s)) {
                rss << line.section(u' ', 1).toDouble();
            } else {
                const QStringList parts = line.split(u'|');
                if (parts.size() != 4)
                    continue;
                auto &bucket = parts[0] == u"filter"_s ? filterMs : searchMs;
                bucket[parts[1]] << parts[2].toDouble();
                rowsOf[parts[1]] = parts[3].toInt();
            }
        }
    }
    out << u"  open + first page: median %1 ms (target < 300)\n"_s.arg(fmt(median(open), 1));
    QList<double> allFilters, allSearches;
    for (auto it = filterMs.cbegin(); it != filterMs.cend(); ++it) {
        allFilters += it.value();
        out << u"  filtered page %1: median %2 ms, p95 %3 ms (%4 rows)\n"_s.arg(it.key(), -34)
                   .arg(fmt(median(it.value()), 2), fmt(percentile(it.value(), 95), 2))
                   .arg(rowsOf.value(it.key()));
    }
    for (auto it = searchMs.cbegin(); it != searchMs.cend(); ++it) {
        allSearches += it.value();
        out << u"  search %1: median %2 ms, p95 %3 ms (%4 rows)\n"_s
                   .arg(u'"' + it.key() + u'"', -34)
                   .arg(fmt(median(it.value()), 2), fmt(percentile(it.value(), 95), 2))
                   .arg(rowsOf.value(it.key()));
    }
    out << u"  all filtered pages: median %1 ms, p95 %2 ms (target < 50)\n"_s.arg(
        fmt(median(allFilters), 2), fmt(percentile(allFilters, 95), 2));
    out << u"  all searches: median %1 ms, p95 %2 ms (target < 50)\n"_s.arg(
        fmt(median(allSearches), 2), fmt(percentile(allSearches, 95), 2));
    out << u"  peak RSS of the querying process: median %1 MiB (target < 150)\n"_s.arg(
        fmt(median(rss), 1));
    return 0;
}

} // namespace fd::bench
