#pragma once

#include "ServerAddress.h"
#include "ServerConnection.h"
#include "ServerError.h"
#include "store/StoreError.h"

#include <QFuture>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

namespace fd::core {

class Store;

// This station's place in a team: which server, as whom, under which station id. Kept in the
// local store (the password stays in the keychain under passwordKey()).
struct TeamMembership
{
    QString server;     // the server URL without a password
    QString login;      // the operator's PostgreSQL login
    QUuid station;      // this station's id on the server (the local store's id)
    qint64 lastSeq = 0; // the last op of this station the server had when it joined

    static QString passwordKey(const QString &storeId);

    // Logs in to the team's server as this member on a connection named `name` (unique per
    // thread and purpose).
    ServerResult<std::unique_ptr<ServerConnection>> connect(const QString &password,
                                                            const QString &name) const;
    // The station id a store has in every team: its own id.
    static QUuid stationFor(const QString &storeId);

    // nullopt when this station is standalone.
    static StoreResult<std::optional<TeamMembership>> read(const QSqlDatabase &db);
    // Keeps the membership, and the server as where the store's data comes from.
    QFuture<StoreError> save(Store &store) const;
    // Forgets the membership: the station works on its own again. What it received stays,
    // still known as the team's, so it may join that team again (and no other).
    static QFuture<StoreError> forget(Store &store);

    // Whether the store may join the team at `server`: a store holding accounts or items of its
    // own is refused in words (a team store keeps the server's ids), unless they came from
    // that same team. An empty store is fine.
    static StoreError checkJoinable(const QSqlDatabase &db, const ServerAddress &server);
};

// Joins a team: logs in as `login`, checks the server's schema, registers the station and
// returns what to keep. Nothing is stored here.
ServerResult<TeamMembership> joinTeam(const ServerAddress &server, const QString &login,
                                      const QString &password, const QString &storeId,
                                      const QString &stationName);

} // namespace fd::core
