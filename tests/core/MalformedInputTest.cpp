#include "TestSupport.h"

#include "store/ItemQueries.h"
#include "store/TextLimits.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::ingest;
using fd::test::makeItem;

namespace {

qint64 itemCount(Store &store)
{
    ItemFilter f;
    f.includeOutgoing = true;
    return *ItemQueries(*store.reader()).count(f);
}

} // namespace

TEST_CASE("Items without an id are refused and the rest of the batch is stored", "[malformed]")
{
    fd::test::TempStore s;
    const qint64 acc = s.addAccount(Platform::Telegram, u"Bot"_s);
    IngestBatch b;
    b.accountId = acc;
    b.items = {makeItem(u"1"_s, u"fine"_s), makeItem(QString(), u"no id"_s),
               makeItem(u"   "_s, u"blank id"_s), makeItem(QString(300, u'x'), u"absurd id"_s),
               makeItem(u"2"_s, u"also fine"_s)};
    b.cursor = u"5"_s;
    const IngestResult r = ingest(s.store(), b);
    REQUIRE(r.ok());
    CHECK(r.inserted == 2);
    REQUIRE(r.rejected.size() == 3);
    CHECK(r.rejected[0].index == 1);
    CHECK(r.rejected[0].reason == u"The item has no id."_s);
    CHECK(r.rejected[2].reason.contains(u"longer than 256"_s));
    CHECK(itemCount(s.store()) == 2);
}

TEST_CASE("Invalid UTF-8, control characters and lone surrogates are made safe", "[malformed]")
{
    fd::test::TempStore s;
    const qint64 acc = s.addAccount(Platform::Vk, u"Community"_s);
    // What a connector gets from bytes that are not UTF-8: replacement characters.
    const QString fromBadBytes = QString::fromUtf8("caf\xC3 \xFF\xFE ok");
    QString withControls = u"line1\nline2\tTab"_s;
    withControls.append(QChar(0));
    withControls.append(QChar(0x07));
    QString loneSurrogate = u"before "_s;
    loneSurrogate.append(QChar(0xD800));
    loneSurrogate.append(u" after"_s);
    IngestBatch b{acc,
                  {makeItem(u"1"_s, fromBadBytes), makeItem(u"2"_s, withControls),
                   makeItem(u"3"_s, loneSurrogate)},
                  {},
                  {}};
    const IngestResult r = ingest(s.store(), b);
    REQUIRE(r.ok());
    REQUIRE(r.inserted == 3);

    ItemQueries q(*s->reader());
    ItemFilter f;
    auto rows = q.page(f, 10);
    REQUIRE(rows.ok());
    QHash<QString, QString> text;
    for (const auto &row : *rows)
        text.insert(row.item.externalId, row.item.text);
    CHECK(text[u"1"_s] == fromBadBytes);
    CHECK(text[u"2"_s] == u"line1\nline2\tTab"_s);
    CHECK(text[u"3"_s] == u"before \uFFFD after"_s);
    CHECK(fd::test::storeProblems(s.path()).isEmpty());
}

TEST_CASE("A 10 MB text is kept in part with a warning", "[malformed]")
{
    fd::test::TempStore s;
    const qint64 acc = s.addAccount(Platform::YouTube, u"Channel"_s);
    const QString huge(10 * 1024 * 1024, u'я');
    const IngestResult r =
        ingest(s.store(), {acc, {makeItem(u"big"_s, huge), makeItem(u"small"_s, u"hi"_s)}, {}, {}});
    REQUIRE(r.ok());
    CHECK(r.inserted == 2);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].contains(u"10485760"_s));

    auto row = ItemQueries(*s->reader()).item(r.insertedIds[0]);
    REQUIRE(row.ok());
    CHECK(row->item.text.size() == TextLimits::itemText);
    CHECK(row->item.truncated);
}

TEST_CASE("A batch for an unknown account is refused whole, with its cursor", "[malformed]")
{
    fd::test::TempStore s;
    s.addAccount(Platform::Telegram, u"Bot"_s);
    const IngestResult r = ingest(s.store(), {9999, {makeItem(u"1"_s, u"x"_s)}, {}, u"77"_s});
    CHECK_FALSE(r.ok());
    CHECK(r.error.kind == StoreError::Kind::Invalid);
    CHECK(r.error.message == u"There is no account with id 9999."_s);
    CHECK(r.inserted == 0);
    CHECK(itemCount(s.store()) == 0);
}

TEST_CASE("A full disk fails the batch clearly and loses nothing stored", "[malformed][diskfull]")
{
    fd::test::TempStore s;
    const qint64 acc = s.addAccount(Platform::Telegram, u"Bot"_s);
    REQUIRE(ingest(s.store(),
                   {acc, {makeItem(u"kept"_s, u"stored before the disk filled"_s)}, {}, u"1"_s})
                .ok());

    // Cap the file at its current size: the next growth fails as on a full disk.
    auto cap = [&](bool on) {
        auto f = s->write([on](const QSqlDatabase &db) {
            QSqlQuery q(db);
            q.exec(u"PRAGMA page_count"_s);
            q.next();
            const qint64 pages = q.value(0).toLongLong();
            q.exec(u"PRAGMA max_page_count = "_s + QString::number(on ? pages : 1073741823));
            return StoreError{};
        });
        f.waitForFinished();
    };
    cap(true);
    IngestBatch big{acc, {}, {}, u"2"_s};
    for (int i = 0; i < 2000; ++i)
        big.items.append(
            makeItem(u"n"_s + QString::number(i), QString(500, u'z') + QString::number(i)));
    const IngestResult r = ingest(s.store(), big);
    CHECK_FALSE(r.ok());
    CHECK(r.error.kind == StoreError::Kind::DiskFull);
    CHECK(r.error.message.contains(u"disk is full"_s));
    CHECK(itemCount(s.store()) == 1);

    cap(false);
    const IngestResult retry = ingest(s.store(), big);
    REQUIRE(retry.ok());
    CHECK(retry.inserted == 2000);
    CHECK(itemCount(s.store()) == 2001);
    CHECK(fd::test::storeProblems(s.path()).isEmpty());
}
