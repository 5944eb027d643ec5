#pragma once

#include "store/IngestBatch.h"
#include "store/Store.h"

#include <QFuture>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

// Shared helpers for the suites: temporary stores, hand-built items, Catch printing of Qt types.
namespace fd::test {

// A store in a fresh temporary folder, removed afterwards.
class TempStore
{
public:
    TempStore();
    core::Store &store() { return *m_store; }
    core::Store *operator->() { return m_store.get(); }
    QString path() const;
    // Closes the store (the file stays until the TempStore goes).
    void close() { m_store.reset(); }
    void reopen();
    qint64 addAccount(core::Platform platform, const QString &name);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Store> m_store;
};

// A plain incoming DM or comment with the fields tests usually care about.
core::IncomingItem makeItem(const QString &externalId, const QString &text,
                            const QString &authorId = QStringLiteral("u1"),
                            const QString &authorName = QStringLiteral("Anna Petrova"),
                            qint64 createdSecs = 1767225600);
core::IngestResult ingest(core::Store &store, core::IngestBatch batch);

// The result of a store future, once it is fulfilled (the store's writer thread fulfils it; no
// event loop is needed).
template <typename T>
T resultOf(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

// What a program run by a test did.
struct ProgramRun
{
    int code = -1;
    QString out;
    QString err;
};

// Runs `program` with `input` on its standard input and waits for it (at most a minute) while
// this process keeps handling its events, so servers living in the test go on answering it.
ProgramRun runProgram(const QString &program, const QStringList &args, const QByteArray &input = {},
                      const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// A JSON object written in a test (a platform payload); the test fails if it does not parse.
QJsonObject jsonObject(const char *json);

// Everything wrong with the store file at `path`, checked over a connection of its own:
// SQLite's integrity and foreign-key checks, and whether the full-text index holds exactly the
// terms of the current texts and author names (rebuilt afresh and compared term by term).
QStringList storeProblems(const QString &path);

} // namespace fd::test

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
