// Updates no real Telegram should send, among ordinary ones: the connector must neither crash
// nor stall, and no ordinary message may be lost.
#include "ConnectorHarness.h"

#include "connectors/telegram/TelegramNormalizer.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::HealthLog;
using fd::test::person;
using fd::test::TelegramHarness;
using fd::test::waitUntil;

namespace {

// A private-chat message as Telegram sends it, for variations.
QJsonObject privateMessage(qint64 messageId, qint64 userId, const QString &text)
{
    const QJsonObject user{{u"id"_s, userId}, {u"is_bot"_s, false}, {u"first_name"_s, u"Ада"_s}};
    QJsonObject chat = user;
    chat.remove(u"is_bot"_s);
    chat.insert(u"type"_s, u"private"_s);
    return QJsonObject{{u"message_id"_s, messageId},
                       {u"from"_s, user},
                       {u"chat"_s, chat},
                       {u"date"_s, qint64(1767225600)},
                       {u"text"_s, text}};
}

QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    o.insert(key, value);
    return o;
}

QJsonObject without(QJsonObject o, const QString &key)
{
    o.remove(key);
    return o;
}

// Updates of known types (so allowed_updates lets them through) with payloads that break the
// Bot API's rules.
QList<std::pair<QString, QJsonObject>> hostileKnownTypes(qint64 userId)
{
    const QJsonObject m = privateMessage(9001, userId, u"обычный текст"_s);
    QJsonObject nested = m;
    for (int depth = 0; depth < 40; ++depth)
        nested =
            with(privateMessage(9100 + depth, userId, u"вложено"_s), u"reply_to_message"_s, nested);
    return {
        // Wrong types.
        {u"message"_s, with(m, u"message_id"_s, u"не число"_s)},
        {u"message"_s, with(m, u"chat"_s, u"private"_s)},
        {u"message"_s, with(m, u"chat"_s, QJsonObject{{u"id"_s, u"abc"_s}, {u"type"_s, 5}})},
        {u"message"_s, with(m, u"from"_s, QJsonArray{1, 2, 3})},
        {u"message"_s, with(m, u"text"_s, QJsonObject{{u"text"_s, u"x"_s}})},
        {u"message"_s, with(m, u"text"_s, 12345)},
        {u"message"_s, with(m, u"date"_s, u"вчера"_s)},
        {u"message"_s, with(m, u"entities"_s, u"mention"_s)},
        {u"message"_s,
         with(with(with(m, u"entities"_s,
                        QJsonArray{QJsonObject{
                            {u"type"_s, u"mention"_s}, {u"offset"_s, -50}, {u"length"_s, 100000}}}),
                   u"text"_s, u"@"_s),
              u"chat"_s,
              QJsonObject{{u"id"_s, qint64(-1001234567890)}, {u"type"_s, u"supergroup"_s}})},
        {u"message"_s, with(m, u"message_id"_s, 1e300)},
        {u"message"_s, with(m, u"chat"_s, QJsonObject{{u"id"_s, -1e40}, {u"type"_s, u"group"_s}})},
        {u"edited_message"_s, with(m, u"edit_date"_s, QJsonArray())},
        {u"business_message"_s, with(m, u"business_connection_id"_s, 42)},
        {u"deleted_business_messages"_s, QJsonObject{{u"business_connection_id"_s, u"nope"_s},
                                                     {u"chat"_s, QJsonObject{{u"id"_s, userId}}},
                                                     {u"message_ids"_s, u"1,2,3"_s}}},
        // Missing fields.
        {u"message"_s, QJsonObject()},
        {u"message"_s, without(m, u"chat"_s)},
        {u"message"_s, without(m, u"message_id"_s)},
        {u"message"_s, without(without(m, u"from"_s), u"date"_s)},
        {u"edited_message"_s, QJsonObject{{u"message_id"_s, 1}}},
        {u"business_message"_s, without(m, u"business_connection_id"_s)},
        {u"deleted_business_messages"_s, QJsonObject()},
        {u"channel_post"_s, QJsonObject{{u"chat"_s, QJsonObject()}}},
        // Invalid nesting.
        {u"message"_s, with(m, u"message"_s, m)},
        {u"message"_s, with(m, u"reply_to_message"_s, QJsonArray{m, m})},
        {u"message"_s, with(m, u"reply_to_message"_s, u"9000"_s)},
        {u"message"_s,
         with(with(m, u"chat"_s,
                   QJsonObject{{u"id"_s, qint64(-1001234567890)}, {u"type"_s, u"supergroup"_s}}),
              u"reply_to_message"_s,
              QJsonObject{{u"is_automatic_forward"_s, true},
                          {u"message_id"_s, QJsonObject{{u"x"_s, 1}}},
                          {u"chat"_s, QJsonArray()}})},
        {u"message"_s, nested},
    };
}

} // namespace

TEST_CASE("Hostile updates among normal messages neither crash nor stall the connector")
{
    TelegramHarness h;
    TelegramSandboxBot *bot = h.bot();
    const auto anna = person(7123456789, u"Анна"_s, u"Петрова"_s, u"anna_p"_s);
    const auto hostile = hostileKnownTypes(anna.id);

    QStringList normal;
    qint64 last = 0;
    int n = 0;
    auto pushNormal = [&] {
        const auto p = bot->pushPrivateMessage(anna, u"Сообщение "_s + QString::number(++n));
        REQUIRE(p.queued());
        normal << TelegramNormalizer::messageId(p.chatId, p.messageId);
        last = p.updateId;
    };
    auto pushHostile = [&](const QString &type, const QJsonObject &payload) {
        const auto p = bot->pushUpdate(type, payload);
        REQUIRE(p.queued());
        last = p.updateId;
    };

    // Before the connector first asks, every update type is let through, unknown ones too.
    pushNormal();
    for (const auto &[type, payload] : hostile) {
        pushHostile(type, payload);
        pushNormal();
    }
    pushHostile(u"purchased_paid_media"_s, QJsonObject{{u"from"_s, QJsonObject{{u"id"_s, 1}}}});
    pushNormal();
    pushHostile(u"something_from_2031"_s, QJsonObject{{u"nested"_s, QJsonArray{QJsonArray{}}}});
    pushNormal();
    // A whole megabyte of text in one ordinary-looking message.
    const QString megabyte = QString(u"Очень длинное сообщение. "_s).repeated(1024 * 1024 / 45);
    REQUIRE(megabyte.toUtf8().size() >= 1000000);
    const auto huge = bot->pushPrivateMessage(anna, megabyte);
    REQUIRE(huge.queued());
    const QString hugeId = TelegramNormalizer::messageId(huge.chatId, huge.messageId);
    pushNormal();

    const Account account = h.addAccount(u"Frontshop bot"_s);
    TelegramConnector::Options options;
    options.longPollSeconds = 1;
    auto connector = h.connector(account, h.token(), options);
    HealthLog health(connector.get());
    connector->start();

    {
        const bool passed = waitUntil(
            [&] { return h.cursor(account.id) == last + 1 && bot->pendingCount() == 0; }, 20000);
        INFO(health.describe().toStdString());
        INFO("cursor " << h.cursor(account.id) << ", last update " << last);
        REQUIRE(passed);
    }

    // More of the same while it long-polls (of known types only: allowed_updates is set now).
    for (const auto &[type, payload] : hostile) {
        pushHostile(type, payload);
        pushNormal();
    }
    {
        const bool passed = waitUntil(
            [&] { return h.cursor(account.id) == last + 1 && bot->pendingCount() == 0; }, 20000);
        INFO(health.describe().toStdString());
        INFO("cursor " << h.cursor(account.id) << ", last update " << last);
        REQUIRE(passed);
    }
    CHECK(connector->health() == AccountHealth::Polling);
    connector->stop();

    const QStringList stored = h.storedIds(account.id);
    const QSet<QString> storedSet(stored.cbegin(), stored.cend());
    for (const QString &id : std::as_const(normal)) {
        INFO(id.toStdString());
        CHECK(storedSet.contains(id));
    }
    CHECK(stored.size() == storedSet.size());
    // The long message is kept in part, marked as shortened.
    const std::optional<ItemRow> hugeRow = h.item(account.id, hugeId);
    REQUIRE(hugeRow);
    CHECK(hugeRow->item.truncated);
    CHECK(megabyte.startsWith(hugeRow->item.text));
    CHECK(fd::test::storeProblems(h.store.path()).isEmpty());
}
