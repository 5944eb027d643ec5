// Claims and presence in the console: the composer claims the conversation it is open on, the
// other stations show "… is replying" on its rows and in their composers, a reply goes only
// while its claim holds, and a reply typed with the server away waits as a draft.
#include "TeamConsole.h"

#include "ComposerEdit.h"
#include "RefusedOpsModel.h"
#include "TeamDock.h"
#include "TeamOnlineModel.h"
#include "console/ConsoleQueries.h"
#include "sync/ClaimKeeper.h"
#include "sync/Claims.h"
#include "sync/TeamPresence.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace fd::test;
using fd::core::ClaimKeeper;
using fd::core::TeamSession;
using fd::ui::ItemFeedModel;

namespace {

// Anna and Piotr at their consoles, both with the team's two conversations in their inboxes.
struct TwoConsoles
{
    TestServer server;
    Console anna;
    Console piotr;

    TwoConsoles()
    {
        server.initTeam();
        addConversations(server);
        server.addOperator(u"anna"_s, u"operator"_s);
        server.addOperator(u"piotr"_s, u"operator"_s);
        anna.join(server, u"anna"_s, 2);
        piotr.join(server, u"piotr"_s, 2);
    }
};

qint64 outboxReplies(Console &c, qint64 item)
{
    const auto entries = c.outbox->entriesFor(item);
    REQUIRE(entries.ok());
    return entries->size();
}

} // namespace

TEST_CASE("Opening the composer claims the conversation and the other station sees who replies",
          "[teamui][claims]")
{
    TwoConsoles t;
    Console &anna = t.anna;
    Console &piotr = t.piotr;
    REQUIRE(anna.window->inbox()->selectItem(2001));
    REQUIRE(piotr.window->inbox()->selectItem(2001));

    // Presence: each sees the other online, looking at Ivan's conversation.
    fd::ui::TeamOnlineModel *online = piotr.window->teamDock()->onlineModel();
    ModelTesterLog log;
    QAbstractItemModelTester tester(online,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    const auto annaRow = [&]() -> int {
        for (int r = 0; r < online->rowCount(); ++r) {
            if (online->index(r, fd::ui::TeamOnlineModel::WhoColumn).data() == u"Anna"_s)
                return r;
        }
        return -1;
    };
    const auto annaDoing = [&] {
        const int r = annaRow();
        return r < 0 ? QString()
                     : online->index(r, fd::ui::TeamOnlineModel::DoingColumn).data().toString();
    };
    REQUIRE(eventually([&] { return annaDoing() == u"Looking at Ivan Petrov · Shop bot"_s; }));
    CHECK(online->index(annaRow(), fd::ui::TeamOnlineModel::StationColumn).data().toString() ==
          u"desk of anna"_s);

    // Anna starts her reply: Piotr's inbox row and composer say she is replying.
    fd::ui::ComposerDock *annaComposer = anna.composer();
    fd::ui::ComposerDock *piotrComposer = piotr.composer();
    QElapsedTimer clock;
    clock.start();
    typeText(annaComposer->editor(), u"Hello Ivan, "_s);
    REQUIRE(eventually([&] {
        return piotr.cell(2001, ItemFeedModel::TextColumn) ==
                   u"Anna is replying · Where is my order?"_s &&
               piotrComposer->claimText() == u"Anna is replying to this conversation."_s;
    }));
    WARN("\"Anna is replying\" showed at the other station " << clock.elapsed()
                                                             << " ms after she began typing");
    CHECK(anna.team->claims()->state() == ClaimKeeper::State::Held);
    CHECK(piotr.cell(2002, ItemFeedModel::TextColumn) == u"Czy macie rozmiar M?"_s);
    CHECK(annaComposer->claimText().isEmpty()); // her own claim is no news to her
    CHECK(eventually([&] { return annaDoing() == u"Replying to Ivan Petrov · Shop bot"_s; }));
    CHECK(ModelTesterLog::failures().isEmpty());

    // Piotr's reply to the same customer is held back, saying who holds the conversation.
    typeText(piotrComposer->editor(), u"Dzień dobry"_s);
    REQUIRE(piotrComposer->send(false));
    REQUIRE(eventually([&] {
        return !piotrComposer->sendStatusText().isEmpty() &&
               piotrComposer->sendStatusText() != u"Sending…"_s;
    }));
    CHECK(piotrComposer->sendStatusText() ==
          u"Not sent: Anna is replying to this conversation now; your reply stays a draft."_s);
    CHECK(piotrComposer->editor()->toPlainText() == u"Dzień dobry"_s);
    CHECK(outboxReplies(piotr, 2001) == 0);

    // Anna sends: her reply goes, and her claim goes with it.
    typeText(annaComposer->editor(), u"it left today."_s);
    REQUIRE(annaComposer->send(false));
    REQUIRE(eventually([&] { return outboxReplies(anna, 2001) == 1; }));
    // It reaches the team's outbox under her claim: Piotr, still at his composer, gets the
    // conversation only after that.
    CHECK(eventually([&] {
        return scalar(t.server.admin(), u"SELECT count(*) FROM fd.outbox WHERE body = "
                                        u"'Hello Ivan, it left today.'"_s) == 1;
    }));
    CHECK(anna.window->teamDock()->refusedModel()->rowCount() == 0);
    CHECK(eventually([&] {
        return piotr.cell(2001, ItemFeedModel::TextColumn) == u"Where is my order?"_s &&
               piotrComposer->claimText().isEmpty();
    }));

    // Now Piotr's reply may go.
    typeText(piotrComposer->editor(), u"!"_s);
    REQUIRE(piotrComposer->send(false));
    CHECK(eventually([&] { return outboxReplies(piotr, 2001) == 1; }));
}

TEST_CASE("A reply whose claim ran out or was taken meanwhile is not sent silently",
          "[teamui][claims]")
{
    TwoConsoles t;
    Console &anna = t.anna;
    Console &piotr = t.piotr;
    REQUIRE(anna.window->inbox()->selectItem(2002));
    REQUIRE(piotr.window->inbox()->selectItem(2002));
    fd::ui::ComposerDock *annaComposer = anna.composer();
    fd::ui::ComposerDock *piotrComposer = piotr.composer();
    typeText(annaComposer->editor(), u"Tak, mamy."_s);
    REQUIRE(eventually([&] { return anna.team->claims()->state() == ClaimKeeper::State::Held; }));
    const qint64 fence = anna.team->claims()->fence();
    CHECK(fence > 0);

    // Her claim runs out on the server (she went for coffee) and Piotr claims the conversation.
    t.server.sql(u"UPDATE fd.claims SET expires_at = now() - interval '1 second'"_s);
    typeText(piotrComposer->editor(), u"Mamy M i L."_s);
    REQUIRE(eventually([&] { return piotr.team->claims()->state() == ClaimKeeper::State::Held; }));
    REQUIRE(annaComposer->send(false));
    REQUIRE(eventually([&] {
        return annaComposer->sendStatusText().startsWith(u"Not sent: Piotr is replying"_s);
    }));
    CHECK(annaComposer->editor()->toPlainText() == u"Tak, mamy."_s);
    CHECK(outboxReplies(anna, 2002) == 0);
    CHECK(annaComposer->claimText() == u"Piotr is replying to this conversation."_s);

    // Piotr moves on; Anna's next attempt finds the conversation free, but her first claim
    // lapsed in between: she is told to look first, and the next Send goes.
    REQUIRE(piotr.window->inbox()->selectItem(2001));
    REQUIRE(eventually([&] { return annaComposer->claimText().isEmpty(); }));
    REQUIRE(annaComposer->send(false));
    REQUIRE(eventually([&] {
        return annaComposer->sendStatusText().startsWith(u"Not sent: Your hold on this "
                                                         u"conversation ran out meanwhile"_s);
    }));
    CHECK(outboxReplies(anna, 2002) == 0);
    CHECK(anna.team->claims()->fence() != fence);
    REQUIRE(annaComposer->send(false));
    CHECK(eventually([&] { return outboxReplies(anna, 2002) == 1; }));
}

TEST_CASE("A reply typed while the server is away stays a draft until a claim succeeds",
          "[teamui][claims]")
{
    TwoConsoles t;
    Console &anna = t.anna;
    REQUIRE(anna.window->inbox()->selectItem(2001));
    fd::ui::ComposerDock *composer = anna.composer();

    stopServer();
    REQUIRE(eventually([&] { return anna.team->status() == TeamSession::Status::Offline; }));
    typeText(composer->editor(), u"Your parcel is on its way."_s);
    REQUIRE(composer->send(false));
    REQUIRE(eventually([&] {
        return composer->sendStatusText().startsWith(
            u"Not sent: The team's server cannot be reached"_s);
    }));
    CHECK(composer->sendStatusText().contains(u"stays a draft"_s));
    CHECK(outboxReplies(anna, 2001) == 0);
    // Kept as the conversation's draft, in the store.
    const fd::core::ConsoleQueries console(readerOf(anna.store));
    REQUIRE(eventually([&] {
        const auto draft = console.draft(1);
        return draft.ok() && draft->has_value() &&
               draft.value()->body == u"Your parcel is on its way."_s;
    }));

    // The server is back: the conversation she is at is claimed again, and the reply goes.
    startServer();
    REQUIRE(eventually([&] { return anna.team->claims()->state() == ClaimKeeper::State::Held; }));
    REQUIRE(composer->send(false));
    CHECK(eventually([&] { return outboxReplies(anna, 2001) == 1; }));
}

TEST_CASE("Someone else's claim runs out at this station by its own clock", "[teamui][claims]")
{
    TwoConsoles t;
    Console &piotr = t.piotr;
    // Anna claims the conversation from another program, for the shortest time the server
    // allows, and is never heard of again.
    auto anna = t.server.connectAs(u"anna"_s);
    const QUuid desk = registerStation(*anna, u"laptop"_s);
    const fd::core::ClaimAnswer answer = fd::core::claims::claim(*anna, 1, desk, 10);
    REQUIRE(answer.won);
    REQUIRE(eventually([&] {
        return piotr.cell(2001, ItemFeedModel::TextColumn) ==
               u"Anna is replying · Where is my order?"_s;
    }));
    const auto claim = piotr.team->presence()->claimOn(1);
    REQUIRE(claim);
    CHECK(claim->until.remainingTime() <= 10'000);
    // No notification says it ended: the countdown here does.
    CHECK(eventually(
        [&] { return piotr.cell(2001, ItemFeedModel::TextColumn) == u"Where is my order?"_s; }));
    CHECK_FALSE(piotr.team->presence()->claimOn(1));
}
