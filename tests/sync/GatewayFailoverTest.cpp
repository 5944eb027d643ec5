// Two stations hold a bot's token and run `frontdeskctl poll` as the team's gateways. One polls,
// the other waits; when the polling one is killed, the other takes over as soon as the lease
// runs out by the server's clock, and every message the customers sent reaches the team once.
#include "SyncTestSupport.h"

#include "TestSupport.h"
#include "auth/SecretStore.h"
#include "net/HttpClient.h"
#include "sandbox/HttpServer.h"
#include "sandbox/TelegramSandbox.h"
#include "sandbox/TelegramSandboxBot.h"
#include "store/Connection.h"
#include "store/ItemQueries.h"
#include "sync/Gateway.h"
#include "sync/TeamGateway.h"
#include "sync/TeamMembership.h"
#include "sync/TeamSession.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;

namespace {

ProgramRun ctl(const QStringList &args, const QByteArray &input = {})
{
    return runProgram(QStringLiteral(FRONTDESK_CTL), args, input);
}

// A station's store, joined to the team as `login`, holding the bot's token.
struct GatewayStation
{
    TempStore store;
    QString path;
    std::unique_ptr<QProcess> poll;

    GatewayStation(TestServer &server, const QString &login, const QUrl &apiBase,
                   const QString &token)
    {
        path = store.path();
        store.close();
        const auto join = ctl({u"--db"_s, path, u"team"_s, u"join"_s, u"--server"_s, server.url(),
                               u"--operator"_s, login},
                              (u"pw-"_s + login + u"\n"_s).toUtf8());
        INFO(join.err.toStdString());
        REQUIRE(join.code == 0);
        const auto add = ctl({u"--db"_s, path, u"account"_s, u"add"_s, u"telegram"_s, u"--name"_s,
                              u"Shop bot"_s, u"--api-base"_s, apiBase.toString()},
                             (token + u"\n"_s).toUtf8());
        INFO(add.err.toStdString());
        REQUIRE(add.code == 0);
        CHECK(add.out.contains(u"team's account"_s));
    }

    void startPolling()
    {
        poll = std::make_unique<QProcess>();
        poll->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        poll->start(QStringLiteral(FRONTDESK_CTL),
                    {u"--db"_s, path, u"poll"_s, u"--lease"_s, u"3"_s, u"--long-poll"_s, u"1"_s});
        REQUIRE(poll->waitForStarted(10'000));
    }

    qint64 localItems()
    {
        auto db = Connection::forThisThread(path, Connection::Mode::Reader);
        if (!db.ok())
            return -1;
        auto q = Connection::exec(*db, u"SELECT count(*) FROM items WHERE direction = 'in'"_s);
        return q.ok() && q.value().next() ? q.value().value(0).toLongLong() : -1;
    }
};

} // namespace

TEST_CASE("A gateway is killed while polling and the other takes over with nothing lost or doubled",
          "[sync][gateway]")
{
    TestServer server;
    server.initTeam();
    server.addOperator(u"gw_east"_s, u"gateway"_s);
    server.addOperator(u"gw_west"_s, u"gateway"_s);

    HttpServer http;
    REQUIRE(http.listen(0));
    TelegramSandbox sandbox(&http);
    TelegramSandboxBot *bot = sandbox.bot();
    REQUIRE(bot);
    const QString token = bot->config().token;

    GatewayStation east(server, u"gw_east"_s, sandbox.apiBaseUrl(), token);
    GatewayStation west(server, u"gw_west"_s, sandbox.apiBaseUrl(), token);
    CHECK(scalar(server.admin(), u"SELECT count(*) FROM fd.accounts"_s) == 1); // one account

    // Customers write all along: 240 messages from 12 people, one every 15 ms.
    const int total = 240;
    int sent = 0;
    QTimer writer;
    QObject::connect(&writer, &QTimer::timeout, &writer, [&] {
        if (sent == total) {
            writer.stop();
            return;
        }
        TelegramSandboxBot::User from;
        from.id = 5000 + sent % 12;
        from.firstName = u"Klient %1"_s.arg(sent % 12);
        bot->pushPrivateMessage(from, u"Question number %1"_s.arg(sent));
        ++sent;
    });
    writer.start(15);

    auto onServer = [&] {
        return scalar(server.admin(), u"SELECT count(*) FROM fd.items WHERE direction = 'in'"_s);
    };
    auto holder = [&] {
        return text(server.admin(), u"SELECT coalesce((SELECT holder FROM fd.leases "
                                    u"WHERE expires_at > now()), '')"_s);
    };

    east.startPolling();
    REQUIRE(waitFor([&] { return holder() == u"gw_east"_s && onServer() > 0; }, 30'000));
    west.startPolling(); // waits for its turn
    REQUIRE(waitFor([&] { return onServer() >= 60; }, 30'000));
    CHECK(holder() == u"gw_east"_s);

    // East dies without a word: its lease is left to run out.
    east.poll->kill();
    REQUIRE(east.poll->waitForFinished(10'000));
    QElapsedTimer sinceKill;
    sinceKill.start();
    REQUIRE(waitFor([&] { return holder() == u"gw_west"_s; }, 40'000));
    const qint64 takeoverMs = sinceKill.elapsed();
    INFO("takeover after " << takeoverMs << " ms");

    REQUIRE(waitFor([&] { return sent == total && onServer() == total; }, 60'000));
    // Each message once, as it was written; nobody's edits invented on the way.
    CHECK(scalar(server.admin(), u"SELECT count(DISTINCT text) FROM fd.items"_s) == total);
    CHECK(scalar(server.admin(),
                 u"SELECT count(*) FROM fd.journal WHERE action = 'item.edited'"_s) == 0);
    CHECK(scalar(server.admin(), u"SELECT count(*) FROM fd.journal WHERE action = 'lease.taken' "
                                 u"AND operator = 'gw_west'"_s) == 1);
    // The account's position on the server is past every message.
    CHECK(scalar(server.admin(), u"SELECT cursor::bigint FROM fd.accounts"_s) >=
          bot->nextUpdateId() - 1);
    // West is a station too: its own store has the team's items.
    CHECK(waitFor([&] { return west.localItems() == total; }, 30'000));

    // Stopped cleanly, west hands its turn back at once.
    west.poll->terminate();
    REQUIRE(west.poll->waitForFinished(15'000));
    CHECK(west.poll->exitCode() == 0);
    CHECK(holder().isEmpty());
}

TEST_CASE("A console station in a team polls the accounts whose tokens it holds for the team",
          "[sync][gateway]")
{
    TestServer server;
    server.initTeam();
    server.addOperator(u"gw_desk"_s, u"gateway"_s);
    HttpServer http;
    REQUIRE(http.listen(0));
    TelegramSandbox sandbox(&http);
    TelegramSandboxBot *bot = sandbox.bot();

    // The station: joined, its password and the bot's token in the keychain.
    TempStore station;
    const QString storeId = *ItemQueries(*station->reader()).storeId();
    auto login = server.connectAs(u"gw_desk"_s);
    const TeamMembership team{server.address().display(), u"gw_desk"_s,
                              registerStation(*login, u"desk"_s), 0};
    REQUIRE(resultOf(team.save(station.store())).ok());
    const auto account = gateway::registerAccount(*login, Platform::Telegram, u"Shop bot"_s,
                                                  sandbox.apiBaseUrl().toString());
    REQUIRE(account.ok());
    SecretStore secrets;
    REQUIRE(secrets.writeNow(TeamMembership::passwordKey(storeId), u"pw-gw_desk"_s).ok());
    REQUIRE(
        secrets
            .writeNow(SecretStore::accountKey(storeId, *account, u"token"_s), bot->config().token)
            .ok());

    HttpClient client(nullptr);
    TeamSession session(station.store(), secrets);
    session.setGatewayHttp(&client);
    session.start();
    // The account arrives with the first pull and the gateway takes it up: the customer's
    // message reaches the server through it, and the station's store from the server.
    REQUIRE(waitFor(
        [&] { return session.gateway() && session.gateway()->polling().contains(*account); }));
    TelegramSandboxBot::User from;
    from.id = 4242;
    from.firstName = u"Jan"_s;
    bot->pushPrivateMessage(from, u"Do you ship to Gdańsk?"_s);
    REQUIRE(
        waitFor([&] { return scalar(server.admin(), u"SELECT count(*) FROM fd.items"_s) == 1; }));
    const qint64 onServer = scalar(server.admin(), u"SELECT id FROM fd.items"_s);
    REQUIRE(waitFor([&] {
        auto q = Connection::exec(*station->reader(), u"SELECT id FROM items"_s);
        return q.ok() && q.value().next() && q.value().value(0).toLongLong() == onServer;
    }));

    // Stopped, it hands its turn back at once.
    session.stopGateway();
    CHECK(text(server.admin(), u"SELECT coalesce((SELECT holder FROM fd.leases "
                               u"WHERE expires_at > now()), '')"_s)
              .isEmpty());
}
