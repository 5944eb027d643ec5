// The console of a team station: the line to the server in the status bar, the first sync, the
// views following what the team does, refusals told to the operator, and joining from the GUI.
#include "TeamConsole.h"

#include "JoinTeamDialog.h"
#include "RefusedOpsModel.h"
#include "TeamDock.h"
#include "TeamStatusButton.h"
#include "console/InboxActions.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace fd::test;
using fd::core::TeamSession;

TEST_CASE("A team station's console shows its line to the server, its first sync and the team's "
          "changes",
          "[teamui]")
{
    TestServer server;
    server.initTeam();
    addConversations(server);
    server.addOperator(u"anna"_s, u"operator"_s);

    Console anna;
    showExposed(*anna.window);
    // Standalone to begin with, and saying how to join.
    CHECK(anna.window->teamStatus()->text() == u"Standalone"_s);
    CHECK(anna.window->teamDock()->joinButton()->isVisibleTo(anna.window->teamDock()));
    CHECK(anna.window->joinTeamAction()->isEnabled());
    CHECK_FALSE(anna.window->leaveTeamAction()->isEnabled());

    QStringList shown;
    QObject::connect(anna.team.get(), &TeamSession::statusChanged, anna.window.get(),
                     [&] { shown << anna.window->teamStatus()->text(); });
    anna.join(server, u"anna"_s, 2);
    INFO(shown.join(u" | "_s).toStdString());
    // Eight rows: the operator, the account, two authors, two dialogs and two items.
    CHECK(shown.contains(u"Receiving the team's inbox: 0 of 8"_s));
    CHECK(shown.contains(u"Receiving the team's inbox: 8 of 8"_s));
    CHECK(anna.window->teamStatus()->text() == u"Team: online"_s);
    CHECK(anna.window->teamStatus()->toolTip().contains(u"as anna"_s));
    CHECK(anna.cell(2001, fd::ui::ItemFeedModel::AuthorColumn) == u"Ivan Petrov"_s);
    // She acts here under her team login, with the name the team knows her by.
    CHECK(anna.window->actions().actor().login == u"anna"_s);
    CHECK(anna.window->actions().actor().displayName == u"Anna"_s);
    CHECK(anna.window->leaveTeamAction()->isEnabled());
    CHECK(anna.window->teamDock()->statusText() ==
          u"Team: online · %1 as anna"_s.arg(server.address().place()));

    // What the team changes shows in the views by itself.
    server.sql(u"UPDATE fd.items SET text = 'Where is my parcel?' WHERE id = 2001"_s);
    CHECK(eventually([&] {
        return anna.cell(2001, fd::ui::ItemFeedModel::TextColumn) == u"Where is my parcel?"_s;
    }));

    // The server goes away: offline, with the reason in words; her work goes on locally.
    stopServer();
    REQUIRE(eventually([&] { return anna.team->status() == TeamSession::Status::Offline; }));
    CHECK(anna.window->teamStatus()->text() == u"Team: offline"_s);
    const QString why = anna.window->teamStatus()->toolTip();
    CHECK(why.contains(u"cannot be reached"_s));
    CHECK(why.contains(u"sent once the server is back"_s));
    REQUIRE(resultOf(anna.window->actions().close({2001})).ok());

    // Back: online again, and her change went.
    startServer();
    REQUIRE(eventually([&] { return anna.team->status() == TeamSession::Status::Online; }));
    auto check = server.connectAs(u"anna"_s);
    CHECK(eventually([&] {
        return text(*check, u"SELECT status FROM fd.items WHERE id = 2001"_s) == u"closed"_s;
    }));
}

TEST_CASE("A change the server refused is told to its operator and kept in the Team panel",
          "[teamui]")
{
    TestServer server;
    server.initTeam();
    addConversations(server);
    server.addOperator(u"anna"_s, u"operator"_s);
    server.addOperator(u"piotr"_s, u"operator"_s);
    Console anna;
    showExposed(*anna.window);
    anna.join(server, u"anna"_s, 2);

    // Cut off, Anna takes Zofia's question; meanwhile Piotr takes it on the server.
    lockOut(server, u"anna"_s);
    REQUIRE(eventually([&] { return anna.team->status() == TeamSession::Status::Offline; }));
    REQUIRE(resultOf(anna.window->actions().assignToMe({2002})).ok());
    auto piotr = server.connectAs(u"piotr"_s);
    const QUuid desk = registerStation(*piotr, u"desk-p"_s);
    const Answer taken =
        applyOp(*piotr, QUuid::createUuid(), desk, 1, u"assign"_s,
                {{u"item"_s, 2002}, {u"to"_s, u"piotr"_s}, {u"expected"_s, u""_s}});
    REQUIRE(taken.state() == u"applied"_s);

    // Back: her assignment is refused, and she is told why — now and for later.
    letIn(server, u"anna"_s);
    REQUIRE(eventually([&] {
        return anna.announced.join(u'\n').contains(
            u"Change refused: The team's server refused a change made here: Piotr took it "
            u"first."_s);
    }));
    CHECK(anna.statusMessage() ==
          u"The team's server refused a change made here: Piotr took it first."_s);
    fd::ui::TeamDock *dock = anna.window->teamDock();
    fd::ui::RefusedOpsModel *refused = dock->refusedModel();
    REQUIRE(refused->rowCount() == 1);
    CHECK(refused->index(0, fd::ui::RefusedOpsModel::ChangeColumn).data().toString() ==
          u"Assign"_s);
    CHECK(refused->index(0, fd::ui::RefusedOpsModel::AboutColumn).data().toString() ==
          u"Zofia Nowak: Czy macie rozmiar M?"_s);
    CHECK(refused->index(0, fd::ui::RefusedOpsModel::WhyColumn).data().toString() ==
          u"Piotr took it first."_s);
    // The Team panel sits behind the Accounts tab: the status bar keeps count until it is seen.
    fd::ui::TeamStatusButton *status = anna.window->teamStatus();
    CHECK(status->unseenRefusals() == 1);
    CHECK(status->text() == u"Team: online · 1 change refused"_s);
    // The server's state wins at her station too.
    CHECK(eventually(
        [&] { return anna.cell(2002, fd::ui::ItemFeedModel::AssigneeColumn) == u"Piotr"_s; }));

    status->click();
    CHECK(dock->isVisible());
    CHECK(status->unseenRefusals() == 0);
    CHECK(status->text() == u"Team: online"_s);
    // Double-clicking the refusal opens its item.
    QSignalSpy opened(dock, &fd::ui::TeamDock::itemActivated);
    Q_EMIT dock->refusedView()->activated(refused->index(0, 0));
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == 2002);
}

TEST_CASE("A station joins a team from the console, and a store with data of its own is refused",
          "[teamui]")
{
    TestServer server;
    server.initTeam();
    addConversations(server);
    server.addOperator(u"anna"_s, u"operator"_s);
    const QString url = server.url();

    // A store that polled an account of its own cannot become a team station.
    {
        Console busy;
        busy.store.addAccount(fd::core::Platform::Telegram, u"Our own bot"_s);
        fd::ui::JoinTeamDialog dialog(*busy.team, busy.window.get());
        dialog.show();
        QTest::keyClicks(dialog.addressEdit(), url + u"?sslmode=prefer"_s);
        QTest::keyClicks(dialog.loginEdit(), u"anna"_s);
        QTest::keyClicks(dialog.passwordEdit(), u"pw-anna"_s);
        dialog.joinButton()->click();
        REQUIRE(eventually([&] { return !dialog.errorText().isEmpty(); }));
        CHECK(dialog.errorText().contains(u"already holds accounts of its own"_s));
        CHECK(dialog.errorText().contains(u"frontdesk --db NEW-FILE"_s));
        CHECK(dialog.isVisible());
        CHECK_FALSE(busy.team->inTeam());
    }
    auto admin = server.connectAs(u"anna"_s);
    CHECK(scalar(*admin, u"SELECT count(*) FROM fd.stations"_s) == 0);

    Console fresh;
    showExposed(*fresh.window);
    fd::ui::JoinTeamDialog dialog(*fresh.team, fresh.window.get());
    dialog.show();
    CHECK_FALSE(dialog.joinButton()->isEnabled());
    // An address pasted whole fills the fields; TLS options go to libpq as they are.
    QTest::keyClicks(dialog.addressEdit(),
                     url + u"?sslmode=verify-full&sslrootcert=/nonexistent/ca.crt"_s);
    const auto address = fd::core::ServerAddress::parse(url, nullptr);
    REQUIRE(address);
    CHECK(dialog.hostEdit()->text() == address->host);
    CHECK(dialog.portBox()->value() == address->port);
    CHECK(dialog.databaseEdit()->text() == address->database);
    CHECK(dialog.securityBox()->currentData().toString() == u"verify-full"_s);
    CHECK(dialog.rootCertEdit()->text() == u"/nonexistent/ca.crt"_s);
    QTest::keyClicks(dialog.loginEdit(), u"anna"_s);
    QTest::keyClicks(dialog.passwordEdit(), u"pw-anna"_s);
    REQUIRE(dialog.joinButton()->isEnabled());
    dialog.joinButton()->click();
    REQUIRE(eventually([&] { return !dialog.errorText().isEmpty(); }));
    INFO(dialog.errorText().toStdString());
    CHECK((dialog.errorText().contains(u"/nonexistent/ca.crt"_s) ||
           dialog.errorText().contains(u"SSL"_s)));
    CHECK_FALSE(fresh.team->inTeam());

    // Encrypted when the server offers it, without checking it: the station joins.
    dialog.securityBox()->setCurrentIndex(dialog.securityBox()->findData(u"prefer"_s));
    dialog.rootCertEdit()->clear();
    CHECK(dialog.address().endsWith(u"?sslmode=prefer"_s));
    dialog.joinButton()->click();
    REQUIRE(eventually([&] { return dialog.result() == QDialog::Accepted; }));
    CHECK(dialog.joinedText().contains(u"joined the team"_s));
    REQUIRE(fresh.team->inTeam());
    CHECK(fresh.team->membership()->login == u"anna"_s);
    const QString storeId = *fd::core::ItemQueries(*fresh.store->reader()).storeId();
    CHECK(fresh.secrets.readNow(fd::core::TeamMembership::passwordKey(storeId)).secret ==
          u"pw-anna"_s);
    CHECK(scalar(*admin, u"SELECT count(*) FROM fd.stations WHERE name <> ''"_s) == 1);
    REQUIRE(eventually([&] {
        return fresh.team->status() == TeamSession::Status::Online &&
               fresh.window->feed()->rowCount() == 2;
    }));
    CHECK(fresh.window->joinTeamAction()->text() == u"&Join a team again…"_s);

    // And it leaves: standalone again, the password out of the keychain, its items kept.
    QSignalSpy left(fresh.team.get(), &TeamSession::leaveFinished);
    fresh.team->leave();
    REQUIRE(left.wait(10'000));
    CHECK(fresh.team->status() == TeamSession::Status::Standalone);
    CHECK(fresh.window->teamStatus()->text() == u"Standalone"_s);
    CHECK_FALSE(fresh.window->leaveTeamAction()->isEnabled());
    CHECK(fresh.secrets.readNow(fd::core::TeamMembership::passwordKey(storeId)).kind ==
          fd::core::SecretStore::Result::Kind::NotFound);
    CHECK(fresh.window->feed()->rowCount() == 2);
    CHECK_FALSE(fd::core::TeamMembership::read(*fresh.store->reader())->has_value());
}
