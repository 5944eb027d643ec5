#include "Migrations.h"

#include "Connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

// version -> resource path, read once from the embedded folder.
const QMap<int, QString> &scripts()
{
    static const QMap<int, QString> all = [] {
        QMap<int, QString> map;
        const QDir dir(u":/migrations"_s);
        const auto names = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            bool ok = false;
            const int version = name.section(u'_', 0, 0).toInt(&ok);
            if (ok && version > 0)
                map.insert(version, dir.filePath(name));
        }
        return map;
    }();
    return all;
}

} // namespace

int Migrations::latestVersion()
{
    return scripts().isEmpty() ? 0 : scripts().lastKey();
}

StoreResult<int> Migrations::currentVersion(const QSqlDatabase &db)
{
    auto exists = Connection::exec(
        db, u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"_s);
    if (!exists.ok())
        return exists.error();
    if (!exists.value().next() || exists.value().value(0).toInt() == 0)
        return 0;
    auto q = Connection::exec(db, u"SELECT value FROM meta WHERE key = 'schema_version'"_s);
    if (!q.ok())
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

StoreError Migrations::migrate(const QSqlDatabase &db, int target)
{
    if (target < 0)
        target = latestVersion();
    if (auto e = Connection::exec(db, u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, "
                                      u"value TEXT NOT NULL)"_s);
        !e.ok())
        return e.error();
    const auto current = currentVersion(db);
    if (!current.ok())
        return current.error();
    if (*current > latestVersion()) {
        return StoreError::schema(
            QCoreApplication::translate("fd::core::Store",
                                        "This database was written by a newer Frontdesk (schema "
                                        "%1; this build knows up to %2). Update Frontdesk.")
                .arg(*current)
                .arg(latestVersion()));
    }
    for (auto it = scripts().constBegin(); it != scripts().constEnd(); ++it) {
        if (it.key() <= *current || it.key() > target)
            continue;
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            return StoreError::schema(
                QCoreApplication::translate("fd::core::Store", "Cannot read migration %1.")
                    .arg(it.value()));
        const QString script = QString::fromUtf8(file.readAll());

        QSqlDatabase conn = db;
        if (!conn.transaction())
            return StoreError::fromSql(
                conn.lastError(),
                QCoreApplication::translate("fd::core::Store", "Starting migration %1")
                    .arg(it.key()));
        StoreError err = Connection::execScript(db, script);
        if (err.ok()) {
            auto q = Connection::exec(db,
                                      u"INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                                      u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                                      {QString::number(it.key())});
            if (!q.ok())
                err = q.error();
        }
        if (!err.ok()) {
            conn.rollback();
            return StoreError::schema(
                QCoreApplication::translate("fd::core::Store", "Migration %1 failed: %2")
                    .arg(it.key())
                    .arg(err.message));
        }
        if (!conn.commit())
            return StoreError::fromSql(
                conn.lastError(),
                QCoreApplication::translate("fd::core::Store", "Committing migration %1")
                    .arg(it.key()));
    }
    return {};
}

} // namespace fd::core
