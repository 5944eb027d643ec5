#pragma once

#include "ServerError.h"

namespace fd::core {

class ServerConnection;

// The team schema on the server, in numbered scripts embedded in the program (resources/server).
class ServerSchema
{
public:
    struct Migrated
    {
        int from = 0; // 0: there was no team schema
        int to = 0;
    };

    static int latestVersion();
    // The server's schema version, 0 when it has none.
    static ServerResult<int> currentVersion(ServerConnection &server);
    // Creates the schema or brings it up to date, all in one transaction, one init at a time.
    // Needs a PostgreSQL superuser: it creates the team's group roles.
    static ServerResult<Migrated> migrate(ServerConnection &server);
    // For stations: fine when the server is at this program's version, else what to do.
    static ServerError check(ServerConnection &server);
};

} // namespace fd::core
