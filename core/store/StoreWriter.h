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
// runs as many as are waiting inside one transaction, each under its own savepoint. A job's
// future is fulfilled only after the transaction commits, so "done" means "on disk".
class StoreWriter
{
public:
    using Job = std::function<StoreError(const QSqlDatabase &db)>;

    explicit StoreWriter(QString path);
    ~StoreWriter();
    StoreWriter(const StoreWriter &) = delete;
    StoreWriter &operator=(const StoreWriter &) = delete;

    // Starts the thread, opens the connection and migrates the schema; returns what happened.
    StoreError start();
    // Finishes the queued jobs and stops the thread.
    void stop();

    QFuture<StoreError> submit(Job job);
    // Not owned; called on the writer thread.
    void setObserver(TransactionObserver *observer);

    // How many jobs one transaction takes at most.
    static constexpr int maxJobsPerTransaction = 256;

private:
    struct Pending
    {
        Job job;
        QPromise<StoreError> promise;
    };

    void run();
    void serve(const QSqlDatabase &db);
    void runGroup(const QSqlDatabase &db, std::deque<std::unique_ptr<Pending>> &group);

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
