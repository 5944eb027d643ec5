#include "ServerConnection.h"

#include "SqlScript.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace fd::core {

ServerConnection::ServerConnection(QSqlDatabase db, QString login)
    : m_db(std::move(db))
    , m_login(std::move(login))
{}

ServerConnection::~ServerConnection()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

ServerResult<std::unique_ptr<ServerConnection>> ServerConnection::open(const QString &name,
                                                                       const ServerAddress &address,
                                                                       const QString &login,
                                                                       const QString &password)
{
    const QString what =
        QCoreApplication::translate("fd::core::ServerConnection", "Connecting to %1")
            .arg(address.display());
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return ServerError{
            ServerError::Kind::Unreachable,
            what + u": "_s +
                QCoreApplication::translate("fd::core::ServerConnection",
                                            "the PostgreSQL driver for Qt is not installed "
                                            "(Debian: libqt6sql6-psql).")};
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    const QString user = login.isEmpty() ? address.user : login;
    const QString secret = login.isEmpty() ? address.password : password;
    if (!user.isEmpty())
        db.setUserName(user);
    if (!secret.isEmpty())
        db.setPassword(secret);
    QString options = address.options;
    if (!options.contains(u"connect_timeout="_s))
        options += (options.isEmpty() ? u""_s : u";"_s) + u"connect_timeout=10"_s;
    if (!options.contains(u"application_name="_s))
        options += u";application_name=frontdesk"_s;
    db.setConnectOptions(options);
    if (!db.open()) {
        ServerError e = ServerError::fromSql(db.lastError(), what);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return e;
    }
    QString actual = user;
    QSqlQuery q(db);
    if (q.exec(u"SELECT session_user"_s) && q.next())
        actual = q.value(0).toString();
    return std::unique_ptr<ServerConnection>(new ServerConnection(db, actual));
}

ServerResult<QSqlQuery> ServerConnection::exec(const QString &sql, const QVariantList &values,
                                               const QString &what)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (values.isEmpty()) {
        // Sent as it is: utility statements (CREATE DATABASE, SET …) cannot be prepared.
        if (!q.exec(sql))
            return ServerError::fromSql(q.lastError(), what);
        return q;
    }
    if (!q.prepare(sql))
        return ServerError::fromSql(q.lastError(), what);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return ServerError::fromSql(q.lastError(), what);
    return q;
}

ServerError ServerConnection::execScript(const QString &sql, const QString &what)
{
    // One statement at a time: given several at once, the driver reports only the first one's
    // result and an error further down would pass unnoticed.
    for (const QString &statement : splitSqlScript(sql)) {
        QSqlQuery q(m_db);
        if (!q.exec(statement))
            return ServerError::fromSql(q.lastError(), what);
    }
    return {};
}

} // namespace fd::core
