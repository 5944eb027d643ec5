#include "SandboxSession.h"

#include "sandbox/HttpServer.h"
#include "sandbox/TelegramSandbox.h"
#include "sandbox/TelegramSandboxBot.h"
#include "sandbox/TelegramTrafficFeeder.h"
#include "sandbox/VkSandbox.h"
#include "sandbox/VkTrafficFeeder.h"
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
    m_telegram.reset(); // before the server they are routed on
    m_vk.reset();
    m_server.reset();
}

QString SandboxSession::accountNamePrefix()
{
    return u"Sandbox: "_s;
}

qint64 SandboxSession::ensureAccount(Platform platform, const QString &name, const QString &base,
                                     const QList<Account> &existing, StoreError *error)
{
    for (const Account &a : existing) {
        if (a.name != name)
            continue;
        // A new sandbox numbers its updates from the start again.
        auto reset = m_store.resetAccountEndpoint(a.id, base);
        reset.waitForFinished();
        *error = reset.result();
        return error->ok() ? a.id : 0;
    }
    Account a;
    a.platform = platform;
    a.name = name;
    a.apiBase = base;
    auto added = m_store.addAccount(a);
    added.waitForFinished();
    if (!added.result().ok()) {
        *error = added.result().error();
        return 0;
    }
    return *added.result();
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
    m_vk = std::make_unique<VkSandbox>(m_server.get());

    auto reader = m_store.reader();
    if (!reader.ok())
        return reader.error();
    const auto existing = ItemQueries(*reader).accounts();
    if (!existing.ok())
        return existing.error();
    StoreError error;
    for (const TelegramSandboxBot *bot : m_telegram->bots()) {
        const qint64 id =
            ensureAccount(Platform::Telegram, accountNamePrefix() + bot->config().firstName,
                          m_telegram->apiBaseUrl().toString(), *existing, &error);
        if (id == 0)
            return error;
        m_accounts.append({id, bot->config().token, QString()});
    }
    QList<std::pair<qint64, VkSandboxCommunity *>> communities;
    for (VkSandboxCommunity *community : m_vk->communities()) {
        const qint64 id =
            ensureAccount(Platform::Vk, accountNamePrefix() + community->config().name + u" (VK)"_s,
                          m_vk->apiBaseUrl().toString(), *existing, &error);
        if (id == 0)
            return error;
        m_accounts.append({id, community->config().token, community->config().userToken});
        communities.append({id, community});
    }
    if (perMinute > 0) {
        m_telegram->startTraffic(perMinute, seed);
        m_vk->startTraffic(perMinute, seed);
        // A morning's backlog, so a new user sees the inbox fill at once.
        for (const TelegramSandboxBot *bot : m_telegram->bots())
            m_telegram->traffic(bot->config().token)->feed(40);
        for (const auto &[id, community] : communities) {
            // A VK account starts from the present; the backlog is placed before it.
            const qint64 from = community->currentTs();
            m_vk->traffic(community->id())->feed(40);
            IngestBatch start;
            start.accountId = id;
            start.cursor = QString::number(from);
            auto stored = m_store.ingest(std::move(start));
            stored.waitForFinished();
            if (!stored.result().ok())
                return stored.result().error;
        }
    }
    return {};
}

} // namespace fd::core
