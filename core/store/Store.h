#pragma once

#include "IngestBatch.h"
#include "IngestHook.h"
#include "StoreError.h"
#include "StoreWriter.h"
#include "model/Account.h"

#include <QFuture>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QThreadPool>

#include <memory>

namespace fd::core {

class Ingestor;

// The local store of one station: a SQLite file with one writer thread and a reading
// connection per thread. Everything the UI shows is read from here.
class Store
{
public:
    // Opens (creating and migrating if needed) the store at `path`.
    static StoreResult<std::unique_ptr<Store>> open(const QString &path);
    // <AppDataLocation>/frontdesk.db
    static QString defaultPath();

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    const QString &path() const { return m_path; }

    // Stores a batch and its cursor in one transaction. The future is fulfilled after commit.
    // What the ingest hook can work out from the batch alone is worked out on a thread of the
    // store's own while the writer is busy with the batches queued before it.
    QFuture<IngestResult> ingest(IngestBatch batch);
    // What classifies incoming items and runs the automation rules on each batch, inside its
    // transaction (none: items are stored as they come). Returns once the writer has it;
    // batches queued after it are previewed by it.
    void setIngestHook(std::shared_ptr<IngestHook> hook);
    // Adds an account; the result is its id. A name already in use is refused.
    QFuture<StoreResult<qint64>> addAccount(Account account);
    // Points an account at another API base and forgets its cursor (a restarted sandbox
    // numbers its updates afresh).
    QFuture<StoreError> resetAccountEndpoint(qint64 accountId, const QString &apiBase);
    // Records how an account's polling is going. `success` stamps last_success_at.
    QFuture<StoreError> setAccountHealth(qint64 accountId, AccountHealth health,
                                         const QString &lastError, const QDateTime &waitingUntil,
                                         bool success);
    // Runs any write on the writer thread, inside the shared transaction, under a savepoint.
    QFuture<StoreError> write(StoreWriter::Job job);

    // The calling thread's reading connection.
    StoreResult<QSqlDatabase> reader() const;

private:
    explicit Store(QString path);

    const QString m_path;
    // One thread, so batches are previewed in the order they are queued; declared before the
    // writer, so the writer stops (and lets go of the previews it waits for) first.
    QThreadPool m_previews;
    mutable QMutex m_hookMutex;
    std::shared_ptr<IngestHook> m_hook; // the one batches are previewed with
    std::unique_ptr<Ingestor> m_ingestor;
    std::unique_ptr<StoreWriter> m_writer;
};

} // namespace fd::core
