#include "Connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

QString connectionName(const QString &path, Connection::Mode mode)
{
    return u"fd:%1:%2:%3"_s.arg(mode == Connection::Mode::Writer ? u"w"_s : u"r"_s, path)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

} // namespace

StoreResult<QSqlDatabase> Connection::forThisThread(const QString &path, Mode mode)
{
    const QString name = connectionName(path, mode);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return StoreError::io(QCoreApplication::translate(
            "fd::core::Store", "The SQLite driver for Qt is not installed (QSQLITE)."));

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return StoreError::io(
            QCoreApplication::translate("fd::core::Store", "Cannot create the folder %1.")
                .arg(info.absolutePath()));

    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    // Busy timeout: wait for another process's short write instead of failing at once.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (mode == Mode::Reader && !info.exists())
        return StoreError::notFound(
            QCoreApplication::translate("fd::core::Store", "There is no database at %1.")
                .arg(path));
    if (!db.open()) {
        const StoreError err = StoreError::fromSql(
            db.lastError(), QCoreApplication::translate("fd::core::Store", "Opening %1").arg(path));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return err;
    }

    QStringList pragmas{u"PRAGMA foreign_keys = ON"_s, u"PRAGMA temp_store = MEMORY"_s,
                        u"PRAGMA cache_size = -8000"_s};
    if (mode == Mode::Reader) {
        pragmas << u"PRAGMA query_only = ON"_s;
    } else {
        // WAL lets readers go on while the writer commits. FULL makes a commit durable before
        // the platform cursor is confirmed: a power cut must not lose acknowledged items.
        pragmas << u"PRAGMA journal_mode = WAL"_s << u"PRAGMA synchronous = FULL"_s;
    }
    for (const QString &pragma : std::as_const(pragmas)) {
        QSqlQuery q(db);
        if (!q.exec(pragma)) {
            const StoreError err = StoreError::fromSql(
                q.lastError(),
                QCoreApplication::translate("fd::core::Store", "Opening %1").arg(path));
            q = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return err;
        }
    }
    return db;
}

void Connection::closeForThisThread(const QString &path, Mode mode)
{
    const QString name = connectionName(path, mode);
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

StoreError Connection::prepare(QSqlQuery &query, const QString &sql)
{
    if (!query.prepare(sql))
        return StoreError::fromSql(
            query.lastError(),
            QCoreApplication::translate("fd::core::Store", "Preparing a statement"));
    return {};
}

StoreError Connection::run(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), what);
    return {};
}

StoreResult<QSqlQuery> Connection::exec(const QSqlDatabase &db, const QString &sql,
                                        std::initializer_list<QVariant> values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return StoreError::fromSql(
            q.lastError(), QCoreApplication::translate("fd::core::Store", "Preparing a statement"));
    int i = 0;
    for (const QVariant &v : values)
        q.bindValue(i++, v);
    if (!q.exec())
        return StoreError::fromSql(
            q.lastError(), QCoreApplication::translate("fd::core::Store", "Running a statement"));
    return q;
}

StoreError Connection::execScript(const QSqlDatabase &db, const QString &script)
{
    // Statements end with ';' at the end of a line. Trigger bodies end their inner statements
    // with ';' too, so a statement that opened BEGIN runs until its END;.
    QString current;
    int depth = 0;
    const auto lines = script.split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(u"--"_s) || (line.isEmpty() && current.isEmpty()))
            continue;
        current += rawLine + u'\n';
        if (line.compare(u"BEGIN"_s, Qt::CaseInsensitive) == 0)
            ++depth;
        if (line.compare(u"END;"_s, Qt::CaseInsensitive) == 0)
            --depth;
        if (depth == 0 && line.endsWith(u';')) {
            QSqlQuery q(db);
            if (!q.exec(current))
                return StoreError::fromSql(
                    q.lastError(), QCoreApplication::translate("fd::core::Store", "Running %1")
                                       .arg(current.left(80).simplified()));
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        return StoreError::schema(QCoreApplication::translate(
            "fd::core::Store", "A migration script does not end with ';'."));
    return {};
}

} // namespace fd::core
