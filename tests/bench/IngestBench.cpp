// bench ingest: items/s through the real ingest path (dedupe, authors, threads, full-text index,
// cursor), against the same rows written with plain prepared INSERTs in one transaction.
#include "Bench.h"
#include "BenchSupport.h"
#include "IngestBenchRun.h"

#include "store/Connection.h"
#include "store/Migrations.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFuture>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::bench {
namespace {

const QList<std::pair<Platform, QString>> kAccounts{{Platform::Telegram, u"Bench bot"_s},
                                                    {Platform::Vk, u"Bench community"_s},
                                                    {Platform::YouTube, u"Bench channel"_s},
                                                    {Platform::GooglePlay, u"Bench app"_s}};

void removeDb(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

// The same rows, no dedupe, no authors or threads, no search index: the floor of what SQLite
// costs for writing them through Qt.
StoreResult<double> plainInsertSeconds(const QString &path, qint64 items, int batchSize,
                                       quint32 seed)
{
    removeDb(path);
    const QString name = u"bench-plain-"_s + QUuid::createUuid().toString();
    double seconds = 0;
    StoreError failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open())
            return StoreError::fromSql(db.lastError(), u"open"_s);
        QSqlQuery(db).exec(u"PRAGMA journal_mode = WAL"_s);
        QSqlQuery(db).exec(u"PRAGMA synchronous = FULL"_s);
        if (StoreError e = Migrations::migrate(db); !e.ok())
            return e;
        QList<std::pair<qint64, Platform>> accounts;
        for (qsizetype i = 0; i < kAccounts.size(); ++i) {
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO accounts (platform, name, created_at) VALUES (?, ?, 0)"_s);
            q.addBindValue(toString(kAccounts[i].first));
            q.addBindValue(kAccounts[i].second);
            q.exec();
            accounts.append({q.lastInsertId().toLongLong(), kAccounts[i].first});
        }
        TrafficSource source(accounts, items, 2000, seed);
        QList<IngestBatch> batches;
        for (IngestBatch b = source.next(batchSize); !b.items.isEmpty(); b = source.next(batchSize))
            batches.append(std::move(b));

        QElapsedTimer timer;
        timer.start();
        QSqlQuery(db).exec(u"BEGIN"_s);
        SqliteStatement ins;
        if (StoreError e = ins.prepare(
                SqliteStatement::handleOf(db),
                u"INSERT INTO items (id, account_id, external_id, kind, direction, "
                u"parent_external_id, text, attachments, rating, url, created_at, received_at, "
                u"status) VALUES (?, ?, ?, ?, 'in', ?, ?, ?, ?, '', ?, ?, 'new')"_s);
            !e.ok())
            return e;
        qint64 seq = 0;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const IngestBatch &b : std::as_const(batches)) {
            for (const IncomingItem &in : b.items) {
                ins.bind(0, in.item.createdAt.toMSecsSinceEpoch() * 1000 + (seq++ % 1000));
                ins.bind(1, b.accountId);
                ins.bind(2, in.item.externalId);
                ins.bind(3, toString(in.item.kind));
                ins.bind(4, in.item.parentExternalId);
                ins.bind(5, in.item.text);
                ins.bind(6, in.item.attachments);
                ins.bind(7, in.item.rating);
                ins.bind(8, in.item.createdAt.toMSecsSinceEpoch());
                ins.bind(9, now);
                if (StoreError e = ins.exec(u"plain insert"_s); !e.ok()) {
                    failure = e;
                    break;
                }
            }
        }
        ins.finalize();
        QSqlQuery(db).exec(u"COMMIT"_s);
        seconds = double(timer.nsecsElapsed()) / 1e9;
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!failure.ok())
        return failure;
    return seconds;
}

} // namespace

StoreResult<IngestFigures> runIngest(const QString &path, qint64 items, int batchSize, quint32 seed,
                                     bool fresh, QTextStream &progress)
{
    if (fresh)
        removeDb(path);
    auto opened = Store::open(path);
    if (!opened.ok())
        return opened.error();
    Store &store = **opened;
    QList<std::pair<qint64, Platform>> accounts;
    for (const auto &[platform, name] : kAccounts) {
        Account a;
        a.platform = platform;
        a.name = name;
        auto f = store.addAccount(a);
        f.waitForFinished();
        if (!f.result().ok())
            return f.result().error();
        accounts.append({*f.result(), platform});
    }

    IngestFigures fig;
    TrafficSource source(accounts, items, 2000, seed);
    QList<IngestBatch> replay; // a tenth of the batches, delivered again to measure dedupe
    QElapsedTimer timer;
    qint64 nextReport = 100000;
    // Batches are generated ahead, a chunk at a time, so only storing is timed. Several are in
    // flight at once, as when several accounts poll: the writer commits what is queued together.
    constexpr int kChunk = 64;
    constexpr int kInFlight = 8;
    for (;;) {
        QList<IngestBatch> chunk;
        for (IngestBatch b = source.next(batchSize); !b.items.isEmpty();
             b = source.next(batchSize)) {
            if (replay.size() * 10 < source.produced() / batchSize)
                replay.append(b);
            chunk.append(std::move(b));
            if (chunk.size() == kChunk)
                break;
        }
        if (chunk.isEmpty())
            break;
        timer.start();
        QList<QFuture<IngestResult>> flight;
        for (IngestBatch &b : chunk) {
            flight.append(store.ingest(std::move(b)));
            if (flight.size() >= kInFlight) {
                flight.first().waitForFinished();
                const IngestResult r = flight.takeFirst().result();
                if (!r.ok())
                    return r.error;
                fig.inserted += r.inserted;
            }
        }
        for (auto &f : flight) {
            f.waitForFinished();
            if (!f.result().ok())
                return f.result().error;
            fig.inserted += f.result().inserted;
        }
        fig.ingestSeconds += double(timer.nsecsElapsed()) / 1e9;
        if (source.produced() >= nextReport) {
            progress << u"  … %1 items stored\n"_s.arg(source.produced());
            progress.flush();
            nextReport += 100000;
        }
    }
    timer.start();
    QList<QFuture<IngestResult>> again;
    for (IngestBatch &b : replay)
        again.append(store.ingest(std::move(b)));
    for (auto &f : again) {
        f.waitForFinished();
        fig.duplicates += f.result().duplicates;
    }
    fig.dedupeSeconds = double(timer.nsecsElapsed()) / 1e9;
    return fig;
}

StoreResult<double> runPlainInsert(const QString &path, qint64 items, int batchSize, quint32 seed)
{
    return plainInsertSeconds(path, items, batchSize, seed);
}

int ingestBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({
        {u"items"_s, u"How many items (default 200000)."_s, u"N"_s, u"200000"_s},
        {u"batch"_s, u"Items per ingest batch (default 1000)."_s, u"B"_s, u"1000"_s},
        {u"runs"_s, u"Repeat and report medians (default 3)."_s, u"R"_s, u"3"_s},
        {u"dir"_s, u"Folder for the bench databases (default: a temporary folder)."_s, u"DIR"_s},
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
    const int batch = p.value(u"batch"_s).toInt();
    const int runs = qMax(1, p.value(u"runs"_s).toInt());
    if (items <= 0 || batch <= 0) {
        err << u"--items and --batch take positive numbers.\n"_s;
        return 2;
    }
    QTemporaryDir tmp;
    const QString dir = p.isSet(u"dir"_s) ? p.value(u"dir"_s) : tmp.path();
    QDir().mkpath(dir);

    out << u"bench ingest: %1 generated items (ru/en/pl, 4 accounts), batches of %2, %3 runs\n"_s
               .arg(items)
               .arg(batch)
               .arg(runs);
    QList<double> ingestRates, plainRates, ratios, dedupeRates;
    for (int run = 0; run < runs; ++run) {
        const QString ingestPath = QDir(dir).filePath(u"bench-ingest.db"_s);
        auto fig = runIngest(ingestPath, items, batch, 42, true, out);
        if (!fig.ok()) {
            err << fig.error().message << u"\n"_s;
            return 1;
        }
        auto plain = runPlainInsert(QDir(dir).filePath(u"bench-plain.db"_s), items, batch, 42);
        if (!plain.ok()) {
            err << plain.error().message << u"\n"_s;
            return 1;
        }
        const double ingestRate = double(fig->inserted) / fig->ingestSeconds;
        const double plainRate = double(items) / *plain;
        const double dedupeRate =
            fig->dedupeSeconds > 0 ? double(fig->duplicates) / fig->dedupeSeconds : 0;
        ingestRates << ingestRate;
        plainRates << plainRate;
        ratios << ingestRate / plainRate;
        dedupeRates << dedupeRate;
        out << u"  run %1: ingest %2 items/s, plain INSERT %3 rows/s, ratio %4%, re-delivered "
               u"duplicates %5 items/s\n"_s.arg(run + 1)
                   .arg(fmt(ingestRate, 0), fmt(plainRate, 0), fmt(100 * ingestRate / plainRate, 1),
                        fmt(dedupeRate, 0));
        out.flush();
        for (const QString &name : {u"bench-ingest.db"_s, u"bench-plain.db"_s})
            removeDb(QDir(dir).filePath(name));
    }
    out << u"median: ingest %1 items/s (target >= 30000), plain INSERT %2 rows/s, ratio %3% "
           u"(target >= 40%), duplicates absorbed %4 items/s\n"_s.arg(
               fmt(median(ingestRates), 0), fmt(median(plainRates), 0),
               fmt(100 * median(ratios), 1), fmt(median(dedupeRates), 0));
    return 0;
}

} // namespace fd::bench
