#include "sync/ServerAddress.h"
#include "sync/SqlScript.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using fd::core::ServerAddress;

TEST_CASE("A team server URL gives host, port, database, login and TLS options", "[sync]")
{
    QString error;
    const auto a = ServerAddress::parse(
        u"postgresql://anna:s3cr%40t@db.example.org:6543/support?sslmode=verify-full&"
        u"sslrootcert=/etc/ssl/team-ca.pem"_s,
        &error);
    REQUIRE(a.has_value());
    CHECK(a->host == u"db.example.org"_s);
    CHECK(a->port == 6543);
    CHECK(a->database == u"support"_s);
    CHECK(a->user == u"anna"_s);
    CHECK(a->password == u"s3cr@t"_s);
    CHECK(a->options == u"sslmode=verify-full;sslrootcert=/etc/ssl/team-ca.pem"_s);
    // What is shown and kept never carries the password.
    CHECK_FALSE(a->display().contains(u"s3cr"_s));
    CHECK(a->display().startsWith(u"postgresql://anna@db.example.org:6543/support?"_s));

    const auto plain = ServerAddress::parse(u"postgres://db.local"_s, &error);
    REQUIRE(plain.has_value());
    CHECK(plain->port == 5432);
    CHECK(plain->database == u"frontdesk"_s);
    CHECK(plain->options.isEmpty());
}

TEST_CASE("A team server URL that cannot work is refused in words", "[sync]")
{
    const auto refused = [](const QString &url) {
        QString error;
        INFO(url.toStdString());
        CHECK_FALSE(ServerAddress::parse(url, &error).has_value());
        CHECK_FALSE(error.isEmpty());
        return error;
    };
    CHECK(refused(u"http://db.example.org/frontdesk"_s).contains(u"postgresql://"_s));
    refused(u"postgresql:///frontdesk"_s);
    refused(u"postgresql://db/a/b"_s);
    CHECK(refused(u"postgresql://db/frontdesk?sslmod=require"_s).contains(u"sslmod"_s));
    refused(u"postgresql://db/frontdesk?sslrootcert=a;host=evil"_s);
}

TEST_CASE("An SQL script splits at the semicolons that end statements", "[sync]")
{
    const QStringList parts = fd::core::splitSqlScript(uR"(
-- a comment; with a semicolon
CREATE TABLE a (x text DEFAULT 'it''s; fine');
CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'one; two';
    RETURN 1;
END
$$;
DO $body$ BEGIN PERFORM 1; END $body$;
SELECT "odd;name", $1 FROM a /* note; here */;
-- trailing comment only
)"_s);
    REQUIRE(parts.size() == 4);
    CHECK(parts[0].endsWith(u"DEFAULT 'it''s; fine')"_s));
    CHECK(parts[1].startsWith(u"CREATE FUNCTION f()"_s));
    CHECK(parts[1].endsWith(u"END\n$$"_s));
    CHECK(parts[2] == u"DO $body$ BEGIN PERFORM 1; END $body$"_s);
    CHECK(parts[3].startsWith(u"SELECT \"odd;name\", $1 FROM a"_s));
}
