#include "TestSupport.h"

#include "store/TextLimits.h"

using namespace Qt::StringLiterals;
using fd::core::sanitizeText;

TEST_CASE("Text that needs nothing is returned as it is", "[text]")
{
    bool cut = true;
    CHECK(sanitizeText(u"Привет 👋\nline"_s, 100, &cut) == u"Привет 👋\nline"_s);
    CHECK_FALSE(cut);
}

TEST_CASE("Shortening never splits an emoji", "[text]")
{
    bool cut = false;
    const QString s = u"ab👋"_s; // the emoji is a surrogate pair
    CHECK(sanitizeText(s, 3, &cut) == u"ab"_s);
    CHECK(cut);
    CHECK(sanitizeText(s, 4, &cut) == s);
    CHECK_FALSE(cut);
}

TEST_CASE("Control characters go, line breaks and tabs stay", "[text]")
{
    QString s = u"a"_s;
    s += QChar(0x1b);
    s += u"[31mb\r\nc\td"_s;
    CHECK(sanitizeText(s, 100) == u"a[31mb\r\nc\td"_s);
}
