#pragma once

#include "StoreError.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace fd::core {

// Opening SQLite connections the way the whole store expects them (WAL, foreign keys, busy
// timeout), one per thread, and small helpers for running statements with bound values.
class Connection
{
public:
    enum class Mode { Reader, Writer };

    // Opens (or returns the already open) connection of the calling thread for `path`.
    static StoreResult<QSqlDatabase> forThisThread(const QString &path, Mode mode);
    // Closes and forgets the calling thread's connection for `path`, if any.
    static void closeForThisThread(const QString &path, Mode mode);

    // Runs one statement with positional values; returns the executed query.
    static StoreResult<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql,
                                       std::initializer_list<QVariant> values = {});
    // Runs a script of statements separated by ';' at line ends (the migrations' format).
    static StoreError execScript(const QSqlDatabase &db, const QString &script);
    // Prepares `sql` on `query`, reporting failure as a StoreError.
    static StoreError prepare(QSqlQuery &query, const QString &sql);
    // Executes an already prepared query.
    static StoreError run(QSqlQuery &query, const QString &what);
};

} // namespace fd::core
