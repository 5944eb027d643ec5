#pragma once

#include "StoreError.h"

#include <QSqlDatabase>

namespace fd::core {

// Numbered schema migrations embedded as resources (:/migrations/NNNN_name.sql). The applied
// version lives in meta(key='schema_version'); each migration runs in its own transaction.
class Migrations
{
public:
    // The newest version this build knows.
    static int latestVersion();
    // The version a database is at (0 for an empty one).
    static StoreResult<int> currentVersion(const QSqlDatabase &db);
    // Brings the database to `target` (default: latest). Refuses a database newer than this build.
    static StoreError migrate(const QSqlDatabase &db, int target = -1);
};

} // namespace fd::core
