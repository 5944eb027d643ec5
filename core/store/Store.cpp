#include "Store.h"

#include "Connection.h"
#include "Ingestor.h"
#include "TextLimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QPromise>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace fd::core {

Store::Store(QString path)
    : m_path(std::move(path))
    , m_ingestor(std::make_unique<Ingestor>())
    , m_writer(std::make_unique<StoreWriter>(m_path))
{
    m_previews.setMaxThreadCount(1);
    m_previews.setExpiryTimeout(30000);
    m_previews.setObjectName(u"ingest preview"_s);
    m_writer->setObserver(m_ingestor.get());
}

Store::~Store()
{
    m_writer->stop();
    Connection::closeForThisThread(m_path, Connection::Mode::Reader);
}

QString Store::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"frontdesk.db"_s);
}

StoreResult<std::unique_ptr<Store>> Store::open(const QString &path)
{
    const QString absolute = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    std::unique_ptr<Store> store(new Store(absolute));
    if (StoreError err = store->m_writer->start(); !err.ok())
        return err;
    return store;
}

void Store::setIngestHook(std::shared_ptr<IngestHook> hook)
{
    {
        QMutexLocker lock(&m_hookMutex);
        m_hook = hook;
    }
    Ingestor *ingestor = m_ingestor.get();
    m_writer
        ->submit([ingestor, hook = std::move(hook)](const QSqlDatabase &) {
            ingestor->setHook(hook);
            return StoreError{};
        })
        .waitForFinished();
}

QFuture<IngestResult> Store::ingest(IngestBatch batch)
{
    auto result = std::make_shared<IngestResult>();
    auto shared = std::make_shared<const IngestBatch>(std::move(batch));
    std::shared_ptr<IngestHook> hook;
    {
        QMutexLocker lock(&m_hookMutex);
        hook = m_hook;
    }
    // The preview is worked out while the writer is busy with earlier batches; the batch's job
    // waits for it when its turn comes (it never waits on the writer, so that cannot stall).
    using Preview = std::shared_ptr<const IngestPreview>;
    QFuture<Preview> preview;
    if (hook) {
        auto promise = std::make_shared<QPromise<Preview>>();
        preview = promise->future();
        promise->start();
        m_previews.start([promise, hook, shared] {
            promise->addResult(hook->preview(*shared));
            promise->finish();
        });
    }
    Ingestor *ingestor = m_ingestor.get();
    return m_writer
        ->submit(
            [ingestor, result, shared, preview](const QSqlDatabase &db) {
                const Preview ahead = preview.isValid() ? preview.result() : Preview();
                // A job that fails is rolled back whole, so its counts must not survive it; and the
                // job may run again from here when another of its transaction failed.
                *result = IngestResult{};
                StoreError err = ingestor->ingest(db, *shared, *result, ahead.get());
                if (!err.ok())
                    *result = IngestResult{};
                return err;
            },
            StoreWriter::Replay::Safe)
        .then([result](StoreError err) {
            result->error = err;
            return *result;
        });
}

QFuture<StoreResult<qint64>> Store::addAccount(Account account)
{
    auto id = std::make_shared<qint64>(0);
    return m_writer
        ->submit([account = std::move(account), id](const QSqlDatabase &db) -> StoreError {
            const QString name = sanitizeText(account.name, TextLimits::shortText).simplified();
            if (name.isEmpty())
                return StoreError::invalid(
                    QCoreApplication::translate("fd::core::Store", "An account needs a name."));
            auto exists = Connection::exec(db, u"SELECT 1 FROM accounts WHERE name = ?"_s, {name});
            if (!exists.ok())
                return exists.error();
            if (exists.value().next())
                return StoreError::invalid(
                    QCoreApplication::translate("fd::core::Store",
                                                "There is already an account named %1.")
                        .arg(name));
            auto q = Connection::exec(
                db,
                u"INSERT INTO accounts (platform, name, api_base, enabled, created_at) "
                u"VALUES (?, ?, ?, ?, ?)"_s,
                {toString(account.platform), name, nonNull(account.apiBase),
                 account.enabled ? 1 : 0, QDateTime::currentMSecsSinceEpoch()});
            if (!q.ok())
                return q.error();
            *id = q.value().lastInsertId().toLongLong();
            return {};
        })
        .then([id](StoreError err) -> StoreResult<qint64> {
            if (!err.ok())
                return err;
            return *id;
        });
}

QFuture<StoreError> Store::resetAccountEndpoint(qint64 accountId, const QString &apiBase)
{
    return m_writer->submit([=](const QSqlDatabase &db) -> StoreError {
        auto q =
            Connection::exec(db, u"UPDATE accounts SET api_base = ?, cursor = '' WHERE id = ?"_s,
                             {nonNull(apiBase), accountId});
        return q.ok() ? StoreError{} : q.error();
    });
}

QFuture<StoreError> Store::setAccountHealth(qint64 accountId, AccountHealth health,
                                            const QString &lastError, const QDateTime &waitingUntil,
                                            bool success)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QVariant until = waitingUntil.isValid() ? QVariant(waitingUntil.toMSecsSinceEpoch())
                                                  : QVariant(QMetaType::fromType<qint64>());
    return m_writer->submit([=](const QSqlDatabase &db) -> StoreError {
        auto q = Connection::exec(
            db,
            u"UPDATE accounts SET health = ?, last_error = ?, waiting_until = ?, "
            u"last_success_at = CASE WHEN ? THEN ? ELSE last_success_at END WHERE id = ?"_s,
            {toString(health), nonNull(sanitizeText(lastError, TextLimits::shortText)), until,
             success ? 1 : 0, now, accountId});
        return q.ok() ? StoreError{} : q.error();
    });
}

QFuture<StoreError> Store::write(StoreWriter::Job job)
{
    return m_writer->submit(std::move(job));
}

StoreResult<QSqlDatabase> Store::reader() const
{
    return Connection::forThisThread(m_path, Connection::Mode::Reader);
}

} // namespace fd::core
