#include "TestSupport.h"

#include "store/ItemQueries.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace {

struct Seen
{
    qint64 cursor = 0;
    QStringList problems;
};

// What a store must look like after a kill: every batch up to the cursor whole, nothing after.
Seen inspect(const QString &path, bool deep)
{
    Seen seen;
    auto opened = Store::open(path);
    if (!opened.ok()) {
        seen.problems << u"reopen: "_s + opened.error().message;
        return seen;
    }
    Store &store = **opened;
    QSqlQuery q(*store.reader());
    auto one = [&](const QString &sql) {
        if (!q.exec(sql) || !q.next())
            seen.problems << u"query failed: "_s + sql;
        return q.value(0);
    };
    seen.cursor = one(u"SELECT coalesce(max(cursor), '0') FROM accounts"_s).toString().toLongLong();
    const qint64 items = one(u"SELECT count(*) FROM items"_s).toLongLong();
    if (items != seen.cursor * 100)
        seen.problems << u"cursor %1 but %2 items"_s.arg(seen.cursor).arg(items);
    const qint64 partial = one(u"SELECT count(*) FROM (SELECT substr(external_id, 1, "
                               u"instr(external_id, '-')) AS b, count(*) AS n FROM items "
                               u"GROUP BY b HAVING n <> 100)"_s)
                               .toLongLong();
    if (partial != 0)
        seen.problems << u"%1 partial batches"_s.arg(partial);
    const qint64 beyond =
        one(u"SELECT count(*) FROM items WHERE CAST(substr(external_id, 2) AS INTEGER) > "_s +
            QString::number(seen.cursor))
            .toLongLong();
    if (beyond != 0)
        seen.problems << u"%1 items beyond the cursor"_s.arg(beyond);
    const qint64 edits =
        one(u"SELECT count(*) FROM items WHERE text LIKE 'edited in batch %'"_s).toLongLong();
    if (edits != qMax<qint64>(0, seen.cursor - 1))
        seen.problems << u"cursor %1 but %2 edits"_s.arg(seen.cursor).arg(edits);
    const qint64 journaled =
        one(u"SELECT count(*) FROM journal WHERE action = 'item.edited'"_s).toLongLong();
    if (journaled != edits)
        seen.problems << u"%1 edits but %2 journaled"_s.arg(edits).arg(journaled);
    q = QSqlQuery();
    opened.value().reset();
    if (deep)
        seen.problems << fd::test::storeProblems(path);
    else if (QStringList p = fd::test::storeProblems(path); !p.isEmpty())
        seen.problems << p;
    return seen;
}

} // namespace

TEST_CASE("An ingest killed at any moment leaves a whole batch with its cursor, or neither",
          "[crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crash.db"_s);
    QRandomGenerator rng(20261122);
    qint64 lastCursor = 0;
    int progressed = 0;
    for (int run = 0; run < 50; ++run) {
        QProcess child;
        child.setProgram(QStringLiteral(FRONTDESK_INGEST_CHILD));
        child.setArguments({path});
        child.start();
        REQUIRE(child.waitForStarted(10000));
        // Most kills land mid-ingest; every tenth before the store is even open.
        if (run % 10 != 3) {
            REQUIRE(child.waitForReadyRead(20000));
            QThread::usleep(rng.bounded(1000, 120000));
        } else {
            QThread::usleep(rng.bounded(0, 20000));
        }
        child.kill(); // SIGKILL
        REQUIRE(child.waitForFinished(10000));
        INFO("run " << run << " stderr: " << child.readAllStandardError().toStdString());
        CHECK(child.exitStatus() == QProcess::CrashExit);

        const Seen seen = inspect(path, run % 10 == 9);
        INFO(seen.problems.join(u"\n"_s).toStdString());
        REQUIRE(seen.problems.isEmpty());
        CHECK(seen.cursor >= lastCursor); // nothing committed is ever lost
        progressed += seen.cursor > lastCursor;
        lastCursor = seen.cursor;
    }
    CHECK(progressed > 25); // the kills really landed while batches were being written
}
