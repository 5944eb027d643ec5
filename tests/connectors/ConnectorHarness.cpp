#include "ConnectorHarness.h"

#include "store/ItemQueries.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::test {

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents,
                                        int(qMax<qint64>(1, deadline.remainingTime())));
    }
    return true;
}

core::TelegramSandboxBot::User person(qint64 id, const QString &firstName, const QString &lastName,
                                      const QString &username)
{
    core::TelegramSandboxBot::User u;
    u.id = id;
    u.firstName = firstName;
    u.lastName = lastName;
    u.username = username;
    u.languageCode = u"ru"_s;
    return u;
}

core::VkSandboxCommunity::User vkPerson(qint64 id, const QString &firstName,
                                        const QString &lastName, const QString &screenName,
                                        const QString &city, qint64 followers)
{
    core::VkSandboxCommunity::User u;
    u.id = id;
    u.firstName = firstName;
    u.lastName = lastName;
    u.screenName = screenName;
    u.city = city;
    u.cityId = city.isEmpty() ? 0 : 1;
    u.followers = followers;
    u.photo100 = u"https://sun9-1.userapi.com/s/v1/ig2/"_s + QString::number(id) + u".jpg"_s;
    return u;
}

TelegramHarness::TelegramHarness(QList<core::TelegramSandboxBot::Config> bots)
{
    REQUIRE(server.listen(0));
    core::TelegramSandbox::Options options;
    options.bots = std::move(bots);
    sandbox = std::make_unique<core::TelegramSandbox>(&server, std::move(options));
}

VkHarness::VkHarness(QList<core::VkSandboxCommunity::Config> communities)
{
    REQUIRE(server.listen(0));
    core::VkSandbox::Options options;
    options.communities = std::move(communities);
    sandbox = std::make_unique<core::VkSandbox>(&server, std::move(options));
}

std::unique_ptr<core::VkConnector> VkHarness::connector(const core::Account &account,
                                                        core::VkConnector::Options options,
                                                        bool withUserToken, core::IngestSink *sink,
                                                        int communityIndex)
{
    const core::VkSandboxCommunity::Config &c = community(communityIndex)->config();
    return std::make_unique<core::VkConnector>(account, c.token,
                                               withUserToken ? c.userToken : QString(), http,
                                               sink ? *sink : this->sink, nullptr, options);
}

std::unique_ptr<core::VkConnector> VkHarness::startPolling(const core::Account &account)
{
    core::VkConnector::Options options;
    options.longPollSeconds = 1;
    auto made = connector(account, options);
    made->start();
    REQUIRE(waitUntil([&] { return sandbox->waitingPolls() > 0; }));
    return made;
}

core::Account InboxHarness::addAccount(core::Platform platform, const QString &name,
                                       const QUrl &apiBase)
{
    core::Account a;
    a.platform = platform;
    a.name = name;
    a.apiBase = apiBase.toString();
    auto added = store->addAccount(a);
    added.waitForFinished();
    const auto id = added.result();
    INFO(id.error().message.toStdString());
    REQUIRE(id.ok());
    return account(*id);
}

core::Account InboxHarness::account(qint64 id)
{
    const auto db = store->reader();
    REQUIRE(db.ok());
    const auto all = core::ItemQueries(*db).accounts();
    REQUIRE(all.ok());
    for (const core::Account &a : *all) {
        if (a.id == id)
            return a;
    }
    FAIL("no account with id " << id);
    return {};
}

std::unique_ptr<core::TelegramConnector>
TelegramHarness::connector(const core::Account &account, const QString &token,
                           core::TelegramConnector::Options options, core::IngestSink *sink)
{
    return std::make_unique<core::TelegramConnector>(account, token, http,
                                                     sink ? *sink : this->sink, nullptr, options);
}

QList<core::ItemRow> InboxHarness::items(qint64 accountId)
{
    const auto db = store->reader();
    REQUIRE(db.ok());
    const core::ItemQueries queries(*db);
    core::ItemFilter filter;
    filter.accountIds = {accountId};
    filter.includeOutgoing = true;
    QList<core::ItemRow> out;
    qint64 before = 0;
    for (;;) {
        const auto page = queries.page(filter, 500, before);
        INFO(page.error().message.toStdString());
        REQUIRE(page.ok());
        if (page->isEmpty())
            break;
        out += *page;
        before = page->last().item.id;
    }
    return out;
}

std::optional<core::ItemRow> InboxHarness::item(qint64 accountId, const QString &externalId)
{
    const QList<core::ItemRow> all = items(accountId);
    for (const core::ItemRow &row : all) {
        if (row.item.externalId == externalId)
            return row;
    }
    return std::nullopt;
}

QStringList InboxHarness::storedIds(qint64 accountId)
{
    QStringList out;
    const QList<core::ItemRow> all = items(accountId);
    for (const core::ItemRow &row : all)
        out.append(row.item.externalId);
    return out;
}

QSet<QString> storedNow(core::Store &store, qint64 accountId)
{
    const auto db = store.reader();
    REQUIRE(db.ok());
    QSqlQuery q(*db);
    q.prepare(u"SELECT external_id FROM items WHERE account_id = ?"_s);
    q.addBindValue(accountId);
    REQUIRE(q.exec());
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

QString sample(const QSet<QString> &ids)
{
    QStringList list(ids.cbegin(), ids.cend());
    list.sort();
    return list.mid(0, 5).join(u", "_s) + (list.size() > 5 ? u", …"_s : QString());
}

void CommitWatch::ingest(core::IngestBatch batch, QObject *context,
                         std::function<void(const core::IngestResult &)> done)
{
    const std::optional<QString> cursor = batch.cursor;
    m_inner.ingest(std::move(batch), context,
                   [this, cursor, done = std::move(done)](const core::IngestResult &stored) {
                       if (stored.ok() && cursor)
                           m_check(cursor->toLongLong());
                       done(stored);
                   });
}

HealthLog::HealthLog(core::Connector *connector)
{
    QObject::connect(
        connector, &core::Connector::healthChanged, &m_context,
        [this](core::AccountHealth health, const QString &message, const QDateTime &waitingUntil) {
            m_events.append({health, message, waitingUntil, QDateTime::currentDateTimeUtc()});
        });
}

bool HealthLog::reached(core::AccountHealth health) const
{
    return first(health).has_value();
}

std::optional<HealthLog::Event> HealthLog::first(core::AccountHealth health) const
{
    for (const Event &e : m_events) {
        if (e.health == health)
            return e;
    }
    return std::nullopt;
}

QString HealthLog::describe() const
{
    QStringList lines;
    for (const Event &e : m_events)
        lines << core::toString(e.health) + u": "_s + e.message;
    return lines.join(u'\n');
}

} // namespace fd::test
