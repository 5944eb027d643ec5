#include "ServerSchema.h"

#include "ServerConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

QStringList scripts()
{
    QStringList names = QDir(u":/server"_s).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (QString &name : names)
        name.prepend(u":/server/"_s);
    return names;
}

// An advisory lock taken by every init, so two at once wait for each other.
constexpr qint64 kInitLock = 0x46443031; // "FD01"

} // namespace

int ServerSchema::latestVersion()
{
    return int(scripts().size());
}

ServerResult<int> ServerSchema::currentVersion(ServerConnection &server)
{
    const QString what =
        QCoreApplication::translate("fd::core::ServerSchema", "Reading the team schema's version");
    auto q = server.exec(u"SELECT to_regclass('fd.meta') IS NOT NULL"_s, {}, what);
    if (!q.ok())
        return q.error();
    if (!q.value().next() || !q.value().value(0).toBool())
        return 0;
    auto v = server.exec(u"SELECT value FROM fd.meta WHERE key = 'schema_version'"_s, {}, what);
    if (!v.ok())
        return v.error();
    return v.value().next() ? v.value().value(0).toInt() : 0;
}

ServerResult<ServerSchema::Migrated> ServerSchema::migrate(ServerConnection &server)
{
    auto super = server.exec(
        u"SELECT rolsuper FROM pg_roles WHERE rolname = session_user"_s, {},
        QCoreApplication::translate("fd::core::ServerSchema", "Checking the login's rights"));
    if (!super.ok())
        return super.error();
    if (!super.value().next() || !super.value().value(0).toBool())
        return ServerError{ServerError::Kind::Denied,
                           QCoreApplication::translate(
                               "fd::core::ServerSchema",
                               "Setting up a team needs a PostgreSQL superuser (for example "
                               "postgres): it creates the team's roles. %1 is not one.")
                               .arg(server.login())};

    QSqlDatabase &db = server.db();
    if (!db.transaction())
        return ServerError::fromSql(
            db.lastError(),
            QCoreApplication::translate("fd::core::ServerSchema", "Starting the schema update"));
    const auto rollback = [&](ServerError e) -> ServerResult<Migrated> {
        db.rollback();
        return e;
    };
    if (auto lock = server.exec(u"SELECT pg_advisory_xact_lock(?)"_s, {kInitLock},
                                QCoreApplication::translate("fd::core::ServerSchema",
                                                            "Waiting for another setup to finish"));
        !lock.ok())
        return rollback(lock.error());
    const auto current = currentVersion(server);
    if (!current.ok())
        return rollback(current.error());
    const QStringList files = scripts();
    Migrated m{*current, *current};
    if (m.from > files.size())
        return rollback(ServerError::schema(
            QCoreApplication::translate(
                "fd::core::ServerSchema",
                "The server's team schema is version %1, newer than this program knows (%2). "
                "Update Frontdesk.")
                .arg(m.from)
                .arg(files.size())));
    for (int v = m.from + 1; v <= files.size(); ++v) {
        QFile file(files.at(v - 1));
        if (!file.open(QIODevice::ReadOnly))
            return rollback(ServerError::schema(
                QCoreApplication::translate("fd::core::ServerSchema",
                                            "The program lacks its schema script %1.")
                    .arg(files.at(v - 1))));
        const QString what = QCoreApplication::translate("fd::core::ServerSchema",
                                                         "Updating the team schema to version %1")
                                 .arg(v);
        if (ServerError e = server.execScript(
                QString::fromUtf8(file.readAll()) + u"\nRESET ROLE;\nRESET search_path;"_s, what);
            !e.ok())
            return rollback(e);
        if (auto set = server.exec(u"INSERT INTO fd.meta (key, value) VALUES ('schema_version', "
                                   u"?) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"_s,
                                   {QString::number(v)}, what);
            !set.ok())
            return rollback(set.error());
        m.to = v;
    }
    if (!db.commit())
        return rollback(ServerError::fromSql(
            db.lastError(),
            QCoreApplication::translate("fd::core::ServerSchema", "Saving the schema update")));
    return m;
}

ServerError ServerSchema::check(ServerConnection &server)
{
    const auto current = currentVersion(server);
    if (!current.ok())
        return current.error();
    if (*current == latestVersion())
        return {};
    if (*current == 0)
        return ServerError::schema(QCoreApplication::translate(
            "fd::core::ServerSchema", "The server has no Frontdesk team yet. An administrator "
                                      "sets it up with: frontdeskctl team init --server URL"));
    if (*current < latestVersion())
        return ServerError::schema(
            QCoreApplication::translate("fd::core::ServerSchema",
                                        "The server's team schema is version %1; this program "
                                        "needs %2. An administrator updates it with: frontdeskctl "
                                        "team init --server URL")
                .arg(*current)
                .arg(latestVersion()));
    return ServerError::schema(
        QCoreApplication::translate("fd::core::ServerSchema",
                                    "The server's team schema is version %1, newer than this "
                                    "program (%2). Update Frontdesk.")
            .arg(*current)
            .arg(latestVersion()));
}

} // namespace fd::core
