// The team's outbox: an operator, who holds no token, replies at her station; the reply travels
// as an op to the server, the gateway polling the account delivers it to the platform, and her
// station shows it sent. A gateway that stopped mid-send does not send a reply twice.
#include "SyncTestSupport.h"

#include "TestSupport.h"
#include "auth/SecretStore.h"
#include "console/Outbox.h"
#include "net/HttpClient.h"
#include "sandbox/HttpServer.h"
#include "sandbox/TelegramSandbox.h"
#include "sandbox/TelegramSandboxBot.h"
#include "sandbox/VkSandbox.h"
#include "sandbox/VkSandboxCommunity.h"
#include "sync/Gateway.h"
#include "sync/Puller.h"
#include "sync/TeamGateway.h"
#include "sync/TeamMembership.h"

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;

namespace {

// A team with a Telegram bot (or a VK community) in the sandbox, a gateway station polling it,
// and Anna (an operator) and Mira (a moderator) at their stations with their outboxes.
struct TeamWithGateway
{
    TestServer server;
    HttpServer http;
    const Platform platform;
    std::unique_ptr<TelegramSandbox> sandbox;
    TelegramSandboxBot *bot = nullptr;
    std::unique_ptr<VkSandbox> vk;
    VkSandboxCommunity *community = nullptr;
    qint64 account = 0;
    TempStore gatewayStore;
    TeamMembership gatewayTeam;
    HttpClient client{nullptr};
    SecretStore secrets;
    std::unique_ptr<TeamGateway> gateway;
    std::unique_ptr<Station> anna;
    std::unique_ptr<Outbox> annaOutbox;
    QList<Outbox::State> annaSeen; // what Anna's outbox told, in order
    QStringList gatewaySaid;

    explicit TeamWithGateway(Platform on = Platform::Telegram)
        : platform(on)
    {
        server.initTeam();
        server.addOperator(u"anna"_s, u"operator"_s);
        server.addOperator(u"mira"_s, u"moderator"_s);
        server.addOperator(u"gw"_s, u"gateway"_s);
        REQUIRE(http.listen(0));
        QUrl apiBase;
        if (platform == Platform::Vk) {
            vk = std::make_unique<VkSandbox>(&http);
            community = vk->community();
            apiBase = vk->apiBaseUrl();
        } else {
            sandbox = std::make_unique<TelegramSandbox>(&http);
            bot = sandbox->bot();
            apiBase = sandbox->apiBaseUrl();
        }

        auto gw = server.connectAs(u"gw"_s);
        const QUuid gwDesk = registerStation(*gw, u"gateway"_s);
        auto id = gateway::registerAccount(*gw, platform, u"Shop"_s, apiBase.toString());
        REQUIRE(id.ok());
        account = *id;
        gatewayTeam = TeamMembership{server.address().display(), u"gw"_s, gwDesk, 0};
        REQUIRE(resultOf(gatewayTeam.save(gatewayStore.store())).ok());
        REQUIRE(pullAll(gatewayStore.store(), *gw).error.ok()); // the account, with its id
        startGateway();

        auto annaLogin = server.connectAs(u"anna"_s);
        anna =
            std::make_unique<Station>(server, u"anna"_s, registerStation(*annaLogin, u"desk-a"_s));
        annaOutbox = std::make_unique<Outbox>(anna->local.store(),
                                              Actor{0, u"anna"_s, u"Anna"_s, u"desk-a"_s},
                                              Outbox::ConnectorFor());
        QObject::connect(anna->sync.get(), &TeamSync::synced, annaOutbox.get(),
                         [this](const PushReport &push, const PullReport &pull) {
                             annaOutbox->announceKeys(push.refusedOutbox);
                             annaOutbox->announce(pull.outboxEntries);
                         });
        QObject::connect(annaOutbox.get(), &Outbox::changed, annaOutbox.get(),
                         [this](qint64, qint64, Outbox::State state, const QString &) {
                             annaSeen.append(state);
                         });
    }

    void startGateway()
    {
        TeamGateway::Options options;
        options.leaseSeconds = 5;
        options.renewMs = 1000;
        options.longPollSeconds = 1;
        gateway = std::make_unique<TeamGateway>(gatewayStore.store(), secrets, client, gatewayTeam,
                                                u"pw-gw"_s, options);
        if (community)
            gateway->setToken(account, community->config().token);
        else
            gateway->setToken(account, bot->config().token);
        QObject::connect(
            gateway.get(), &TeamGateway::message, gateway.get(),
            [this](qint64, const QString &, const QString &text) { gatewaySaid << text; });
        gateway->start();
    }

    // A customer writes to the bot; the item's id once it is in Anna's store.
    qint64 customerWrites(const QString &text)
    {
        // Once the gateway listens: a VK long poll starts from the present.
        REQUIRE(waitFor([&] { return vk ? vk->waitingPolls() > 0 : sandbox->isPolling(); }));
        if (community) {
            VkSandboxCommunity::User from;
            from.id = 777001;
            from.firstName = u"Ola"_s;
            from.lastName = u"Nowak"_s;
            community->pushMessage(from, text);
        } else {
            TelegramSandboxBot::User from;
            from.id = 777001;
            from.firstName = u"Ola"_s;
            bot->pushPrivateMessage(from, text);
        }
        qint64 id = 0;
        REQUIRE(waitFor([&] {
            id = anna->value(u"SELECT id FROM items WHERE text = '%1'"_s.arg(text)).toLongLong();
            return id != 0;
        }));
        return id;
    }

    // Calls that sent a message to the platform.
    qsizetype sent() const
    {
        return community ? vk->writeCalls(u"messages.send"_s).size()
                         : sandbox->writeCalls(u"sendMessage"_s).size();
    }
};

} // namespace

TEST_CASE("An operator's reply goes through the team's outbox and the gateway delivers it once",
          "[sync][outbox]")
{
    TeamWithGateway t;
    const qint64 item = t.customerWrites(u"Where is my parcel?"_s);

    REQUIRE(resultOf(t.annaOutbox->reply(item, u"It left the warehouse today."_s, false)).ok());
    // Queued at her station, with the op that carries it to the server.
    CHECK(t.anna->value(u"SELECT state FROM outbox"_s) == u"queued"_s);
    CHECK(t.anna->value(u"SELECT kind FROM sync_ops ORDER BY seq DESC LIMIT 1"_s) == u"reply"_s);
    t.anna->sync->syncNow();

    // Her outbox tells the composer, as it does for a reply this station sends itself.
    REQUIRE(waitFor([&] { return t.annaSeen.contains(Outbox::State::Sent); }));
    CHECK(t.anna->value(u"SELECT state FROM outbox"_s) == u"sent"_s);
    REQUIRE(t.sent() == 1);
    CHECK(t.sandbox->writeCalls(u"sendMessage"_s).constFirst().parameters.value(u"text"_s) ==
          u"It left the warehouse today."_s);
    // On the server: delivered by the gateway, the item waits for the customer, the journal
    // says who replied what, and the reply is the conversation's own item.
    CHECK(text(t.server.admin(), u"SELECT state || '/' || gateway FROM fd.outbox"_s) ==
          u"sent/gw"_s);
    CHECK(text(t.server.admin(), u"SELECT status FROM fd.items WHERE id = %1"_s.arg(item)) ==
          u"waiting"_s);
    CHECK(text(t.server.admin(),
               u"SELECT operator || ': ' || before || ' -> ' || detail FROM fd.journal "
               u"WHERE action = 'item.replied'"_s) == u"anna: new -> waiting"_s);
    REQUIRE(waitFor([&] {
        return t.anna->value(u"SELECT count(*) FROM items WHERE direction = 'out' AND text = "
                             u"'It left the warehouse today.'"_s) == u"1"_s;
    }));
    CHECK(t.anna->value(u"SELECT status FROM items WHERE id = %1"_s.arg(item)) == u"waiting"_s);

    // Nothing more goes out on later wake-ups.
    t.anna->sync->syncNow();
    REQUIRE(waitFor([&] { return t.anna->rounds > 2; }));
    CHECK(t.sent() == 1);
}

TEST_CASE("An operator cannot moderate and a moderator cannot reply through the outbox",
          "[sync][outbox]")
{
    TeamWithGateway t;
    const qint64 item = t.customerWrites(u"Buy cheap followers here"_s);
    REQUIRE(resultOf(t.annaOutbox->act(item, OutgoingAction::Kind::Delete)).ok());
    t.anna->sync->syncNow();
    REQUIRE(waitFor([&] { return t.annaSeen.contains(Outbox::State::Failed); }));
    CHECK(t.anna->rejected.join(u' ').contains(u"Only moderators"_s));
    CHECK(t.anna->value(u"SELECT state FROM outbox"_s) == u"failed"_s);
    CHECK(t.anna->value(u"SELECT error FROM outbox"_s).contains(u"Only moderators"_s));
    CHECK(scalar(t.server.admin(), u"SELECT count(*) FROM fd.outbox"_s) == 0);

    auto mira = t.server.connectAs(u"mira"_s);
    const QUuid desk = registerStation(*mira, u"desk-m"_s);
    const Answer reply = applyOp(*mira, QUuid::createUuid(), desk, 1, u"reply"_s,
                                 {{u"item"_s, item},
                                  {u"key"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                  {u"body"_s, u"Hello"_s}});
    CHECK(reply.state() == u"rejected"_s);
    CHECK(reply.reason().contains(u"Moderators do not reply"_s));
    CHECK(t.sent() == 0);
}

TEST_CASE("A reply a stopped gateway was sending is not sent again until a person says so",
          "[sync][outbox]")
{
    TeamWithGateway t;
    const qint64 item = t.customerWrites(u"Can I change the address?"_s);

    // The reply reached the server while a gateway of an earlier turn had it "sending" and
    // stopped: whether Telegram got it, nobody knows.
    t.gateway->stop();
    t.gateway.reset();
    REQUIRE(resultOf(t.annaOutbox->reply(item, u"Yes, send us the new one."_s, false)).ok());
    t.anna->sync->syncNow();
    REQUIRE(waitFor(
        [&] { return text(t.server.admin(), u"SELECT state FROM fd.outbox"_s) == u"queued"_s; }));
    t.server.sql(u"UPDATE fd.outbox SET state = 'sending', epoch = 0, attempts = 1"_s);
    t.startGateway();

    // The gateway of this turn takes it up and does not send it blindly.
    REQUIRE(waitFor([&] { return t.anna->value(u"SELECT state FROM outbox"_s) == u"failed"_s; }));
    CHECK(
        t.anna->value(u"SELECT error FROM outbox"_s).contains(u"may have reached the customer"_s));
    CHECK(t.sent() == 0);

    // Anna looked: it did not arrive. She sends it again, and it goes once.
    const qint64 entry = t.anna->value(u"SELECT id FROM outbox"_s).toLongLong();
    t.annaOutbox->retry(entry);
    REQUIRE(waitFor([&] { return t.anna->value(u"SELECT state FROM outbox"_s) == u"queued"_s; }));
    t.anna->sync->syncNow();
    REQUIRE(waitFor([&] { return t.anna->value(u"SELECT state FROM outbox"_s) == u"sent"_s; }));
    CHECK(t.sent() == 1);
    CHECK(text(t.server.admin(), u"SELECT detail FROM fd.journal WHERE action = 'outbox.failed'"_s)
              .contains(u"may have reached the customer"_s));
}

TEST_CASE("A reply a stopped gateway was sending goes again to VK, which keeps it once",
          "[sync][outbox]")
{
    TeamWithGateway t(Platform::Vk);
    const qint64 item = t.customerWrites(u"Is the blue one in stock?"_s);
    REQUIRE(resultOf(t.annaOutbox->reply(item, u"Yes, two left."_s, false)).ok());
    t.anna->sync->syncNow();
    REQUIRE(waitFor([&] { return t.anna->value(u"SELECT state FROM outbox"_s) == u"sent"_s; }));
    REQUIRE(t.sent() == 1);

    // As if the gateway had stopped right after VK took it, before it could say so.
    t.gateway->stop();
    t.gateway.reset();
    t.server.sql(u"UPDATE fd.outbox SET state = 'sending', epoch = 0"_s);
    t.startGateway();

    // The next turn sends it again with the same random_id; VK answers with the message it
    // already has, and the customer sees one reply.
    REQUIRE(waitFor([&] { return t.sent() == 2; }));
    REQUIRE(waitFor([&] { return t.anna->value(u"SELECT state FROM outbox"_s) == u"sent"_s; }));
    const auto calls = t.vk->writeCalls(u"messages.send"_s);
    CHECK(calls.at(0).parameters.value(u"random_id"_s) ==
          calls.at(1).parameters.value(u"random_id"_s));
    int replies = 0;
    for (const QJsonObject &m : t.community->messages(777001))
        replies += m.value(u"text"_s).toString() == u"Yes, two left."_s;
    CHECK(replies == 1);
}

TEST_CASE("A disabled gateway stops polling and delivering, and says why", "[sync][outbox]")
{
    TeamWithGateway t;
    t.customerWrites(u"Hello?"_s);
    REQUIRE(waitFor([&] { return !t.gateway->polling().isEmpty(); }));
    t.server.sql(u"SELECT fd.disable_operator('gw')"_s);
    REQUIRE(waitFor([&] { return t.gateway->polling().isEmpty(); }));
    CHECK(waitFor([&] { return t.gatewaySaid.join(u' ').contains(u"disabled"_s); }));
}

TEST_CASE("A reply refused while a colleague held the conversation goes once sent again",
          "[sync][outbox]")
{
    TeamWithGateway t;
    const qint64 item = t.customerWrites(u"Hello, anyone there?"_s);
    // Mira has the conversation open in her composer.
    auto mira = t.server.connectAs(u"mira"_s);
    const QUuid desk = registerStation(*mira, u"desk-m"_s);
    const qint64 thread =
        scalar(t.server.admin(), u"SELECT thread_id FROM fd.items WHERE id = %1"_s.arg(item));
    const QString claimed = text(*mira, u"SELECT fd.claim(%1, '%2'::uuid)::text"_s.arg(thread).arg(
                                            desk.toString(QUuid::WithoutBraces)));
    REQUIRE(claimed.contains(u"\"won\": true"_s));

    REQUIRE(resultOf(t.annaOutbox->reply(item, u"Yes, how can I help?"_s, false)).ok());
    t.anna->sync->syncNow();
    REQUIRE(waitFor([&] { return t.annaSeen.contains(Outbox::State::Failed); }));
    CHECK(t.anna->value(u"SELECT error FROM outbox"_s).contains(u"is replying"_s));

    // Mira moves on; Anna sends it again and it goes, once.
    const qint64 fence = scalar(t.server.admin(), u"SELECT fence FROM fd.claims"_s);
    text(*mira, u"SELECT fd.release_claim(%1, '%2'::uuid, %3)::text"_s.arg(thread)
                    .arg(desk.toString(QUuid::WithoutBraces))
                    .arg(fence));
    t.annaOutbox->retry(t.anna->value(u"SELECT id FROM outbox"_s).toLongLong());
    t.anna->sync->syncNow();
    REQUIRE(waitFor([&] { return t.anna->value(u"SELECT state FROM outbox"_s) == u"sent"_s; }));
    CHECK(t.sent() == 1);
    CHECK(scalar(t.server.admin(), u"SELECT count(*) FROM fd.outbox"_s) == 1);
}
