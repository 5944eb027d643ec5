#pragma once

#include "StoreError.h"

#include <QFuture>
#include <QMutex>
#include <QPromise>
#include <QSqlDatabase>
#include <QString>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>

class QThread;

namespace fd::core {

// Told about the writer's transactions, so per-connection caches stay true to what is committed.
class TransactionObserver
{
public:
    virtual ~TransactionObserver() = default;
    virtual void transactionStarted(const QSqlDatabase &db) = 0;
    virtual void rolledBack() = 0;
    // The writer's connection is about to close: let go of statements prepared on it.
    virtual void connectionClosing() = 0;
};

// The single writer of a store: a thread with its own connection that takes queued jobs and
// runs as many as are waiting inside one transaction. A job's future is fulfilled only after the
// transaction commits, so "done" means "on disk".
//
// A job that fails never costs the others of its transaction. Most jobs run under a savepoint of
// their own for that. Jobs that may run again from their start (Replay::Safe: what they write
// and report follows from what the database holds) run bare instead, which is much cheaper for
// large ones: while a savepoint is open, every statement that ends cuts SQLite's in-memory
// sub-journal back by walking it from its start, so a thousand-item batch under a savepoint paid
// for each row it wrote with a walk over every page written before it. When one of them fails,
// the transaction is rolled back and the others run again without it.
class StoreWriter
{
public:
    using Job = std::function<StoreError(const QSqlDatabase &db)>;
    enum class Replay { No, Safe };

    explicit StoreWriter(QString path);
    ~StoreWriter();
    StoreWriter(const StoreWriter &) = delete;
    StoreWriter &operator=(const StoreWriter &) = delete;

    // Starts the thread, opens the connection and migrates the schema; returns what happened.
    StoreError start();
    // Finishes the queued jobs and stops the thread.
    void stop();

    QFuture<StoreError> submit(Job job, Replay replay = Replay::No);
    // Not owned; called on the writer thread.
    void setObserver(TransactionObserver *observer);

    // How many jobs one transaction takes at most.
    static constexpr int maxJobsPerTransaction = 256;

private:
    struct Pending
    {
        Job job;
        QPromise<StoreError> promise;
        Replay replay = Replay::No;
    };

    void run();
    void serve(const QSqlDatabase &db);
    void runGroup(const QSqlDatabase &db, std::deque<std::unique_ptr<Pending>> &group);
    void runReplayable(const QSqlDatabase &db, std::deque<std::unique_ptr<Pending>> &group);

    const QString m_path;
    QThread *m_thread = nullptr;
    TransactionObserver *m_observer = nullptr;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<std::unique_ptr<Pending>> m_queue;
    bool m_stopping = false;
    QPromise<StoreError> m_started;
};

} // namespace fd::core
