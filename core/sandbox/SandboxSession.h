#pragma once

#include "store/StoreError.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <utility>

namespace fd::core {

class HttpServer;
class Store;
class TelegramSandbox;

// The sandbox inside this process: loopback platform servers fed with realistic traffic, and
// sandbox accounts in the store pointed at them, so `frontdesk --sandbox` fills its inbox
// through the real connectors over real HTTP. Their tokens are the sandbox's own and stay in
// memory; real platform tokens only ever live in the keychain.
class SandboxSession : public QObject
{
    Q_OBJECT
public:
    explicit SandboxSession(Store &store, QObject *parent = nullptr);
    ~SandboxSession() override;

    // Listens on a free loopback port, creates (or re-points) the sandbox accounts and starts
    // the traffic at `perMinute` items per minute per account.
    StoreError start(double perMinute, quint32 seed);

    // (account id, token) of every sandbox account.
    const QList<std::pair<qint64, QString>> &accounts() const { return m_accounts; }
    TelegramSandbox *telegram() const { return m_telegram.get(); }

    static QString accountNamePrefix();

private:
    Store &m_store;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<TelegramSandbox> m_telegram;
    QList<std::pair<qint64, QString>> m_accounts;
};

} // namespace fd::core
