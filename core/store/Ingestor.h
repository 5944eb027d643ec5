#pragma once

#include "IngestBatch.h"
#include "IngestHook.h"
#include "StoreWriter.h"

#include "SqliteStatement.h"
#include <QHash>
#include <QSqlDatabase>

#include <memory>

namespace fd::core {

// Writes ingest batches on the writer thread: dedupe on (account, external id), edits with
// the old text journaled, deletions that keep the text, author/post/thread upserts, the
// full-text index, and the cursor, all inside the writer's transaction.
//
// It caches author, post and thread ids and its prepared statements; the caches are dropped
// whenever a transaction or job is rolled back, so they never name a row that is not there.
class Ingestor final : public TransactionObserver
{
public:
    Ingestor();
    ~Ingestor() override;

    // Runs on the writer thread inside a savepoint. An error means the job is rolled back.
    StoreError ingest(const QSqlDatabase &db, const IngestBatch &batch, IngestResult &result,
                      const IngestPreview *preview = nullptr);

    // Classifies and runs the rules on what each batch stores. Called on the writer thread.
    void setHook(std::shared_ptr<IngestHook> hook);

    void transactionStarted(const QSqlDatabase &db) override;
    void rolledBack() override;
    void connectionClosing() override;

private:
    struct AuthorRow
    {
        qint64 id = 0;
        QString name, handle, city, avatarUrl;
        qint64 followers = -1;
    };
    struct Statements;

    StoreError prepare(const QSqlDatabase &db);
    StoreResult<qint64> upsertAuthor(const Author &author, const QString &platform, qint64 nowMs);
    StoreResult<qint64> upsertPost(qint64 accountId, const PostPreview &post);
    StoreResult<qint64> upsertThread(qint64 accountId, ThreadKind kind, const QString &externalId,
                                     const QString &title, qint64 postId);
    StoreResult<qint64> allocateId(qint64 createdMs, qint64 nowMs);
    StoreError reindexAuthor(qint64 authorId, const QString &oldIndexed, const QString &newIndexed);
    StoreError journal(qint64 nowMs, const QString &platform, const QString &action, qint64 itemId,
                       qint64 accountId, const QString &before, const QString &after,
                       const QString &detail);

    std::unique_ptr<Statements> m_st;
    std::shared_ptr<IngestHook> m_hook;
    QString m_connection;                // the connection the statements belong to
    QHash<QString, AuthorRow> m_authors; // key: platform + '\x1f' + external id
    struct PostRow
    {
        qint64 id = 0;
        QString text, url;
    };
    QHash<QString, PostRow> m_posts;  // key: account + '\x1f' + external id
    QHash<QString, qint64> m_threads; // key: account + '\x1f' + external id
    qint64 m_maxItemId = -1;          // the largest item id, read at transaction start
};

} // namespace fd::core
