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

TEST_CASE("A phrase's first word settles whether a text without joiners can hold it")
{
    CHECK(phraseHead(foldText(u"Не работает"_s)) == u"не"_s);
    CHECK(phraseHead(u"refund please"_s) == u"refund"_s);
    CHECK(phraseHead(u"wi-fi"_s) == u"wi"_s);
    // Nothing to settle by: a symbol, a phrase that opens with one, a single word.
    CHECK(phraseHead(u"$$$"_s).isEmpty());
    CHECK(phraseHead(u"…ok"_s).isEmpty());
    CHECK(phraseHead(u"price"_s).isEmpty());

    CHECK_FALSE(hasJoiners(foldText(u"The price is too high"_s)));
    CHECK(hasJoiners(foldText(u"don't"_s)));
    CHECK(hasJoiners(foldText(u"Wi-Fi"_s)));

    // Every phrase found in a text without joiners has its first word among the text's words.
    const QString texts[] = {foldText(u"Приложение не работает, опять!"_s),
                             foldText(u"(refund please) now"_s), foldText(u"ok…ok"_s)};
    const QString phrases[] = {u"не работает"_s, u"refund please"_s, u"ok…ok"_s,
                               u"работает, опять"_s};
    for (const QString &text : texts) {
        REQUIRE_FALSE(hasJoiners(text));
        const QStringList words = foldedWords(text);
        for (const QString &p : phrases) {
            if (containsWords(text, p))
                CHECK(words.contains(phraseHead(p)));
        }
    }
}
