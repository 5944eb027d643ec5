// A lead reads the team's journal from the server: every operator's actions at every station,
// filtered and searched like the local one.
#include "SyncTestSupport.h"

#include "sync/TeamJournal.h"

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;

namespace {

QStringList actionsOf(const JournalPage &page)
{
    QStringList out;
    for (const JournalEntry &e : page.entries)
        out << e.action + u' ' + e.actor;
    return out;
}

} // namespace

TEST_CASE("A lead reads every operator's actions from the team journal", "[sync][journal]")
{
    TwoDesks t;
    REQUIRE(applyOp(*t.anna, QUuid::createUuid(), t.annaDesk, 1, u"close"_s, {{u"item"_s, 1001}})
                .state() == u"applied"_s);
    REQUIRE(applyOp(*t.piotr, QUuid::createUuid(), t.piotrDesk, 1, u"tag"_s,
                    {{u"item"_s, 1001}, {u"tag"_s, u"VIP клиент"_s}})
                .state() == u"applied"_s);
    t.server.addOperator(u"olga"_s, u"lead"_s);
    auto lead = t.server.connectAs(u"olga"_s);

    JournalQuery items;
    items.actions = {u"item."_s};
    const auto all = teamJournal::page(*lead, items, 50);
    INFO(all.error().message.toStdString());
    REQUIRE(all.ok());
    CHECK(actionsOf(*all) == QStringList{u"item.tagged Piotr"_s, u"item.closed Anna"_s});
    const JournalEntry &closed = all->entries.at(1);
    CHECK(closed.station == u"desk-a"_s); // a lead sees every station's name
    CHECK(closed.itemId == 1001);
    CHECK(closed.before == u"new"_s);
    CHECK(closed.after == u"closed"_s);
    CHECK(closed.at.isValid());

    // One person, a search in any case, pages.
    JournalQuery anna;
    anna.actor = u"anna"_s;
    CHECK(actionsOf(*teamJournal::page(*lead, anna, 50)).contains(u"item.closed Anna"_s));
    JournalQuery search;
    search.search = u"vip КЛИЕНТ"_s;
    CHECK(actionsOf(*teamJournal::page(*lead, search, 50)) == QStringList{u"item.tagged Piotr"_s});
    search.search = u"100%_"_s;
    CHECK(teamJournal::page(*lead, search, 50)->entries.isEmpty());
    const auto first = teamJournal::page(*lead, items, 1);
    REQUIRE(first.ok());
    REQUIRE(first->nextBeforeId != 0);
    const auto second = teamJournal::page(*lead, items, 1, first->nextBeforeId);
    CHECK(actionsOf(*second) == QStringList{u"item.closed Anna"_s});

    // An operator reads it too; other people's stations show by id only.
    const auto seenByPiotr = teamJournal::page(*t.piotr, items, 50);
    REQUIRE(seenByPiotr.ok());
    REQUIRE(seenByPiotr->entries.size() == 2);
    CHECK(seenByPiotr->entries.at(0).station == u"desk-p"_s);
    CHECK(seenByPiotr->entries.at(1).station == t.annaDesk.toString(QUuid::WithoutBraces));
}
