#pragma once

#include "StoreError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace fd::core {

// A prepared statement on the SQLite handle under a Qt connection, for the ingest hot path.
// QSqlQuery's positional binding builds a placeholder name string for every bound value, which
// cost a third of the ingest time; this binds straight to SQLite. Same connection, same
// transaction, still prepared with bound values.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // The SQLite handle of a QSQLITE connection, or nullptr.
    static sqlite3 *handleOf(const QSqlDatabase &db);

    StoreError prepare(sqlite3 *db, const QString &sql);
    void finalize();

    // Parameters are numbered from 0, as in QSqlQuery.
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, const QString &value); // a null QString binds as ''
    void bind(int index, std::optional<qint64> value);
    void bindNull(int index);

    // Runs the statement to its first row (or to completion); hasRow() tells which.
    StoreError exec(const QString &what);
    bool hasRow() const { return m_hasRow; }
    // Steps to the next row of a query that returns several.
    StoreError next(const QString &what);

    qint64 int64(int column) const;
    QString text(int column) const;
    // The column's text as SQLite holds it (UTF-8), without a copy: valid until the next step.
    QByteArrayView utf8(int column) const;
    bool isNull(int column) const;
    qint64 lastInsertId() const;
    // Lets go of the read position and the bound values.
    void reset();

private:
    StoreError errorFor(int rc, const QString &what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::vector<QByteArray> m_kept; // UTF-8 of bound texts, alive until reset
    bool m_hasRow = false;
    bool m_stepped = false; // executed since the last reset: reset before binding again
    void ready();
};

} // namespace fd::core
