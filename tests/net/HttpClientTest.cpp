#include "LoopbackServer.h"
#include "NetTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using fd::core::HttpClient;
using fd::core::HttpRequest;
using fd::core::HttpResult;
using fd::test::LoopbackServer;
using fd::test::ScriptedReply;
using fd::test::sendAndWait;
using Kind = fd::core::HttpResult::Kind;

namespace {

const QString kTricky = u"Привет 👋 a+b & c%d=e\nnew line"_s;
constexpr qint64 kMiB = 1024 * 1024;

ScriptedReply silent()
{
    ScriptedReply reply;
    reply.behaviour = ScriptedReply::Behaviour::NeverAnswer;
    return reply;
}

} // namespace

TEST_CASE("A form body reaches the server so that form decoding gives back every character",
          "[net][client]")
{
    LoopbackServer server;
    HttpClient client(nullptr);
    HttpRequest request = HttpRequest::post(server.baseUrl(), u"/bot123:ABC/sendMessage"_s);
    request.addFormField(u"chat_id"_s, qint64(-1001234567890123)).addFormField(u"text"_s, kTricky);

    const HttpResult result = sendAndWait(client, request);
    CHECK(result.kind == Kind::Ok);
    REQUIRE(server.requests().size() == 1);
    const auto &got = server.requests().first();
    CHECK(got.method == "POST");
    CHECK(got.path() == "/bot123:ABC/sendMessage");
    CHECK(got.header("Content-Type") == "application/x-www-form-urlencoded");
    CHECK_FALSE(got.body.contains('+'));
    const auto fields = fd::test::decodeForm(got.body);
    REQUIRE(fields.size() == 2);
    CHECK(fields[0] == std::pair(u"chat_id"_s, u"-1001234567890123"_s));
    CHECK(fields[1].first == u"text"_s);
    CHECK(fields[1].second == kTricky);
}

TEST_CASE("A query string reaches the server so that form decoding gives back every character",
          "[net][client]")
{
    LoopbackServer server;
    HttpClient client(nullptr);
    HttpRequest request = HttpRequest::get(server.baseUrl(), u"/method/messages.send"_s);
    request.addQueryItem(u"message"_s, kTricky).addQueryItem(u"v"_s, u"5.199"_s);

    CHECK(sendAndWait(client, request).kind == Kind::Ok);
    REQUIRE(server.requests().size() == 1);
    const auto &got = server.requests().first();
    CHECK(got.method == "GET");
    CHECK(got.path() == "/method/messages.send");
    CHECK(got.body.isEmpty());
    CHECK_FALSE(got.query().contains('+'));

    // Our decoder...
    const auto items = fd::test::decodeForm(got.query());
    REQUIRE(items.size() == 2);
    CHECK(items[0] == std::pair(u"message"_s, kTricky));
    CHECK(items[1] == std::pair(u"v"_s, u"5.199"_s));
    // ...and Qt's, after the plus-as-space step servers apply first.
    QByteArray query = got.query();
    query.replace('+', ' ');
    const QUrlQuery parsed(QString::fromLatin1(query));
    CHECK(parsed.queryItemValue(u"message"_s, QUrl::FullyDecoded) == kTricky);
}

TEST_CASE("A JSON body arrives intact with its content type, and an echo parses back",
          "[net][client]")
{
    LoopbackServer server;
    server.setHandler([](const fd::test::ReceivedRequest &request) {
        return ScriptedReply::json(200, "OK", request.body);
    });
    HttpClient client(nullptr);
    const QJsonObject sent{{u"text"_s, kTricky},
                           {u"chat_id"_s, qint64(9007199254740993)}, // 2^53 + 1
                           {u"allowed_updates"_s, QJsonArray{u"message"_s, u"channel_post"_s}}};
    HttpRequest request = HttpRequest::post(server.baseUrl(), u"/bot1:A/getUpdates"_s);
    request.setJsonBody(QJsonDocument(sent));

    HttpResult result = sendAndWait(client, request);
    REQUIRE(result.kind == Kind::Ok);
    const auto &got = server.requests().first();
    CHECK(got.header("Content-Type") == "application/json");
    CHECK(QJsonDocument::fromJson(got.body).object() == sent);
    const QJsonObject echoed = result.json().object();
    CHECK(result.kind == Kind::Ok);
    CHECK(echoed == sent);
    CHECK(echoed.value(u"chat_id"_s).toInteger() == 9007199254740993);
}

TEST_CASE("Requests carry the user agent and the bearer token, over one kept-alive connection",
          "[net][client]")
{
    LoopbackServer server;
    HttpClient client(nullptr);
    HttpRequest request = HttpRequest::get(server.baseUrl(), u"/me"_s);
    request.setBearerToken(u"s3cr3t"_s).setHeader("X-Trace", "abc");
    REQUIRE(sendAndWait(client, request).ok());
    REQUIRE(sendAndWait(client, request).ok());
    REQUIRE(server.requests().size() == 2);
    const auto &got = server.requests().last();
    CHECK(got.header("User-Agent") == QByteArray("Frontdesk/" FRONTDESK_VERSION));
    CHECK(got.header("Authorization") == "Bearer s3cr3t");
    CHECK(got.header("X-Trace") == "abc");
    CHECK(server.acceptedConnections() == 1);
}

TEST_CASE("PUT and DELETE are sent with their own verbs", "[net][client]")
{
    LoopbackServer server;
    HttpClient client(nullptr);
    HttpRequest put = HttpRequest::put(server.baseUrl(), u"/reviews/1/reply"_s);
    put.setJsonBody(QJsonDocument(QJsonObject{{u"comment"_s, u"Thanks!"_s}}));
    REQUIRE(sendAndWait(client, put).ok());
    REQUIRE(sendAndWait(client, HttpRequest(HttpRequest::Method::Delete, server.baseUrl(),
                                            u"/comments/5"_s))
                .ok());
    REQUIRE(server.requests().size() == 2);
    CHECK(server.requests()[0].method == "PUT");
    CHECK(server.requests()[0].body == R"({"comment":"Thanks!"})");
    CHECK(server.requests()[1].method == "DELETE");
    CHECK(server.requests()[1].path() == "/comments/5");
}

TEST_CASE("200 with JSON is Ok and parses", "[net][client]")
{
    LoopbackServer server;
    server.setReply(ScriptedReply::json(200, "OK", R"({"ok":true,"result":[{"update_id":7}]})"));
    HttpClient client(nullptr);
    HttpResult result = sendAndWait(client, HttpRequest::get(server.baseUrl(), u"/x"_s));
    CHECK(result.kind == Kind::Ok);
    CHECK(result.httpStatus == 200);
    CHECK(result.message.isEmpty());
    CHECK(result.header("content-type") == "application/json");
    const QJsonDocument doc = result.json();
    CHECK(result.kind == Kind::Ok);
    CHECK(
        doc.object().value(u"result"_s).toArray().at(0).toObject().value(u"update_id"_s).toInt() ==
        7);
}

TEST_CASE("200 with malformed JSON keeps the body, json() reports Parse in words", "[net][client]")
{
    LoopbackServer server;
    server.setReply(ScriptedReply::json(200, "OK", R"({"ok":true,"result":[)"));
    HttpClient client(nullptr);
    HttpResult result = sendAndWait(client, HttpRequest::get(server.baseUrl(), u"/x"_s));
    CHECK(result.kind == Kind::Ok);
    CHECK(result.body == R"({"ok":true,"result":[)");
    CHECK(result.json().isNull());
    CHECK(result.kind == Kind::Parse);
    CHECK(result.message.contains(u"is not valid JSON"_s));
    CHECK(result.message.contains(server.baseUrl().authority()));
    CHECK_FALSE(result.retryable());
}

TEST_CASE("404 and 500 are Http with the status and the body kept", "[net][client]")
{
    LoopbackServer server;
    server.setHandler([](const fd::test::ReceivedRequest &request) {
        if (request.path() == "/missing")
            return ScriptedReply::json(
                404, "Not Found", R"({"ok":false,"error_code":404,"description":"Not Found"})");
        return ScriptedReply::json(500, "Internal Server Error", "<html>oops</html>");
    });
    HttpClient client(nullptr);

    HttpResult missing = sendAndWait(client, HttpRequest::get(server.baseUrl(), u"/missing"_s));
    CHECK(missing.kind == Kind::Http);
    CHECK(missing.httpStatus == 404);
    CHECK(missing.message.contains(u"HTTP 404 Not Found"_s));
    CHECK_FALSE(missing.retryable());
    CHECK(missing.json().object().value(u"error_code"_s).toInt() == 404);
    CHECK(missing.kind == Kind::Http);

    HttpResult broken = sendAndWait(client, HttpRequest::get(server.baseUrl(), u"/boom"_s));
    CHECK(broken.kind == Kind::Http);
    CHECK(broken.httpStatus == 500);
    CHECK(broken.body == "<html>oops</html>");
    CHECK(broken.retryable());
    CHECK(broken.message.contains(u"500"_s));
}

TEST_CASE("401 keeps its body too, without Qt asking for credentials", "[net][client]")
{
    LoopbackServer server;
    ScriptedReply reply = ScriptedReply::json(
        401, "Unauthorized", R"({"ok":false,"error_code":401,"description":"Unauthorized"})");
    reply.headers.append(std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Bearer"));
    server.setReply(reply);
    HttpClient client(nullptr);
    HttpResult result = sendAndWait(client, HttpRequest::get(server.baseUrl(), u"/bot1:A/getMe"_s));
    CHECK(result.kind == Kind::Http);
    CHECK(result.httpStatus == 401);
    CHECK(result.json().object().value(u"description"_s).toString() == u"Unauthorized"_s);
    CHECK(result.message.contains(u"token"_s));
}

TEST_CASE("429 with Retry-After is a retryable Http result that says how long to wait",
          "[net][client]")
{
    LoopbackServer server;
    ScriptedReply reply = ScriptedReply::json(
        429, "Too Many Requests",
        R"({"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7",)"
        R"("parameters":{"retry_after":7}})");
    reply.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "7"));
    server.setReply(reply);
    HttpClient client(nullptr);
    HttpResult result = sendAndWait(client, HttpRequest::post(server.baseUrl(), u"/send"_s));
    CHECK(result.kind == Kind::Http);
    CHECK(result.httpStatus == 429);
    REQUIRE(result.retryAfter.has_value());
    CHECK(*result.retryAfter == 7s);
    CHECK(result.retryable());
    CHECK(result.message.contains(u"wait 7 second"_s)); // "second(s)" until translated
    CHECK(
        result.json().object().value(u"parameters"_s).toObject().value(u"retry_after"_s).toInt() ==
        7);
}

TEST_CASE("Connection refused is a Network result in words", "[net][client]")
{
    const quint16 port = LoopbackServer::closedPort();
    HttpClient client(nullptr);
    const QUrl base(u"http://127.0.0.1:"_s + QString::number(port));
    const HttpResult result =
        sendAndWait(client, HttpRequest::get(base, u"/bot123:SECRET/getMe"_s));
    CHECK(result.kind == Kind::Network);
    CHECK(result.httpStatus == 0);
    CHECK(result.message == u"Could not connect to 127.0.0.1:%1: connection refused."_s.arg(port));
    CHECK_FALSE(result.message.contains(u"SECRET"_s));
    CHECK(result.retryable());
}

TEST_CASE("An unknown host is a Network result in words", "[net][client]")
{
    HttpClient client(nullptr);
    // .invalid never resolves (RFC 2606).
    const HttpResult result =
        sendAndWait(client, HttpRequest::get(QUrl(u"http://frontdesk-test.invalid"_s), u"/x"_s));
    CHECK(result.kind == Kind::Network);
    CHECK(result.message.contains(u"frontdesk-test.invalid"_s));
}

TEST_CASE("An address that is not http(s) fails later, never inside send()", "[net][client]")
{
    HttpClient client(nullptr);
    const HttpResult result = sendAndWait(client, HttpRequest::get(QUrl(u"ftp://h/x"_s)));
    CHECK(result.kind == Kind::Network);
    CHECK(result.message.contains(u"not a valid http or https address"_s));
    CHECK(sendAndWait(client, HttpRequest::get(QUrl(), u"/x"_s)).kind == Kind::Network);
}

TEST_CASE("A connection closed mid-reply is a Network result", "[net][client]")
{
    LoopbackServer server;
    ScriptedReply reply = ScriptedReply::json(200, "OK", QByteArray(1000, 'a'));
    reply.behaviour = ScriptedReply::Behaviour::CloseMidBody;
    server.setReply(reply);
    HttpClient client(nullptr);
    const HttpResult result = sendAndWait(client, HttpRequest::get(server.baseUrl(), u"/x"_s));
    CHECK(result.kind == Kind::Network);
    CHECK(result.message.contains(server.baseUrl().authority()));
    CHECK(result.retryable());
}

TEST_CASE("A server that never answers times out", "[net][client]")
{
    LoopbackServer server;
    server.setReply(silent());
    HttpClient client(nullptr);
    HttpRequest request = HttpRequest::get(server.baseUrl(), u"/bot1:A/getUpdates"_s);
    request.setTimeout(300ms);
    const HttpResult result = sendAndWait(client, request);
    CHECK(result.kind == Kind::Timeout);
    CHECK(result.message.contains(u"300 ms"_s));
    CHECK(result.retryable());
    CHECK(client.pendingCount() == 0);
}

TEST_CASE("The timeout counts silence: a slow but steady reply is not cut off", "[net][client]")
{
    LoopbackServer server;
    ScriptedReply reply = ScriptedReply::json(200, "OK", R"({"ok":true,"result":"slow but fine"})");
    reply.behaviour = ScriptedReply::Behaviour::Trickle;
    reply.parts = 4;
    reply.gapMs = 150; // 450 ms in all, never 400 ms of silence
    server.setReply(reply);
    HttpClient client(nullptr);
    HttpRequest request = HttpRequest::get(server.baseUrl(), u"/x"_s);
    request.setTimeout(400ms);
    HttpResult result = sendAndWait(client, request);
    CHECK(result.kind == Kind::Ok);
    CHECK(result.json().object().value(u"result"_s).toString() == u"slow but fine"_s);
}

TEST_CASE("A long poll waits for the poll plus the margin, not the short timeout", "[net][client]")
{
    LoopbackServer server;
    ScriptedReply reply = ScriptedReply::json(200, "OK", R"({"ok":true,"result":[]})");
    reply.delayMs = 600; // the server holds the poll for a while
    server.setReply(reply);
    HttpClient client(nullptr);
    HttpRequest request = HttpRequest::get(server.baseUrl(), u"/bot1:A/getUpdates"_s);
    request.setTimeout(200ms).setLongPoll(1s).addQueryItem(u"timeout"_s, 1);
    CHECK(request.timeout() == 11s);
    CHECK(sendAndWait(client, request).kind == Kind::Ok);
}

TEST_CASE("A reply over the size limit is refused as TooLarge", "[net][client]")
{
    LoopbackServer server;
    HttpClient client(nullptr);
    client.setMaxReplySize(kMiB);
    CHECK(HttpClient::kDefaultMaxReplySize == 16 * kMiB);

    ScriptedReply huge;
    huge.behaviour = ScriptedReply::Behaviour::Filler;
    huge.fillerBytes = 20 * kMiB;

    SECTION("announced by Content-Length")
    {
        server.setReply(huge);
    }
    SECTION("found while reading a body of unknown length")
    {
        huge.contentLength = false;
        server.setReply(huge);
    }
    const HttpResult result = sendAndWait(client, HttpRequest::get(server.baseUrl(), u"/x"_s));
    CHECK(result.kind == Kind::TooLarge);
    CHECK(result.body.isEmpty());
    CHECK(result.message.contains(u"1.00 MiB"_s));
    CHECK_FALSE(result.retryable());
}

TEST_CASE("A request may raise the size limit for itself", "[net][client]")
{
    LoopbackServer server;
    ScriptedReply big;
    big.behaviour = ScriptedReply::Behaviour::Filler;
    big.fillerBytes = 2 * kMiB;
    big.contentLength = false;
    server.setReply(big);
    HttpClient client(nullptr);
    client.setMaxReplySize(kMiB);
    HttpRequest request = HttpRequest::get(server.baseUrl(), u"/file"_s);
    request.setMaxReplySize(3 * kMiB);
    const HttpResult result = sendAndWait(client, request);
    CHECK(result.kind == Kind::Ok);
    CHECK(result.body.size() == 2 * kMiB);
}

TEST_CASE("abortAll() ends every pending request with Aborted, once", "[net][client]")
{
    LoopbackServer server;
    server.setReply(silent());
    QSignalSpy received(&server, &LoopbackServer::requestReceived);
    HttpClient client(nullptr);
    fd::test::Probe probe;
    QSignalSpy called(&probe, &fd::test::Probe::called);
    QList<HttpResult> results;
    const auto done = [&](HttpResult r) {
        results.append(std::move(r));
        Q_EMIT probe.called();
    };
    client.send(HttpRequest::get(server.baseUrl(), u"/a"_s), &probe, done);
    client.send(HttpRequest::get(server.baseUrl(), u"/b"_s), &probe, done);
    REQUIRE(fd::test::waitForCount(received, 2));
    CHECK(client.pendingCount() == 2);

    client.abortAll();
    CHECK(client.pendingCount() == 0);
    CHECK(results.isEmpty()); // callbacks come from the event loop, not from inside abortAll()
    REQUIRE(fd::test::waitForCount(called, 2));
    for (const HttpResult &r : results) {
        CHECK(r.kind == Kind::Aborted);
        CHECK_FALSE(r.retryable());
        CHECK(r.message.contains(u"cancelled"_s));
    }

    // The client still works, and nothing more arrives for the aborted requests.
    server.setReply(ScriptedReply::json(200, "OK", "{}"));
    CHECK(sendAndWait(client, HttpRequest::get(server.baseUrl(), u"/c"_s)).ok());
    CHECK(results.size() == 2);
}

TEST_CASE("Destroying the context cancels the request and the callback never runs", "[net][client]")
{
    LoopbackServer server;
    server.setHandler([](const fd::test::ReceivedRequest &request) {
        if (request.path() == "/slow")
            return silent();
        return ScriptedReply::json(200, "OK", "{}");
    });
    QSignalSpy received(&server, &LoopbackServer::requestReceived);
    QSignalSpy closed(&server, &LoopbackServer::connectionClosed);
    HttpClient client(nullptr);
    int calls = 0;

    auto *context = new QObject;
    client.send(HttpRequest::get(server.baseUrl(), u"/slow"_s), context,
                [&calls](HttpResult) { ++calls; });
    REQUIRE(fd::test::waitForCount(received, 1));
    delete context;
    CHECK(client.pendingCount() == 0);
    // The request really was cancelled: its connection goes away.
    REQUIRE(fd::test::waitForCount(closed, 1));

    // A later request on the same client completes, and the first callback has still not run.
    CHECK(sendAndWait(client, HttpRequest::get(server.baseUrl(), u"/fast"_s)).ok());
    CHECK(calls == 0);
}

TEST_CASE("A context destroyed after the result is queued still gets no callback", "[net][client]")
{
    LoopbackServer server;
    server.setReply(silent());
    QSignalSpy received(&server, &LoopbackServer::requestReceived);
    HttpClient client(nullptr);
    int calls = 0;
    auto *context = new QObject;
    client.send(HttpRequest::get(server.baseUrl(), u"/a"_s), context,
                [&calls](HttpResult) { ++calls; });
    REQUIRE(fd::test::waitForCount(received, 1));
    client.abortAll(); // the Aborted result is now queued...
    delete context;    // ...and its receiver goes before it is delivered.
    server.setReply(ScriptedReply::json(200, "OK", "{}"));
    CHECK(sendAndWait(client, HttpRequest::get(server.baseUrl(), u"/b"_s)).ok());
    CHECK(calls == 0);
}

TEST_CASE("Destroying the client with requests pending calls nobody", "[net][client]")
{
    LoopbackServer server;
    server.setReply(silent());
    QSignalSpy received(&server, &LoopbackServer::requestReceived);
    QSignalSpy closed(&server, &LoopbackServer::connectionClosed);
    QObject context;
    int calls = 0;
    {
        HttpClient client(nullptr);
        client.send(HttpRequest::get(server.baseUrl(), u"/a"_s), &context,
                    [&calls](HttpResult) { ++calls; });
        REQUIRE(fd::test::waitForCount(received, 1));
    }
    REQUIRE(fd::test::waitForCount(closed, 1));
    CHECK(calls == 0);
}

TEST_CASE("Redirects are followed within the same server only", "[net][client]")
{
    LoopbackServer elsewhere;
    LoopbackServer server;
    server.setHandler([&elsewhere](const fd::test::ReceivedRequest &request) {
        ScriptedReply moved = ScriptedReply::json(302, "Found", "");
        if (request.path() == "/old")
            moved.headers.append(std::pair<QByteArray, QByteArray>("Location", "/new"));
        else if (request.path() == "/away")
            moved.headers.append(std::pair<QByteArray, QByteArray>(
                "Location", elsewhere.baseUrl().toEncoded() + "/steal"));
        else
            return ScriptedReply::json(200, "OK", R"({"where":"new"})");
        return moved;
    });
    HttpClient client(nullptr);

    HttpResult followed = sendAndWait(client, HttpRequest::get(server.baseUrl(), u"/old"_s));
    CHECK(followed.kind == Kind::Ok);
    CHECK(followed.json().object().value(u"where"_s).toString() == u"new"_s);

    HttpRequest away = HttpRequest::get(server.baseUrl(), u"/away"_s);
    away.setBearerToken(u"s3cr3t"_s);
    const HttpResult refused = sendAndWait(client, away);
    CHECK(refused.kind == Kind::Http);
    CHECK(refused.httpStatus == 302);
    CHECK_FALSE(refused.retryable());
    CHECK(elsewhere.requests().isEmpty()); // the token stayed home
}

TEST_CASE("Error messages name the server, never the path that may hold a token", "[net][client]")
{
    LoopbackServer server;
    server.setReply(ScriptedReply::json(404, "Not Found", "{}"));
    HttpClient client(nullptr);
    const HttpResult result =
        sendAndWait(client, HttpRequest::get(server.baseUrl(), u"/bot123:SECRET/getMe"_s));
    CHECK(result.kind == Kind::Http);
    CHECK(result.origin == server.baseUrl().authority());
    CHECK(result.message.contains(server.baseUrl().authority()));
    CHECK_FALSE(result.message.contains(u"SECRET"_s));
}
