#include "NetTestSupport.h"

#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using fd::core::HttpRequest;

namespace {
const QString kTricky = u"Привет 👋 a+b & c%d=e\nnew line"_s;
}

TEST_CASE("The path is appended to the base URL with one slash", "[net][request]")
{
    const QUrl base(u"http://127.0.0.1:8081"_s);
    CHECK(HttpRequest::get(base, u"/bot123:ABC/getUpdates"_s).url().toString() ==
          u"http://127.0.0.1:8081/bot123:ABC/getUpdates"_s);
    CHECK(
        HttpRequest::get(QUrl(u"https://api.example.com/v2/"_s), u"/users/me"_s).url().toString() ==
        u"https://api.example.com/v2/users/me"_s);
    CHECK(HttpRequest::get(QUrl(u"https://api.example.com/v2"_s), u"users/me"_s).url().toString() ==
          u"https://api.example.com/v2/users/me"_s);
    CHECK(HttpRequest::get(base).url().toString() == u"http://127.0.0.1:8081"_s);
}

TEST_CASE("A path is plain text: '?', '#' and '%' in it are not a query or an escape",
          "[net][request]")
{
    const QUrl url = HttpRequest::get(QUrl(u"http://h"_s), u"/a b/c?d#e%41"_s).url();
    CHECK(url.toEncoded() == "http://h/a%20b/c%3Fd%23e%2541");
    CHECK(url.path() == u"/a b/c?d#e%41"_s);
    CHECK_FALSE(url.hasQuery());
    CHECK_FALSE(url.hasFragment());
}

TEST_CASE("Query values are percent-encoded, '+' included", "[net][request]")
{
    HttpRequest r = HttpRequest::get(QUrl(u"http://h/m"_s));
    r.addQueryItem(u"text"_s, kTricky).addQueryItem(u"offset"_s, qint64(-1001234567890123));
    const QByteArray encoded = r.url().toEncoded();
    CHECK(encoded ==
          "http://h/m?text=%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82%20%F0%9F%91%8B%20a%2Bb%20%26%20c"
          "%25d%3De%0Anew%20line&offset=-1001234567890123");
    // The URL as Qt will put it on the wire decodes back to the original text.
    const auto decoded = fd::test::decodeForm(r.url().query(QUrl::FullyEncoded).toLatin1());
    REQUIRE(decoded.size() == 2);
    CHECK(decoded[0].second == kTricky);
    CHECK(decoded[1].second == u"-1001234567890123"_s);
}

TEST_CASE("A query on the base URL is kept and the request's items follow it", "[net][request]")
{
    HttpRequest r = HttpRequest::get(QUrl(u"https://h/lp?act=a_check&key=k1"_s));
    r.addQueryItem(u"wait"_s, 25).addQueryItem(u"k"_s, u"a+b"_s);
    CHECK(r.url().toEncoded() == "https://h/lp?act=a_check&key=k1&wait=25&k=a%2Bb");
}

TEST_CASE("Keys are encoded like values", "[net][request]")
{
    HttpRequest r = HttpRequest::post(QUrl(u"http://h"_s));
    r.addFormField(u"a+b=c&d"_s, u"1"_s);
    CHECK(r.formBody() == "a%2Bb%3Dc%26d=1");
}

TEST_CASE("A form body is encoded the same way and says so in its content type", "[net][request]")
{
    HttpRequest r = HttpRequest::post(QUrl(u"http://h"_s), u"/send"_s);
    r.addFormField(u"chat_id"_s, qint64(42)).addFormField(u"text"_s, kTricky);
    CHECK(r.bodyKind() == HttpRequest::BodyKind::Form);
    CHECK(r.contentType() == "application/x-www-form-urlencoded");
    CHECK(r.body() == r.formBody());
    CHECK_FALSE(r.formBody().contains('+'));
    CHECK_FALSE(r.formBody().contains(' '));
    CHECK_FALSE(r.formBody().contains('\n'));
    const auto decoded = fd::test::decodeForm(r.formBody());
    REQUIRE(decoded.size() == 2);
    CHECK(decoded[0] == std::pair(u"chat_id"_s, u"42"_s));
    CHECK(decoded[1] == std::pair(u"text"_s, kTricky));
}

TEST_CASE("A JSON body is compact and typed, the last body set wins", "[net][request]")
{
    HttpRequest r = HttpRequest::post(QUrl(u"http://h"_s));
    r.addFormField(u"a"_s, u"1"_s);
    r.setJsonBody(QJsonDocument(QJsonObject{{u"text"_s, kTricky}}));
    CHECK(r.bodyKind() == HttpRequest::BodyKind::Json);
    CHECK(r.contentType() == "application/json");
    CHECK(r.formBody().isEmpty());
    CHECK(QJsonDocument::fromJson(r.body()).object().value(u"text"_s).toString() == kTricky);

    r.setRawBody("<xml/>", "application/xml");
    CHECK(r.body() == "<xml/>");
    CHECK(r.contentType() == "application/xml");
}

TEST_CASE("Headers are replaced by name, case-insensitively, bearer tokens go in Authorization",
          "[net][request]")
{
    HttpRequest r;
    r.setHeader("X-Trace", "1").setHeader("x-trace", "2").setBearerToken(u"t0k3n"_s);
    CHECK(r.headers().size() == 2);
    CHECK(r.header("X-TRACE") == "2");
    CHECK(r.header("authorization") == "Bearer t0k3n");
    CHECK(r.header("Missing").isEmpty());
}

TEST_CASE("A long poll's timeout is the poll plus a margin", "[net][request]")
{
    HttpRequest r;
    CHECK(r.timeout() == HttpRequest::kDefaultTimeout);
    r.setTimeout(5s);
    CHECK(r.timeout() == 5s);
    r.setLongPoll(25s);
    CHECK(r.longPoll() == 25s);
    CHECK(r.timeout() == 25s + HttpRequest::kLongPollMargin);
    CHECK(r.timeout() == 35s);
    r.setLongPoll(0s);
    CHECK(r.timeout() == 5s);
}

TEST_CASE("Method names", "[net][request]")
{
    CHECK(HttpRequest().methodName() == "GET");
    CHECK(HttpRequest::post(QUrl()).methodName() == "POST");
    CHECK(HttpRequest::put(QUrl()).methodName() == "PUT");
    CHECK(HttpRequest(HttpRequest::Method::Delete, QUrl()).methodName() == "DELETE");
}
