#pragma once

#include <QSqlError>
#include <QString>

namespace fd::core {

// What went wrong in the store, in words a person can act on, plus a kind the code can branch on.
struct StoreError
{
    enum class Kind {
        None,
        Invalid,  // the caller's input was refused (nothing was written for it)
        NotFound, // the thing asked for does not exist
        Busy,     // another process holds the write lock for too long
        DiskFull, // the disk or quota is full; nothing was lost, nothing new was written
        Io,       // the file could not be read or written
        Corrupt,  // the database file is damaged
        Schema,   // the database is newer than this program, or a migration failed
        Sql,      // any other database error (a bug, most likely)
    };

    Kind kind = Kind::None;
    QString message;

    bool ok() const { return kind == Kind::None; }

    static StoreError invalid(QString message) { return {Kind::Invalid, std::move(message)}; }
    static StoreError notFound(QString message) { return {Kind::NotFound, std::move(message)}; }
    static StoreError schema(QString message) { return {Kind::Schema, std::move(message)}; }
    static StoreError io(QString message) { return {Kind::Io, std::move(message)}; }
    // Classifies an SQLite error by its native code; `what` says what was being done.
    static StoreError fromSql(const QSqlError &error, const QString &what);
    // The same, from an SQLite result code and message.
    static StoreError fromSqliteCode(int code, const QString &message, const QString &what);
};

// A value or an error (any type with ok()).
template <typename T, typename E>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(E error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_error.ok(); }
    const E &error() const { return m_error; }
    const T &value() const { return m_value; }
    T &value() { return m_value; }
    const T &operator*() const { return m_value; }
    const T *operator->() const { return &m_value; }

private:
    T m_value{};
    E m_error;
};

// A value or a StoreError.
template <typename T>
using StoreResult = Result<T, StoreError>;

} // namespace fd::core
