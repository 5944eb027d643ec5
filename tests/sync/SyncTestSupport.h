#pragma once

#include "sync/ServerAddress.h"
#include "sync/ServerConnection.h"
#include "sync/TeamSync.h"

#include "TestSupport.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

namespace fd::test {

// The throwaway server of this test process (pg_virtualenv's PGHOST, PGPORT, PGUSER,
// PGPASSWORD), with a fresh database per TestServer so test cases never see each other's data.
class TestServer
{
public:
    TestServer();
    ~TestServer();

    // The database as a team server URL (the superuser's password is in PGPASSWORD).
    const core::ServerAddress &address() const { return m_address; }
    QString url() const;
    // A superuser connection to the test database.
    core::ServerConnection &admin() { return *m_admin; }
    // Creates the team schema (as the superuser).
    void initTeam();
    // Adds a person with a login role; returns their password.
    QString addOperator(const QString &login, const QString &role);
    // Logs in as `login` (with the password addOperator gave, unless another is given) on a
    // connection of its own.
    std::unique_ptr<core::ServerConnection> connectAs(const QString &login,
                                                      const QString &password = {});
    // Runs SQL as the superuser; fails the test on an error.
    void sql(const QString &statement);

private:
    core::ServerAddress m_address;
    std::unique_ptr<core::ServerConnection> m_admin;
    QString m_database;
    int m_connections = 0;
};

// What apply_op answered, or the error that stopped it.
struct Answer
{
    core::ServerError error;
    QJsonObject result;
    QString state() const { return result.value(u"state").toString(); }
    QString reason() const { return result.value(u"reason").toString(); }
    bool changed() const { return result.value(u"changed").toBool(); }
};

Answer applyOp(core::ServerConnection &c, const QUuid &op, const QUuid &station, qint64 seq,
               const QString &kind, const QJsonObject &payload);
QUuid registerStation(core::ServerConnection &c, const QString &name);
// One value read with `sql`; fails the test on an error.
qint64 scalar(core::ServerConnection &c, const QString &sql);
QString text(core::ServerConnection &c, const QString &sql);
// The first column of every row, as text, sorted here (PostgreSQL and SQLite collate
// differently).
QStringList sortedRows(QSqlQuery &q);
// Runs pg_ctlcluster with `action` on the cluster pg_virtualenv made for this test process
// ({"--mode", "immediate", "stop"}, {"start"}); fails the test if it fails.
void cluster(const QStringList &action);
// Runs the event loop until `done` or `ms` pass; says whether it came true.
bool waitFor(const std::function<bool()> &done, int ms = 15'000);

// One account with two items (1001 new, 1002 deleted), written as the superuser.
void addItems(TestServer &server);

// A station of `login` with its own store and its sync running.
struct Station
{
    TempStore local;
    std::unique_ptr<core::TeamSync> sync;
    int rounds = 0;
    bool online = false;
    QString status;       // the last word on the connection
    QStringList rejected; // the server's reasons for refusing this station's ops

    Station(TestServer &server, const QString &login, const QUuid &desk, bool listen = true);
    // One value of the local store; fails the test on an error.
    QString value(const QString &sql);
};

// A team with two items and two operators logged in, each with a station.
struct TwoDesks
{
    TestServer server;
    std::unique_ptr<core::ServerConnection> anna;
    std::unique_ptr<core::ServerConnection> piotr;
    QUuid annaDesk;
    QUuid piotrDesk;

    TwoDesks();
};

} // namespace fd::test
