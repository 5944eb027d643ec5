#include "stats/Csv.h"

#include <QBuffer>
#include <QFile>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using fd::core::CsvOptions;
using fd::core::CsvWriter;
using fd::core::parseCsv;

namespace {

QByteArray write(const QList<QStringList> &rows, CsvOptions options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, options);
    for (const QStringList &row : rows)
        writer.writeRow(row);
    REQUIRE(writer.ok());
    return buffer.data();
}

} // namespace

TEST_CASE("CSV quotes only what RFC 4180 asks and ends records with CRLF", "[csv]")
{
    const QByteArray out = write({{u"id"_s, u"text"_s},
                                  {u"1"_s, u"plain"_s},
                                  {u"2"_s, u"a, b"_s},
                                  {u"3"_s, u"say \"hi\""_s}});
    CHECK(out == "id,text\r\n1,plain\r\n2,\"a, b\"\r\n3,\"say \"\"hi\"\"\"\r\n");
}

TEST_CASE("CSV round-trips hostile customer text unchanged", "[csv]")
{
    const QList<QStringList> rows = {
        {u"text"_s, u"author"_s, u"empty"_s},
        {u"line one\r\nline two\nthree"_s, u"Zażółć \"gęślą\", jaźń"_s, QString()},
        {u"\"\"\""_s, u",,,"_s, u" spaced "_s},
        {u"Привет 👋🏽 مرحبا"_s, u"=HYPERLINK(\"http://x\")"_s, u"\t-1"_s},
        {QString(), QString(), QString()},
    };
    const auto parsed = parseCsv(write(rows));
    REQUIRE(parsed.error.isEmpty());
    CHECK(parsed.rows == rows);
}

TEST_CASE("CSV for spreadsheets starts with a BOM and shows formulas as text", "[csv]")
{
    const QByteArray out = write({{u"=1+1"_s, u"+7 999"_s, u"@user"_s, u"-"_s, u"ok"_s}},
                                 CsvOptions{.byteOrderMark = true, .guardFormulas = true});
    CHECK(out.startsWith("\xEF\xBB\xBF"));
    const auto parsed = parseCsv(out);
    REQUIRE(parsed.error.isEmpty());
    REQUIRE(parsed.rows.size() == 1);
    CHECK(parsed.rows.front() ==
          QStringList{u"'=1+1"_s, u"'+7 999"_s, u"'@user"_s, u"'-"_s, u"ok"_s});
}

TEST_CASE("CSV reader says where broken input stops", "[csv]")
{
    const auto unclosed = parseCsv("a,b\r\nc,\"never closed\r\nd\r\n");
    CHECK(unclosed.error.contains(u"Line 2"_s));
    CHECK(unclosed.rows.size() == 1);
    const auto trailing = parseCsv("\"quoted\"tail,x\r\n");
    CHECK(trailing.error.contains(u"Line 1"_s));
}

TEST_CASE("CSV writer reports a full disk instead of losing rows silently", "[csv]")
{
    QFile full(u"/dev/full"_s);
    REQUIRE(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    CsvWriter writer(&full);
    writer.writeRow({u"a"_s, u"b"_s});
    CHECK_FALSE(writer.ok());
    CHECK_FALSE(writer.error().isEmpty());
}
