#pragma once

#include "store/StoreError.h"

#include <QSqlError>
#include <QString>

namespace fd::core {

// What went wrong talking to the team's server, in words a person can act on, plus a kind the
// sync code branches on (retry later, ask for the password again, tell the operator, stop).
struct ServerError
{
    enum class Kind {
        None,
        Unreachable, // no connection, or it was lost: try again later, work goes on locally
        Login,       // wrong login or password
        Disabled,    // a lead disabled this person: the login is refused for good, stop trying
        Denied,      // the server refused: this role may not do that
        OutOfOrder,  // an op arrived before an earlier one of its station (`expectedSeq`)
        Fenced,      // a gateway's batch came after its lease ended or its cursor moved on
        Invalid,     // the request was refused as malformed or unknown
        Schema,      // the server's schema is missing, older or newer than this program
        Sql,         // any other database error (a bug, most likely)
    };

    Kind kind = Kind::None;
    QString message;
    qint64 expectedSeq = 0; // OutOfOrder: the sequence number the server waits for

    bool ok() const { return kind == Kind::None; }

    static ServerError schema(QString message) { return {Kind::Schema, std::move(message)}; }
    static ServerError invalid(QString message) { return {Kind::Invalid, std::move(message)}; }
    // Classifies a PostgreSQL error by its SQLSTATE; `what` says what was being done.
    static ServerError fromSql(const QSqlError &error, const QString &what);
};

template <typename T>
using ServerResult = Result<T, ServerError>;

} // namespace fd::core
