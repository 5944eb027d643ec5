#include "TestSupport.h"

#include "sandbox/TrafficGenerator.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace fd::core;

TEST_CASE("The same seed gives the same traffic", "[generator]")
{
    const QDateTime start(QDate(2026, 5, 4), QTime(0, 0), Qt::UTC);
    TrafficGenerator a(99), b(99), c(100);
    const auto x = a.spread(start, 200), y = b.spread(start, 200), z = c.spread(start, 200);
    REQUIRE(x.size() == 200);
    bool same = true, differs = false;
    for (int i = 0; i < 200; ++i) {
        same =
            same && x[i].item.text == y[i].item.text && x[i].item.createdAt == y[i].item.createdAt;
        differs = differs || x[i].item.text != z[i].item.text;
    }
    CHECK(same);
    CHECK(differs);
}

TEST_CASE("Generated traffic looks like a real day", "[generator]")
{
    const QDateTime start(QDate(2026, 5, 4), QTime(0, 0), Qt::UTC);
    TrafficGenerator gen(1);
    const auto items = gen.spread(start, 4000);
    QSet<QString> ids, authors;
    QHash<ItemKind, int> kinds;
    int night = 0, noon = 0, cyrillic = 0, polish = 0, links = 0;
    QDateTime previous = start;
    for (const auto &in : items) {
        ids.insert(in.item.externalId);
        authors.insert(in.item.author.externalId);
        kinds[in.item.kind]++;
        CHECK(in.item.createdAt >= previous); // oldest first
        previous = in.item.createdAt;
        const int hour = in.item.createdAt.time().hour();
        night += hour >= 2 && hour < 5;
        noon += hour >= 11 && hour < 14;
        const QString &t = in.item.text;
        cyrillic += std::any_of(t.begin(), t.end(),
                                [](QChar ch) { return ch.script() == QChar::Script_Cyrillic; });
        polish += t.contains(QRegularExpression(u"[ąćęłńóśźż]"_s));
        links += t.contains(u"https://"_s);
        CHECK_FALSE(in.item.author.name.isEmpty());
        CHECK_FALSE(in.item.author.handle.isEmpty());
        CHECK_FALSE(in.item.author.city.isEmpty());
        CHECK(in.item.author.followers >= 0);
        if (in.item.kind == ItemKind::Comment)
            CHECK_FALSE(in.post.externalId.isEmpty());
    }
    CHECK(ids.size() == items.size());        // unique ids
    CHECK(authors.size() > 200);              // many people
    CHECK(authors.size() < items.size() / 4); // who come back
    for (ItemKind k : allItemKinds())
        CHECK(kinds.value(k) > 50);
    CHECK(noon > 5 * night); // the daily curve
    CHECK(cyrillic > items.size() / 3);
    CHECK(polish > items.size() / 20);
    CHECK(links > items.size() / 30); // spam
}
