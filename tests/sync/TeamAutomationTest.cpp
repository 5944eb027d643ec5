// Automation in a team: the gateway classifies what it polls before the server gets it, and
// every station receives the verdicts with the item.
#include "SyncTestSupport.h"

#include "TestSupport.h"
#include "rules/ItemClassifier.h"
#include "store/Connection.h"
#include "sync/Gateway.h"
#include "sync/Puller.h"
#include "sync/TeamMembership.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;

namespace {

// A gateway holding the lease on the team's account, and an operator with a station.
struct GatewayAndDesk
{
    TestServer server;
    std::unique_ptr<ServerConnection> gw;
    std::unique_ptr<ServerConnection> anna;
    QUuid gwDesk;
    QUuid annaDesk;
    qint64 account = 0;
    qint64 epoch = 0;

    GatewayAndDesk()
    {
        server.initTeam();
        server.addOperator(u"gw"_s, u"gateway"_s);
        server.addOperator(u"anna"_s, u"operator"_s);
        gw = server.connectAs(u"gw"_s);
        anna = server.connectAs(u"anna"_s);
        gwDesk = registerStation(*gw, u"gateway"_s);
        annaDesk = registerStation(*anna, u"desk-a"_s);
        auto id = gateway::registerAccount(*gw, Platform::Telegram, u"Shop bot"_s,
                                           u"http://127.0.0.1:1/"_s);
        REQUIRE(id.ok());
        account = *id;
        auto lease = gateway::acquireLease(*gw, account, gwDesk);
        REQUIRE(lease.ok());
        REQUIRE(lease->held);
        epoch = lease->epoch;
    }
};

} // namespace

TEST_CASE("An item the gateway polled reaches another station with its language and sentiment",
          "[sync][automation]")
{
    GatewayAndDesk t;
    IngestBatch batch;
    batch.accountId = t.account;
    batch.items = {
        makeItem(u"1"_s, u"This is terrible, the worst service ever, I am furious"_s, u"u1"_s),
        makeItem(u"2"_s, u"Спасибо огромное, всё пришло вовремя, вы лучшие!"_s, u"u2"_s),
    };
    batch.cursor = u"2"_s;
    ItemClassifier classifier;
    ServerError error;
    const IngestResult sent =
        gateway::sendBatch(*t.gw, t.gwDesk, t.epoch, QString(), batch, &error, &classifier);
    INFO(error.message.toStdString());
    REQUIRE(error.ok());
    CHECK(sent.inserted == 2);
    CHECK(text(*t.gw, u"SELECT lang || ' ' || sentiment || ' ' || spam FROM fd.items "
                      u"WHERE external_id = '1'"_s) == u"en -1 false"_s);

    TempStore station;
    TeamMembership team{t.server.address().display(), u"anna"_s, t.annaDesk, 0};
    REQUIRE(resultOf(team.save(station.store())).ok());
    const PullReport pulled = pullAll(station.store(), *t.anna);
    INFO(pulled.error.message.toStdString());
    REQUIRE(pulled.error.ok());
    CHECK(pulled.newItems == 2);
    auto q = Connection::exec(*station->reader(),
                              u"SELECT external_id, lang, sentiment, spam, priority FROM items "
                              u"ORDER BY external_id"_s);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    CHECK(q->value(1).toString() == u"en"_s);
    CHECK(q->value(2).toInt() == -1);
    CHECK(q->value(3).toInt() == 0);
    CHECK(q->value(4).toInt() == 0);
    REQUIRE(q.value().next());
    CHECK(q->value(1).toString() == u"ru"_s);
    CHECK(q->value(2).toInt() == 1);
}
