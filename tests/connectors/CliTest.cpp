// frontdeskctl as an operator or admin uses it, against the sandbox in this process, with the
// token in the real Secret Service of the test run.
#include "ConnectorHarness.h"

#include "store/ItemQueries.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace {

using Run = fd::test::ProgramRun;

// Runs frontdeskctl while this process keeps serving the sandbox.
Run ctl(const QStringList &args, const QByteArray &stdinData = {},
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return fd::test::runProgram(QStringLiteral(FRONTDESK_CTL), args, stdinData, env);
}

} // namespace

TEST_CASE("An admin connects a bot, polls it, and an operator replies from the command line",
          "[cli]")
{
    fd::test::TelegramHarness h;
    const auto anna = fd::test::person(7123456789, u"Анна"_s, u"Петрова"_s, u"anna_p"_s);
    h.bot()->pushPrivateMessage(anna, u"Где мой заказ?"_s);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"cli.db"_s);
    const QString base = h.sandbox->apiBaseUrl().toString();

    const Run add = ctl({u"--db"_s, db, u"account"_s, u"add"_s, u"telegram"_s, u"--name"_s,
                         u"Frontshop"_s, u"--api-base"_s, base},
                        h.token().toUtf8() + "\n");
    INFO(add.err.toStdString());
    REQUIRE(add.code == 0);
    CHECK(add.out.contains(u"keychain"_s));
    CHECK_FALSE(add.out.contains(h.token())); // the token is never printed

    const Run poll = ctl({u"--db"_s, db, u"poll"_s, u"--once"_s});
    INFO(poll.err.toStdString());
    REQUIRE(poll.code == 0);
    CHECK(poll.out.contains(u"1 new items stored"_s));

    const Run list = ctl({u"--db"_s, db, u"items"_s, u"--json"_s});
    REQUIRE(list.code == 0);
    const QJsonObject item =
        QJsonDocument::fromJson(list.out.section(u'\n', 0, 0).toUtf8()).object();
    CHECK(item.value(u"text"_s).toString() == u"Где мой заказ?"_s);
    CHECK(item.value(u"author"_s).toObject().value(u"handle"_s).toString() == u"anna_p"_s);
    const QString id = QString::number(item.value(u"id"_s).toVariant().toLongLong());

    const QString reply = u"Здравствуйте! 👋 a+b & c%d=e\nЗаказ #1234 уже в пути."_s;
    const Run sent = ctl({u"--db"_s, db, u"reply"_s, id, reply});
    INFO(sent.err.toStdString());
    REQUIRE(sent.code == 0);
    const auto calls = h.sandbox->writeCalls(u"sendMessage"_s);
    REQUIRE(calls.size() == 1);
    CHECK(calls.first().parameters.value(u"text"_s) == reply); // byte for byte

    // The reply joins the conversation, the item waits for the customer, the journal has it.
    auto opened = Store::open(db);
    REQUIRE(opened.ok());
    ItemQueries q(*opened.value()->reader());
    const auto original = q.item(id.toLongLong());
    REQUIRE(original.ok());
    CHECK(original->item.status == ItemStatus::Waiting);
    const auto thread = q.thread(original->item.threadId);
    REQUIRE(thread.ok());
    REQUIRE(thread->items.size() == 2);
    CHECK(thread->items.last().item.direction == Direction::Outgoing);
    CHECK(thread->items.last().item.text == reply);
    const auto journal = q.journal({id.toLongLong(), {}, u"item.replied"_s}, 10);
    REQUIRE(journal->size() == 1);
    CHECK(journal->first().after == reply);
}

TEST_CASE("Without a keychain an account is not added and the admin is told why", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"nokeychain.db"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
    const Run add =
        ctl({u"--db"_s, db, u"account"_s, u"add"_s, u"telegram"_s, u"--name"_s, u"Frontshop"_s},
            "123456789:AAH-secret-token\n", env);
    CHECK(add.code == 1);
    CHECK(add.err.contains(u"keychain"_s, Qt::CaseInsensitive));
    CHECK(add.err.contains(u"not added"_s));
    CHECK_FALSE(add.err.contains(u"AAH-secret-token"_s));
    const Run list = ctl({u"--db"_s, db, u"account"_s, u"list"_s, u"--json"_s});
    CHECK(list.out.trimmed().isEmpty());
    // Nothing was written anywhere in plain text.
    QFile file(db);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains("AAH-secret-token"));
}

TEST_CASE("An admin connects a VK community with an administrator's token, and an operator "
          "answers and deletes from the command line",
          "[cli]")
{
    fd::test::VkHarness h(
        {VkSandboxCommunity::Config::demo(0), VkSandboxCommunity::Config::demo(1)});
    VkSandboxCommunity *shop = h.community(0);
    VkSandboxCommunity *other = h.community(1);
    const auto vera = fd::test::vkPerson(611000001, u"Вера"_s, u"Соколова"_s, u"vera_s"_s);
    shop->addUser(vera);
    other->addUser(vera);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"cli-vk.db"_s);
    const QString base = h.sandbox->apiBaseUrl().toString();

    const QString token = shop->config().token;
    const QString userToken = shop->config().userToken;
    const Run add = ctl({u"--db"_s, db, u"account"_s, u"add"_s, u"vk"_s, u"--name"_s,
                         u"Frontshop"_s, u"--api-base"_s, base, u"--user-token"_s},
                        token.toUtf8() + "\n" + userToken.toUtf8() + "\n");
    INFO(add.err.toStdString());
    REQUIRE(add.code == 0);
    CHECK(add.out.contains(u"tokens are in the system keychain"_s));
    CHECK_FALSE(add.out.contains(token));
    CHECK_FALSE(add.out.contains(userToken));
    const Run addOther = ctl({u"--db"_s, db, u"account"_s, u"add"_s, u"vk"_s, u"--name"_s,
                              u"Second shop"_s, u"--api-base"_s, base},
                             other->config().token.toUtf8() + "\n");
    REQUIRE(addOther.code == 0);
    CHECK(addOther.out.contains(u"cannot delete comments or ban"_s));

    // The first round finds where the present is; what is written after it arrives next time.
    REQUIRE(ctl({u"--db"_s, db, u"poll"_s, u"--once"_s}).code == 0);
    const auto post = shop->pushWallPost(u"Новинки недели"_s);
    shop->pushWallReply(vera, post.id, u"Есть размер M?"_s);
    const auto otherPost = other->pushWallPost(u"Акция"_s);
    other->pushWallReply(vera, otherPost.id, u"Спам http://x.example"_s);
    const Run poll = ctl({u"--db"_s, db, u"poll"_s, u"--once"_s});
    INFO(poll.err.toStdString());
    REQUIRE(poll.code == 0);
    CHECK(poll.out.contains(u"2 new items stored"_s));

    const Run list = ctl({u"--db"_s, db, u"items"_s, u"--json"_s});
    REQUIRE(list.code == 0);
    QString shopItem;
    QString otherItem;
    for (const QString &line : list.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject item = QJsonDocument::fromJson(line.toUtf8()).object();
        const QString id = QString::number(item.value(u"id"_s).toVariant().toLongLong());
        CHECK(item.value(u"author"_s).toObject().value(u"name"_s).toString() == u"Вера Соколова"_s);
        (item.value(u"text"_s).toString().startsWith(u"Спам"_s) ? otherItem : shopItem) = id;
    }
    REQUIRE_FALSE(shopItem.isEmpty());
    REQUIRE_FALSE(otherItem.isEmpty());

    const QString reply = u"Да, есть! 👋 M+L & 10% скидка\nЗаходите."_s;
    const Run sent = ctl({u"--db"_s, db, u"reply"_s, shopItem, reply});
    INFO(sent.err.toStdString());
    REQUIRE(sent.code == 0);
    const auto created = h.sandbox->writeCalls(u"wall.createComment"_s);
    REQUIRE(created.size() == 1);
    CHECK(created.first().parameters.value(u"message"_s) == reply);

    const Run deleted = ctl({u"--db"_s, db, u"delete"_s, shopItem});
    INFO(deleted.err.toStdString());
    REQUIRE(deleted.code == 0);
    const auto deletions = h.sandbox->writeCalls(u"wall.deleteComment"_s);
    REQUIRE(deletions.size() == 1);
    CHECK(deletions.first().tokenKind == u"user"_s); // the administrator's token from the keychain

    // The second community has only its community token: the operator is told why not.
    const Run refused = ctl({u"--db"_s, db, u"delete"_s, otherItem});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(u"community token cannot delete"_s));
    CHECK(h.sandbox->writeCalls(u"wall.deleteComment"_s).size() == 1);
}
