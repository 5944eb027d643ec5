// A lead's Journal dock in a team: this station's journal, or the team's from the server with
// every operator's actions at every station.
#include "TeamConsole.h"

#include "JournalDock.h"
#include "JournalModel.h"

#include <QComboBox>

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;
using fd::ui::JournalDock;

namespace {

QStringList shown(const JournalDock &dock)
{
    QStringList out;
    for (int row = 0; row < dock.model()->rowCount(); ++row)
        out << dock.model()->entry(row)->action + u' ' + dock.model()->entry(row)->actor;
    return out;
}

} // namespace

TEST_CASE("A lead reads the team's journal in the Journal dock", "[teamui][journal]")
{
    TestServer server;
    server.initTeam();
    addConversations(server);
    server.addOperator(u"piotr"_s, u"operator"_s);
    server.addOperator(u"olga"_s, u"lead"_s);
    // Piotr closes a conversation at his own desk.
    auto piotr = server.connectAs(u"piotr"_s);
    const QUuid desk = registerStation(*piotr, u"desk-p"_s);
    REQUIRE(
        applyOp(*piotr, QUuid::createUuid(), desk, 1, u"close"_s, {{u"item"_s, 2001}}).state() ==
        u"applied"_s);

    Console olga;
    auto *dock = olga.window->findChild<JournalDock *>(u"dock.journal"_s);
    REQUIRE(dock);
    dock->show();
    CHECK_FALSE(dock->sourceBox()->isVisibleTo(dock));
    olga.join(server, u"olga"_s, 2);
    REQUIRE(eventually([&] { return dock->sourceBox()->isVisibleTo(dock); }));

    // This station's journal knows nothing of Piotr; the team's does.
    dock->actionBox()->setCurrentIndex(dock->actionBox()->findData(u"status"_s));
    REQUIRE(eventually([&] { return !dock->model()->isLoading(); }));
    CHECK(shown(*dock).isEmpty());
    dock->sourceBox()->setCurrentIndex(dock->sourceBox()->findData(true));
    REQUIRE(eventually([&] { return shown(*dock) == QStringList{u"item.closed Piotr"_s}; }));
    CHECK(dock->model()->entry(0)->station == u"desk-p"_s);
    CHECK(dock->model()->entry(0)->itemId == 2001);
}
