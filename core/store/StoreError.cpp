#include "StoreError.h"

#include <QCoreApplication>

namespace fd::core {

StoreError StoreError::fromSql(const QSqlError &error, const QString &what)
{
    return fromSqliteCode(error.nativeErrorCode().toInt(),
                          error.databaseText().isEmpty() ? error.text() : error.databaseText(),
                          what);
}

StoreError StoreError::fromSqliteCode(int nativeCode, const QString &detail, const QString &what)
{
    // SQLite's primary result code is the low byte of the (extended) native code.
    const int code = nativeCode & 0xff;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {Kind::Busy,
                QCoreApplication::translate("fd::core::Store",
                                            "%1: the database is busy in another program (%2).")
                    .arg(what, detail)};
    case 13: // SQLITE_FULL
        return {Kind::DiskFull,
                QCoreApplication::translate(
                    "fd::core::Store",
                    "%1: the disk is full. Nothing stored was lost; free some space and the "
                    "work will continue (%2).")
                    .arg(what, detail)};
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
    case 8:  // SQLITE_READONLY
        return {Kind::Io,
                QCoreApplication::translate("fd::core::Store",
                                            "%1: the database file cannot be read or written (%2).")
                    .arg(what, detail)};
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return {Kind::Corrupt, QCoreApplication::translate("fd::core::Store",
                                                           "%1: the database file is damaged (%2).")
                                   .arg(what, detail)};
    default:
        return {Kind::Sql,
                QCoreApplication::translate("fd::core::Store", "%1: %2").arg(what, detail)};
    }
}

} // namespace fd::core
