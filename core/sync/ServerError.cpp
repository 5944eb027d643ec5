#include "ServerError.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fd::core {

ServerError ServerError::fromSql(const QSqlError &error, const QString &what)
{
    const QString state = error.nativeErrorCode();
    // libpq's text, without the "ERROR:" prefix and the query echo QPSQL adds.
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    text.remove(QRegularExpression(u"^(ERROR|FATAL):\\s*"_s));
    // Without words or a state, the driver found the connection closed under it (said in
    // words here).
    const bool lost = text.isEmpty() && state.isEmpty();
    if (lost)
        text = QCoreApplication::translate("fd::core::ServerError",
                                           "the connection to the server was lost.");
    const QString message = what + u": "_s + text;

    ServerError e{Kind::Sql, message};
    if (state == u"FD001"_s) {
        e.kind = Kind::OutOfOrder;
        const auto m = QRegularExpression(u"expected=(\\d+)"_s).match(error.databaseText());
        if (m.hasMatch())
            e.expectedSeq = m.captured(1).toLongLong();
    } else if (state == u"FD002"_s || state == u"FD003"_s) {
        e.kind = Kind::Fenced;
    } else if (error.type() == QSqlError::ConnectionError &&
               text.contains(u"not permitted to log in"_s)) {
        // A person's role loses LOGIN only when a lead disables them (fd.disable_operator).
        // libpq gives no SQLSTATE for a refused connection; its words say why.
        e.kind = Kind::Disabled;
        e.message = what + u": "_s +
                    QCoreApplication::translate("fd::core::ServerError",
                                                "the server refused the login: a lead disabled "
                                                "this account.");
    } else if (state == u"28P01"_s || state == u"28000"_s ||
               (state.isEmpty() && error.type() == QSqlError::ConnectionError &&
                (text.contains(u"password authentication failed"_s) ||
                 (text.contains(u"role \""_s) && text.contains(u"does not exist"_s))))) {
        e.kind = Kind::Login;
        e.message = what + u": "_s +
                    QCoreApplication::translate("fd::core::ServerError",
                                                "the server refused the login (wrong login or "
                                                "password, or the account is disabled).");
    } else if (state == u"42501"_s) {
        e.kind = Kind::Denied;
    } else if (state.startsWith(u"08"_s) || state == u"57P01"_s || state == u"57P02"_s ||
               state == u"57P03"_s ||
               (state.isEmpty() && error.type() == QSqlError::ConnectionError) ||
               // Every error the server reports has an SQLSTATE; one with neither a state nor
               // a word is a line that went dead (the session was ended from the server).
               lost ||
               // A connection lost mid-statement comes without an SQLSTATE; libpq says so.
               (state.isEmpty() && (text.contains(u"server closed the connection"_s) ||
                                    text.contains(u"terminating connection"_s) ||
                                    text.contains(u"no connection to the server"_s)))) {
        e.kind = Kind::Unreachable;
    } else if (state.startsWith(u"22"_s) || state == u"42710"_s || state == u"42704"_s) {
        e.kind = Kind::Invalid;
    } else if (state == u"3F000"_s || state == u"42P01"_s || state == u"42883"_s) {
        e.kind = Kind::Schema;
    }
    return e;
}

} // namespace fd::core
