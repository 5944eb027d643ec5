#include "Poller.h"

#include "auth/SecretStore.h"
#include "connectors/Connectors.h"
#include "net/HttpClient.h"
#include "store/ItemQueries.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {} // namespace

Poller::Poller(Store &store, SecretStore &secrets, HttpClient &http, QObject *parent,
               IngestSink *sink)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_http(http)
    , m_storeSink(store)
    , m_sink(sink ? *sink : static_cast<IngestSink &>(m_storeSink))
{}

Poller::~Poller()
{
    stop();
}

Connector *Poller::connector(qint64 accountId) const
{
    auto it = m_connectors.find(accountId);
    return it == m_connectors.end() ? nullptr : it->second.get();
}

void Poller::setToken(qint64 accountId, const QString &token, const QString &userToken)
{
    m_tokens[accountId] = {token, userToken};
}

void Poller::start(const Options &options)
{
    m_options = options;
    auto reader = m_store.reader();
    if (!reader.ok()) {
        Q_EMIT message(0, QString(), reader.error().message);
        QTimer::singleShot(0, this, &Poller::finished);
        return;
    }
    ItemQueries queries(*reader);
    const auto accounts = queries.accounts();
    const auto storeId = queries.storeId();
    if (!accounts.ok() || !storeId.ok()) {
        Q_EMIT message(0, QString(),
                       !accounts.ok() ? accounts.error().message : storeId.error().message);
        QTimer::singleShot(0, this, &Poller::finished);
        return;
    }
    m_waiting = 0;
    for (const Account &account : *accounts) {
        if (!account.enabled || (options.onlyAccount && *options.onlyAccount != account.id))
            continue;
        // Gated, a start again only looks at accounts that arrived since.
        if (options.gated && m_lookedUp.contains(account.id))
            continue;
        if (options.gated)
            m_lookedUp.insert(account.id);
        if (!hasConnector(account.platform)) {
            Q_EMIT message(account.id, account.name,
                           QCoreApplication::translate("fd::core::Poller",
                                                       "Polling %1 accounts is not available yet.")
                               .arg(displayName(account.platform)));
            continue;
        }
        ++m_waiting;
        if (auto held = m_tokens.find(account.id); held != m_tokens.end()) {
            tokenRead(account, held->second.first, held->second.second);
            continue;
        }
        const QString storeKey = *storeId;
        m_secrets.read(
            SecretStore::accountKey(storeKey, account.id, u"token"_s), this,
            [this, account, storeKey](const SecretStore::Result &r) {
                if (!r.ok()) {
                    // Operators' stations have no tokens; that is not an error here (and in a
                    // team, not worth a word: another station polls it).
                    if (!m_options.gated)
                        Q_EMIT message(account.id, account.name,
                                       QCoreApplication::translate(
                                           "fd::core::Poller", "Not polled from this station: %1")
                                           .arg(r.message));
                    roundDone(account.id);
                    return;
                }
                if (account.platform != Platform::Vk) {
                    tokenRead(account, r.secret, QString());
                    return;
                }
                // VK's administrator token is optional: without it the account polls and
                // replies, and says why it cannot delete or ban.
                const QString token = r.secret;
                m_secrets.read(SecretStore::accountKey(storeKey, account.id, u"user_token"_s), this,
                               [this, account, token](const SecretStore::Result &u) {
                                   tokenRead(account, token, u.ok() ? u.secret : QString());
                               });
            });
    }
    if (m_waiting == 0)
        QTimer::singleShot(0, this, &Poller::finished);
}

void Poller::tokenRead(const Account &account, const QString &token, const QString &userToken)
{
    if (!m_options.gated) {
        launch(account, token, userToken);
        return;
    }
    m_tokens[account.id] = {token, userToken};
    m_held[account.id] = account;
    Q_EMIT tokenHeld(account);
}

bool Poller::launchAccount(qint64 accountId, const QString &cursor)
{
    const auto account = m_held.find(accountId);
    const auto token = m_tokens.find(accountId);
    if (account == m_held.end() || token == m_tokens.end())
        return false;
    stopAccount(accountId);
    Account from = account->second;
    from.cursor = cursor;
    launch(from, token->second.first, token->second.second);
    return true;
}

void Poller::stopAccount(qint64 accountId)
{
    const auto it = m_connectors.find(accountId);
    if (it == m_connectors.end())
        return;
    // It may be in one of its own callbacks (a refused batch): it goes once that returned.
    it->second->stop();
    it->second.release()->deleteLater();
    m_connectors.erase(it);
}

void Poller::launch(const Account &account, const QString &token, const QString &userToken)
{
    ConnectorSetup setup;
    setup.token = token;
    setup.userToken = userToken;
    setup.once = m_options.once;
    setup.longPollSeconds = m_options.longPollSeconds;
    std::unique_ptr<Connector> made = makeConnector(account, setup, m_http, m_sink, this);
    const qint64 id = account.id;
    const QString name = account.name;
    connect(made.get(), &Connector::healthChanged, this,
            [this, id, name](AccountHealth health, const QString &text, const QDateTime &until) {
                m_store.setAccountHealth(id, health, text, until, false);
                if (!text.isEmpty())
                    Q_EMIT message(id, name, text);
                if (health == AccountHealth::Stopped)
                    Q_EMIT accountStopped(id, text);
            });
    connect(made.get(), &Connector::finished, this, [this, id] { roundDone(id); });
    connect(made.get(), &Connector::succeeded, this, [this, id] {
        // Every answer is a success; stamping each one would cost a committed transaction per
        // long poll or batch. Health changes are written at once (healthChanged), the time of
        // the last success at most every kSuccessStampMs.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        qint64 &last = m_successStamped[id];
        if (now - last < kSuccessStampMs)
            return;
        last = now;
        Connector *c = connector(id);
        m_store.setAccountHealth(id, c ? c->health() : AccountHealth::Polling, QString(), {}, true);
    });
    Connector *raw = made.get();
    m_connectors[id] = std::move(made);
    raw->start();
}

void Poller::roundDone(qint64 accountId)
{
    Q_UNUSED(accountId);
    if (!m_options.once)
        return;
    if (--m_waiting == 0)
        Q_EMIT finished();
}

void Poller::stop()
{
    for (auto &[id, c] : m_connectors) {
        c->stop();
        if (c->health() != AccountHealth::Stopped)
            m_store.setAccountHealth(id, AccountHealth::Idle, c->lastError(), {}, false);
    }
    m_connectors.clear();
}

} // namespace fd::core
