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
        if (progress && report.initial)
            progress(report.rows, qMax(total, report.rows));
        return true;
    };

    for (;;) {
        SyncCursor next;
        auto page = pullChanges(server, cursor, pageSize, &next);
        if (!page.ok()) {
            settle();
            report.error = page.error();
            break;
        }
        if (!settle())
            break;
        if (page->isEmpty())
            break;
        const bool last = page->size() < pageSize;
        writing = writeFor<ReplicaReport>(
            store, [changes = std::move(*page), next](const QSqlDatabase &db, ReplicaReport &r) {
                return replica::apply(db, changes, next, &r);
            });
        cursor = next;
        if (last) {
            settle();
            break;
        }
    }
    if (report.initial)
        server.exec(report.error.ok() ? u"COMMIT"_s : u"ROLLBACK"_s, {}, what);
    return report;
}

} // namespace fd::core
