// Automation in a team: the gateway classifies what it polls before the server gets it, and
// every station receives the verdicts with the item; the rules are the team's, edited at any
// lead's station, and act once on each item at the gateway that polled it.
#include "SyncTestSupport.h"

#include "TestSupport.h"
#include "rules/AutomationHook.h"
#include "rules/ItemClassifier.h"
#include "rules/RuleJson.h"
#include "rules/RuleStore.h"
#include "store/Connection.h"
#include "sync/Gateway.h"
#include "sync/Puller.h"
#include "sync/Pusher.h"
#include "sync/TeamAutomation.h"
#include "sync/TeamMembership.h"

#include <QJsonDocument>
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

namespace {

// A station of the team: its own store, joined under `login` with its desk.
struct Desk
{
    TempStore local;
    std::unique_ptr<ServerConnection> server;
    QUuid id;

    Desk(TestServer &team, const QString &login, const QString &name)
    {
        server = team.connectAs(login);
        id = registerStation(*server, name);
        TeamMembership membership{team.address().display(), login, id, 0};
        REQUIRE(resultOf(membership.save(local.store())).ok());
    }

    void pull()
    {
        const PullReport pulled = pullAll(local.store(), *server);
        INFO(pulled.error.message.toStdString());
        REQUIRE(pulled.error.ok());
    }

    PushReport push()
    {
        PushReport pushed = pushPending(local.store(), *server, id);
        INFO(pushed.error.message.toStdString());
        REQUIRE(pushed.error.ok());
        return pushed;
    }

    QString value(const QString &sql)
    {
        auto q = Connection::exec(*local->reader(), sql);
        REQUIRE(q.ok());
        return q.value().next() ? q.value().value(0).toString() : QString();
    }
};

// A gateway station with the automation on its store.
struct GatewayDesk : Desk
{
    std::shared_ptr<AutomationHook> hook;
    std::unique_ptr<TeamAutomation> automation;

    GatewayDesk(TestServer &team, const QString &login, const QString &name)
        : Desk(team, login, name)
        , hook(AutomationHook::install(local.store(), name))
        , automation(std::make_unique<TeamAutomation>(local.store(), hook))
    {}

    // The gateway's rules on what it handed over, once its pull brought the items.
    void runRules(const QList<qint64> &ids)
    {
        automation->handedOver(ids);
        pull();
        // Its answer comes back on this thread's event loop.
        QFuture<StoreError> ran = automation->runArrived();
        REQUIRE(waitFor([&ran] { return ran.isFinished(); }));
        INFO(ran.result().message.toStdString());
        REQUIRE(ran.result().ok());
        CHECK(automation->pending() == 0);
    }
};

// A lead, an operator and a gateway, each at a station, and the team's account.
struct TeamWithRules
{
    TestServer server;
    qint64 account = 0;
    std::unique_ptr<Desk> lena;
    std::unique_ptr<Desk> anna;
    std::unique_ptr<GatewayDesk> gw;

    TeamWithRules()
    {
        server.initTeam();
        server.addOperator(u"lena"_s, u"lead"_s);
        server.addOperator(u"anna"_s, u"operator"_s);
        server.addOperator(u"gw"_s, u"gateway"_s);
        lena = std::make_unique<Desk>(server, u"lena"_s, u"desk-l"_s);
        anna = std::make_unique<Desk>(server, u"anna"_s, u"desk-a"_s);
        gw = std::make_unique<GatewayDesk>(server, u"gw"_s, u"gateway-1"_s);
        auto id = gateway::registerAccount(*gw->server, Platform::Telegram, u"Shop bot"_s,
                                           u"http://127.0.0.1:1/"_s);
        REQUIRE(id.ok());
        account = *id;
    }

    // The lead writes a rule at her station; it reaches the server with her next push.
    void leadAddsRule(const char *json)
    {
        lena->pull(); // the team's people, whom rules assign to
        QString why;
        auto rule = ruleJson::parse(QJsonDocument::fromJson(json).object(), &why);
        INFO(why.toStdString());
        REQUIRE(rule);
        rule->enabled = true;
        RuleStore rules(lena->local.store(), Actor{0, u"lena"_s, u"Lena"_s, u"desk-l"_s});
        const auto saved = resultOf(rules.save(*rule));
        INFO(saved.error().message.toStdString());
        REQUIRE(saved.ok());
        CHECK(lena->push().applied == 1);
    }

    // The gateway polls one message (written `agoSecs` ago); returns the team's id for it.
    qint64 poll(GatewayDesk &desk, const QString &externalId, const QString &text,
                qint64 agoSecs = 0)
    {
        auto lease = gateway::acquireLease(*desk.server, account, desk.id);
        REQUIRE(lease.ok());
        REQUIRE(lease->held);
        IngestBatch batch;
        batch.accountId = account;
        batch.items = {makeItem(externalId, text, u"u-"_s + externalId, u"Ola"_s,
                                QDateTime::currentSecsSinceEpoch() - agoSecs)};
        batch.cursor = externalId;
        ItemClassifier classifier;
        ServerError error;
        const IngestResult sent = gateway::sendBatch(*desk.server, desk.id, lease->epoch,
                                                     lease->cursor, batch, &error, &classifier);
        INFO(error.message.toStdString());
        REQUIRE(error.ok());
        REQUIRE(sent.insertedIds.size() == 1);
        return sent.insertedIds.first();
    }
};

const char *kRefundRule = R"({"name": "Refunds to Anna", "when": {"text_contains": "refund"},
    "then": [{"tag": "billing"}, {"priority": "high"}, {"assign": "anna"}, {"close": true}]})";

} // namespace

TEST_CASE("A rule a lead writes at her station is the team's: every station receives it",
          "[sync][automation]")
{
    TeamWithRules t;
    t.leadAddsRule(kRefundRule);
    CHECK(scalar(*t.lena->server, u"SELECT count(*) FROM fd.rules WHERE name = 'Refunds to Anna' "
                                  u"AND enabled"_s) == 1);
    CHECK(text(*t.lena->server,
               u"SELECT operator FROM fd.journal WHERE action = 'rule.created'"_s) == u"lena"_s);
    t.anna->pull();
    CHECK(t.anna->value(u"SELECT name || ' ' || enabled FROM rules"_s) == u"Refunds to Anna 1"_s);
    // The same rule everywhere: known by its key.
    CHECK(t.anna->value(u"SELECT key FROM rules"_s) == t.lena->value(u"SELECT key FROM rules"_s));

    // Switched off and renamed at the lead's station: so it is at the others'.
    RuleStore lenaRules(t.lena->local.store(), Actor{0, u"lena"_s, u"Lena"_s, u"desk-l"_s});
    auto record = lenaRules.byName(u"Refunds to Anna"_s);
    REQUIRE(record.ok());
    REQUIRE(resultOf(lenaRules.setEnabled(record->rule.id, false)).ok());
    Rule renamed = record->rule;
    renamed.enabled = false;
    renamed.name = u"Refunds"_s;
    REQUIRE(resultOf(lenaRules.save(renamed)).ok());
    CHECK(t.lena->push().applied == 2);
    t.anna->pull();
    CHECK(t.anna->value(u"SELECT name || ' ' || enabled FROM rules"_s) == u"Refunds 0"_s);

    // An operator may not change the team's rules: refused at her station, and by the server.
    RuleStore annaRules(t.anna->local.store(), Actor{0, u"anna"_s, u"Anna"_s, u"desk-a"_s});
    const auto anna = annaRules.byName(u"Refunds"_s);
    REQUIRE(anna.ok());
    CHECK_FALSE(resultOf(annaRules.setEnabled(anna->rule.id, true)).ok());
    const Answer refused = applyOp(*t.anna->server, QUuid::createUuid(), t.anna->id, 1,
                                   u"rule_remove"_s, {{u"key"_s, anna->rule.name}});
    CHECK(refused.state() == u"rejected"_s);

    // Removed by the lead: gone everywhere.
    REQUIRE(resultOf(lenaRules.remove(record->rule.id)).ok());
    CHECK(t.lena->push().applied == 1);
    t.anna->pull();
    CHECK(t.anna->value(u"SELECT count(*) FROM rules"_s) == u"0"_s);
}

TEST_CASE("A rule tags closes and assigns what the gateway polled and another station sees it",
          "[sync][automation]")
{
    TeamWithRules t;
    t.leadAddsRule(kRefundRule);
    t.gw->pull(); // the team's rules and people reach the gateway
    const qint64 item = t.poll(*t.gw, u"1"_s, u"Hello, I want a refund for order 42"_s);
    const qint64 other = t.poll(*t.gw, u"2"_s, u"Where is my parcel?"_s);
    t.gw->runRules({item, other});

    // At the gateway at once, then on the server once the ops are pushed.
    CHECK(t.gw->value(u"SELECT status FROM items WHERE id = %1"_s.arg(item)) == u"closed"_s);
    CHECK(t.gw->push().applied == 1);
    CHECK(text(*t.gw->server, u"SELECT status || ' ' || assignee || ' ' || priority FROM fd.items "
                              u"WHERE id = %1"_s.arg(item)) == u"closed anna 1"_s);
    CHECK(text(*t.gw->server, u"SELECT status || ' ' || coalesce(assignee, '-') FROM fd.items "
                              u"WHERE id = %1"_s.arg(other)) == u"new -"_s);

    // The operator's station: the item as the rule left it.
    t.anna->pull();
    CHECK(t.anna->value(u"SELECT i.status || ' ' || o.login || ' ' || i.priority FROM items i "
                        u"JOIN operators o ON o.id = i.assignee_id WHERE i.id = %1"_s.arg(item)) ==
          u"closed anna 1"_s);
    CHECK(t.anna->value(u"SELECT g.name FROM item_tags it JOIN tags g ON g.id = it.tag_id "
                        u"WHERE it.item_id = %1"_s.arg(item)) == u"billing"_s);

    // Journaled on the server under the rule's name, as a rule's doing.
    auto q = t.server.admin().exec(
        u"SELECT action FROM fd.journal WHERE item_id = ? AND operator = 'Refunds to Anna' "
        u"AND actor_kind = 'rule' ORDER BY id"_s,
        {item}, QString());
    REQUIRE(q.ok());
    QStringList actions;
    while (q.value().next())
        actions.append(q.value().value(0).toString());
    CHECK(actions ==
          QStringList{u"item.tagged"_s, u"item.priority"_s, u"item.assigned"_s, u"item.closed"_s});
}

TEST_CASE("A rule acts once on an item even when two gateway stations run it", "[sync][automation]")
{
    TeamWithRules t;
    t.server.addOperator(u"gw2"_s, u"gateway"_s);
    GatewayDesk second(t.server, u"gw2"_s, u"gateway-2"_s);
    t.leadAddsRule(kRefundRule);
    t.gw->pull();
    second.pull();
    const qint64 item = t.poll(*t.gw, u"7"_s, u"Refund please, the parcel never came"_s);

    // Both run the rule on the item (the turn moved between them, say) and both push.
    t.gw->runRules({item});
    second.runRules({item});
    t.gw->push();
    const PushReport late = second.push();
    CHECK(late.rejected == 0);

    CHECK(scalar(t.server.admin(),
                 u"SELECT count(*) FROM fd.rule_firings WHERE item_id = %1"_s.arg(item)) == 1);
    CHECK(scalar(t.server.admin(), u"SELECT count(*) FROM fd.journal WHERE item_id = %1 "
                                   u"AND action = 'item.tagged'"_s.arg(item)) == 1);
    CHECK(text(t.server.admin(), u"SELECT gateway FROM fd.rule_firings"_s) == u"gw"_s);

    // The second gateway takes the team's state back, as every station has it.
    second.pull();
    CHECK(second.value(u"SELECT status || ' ' || priority FROM items WHERE id = %1"_s.arg(item)) ==
          u"closed 1"_s);
}

TEST_CASE("Timer rules run at the gateway on the accounts it polls and act once",
          "[sync][automation]")
{
    TeamWithRules t;
    t.server.addOperator(u"gw2"_s, u"gateway"_s);
    GatewayDesk second(t.server, u"gw2"_s, u"gateway-2"_s);
    t.leadAddsRule(R"({"name": "Escalate", "trigger": "timer",
        "when": {"unanswered_minutes": {"min": 15}},
        "then": [{"priority": "urgent"}, {"notify": "Waiting a quarter of an hour"}]})");
    const qint64 item = t.poll(*t.gw, u"9"_s, u"Hello? Anyone there?"_s, 40 * 60);
    t.gw->pull();
    second.pull();

    auto tick = [](GatewayDesk &desk, const QSet<qint64> &accounts) {
        QFuture<StoreError> ran = desk.automation->runTimer(accounts);
        REQUIRE(waitFor([&ran] { return ran.isFinished(); }));
        REQUIRE(ran.result().ok());
    };
    // A gateway that polls another account leaves this one's items alone.
    tick(*t.gw, {t.account + 1});
    CHECK(t.gw->value(u"SELECT priority FROM items WHERE id = %1"_s.arg(item)) == u"0"_s);
    tick(*t.gw, {t.account});
    tick(*t.gw, {t.account}); // the next minute: done already
    CHECK(t.gw->push().applied == 1);
    // Its notice is the gateway's to show.
    CHECK(t.gw->value(u"SELECT notice FROM rule_firings WHERE item_id = %1"_s.arg(item)) ==
          u"Waiting a quarter of an hour"_s);
    // Another gateway's timer finds the rule done on the server.
    tick(second, {t.account});
    second.push();
    CHECK(text(t.server.admin(), u"SELECT priority || ' ' || (SELECT count(*) FROM fd.journal "
                                 u"WHERE action = 'item.priority' AND operator = 'Escalate') "
                                 u"FROM fd.items WHERE id = %1"_s.arg(item)) == u"2 1"_s);
}
