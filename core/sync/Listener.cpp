#include "Listener.h"

#include "ServerConnection.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::core {

namespace {

const QString kChanged = u"fd_changed"_s;
const QString kClaims = u"fd_claims"_s;

} // namespace

Listener::Listener(ServerAddress address, QString login, QString password, QObject *parent)
    : QObject(parent)
    , m_address(std::move(address))
    , m_login(std::move(login))
    , m_password(std::move(password))
    , m_heartbeat(this)
    , m_retry(this)
{
    m_heartbeat.setInterval(heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &Listener::beat);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &Listener::open);
}

Listener::~Listener()
{
    stop();
}

void Listener::start()
{
    m_running = true;
    open();
}

void Listener::stop()
{
    m_running = false;
    m_heartbeat.stop();
    m_retry.stop();
    m_server.reset();
}

void Listener::open()
{
    if (!m_running)
        return;
    auto opened =
        ServerConnection::open(u"frontdesk-listen-%1"_s.arg(reinterpret_cast<quintptr>(this)),
                               m_address, m_login, m_password);
    if (!opened.ok()) {
        drop(opened.error());
        return;
    }
    m_server = std::move(opened.value());
    QSqlDriver *driver = m_server->db().driver();
    if (!driver->subscribeToNotification(kChanged) || !driver->subscribeToNotification(kClaims)) {
        drop({ServerError::Kind::Unreachable,
              QCoreApplication::translate("fd::core::Listener",
                                          "Could not listen for the team's changes: %1")
                  .arg(driver->lastError().text())});
        return;
    }
    connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
        if (name == kChanged)
            Q_EMIT changed();
        else if (name == kClaims)
            Q_EMIT claimsChanged();
    });
    m_failures = 0;
    m_heartbeat.start();
    Q_EMIT connected();
}

void Listener::beat()
{
    if (!m_server)
        return;
    auto q = m_server->exec(u"SELECT 1"_s, {},
                            QCoreApplication::translate("fd::core::Listener",
                                                        "Checking the line to the team's server"));
    if (!q.ok())
        drop(q.error());
}

void Listener::drop(const ServerError &error)
{
    m_heartbeat.stop();
    m_server.reset();
    // A disabled person's login is refused for good: asking again would only knock on the door.
    if (error.kind == ServerError::Kind::Disabled)
        m_running = false;
    Q_EMIT lost(error.message);
    if (!m_running)
        return;
    // 1, 2, 4, … seconds, at most 30 between tries.
    const int pause = qMin(30'000, 1000 << qMin(m_failures, 5));
    ++m_failures;
    m_retry.start(pause);
}

} // namespace fd::core
