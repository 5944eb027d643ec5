#include "Puller.h"

#include "ChangeFeed.h"
#include "Replica.h"
#include "ServerConnection.h"
#include "store/Store.h"
#include "store/WriteFor.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace fd::core {

namespace {

ServerError fromStore(const StoreError &err)
{
    return {ServerError::Kind::Sql, err.message};
}

} // namespace

PullReport pullAll(Store &store, ServerConnection &server, const PullProgress &progress,
                   int pageSize)
{
    PullReport report;
    const QString what =
        QCoreApplication::translate("fd::core::Puller", "Reading the team's changes");
    SyncCursor cursor;
    {
        const auto reader = store.reader();
        if (!reader.ok()) {
            report.error = fromStore(reader.error());
            return report;
        }
        auto stored = replica::cursor(*reader);
        if (!stored.ok()) {
            report.error = fromStore(stored.error());
            return report;
        }
        cursor = *stored;
    }

    // The first pull reads one consistent picture of the team, however long it takes.
    report.initial = cursor.isStart();
    qint64 total = 0;
    if (report.initial) {
        if (auto begun =
                server.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s, {}, what);
            !begun.ok()) {
            report.error = begun.error();
            return report;
        }
        auto counted = countChanges(server, cursor);
        if (!counted.ok()) {
            report.error = counted.error();
            server.exec(u"ROLLBACK"_s, {}, what);
            return report;
        }
        total = *counted;
        if (progress)
            progress(0, total);
    }

    std::optional<QFuture<StoreResult<ReplicaReport>>> writing;
    auto settle = [&]() -> bool {
        if (!writing)
            return true;
        writing->waitForFinished();
        const StoreResult<ReplicaReport> done = writing->result();
        writing.reset();
        if (!done.ok()) {
            report.error = fromStore(done.error());
            return false;
        }
        report.rows += done->rows;
        report.newItems += done->newItems;
        report.changedItems += done->changedItems;
        report.outboxEntries += done->outboxEntries;
        if (progress && report.initial)
            progress(report.rows, qMax(total, report.rows));
        return true;
    };

    // Reads pages of `only` (every table when empty) from `from` until none is left. Each page
    // is stored while the next is read; with `keepCursor` each page's cursor is stored with it.
    // Returns where it got to, or nothing when it stopped on an error.
    auto drain = [&](const QString &only, SyncCursor from,
                     bool keepCursor) -> std::optional<SyncCursor> {
        for (;;) {
            SyncCursor next;
            auto page = pullChanges(server, from, pageSize, &next, only);
            if (!page.ok()) {
                settle();
                report.error = page.error();
                return std::nullopt;
            }
            if (!settle())
                return std::nullopt;
            if (page->isEmpty())
                return from;
            const bool last = page->size() < pageSize;
            std::optional<SyncCursor> stored;
            if (keepCursor)
                stored = next;
            writing = writeFor<ReplicaReport>(store, [changes = std::move(*page), stored](
                                                         const QSqlDatabase &db, ReplicaReport &r) {
                return replica::apply(db, changes, stored, &r);
            });
            from = next;
            if (last)
                return settle() ? std::optional<SyncCursor>(from) : std::nullopt;
        }
    };

    if (!report.initial) {
        drain(QString(), cursor, true);
    } else {
        // Table by table, parents first, so rows seldom wait for what they point to; the cursor
        // is the newest change read, stored once everything is.
        SyncCursor newest = cursor;
        bool complete = true;
        for (const QString &table : syncedTables()) {
            const auto reached = drain(table, cursor, false);
            if (!reached) {
                complete = false;
                break;
            }
            if (isAfter(*reached, newest))
                newest = *reached;
        }
        if (complete) {
            writing =
                writeFor<ReplicaReport>(store, [newest](const QSqlDatabase &db, ReplicaReport &r) {
                    return replica::apply(db, {}, newest, &r);
                });
            settle();
        }
    }
    if (report.initial)
        server.exec(report.error.ok() ? u"COMMIT"_s : u"ROLLBACK"_s, {}, what);
    return report;
}

} // namespace fd::core
