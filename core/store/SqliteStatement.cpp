#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace fd::core {

SqliteStatement::~SqliteStatement()
{
    finalize();
}

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

StoreError SqliteStatement::prepare(sqlite3 *db, const QString &sql)
{
    finalize();
    m_db = db;
    if (!m_db)
        return StoreError::io(QCoreApplication::translate(
            "fd::core::Store", "The database connection is not SQLite."));
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        return errorFor(rc,
                        QCoreApplication::translate("fd::core::Store", "Preparing a statement"));
    return {};
}

void SqliteStatement::finalize()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_kept.clear();
    m_hasRow = false;
}

void SqliteStatement::ready()
{
    if (m_stepped) {
        sqlite3_reset(m_stmt);
        m_kept.clear();
        m_stepped = false;
        m_hasRow = false;
    }
}

void SqliteStatement::bind(int index, qint64 value)
{
    ready();
    sqlite3_bind_int64(m_stmt, index + 1, value);
}

void SqliteStatement::bind(int index, const QString &value)
{
    ready();
    m_kept.push_back(value.toUtf8());
    const QByteArray &utf8 = m_kept.back();
    // SQLite reads the bytes at step time; m_kept holds them until reset().
    sqlite3_bind_text(m_stmt, index + 1, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                      SQLITE_STATIC);
}

void SqliteStatement::bind(int index, std::optional<qint64> value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

void SqliteStatement::bindNull(int index)
{
    ready();
    sqlite3_bind_null(m_stmt, index + 1);
}

StoreError SqliteStatement::exec(const QString &what)
{
    m_hasRow = false;
    m_stepped = true;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_hasRow = true;
        return {};
    }
    if (rc == SQLITE_DONE)
        return {};
    StoreError err = errorFor(rc, what);
    reset();
    return err;
}

StoreError SqliteStatement::next(const QString &what)
{
    return exec(what);
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, bytes) : QString::fromLatin1("");
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

void SqliteStatement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_kept.clear();
    m_hasRow = false;
    m_stepped = false;
}

StoreError SqliteStatement::errorFor(int rc, const QString &what) const
{
    const int extended = m_db ? sqlite3_extended_errcode(m_db) : rc;
    const QString message =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    return StoreError::fromSqliteCode(extended, message, what);
}

} // namespace fd::core
