// The VK long poll (the round trip, failed 1/2/3, history pruning, held polls) and the faults
// the sandbox can inject, as a connector receives them.
#include "SandboxClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace fd::core;
using Fault = fd::core::VkSandbox::Fault;
using fd::test::Reply;
using fd::test::vkError;
using fd::test::VkFixture;
using fd::test::vkResponse;
using fd::test::vkUser;

namespace {

constexpr qint64 Gid = 218000001;

const auto anna = vkUser(712345678, u"Анна"_s, u"Петрова"_s, u"anna_petrova"_s);

QJsonArray updates(const Reply &r)
{
    return r.json().value(u"updates"_s).toArray();
}

QString ts(const VkFixture &f)
{
    return QString::number(f.community->currentTs());
}

// A clock the test moves by hand.
struct Clock
{
    std::shared_ptr<qint64> ms = std::make_shared<qint64>(1767260400000);

    VkSandbox::Options options() const
    {
        VkSandbox::Options o;
        o.clockMs = [ms = ms] { return *ms; };
        return o;
    }
};

} // namespace

TEST_CASE("VK long poll: getLongPollServer and a_check round trip with ts as a string", "[vk]")
{
    VkFixture f;
    const QJsonObject lp = f.client->longPollServer(Gid);
    CHECK(lp.keys() == QStringList{u"key"_s, u"server"_s, u"ts"_s});
    CHECK(QRegularExpression(u"^[0-9a-f]{40}$"_s).match(lp.value(u"key"_s).toString()).hasMatch());
    CHECK(lp.value(u"server"_s).toString() ==
          f.sandbox->apiBaseUrl().toString() + u"/whp/218000001"_s);
    REQUIRE(lp.value(u"ts"_s).isString());
    const QString ts = lp.value(u"ts"_s).toString();
    CHECK(ts == QString::number(f.community->currentTs()));

    f.community->pushMessage(anna, u"Здравствуйте!"_s);
    const Reply r = f.client->poll(ts);
    REQUIRE(r.status == 200);
    CHECK(r.json().keys() == QStringList{u"ts"_s, u"updates"_s});
    const QString next = QString::number(ts.toLongLong() + 1);
    CHECK(r.body.contains(QByteArray("\"ts\":\"" + next.toUtf8() + '"'))); // a string, not a number
    CHECK(r.json().value(u"updates"_s).toArray().size() == 1);

    // Nothing new: the same ts back, as a string.
    const Reply empty = f.client->poll(next);
    CHECK(empty.body == "{\"ts\":\"" + next.toUtf8() + "\",\"updates\":[]}");
    // VK does not consume events: the old ts serves the same event again.
    CHECK(f.client->poll(ts).json() == r.json());
    // POST with a form works the same, and the long poll takes no token and no v.
    QNetworkRequest post{QUrl(f.client->server())};
    post.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    const Reply posted = fd::test::SandboxClient::wait(f.client->nam().post(
        post, "act=a_check&key=" + f.client->key().toUtf8() + "&ts=" + ts.toUtf8() + "&wait=0"));
    CHECK(posted.json() == r.json());
    CHECK(f.sandbox->requestCount(u"a_check"_s) == 4);
    CHECK(f.sandbox->requestCount(u"groups.getLongPollServer"_s) == 1);
}

TEST_CASE("VK long poll: ts too old or in the future gives failed 1 with ts as a number", "[vk]")
{
    VkSandbox::Options options;
    options.communities = {VkSandboxCommunity::Config::demo(0)};
    options.communities[0].historySize = 5;
    VkFixture f(options);
    f.client->longPollServer(Gid);
    for (int i = 0; i < 8; ++i)
        f.community->pushMessage(anna, QString::number(i));
    // Eight events, five kept: 4..8; the next is 9.
    CHECK(f.community->events().size() == 5);
    CHECK(f.community->oldestTs() == 4);
    CHECK(f.community->currentTs() == 9);

    const Reply old = f.client->poll(u"3"_s);
    CHECK(old.body == "{\"failed\":1,\"ts\":9}"); // a number here, unlike everywhere else
    CHECK(old.json().value(u"ts"_s).isDouble());
    const Reply future = f.client->poll(u"10"_s);
    CHECK(future.body == "{\"failed\":1,\"ts\":9}");
    CHECK(f.client->poll(u"garbage"_s).body == "{\"failed\":1,\"ts\":9}");

    // Continue with the ts from the answer (the client must read it as a number).
    CHECK(f.client->poll(u"9"_s).body == "{\"ts\":\"9\",\"updates\":[]}");
    const Reply kept = f.client->poll(u"4"_s);
    REQUIRE(updates(kept).size() == 5);
    CHECK(kept.json().value(u"ts"_s) == u"9"_s);
    const QJsonObject first = updates(kept).at(0).toObject();
    CHECK(first.value(u"object"_s)[u"message"_s][u"text"_s] == u"3"_s);
}

TEST_CASE("VK long poll: at most maxEventsPerAnswer events an answer, ts moves by that many",
          "[vk]")
{
    VkSandbox::Options options;
    options.maxEventsPerAnswer = 40;
    VkFixture f(options);
    f.client->longPollServer(Gid);
    const QString start = ts(f);
    for (int i = 0; i < 50; ++i)
        f.community->pushMessage(anna, QString::number(i));
    const Reply first = f.client->poll(start);
    CHECK(updates(first).size() == 40);
    const QString next = first.json().value(u"ts"_s).toString();
    CHECK(next == QString::number(start.toLongLong() + 40));
    const Reply second = f.client->poll(next);
    CHECK(updates(second).size() == 10);
    CHECK(second.json().value(u"ts"_s).toString() == ts(f));
}

TEST_CASE("VK long poll: unknown or expired keys give failed 2, a new key keeps the ts", "[vk]")
{
    Clock clock;
    VkFixture f(clock.options());
    const QJsonObject lp = f.client->longPollServer(Gid);
    const QString first = f.client->key();
    f.community->pushMessage(anna, u"hi"_s);

    CHECK(f.client
              ->poll(lp.value(u"ts"_s).toString(), 0, u"0123456789abcdef0123456789abcdef01234567"_s)
              .body == "{\"failed\":2}");

    // A second getLongPollServer gives a new key; the old one works until it expires.
    *clock.ms += 30 * 60 * 1000;
    f.client->longPollServer(Gid);
    const QString second = f.client->key();
    CHECK(second != first);
    CHECK(updates(f.client->poll(lp.value(u"ts"_s).toString(), 0, first)).size() == 1);
    *clock.ms += 31 * 60 * 1000; // the first key is now over an hour old
    CHECK(f.client->poll(lp.value(u"ts"_s).toString(), 0, first).body == "{\"failed\":2}");
    // The client keeps its ts with the fresh key and loses nothing.
    CHECK(updates(f.client->poll(lp.value(u"ts"_s).toString(), 0, second)).size() == 1);

    f.community->expireKey();
    CHECK(f.client->poll(lp.value(u"ts"_s).toString(), 0, second).body == "{\"failed\":2}");
    const QJsonObject again = f.client->longPollServer(Gid);
    CHECK(updates(f.client->poll(lp.value(u"ts"_s).toString())).size() == 1);
    CHECK(again.value(u"ts"_s).toString() == ts(f));
}

TEST_CASE("VK long poll: a held poll whose key expires gets failed 2", "[vk]")
{
    Clock clock;
    VkFixture f(clock.options());
    f.client->longPollServer(Gid);
    QSignalSpy waiting(f.sandbox.get(), &VkSandbox::pollWaiting);

    // Expired on purpose: answered at once.
    QNetworkReply *poll = f.client->startPoll(ts(f), 25);
    REQUIRE(waiting.wait(10000));
    f.community->expireKey();
    CHECK(fd::test::SandboxClient::wait(poll, 10000).body == "{\"failed\":2}");
    CHECK(f.sandbox->waitingPolls() == 0);

    // Aged out while waiting: the event that wakes the poll is not served on the stale key.
    f.client->longPollServer(Gid);
    poll = f.client->startPoll(ts(f), 25);
    REQUIRE(waiting.wait(10000));
    *clock.ms += 3601 * 1000;
    f.community->pushMessage(anna, u"hi"_s);
    CHECK(fd::test::SandboxClient::wait(poll, 10000).body == "{\"failed\":2}");
}

TEST_CASE("VK long poll: a request on an unknown group or with a wrong act", "[vk]")
{
    VkFixture f;
    f.client->longPollServer(Gid);
    const Reply other = fd::test::SandboxClient::wait(
        f.client->startPoll(u"1"_s, 0, {}, f.sandbox->apiBaseUrl().toString() + u"/whp/1"_s));
    CHECK(other.body == "{\"failed\":2}");

    QUrl url(f.client->server());
    url.setQuery(u"act=b_check&key="_s + f.client->key() + u"&ts=1&wait=0"_s);
    const Reply act = fd::test::SandboxClient::wait(f.client->nam().get(QNetworkRequest(url)));
    CHECK(act.status == 200);
    CHECK(act.json() == QJsonObject{{u"error"_s, u"Invalid act: a_check expected"_s}});
    CHECK_FALSE(act.json().contains(u"updates"_s));
}

TEST_CASE("VK long poll: a held poll is answered as soon as events arrive", "[vk]")
{
    VkFixture f;
    f.client->longPollServer(Gid);
    QSignalSpy waiting(f.sandbox.get(), &VkSandbox::pollWaiting);
    const QString start = ts(f);
    QNetworkReply *poll = f.client->startPoll(start, 25);
    REQUIRE(waiting.wait(10000));
    CHECK(waiting.at(0).at(0).toLongLong() == Gid);
    CHECK(f.sandbox->waitingPolls() == 1);
    CHECK(f.sandbox->waitingPolls(Gid) == 1);

    // Events pushed together go out together.
    const auto post = f.community->pushWallPost(u"New collection"_s);
    f.community->pushWallReply(anna, post.id, u"Класс!"_s);
    const Reply r = fd::test::SandboxClient::wait(poll, 10000); // far less than 25 s
    REQUIRE(r.status == 200);
    REQUIRE(updates(r).size() == 2);
    CHECK(updates(r).at(0).toObject().value(u"type"_s) == u"wall_post_new"_s);
    CHECK(r.json().value(u"ts"_s).toString() == ts(f));
    CHECK(f.sandbox->waitingPolls() == 0);
}

TEST_CASE("VK long poll: with nothing new it answers its own ts after the wait", "[vk]")
{
    VkFixture f;
    f.client->longPollServer(Gid);
    QSignalSpy served(f.sandbox.get(), &VkSandbox::requestServed);
    const Reply r = f.client->poll(ts(f), 1);
    CHECK(r.body == "{\"ts\":\"" + ts(f).toUtf8() + "\",\"updates\":[]}");
    REQUIRE(served.size() == 1);
    CHECK(served.at(0).at(0).toString() == u"a_check"_s);
    CHECK(served.at(0).at(1).toInt() == 200);
}

TEST_CASE("VK long poll: a client that goes away ends its wait", "[vk]")
{
    VkFixture f;
    f.client->longPollServer(Gid);
    QSignalSpy waiting(f.sandbox.get(), &VkSandbox::pollWaiting);
    QNetworkReply *poll = f.client->startPoll(ts(f), 90);
    REQUIRE(waiting.wait(10000));
    poll->abort();
    poll->deleteLater();
    CHECK(fd::test::waitUntil([&] { return f.sandbox->waitingPolls() == 0; }));
    // Events afterwards are kept for the next poll.
    f.community->pushMessage(anna, u"still there"_s);
    CHECK(updates(f.client->poll(QString::number(f.community->currentTs() - 1))).size() == 1);
}

TEST_CASE("VK faults: injected failed 1, 2 and 3", "[vk]")
{
    VkFixture f;
    f.client->longPollServer(Gid);
    f.community->pushMessage(anna, u"hi"_s);
    f.sandbox->injectFault(Fault::failed(1));
    f.sandbox->injectFault(Fault::failed(2));
    f.sandbox->injectFault(Fault::failed(3));
    CHECK(f.sandbox->pendingFaults() == 3);

    CHECK(f.client->poll(u"1"_s).body == "{\"failed\":1,\"ts\":" + ts(f).toUtf8() + '}');
    CHECK(f.client->poll(u"1"_s).body == "{\"failed\":2}");
    CHECK(f.client->poll(u"1"_s).body == "{\"failed\":3}");
    // After failed 3 the key is gone: a new key and ts are needed.
    CHECK(f.client->poll(u"1"_s).body == "{\"failed\":2}");
    f.client->longPollServer(Gid);
    CHECK(updates(f.client->poll(u"1"_s)).size() == 1);
    CHECK(f.sandbox->pendingFaults() == 0);
}

TEST_CASE("VK faults: API errors with VK's texts, and refused writes are recorded", "[vk]")
{
    VkFixture f;
    f.community->pushMessage(anna, u"hi"_s);
    const QList<std::pair<QString, QString>> message{{u"peer_id"_s, QString::number(anna.id)},
                                                     {u"random_id"_s, u"5"_s},
                                                     {u"message"_s, u"Hello"_s}};
    const std::pair<int, QString> errors[] = {
        {6, u"Too many requests per second"_s},
        {9, u"Flood control"_s},
        {29, u"Rate limit reached"_s},
        {5, u"User authorization failed: invalid access_token (4)."_s},
        {10, u"Internal server error"_s}};
    for (const auto &[code, text] : errors)
        f.sandbox->injectFault(Fault::apiError(code), 1, u"messages.send"_s);
    for (const auto &[code, text] : errors) {
        const Reply r = f.client->call(u"messages.send"_s, message);
        INFO(r.body.toStdString());
        CHECK(r.status == 200);
        CHECK(vkError(r).value(u"error_code"_s).toInteger() == code);
        CHECK(vkError(r).value(u"error_msg"_s).toString() == text);
        CHECK(vkError(r).value(u"request_params"_s).toArray().size() == 6); // method, oauth, 4
        CHECK_FALSE(r.body.contains(f.community->config().token.toUtf8()));
    }
    CHECK(vkResponse(f.client->call(u"messages.send"_s, message)).isDouble());
    const auto calls = f.sandbox->writeCalls(u"messages.send"_s);
    REQUIRE(calls.size() == 6);
    CHECK(calls.at(0).errorCode == 6);
    CHECK(calls.at(1).errorMsg == u"Flood control"_s);
    CHECK(calls.at(5).ok());
    CHECK(f.community->messages(anna.id).size() == 2); // only the last one was sent

    // A custom text, and a fault for one method leaves the others alone.
    f.sandbox->injectFault(Fault::apiError(14, u"Captcha needed"_s), 1, u"wall.createComment"_s);
    CHECK(vkResponse(f.client->call(u"groups.getById"_s)).isObject());
    CHECK(f.sandbox->pendingFaults() == 1);
    f.sandbox->clearFaults();
    CHECK(f.sandbox->pendingFaults() == 0);
}

TEST_CASE("VK faults: a fault for one community leaves the others alone", "[vk]")
{
    VkSandbox::Options options;
    options.communities = {VkSandboxCommunity::Config::demo(0),
                           VkSandboxCommunity::Config::demo(1)};
    VkFixture f(options);
    VkSandboxCommunity *second = f.sandbox->communities().at(1);
    f.sandbox->injectFault(Fault::failed(2), 1, u"a_check"_s, second->id());
    f.client->longPollServer(Gid);
    CHECK(f.client->poll(ts(f)).json().contains(u"updates"_s));
    fd::test::VkClient other(f.sandbox->apiBaseUrl(), second->config().token);
    other.longPollServer(second->id());
    CHECK(other.poll(QString::number(second->currentTs())).body == "{\"failed\":2}");
}

TEST_CASE("VK faults: a dropped connection loses nothing on the server", "[vk]")
{
    VkFixture f;
    f.client->longPollServer(Gid);
    f.community->pushMessage(anna, u"hi"_s);
    QSignalSpy served(f.sandbox.get(), &VkSandbox::requestServed);
    // QNetworkAccessManager quietly retries a request whose connection closed, so drop a few.
    f.sandbox->injectFault(Fault::drop(), 5);
    const Reply r = f.client->poll(u"1"_s);
    CHECK(r.status == 0);
    CHECK(r.error != QNetworkReply::NoError);
    REQUIRE(served.size() >= 1);
    CHECK(served.at(0).at(1).toInt() == 0);
    f.sandbox->clearFaults();
    CHECK(updates(f.client->poll(u"1"_s)).size() == 1);

    f.sandbox->injectFault(Fault::drop(), 5, u"messages.send"_s);
    const Reply send = f.client->call(u"messages.send"_s, {{u"peer_id"_s, QString::number(anna.id)},
                                                           {u"random_id"_s, u"1"_s},
                                                           {u"message"_s, u"x"_s}});
    CHECK(send.status == 0);
    CHECK(f.community->messages(anna.id).size() == 1); // never carried out
    CHECK(f.sandbox->writeCalls().isEmpty());
}

TEST_CASE("VK faults: a send carried out whose answer was lost, then retried", "[vk]")
{
    VkFixture f;
    f.community->pushMessage(anna, u"Где заказ?"_s);
    // QNetworkAccessManager re-sends a POST whose connection closed without an answer: every
    // attempt is carried out, and random_id keeps it to one message.
    f.sandbox->injectFault(Fault::dropAfterProcessing(), 10, u"messages.send"_s);
    const QList<std::pair<QString, QString>> fields{{u"peer_id"_s, QString::number(anna.id)},
                                                    {u"random_id"_s, u"424242"_s},
                                                    {u"message"_s, u"Уже в пути"_s}};
    const Reply lost = f.client->call(u"messages.send"_s, fields);
    CHECK(lost.status == 0);
    CHECK(lost.error != QNetworkReply::NoError);
    const auto calls = f.sandbox->writeCalls(u"messages.send"_s);
    REQUIRE_FALSE(calls.isEmpty());
    CHECK(calls.at(0).ok());
    CHECK(f.community->messages(anna.id).size() == 2);
    f.sandbox->clearFaults();
    const Reply retry = f.client->call(u"messages.send"_s, fields);
    CHECK(vkResponse(retry) == calls.at(0).result);
    CHECK(f.community->messages(anna.id).size() == 2);
}

TEST_CASE("VK faults: a malformed answer, and the events are still there afterwards", "[vk]")
{
    VkFixture f;
    f.client->longPollServer(Gid);
    f.community->pushMessage(anna, u"hi"_s);
    f.sandbox->injectFault(Fault::malformedJson());
    const Reply broken = f.client->poll(u"1"_s);
    CHECK(broken.status == 200);
    CHECK(broken.body.startsWith("{\"ts\":\"2\",\"updates\":[{"));
    CHECK_FALSE(broken.isJson());
    CHECK(updates(f.client->poll(u"1"_s)).size() == 1);

    f.sandbox->injectFault(Fault::malformedJson(), 1, u"groups.getById"_s);
    const Reply api = f.client->call(u"groups.getById"_s);
    CHECK(api.body.startsWith("{\"response\":{"));
    CHECK_FALSE(api.isJson());
}

TEST_CASE("VK faults: a 5 MB long-poll answer with one huge message", "[vk]")
{
    VkFixture f;
    f.client->longPollServer(Gid);
    f.sandbox->injectFault(Fault::hugeBody());
    const Reply r = f.client->poll(ts(f));
    REQUIRE(r.status == 200);
    CHECK(r.body.size() > 5 * 1024 * 1024);
    REQUIRE(r.isJson());
    REQUIRE(updates(r).size() == 1);
    const QJsonObject event = updates(r).at(0).toObject();
    CHECK(event.value(u"type"_s) == u"message_new"_s);
    const QString text = event.value(u"object"_s)[u"message"_s][u"text"_s].toString();
    CHECK(text.toUtf8().size() >= 5 * 1024 * 1024);
}

TEST_CASE("VK faults: a huge but valid API answer", "[vk]")
{
    VkFixture f;
    f.sandbox->injectFault(Fault::hugeBody(1024 * 1024), 1, u"groups.getById"_s);
    const Reply r = f.client->call(u"groups.getById"_s);
    REQUIRE(r.status == 200);
    CHECK(r.body.size() > 1024 * 1024);
    REQUIRE(r.isJson());
    CHECK(vkResponse(r) == vkResponse(f.client->call(u"groups.getById"_s)));
}

TEST_CASE("VK faults: 5 MB of junk labelled JSON", "[vk]")
{
    VkFixture f;
    f.client->longPollServer(Gid);
    f.sandbox->injectFault(Fault::junkBody());
    const Reply r = f.client->poll(u"1"_s);
    CHECK(r.status == 200);
    CHECK(r.header("Content-Type") == "application/json");
    CHECK(r.body.size() == 5 * 1024 * 1024);
    CHECK_FALSE(r.isJson());
}

TEST_CASE("VK faults: a byte that is not UTF-8 inside a string of a real answer", "[vk]")
{
    VkFixture f;
    f.client->longPollServer(Gid);
    const QString start = ts(f);
    f.sandbox->injectFault(Fault::invalidUtf8());
    const Reply r = f.client->poll(start);
    REQUIRE(r.status == 200);
    CHECK(r.body.contains(char(0xff)));
    CHECK_FALSE(r.isJson()); // Qt's parser refuses it outright
    // Decoded leniently it is the usual answer, with one message_new.
    const QJsonObject lenient =
        QJsonDocument::fromJson(QString::fromUtf8(r.body).toUtf8()).object();
    REQUIRE(lenient.value(u"updates"_s).toArray().size() == 1);
    const QJsonObject event = lenient.value(u"updates"_s).toArray().at(0).toObject();
    CHECK(event.value(u"type"_s) == u"message_new"_s);
    CHECK(event.value(u"object"_s)[u"message"_s][u"text"_s].toString().endsWith(
        u"платил, чек прикладываю"_s));
    CHECK(lenient.value(u"ts"_s).toString() == ts(f));
    // The next answer is clean again.
    CHECK(f.client->poll(start).isJson());

    f.community->addUser(anna);
    f.sandbox->injectFault(Fault::invalidUtf8(), 1, u"users.get"_s);
    const Reply api = f.client->call(u"users.get"_s, {{u"user_ids"_s, u"712345678"_s}});
    CHECK(api.body.contains(char(0xff)));
    CHECK_FALSE(api.isJson());
    const QJsonObject fixed =
        QJsonDocument::fromJson(QString::fromUtf8(api.body).toUtf8()).object();
    CHECK(fixed.value(u"response"_s).toArray().at(0).toObject().value(u"id"_s).toInteger() ==
          anna.id);
}

TEST_CASE("VK faults: nginx's 502 and 500 pages", "[vk]")
{
    VkFixture f;
    f.client->longPollServer(Gid);
    f.sandbox->injectFault(Fault::serverErrorHtml());
    f.sandbox->injectFault(Fault::serverErrorHtml(500), 1, u"users.get"_s);
    const Reply gateway = f.client->poll(u"1"_s);
    CHECK(gateway.status == 502);
    CHECK(gateway.header("Content-Type") == "text/html");
    CHECK(gateway.body.contains("<title>502 Bad Gateway</title>"));
    CHECK_FALSE(gateway.isJson());
    const Reply internal = f.client->call(u"users.get"_s, {{u"user_ids"_s, u"1"_s}});
    CHECK(internal.status == 500);
    CHECK(internal.body.contains("500 Internal Server Error"));
    CHECK(f.client->poll(u"1"_s).status == 200);
}

TEST_CASE("VK faults: a delayed answer still arrives whole", "[vk]")
{
    VkFixture f;
    f.client->longPollServer(Gid);
    f.community->pushMessage(anna, u"hi"_s);
    f.sandbox->injectFault(Fault::delay(200));
    f.sandbox->injectFault(Fault::delay(100), 1, u"users.get"_s);
    QSignalSpy served(f.sandbox.get(), &VkSandbox::requestServed);
    const Reply r = f.client->poll(u"1"_s);
    CHECK(r.status == 200);
    CHECK(updates(r).size() == 1);
    CHECK(served.size() == 1);
    f.community->addUser(anna);
    CHECK(vkResponse(f.client->call(u"users.get"_s, {{u"user_ids"_s, u"anna_petrova"_s}}))
              .toArray()
              .size() == 1);
}

TEST_CASE("VK faults: keep-alive survives error answers", "[vk]")
{
    VkFixture f;
    f.sandbox->injectFault(Fault::apiError(6), 1, u"groups.getById"_s);
    f.sandbox->injectFault(Fault::serverErrorHtml(), 1, u"groups.getById"_s);
    for (int i = 0; i < 4; ++i)
        f.client->call(u"groups.getById"_s);
    CHECK(f.server.connectionsAccepted() == 1);
    CHECK(f.sandbox->requestCount(u"groups.getById"_s) == 4);
    CHECK(f.sandbox->requestCount() == 4);
}
