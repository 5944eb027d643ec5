#include "SyncTestSupport.h"

#include "store/Connection.h"
#include "sync/OpQueue.h"
#include "sync/Pusher.h"
#include "sync/ServerSchema.h"
#include "sync/TeamMembership.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

QString env(const char *name)
{
    return QProcessEnvironment::systemEnvironment().value(QString::fromLatin1(name));
}

} // namespace

TestServer::TestServer()
{
    if (env("FRONTDESK_TEST_PG_READY") != u"1"_s)
        FAIL("These tests need a throwaway PostgreSQL: run them through ctest, or as "
             "tests/sync/with-postgres.sh frontdesk_sync_tests");
    m_address.host = env("PGHOST");
    m_address.port = env("PGPORT").toInt();
    m_address.user = env("PGUSER");
    m_address.password = env("PGPASSWORD");
    m_address.database = env("PGDATABASE");
    auto bootstrap = core::ServerConnection::open(u"test.bootstrap"_s, m_address);
    INFO(bootstrap.error().message.toStdString());
    REQUIRE(bootstrap.ok());
    m_database = u"fd_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    REQUIRE(bootstrap.value()->exec(u"CREATE DATABASE "_s + m_database, {}, u"create"_s).ok());
    bootstrap.value().reset();
    m_address.database = m_database;
    auto admin = core::ServerConnection::open(u"test.admin"_s, m_address);
    INFO(admin.error().message.toStdString());
    REQUIRE(admin.ok());
    m_admin = std::move(admin.value());
}

TestServer::~TestServer() = default;

QString TestServer::url() const
{
    return u"postgresql://%1:%2/%3"_s.arg(m_address.host).arg(m_address.port).arg(m_database);
}

void TestServer::initTeam()
{
    const auto done = core::ServerSchema::migrate(*m_admin);
    INFO(done.error().message.toStdString());
    REQUIRE(done.ok());
}

QString TestServer::addOperator(const QString &login, const QString &role)
{
    const QString password = u"pw-"_s + login;
    // Login roles belong to the whole cluster: one left by an earlier test in this process goes.
    sql(u"DROP ROLE IF EXISTS "_s + login);
    auto q = m_admin->exec(u"SELECT fd.add_operator(?, ?, ?, ?)"_s,
                           {login, QString(login.left(1).toUpper() + login.mid(1)), role, password},
                           u"add operator"_s);
    INFO(q.error().message.toStdString());
    REQUIRE(q.ok());
    return password;
}

std::unique_ptr<core::ServerConnection> TestServer::connectAs(const QString &login,
                                                              const QString &password)
{
    core::ServerAddress a = m_address;
    a.user.clear();
    a.password.clear();
    auto c = core::ServerConnection::open(u"test.as.%1.%2"_s.arg(login).arg(++m_connections), a,
                                          login, password.isEmpty() ? u"pw-"_s + login : password);
    INFO(c.error().message.toStdString());
    REQUIRE(c.ok());
    return std::move(c.value());
}

void TestServer::sql(const QString &statement)
{
    const QString what = u"test setup"_s;
    const core::ServerError e = m_admin->execScript(statement, what);
    INFO(e.message.toStdString());
    REQUIRE(e.ok());
}

Answer applyOp(core::ServerConnection &c, const QUuid &op, const QUuid &station, qint64 seq,
               const QString &kind, const QJsonObject &payload)
{
    const auto sent =
        core::sendOp(c, station, {seq, op.toString(QUuid::WithoutBraces), kind, payload});
    if (!sent.ok())
        return {sent.error(), {}};
    REQUIRE(sent->contains(u"state"_s)); // every answer carries a verdict
    return {{}, *sent};
}

QUuid registerStation(core::ServerConnection &c, const QString &name)
{
    const QUuid id = QUuid::createUuid();
    auto q = c.exec(u"SELECT fd.register_station(?::uuid, ?)"_s,
                    {id.toString(QUuid::WithoutBraces), name}, u"register"_s);
    INFO(q.error().message.toStdString());
    REQUIRE(q.ok());
    return id;
}

qint64 scalar(core::ServerConnection &c, const QString &sql)
{
    auto q = c.exec(sql, {}, u"read"_s);
    INFO(q.error().message.toStdString());
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toLongLong();
}

void cluster(const QStringList &action)
{
    const QString version = QProcessEnvironment::systemEnvironment().value(u"PGVERSION"_s);
    REQUIRE_FALSE(version.isEmpty());
    QProcess p;
    p.start(u"pg_ctlcluster"_s, action.mid(0, action.size() - 1) +
                                    QStringList{version, u"regress"_s, action.constLast()});
    REQUIRE(p.waitForFinished(60'000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
}

QStringList sortedRows(QSqlQuery &q)
{
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString text(core::ServerConnection &c, const QString &sql)
{
    auto q = c.exec(sql, {}, u"read"_s);
    INFO(q.error().message.toStdString());
    REQUIRE(q.ok());
    return q.value().next() ? q.value().value(0).toString() : QString();
}

// One account with two items, written as the superuser would restore them.
void addItems(TestServer &server)
{
    server.sql(uR"(
        INSERT INTO fd.accounts (platform, name) VALUES ('telegram', 'Shop bot');
        INSERT INTO fd.items (id, account_id, external_id, kind, text, created_at, status)
        VALUES (1001, 1, '1:1', 'dm', 'Where is my order?', now(), 'new'),
               (1002, 1, '1:2', 'dm', 'spam spam', now(), 'deleted');
    )"_s);
}

TwoDesks::TwoDesks()
{
    server.initTeam();
    addItems(server);
    server.addOperator(u"anna"_s, u"operator"_s);
    server.addOperator(u"piotr"_s, u"operator"_s);
    anna = server.connectAs(u"anna"_s);
    piotr = server.connectAs(u"piotr"_s);
    annaDesk = registerStation(*anna, u"desk-a"_s);
    piotrDesk = registerStation(*piotr, u"desk-p"_s);
}

bool waitFor(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

Station::Station(TestServer &server, const QString &login, const QUuid &desk, bool listen)
{
    core::TeamMembership team{server.address().display(), login, desk, 0};
    REQUIRE(resultOf(team.save(local.store())).ok());
    sync = std::make_unique<core::TeamSync>(local.store(), team, u"pw-"_s + login);
    QObject::connect(sync.get(), &core::TeamSync::synced, sync.get(),
                     [this](const core::PushReport &, const core::PullReport &) { ++rounds; });
    QObject::connect(sync.get(), &core::TeamSync::connectionChanged, sync.get(),
                     [this](bool on, const QString &message) {
                         online = on;
                         status = message;
                     });
    QObject::connect(sync.get(), &core::TeamSync::rejected, sync.get(),
                     [this](const QStringList &reasons) { rejected += reasons; });
    sync->start(listen);
}

QString Station::value(const QString &sql)
{
    auto q = core::Connection::exec(*local->reader(), sql);
    REQUIRE(q.ok());
    return q.value().next() ? q.value().value(0).toString() : QString();
}

} // namespace fd::test
