#pragma once

#include "TestSupport.h"

#include "store/Store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <catch2/catch.hpp>

// Helpers shared by the UI tests.
namespace fd::test {

// Collects what QAbstractItemModelTester reports (category "qt.modeltest") while it lives.
class ModelTesterLog
{
public:
    ModelTesterLog()
    {
        messages().clear();
        m_previous = qInstallMessageHandler(&ModelTesterLog::handle);
    }
    ~ModelTesterLog() { qInstallMessageHandler(m_previous); }
    ModelTesterLog(const ModelTesterLog &) = delete;
    ModelTesterLog &operator=(const ModelTesterLog &) = delete;

    // The failures reported so far, joined for a readable assertion message.
    static QString failures() { return messages().join(u'\n'); }

private:
    static QStringList &messages()
    {
        static QStringList all;
        return all;
    }
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type != QtDebugMsg && type != QtInfoMsg && context.category &&
            qstrcmp(context.category, "qt.modeltest") == 0)
            messages().append(message);
    }

    QtMessageHandler m_previous = nullptr;
};

// `count` DMs from seven authors, one a minute from `firstSecs` on; every tenth one asks for a
// refund. Returns the ids in the order of the items (oldest first).
inline QList<qint64> fillInbox(TempStore &store, qint64 accountId, int count,
                               qint64 firstSecs = 1767225600)
{
    static const QStringList names{
        QStringLiteral("Anna Petrova"),   QStringLiteral("Boris Orlov"),
        QStringLiteral("Zofia Nowak"),    QStringLiteral("Emma Smith"),
        QStringLiteral("Ivan Sokolov"),   QStringLiteral("Łukasz Wójcik"),
        QStringLiteral("Olga Kuznetsova")};
    core::IngestBatch batch;
    batch.accountId = accountId;
    for (int i = 0; i < count; ++i) {
        const QString text = i % 10 == 0 ? QStringLiteral("Refund for order %1, please").arg(i)
                                         : QStringLiteral("Hello, question number %1").arg(i);
        batch.items.append(makeItem(QStringLiteral("m%1").arg(i), text,
                                    QStringLiteral("u%1").arg(i % names.size()),
                                    names.at(i % names.size()), firstSecs + i * 60));
    }
    const core::IngestResult result = ingest(store.store(), batch);
    INFO(result.error.message.toStdString());
    REQUIRE(result.ok());
    REQUIRE(result.inserted == count);
    return result.insertedIds;
}

// Sets the status of items straight in the store, as another station or the CLI would.
inline void setStatus(TempStore &store, const QList<qint64> &ids, core::ItemStatus status)
{
    auto done = store->write([ids, status](const QSqlDatabase &db) -> core::StoreError {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE items SET status = ? WHERE id = ?"));
        for (qint64 id : ids) {
            q.bindValue(0, core::toString(status));
            q.bindValue(1, id);
            if (!q.exec())
                return core::StoreError::invalid(q.lastError().text());
        }
        return {};
    });
    done.waitForFinished();
    INFO(done.result().message.toStdString());
    REQUIRE(done.result().ok());
}

} // namespace fd::test
