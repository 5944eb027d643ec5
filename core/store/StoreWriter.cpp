#include "StoreWriter.h"

#include "Connection.h"
#include "Migrations.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

StoreError execSimple(const QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return StoreError::fromSql(q.lastError(), what);
    return {};
}

} // namespace

StoreWriter::StoreWriter(QString path)
    : m_path(std::move(path))
{}

StoreWriter::~StoreWriter()
{
    stop();
}

void StoreWriter::setObserver(TransactionObserver *observer)
{
    m_observer = observer;
}

StoreError StoreWriter::start()
{
    if (m_thread)
        return {};
    QFuture<StoreError> started = m_started.future();
    m_started.start();
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(u"frontdesk-store-writer"_s);
    m_thread->start();
    started.waitForFinished();
    const StoreError result = started.result();
    if (!result.ok()) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    return result;
}

void StoreWriter::stop()
{
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
    }
    m_wake.wakeAll();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

QFuture<StoreError> StoreWriter::submit(Job job, Replay replay)
{
    auto pending = std::make_unique<Pending>();
    pending->job = std::move(job);
    pending->replay = replay;
    pending->promise.start();
    QFuture<StoreError> future = pending->promise.future();
    {
        QMutexLocker lock(&m_mutex);
        if (!m_thread || m_stopping) {
            pending->promise.addResult(StoreError::io(
                QCoreApplication::translate("fd::core::Store", "The store is closed.")));
            pending->promise.finish();
            return future;
        }
        m_queue.push_back(std::move(pending));
    }
    m_wake.wakeOne();
    return future;
}

void StoreWriter::run()
{
    {
        // Every handle on the connection must be gone before it is closed below.
        auto opened = Connection::forThisThread(m_path, Connection::Mode::Writer);
        if (!opened.ok()) {
            m_started.addResult(opened.error());
            m_started.finish();
            return;
        }
        const QSqlDatabase db = opened.value();
        if (StoreError err = Migrations::migrate(db); !err.ok()) {
            m_started.addResult(err);
            m_started.finish();
        } else {
            m_started.addResult(StoreError{});
            m_started.finish();
            serve(db);
            // Let readers of other processes find fresh statistics.
            QSqlQuery(db).exec(u"PRAGMA optimize"_s);
        }
        if (m_observer)
            m_observer->connectionClosing();
    }
    Connection::closeForThisThread(m_path, Connection::Mode::Writer);
}

void StoreWriter::serve(const QSqlDatabase &db)
{
    for (;;) {
        std::deque<std::unique_ptr<Pending>> group;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_queue.empty() && m_stopping)
                return;
            // A transaction takes jobs of one kind, in the order they came.
            const Replay replay = m_queue.front()->replay;
            while (!m_queue.empty() && int(group.size()) < maxJobsPerTransaction &&
                   m_queue.front()->replay == replay) {
                group.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        if (group.front()->replay == Replay::Safe)
            runReplayable(db, group);
        else
            runGroup(db, group);
    }
}

void StoreWriter::runGroup(const QSqlDatabase &db, std::deque<std::unique_ptr<Pending>> &group)
{
    auto finishAll = [&group](const QList<StoreError> &results) {
        for (std::size_t i = 0; i < group.size(); ++i) {
            group[i]->promise.addResult(results.at(qsizetype(i)));
            group[i]->promise.finish();
        }
    };

    QList<StoreError> results(qsizetype(group.size()));
    // IMMEDIATE takes the write lock now, so a job never fails half-way on a lock upgrade.
    if (StoreError err =
            execSimple(db, u"BEGIN IMMEDIATE"_s,
                       QCoreApplication::translate("fd::core::Store", "Starting a transaction"));
        !err.ok()) {
        results.fill(err);
        finishAll(results);
        return;
    }
    if (m_observer)
        m_observer->transactionStarted(db);

    bool aborted = false;
    for (std::size_t i = 0; i < group.size(); ++i) {
        if (aborted) {
            results[qsizetype(i)] = results[qsizetype(i - 1)];
            continue;
        }
        if (StoreError err =
                execSimple(db, u"SAVEPOINT job"_s,
                           QCoreApplication::translate("fd::core::Store", "Starting a job"));
            !err.ok()) {
            results[qsizetype(i)] = err;
            aborted = true;
            continue;
        }
        StoreError err = group[i]->job(db);
        if (err.ok()) {
            err = execSimple(db, u"RELEASE job"_s,
                             QCoreApplication::translate("fd::core::Store", "Finishing a job"));
        } else {
            // Undo this job only; the others in the transaction keep their work.
            if (m_observer)
                m_observer->rolledBack();
            if (!execSimple(db, u"ROLLBACK TO job"_s, QString()).ok() ||
                !execSimple(db, u"RELEASE job"_s, QString()).ok()) {
                // SQLite may already have rolled the whole transaction back (disk full, I/O).
                aborted = true;
            }
        }
        results[qsizetype(i)] = err;
    }

    if (!aborted) {
        if (StoreError err = execSimple(
                db, u"COMMIT"_s, QCoreApplication::translate("fd::core::Store", "Committing"));
            !err.ok()) {
            aborted = true;
            for (StoreError &r : results) {
                if (r.ok())
                    r = err;
            }
        }
    }
    if (aborted) {
        execSimple(db, u"ROLLBACK"_s, QString());
        if (m_observer)
            m_observer->rolledBack();
        // Nothing of this transaction is on disk: a job that itself succeeded must not say so.
        StoreError reason;
        for (const StoreError &r : std::as_const(results)) {
            if (!r.ok()) {
                reason = r;
                break;
            }
        }
        if (reason.ok())
            reason = StoreError::io(
                QCoreApplication::translate("fd::core::Store", "The transaction was rolled back."));
        for (StoreError &r : results) {
            if (r.ok())
                r = reason;
        }
    }
    finishAll(results);
}

void StoreWriter::runReplayable(const QSqlDatabase &db, std::deque<std::unique_ptr<Pending>> &group)
{
    auto finish = [](Pending &p, const StoreError &result) {
        p.promise.addResult(result);
        p.promise.finish();
    };
    auto finishAll = [&](const StoreError &result) {
        for (auto &p : group)
            finish(*p, result);
        group.clear();
    };
    while (!group.empty()) {
        if (StoreError err = execSimple(
                db, u"BEGIN IMMEDIATE"_s,
                QCoreApplication::translate("fd::core::Store", "Starting a transaction"));
            !err.ok()) {
            finishAll(err);
            return;
        }
        if (m_observer)
            m_observer->transactionStarted(db);
        std::size_t failed = group.size();
        StoreError failure;
        for (std::size_t i = 0; i < group.size(); ++i) {
            failure = group[i]->job(db);
            if (!failure.ok()) {
                failed = i;
                break;
            }
        }
        if (failed == group.size()) {
            failure = execSimple(db, u"COMMIT"_s,
                                 QCoreApplication::translate("fd::core::Store", "Committing"));
            if (failure.ok()) {
                finishAll(StoreError{});
                return;
            }
        }
        execSimple(db, u"ROLLBACK"_s, QString());
        if (m_observer)
            m_observer->rolledBack();
        if (failed == group.size()) {
            finishAll(failure); // the commit failed: nothing of the transaction is on disk
            return;
        }
        finish(*group[failed], failure);
        group.erase(group.begin() + qsizetype(failed));
        // A full disk, a lock held elsewhere or a damaged file stops the others as well; they
        // were not written and say so (their callers keep what they hold and try again).
        using K = StoreError::Kind;
        if (failure.kind == K::DiskFull || failure.kind == K::Io || failure.kind == K::Busy ||
            failure.kind == K::Corrupt) {
            finishAll(failure);
            return;
        }
    }
}

} // namespace fd::core
