#include "TestSupport.h"

#include "store/ItemQueries.h"

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::ingest;
using fd::test::makeItem;

namespace {

QStringList searchIds(Store &store, const QString &typed)
{
    ItemFilter f;
    f.search = typed;
    ItemQueries q(*store.reader());
    auto rows = q.page(f, 1000);
    INFO(rows.error().message.toStdString());
    REQUIRE(rows.ok());
    QStringList ids;
    for (const auto &r : *rows)
        ids << r.item.externalId;
    ids.sort();
    return ids;
}

struct Corpus
{
    fd::test::TempStore s;
    Corpus()
    {
        const qint64 acc = s.addAccount(Platform::Telegram, u"Bot"_s);
        REQUIRE(
            ingest(s.store(),
                   {acc,
                    {makeItem(u"ru1"_s, u"привет, где мой заказ?"_s, u"a1"_s, u"Анна Иванова"_s),
                     makeItem(u"ru2"_s, u"Ёлка пришла сломанной"_s, u"a2"_s, u"Пётр Сидоров"_s),
                     makeItem(u"pl1"_s, u"Paczka utknęła w łódź od tygodnia"_s, u"a3"_s,
                              u"Łucja Wiśniewska"_s),
                     makeItem(u"pl2"_s, u"Ściana sklepu w Gdańsku"_s, u"a4"_s, u"Jan Nowak"_s),
                     makeItem(u"en1"_s, u"Where is my ORDER #123456?"_s, u"a5"_s, u"Emma Smith"_s),
                     makeItem(u"en2"_s, u"Thanks, all sorted 👍"_s, u"a6"_s, u"Liam Brown"_s)},
                    {},
                    {}})
                .inserted == 6);
    }
};

} // namespace

TEST_CASE("Search folds case in Russian", "[fts]")
{
    Corpus c;
    CHECK(searchIds(c.s.store(), u"ПРИВЕТ"_s) == QStringList{u"ru1"_s});
    CHECK(searchIds(c.s.store(), u"Заказ"_s) == QStringList{u"ru1"_s});
    CHECK(searchIds(c.s.store(), u"ЁЛКА"_s) == QStringList{u"ru2"_s});
}

TEST_CASE("Search folds case in Polish", "[fts]")
{
    Corpus c;
    CHECK(searchIds(c.s.store(), u"ŁÓDŹ"_s) == QStringList{u"pl1"_s});
    CHECK(searchIds(c.s.store(), u"UTKNĘŁA"_s) == QStringList{u"pl1"_s});
    CHECK(searchIds(c.s.store(), u"sciana"_s) == QStringList{u"pl2"_s}); // accents optional
}

TEST_CASE("Search in English, by prefix and by several words", "[fts]")
{
    Corpus c;
    CHECK(searchIds(c.s.store(), u"order"_s) == QStringList{u"en1"_s});
    CHECK(searchIds(c.s.store(), u"ord"_s) == QStringList{u"en1"_s});
    CHECK(searchIds(c.s.store(), u"123456"_s) == QStringList{u"en1"_s});
    CHECK(searchIds(c.s.store(), u"where order"_s) == QStringList{u"en1"_s});
    CHECK(searchIds(c.s.store(), u"where thanks"_s).isEmpty());
}

TEST_CASE("Search finds authors by name and handle", "[fts]")
{
    Corpus c;
    CHECK(searchIds(c.s.store(), u"иванова"_s) == QStringList{u"ru1"_s});
    CHECK(searchIds(c.s.store(), u"WIŚNIEWSKA"_s) == QStringList{u"pl1"_s});
    CHECK(searchIds(c.s.store(), u"emma"_s) == QStringList{u"en1"_s}); // the handle
}

TEST_CASE("Search text is taken literally, never as query syntax", "[fts]")
{
    Corpus c;
    for (const QString &typed :
         {u"\"unbalanced"_s, u"order AND"_s, u"NEAR(order"_s, u"*"_s, u"a OR"_s, u"(("_s,
          u"order:"_s, u"'; DROP TABLE items; --"_s, u"^"_s, u"👍"_s, u"-"_s, u"text:order"_s}) {
        INFO(typed.toStdString());
        ItemFilter f;
        f.search = typed;
        ItemQueries q(*c.s->reader());
        CHECK(q.page(f, 10).ok());
        CHECK(q.count(f).ok());
    }
    // Nothing searchable means no search: every item.
    CHECK(searchIds(c.s.store(), u"  ,  "_s).size() == 6);
}
