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

// The rows the ingest stored, every column as stored, written again into an empty store of
// the same schema with one prepared INSERT each, in the order they arrived, in one transaction:
// no dedupe, no author, post or thread upserts, no search index. The people, posts and
// threads they point at are copied first, untimed.
StoreResult<double> plainInsertSeconds(const QString &path, const QString &ingestedPath)
{
    removeDb(path);
    double seconds = 0;
    StoreError failure;
    {
        auto opened = Connection::forThisThread(path, Connection::Mode::Writer);
        if (!opened.ok())
            return opened.error();
        const QSqlDatabase db = *opened;
        if (StoreError e = Migrations::migrate(db); !e.ok())
            return e;
        QSqlQuery q(db);
        const QStringList copy{
            u"ATTACH DATABASE '%1' AS src"_s.arg(QString(ingestedPath).replace(u'\'', u"''"_s)),
            u"INSERT INTO accounts SELECT * FROM src.accounts"_s,
            u"INSERT INTO authors SELECT * FROM src.authors"_s,
            u"INSERT INTO posts SELECT * FROM src.posts"_s,
            u"INSERT INTO threads SELECT * FROM src.threads"_s,
        };
        for (const QString &sql : copy) {
            if (!q.exec(sql))
                return StoreError::fromSql(q.lastError(), sql);
        }
        constexpr int kColumns = 21;
        const QString columns =
            u"id, account_id, external_id, kind, direction, thread_id, parent_external_id, "
            u"post_id, "
            u"author_id, text, attachments, rating, url, created_at, received_at, edited_at, "
            u"deleted_at, status, assignee_id, read, truncated"_s;
        if (!q.exec(u"SELECT "_s + columns + u" FROM src.items ORDER BY received_at, id"_s))
            return StoreError::fromSql(q.lastError(), u"reading the ingested rows"_s);
        QList<QVariantList> rows;
        while (q.next()) {
            QVariantList row;
            row.reserve(kColumns);
            for (int c = 0; c < kColumns; ++c)
                row << q.value(c);
            rows << row;
        }
        q.finish();

        SqliteStatement ins;
        QStringList marks(kColumns, u"?"_s);
        if (StoreError e = ins.prepare(SqliteStatement::handleOf(db),
                                       u"INSERT INTO items ("_s + columns + u") VALUES ("_s +
                                           marks.join(u", "_s) + u")"_s);
            !e.ok())
            return e;
        QElapsedTimer timer;
        timer.start();
        q.exec(u"BEGIN"_s);
        for (const QVariantList &row : std::as_const(rows)) {
            for (int c = 0; c < kColumns; ++c) {
                const QVariant &v = row.at(c);
                if (v.isNull())
                    ins.bindNull(c);
                else if (v.typeId() == QMetaType::QString)
                    ins.bind(c, v.toString());
                else
                    ins.bind(c, v.toLongLong());
            }
            if (StoreError e = ins.exec(u"plain insert"_s); !e.ok()) {
                failure = e;
                break;
            }
        }
        ins.finalize();
        q.exec(failure.ok() ? u"COMMIT"_s : u"ROLLBACK"_s);
        seconds = double(timer.nsecsElapsed()) / 1e9;
        q.exec(u"DETACH DATABASE src"_s);
    }
    Connection::closeForThisThread(path, Connection::Mode::Writer);
    if (!failure.ok())
        return failure;
    return seconds;
}

} // namespace

StoreResult<IngestFigures> runIngest(const QString &path, qint64 items, int batchSize, quint32 seed,
                                     bool fresh, QTextStream &progress, const StoreSetup &setup)
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
    if (setup) {
        if (StoreError e = setup(store); !e.ok())
            return e;
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

StoreResult<double> runPlainInsert(const QString &path, const QString &ingestedPath)
{
    return plainInsertSeconds(path, ingestedPath);
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
        auto plain = runPlainInsert(QDir(dir).filePath(u"bench-plain.db"_s), ingestPath);
        if (!plain.ok()) {
            err << plain.error().message << u"\n"_s;
            return 1;
        }
        const double ingestRate = double(fig->inserted) / fig->ingestSeconds;
        const double plainRate = double(fig->inserted) / *plain;
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
