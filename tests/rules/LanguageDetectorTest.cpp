#include "rules/LanguageDetector.h"

#include <catch2/catch.hpp>

using namespace fd::core;
using namespace Qt::StringLiterals;

TEST_CASE("Language names round-trip")
{
    for (const Language l : {Language::Other, Language::Ru, Language::En, Language::Pl})
        CHECK(languageFromName(languageName(l)) == l);
    CHECK(languageName(Language::Pl) == u"pl"_s);
    CHECK(languageFromName(u"RU"_s) == Language::Ru);
    CHECK_FALSE(languageFromName(u"de"_s).has_value());
}

TEST_CASE("Russian English and Polish are told apart")
{
    CHECK(detectLanguage(u"Здравствуйте, где мой заказ?"_s) == Language::Ru);
    CHECK(detectLanguage(u"Спасибо"_s) == Language::Ru);
    CHECK(detectLanguage(u"Не заряжается iPhone 13 Pro Max"_s) == Language::Ru);
    CHECK(detectLanguage(u"Where is my order?"_s) == Language::En);
    CHECK(detectLanguage(u"thanks"_s) == Language::En);
    CHECK(detectLanguage(u"Gdzie jest moja paczka?"_s) == Language::Pl);
    CHECK(detectLanguage(u"Dziękuję"_s) == Language::Pl);
}

TEST_CASE("Polish without diacritics is still Polish")
{
    CHECK(detectLanguage(u"dziekuje"_s) == Language::Pl);
    CHECK(detectLanguage(u"nie dziala"_s) == Language::Pl);
    CHECK(detectLanguage(u"czy mozna zaplacic przy odbiorze"_s) == Language::Pl);
}

TEST_CASE("Ukrainian and Belarusian and German are other")
{
    CHECK(detectLanguage(u"Дякую, все отримала!"_s) == Language::Other);
    CHECK(detectLanguage(u"Коли буде доставка?"_s) == Language::Other);
    CHECK(detectLanguage(u"Дзякуй, усё добра"_s) == Language::Other);
    CHECK(detectLanguage(u"Wann wird meine Bestellung verschickt?"_s) == Language::Other);
    CHECK(detectLanguage(u"Größe 40 bitte"_s) == Language::Other);
}

TEST_CASE("Very short texts and emoji are other")
{
    CHECK(detectLanguage(u""_s) == Language::Other);
    CHECK(detectLanguage(u"ok"_s) == Language::Other);
    CHECK(detectLanguage(u"+"_s) == Language::Other);
    CHECK(detectLanguage(u"😍😍😍"_s) == Language::Other);
    CHECK(detectLanguage(u"12345"_s) == Language::Other);
}
