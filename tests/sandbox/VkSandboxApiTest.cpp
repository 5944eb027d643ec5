// The VK sandbox's API as a connector sees it: envelopes and errors, tokens, form decoding,
// reads and the write methods.
#include "SandboxClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::Reply;
using fd::test::sortedKeys;
using fd::test::vkError;
using fd::test::VkFixture;
using fd::test::vkObjectOf;
using fd::test::vkPoll;
using fd::test::vkResponse;
using fd::test::vkUser;
using Target = VkSandboxCommunity::Target;

namespace {

constexpr qint64 Gid = fd::test::vkGroupId;
const auto anna = fd::test::vkAnna();
const auto james = fd::test::vkJames();

void checkError(const Reply &r, int code, const QString &message)
{
    INFO(r.body.toStdString());
    CHECK(r.status == 200); // VK reports errors inside a 200
    CHECK(r.header("Content-Type").startsWith("application/json"));
    CHECK(sortedKeys(r.json()) == QStringList{u"error"_s});
    const QJsonObject e = vkError(r);
    CHECK(sortedKeys(e) == QStringList{u"error_code"_s, u"error_msg"_s, u"request_params"_s});
    CHECK(e.value(u"error_code"_s).toInteger() == code);
    CHECK(e.value(u"error_msg"_s).toString() == message);
}

QString param(const Reply &r, const QString &key)
{
    const QJsonArray params = vkError(r).value(u"request_params"_s).toArray();
    for (const QJsonValue &p : params) {
        if (p.toObject().value(u"key"_s).toString() == key)
            return p.toObject().value(u"value"_s).toString();
    }
    return u"<absent>"_s;
}

} // namespace

TEST_CASE("VK sandbox: errors are HTTP 200 with request_params and never the token", "[vk]")
{
    VkFixture f;
    const QByteArray token = f.community->config().token.toUtf8();

    const Reply unknown = f.client->call(u"messages.sendEverything"_s, {{u"x"_s, u"1"_s}});
    checkError(unknown, 3, u"Unknown method passed"_s);
    const QJsonArray params = vkError(unknown).value(u"request_params"_s).toArray();
    CHECK(params.at(0).toObject() ==
          QJsonObject{{u"key"_s, u"method"_s}, {u"value"_s, u"messages.sendEverything"_s}});
    CHECK(params.at(1).toObject() == QJsonObject{{u"key"_s, u"oauth"_s}, {u"value"_s, u"1"_s}});
    CHECK(param(unknown, u"x"_s) == u"1"_s);
    CHECK(param(unknown, u"v"_s) == u"5.199"_s);
    CHECK(param(unknown, u"access_token"_s) == u"<absent>"_s);
    CHECK_FALSE(unknown.body.contains(token));

    // Method names are case-sensitive.
    checkError(f.client->call(u"Groups.getById"_s), 3, u"Unknown method passed"_s);

    const Reply noVersion = f.client->postRaw(u"groups.getById"_s, "access_token=" + token,
                                              "application/x-www-form-urlencoded");
    checkError(noVersion, 8, u"Invalid request: v (version) is required"_s);
    CHECK_FALSE(noVersion.body.contains(token));

    fd::test::VkClient anonymous(f.sandbox->apiBaseUrl(), {});
    checkError(anonymous.call(u"groups.getById"_s), 5,
               u"User authorization failed: no access_token passed."_s);
    fd::test::VkClient stranger(f.sandbox->apiBaseUrl(), u"vk1.a.not-a-real-token"_s);
    const Reply bad = stranger.call(u"groups.getById"_s);
    checkError(bad, 5, u"User authorization failed: invalid access_token (4)."_s);
    CHECK_FALSE(bad.body.contains("not-a-real-token"));

    const Reply missing = f.client->call(u"messages.send"_s, {{u"message"_s, u"hi"_s}});
    checkError(missing, 100,
               u"One of the parameters specified was missing or invalid: you should specify "
               u"peer_id, user_id, domain, chat_id or peer_ids param"_s);
    CHECK(param(missing, u"message"_s) == u"hi"_s);
}

TEST_CASE("VK sandbox: groups.getById, users.get fields and wall.getById", "[vk]")
{
    VkFixture f;
    const QJsonObject own = vkResponse(f.client->call(u"groups.getById"_s)).toObject();
    CHECK(sortedKeys(own) == QStringList{u"groups"_s, u"profiles"_s});
    const QJsonObject g = own.value(u"groups"_s).toArray().at(0).toObject();
    CHECK(g.value(u"id"_s).toInteger() == Gid);
    CHECK(g.value(u"name"_s) == u"Frontshop"_s);
    CHECK(g.value(u"screen_name"_s) == u"frontshop"_s);
    CHECK(g.value(u"is_closed"_s) == QJsonValue(0));
    CHECK(g.value(u"type"_s) == u"page"_s);
    CHECK(g.value(u"photo_100"_s).toString().startsWith(u"https://"_s));
    CHECK_FALSE(g.contains(u"is_admin"_s));
    // A user token names the group; its admin sees that they are one.
    checkError(f.admin->call(u"groups.getById"_s), 100,
               u"One of the parameters specified was missing or invalid: group_ids is undefined"_s);
    const QJsonObject byName =
        vkResponse(f.admin->call(u"groups.getById"_s, {{u"group_id"_s, u"frontshop"_s}}))
            .toObject()
            .value(u"groups"_s)
            .toArray()
            .at(0)
            .toObject();
    CHECK(byName.value(u"id"_s).toInteger() == Gid);
    CHECK(byName.value(u"is_admin"_s) == QJsonValue(1));

    VkSandboxCommunity::User olga = vkUser(345678901, u"Ольга"_s, u"Смирнова"_s, u"olga_sm"_s);
    olga.cityId = 2;
    olga.city = u"Санкт-Петербург"_s;
    olga.followers = 1532;
    olga.photo100 = u"https://sun9-77.userapi.com/s/v1/ig2/abc.jpg?size=100x100"_s;
    f.community->addUser(olga);
    f.community->addUser(james);

    const QJsonArray plain =
        vkResponse(f.client->call(u"users.get"_s, {{u"user_ids"_s, u"345678901"_s}})).toArray();
    REQUIRE(plain.size() == 1);
    CHECK(plain.at(0).toObject() == QJsonObject{{u"id"_s, olga.id},
                                                {u"first_name"_s, u"Ольга"_s},
                                                {u"last_name"_s, u"Смирнова"_s},
                                                {u"can_access_closed"_s, true},
                                                {u"is_closed"_s, false}});
    const QJsonArray full =
        vkResponse(f.client->call(u"users.get"_s,
                                  {{u"user_ids"_s, u"345678901,999,198765432,olga_sm"_s},
                                   {u"fields"_s, u"screen_name,city,followers_count,photo_100"_s}}))
            .toArray();
    REQUIRE(full.size() == 3); // the unknown id is left out
    const QJsonObject o = full.at(0).toObject();
    CHECK(o.value(u"screen_name"_s) == u"olga_sm"_s);
    CHECK(o.value(u"city"_s).toObject() ==
          QJsonObject{{u"id"_s, 2}, {u"title"_s, u"Санкт-Петербург"_s}});
    CHECK(o.value(u"followers_count"_s).toInteger() == 1532);
    CHECK(o.value(u"photo_100"_s) == olga.photo100);
    const QJsonObject j = full.at(1).toObject();
    CHECK(j.value(u"id"_s).toInteger() == james.id);
    CHECK(j.value(u"screen_name"_s) == u"id198765432"_s); // no screen name of his own
    CHECK_FALSE(j.contains(u"city"_s));
    CHECK_FALSE(j.contains(u"followers_count"_s));
    CHECK(full.at(2).toObject().value(u"id"_s).toInteger() == olga.id); // by screen name

    QStringList many;
    for (int i = 0; i < 1001; ++i)
        many.append(QString::number(100000 + i));
    checkError(f.client->call(u"users.get"_s, {{u"user_ids"_s, many.join(u',')}}), 100,
               u"One of the parameters specified was missing or invalid: user_ids is too long"_s);

    const auto post = f.community->pushWallPost(u"Sale"_s);
    const QString posts = u"-218000001_"_s + QString::number(post.id) + u",-218000001_1"_s;
    checkError(f.client->call(u"wall.getById"_s, {{u"posts"_s, posts}}), 27,
               u"Group authorization failed: method is unavailable with group auth."_s);
    const QJsonArray items = vkResponse(f.admin->call(u"wall.getById"_s, {{u"posts"_s, posts}}))
                                 .toObject()
                                 .value(u"items"_s)
                                 .toArray();
    REQUIRE(items.size() == 1);
    CHECK(items.at(0).toObject().value(u"text"_s) == u"Sale"_s);
}

TEST_CASE("VK sandbox: form values survive byte for byte, '+' is a space and %2B a plus", "[vk]")
{
    VkFixture f;
    f.community->pushMessage(anna, u"Здравствуйте"_s);
    const QString peer = QString::number(anna.id);
    const QString text = u"Здравствуйте, Анна! 😀 Цена 2+2=4 & скидка 100% — «ок»?\nВторая "
                         u"строка\r\nthird %41 +"_s;
    const QByteArray token = QUrl::toPercentEncoding(f.community->config().token);

    SECTION("form body, values percent-encoded")
    {
        const Reply r =
            f.client->call(u"messages.send"_s,
                           {{u"peer_id"_s, peer}, {u"random_id"_s, u"11"_s}, {u"message"_s, text}});
        REQUIRE(vkResponse(r).isDouble());
    }
    SECTION("query string")
    {
        const Reply r = f.client->getRaw(
            u"messages.send"_s, "peer_id=" + peer.toUtf8() +
                                    "&random_id=11&message=" + QUrl::toPercentEncoding(text) +
                                    "&v=5.199&access_token=" + token);
        REQUIRE(vkResponse(r).isDouble());
    }
    SECTION("multipart form")
    {
        const QByteArray boundary = "----fdBoundary7MA4YWxkTrZu0gW";
        QByteArray body;
        const auto part = [&](const QByteArray &name, const QByteArray &value) {
            body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name +
                    "\"\r\n\r\n" + value + "\r\n";
        };
        part("peer_id", peer.toUtf8());
        part("random_id", "11");
        part("message", text.toUtf8());
        part("v", "5.199");
        part("access_token", f.community->config().token.toUtf8());
        body += "--" + boundary + "--\r\n";
        const Reply r = f.client->postRaw(u"messages.send"_s, body,
                                          "multipart/form-data; boundary=" + boundary);
        REQUIRE(vkResponse(r).isDouble());
    }

    const auto calls = f.sandbox->writeCalls(u"messages.send"_s);
    REQUIRE(calls.size() == 1);
    CHECK(calls.at(0).ok());
    CHECK(calls.at(0).tokenKind == u"group"_s);
    CHECK(calls.at(0).parameters.value(u"message"_s).toUtf8() == text.toUtf8());
    CHECK_FALSE(calls.at(0).parameters.contains(u"access_token"_s));
    const qint64 id = calls.at(0).result.toInteger();
    CHECK(f.community->message(id).value(u"text"_s).toString().toUtf8() == text.toUtf8());
}

TEST_CASE("VK sandbox: a raw '+' in a form turns into a space, as on VK", "[vk]")
{
    // The QUrlQuery pitfall, shown against the server's decoding.
    VkFixture f;
    f.community->pushMessage(anna, u"hi"_s);
    const QByteArray token = f.community->config().token.toUtf8();
    const QByteArray base = "peer_id=" + QByteArray::number(anna.id) + "&v=5.199&access_token=" +
                            QUrl::toPercentEncoding(QString::fromUtf8(token));
    f.client->postRaw(u"messages.send"_s, base + "&random_id=1&message=2+2",
                      "application/x-www-form-urlencoded");
    f.client->postRaw(u"messages.send"_s, base + "&random_id=2&message=2%2B2",
                      "application/x-www-form-urlencoded");
    const auto calls = f.sandbox->writeCalls(u"messages.send"_s);
    REQUIRE(calls.size() == 2);
    CHECK(calls.at(0).parameters.value(u"message"_s) == u"2 2"_s);
    CHECK(calls.at(1).parameters.value(u"message"_s) == u"2+2"_s);
}

TEST_CASE("VK sandbox: a JSON body is ignored, so its parameters are missing", "[vk]")
{
    VkFixture f;
    f.community->pushMessage(anna, u"hi"_s);
    const QByteArray body =
        QJsonDocument(
            QJsonObject{{u"peer_id"_s, anna.id}, {u"random_id"_s, 5}, {u"message"_s, u"hello"_s}})
            .toJson(QJsonDocument::Compact);
    const QByteArray query =
        "v=5.199&access_token=" + QUrl::toPercentEncoding(f.community->config().token);
    const Reply r = f.client->postRaw(u"messages.send"_s, body, "application/json", query);
    INFO(r.body.toStdString());
    CHECK(vkError(r).value(u"error_code"_s).toInteger() == 100);
    CHECK(param(r, u"peer_id"_s) == u"<absent>"_s);
    CHECK(param(r, u"v"_s) == u"5.199"_s);
    CHECK(f.community->messages(anna.id).size() == 1); // nothing was sent

    // With v only in the JSON body, v is missing too.
    const Reply noVersion =
        f.client->postRaw(u"groups.getById"_s, R"({"v":"5.199"})", "application/json",
                          "access_token=" + QUrl::toPercentEncoding(f.community->config().token));
    CHECK(vkError(noVersion).value(u"error_code"_s).toInteger() == 8);
}

TEST_CASE("VK sandbox: the community token cannot delete or ban, the admin's token can", "[vk]")
{
    VkFixture f;
    const auto post = f.community->pushWallPost(u"Sale"_s);
    const auto spam = f.community->pushWallReply(james, post.id, u"Free followers bit.ly/x"_s);
    const auto photo = f.community->pushPhotoComment(james, 457239017, u"spam"_s);
    const auto video = f.community->pushVideoComment(james, 456239017, u"spam"_s);
    const auto market = f.community->pushMarketComment(james, 8123456, u"spam"_s);
    const auto board = f.community->pushBoardPost(james, 39781236, u"spam"_s);
    const QString owner = QString::number(-Gid);
    const QString groupAuth =
        u"Group authorization failed: method is unavailable with group auth."_s;
    const auto del = [&](qint64 id) {
        return QList<std::pair<QString, QString>>{{u"owner_id"_s, owner},
                                                  {u"comment_id"_s, QString::number(id)}};
    };

    checkError(f.client->call(u"wall.deleteComment"_s, del(spam.id)), 27, groupAuth);
    checkError(f.client->call(u"photos.deleteComment"_s, del(photo.id)), 27, groupAuth);
    checkError(f.client->call(u"video.deleteComment"_s, del(video.id)), 27, groupAuth);
    checkError(f.client->call(u"market.deleteComment"_s, del(market.id)), 27, groupAuth);
    checkError(f.client->call(u"groups.ban"_s, {{u"group_id"_s, QString::number(Gid)},
                                                {u"owner_id"_s, QString::number(james.id)}}),
               27, groupAuth);
    checkError(f.client->call(u"photos.createComment"_s, {{u"owner_id"_s, owner},
                                                          {u"photo_id"_s, u"457239017"_s},
                                                          {u"message"_s, u"Thanks"_s}}),
               27, groupAuth);
    CHECK_FALSE(f.community->comment(Target::Wall, spam.id).isEmpty()); // nothing happened

    const qint64 before = f.community->currentTs();
    CHECK(vkResponse(f.admin->call(u"wall.deleteComment"_s, del(spam.id))) == QJsonValue(1));
    CHECK(vkResponse(f.admin->call(u"photos.deleteComment"_s, del(photo.id))) == QJsonValue(1));
    CHECK(vkResponse(f.admin->callBearer(u"video.deleteComment"_s, del(video.id))) ==
          QJsonValue(1));
    CHECK(vkResponse(f.admin->call(u"market.deleteComment"_s, del(market.id))) == QJsonValue(1));
    CHECK(vkResponse(f.client->call(u"board.deleteComment"_s,
                                    {{u"group_id"_s, QString::number(Gid)},
                                     {u"topic_id"_s, u"39781236"_s},
                                     {u"comment_id"_s, QString::number(board.id)}})) ==
          QJsonValue(1));
    CHECK(vkResponse(f.admin->call(u"groups.ban"_s, {{u"group_id"_s, QString::number(Gid)},
                                                     {u"owner_id"_s, QString::number(james.id)},
                                                     {u"reason"_s, u"1"_s},
                                                     {u"comment"_s, u"Spam"_s},
                                                     {u"comment_visible"_s, u"1"_s}})) ==
          QJsonValue(1));
    CHECK(f.community->isBanned(james.id));
    REQUIRE(f.community->bans().size() == 1);
    CHECK(f.community->bans().at(0).comment == u"Spam"_s);
    CHECK(f.community->bans().at(0).reason == 1);
    CHECK(f.community->bans().at(0).commentVisible);

    // Deleting what is gone: photos say 0, the others refuse.
    CHECK(vkResponse(f.admin->call(u"photos.deleteComment"_s, del(photo.id))) == QJsonValue(0));
    checkError(f.admin->call(u"wall.deleteComment"_s, del(spam.id)), 100,
               u"One of the parameters specified was missing or invalid: comment_id is invalid"_s);

    const QJsonArray events = vkPoll(f, before);
    QStringList types;
    for (const QJsonValue &e : events) {
        types.append(e.toObject().value(u"type"_s).toString());
        CHECK(vkObjectOf(e).value(u"deleter_id"_s).toInteger() == 500000001);
    }
    CHECK(types == QStringList{u"wall_reply_delete"_s, u"photo_comment_delete"_s,
                               u"video_comment_delete"_s, u"market_comment_delete"_s,
                               u"board_post_delete"_s});
    CHECK(vkObjectOf(events.at(3)).value(u"item_id"_s).toInteger() == 8123456);
    CHECK(vkObjectOf(events.at(4)).value(u"topic_id"_s).toInteger() == 39781236);

    // Every write call is recorded, refused or not, with the kind of token.
    const auto calls = f.sandbox->writeCalls(u"wall.deleteComment"_s);
    REQUIRE(calls.size() == 3);
    CHECK(calls.at(0).errorCode == 27);
    CHECK(calls.at(0).errorMsg == groupAuth);
    CHECK(calls.at(0).tokenKind == u"group"_s);
    CHECK(calls.at(1).ok());
    CHECK(calls.at(1).tokenKind == u"user"_s);
    CHECK(calls.at(1).result == QJsonValue(1));
    CHECK(calls.at(1).groupId == Gid);
    CHECK(calls.at(1).parameters.value(u"comment_id"_s) == QString::number(spam.id));
    CHECK(calls.at(1).at.isValid());
    CHECK(f.sandbox->writeCalls(u"groups.ban"_s).size() == 2);
    CHECK(f.sandbox->writeCalls(u"video.deleteComment"_s).value(1).tokenKind == u"user"_s);
}

TEST_CASE("VK sandbox: user-only createComment methods comment as the admin or community", "[vk]")
{
    VkFixture f;
    f.community->pushPhotoComment(anna, 457239017, u"Где купить?"_s);
    f.community->pushVideoComment(anna, 456239017, u"Класс"_s);
    f.community->pushBoardPost(anna, 39781236, u"Вопрос"_s);
    const qint64 before = f.community->currentTs();
    const QString owner = QString::number(-Gid);
    const Reply photo = f.admin->call(u"photos.createComment"_s, {{u"owner_id"_s, owner},
                                                                  {u"photo_id"_s, u"457239017"_s},
                                                                  {u"message"_s, u"В каталоге"_s},
                                                                  {u"from_group"_s, u"1"_s}});
    REQUIRE(vkResponse(photo).isDouble());
    const Reply video = f.admin->call(
        u"video.createComment"_s,
        {{u"owner_id"_s, owner}, {u"video_id"_s, u"456239017"_s}, {u"message"_s, u"Спасибо"_s}});
    REQUIRE(vkResponse(video).isDouble());
    const Reply board =
        f.admin->call(u"board.createComment"_s, {{u"group_id"_s, QString::number(Gid)},
                                                 {u"topic_id"_s, u"39781236"_s},
                                                 {u"message"_s, u"Ответили в личке"_s},
                                                 {u"from_group"_s, u"1"_s},
                                                 {u"guid"_s, u"reply-1"_s}});
    REQUIRE(vkResponse(board).isDouble());
    // The same guid again: the same comment, nothing new.
    CHECK(vkResponse(f.admin->call(u"board.createComment"_s, {{u"group_id"_s, QString::number(Gid)},
                                                              {u"topic_id"_s, u"39781236"_s},
                                                              {u"message"_s, u"Ответили в личке"_s},
                                                              {u"from_group"_s, u"1"_s},
                                                              {u"guid"_s, u"reply-1"_s}})) ==
          vkResponse(board));
    checkError(
        f.admin->call(u"photos.createComment"_s,
                      {{u"owner_id"_s, owner}, {u"photo_id"_s, u"1"_s}, {u"message"_s, u"x"_s}}),
        100, u"One of the parameters specified was missing or invalid: photo_id is undefined"_s);

    const QJsonArray events = vkPoll(f, before);
    REQUIRE(events.size() == 3);
    CHECK(events.at(0).toObject().value(u"type"_s) == u"photo_comment_new"_s);
    CHECK(vkObjectOf(events.at(0)).value(u"from_id"_s).toInteger() == -Gid);
    CHECK(vkObjectOf(events.at(0)).value(u"id"_s) == vkResponse(photo));
    CHECK(events.at(1).toObject().value(u"type"_s) == u"video_comment_new"_s);
    CHECK(vkObjectOf(events.at(1)).value(u"from_id"_s).toInteger() == 500000001);
    CHECK(events.at(2).toObject().value(u"type"_s) == u"board_post_new"_s);
    CHECK(vkObjectOf(events.at(2)).value(u"text"_s) == u"Ответили в личке"_s);
}

TEST_CASE("VK sandbox: messages.send de-duplicates by random_id and validates", "[vk]")
{
    qint64 nowMs = 1767260400000;
    VkSandbox::Options options;
    options.clockMs = [&nowMs] { return nowMs; };
    VkFixture f(options);
    f.community->pushMessage(anna, u"Где заказ?"_s);
    f.community->pushMessage(james, u"Hello"_s);
    const auto send = [&](qint64 peer, const QString &randomId, const QString &text) {
        return f.client->call(u"messages.send"_s, {{u"peer_id"_s, QString::number(peer)},
                                                   {u"random_id"_s, randomId},
                                                   {u"message"_s, text}});
    };
    QSignalSpy recorded(f.sandbox.get(), &VkSandbox::writeCallRecorded);

    const qint64 before = f.community->currentTs();
    const QJsonValue first = vkResponse(send(anna.id, u"777"_s, u"В пути"_s));
    REQUIRE(first.isDouble());
    // A retry after a lost answer: the same id, no second message, no second event.
    CHECK(vkResponse(send(anna.id, u"777"_s, u"В пути"_s)) == first);
    CHECK(f.community->currentTs() == before + 1);
    CHECK(f.community->messages(anna.id).size() == 2);
    // Another peer with the same random_id is another message.
    CHECK(vkResponse(send(james.id, u"777"_s, u"On its way"_s)) != first);
    // An hour later the random_id is forgotten.
    nowMs += 3600 * 1000;
    CHECK(vkResponse(send(anna.id, u"777"_s, u"В пути"_s)).toInteger() > first.toInteger());
    CHECK(recorded.size() == 4);
    CHECK(f.sandbox->writeCalls(u"messages.send"_s).at(1).result == first);

    const QString prefix = u"One of the parameters specified was missing or invalid: "_s;
    checkError(f.client->call(u"messages.send"_s,
                              {{u"peer_id"_s, QString::number(anna.id)}, {u"message"_s, u"x"_s}}),
               100, prefix + u"random_id is undefined"_s);
    checkError(send(anna.id, u"8"_s, u""_s), 100, prefix + u"message is empty or invalid"_s);
    checkError(send(anna.id, u"9"_s, QString(4097, u'я')), 914, u"Message is too long"_s);
    CHECK(vkResponse(send(anna.id, u"10"_s, QString(4096, u'я'))).isDouble());
    checkError(send(111222333, u"11"_s, u"hi"_s), 901,
               u"Can't send messages for users without permission"_s);
    // user_id works in place of peer_id.
    CHECK(vkResponse(f.client->call(u"messages.send"_s, {{u"user_id"_s, QString::number(anna.id)},
                                                         {u"random_id"_s, u"12"_s},
                                                         {u"message"_s, u"ok"_s}}))
              .isDouble());
}

TEST_CASE("VK sandbox: wall.createComment answers as the community, once per guid", "[vk]")
{
    VkFixture f;
    const auto post = f.community->pushWallPost(u"Розыгрыш!"_s);
    const auto question = f.community->pushWallReply(anna, post.id, u"Как участвовать?"_s);
    const QString owner = QString::number(-Gid);
    const QList<std::pair<QString, QString>> fields{
        {u"owner_id"_s, owner},
        {u"post_id"_s, QString::number(post.id)},
        {u"from_group"_s, QString::number(Gid)},
        {u"message"_s, u"Оставьте комментарий — и вы участвуете"_s},
        {u"reply_to_comment"_s, QString::number(question.id)},
        {u"guid"_s, u"fd-42"_s}};
    const qint64 before = f.community->currentTs();
    const Reply r = f.client->call(u"wall.createComment"_s, fields);
    INFO(r.body.toStdString());
    const QJsonObject answer = vkResponse(r).toObject();
    CHECK(sortedKeys(answer) == QStringList{u"comment_id"_s, u"parents_stack"_s});
    const qint64 id = answer.value(u"comment_id"_s).toInteger();
    CHECK(answer.value(u"parents_stack"_s).toArray() == QJsonArray{question.id});
    CHECK(vkResponse(f.client->call(u"wall.createComment"_s, fields)).toObject() == answer);
    CHECK(f.community->currentTs() == before + 1);

    const QJsonArray events = vkPoll(f, before);
    REQUIRE(events.size() == 1);
    CHECK(events.at(0).toObject().value(u"type"_s) == u"wall_reply_new"_s);
    const QJsonObject c = vkObjectOf(events.at(0));
    CHECK(c.value(u"id"_s).toInteger() == id);
    CHECK(c.value(u"from_id"_s).toInteger() == -Gid);
    CHECK(c.value(u"reply_to_comment"_s).toInteger() == question.id);
    CHECK(c.value(u"reply_to_user"_s).toInteger() == anna.id);
    CHECK(c.value(u"text"_s) == u"Оставьте комментарий — и вы участвуете"_s);

    const QString prefix = u"One of the parameters specified was missing or invalid: "_s;
    checkError(
        f.client->call(u"wall.createComment"_s,
                       {{u"owner_id"_s, owner}, {u"post_id"_s, u"99"_s}, {u"message"_s, u"x"_s}}),
        100, prefix + u"post_id is undefined"_s);
    checkError(f.client->call(u"wall.createComment"_s, {{u"owner_id"_s, owner},
                                                        {u"post_id"_s, QString::number(post.id)},
                                                        {u"message"_s, u""_s}}),
               100, prefix + u"message is empty"_s);
    checkError(f.client->call(u"wall.createComment"_s, {{u"owner_id"_s, owner}}), 100,
               prefix + u"post_id is undefined"_s);
    // The admin's token may comment too, as themselves unless from_group says otherwise.
    const Reply personal =
        f.admin->call(u"wall.createComment"_s, {{u"owner_id"_s, owner},
                                                {u"post_id"_s, QString::number(post.id)},
                                                {u"message"_s, u"Лично от меня: удачи!"_s}});
    const qint64 personalId = vkResponse(personal).toObject().value(u"comment_id"_s).toInteger();
    CHECK(f.community->comment(Target::Wall, personalId).value(u"from_id"_s).toInteger() ==
          500000001);
}

TEST_CASE("VK sandbox: several communities side by side, each with its own tokens", "[vk]")
{
    VkSandbox::Options options;
    options.communities = {VkSandboxCommunity::Config::demo(0),
                           VkSandboxCommunity::Config::demo(1)};
    VkFixture f(options);
    VkSandboxCommunity *second = f.sandbox->communities().at(1);
    CHECK(second->id() != Gid);
    CHECK(second->config().token != f.community->config().token);
    CHECK(second->config().token.startsWith(u"vk1.a."_s));
    CHECK(f.sandbox->communityByToken(second->config().userToken) == second);
    CHECK(f.sandbox->community(second->id()) == second);
    second->pushMessage(anna, u"to the second shop"_s);

    fd::test::VkClient other(f.sandbox->apiBaseUrl(), second->config().token);
    const QJsonObject lp = other.longPollServer(second->id());
    CHECK(lp.value(u"server"_s).toString().endsWith(u"/whp/"_s + QString::number(second->id())));
    CHECK(other.poll(u"1"_s).json().value(u"updates"_s).toArray().size() == 1);
    CHECK(vkPoll(f, 1).isEmpty());
    // A community token cannot get another community's long poll server.
    checkError(f.client->call(u"groups.getLongPollServer"_s,
                              {{u"group_id"_s, QString::number(second->id())}}),
               15, u"Access denied: no access to this group"_s);
    // Nor poll it with the other community's key.
    CHECK(f.client->poll(u"1"_s, 0, other.key()).json() == QJsonObject{{u"failed"_s, 2}});
}
