#include "TeamMembership.h"

#include "ServerConnection.h"
#include "ServerSchema.h"
#include "store/Connection.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::core {

QString TeamMembership::passwordKey(const QString &storeId)
{
    return u"%1/team/password"_s.arg(storeId);
}

ServerResult<std::unique_ptr<ServerConnection>> TeamMembership::connect(const QString &password,
                                                                        const QString &name) const
{
    QString why;
    const auto address = ServerAddress::parse(server, &why);
    if (!address)
        return ServerError::invalid(why);
    return ServerConnection::open(name, *address, login, password);
}

QUuid TeamMembership::stationFor(const QString &storeId)
{
    // The store id is 32 hex digits: a UUID without its dashes.
    const QString hex = storeId.left(32);
    return QUuid(u"%1-%2-%3-%4-%5"_s.arg(hex.mid(0, 8), hex.mid(8, 4), hex.mid(12, 4),
                                         hex.mid(16, 4), hex.mid(20, 12)));
}

StoreResult<std::optional<TeamMembership>> TeamMembership::read(const QSqlDatabase &db)
{
    auto q = Connection::exec(
        db, u"SELECT key, value FROM meta WHERE key IN ('team_server', 'team_login', "
            u"'team_station', 'team_last_seq')"_s);
    if (!q.ok())
        return q.error();
    TeamMembership m;
    while (q.value().next()) {
        const QString key = q.value().value(0).toString();
        const QString value = q.value().value(1).toString();
        if (key == u"team_server"_s)
            m.server = value;
        else if (key == u"team_login"_s)
            m.login = value;
        else if (key == u"team_station"_s)
            m.station = QUuid(value);
        else
            m.lastSeq = value.toLongLong();
    }
    if (m.server.isEmpty() || m.login.isEmpty() || m.station.isNull())
        return std::optional<TeamMembership>();
    return std::optional<TeamMembership>(m);
}

QFuture<StoreError> TeamMembership::save(Store &store) const
{
    QList<std::pair<QString, QString>> values{
        {u"team_server"_s, server},
        {u"team_login"_s, login},
        {u"team_station"_s, station.toString(QUuid::WithoutBraces)},
        {u"team_last_seq"_s, QString::number(lastSeq)},
    };
    if (const auto address = ServerAddress::parse(server, nullptr))
        values.append({u"team_origin"_s, address->place()});
    return store.write([values](const QSqlDatabase &db) {
        for (const auto &[key, value] : values) {
            auto q = Connection::exec(db,
                                      u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT "
                                      u"(key) DO UPDATE SET value = excluded.value"_s,
                                      {key, value});
            if (!q.ok())
                return q.error();
        }
        return StoreError{};
    });
}

QFuture<StoreError> TeamMembership::forget(Store &store)
{
    return store.write([](const QSqlDatabase &db) {
        auto q = Connection::exec(db, u"DELETE FROM meta WHERE key IN ('team_server', "
                                      u"'team_login', 'team_station', 'team_last_seq')"_s);
        return q.ok() ? StoreError{} : q.error();
    });
}

StoreError TeamMembership::checkJoinable(const QSqlDatabase &db, const ServerAddress &server)
{
    auto q = Connection::exec(
        db, u"SELECT EXISTS (SELECT 1 FROM accounts), EXISTS (SELECT 1 FROM items), "
            u"(SELECT value FROM meta WHERE key = 'team_origin')"_s);
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return {};
    const bool accounts = q.value().value(0).toBool();
    const bool items = q.value().value(1).toBool();
    const QString origin = q.value().value(2).toString();
    if ((!accounts && !items) || origin == server.place())
        return {};
    const QString what =
        items ? (accounts
                     ? QCoreApplication::translate("fd::core::TeamMembership", "accounts and items")
                     : QCoreApplication::translate("fd::core::TeamMembership", "items"))
              : QCoreApplication::translate("fd::core::TeamMembership", "accounts");
    if (!origin.isEmpty())
        return StoreError::invalid(
            QCoreApplication::translate(
                "fd::core::TeamMembership",
                "This store holds %1 of another team (%2). A station belongs to one team: join "
                "%3 with a new, empty store.")
                .arg(what, origin, server.place()));
    return StoreError::invalid(
        QCoreApplication::translate(
            "fd::core::TeamMembership",
            "This store already holds %1 of its own. A station in a team keeps the team's items "
            "under the server's numbers, so it joins with a new, empty store; this one stays as "
            "it is.")
            .arg(what));
}

ServerResult<TeamMembership> joinTeam(const ServerAddress &server, const QString &login,
                                      const QString &password, const QString &storeId,
                                      const QString &stationName)
{
    auto opened = ServerConnection::open(u"team.join"_s, server, login, password);
    if (!opened.ok())
        return opened.error();
    ServerConnection &c = **opened;
    if (ServerError e = ServerSchema::check(c); !e.ok())
        return e;
    TeamMembership m;
    ServerAddress shown = server;
    shown.user = login;
    m.server = shown.display();
    m.login = c.login();
    m.station = TeamMembership::stationFor(storeId);
    auto q =
        c.exec(u"SELECT fd.register_station(?::uuid, ?)"_s,
               {m.station.toString(QUuid::WithoutBraces), stationName},
               QCoreApplication::translate("fd::core::TeamMembership", "Registering this station"));
    if (!q.ok())
        return q.error();
    if (q.value().next())
        m.lastSeq = q.value().value(0).toLongLong();
    return m;
}

} // namespace fd::core
