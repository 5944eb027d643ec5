#pragma once

// The replica's writer, shared by Replica.cpp (applying a page: parents first, rows waiting
// for what they point to, the search index, the cursor) and ReplicaRows.cpp (each table's rows).
// Private to the replica.

#include "ChangeFeed.h"
#include "Replica.h"
#include "store/SqliteStatement.h"
#include "store/StoreError.h"
#include "store/TextLimits.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace fd::core::replica_detail {

inline std::optional<qint64> optionalInt(const QJsonObject &row, QLatin1StringView key)
{
    const QJsonValue v = row.value(key);
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    return v.toInteger();
}

inline qint64 intOf(const QJsonObject &row, QLatin1StringView key)
{
    return row.value(key).toInteger();
}

inline QString textOf(const QJsonObject &row, QLatin1StringView key)
{
    return nonNull(row.value(key).toString());
}

// The statements of one apply, prepared on the writer's connection.
class Applier
{
public:
    explicit Applier(const QSqlDatabase &db)
        : m_db(db)
    {}

    StoreError prepare();
    StoreError apply(const Change &change, ReplicaReport &report);
    StoreError saveCursor(const SyncCursor &cursor);
    // Stores the waiting rows whose parents have arrived, until none can go.
    StoreError settleWaiting(ReplicaReport &report);
    // Writes the page's search-index changes, in the order they were made.
    StoreError writeIndex();

private:
    // The row's key, and whether every row it points to is here.
    QString keyOf(const QString &table, const QJsonObject &row) const;
    StoreResult<bool> parentsHere(const QString &table, const QJsonObject &row);
    StoreResult<bool> present(SqliteStatement &probe, QSet<qint64> &known,
                              std::optional<qint64> id);
    StoreError store(const QString &table, const QJsonObject &row, ReplicaReport &report);
    // Whether any row waits for its parents (asked once, then kept up to date).
    StoreResult<bool> anyWaiting();
    StoreError run(SqliteStatement &st, const QString &what)
    {
        StoreError err = st.exec(what);
        st.reset();
        return err;
    }
    StoreError operatorRow(const QJsonObject &row);
    StoreError accountRow(const QJsonObject &row);
    StoreError authorRow(const QJsonObject &row);
    StoreError postRow(const QJsonObject &row);
    StoreError threadRow(const QJsonObject &row);
    StoreError itemRow(const QJsonObject &row, ReplicaReport &report);
    StoreError tagRow(const QJsonObject &row);
    StoreError itemTagRow(const QJsonObject &row);
    StoreError noteRow(const QJsonObject &row);
    StoreError outboxRow(const QJsonObject &row, ReplicaReport &report);
    // Handovers and notes for the next shift (ReplicaShifts.cpp): few rows, plain statements.
    StoreError handoverRow(const QJsonObject &row);
    StoreError handoverNoteRow(const QJsonObject &row);
    StoreError ruleRow(const QJsonObject &row);
    StoreError shiftSessionRow(const QJsonObject &row);
    StoreError shiftBreakRow(const QJsonObject &row);
    StoreError promiseRow(const QJsonObject &row);
    // The schedule (ReplicaSchedule.cpp).
    StoreError shiftRow(const QJsonObject &row);
    StoreError shiftResponsibilityRow(const QJsonObject &row);
    StoreError shiftSettingRow(const QJsonObject &row);
    StoreResult<std::optional<qint64>> operatorId(const QString &login);
    StoreResult<qint64> tagId(const QString &name, const QString &color, qint64 createdMs);
    StoreResult<QString> authorIndexed(std::optional<qint64> authorId);
    void reindex(qint64 itemId, const QString &oldText, const QString &oldAuthor,
                 const QString &text, const QString &author);
    void index(qint64 itemId, const QString &text, const QString &author)
    {
        m_index.append({false, itemId, text, author});
    }

    const QSqlDatabase &m_db;
    SqliteStatement m_operatorUpsert, m_operatorSelect, m_accountUpsert, m_authorSelect,
        m_authorUpsert, m_authorItems, m_postUpsert, m_threadUpsert, m_itemSelect, m_itemInsert,
        m_itemUpdate, m_tagInsert, m_tagColor, m_itemTagAdd, m_itemTagRemove, m_noteSelect,
        m_noteTime, m_noteInsert, m_ftsInsert, m_ftsDelete, m_cursor, m_hasAccount, m_hasPost,
        m_hasThread, m_hasAuthor, m_hasItem, m_wait, m_unwait, m_outboxUpsert, m_ruleUpsert,
        m_ruleRemove, m_ruleNameFree;
    QSet<qint64> m_accounts, m_posts, m_threads, m_authors, m_items; // known to be here
    QHash<QString, qint64> m_operators;                              // login -> local id
    QHash<QString, QString> m_operatorNames;                         // login -> display name
    std::optional<QHash<QString, qint64>> m_tags;                    // case-folded name -> local id
    std::optional<bool> m_anyWaiting;
    QHash<qint64, QString> m_authorIndexed; // author id -> how the search index has them
    // The search index is written once the page's rows are stored: FTS5 writes its pending
    // terms out at every statement savepoint, and each upsert takes one, so indexing row by row
    // between the upserts cost a third of a pull.
    struct IndexChange
    {
        bool remove; // take out what was indexed (`text`, `author` as they were)
        qint64 itemId;
        QString text;
        QString author;
    };
    QList<IndexChange> m_index;
};

} // namespace fd::core::replica_detail
