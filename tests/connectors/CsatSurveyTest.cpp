// A customer survey end to end over real HTTP: an operator closes a Telegram chat, the survey
// goes out through the outbox to the sandbox once, the customer's "5" comes back through the
// connector and is credited to that operator.
#include "ConnectorHarness.h"

#include "connectors/telegram/TelegramNormalizer.h"
#include "console/CsatSettings.h"
#include "console/CsatWatcher.h"
#include "console/InboxActions.h"
#include "console/Outbox.h"
#include "stats/CsatReport.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::waitUntil;

TEST_CASE("Telegram: a survey follows an operator's closing once and its rating is credited",
          "[csat]")
{
    fd::test::TelegramHarness h;
    const auto anna = fd::test::person(7123456789, u"Анна"_s, u"Петрова"_s, u"anna_p"_s);
    const auto dm = h.bot()->pushPrivateMessage(anna, u"Где мой заказ?"_s);
    const Account account = h.addAccount(u"Frontshop bot"_s);
    TelegramConnector::Options options;
    options.longPollSeconds = 1;
    auto connector = h.connector(account, h.token(), options);
    connector->start();
    REQUIRE(waitUntil([&] { return h.cursor(account.id) >= dm.updateId + 1; }));
    const auto row = h.item(account.id, TelegramNormalizer::messageId(dm.chatId, dm.messageId));
    REQUIRE(row);

    const Actor irina{0, u"irina"_s, u"Ирина"_s, u"desk-3"_s};
    InboxActions actions(h.store.store(), irina);
    Template t;
    t.title = u"Survey"_s;
    t.body = u"{author.first_name}, rate our help from 1 to 5, please."_s;
    const auto templateId = fd::test::resultOf(actions.saveTemplate(t));
    REQUIRE(templateId.ok());
    CsatSettings settings;
    settings.enabled = true;
    settings.templateId = *templateId;
    REQUIRE(fd::test::resultOf(h.store->write([settings](const QSqlDatabase &db) {
                return saveCsatSettings(db, settings);
            })).ok());

    Outbox outbox(h.store.store(), irina,
                  [&](qint64 id) { return id == account.id ? connector.get() : nullptr; });
    CsatWatcher watcher(h.store.store());
    QObject::connect(&watcher, &CsatWatcher::surveysQueued, &outbox, &Outbox::sendQueued);
    QSignalSpy answered(&watcher, &CsatWatcher::answered);

    REQUIRE(fd::test::resultOf(actions.close({row->item.id})).ok());
    REQUIRE(fd::test::resultOf(watcher.check()).ok());
    REQUIRE(waitUntil([&] { return h.sandbox->writeCalls(u"sendMessage"_s).size() == 1; }));
    const auto call = h.sandbox->writeCalls(u"sendMessage"_s).first();
    CHECK(call.parameters.value(u"text"_s) == u"Анна, rate our help from 1 to 5, please."_s);
    CHECK(call.parameters.value(u"chat_id"_s) == QString::number(dm.chatId));
    // Sent, and the survey joins the conversation; the customer's item stays closed.
    REQUIRE(waitUntil([&] {
        const auto entries = outbox.entriesFor(row->item.id);
        return entries.ok() && entries->size() == 1 &&
               entries->first().state == Outbox::State::Sent;
    }));
    REQUIRE(waitUntil([&] { return h.items(account.id).size() == 2; }));
    CHECK(h.item(account.id, row->item.externalId)->item.status == ItemStatus::Closed);

    // Closing again (the outbox's "send and close" is journaled too) sends nothing more.
    REQUIRE(fd::test::resultOf(actions.reopen({row->item.id})).ok());
    REQUIRE(fd::test::resultOf(actions.close({row->item.id})).ok());
    REQUIRE(fd::test::resultOf(watcher.check()).ok());

    const auto reply = h.bot()->pushPrivateMessage(anna, u"5 из 5, спасибо!"_s);
    REQUIRE(waitUntil([&] { return h.cursor(account.id) >= reply.updateId + 1; }));
    REQUIRE(fd::test::resultOf(watcher.check()).ok());
    REQUIRE(waitUntil([&] { return answered.count() == 1; }));
    CHECK(h.sandbox->writeCalls(u"sendMessage"_s).size() == 1);
    const auto rating =
        h.item(account.id, TelegramNormalizer::messageId(reply.chatId, reply.messageId));
    REQUIRE(rating);
    CHECK(rating->item.status == ItemStatus::Closed);

    const auto report = csatReport(*h.store->reader(), {}, {}, CsatGrouping::Operator);
    REQUIRE(report.ok());
    REQUIRE(report->groups.size() == 1);
    CHECK(report->groups[0].name == u"Ирина"_s);
    CHECK(report->groups[0].sent == 1);
    CHECK(report->groups[0].answered == 1);
    CHECK(*report->groups[0].csatPercent() == Approx(100.0));
    CHECK(*report->total.responseRate() == Approx(100.0));

    // The same figures from the command line, as CSV.
    const auto run =
        fd::test::runProgram(QStringLiteral(FRONTDESK_CTL), {u"--db"_s, h.store.path(), u"csat"_s,
                                                             u"--by"_s, u"operator"_s, u"--csv"_s});
    INFO(run.err.toStdString());
    CHECK(run.code == 0);
    CHECK(run.out == u"operator,sent,answered,positive,response_rate_percent,csat_percent,"
                     u"average_rating\r\nИрина,1,1,1,100.0,100.0,5.00\r\n"
                     u"total,1,1,1,100.0,100.0,5.00\r\n"_s);
}
