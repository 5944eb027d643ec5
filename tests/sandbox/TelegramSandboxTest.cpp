// The Telegram sandbox as a connector sees it: envelopes, tokens, the write methods and the
// payloads of messages, channel posts and comments.
#include "SandboxClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::person;
using fd::test::Reply;
using fd::test::TelegramFixture;

namespace {

QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

void checkError(const Reply &r, int code, const QString &description)
{
    INFO(r.body.toStdString());
    CHECK(r.status == code);
    CHECK(r.header("Content-Type") == "application/json");
    const QJsonObject o = r.json();
    CHECK(keys(o) == QStringList{u"description"_s, u"error_code"_s, u"ok"_s});
    CHECK(o.value(u"ok"_s) == QJsonValue(false));
    CHECK(o.value(u"error_code"_s).toInteger() == code);
    CHECK(o.value(u"description"_s).toString() == description);
}

} // namespace

TEST_CASE("Telegram sandbox: success and error envelopes")
{
    TelegramFixture f;

    const Reply me = f.client->get(u"getMe"_s);
    REQUIRE(me.status == 200);
    CHECK(me.header("Content-Type") == "application/json");
    CHECK(me.body.startsWith("{\"ok\":true,\"result\":{"));
    CHECK(keys(me.json()) == QStringList{u"ok"_s, u"result"_s});
    const QJsonObject bot = me.result().toObject();
    CHECK(bot.value(u"id"_s).toInteger() == f.bot->id());
    CHECK(f.bot->id() > qint64(1) << 32);
    CHECK(bot.value(u"is_bot"_s) == QJsonValue(true));
    CHECK(bot.value(u"username"_s) == u"frontshop_support_bot"_s);
    CHECK(bot.value(u"can_read_all_group_messages"_s) == QJsonValue(true));

    checkError(f.client->get(u"getNothing"_s), 404, u"Not Found"_s);
    checkError(f.client->call(u"getChat"_s), 400, u"Bad Request: chat_id is empty"_s);
    checkError(f.client->call(u"getChat"_s, {{u"chat_id"_s, u"12345"_s}}), 400,
               u"Bad Request: chat not found"_s);
    checkError(
        f.client->call(u"sendMessage"_s, {{u"chat_id"_s, u"@nobody"_s}, {u"text"_s, u"x"_s}}), 400,
        u"Bad Request: chat not found"_s);
}

TEST_CASE("Telegram sandbox: malformed and unknown tokens")
{
    TelegramFixture f;
    const QString invalid = u"Unauthorized: invalid token specified"_s;
    const auto getMe = [&](const QString &token) {
        QUrl url = f.sandbox->apiBaseUrl();
        url.setPath(u"/bot"_s + token + u"/getMe"_s, QUrl::TolerantMode);
        return fd::test::SandboxClient::wait(f.client->nam().get(QNetworkRequest(url)));
    };
    checkError(getMe(u"123456789"_s), 401, invalid);              // no ':'
    checkError(getMe(u"123456789:AA%2Fbb"_s), 401, invalid);      // '/' inside
    checkError(getMe(u"0123456789:AAbb"_s), 401, invalid);        // leading '0'
    checkError(getMe(u"1:"_s + QString(80, u'a')), 401, invalid); // too long
    checkError(getMe(u"123456789:AAwellFormedButUnknown"_s), 401, u"Unauthorized"_s);
    CHECK(getMe(f.bot->config().token).status == 200);
}

TEST_CASE("Telegram sandbox: method names are case-insensitive, GET and POST both work")
{
    TelegramFixture f;
    CHECK(f.client->get(u"GETME"_s).status == 200);
    CHECK(f.client->get(u"getme"_s).status == 200);
    CHECK(f.client->call(u"getMe"_s).status == 200);
    CHECK(f.client->postJson(u"getMe"_s, {}).status == 200);
    // The test environment's path form.
    CHECK(f.client->get(u"test/getMe"_s).status == 200);
    CHECK(f.sandbox->requestCount(u"getMe"_s) == 5);
}

TEST_CASE("Telegram sandbox: sendMessage keeps every byte of a form-encoded text")
{
    TelegramFixture f;
    const auto anna = person(7123456789, u"Анна"_s, u"Петрова"_s, u"anna_p"_s, u"ru"_s);
    f.bot->pushPrivateMessage(anna, u"Здравствуйте"_s);
    const QString text =
        u"Здравствуйте, Анна! 😀 Цена 2+2=4 & скидка 100% — «ок»?\nВторая строка\r\nthird %41 +"_s;
    QSignalSpy recorded(f.sandbox.get(), &TelegramSandbox::writeCallRecorded);

    SECTION("form body, values percent-encoded ('+' as %2B)")
    {
        const Reply r = f.client->postForm(
            u"sendMessage"_s, {{u"chat_id"_s, QString::number(anna.id)}, {u"text"_s, text}});
        REQUIRE(r.status == 200);
        CHECK(f.client->formBody({{u"t"_s, u"a+b"_s}}) == "t=a%2Bb");
        const QJsonObject sent = r.result().toObject();
        CHECK(sent.value(u"text"_s).toString() == text);
        CHECK(sent.value(u"chat"_s).toObject().value(u"id"_s).toInteger() == anna.id);
        CHECK(sent.value(u"from"_s).toObject().value(u"is_bot"_s) == QJsonValue(true));
    }
    SECTION("JSON body")
    {
        const Reply r =
            f.client->postJson(u"sendMessage"_s, {{u"chat_id"_s, anna.id}, {u"text"_s, text}});
        REQUIRE(r.status == 200);
        CHECK(r.result().toObject().value(u"text"_s).toString() == text);
    }
    SECTION("query string")
    {
        QUrl url = f.client->url(u"sendMessage"_s);
        url.setQuery(u"chat_id="_s + QString::number(anna.id) + u"&text="_s +
                         QString::fromLatin1(QUrl::toPercentEncoding(text)),
                     QUrl::StrictMode);
        const Reply r = fd::test::SandboxClient::wait(f.client->nam().get(QNetworkRequest(url)));
        REQUIRE(r.status == 200);
    }

    REQUIRE(recorded.size() == 1);
    const TelegramSandbox::WriteCall call = f.sandbox->writeCalls(u"sendMessage"_s).value(0);
    CHECK(call.ok());
    CHECK(call.botId == f.bot->id());
    CHECK(call.parameters.value(u"text"_s) == text);
    CHECK(call.parameters.value(u"chat_id"_s) == QString::number(anna.id));
    CHECK(call.parameters.value(u"text"_s).toUtf8() == text.toUtf8());
}

TEST_CASE("Telegram sandbox: QUrlQuery leaves '+' alone, so the server reads a space")
{
    // The pitfall the connectors must avoid, shown against the server's decoding.
    TelegramFixture f;
    const auto anna = person(7123456789, u"Anna"_s);
    f.bot->pushPrivateMessage(anna, u"hi"_s);
    QUrlQuery naive;
    naive.addQueryItem(u"chat_id"_s, QString::number(anna.id));
    naive.addQueryItem(u"text"_s, u"2+2"_s);
    QNetworkRequest request(f.client->url(u"sendMessage"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    const Reply r = fd::test::SandboxClient::wait(
        f.client->nam().post(request, naive.query(QUrl::FullyEncoded).toUtf8()));
    REQUIRE(r.status == 200);
    CHECK(f.sandbox->writeCalls().value(0).parameters.value(u"text"_s) == u"2 2"_s);
}

TEST_CASE("Telegram sandbox: sendMessage validates the text and the chat")
{
    TelegramFixture f;
    const auto anna = person(7123456789, u"Anna"_s);
    f.bot->pushPrivateMessage(anna, u"hi"_s);
    const QString chat = QString::number(anna.id);
    checkError(f.client->call(u"sendMessage"_s, {{u"chat_id"_s, chat}, {u"text"_s, u" \n "_s}}),
               400, u"Bad Request: message text is empty"_s);
    checkError(f.client->call(u"sendMessage"_s, {{u"chat_id"_s, chat}}), 400,
               u"Bad Request: message text is empty"_s);
    checkError(
        f.client->call(u"sendMessage"_s, {{u"chat_id"_s, chat}, {u"text"_s, QString(4097, u'я')}}),
        400, u"Bad Request: message is too long"_s);
    CHECK(f.client->call(u"sendMessage"_s, {{u"chat_id"_s, chat}, {u"text"_s, QString(4096, u'я')}})
              .status == 200);
    checkError(f.client->call(u"sendMessage"_s, {{u"text"_s, u"hi"_s}}), 400,
               u"Bad Request: chat_id is empty"_s);
    checkError(
        f.client->call(u"sendMessage"_s, {{u"chat_id"_s, u"7000000001"_s}, {u"text"_s, u"hi"_s}}),
        400, u"Bad Request: chat not found"_s);
    // Refused calls are recorded too, with the error.
    const auto calls = f.sandbox->writeCalls(u"sendMessage"_s);
    REQUIRE(calls.size() == 6);
    CHECK(calls.at(0).errorCode == 400);
    CHECK(calls.at(0).description == u"Bad Request: message text is empty"_s);
    CHECK(calls.at(3).ok());
}

TEST_CASE("Telegram sandbox: a channel post, its automatic forward and the comments under it")
{
    TelegramFixture f;
    const TelegramSandboxBot::Config &c = f.bot->config();
    const TelegramSandboxBot::ChannelPost post =
        f.bot->pushChannelPost(u"Наша весенняя распродажа: до -40%"_s);
    const auto olga = person(7300000001, u"Ольга"_s, u"Смирнова"_s, u"olga_s"_s, u"ru"_s);
    const auto james = person(412345678, u"James"_s, u"Brown"_s, {}, u"en"_s);
    const TelegramSandboxBot::Pushed comment =
        f.bot->pushComment(olga, post.forward.messageId, u"А доставка в Казань будет?"_s);
    const TelegramSandboxBot::Pushed reply = f.bot->pushComment(
        james, post.forward.messageId, u"@olga_s yes, they ship there"_s, comment.messageId);

    const Reply r = f.client->get(u"getUpdates"_s);
    REQUIRE(r.status == 200);
    const QJsonArray updates = r.result().toArray();
    REQUIRE(updates.size() == 4);

    const QJsonObject channelPost = updates.at(0).toObject().value(u"channel_post"_s).toObject();
    const QJsonObject channel = channelPost.value(u"chat"_s).toObject();
    CHECK(channel.value(u"id"_s).toInteger() == c.channelId);
    CHECK(channel.value(u"type"_s) == u"channel"_s);
    CHECK(channelPost.value(u"sender_chat"_s).toObject() == channel);
    CHECK_FALSE(channelPost.contains(u"from"_s));

    const QJsonObject forward = updates.at(1).toObject().value(u"message"_s).toObject();
    CHECK(forward.value(u"is_automatic_forward"_s) == QJsonValue(true));
    CHECK(forward.value(u"chat"_s).toObject().value(u"id"_s).toInteger() == c.groupId);
    CHECK(forward.value(u"chat"_s).toObject().value(u"type"_s) == u"supergroup"_s);
    CHECK(forward.value(u"sender_chat"_s).toObject() == channel);
    CHECK(forward.value(u"from"_s).toObject() ==
          QJsonObject{{u"id"_s, 777000}, {u"is_bot"_s, false}, {u"first_name"_s, u"Telegram"_s}});
    const QJsonObject origin = forward.value(u"forward_origin"_s).toObject();
    CHECK(origin.value(u"type"_s) == u"channel"_s);
    CHECK(origin.value(u"chat"_s).toObject() == channel);
    CHECK(origin.value(u"message_id"_s).toInteger() == post.post.messageId);
    CHECK(origin.value(u"date"_s) == channelPost.value(u"date"_s));
    CHECK(forward.value(u"text"_s) == channelPost.value(u"text"_s));

    const QJsonObject first = updates.at(2).toObject().value(u"message"_s).toObject();
    CHECK(first.value(u"message_thread_id"_s).toInteger() == post.forward.messageId);
    CHECK(first.value(u"reply_to_message"_s).toObject() == forward);
    const QJsonObject from = first.value(u"from"_s).toObject();
    CHECK(from.value(u"id"_s).toInteger() == olga.id);
    CHECK(from.value(u"is_bot"_s) == QJsonValue(false));
    CHECK(from.value(u"first_name"_s) == u"Ольга"_s);
    CHECK(from.value(u"last_name"_s) == u"Смирнова"_s);
    CHECK(from.value(u"username"_s) == u"olga_s"_s);
    CHECK(from.value(u"language_code"_s) == u"ru"_s);

    const QJsonObject second = updates.at(3).toObject().value(u"message"_s).toObject();
    CHECK(second.value(u"message_id"_s).toInteger() == reply.messageId);
    CHECK(second.value(u"message_thread_id"_s).toInteger() == post.forward.messageId);
    const QJsonObject answered = second.value(u"reply_to_message"_s).toObject();
    CHECK(answered.value(u"message_id"_s).toInteger() == comment.messageId);
    CHECK_FALSE(answered.contains(u"reply_to_message"_s)); // no nested replies
    CHECK(second.value(u"entities"_s).toArray().at(0).toObject() ==
          QJsonObject{{u"offset"_s, 0}, {u"length"_s, 7}, {u"type"_s, u"mention"_s}});
    CHECK_FALSE(second.value(u"from"_s).toObject().contains(u"username"_s));

    // The channel and the group point at each other.
    const Reply channelInfo = f.client->call(u"getChat"_s, {{u"chat_id"_s, u"@frontshop"_s}});
    CHECK(channelInfo.result().toObject().value(u"linked_chat_id"_s).toInteger() == c.groupId);
    const Reply groupInfo =
        f.client->call(u"getChat"_s, {{u"chat_id"_s, QString::number(c.groupId)}});
    CHECK(groupInfo.result().toObject().value(u"linked_chat_id"_s).toInteger() == c.channelId);
    CHECK(groupInfo.result().toObject().value(u"type"_s) == u"supergroup"_s);

    // Answering the comment: reply_parameters as a JSON-serialised form field.
    const Reply sent = f.client->call(
        u"sendMessage"_s, {{u"chat_id"_s, QString::number(c.groupId)},
                           {u"text"_s, u"Да, доставляем!"_s},
                           {u"reply_parameters"_s,
                            u"{\"message_id\":"_s + QString::number(comment.messageId) + u"}"_s}});
    REQUIRE(sent.status == 200);
    const QJsonObject message = sent.result().toObject();
    CHECK(message.value(u"reply_to_message"_s).toObject().value(u"message_id"_s).toInteger() ==
          comment.messageId);
    CHECK(message.value(u"message_thread_id"_s).toInteger() == post.forward.messageId);
    CHECK(message.value(u"chat"_s).toObject().value(u"id"_s).toInteger() == c.groupId);
    CHECK(message.value(u"message_id"_s).toInteger() > reply.messageId);
}

TEST_CASE("Telegram sandbox: 64-bit chat and user ids come through exactly")
{
    TelegramFixture f;
    const qint64 userId = 9007199254740993; // 2^53 + 1: a double would lose it
    const auto big = person(userId, u"Big"_s, u"Number"_s);
    f.bot->pushPrivateMessage(big, u"hello"_s);
    f.bot->pushGroupMessage(big, u"@frontshop hi"_s);

    const Reply r = f.client->get(u"getUpdates"_s);
    REQUIRE(r.status == 200);
    CHECK(r.body.contains("\"id\":9007199254740993"));
    CHECK(r.body.contains("\"id\":-1001234567890"));
    const QJsonArray updates = r.result().toArray();
    const QJsonObject dm = updates.at(0).toObject().value(u"message"_s).toObject();
    CHECK(dm.value(u"chat"_s).toObject().value(u"id"_s).toInteger() == userId);
    CHECK(dm.value(u"from"_s).toObject().value(u"id"_s).toInteger() == userId);
    const QJsonObject group = updates.at(1).toObject().value(u"message"_s).toObject();
    CHECK(group.value(u"chat"_s).toObject().value(u"id"_s).toInteger() == -1001234567890);

    // And back: a JSON number and a decimal string both address the chat.
    const Reply viaJson =
        f.client->postJson(u"sendMessage"_s, {{u"chat_id"_s, userId}, {u"text"_s, u"hi"_s}});
    CHECK(viaJson.status == 200);
    const Reply viaForm = f.client->call(
        u"sendMessage"_s, {{u"chat_id"_s, u"-1001234567890"_s}, {u"text"_s, u"hi"_s}});
    CHECK(viaForm.status == 200);
    CHECK(f.sandbox->writeCalls().value(0).parameters.value(u"chat_id"_s) == u"9007199254740993"_s);
}

TEST_CASE("Telegram sandbox: reply_parameters in a JSON body, and replies that miss")
{
    TelegramFixture f;
    const auto anna = person(7123456789, u"Anna"_s);
    const TelegramSandboxBot::Pushed dm = f.bot->pushPrivateMessage(anna, u"Where is my order?"_s);

    const Reply r = f.client->postJson(
        u"sendMessage"_s, {{u"chat_id"_s, anna.id},
                           {u"text"_s, u"On its way"_s},
                           {u"reply_parameters"_s, QJsonObject{{u"message_id"_s, dm.messageId}}}});
    REQUIRE(r.status == 200);
    const QJsonObject replyTo = r.result().toObject().value(u"reply_to_message"_s).toObject();
    CHECK(replyTo.value(u"message_id"_s).toInteger() == dm.messageId);
    CHECK(replyTo.value(u"text"_s) == u"Where is my order?"_s);
    CHECK(f.sandbox->writeCalls().value(0).parameters.value(u"reply_parameters"_s) ==
          u"{\"message_id\":"_s + QString::number(dm.messageId) + u"}"_s);

    checkError(
        f.client->call(u"sendMessage"_s, {{u"chat_id"_s, QString::number(anna.id)},
                                          {u"text"_s, u"x"_s},
                                          {u"reply_parameters"_s, u"{\"message_id\":999}"_s}}),
        400, u"Bad Request: message to be replied not found"_s);
    checkError(f.client->call(u"sendMessage"_s, {{u"chat_id"_s, QString::number(anna.id)},
                                                 {u"text"_s, u"x"_s},
                                                 {u"reply_parameters"_s, u"{oops"_s}}),
               400, u"Bad Request: can't parse reply parameters JSON object"_s);
    const Reply lenient = f.client->call(
        u"sendMessage"_s,
        {{u"chat_id"_s, QString::number(anna.id)},
         {u"text"_s, u"x"_s},
         {u"reply_parameters"_s, u"{\"message_id\":999,\"allow_sending_without_reply\":true}"_s}});
    CHECK(lenient.status == 200);
    CHECK_FALSE(lenient.result().toObject().contains(u"reply_to_message"_s));
}

TEST_CASE("Telegram sandbox: business messages and replies through the connection")
{
    TelegramFixture f;
    const auto owner = person(6000000042, u"Frontshop"_s, {}, u"frontshop_owner"_s);
    const auto maria = person(7400000077, u"Maria"_s, u"Nowak"_s, u"maria_n"_s, u"pl"_s);
    const TelegramSandboxBot::Pushed connection = f.bot->pushBusinessConnection(owner);
    const QString id =
        connection.update.value(u"business_connection"_s).toObject().value(u"id"_s).toString();
    REQUIRE_FALSE(id.isEmpty());
    const TelegramSandboxBot::Pushed message =
        f.bot->pushBusinessMessage(id, maria, u"Czy macie ten czajnik?"_s);
    f.bot->pushEditedBusinessMessage(id, maria.id, message.messageId, u"Czy macie czajnik?"_s);
    f.bot->pushDeletedBusinessMessages(id, maria.id, {message.messageId});

    const QJsonArray updates = f.client->get(u"getUpdates"_s).result().toArray();
    REQUIRE(updates.size() == 4);
    const QJsonObject bc = updates.at(0).toObject().value(u"business_connection"_s).toObject();
    CHECK(bc.value(u"user"_s).toObject().value(u"id"_s).toInteger() == owner.id);
    CHECK(bc.value(u"user_chat_id"_s).toInteger() == owner.id);
    CHECK(bc.value(u"is_enabled"_s) == QJsonValue(true));
    const QJsonObject bm = updates.at(1).toObject().value(u"business_message"_s).toObject();
    CHECK(bm.value(u"business_connection_id"_s) == id);
    CHECK(bm.value(u"chat"_s).toObject().value(u"id"_s).toInteger() == maria.id);
    CHECK(bm.value(u"chat"_s).toObject().value(u"type"_s) == u"private"_s);
    const QJsonObject edited =
        updates.at(2).toObject().value(u"edited_business_message"_s).toObject();
    CHECK(edited.value(u"text"_s) == u"Czy macie czajnik?"_s);
    CHECK(edited.contains(u"edit_date"_s));
    const QJsonObject deleted =
        updates.at(3).toObject().value(u"deleted_business_messages"_s).toObject();
    CHECK(deleted.value(u"message_ids"_s).toArray() == QJsonArray{message.messageId});
    CHECK(deleted.value(u"business_connection_id"_s) == id);

    const Reply sent = f.client->call(u"sendMessage"_s, {{u"chat_id"_s, QString::number(maria.id)},
                                                         {u"text"_s, u"Tak, mamy!"_s},
                                                         {u"business_connection_id"_s, id}});
    REQUIRE(sent.status == 200);
    const QJsonObject result = sent.result().toObject();
    CHECK(result.value(u"business_connection_id"_s) == id);
    CHECK(result.value(u"from"_s).toObject().value(u"id"_s).toInteger() == owner.id);
    CHECK(result.value(u"sender_business_bot"_s).toObject().value(u"id"_s).toInteger() ==
          f.bot->id());
    // Without the connection the customer's chat is not the bot's.
    checkError(f.client->call(u"sendMessage"_s,
                              {{u"chat_id"_s, QString::number(maria.id)}, {u"text"_s, u"x"_s}}),
               400, u"Bad Request: chat not found"_s);
}

TEST_CASE("Telegram sandbox: deleteMessage and banChatMember are carried out and recorded")
{
    TelegramFixture f;
    const TelegramSandboxBot::Config &c = f.bot->config();
    const auto spammer = person(7500000001, u"Free"_s, u"Followers"_s, u"free_followers_77"_s);
    const TelegramSandboxBot::Pushed spam =
        f.bot->pushGroupMessage(spammer, u"Free followers here https://bit.ly/xyz"_s);
    const QString group = QString::number(c.groupId);

    CHECK(f.client
              ->call(u"deleteMessage"_s,
                     {{u"chat_id"_s, group}, {u"message_id"_s, QString::number(spam.messageId)}})
              .result() == QJsonValue(true));
    checkError(
        f.client->call(u"deleteMessage"_s,
                       {{u"chat_id"_s, group}, {u"message_id"_s, QString::number(spam.messageId)}}),
        400, u"Bad Request: message to delete not found"_s);
    CHECK_FALSE(f.bot->hasMessage({}, c.groupId, spam.messageId));
    CHECK(f.client
              ->call(u"banChatMember"_s, {{u"chat_id"_s, group},
                                          {u"user_id"_s, QString::number(spammer.id)},
                                          {u"revoke_messages"_s, u"true"_s}})
              .result() == QJsonValue(true));
    checkError(f.client->call(u"banChatMember"_s, {{u"chat_id"_s, group}}), 400,
               u"Bad Request: invalid user_id specified"_s);

    const auto calls = f.sandbox->writeCalls();
    REQUIRE(calls.size() == 4);
    CHECK(calls.at(0).method == u"deleteMessage"_s);
    CHECK(calls.at(0).ok());
    CHECK(calls.at(0).parameters.value(u"message_id"_s) == QString::number(spam.messageId));
    CHECK(calls.at(1).errorCode == 400);
    CHECK(calls.at(2).method == u"banChatMember"_s);
    CHECK(calls.at(2).parameters.value(u"user_id"_s) == QString::number(spammer.id));
    CHECK(calls.at(2).parameters.value(u"revoke_messages"_s) == u"true"_s);
    CHECK(calls.at(2).at.isValid());
}

TEST_CASE("Telegram sandbox: private messages, photos and edits look like the Bot API's")
{
    TelegramFixture f;
    const auto emma = person(5234567890, u"Emma"_s, u"Wilson"_s, u"emma_w"_s, u"en"_s);
    const TelegramSandboxBot::Pushed first =
        f.bot->pushPrivateMessage(emma, u"Hi! Is the kettle in stock?"_s);
    const TelegramSandboxBot::Pushed photo =
        f.bot->pushPrivateMessage(emma, u"This one"_s, TelegramSandboxBot::Media::Photo);
    f.bot->pushEditedMessage(emma.id, first.messageId, u"Hi! Is the red kettle in stock?"_s);

    const QJsonArray updates = f.client->get(u"getUpdates"_s).result().toArray();
    REQUIRE(updates.size() == 3);
    const QJsonObject m = updates.at(0).toObject().value(u"message"_s).toObject();
    CHECK(keys(m) == QStringList{u"chat"_s, u"date"_s, u"from"_s, u"message_id"_s, u"text"_s});
    CHECK(m.value(u"chat"_s).toObject() == QJsonObject{{u"id"_s, emma.id},
                                                       {u"first_name"_s, u"Emma"_s},
                                                       {u"last_name"_s, u"Wilson"_s},
                                                       {u"username"_s, u"emma_w"_s},
                                                       {u"type"_s, u"private"_s}});
    CHECK(qAbs(m.value(u"date"_s).toInteger() - QDateTime::currentSecsSinceEpoch()) < 60);
    const QJsonObject p = updates.at(1).toObject().value(u"message"_s).toObject();
    CHECK(p.value(u"message_id"_s).toInteger() == first.messageId + 1);
    CHECK(p.value(u"caption"_s) == u"This one"_s);
    CHECK_FALSE(p.contains(u"text"_s));
    CHECK(p.value(u"photo"_s).toArray().size() == 4);
    CHECK(p.value(u"photo"_s).toArray().at(0).toObject().contains(u"file_id"_s));
    const QJsonObject e = updates.at(2).toObject().value(u"edited_message"_s).toObject();
    CHECK(e.value(u"message_id"_s).toInteger() == first.messageId);
    CHECK(e.value(u"text"_s) == u"Hi! Is the red kettle in stock?"_s);
    CHECK(e.value(u"edit_date"_s).toInteger() >= e.value(u"date"_s).toInteger());
    CHECK(photo.messageId == p.value(u"message_id"_s).toInteger());

    const Reply chat = f.client->call(u"getChat"_s, {{u"chat_id"_s, QString::number(emma.id)}});
    const QJsonObject info = chat.result().toObject();
    CHECK(info.value(u"type"_s) == u"private"_s);
    CHECK(info.value(u"first_name"_s) == u"Emma"_s);
    CHECK(info.contains(u"accent_color_id"_s));
    CHECK(info.contains(u"max_reaction_count"_s));
}

TEST_CASE("Telegram sandbox: several bots run side by side on one server")
{
    TelegramSandbox::Options options;
    options.bots = {TelegramSandboxBot::Config::demo(0), TelegramSandboxBot::Config::demo(1)};
    TelegramFixture f(options);
    TelegramSandboxBot *second = f.sandbox->bots().at(1);
    CHECK(second->config().token != f.bot->config().token);
    second->pushPrivateMessage(person(7123456789, u"Anna"_s), u"to the second shop"_s);

    CHECK(f.client->get(u"getUpdates"_s).result().toArray().isEmpty());
    fd::test::SandboxClient other(f.sandbox->apiBaseUrl(), second->config().token);
    const QJsonArray updates = other.get(u"getUpdates"_s).result().toArray();
    REQUIRE(updates.size() == 1);
    CHECK(updates.at(0).toObject().value(u"update_id"_s).toInteger() ==
          second->config().firstUpdateId);
    CHECK(other.get(u"getMe"_s).result().toObject().value(u"id"_s).toInteger() == second->id());
}
