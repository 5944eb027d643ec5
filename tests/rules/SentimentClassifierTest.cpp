#include "rules/SentimentClassifier.h"

#include <catch2/catch.hpp>

using namespace fd::core;
using namespace Qt::StringLiterals;

namespace {

Sentiment of(const QString &text)
{
    return classifySentiment(text, detectLanguage(text));
}

} // namespace

TEST_CASE("Sentiment names round-trip")
{
    for (const Sentiment s : {Sentiment::Negative, Sentiment::Neutral, Sentiment::Positive})
        CHECK(sentimentFromName(sentimentName(s)) == s);
    CHECK(sentimentName(Sentiment::Negative) == u"negative"_s);
    CHECK(int(Sentiment::Negative) == -1);
    CHECK_FALSE(sentimentFromName(u"angry"_s).has_value());
}

TEST_CASE("Thanks and praise are positive in every language")
{
    CHECK(of(u"Спасибо!"_s) == Sentiment::Positive);
    CHECK(of(u"Thank you so much"_s) == Sentiment::Positive);
    CHECK(of(u"Dziękuję"_s) == Sentiment::Positive);
    CHECK(of(u"dziekuje"_s) == Sentiment::Positive);
    CHECK(of(u"Отличный магазин, всё пришло быстро"_s) == Sentiment::Positive);
    CHECK(of(u"Świetna jakość, polecam"_s) == Sentiment::Positive);
    CHECK(of(u"Дякую, все чудово"_s) == Sentiment::Positive);
}

TEST_CASE("Stems catch Russian and Polish inflections")
{
    CHECK(of(u"Ужасное качество"_s) == Sentiment::Negative);
    CHECK(of(u"ужасно"_s) == Sentiment::Negative);
    CHECK(of(u"Jestem rozczarowana"_s) == Sentiment::Negative);
    CHECK(of(u"Rozczarowanie totalne"_s) == Sentiment::Negative);
}

TEST_CASE("Negation flips what follows")
{
    CHECK(of(u"Не работает"_s) == Sentiment::Negative);
    CHECK(of(u"Чайник не работает"_s) == Sentiment::Negative);
    CHECK(of(u"nie działa"_s) == Sentiment::Negative);
    CHECK(of(u"nie dziala"_s) == Sentiment::Negative);
    CHECK(of(u"not good at all"_s) == Sentiment::Negative);
    CHECK(of(u"It doesn't work"_s) == Sentiment::Negative);
    CHECK(of(u"Не рекомендую"_s) == Sentiment::Negative);
    CHECK(of(u"Nie polecam"_s) == Sentiment::Negative);
    CHECK(of(u"Good"_s) == Sentiment::Positive);
    CHECK(of(u"Всё работает, спасибо"_s) == Sentiment::Positive);
    // "not bad" is not a complaint
    CHECK(of(u"not bad"_s) != Sentiment::Negative);
}

TEST_CASE("What follows but weighs more")
{
    CHECK(of(u"Спасибо, но ничего не работает"_s) == Sentiment::Negative);
    CHECK(of(u"Thanks, but it still doesn't work"_s) == Sentiment::Negative);
    CHECK(of(u"Długo czekałam, ale produkt świetny"_s) == Sentiment::Positive);
}

TEST_CASE("Greetings and plain questions are neutral")
{
    CHECK(of(u"Добрый день, когда будет доставка?"_s) == Sentiment::Neutral);
    CHECK(of(u"Dzień dobry, czy jest rozmiar M?"_s) == Sentiment::Neutral);
    CHECK(of(u"Good morning, do you ship to Canada?"_s) == Sentiment::Neutral);
    CHECK(of(u"When will my order ship? Thanks in advance"_s) == Sentiment::Neutral);
    CHECK(of(u"ok"_s) == Sentiment::Neutral);
}

TEST_CASE("Emoji and emoticons and punctuation carry tone")
{
    CHECK(of(u"😍😍😍"_s) == Sentiment::Positive);
    CHECK(of(u"👍🏽"_s) == Sentiment::Positive);
    CHECK(of(u"🙏"_s) == Sentiment::Positive);
    CHECK(of(u"😡"_s) == Sentiment::Negative);
    CHECK(of(u"👎"_s) == Sentiment::Negative);
    CHECK(of(u"Получила)))"_s) == Sentiment::Positive);
    CHECK(of(u"опять задержка(("_s) == Sentiment::Negative);
    CHECK(of(u"Where is my order???"_s) == Sentiment::Negative);
    CHECK(sentimentScore(u"bad!!!"_s, Language::En) < sentimentScore(u"bad"_s, Language::En));
    CHECK(sentimentScore(u"very good"_s, Language::En) > sentimentScore(u"good"_s, Language::En));
}
