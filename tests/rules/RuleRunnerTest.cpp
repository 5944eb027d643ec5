#include "RulesTestSupport.h"

#include "console/Outbox.h"
#include "rules/RuleRunner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;

TEST_CASE("Rule notices are told once and platform actions the rules queued go to the outbox")
{
    RulesStore s;
    const qint64 acc = s.addAccount(Platform::Vk, u"Shop VK"_s);
    addRule(s.store(), R"({"name": "Refunds", "when": {"keywords": ["refund"]},
        "then": [{"notify": "{author.name} asks for a refund"}, {"hide": true}]})");
    // A notice from before the runner started is not told again.
    REQUIRE(ingest(s.store(), {acc, {makeItem(u"0"_s, u"refund old"_s)}, {}, {}}).ok());

    RuleRunner runner(s.store(), s.hook);
    QStringList heard;
    int queued = 0;
    QObject::connect(&runner, &RuleRunner::notice, &runner,
                     [&](const QString &title, const QString &text, qint64) {
                         heard << title + u" | "_s + text;
                     });
    QObject::connect(&runner, &RuleRunner::outboxQueued, &runner, [&] { ++queued; });
    runner.check();
    CHECK(heard.isEmpty());
    CHECK(queued == 0);

    REQUIRE(
        ingest(s.store(), {acc, {makeItem(u"1"_s, u"I want a refund"_s, u"b"_s, u"Bob"_s)}, {}, {}})
            .ok());
    runner.check();
    CHECK(heard == QStringList{u"Refunds · Shop VK | Bob asks for a refund"_s});
    CHECK(queued == 1);
    runner.check();
    CHECK(heard.size() == 1);
    CHECK(queued == 1);

    // The outbox sends what the rules queued (both hides); this station holds no token, so each
    // fails saying so.
    Outbox outbox(s.store(), Actor::local(), [](qint64) { return nullptr; });
    QStringList states;
    QObject::connect(&outbox, &Outbox::changed, &outbox,
                     [&](qint64, qint64, Outbox::State state, const QString &why) {
                         states << Outbox::stateName(state) + u' ' + why.left(30);
                     });
    outbox.sendQueued();
    const QDeadlineTimer deadline(10000);
    auto failures = [&] { return states.filter(Outbox::stateName(Outbox::State::Failed)).size(); };
    while (failures() < 2 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    REQUIRE(failures() == 2);
    CHECK(states.filter(u"holds no token"_s).size() == 2);
    CHECK(scalar(s.store(), u"SELECT count(*) FROM outbox WHERE state = 'failed'"_s) == u"2"_s);
}
