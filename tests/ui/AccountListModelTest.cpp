#include "UiTestSupport.h"

#include "AccountListModel.h"
#include "store/ItemQueries.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::ui::AccountListModel;

TEST_CASE("The accounts panel says which account stopped and why", "[ui][accounts]")
{
    fd::test::TempStore s;
    const qint64 bot = s.addAccount(Platform::Telegram, u"Shop bot"_s);
    const qint64 vk = s.addAccount(Platform::Vk, u"Shop community"_s);
    ItemQueries queries(*s->reader());

    fd::test::ModelTesterLog log;
    AccountListModel model(queries, nullptr);
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, AccountListModel::Name).data().toString() == u"Shop bot"_s);
    CHECK(model.index(0, AccountListModel::Health).data().toString() == u"Not polled here"_s);
    CHECK(model.index(0, AccountListModel::LastSuccess).data().toString() == u"never"_s);

    const QString why =
        u"Fetching updates: Telegram refused the bot token (Unauthorized). Check the "
        u"token with @BotFather and add the account again."_s;
    auto f = s->setAccountHealth(bot, AccountHealth::Stopped, why, {}, false);
    f.waitForFinished();
    auto g = s->setAccountHealth(vk, AccountHealth::Polling, QString(), {}, true);
    g.waitForFinished();
    model.reload();
    CHECK(model.index(0, AccountListModel::Health).data().toString() == u"Stopped"_s);
    CHECK(model.index(0, AccountListModel::Problem).data().toString() == why);
    CHECK(model.index(0, AccountListModel::Health).data(Qt::ForegroundRole).isValid());
    CHECK(model.index(1, AccountListModel::Health).data().toString() == u"Polling"_s);
    CHECK(model.index(1, AccountListModel::LastSuccess).data().toString() != u"never"_s);
    INFO(fd::test::ModelTesterLog::failures().toStdString());
    CHECK(fd::test::ModelTesterLog::failures().isEmpty());
}
