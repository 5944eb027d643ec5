#pragma once

#include "model/Account.h"
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
class VkSandbox;

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

    struct SandboxAccount
    {
        qint64 id = 0;
        QString token;
        QString userToken; // VK: the community administrator's
    };
    const QList<SandboxAccount> &accounts() const { return m_accounts; }
    TelegramSandbox *telegram() const { return m_telegram.get(); }
    VkSandbox *vk() const { return m_vk.get(); }

    static QString accountNamePrefix();

private:
    Store &m_store;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<TelegramSandbox> m_telegram;
    std::unique_ptr<VkSandbox> m_vk;
    QList<SandboxAccount> m_accounts;

    // The sandbox account named `name`, created or pointed at `base`; 0 on error.
    qint64 ensureAccount(Platform platform, const QString &name, const QString &base,
                         const QList<Account> &existing, StoreError *error);
};

} // namespace fd::core
