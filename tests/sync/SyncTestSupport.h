#pragma once

#include "sync/ServerAddress.h"
#include "sync/ServerConnection.h"

#include <catch2/catch.hpp>

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

} // namespace fd::test
