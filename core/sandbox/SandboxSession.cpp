#include "SandboxSession.h"

#include "sandbox/HttpServer.h"
#include "sandbox/TelegramSandbox.h"
#include "sandbox/TelegramSandboxBot.h"
#include "sandbox/TelegramTrafficFeeder.h"
#include "store/ItemQueries.h"
#include "store/Store.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fd::core {

SandboxSession::SandboxSession(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

SandboxSession::~SandboxSession()
{
    m_telegram.reset(); // before the server it is routed on
    m_server.reset();
}

QString SandboxSession::accountNamePrefix()
{
    return u"Sandbox: "_s;
}

StoreError SandboxSession::start(double perMinute, quint32 seed)
{
    m_server = std::make_unique<HttpServer>();
    if (!m_server->listen(0))
        return StoreError::io(QCoreApplication::translate(
            "fd::core::SandboxSession", "The sandbox could not listen on the loopback interface."));
    TelegramSandbox::Options options;
    options.bots.append(TelegramSandboxBot::Config::demo(0));
    m_telegram = std::make_unique<TelegramSandbox>(m_server.get(), options);

    auto reader = m_store.reader();
    if (!reader.ok())
        return reader.error();
    const auto existing = ItemQueries(*reader).accounts();
    if (!existing.ok())
        return existing.error();
    const QString base = m_telegram->apiBaseUrl().toString();
    for (const TelegramSandboxBot *bot : m_telegram->bots()) {
        const QString name = accountNamePrefix() + bot->config().firstName;
        qint64 id = 0;
        for (const Account &a : *existing) {
            if (a.name == name)
                id = a.id;
        }
        if (id == 0) {
            Account a;
            a.platform = Platform::Telegram;
            a.name = name;
            a.apiBase = base;
            auto added = m_store.addAccount(a);
            added.waitForFinished();
            if (!added.result().ok())
                return added.result().error();
            id = *added.result();
        } else {
            // A new sandbox numbers its updates from the start again.
            auto reset = m_store.resetAccountEndpoint(id, base);
            reset.waitForFinished();
            if (!reset.result().ok())
                return reset.result();
        }
        m_accounts.append({id, bot->config().token});
    }
    if (perMinute > 0) {
        m_telegram->startTraffic(perMinute, seed);
        // A morning's backlog, so a new user sees the inbox fill at once.
        for (const TelegramSandboxBot *bot : m_telegram->bots())
            m_telegram->traffic(bot->config().token)->feed(40);
    }
    return {};
}

} // namespace fd::core
