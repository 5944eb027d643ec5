// The loopback HTTP server the sandboxes run on: framing, keep-alive, pipelining, limits,
// deferred answers, and parameter decoding the way the platforms do it.
#include "SandboxClient.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::waitUntil;

namespace {

// Reads what arrives on `socket` until `done(buffer)` holds, the peer closes, or time runs out.
QByteArray readUntil(QTcpSocket &socket, const std::function<bool(const QByteArray &)> &done,
                     int timeoutMs = 10000)
{
    QByteArray buffer;
    waitUntil(
        [&] {
            buffer += socket.readAll();
            return done(buffer) || socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    buffer += socket.readAll();
    return buffer;
}

QByteArray readUntilClosed(QTcpSocket &socket)
{
    return readUntil(socket, [](const QByteArray &) { return false; });
}

void connectTo(QTcpSocket &socket, const HttpServer &server)
{
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    REQUIRE(waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
}

// An echo server: "<METHOD> <path>?<query> <body>".
void addEcho(HttpServer &server)
{
    server.route("/echo", &server, [](const HttpServerRequest &r, HttpResponder responder) {
        responder.send(200, r.method + ' ' + r.path + '?' + r.query + ' ' + r.body, "text/plain");
    });
}

} // namespace

TEST_CASE("HTTP server: pipelined requests are answered in order; Connection: close is honoured")
{
    HttpServer server;
    REQUIRE(server.listen());
    // The first answer comes late, so the later ones must wait for it.
    server.route("/slow", &server, [&server](const HttpServerRequest &, HttpResponder responder) {
        QTimer::singleShot(100, &server,
                           [responder]() mutable { responder.send(200, "slow", "text/plain"); });
    });
    addEcho(server);

    QTcpSocket socket;
    connectTo(socket, server);
    socket.write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"
                 "GET /echo?1 HTTP/1.1\r\nHost: x\r\n\r\n"
                 "POST /echo?2 HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nbody"
                 "GET /echo?3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                 "GET /echo?never HTTP/1.1\r\nHost: x\r\n\r\n");
    const QByteArray all = readUntilClosed(socket);

    CHECK(socket.state() == QAbstractSocket::UnconnectedState);
    CHECK(all.count("HTTP/1.1 200 OK\r\n") == 4);
    const qsizetype slow = all.indexOf("\r\n\r\nslow");
    const qsizetype first = all.indexOf("GET /echo?1 ");
    const qsizetype second = all.indexOf("POST /echo?2 body");
    const qsizetype third = all.indexOf("GET /echo?3 ");
    CHECK(slow >= 0);
    CHECK(first > slow);
    CHECK(second > first);
    CHECK(third > second);
    CHECK(!all.contains("never"));
    CHECK(all.count("Connection: keep-alive") == 3);
    CHECK(all.count("Connection: close") == 1);
}

TEST_CASE("HTTP server: a client sends several requests over one kept-alive connection")
{
    HttpServer server;
    REQUIRE(server.listen());
    addEcho(server);
    QNetworkAccessManager nam;
    for (int i = 0; i < 5; ++i) {
        QUrl url = server.baseUrl();
        url.setPath(u"/echo"_s);
        url.setQuery(u"n="_s + QString::number(i));
        const fd::test::Reply r = fd::test::SandboxClient::wait(nam.get(QNetworkRequest(url)));
        REQUIRE(r.status == 200);
        CHECK(r.body == "GET /echo?n=" + QByteArray::number(i) + ' ');
    }
    CHECK(server.connectionsAccepted() == 1);
}

TEST_CASE("HTTP server: request bodies over 8 MiB get 413, chunked bodies are read")
{
    HttpServer server;
    REQUIRE(server.listen());
    addEcho(server);

    SECTION("too large")
    {
        QTcpSocket socket;
        connectTo(socket, server);
        socket.write("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                     QByteArray::number(server.maxBodySize() + 1) + "\r\n\r\n");
        const QByteArray answer =
            readUntil(socket, [](const QByteArray &b) { return b.contains("\r\n\r\n"); });
        CHECK(answer.startsWith("HTTP/1.1 413 Payload Too Large\r\n"));
        CHECK(answer.contains("Connection: close"));
    }
    SECTION("exactly at the limit")
    {
        QNetworkAccessManager nam;
        QUrl url = server.baseUrl();
        url.setPath(u"/echo"_s);
        const QByteArray body(server.maxBodySize(), 'x');
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"text/plain"_s);
        const fd::test::Reply r = fd::test::SandboxClient::wait(nam.post(request, body));
        CHECK(r.status == 200);
        CHECK(r.body.size() == body.size() + 12);
    }
    SECTION("chunked")
    {
        QTcpSocket socket;
        connectTo(socket, server);
        socket.write("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                     "Connection: close\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n");
        const QByteArray answer = readUntilClosed(socket);
        CHECK(answer.startsWith("HTTP/1.1 200 OK\r\n"));
        CHECK(answer.endsWith("POST /echo? hello world"));
    }
    SECTION("Expect: 100-continue")
    {
        QTcpSocket socket;
        connectTo(socket, server);
        socket.write("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
                     "Expect: 100-continue\r\n\r\n");
        const QByteArray interim = readUntil(
            socket, [](const QByteArray &b) { return b.contains("100 Continue\r\n\r\n"); });
        CHECK(interim == "HTTP/1.1 100 Continue\r\n\r\n");
        socket.write("abc");
        const QByteArray answer =
            readUntil(socket, [](const QByteArray &b) { return b.endsWith("abc"); });
        CHECK(answer.startsWith("HTTP/1.1 200 OK\r\n"));
    }
    SECTION("malformed request line")
    {
        QTcpSocket socket;
        connectTo(socket, server);
        socket.write("NONSENSE\r\n\r\n");
        const QByteArray answer = readUntilClosed(socket);
        CHECK(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"));
    }
}

TEST_CASE("HTTP server: a deferred answer notices that its client went away")
{
    HttpServer server;
    REQUIRE(server.listen());
    HttpResponder held;
    bool gone = false;
    server.route("/wait", &server, [&](const HttpServerRequest &, HttpResponder responder) {
        responder.onDisconnected(&server, [&gone] { gone = true; });
        held = responder;
    });
    QTcpSocket socket;
    connectTo(socket, server);
    socket.write("GET /wait HTTP/1.1\r\nHost: x\r\n\r\n");
    REQUIRE(waitUntil([&] { return !held.isNull(); }));
    CHECK(held.isConnected());
    CHECK_FALSE(held.isAnswered());

    socket.abort();
    REQUIRE(waitUntil([&] { return gone; }));
    CHECK_FALSE(held.isConnected());
    held.send(200, "too late"); // harmless
    CHECK(server.openConnections() == 0);
}

TEST_CASE("HTTP server: a handler that never answers gives 500, unrouted paths 404")
{
    HttpServer server;
    REQUIRE(server.listen());
    server.route("/forget", &server, [](const HttpServerRequest &, HttpResponder) {});
    QNetworkAccessManager nam;
    QUrl url = server.baseUrl();
    url.setPath(u"/forget"_s);
    CHECK(fd::test::SandboxClient::wait(nam.get(QNetworkRequest(url))).status == 500);
    url.setPath(u"/nowhere"_s);
    CHECK(fd::test::SandboxClient::wait(nam.get(QNetworkRequest(url))).status == 404);
}

TEST_CASE("HTTP server: raw answers and drops reach the client as they are")
{
    HttpServer server;
    REQUIRE(server.listen());
    server.route("/raw", &server, [](const HttpServerRequest &, HttpResponder responder) {
        responder.sendRaw("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"ok\":tr");
    });
    server.route("/drop", &server,
                 [](const HttpServerRequest &, HttpResponder responder) { responder.drop(); });

    QTcpSocket raw;
    connectTo(raw, server);
    raw.write("GET /raw HTTP/1.1\r\nHost: x\r\n\r\n");
    CHECK(readUntilClosed(raw) == "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"ok\":tr");

    QTcpSocket dropped;
    connectTo(dropped, server);
    dropped.write("GET /drop HTTP/1.1\r\nHost: x\r\n\r\n");
    CHECK(readUntilClosed(dropped).isEmpty());
    CHECK(dropped.state() == QAbstractSocket::UnconnectedState);
}

TEST_CASE("HTTP request parameters decode the way the platforms decode them")
{
    SECTION("query and form: '+' is a space, %XX is UTF-8, the body wins")
    {
        HttpServerRequest r;
        r.query = "a=1+2&b=query&c=%D0%BF%D1%80%D0%B8%F0%9F%98%80&flag";
        r.headers = {{"content-TYPE", "application/x-www-form-urlencoded; charset=UTF-8"}};
        r.body = "b=%2B%26%25%0A&d=x+y";
        const HttpServerParameters p = r.parameters();
        REQUIRE(p.ok());
        CHECK(p.value(u"a"_s) == u"1 2"_s);
        CHECK(p.value(u"b"_s) == u"+&%\n"_s);
        CHECK(p.value(u"c"_s) == u"при😀"_s);
        CHECK(p.contains(u"flag"_s));
        CHECK(p.value(u"d"_s) == u"x y"_s);
    }
    SECTION("JSON: strings as they are, other values as their JSON text, nulls left out")
    {
        HttpServerRequest r;
        r.headers = {{"Content-Type", "application/json"}};
        r.body =
            R"({"chat_id":-1001234567890,"text":"a+b %20","reply_parameters":{"message_id":5},)"
            R"("flag":true,"gone":null,"allowed_updates":["message"],"big":9007199254740993})";
        const HttpServerParameters p = r.parameters();
        REQUIRE(p.ok());
        CHECK(p.value(u"chat_id"_s) == u"-1001234567890"_s);
        CHECK(p.value(u"text"_s) == u"a+b %20"_s);
        CHECK(p.value(u"reply_parameters"_s) == u"{\"message_id\":5}"_s);
        CHECK(p.value(u"flag"_s) == u"true"_s);
        CHECK_FALSE(p.contains(u"gone"_s));
        CHECK(p.value(u"allowed_updates"_s) == u"[\"message\"]"_s);
        CHECK(p.value(u"big"_s) == u"9007199254740993"_s);
    }
    SECTION("JSON that is not an object is refused")
    {
        HttpServerRequest r;
        r.headers = {{"Content-Type", "application/json"}};
        r.body = "[1,2";
        CHECK_FALSE(r.parameters().ok());
    }
    SECTION("multipart/form-data")
    {
        HttpServerRequest r;
        r.headers = {{"Content-Type", "multipart/form-data; boundary=\"XyZ\""}};
        r.body = "--XyZ\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n42\r\n"
                 "--XyZ\r\nContent-Disposition: form-data; name=\"text\"\r\n"
                 "Content-Type: text/plain; charset=utf-8\r\n\r\nhi+there\r\nline 2 ✓\r\n"
                 "--XyZ--\r\n";
        const HttpServerParameters p = r.parameters();
        REQUIRE(p.ok());
        CHECK(p.value(u"chat_id"_s) == u"42"_s);
        CHECK(p.value(u"text"_s) == u"hi+there\r\nline 2 ✓"_s);
    }
    SECTION("path segments are percent-decoded one by one")
    {
        HttpServerRequest r;
        r.path = "/bot1:a%2Fb/getMe";
        CHECK(r.pathSegments() == QStringList{u""_s, u"bot1:a/b"_s, u"getMe"_s});
    }
}
