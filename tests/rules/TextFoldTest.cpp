#include "rules/TextFold.h"

#include <catch2/catch.hpp>

using namespace fd::core;
using namespace Qt::StringLiterals;

TEST_CASE("Folded text ignores case and diacritics in Polish and Russian and English")
{
    CHECK(foldText(u"Zażółć GĘŚLĄ jaźń"_s) == u"zazolc gesla jazn"_s);
    CHECK(foldText(u"ZAŻÓŁĆ"_s) == foldText(u"zazolc"_s));
    CHECK(foldText(u"Ёлка"_s) == foldText(u"елка"_s));
    CHECK(foldText(u"ЁЛКА"_s) == u"елка"_s);
    CHECK(foldText(u"Café NAÏVE"_s) == u"cafe naive"_s);
    // й is a letter of its own in Russian: мой and мои must not become one word.
    CHECK(foldText(u"МОЙ"_s) == u"мой"_s);
    CHECK(foldText(u"мой"_s) != foldText(u"мои"_s));
    CHECK(foldText(u"  two\n\tlines  "_s) == u"two lines"_s);
    CHECK(foldText(u"ok 👍"_s) == u"ok 👍"_s);
}

TEST_CASE("Words are found whole and in a row")
{
    const QString text = foldText(u"The PRICE is too high, priceless!"_s);
    CHECK(containsWords(text, u"price"_s));
    CHECK(containsWords(text, u"too high"_s));
    CHECK_FALSE(containsWords(text, u"pric"_s));
    CHECK_FALSE(containsWords(text, u"is too low"_s));
    CHECK(containsWords(foldText(u"Где мой заказ?"_s), foldText(u"ЗАКАЗ"_s)));
    CHECK(containsWords(foldText(u"Gdzie jest moje zamówienie"_s), u"zamowienie"_s));
    CHECK(foldedWords(foldText(u"don't stop-word, ok?"_s)) ==
          QStringList{u"don't"_s, u"stop-word"_s, u"ok"_s});
}
