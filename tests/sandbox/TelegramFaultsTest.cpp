// Faults the Telegram sandbox can inject, as a connector receives them.
#include "SandboxClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace fd::core;
using Fault = fd::core::TelegramSandbox::Fault;
using fd::test::person;
using fd::test::Reply;
using fd::test::TelegramFixture;

namespace {

const auto anna = person(7123456789, u"Anna"_s, u"Petrova"_s, u"anna_p"_s, u"ru"_s);

QList<qint64> ids(const Reply &r)
{
    QList<qint64> out;
    const QJsonArray updates = r.result().toArray();
    for (const QJsonValue &u : updates)
        out.append(u.toObject().value(u"update_id"_s).toInteger());
    return out;
}

} // namespace

TEST_CASE("Faults: 429 with retry_after and a Retry-After header, then normal answers")
{
    TelegramFixture f;
    f.bot->pushPrivateMessage(anna, u"hi"_s);
    f.sandbox->injectFault(Fault::rateLimit(7), 2);

    for (int i = 0; i < 2; ++i) {
        const Reply r = f.client->call(u"getUpdates"_s);
        CHECK(r.status == 429);
        CHECK(r.header("Retry-After") == "7");
        CHECK(r.body == "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: "
                        "retry after 7\",\"parameters\":{\"retry_after\":7}}");
    }
    const Reply after = f.client->call(u"getUpdates"_s);
    CHECK(after.status == 200);
    CHECK(ids(after).size() == 1); // nothing was lost
    CHECK(f.sandbox->pendingFaults() == 0);
}

TEST_CASE("Faults: a fault for one method leaves the others alone")
{
    TelegramFixture f;
    f.bot->pushPrivateMessage(anna, u"hi"_s);
    f.sandbox->injectFault(Fault::rateLimit(3), 1, u"sendMessage"_s);
    CHECK(f.client->call(u"getUpdates"_s).status == 200);
    const QList<std::pair<QString, QString>> message{{u"chat_id"_s, QString::number(anna.id)},
                                                     {u"text"_s, u"hello"_s}};
    const Reply limited = f.client->call(u"sendMessage"_s, message);
    CHECK(limited.status == 429);
    CHECK(limited.json().value(u"parameters"_s).toObject().value(u"retry_after"_s).toInt() == 3);
    CHECK(f.client->call(u"sendMessage"_s, message).status == 200);
    // The refused call is recorded as refused.
    const auto calls = f.sandbox->writeCalls(u"sendMessage"_s);
    REQUIRE(calls.size() == 2);
    CHECK(calls.at(0).errorCode == 429);
    CHECK(calls.at(1).ok());
}

TEST_CASE("Faults: 409 conflict")
{
    TelegramFixture f;
    f.sandbox->injectFault(Fault::conflict());
    const Reply r = f.client->call(u"getUpdates"_s);
    CHECK(r.status == 409);
    CHECK(r.description().startsWith(u"Conflict: terminated by other getUpdates request"_s));
}

TEST_CASE("Faults: a dropped connection loses nothing on the server")
{
    TelegramFixture f;
    f.bot->pushPrivateMessage(anna, u"hi"_s);
    QSignalSpy served(f.sandbox.get(), &TelegramSandbox::requestServed);
    // QNetworkAccessManager quietly retries a request whose connection closed, so drop a few.
    f.sandbox->injectFault(Fault::drop(), 5);
    const Reply r = f.client->call(u"getUpdates"_s);
    CHECK(r.status == 0);
    CHECK(r.error != QNetworkReply::NoError);
    CHECK(served.size() >= 1);
    CHECK(served.at(0).at(1).toInt() == 0);
    f.sandbox->clearFaults();
    CHECK(ids(f.client->call(u"getUpdates"_s)).size() == 1);
}

TEST_CASE("Faults: a send that was carried out but whose answer was lost")
{
    TelegramFixture f;
    f.bot->pushPrivateMessage(anna, u"hi"_s);
    // QNetworkAccessManager re-sends a request whose connection closed without an answer, even
    // a POST: every attempt here is carried out and its answer lost.
    f.sandbox->injectFault(Fault::dropAfterProcessing(), 10, u"sendMessage"_s);
    const Reply r = f.client->call(u"sendMessage"_s, {{u"chat_id"_s, QString::number(anna.id)},
                                                      {u"text"_s, u"Your order is on its way"_s}});
    CHECK(r.status == 0);
    CHECK(r.error != QNetworkReply::NoError);
    // The messages exist although the client never heard so: one per attempt.
    const auto calls = f.sandbox->writeCalls(u"sendMessage"_s);
    REQUIRE_FALSE(calls.isEmpty());
    for (const auto &call : calls) {
        CHECK(call.ok());
        const qint64 id = call.result.toObject().value(u"message_id"_s).toInteger();
        CHECK(f.bot->hasMessage({}, anna.id, id));
    }
}

TEST_CASE("Faults: a malformed JSON answer, and the updates are still there afterwards")
{
    TelegramFixture f;
    f.bot->pushPrivateMessage(anna, u"hi"_s);
    f.sandbox->injectFault(Fault::malformedJson());
    const Reply broken = f.client->call(u"getUpdates"_s);
    CHECK(broken.status == 200);
    CHECK(broken.body.startsWith("{\"ok\":true,\"result\":[{"));
    CHECK_FALSE(broken.isJson());
    CHECK(ids(f.client->call(u"getUpdates"_s)).size() == 1);
}

TEST_CASE("Faults: a 5 MB answer with one huge message")
{
    TelegramFixture f;
    f.sandbox->injectFault(Fault::hugeBody());
    const Reply r = f.client->call(u"getUpdates"_s);
    REQUIRE(r.status == 200);
    CHECK(r.body.size() > 5 * 1024 * 1024);
    REQUIRE(r.isJson());
    const QJsonArray updates = r.result().toArray();
    REQUIRE(updates.size() == 1);
    const QString text =
        updates.at(0).toObject().value(u"message"_s).toObject().value(u"text"_s).toString();
    CHECK(text.toUtf8().size() >= 5 * 1024 * 1024);
}

TEST_CASE("Faults: 5 MB of junk labelled JSON")
{
    TelegramFixture f;
    f.sandbox->injectFault(Fault::junkBody());
    const Reply r = f.client->call(u"getUpdates"_s);
    CHECK(r.status == 200);
    CHECK(r.header("Content-Type") == "application/json");
    CHECK(r.body.size() == 5 * 1024 * 1024);
    CHECK_FALSE(r.isJson());
}

TEST_CASE("Faults: a 500 with nginx's HTML page, and a 502")
{
    TelegramFixture f;
    f.sandbox->injectFault(Fault::serverErrorHtml());
    f.sandbox->injectFault(Fault::serverErrorHtml(502));
    const Reply r = f.client->call(u"getUpdates"_s);
    CHECK(r.status == 500);
    CHECK(r.header("Content-Type") == "text/html");
    CHECK(r.body.contains("<title>500 Internal Server Error</title>"));
    CHECK_FALSE(r.isJson());
    const Reply gateway = f.client->call(u"getUpdates"_s);
    CHECK(gateway.status == 502);
    CHECK(gateway.body.contains("502 Bad Gateway"));
    CHECK(f.client->call(u"getUpdates"_s).status == 200);
}

TEST_CASE("Faults: a delayed answer still arrives whole")
{
    TelegramFixture f;
    f.bot->pushPrivateMessage(anna, u"hi"_s);
    f.sandbox->injectFault(Fault::delay(200));
    QSignalSpy served(f.sandbox.get(), &TelegramSandbox::requestServed);
    QNetworkReply *reply = f.client->startGet(u"getUpdates"_s);
    const Reply r = fd::test::SandboxClient::wait(reply);
    CHECK(r.status == 200);
    CHECK(ids(r).size() == 1);
    CHECK(served.size() == 1);
}

TEST_CASE("Faults: keep-alive survives error answers")
{
    TelegramFixture f;
    f.sandbox->injectFault(Fault::rateLimit(1), 1, u"getMe"_s);
    f.sandbox->injectFault(Fault::serverErrorHtml(), 1, u"getMe"_s);
    for (int i = 0; i < 4; ++i)
        f.client->get(u"getMe"_s);
    CHECK(f.server.connectionsAccepted() == 1);
    CHECK(f.sandbox->requestCount(u"getMe"_s) == 4);
}
