#pragma once

#include "ServerAddress.h"
#include "ServerError.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace fd::core {

// One connection to the team's server, owned by the thread that opened it (Qt SQL connections
// are per thread). Closed and removed when destroyed.
class ServerConnection
{
public:
    // Opens a connection named `name` (unique per thread and purpose) as `login`/`password`
    // when given, else as the address's own user and password (or libpq's environment).
    static ServerResult<std::unique_ptr<ServerConnection>> open(const QString &name,
                                                                const ServerAddress &address,
                                                                const QString &login = {},
                                                                const QString &password = {});
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    QSqlDatabase &db() { return m_db; }
    const QString &login() const { return m_login; }

    // Runs one statement with bound values and returns its query, positioned before the first
    // row. `what` names the work for the error message.
    ServerResult<QSqlQuery> exec(const QString &sql, const QVariantList &values,
                                 const QString &what);
    // Runs a script of several statements (no bound values), one by one, stopping at the first
    // error.
    ServerError execScript(const QString &sql, const QString &what);

private:
    ServerConnection(QSqlDatabase db, QString login);

    QSqlDatabase m_db;
    QString m_login;
};

} // namespace fd::core
