// What the account's health tells a person when Telegram says no: a conflict, a refused token,
// a rate limit.
#include "ConnectorHarness.h"

#include "connectors/telegram/TelegramNormalizer.h"

using namespace Qt::StringLiterals;
using namespace fd::core;
using Fault = fd::core::TelegramSandbox::Fault;
using fd::test::HealthLog;
using fd::test::person;
using fd::test::TelegramHarness;
using fd::test::waitUntil;

namespace {

TelegramConnector::Options quick()
{
    TelegramConnector::Options options;
    options.longPollSeconds = 1;
    return options;
}

} // namespace

TEST_CASE("A 409 conflict stops that account, another bot's account keeps storing")
{
    TelegramHarness h({TelegramSandboxBot::Config::demo(0), TelegramSandboxBot::Config::demo(1)});
    TelegramSandboxBot *first = h.bot(0);
    TelegramSandboxBot *second = h.bot(1);
    const auto anna = person(7123456789, u"Анна"_s, u"Петрова"_s, u"anna_p"_s);
    const auto boris = person(5234567890, u"Борис"_s, {}, u"boris"_s);

    const Account a = h.addAccount(u"Frontshop bot"_s);
    const Account b = h.addAccount(u"Frontshop 2 bot"_s);
    auto connectorA = h.connector(a, h.token(0), quick());
    auto connectorB = h.connector(b, h.token(1), quick());
    HealthLog healthA(connectorA.get());
    HealthLog healthB(connectorB.get());
    connectorA->start();
    connectorB->start();

    const auto beforeA = first->pushPrivateMessage(anna, u"Здравствуйте"_s);
    const auto beforeB = second->pushPrivateMessage(boris, u"Добрый день"_s);
    REQUIRE(waitUntil([&] {
        return h.cursor(a.id) == beforeA.updateId + 1 && h.cursor(b.id) == beforeB.updateId + 1;
    }));

    // Someone else polls the first bot: its next getUpdates is told so.
    h.sandbox->injectFault(Fault::conflict(), 1, u"getUpdates"_s, h.token(0));
    REQUIRE(waitUntil([&] { return connectorA->health() == AccountHealth::Stopped; }));
    const QString why = connectorA->lastError();
    INFO(why.toStdString());
    CHECK(why.contains(u"webhook"_s, Qt::CaseInsensitive));
    CHECK((why.contains(u"another program"_s, Qt::CaseInsensitive) ||
           why.contains(u"other poller"_s, Qt::CaseInsensitive)));
    const auto stoppedEvent = healthA.first(AccountHealth::Stopped);
    REQUIRE(stoppedEvent);
    CHECK(stoppedEvent->message == why);

    // The second account goes on.
    const auto afterA = first->pushPrivateMessage(anna, u"Алло?"_s);
    QStringList expectedB{TelegramNormalizer::messageId(boris.id, beforeB.messageId)};
    qint64 lastB = 0;
    for (const QString &text : {u"Есть доставка в Казань?"_s, u"И самовывоз?"_s}) {
        const auto pushed = second->pushPrivateMessage(boris, text);
        expectedB << TelegramNormalizer::messageId(boris.id, pushed.messageId);
        lastB = pushed.updateId;
    }
    REQUIRE(waitUntil([&] { return h.cursor(b.id) == lastB + 1; }));
    QStringList storedB = h.storedIds(b.id);
    storedB.sort();
    expectedB.sort();
    CHECK(storedB == expectedB);
    CHECK(connectorB->health() == AccountHealth::Polling);
    CHECK_FALSE(healthB.reached(AccountHealth::Stopped));

    // The stopped account took nothing more.
    CHECK(connectorA->health() == AccountHealth::Stopped);
    CHECK(h.cursor(a.id) == beforeA.updateId + 1);
    CHECK_FALSE(h.item(a.id, TelegramNormalizer::messageId(anna.id, afterA.messageId)));
    CHECK_FALSE(h.sandbox->isPolling(h.token(0)));

    connectorA->stop();
    connectorB->stop();
}

TEST_CASE("A refused token stops the account with a message that does not show the token")
{
    TelegramHarness h;
    // Well formed, but no bot has it.
    const QString token = u"7999999999:AAH-unknown-token-abcdefghijklmnopq"_s;
    REQUIRE(TelegramSandbox::isWellFormedToken(token));
    REQUIRE(h.sandbox->bot(token) == nullptr);

    const Account account = h.addAccount(u"Frontshop bot"_s);
    auto connector = h.connector(account, token, quick());
    HealthLog health(connector.get());
    connector->start();
    REQUIRE(waitUntil([&] { return connector->health() == AccountHealth::Stopped; }));

    const QString why = connector->lastError();
    INFO(why.toStdString());
    CHECK(why.contains(u"token"_s, Qt::CaseInsensitive));
    CHECK_FALSE(why.contains(token));
    CHECK_FALSE(why.contains(token.section(u':', 1)));
    for (const HealthLog::Event &e : health.events()) {
        CHECK_FALSE(e.message.contains(token.section(u':', 1)));
    }
    // It stopped at the token check: no polling was attempted.
    CHECK(h.sandbox->requestCount(u"getMe"_s) == 1);
    CHECK(h.sandbox->requestCount(u"getUpdates"_s) == 0);
    CHECK(h.http.pendingCount() == 0);
}

TEST_CASE("A 429 with retry_after waits that long, then polling resumes and items arrive")
{
    TelegramHarness h;
    TelegramSandboxBot *bot = h.bot();
    const auto anna = person(7123456789, u"Анна"_s, u"Петрова"_s, u"anna_p"_s);
    const auto pushed = bot->pushPrivateMessage(anna, u"Здравствуйте"_s);
    constexpr int retryAfter = 2;
    h.sandbox->injectFault(Fault::rateLimit(retryAfter));

    // When the first getUpdates after the 429 is served.
    QDateTime retriedAt;
    bool limited = false;
    QObject::connect(h.sandbox.get(), &TelegramSandbox::requestServed, h.sandbox.get(),
                     [&](const QString &method, int status) {
                         if (method != u"getUpdates"_s)
                             return;
                         if (status == 429)
                             limited = true;
                         else if (limited && retriedAt.isNull())
                             retriedAt = QDateTime::currentDateTimeUtc();
                     });

    const Account account = h.addAccount(u"Frontshop bot"_s);
    auto connector = h.connector(account, h.token(), quick());
    HealthLog health(connector.get());
    connector->start();
    REQUIRE(waitUntil([&] { return health.reached(AccountHealth::Waiting); }));
    const HealthLog::Event waiting = *health.first(AccountHealth::Waiting);
    INFO(waiting.message.toStdString());
    REQUIRE(waiting.waitingUntil.isValid());
    const qint64 ahead = waiting.seenAt.msecsTo(waiting.waitingUntil);
    CHECK(ahead > retryAfter * 1000 - 500);
    CHECK(ahead <= retryAfter * 1000 + 100);
    CHECK(waiting.message.contains(QString::number(retryAfter)));

    REQUIRE(waitUntil([&] { return h.cursor(account.id) == pushed.updateId + 1; }));
    CHECK(h.item(account.id, TelegramNormalizer::messageId(anna.id, pushed.messageId)));
    CHECK(connector->health() == AccountHealth::Polling);
    // Polling came back after the wait.
    const QList<HealthLog::Event> events = health.events();
    REQUIRE(events.size() >= 3);
    CHECK(events.at(events.size() - 2).health == AccountHealth::Waiting);
    CHECK(events.last().health == AccountHealth::Polling);
    // It did not ask again before the wait was over (timers may fire a little early).
    REQUIRE(retriedAt.isValid());
    CHECK(retriedAt.msecsTo(waiting.waitingUntil) < 250);
    connector->stop();
}
