#include "rules/TextSignals.h"

#include <catch2/catch.hpp>

using namespace fd::core;
using namespace Qt::StringLiterals;

TEST_CASE("Signals count words and links and mentions")
{
    const TextSignals s =
        textSignals(u"Hi @anna and @bob: see https://shop.example.com/x and bit.ly/abc!"_s);
    CHECK(s.links == 2);
    CHECK(s.hasLink);
    CHECK(s.mentions == 2);
    CHECK(s.words >= 9);
    CHECK(s.exclamations == 1);
    CHECK_FALSE(s.onlyEmoji);

    CHECK(textSignals(u"visit www.example.org today"_s).links == 1);
    CHECK(textSignals(u"join t.me/somechannel now"_s).links == 1);
    // A missing space after a full stop is not a link, nor is an e-mail address a mention.
    CHECK(textSignals(u"It arrived.thanks a lot"_s).links == 0);
    CHECK(textSignals(u"write to jan@example.com"_s).mentions == 0);
    CHECK(textSignals(u"write to jan@example.com"_s).links == 0);
}

TEST_CASE("Signals tell phone numbers from order numbers and dates")
{
    CHECK(textSignals(u"call +48 600 123 456"_s).hasPhone);
    CHECK(textSignals(u"звоните 8 (921) 555-11-22"_s).hasPhone);
    CHECK(textSignals(u"WhatsApp +1 555 201 3344"_s).hasPhone);
    CHECK(textSignals(u"89215551122"_s).hasPhone);
    CHECK_FALSE(textSignals(u"order 48213, paid 12.05.2024"_s).hasPhone);
    CHECK_FALSE(textSignals(u"заказ 123456789"_s).hasPhone);
    CHECK_FALSE(textSignals(u"kosztuje 1500 zł"_s).hasPhone);
}

TEST_CASE("Only emoji means pictographs with their joiners and skin tones")
{
    CHECK(textSignals(u"😍😍😍"_s).onlyEmoji);
    CHECK(textSignals(u" 👍🏽 "_s).onlyEmoji);
    CHECK(textSignals(u"❤️❤️"_s).onlyEmoji);
    CHECK(textSignals(u"👨‍👩‍👧 🙏🏻"_s).onlyEmoji);
    CHECK(textSignals(u"🇵🇱"_s).onlyEmoji);
    CHECK(textSignals(u"😍😍😍"_s).emoji == 3);
    CHECK_FALSE(textSignals(u""_s).onlyEmoji);
    CHECK_FALSE(textSignals(u"   "_s).onlyEmoji);
    CHECK_FALSE(textSignals(u"ok 👍"_s).onlyEmoji);
    CHECK_FALSE(textSignals(u"+"_s).onlyEmoji);
}

TEST_CASE("Upper-case ratio counts cased letters only")
{
    CHECK(textSignals(u"FREE MONEY!!! 100%"_s).upperRatio == 1.0);
    CHECK(textSignals(u"hello"_s).upperRatio == 0.0);
    CHECK(textSignals(u"Ab"_s).upperRatio == 0.5);
    CHECK(textSignals(u"123 😀"_s).upperRatio == 0.0);
}
