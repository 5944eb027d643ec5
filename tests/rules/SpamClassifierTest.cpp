#include "rules/SpamClassifier.h"
#include "rules/TextFold.h"

#include <catch2/catch.hpp>

using namespace fd::core;
using namespace Qt::StringLiterals;

namespace {

SpamVerdict spamOf(const QString &text, int repeats = 1)
{
    return classifySpam(text, textSignals(text), repeats);
}

bool hasReasonStarting(const SpamVerdict &v, const QString &start)
{
    for (const QString &r : v.reasons) {
        if (r.startsWith(start))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Known spam patterns are spam and say which")
{
    const SpamVerdict crypto =
        spamOf(u"Invest in Bitcoin and double your profit, message me on WhatsApp"_s);
    CHECK(crypto.spam);
    CHECK(crypto.reasons.contains(u"matches a known spam pattern: crypto"_s));
    CHECK(spamOf(u"Заработок от 5000 руб в день без вложений!"_s).spam);
    CHECK(spamOf(u"Zarabiaj 500 zł dziennie z domu"_s).spam);
    CHECK(spamOf(u"follow back? f4f"_s).spam);
    CHECK(spamOf(u"Best online casino, 200 free spins"_s).spam);
    CHECK(spamOf(u"Пиши в телеграм t.me/some_channel"_s).spam);
}

TEST_CASE("Ordinary messages are not spam")
{
    for (const QString &text :
         {u"Где мой заказ? Жду уже неделю"_s, u"Thanks!"_s, u"+"_s,
          u"Is there a delivery slot tomorrow?"_s, u"Dziękuję za szybką wysyłkę"_s,
          u"Here is the product I mean: https://shop.example.com/item/123"_s,
          u"My number is +48 600 123 456, please call me about the refund"_s, u"😍😍😍"_s}) {
        INFO(text.toStdString());
        CHECK_FALSE(spamOf(text).spam);
    }
}

TEST_CASE("Links are counted in the reasons")
{
    const SpamVerdict v = spamOf(u"see http://a.example.com and http://b.example.com"_s);
    // "2 links" in English; without a loaded translation the source text says "2 link(s)".
    CHECK(hasReasonStarting(v, u"2 link"_s));
    CHECK(v.score > spamOf(u"see http://a.example.com"_s).score);
}

TEST_CASE("Thanks sent by fifty customers is not spam")
{
    RepeatTracker tracker;
    const QString text = u"thanks!"_s;
    int repeats = 0;
    for (int i = 0; i < 50; ++i)
        repeats = tracker.seen(foldText(text), 1'000'000 + i * 60'000);
    CHECK(repeats == 50);
    CHECK_FALSE(spamOf(text, repeats).spam);
    CHECK_FALSE(spamOf(u"Спасибо большое!"_s, repeats).spam);
}

TEST_CASE("A link sent five times is spam")
{
    RepeatTracker tracker;
    const QString text = u"look at this shop.example.com/deal"_s;
    CHECK_FALSE(spamOf(text, tracker.seen(foldText(text), 0)).spam);
    int repeats = 0;
    for (int i = 1; i < 5; ++i)
        repeats = tracker.seen(foldText(text), i * 1000);
    CHECK(repeats == 5);
    const SpamVerdict v = spamOf(text, repeats);
    CHECK(v.spam);
    CHECK(hasReasonStarting(v, u"the same text was sent 5 time"_s));
}

TEST_CASE("Long texts repeated by many lean toward spam but need another sign")
{
    // The same long question from many customers is a busy day, not spam.
    const QString question = u"Hello I paid for my order on Monday and it is still not shipped"_s;
    CHECK_FALSE(spamOf(question, 1).spam);
    CHECK_FALSE(spamOf(question, 12).spam);
    CHECK(spamOf(question, 12).score > spamOf(question, 1).score);
    CHECK_FALSE(spamOf(u"where is my order"_s, 20).spam);
    // With a way to reach someone it is spam.
    CHECK(
        spamOf(u"Hello dear friend I want to tell you about a great chance @bestdeals"_s, 6).spam);
}

TEST_CASE("Repeats ignore digits and case and expire after a day")
{
    RepeatTracker tracker;
    CHECK(tracker.seen(foldText(u"Code 1234 at shop.example.com"_s), 0) == 1);
    CHECK(tracker.seen(foldText(u"CODE 98765 at shop.example.com!"_s), 1000) == 2);
    CHECK(tracker.seen(foldText(u"something else"_s), 2000) == 1);
    CHECK(tracker.seen(foldText(u"code 1 at shop.example.com"_s), RepeatTracker::kDayMs + 5000) ==
          1);
}

TEST_CASE("The repeat tracker keeps a bounded number of texts")
{
    RepeatTracker tracker(100);
    for (int i = 0; i < 1000; ++i)
        tracker.seen(u"text number %1 %2"_s.arg(QChar(u'a' + i % 26)).arg(QChar(u'a' + i / 26)), i);
    CHECK(tracker.size() == 100);
    // The most recent texts are still known.
    CHECK(
        tracker.seen(u"text number %1 %2"_s.arg(QChar(u'a' + 999 % 26)).arg(QChar(u'a' + 999 / 26)),
                     1000) == 2);
}
