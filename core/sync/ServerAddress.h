#pragma once

#include <QString>

#include <optional>

namespace fd::core {

// Where the team's PostgreSQL server is, from a libpq-style URL:
//   postgresql://[user[:password]@]host[:port][/database][?sslmode=verify-full&sslrootcert=…]
// TLS and connection options pass through to libpq unchanged.
struct ServerAddress
{
    QString host;
    int port = 5432;
    QString database = QStringLiteral("frontdesk");
    QString user;     // empty: the login given separately (team join) or libpq's default
    QString password; // empty: given separately, or libpq's PGPASSWORD / .pgpass
    QString options;  // libpq options as QPSQL takes them: "sslmode=require;sslrootcert=…"

    // The URL without the password, for settings and messages.
    QString display() const;
    // Which server and database, whoever logs in and however: "host:port/database".
    QString place() const;

    // nullopt with `error` set (in words) when the URL cannot be used.
    static std::optional<ServerAddress> parse(const QString &url, QString *error);
};

} // namespace fd::core
