#include "NetTestSupport.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using fd::core::HttpResult;
using Kind = fd::core::HttpResult::Kind;

namespace {
HttpResult make(Kind kind, int status = 0)
{
    HttpResult r;
    r.kind = kind;
    r.httpStatus = status;
    r.origin = u"127.0.0.1:8081"_s;
    return r;
}
} // namespace

TEST_CASE("Retry-After in seconds or as an HTTP date", "[net][result]")
{
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
    CHECK(HttpResult::parseRetryAfter("7", now) == 7s);
    CHECK(HttpResult::parseRetryAfter(" 120 ", now) == 120s);
    CHECK(HttpResult::parseRetryAfter("0", now) == 0s);
    CHECK(HttpResult::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now) == 60s);
    CHECK(HttpResult::parseRetryAfter("Wednesday, 21-Oct-15 07:28:30 GMT", now) == 90s);
    CHECK(HttpResult::parseRetryAfter("Wed Oct 21 07:29:00 2015", now) == 120s);
    // A date already past means "now".
    CHECK(HttpResult::parseRetryAfter("Tue, 20 Oct 2015 07:28:00 GMT", now) == 0s);
    CHECK_FALSE(HttpResult::parseRetryAfter("", now).has_value());
    CHECK_FALSE(HttpResult::parseRetryAfter("-5", now).has_value());
    CHECK_FALSE(HttpResult::parseRetryAfter("soon", now).has_value());
}

TEST_CASE("Which results are worth retrying", "[net][result]")
{
    CHECK(make(Kind::Network).retryable());
    CHECK(make(Kind::Timeout).retryable());
    CHECK(make(Kind::Http, 429).retryable());
    CHECK(make(Kind::Http, 500).retryable());
    CHECK(make(Kind::Http, 503).retryable());
    CHECK_FALSE(make(Kind::Http, 400).retryable());
    CHECK_FALSE(make(Kind::Http, 401).retryable());
    CHECK_FALSE(make(Kind::Http, 404).retryable());
    CHECK_FALSE(make(Kind::Http, 409).retryable());
    CHECK_FALSE(make(Kind::Ok, 200).retryable());
    CHECK_FALSE(make(Kind::Parse, 200).retryable());
    CHECK_FALSE(make(Kind::TooLarge, 200).retryable());
    CHECK_FALSE(make(Kind::Aborted).retryable());
}

TEST_CASE("Connectors turn a reply into an API error they judge themselves", "[net][result]")
{
    HttpResult r = make(Kind::Ok, 200);
    r.setApiError(6, u"Too many requests per second"_s, true);
    CHECK(r.kind == Kind::Api);
    CHECK(r.apiCode == 6);
    CHECK(r.apiMessage == u"Too many requests per second"_s);
    CHECK(r.retryable());
    CHECK(r.message.contains(u"Too many requests per second"_s));
    CHECK(r.message.contains(u"127.0.0.1:8081"_s));

    HttpResult denied = make(Kind::Http, 403);
    denied.setApiError(403, u"Forbidden: bot was blocked by the user"_s);
    CHECK_FALSE(denied.retryable());

    // Telegram's 429 carries retry_after in its envelope: the wait makes it retryable.
    HttpResult limited = make(Kind::Http, 400);
    limited.setApiError(400, u"Bad Request"_s);
    limited.retryAfter = 3s;
    CHECK(limited.retryable());
}

TEST_CASE("json() parses, or marks an Ok result as Parse with words", "[net][result]")
{
    HttpResult good = make(Kind::Ok, 200);
    good.body = R"({"ok":true,"result":[]})";
    CHECK(good.json().object().value(u"ok"_s).toBool());
    CHECK(good.kind == Kind::Ok);

    HttpResult bad = make(Kind::Ok, 200);
    bad.body = R"({"ok":tru)";
    CHECK(bad.json().isNull());
    CHECK(bad.kind == Kind::Parse);
    CHECK(bad.message.contains(u"127.0.0.1:8081"_s));
    CHECK(bad.message.contains(u"JSON"_s));

    HttpResult empty = make(Kind::Ok, 200);
    CHECK(empty.json().isNull());
    CHECK(empty.kind == Kind::Parse);
    CHECK(empty.message.contains(u"empty"_s));

    // A proxy's HTML error page is still a (retryable) HTTP error, not a parse error.
    HttpResult gateway = make(Kind::Http, 502);
    gateway.message = u"m"_s;
    gateway.body = "<html>Bad Gateway</html>";
    CHECK(gateway.json().isNull());
    CHECK(gateway.kind == Kind::Http);
    CHECK(gateway.message == u"m"_s);
    CHECK(gateway.retryable());
}

TEST_CASE("Reply headers are looked up case-insensitively", "[net][result]")
{
    HttpResult r;
    r.headers = {{"Content-Type", "application/json"}, {"Retry-After", "7"}};
    CHECK(r.header("retry-after") == "7");
    CHECK(r.header("CONTENT-TYPE") == "application/json");
    CHECK(r.header("X-None").isEmpty());
}

TEST_CASE("Invalid UTF-8 inside a JSON string costs that character, not the document",
          "[net][result]")
{
    // "Привет", then a character cut short and a lone continuation byte.
    QByteArray body = u"{\"text\":\"Привет "_s.toUtf8();
    body += QByteArrayLiteral("\xd0 ok \x80\",\"id\":7}");
    QJsonParseError strict;
    QJsonDocument::fromJson(body, &strict);
    REQUIRE(strict.error == QJsonParseError::IllegalUTF8String); // what Qt alone would do

    QJsonParseError error;
    const QJsonDocument doc = HttpResult::parseJson(body, &error);
    CHECK(error.error == QJsonParseError::NoError);
    CHECK(doc.object().value(u"id"_s).toInt() == 7);
    const QString text = doc.object().value(u"text"_s).toString();
    CHECK(text.startsWith(u"Привет "_s));
    CHECK(text.contains(u"\uFFFD"_s));
    CHECK(text.contains(u" ok "_s));

    // Still an error when it is not JSON at all.
    HttpResult::parseJson("{\"text\": \"\xff", &error);
    CHECK(error.error != QJsonParseError::NoError);
}
