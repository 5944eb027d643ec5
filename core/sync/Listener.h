#pragma once

#include "ServerAddress.h"
#include "ServerError.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace fd::core {

class ServerConnection;

// The wake-up line: a connection of its own that LISTENs for the server's content-free
// notifications. Lives on its own thread (QPSQL delivers notifications through that thread's
// event loop). A heartbeat checks the line every 2 s (QPSQL does not tell when the server closes
// it: a restart, a lead disabling this person); a lost line is opened again with growing pauses,
// and every (re)connect says so, so the station pulls once to catch up on what it missed. A login
// refused because the person was disabled is not tried again.
class Listener : public QObject
{
    Q_OBJECT
public:
    Listener(ServerAddress address, QString login, QString password, QObject *parent = nullptr);
    ~Listener() override;

    static constexpr int heartbeatMs = 2'000;

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void changed();       // synced rows changed on the server
    void claimsChanged(); // claims or presence changed
    void connected();     // listening (again): pull once to catch up
    void lost(const QString &message);

private:
    void open();
    void beat();
    void drop(const ServerError &error);

    const ServerAddress m_address;
    const QString m_login;
    const QString m_password;
    std::unique_ptr<ServerConnection> m_server;
    QTimer m_heartbeat;
    QTimer m_retry;
    int m_failures = 0;
    bool m_running = false;
};

} // namespace fd::core
