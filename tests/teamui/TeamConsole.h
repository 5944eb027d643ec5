#pragma once

#include "SyncTestSupport.h"
#include "UiTestSupport.h"

#include "ComposerDock.h"
#include "InboxDock.h"
#include "ItemFeedModel.h"
#include "MainWindow.h"
#include "Notifier.h"
#include "auth/SecretStore.h"
#include "console/Outbox.h"
#include "store/ItemQueries.h"
#include "sync/TeamMembership.h"
#include "sync/TeamSession.h"

#include <QStatusBar>
#include <QTest>

#include <memory>

// Helpers of the team console tests: a station's window joined to a real team server.
namespace fd::test {

// Waits (events running) until `done`, at most 15 s; says whether it came true.
inline bool eventually(const std::function<bool()> &done)
{
    return QTest::qWaitFor(done, 15'000);
}

// Two customers writing to the team's Telegram bot, each in a dialog of their own: items 2001
// (Ivan Petrov, dialog 1) and 2002 (Zofia Nowak, dialog 2), written as the superuser would.
inline void addConversations(TestServer &server)
{
    server.sql(QStringLiteral(R"(
        INSERT INTO fd.accounts (platform, name) VALUES ('telegram', 'Shop bot');
        INSERT INTO fd.authors (platform, external_id, name) VALUES
            ('telegram', 'u1', 'Ivan Petrov'), ('telegram', 'u2', 'Zofia Nowak');
        INSERT INTO fd.threads (account_id, kind, external_id) VALUES
            (1, 'dialog', 'd1'), (1, 'dialog', 'd2');
        INSERT INTO fd.items (id, account_id, external_id, kind, thread_id, author_id, text,
                              created_at, status)
        VALUES (2001, 1, 'd1:1', 'dm', 1, 1, 'Where is my order?', now(), 'new'),
               (2002, 1, 'd2:1', 'dm', 2, 2, 'Czy macie rozmiar M?', now(), 'new');
    )"));
}

// A station's console: its own store, a window on it, the team session the application gives
// it, and an outbox (with no connectors: this station holds no tokens) so replies can be sent.
struct Console
{
    TempStore store;
    TempSettings temp;
    core::SecretStore secrets;
    std::unique_ptr<core::TeamSession> team;
    std::unique_ptr<ui::MainWindow> window;
    std::unique_ptr<core::Outbox> outbox;
    QStringList announced; // what the notifier told the operator

    Console()
    {
        team = std::make_unique<core::TeamSession>(store.store(), secrets);
        window = std::make_unique<ui::MainWindow>(store.store(), temp.settings);
        window->notifier()->setPresenter([this](const QString &title, const QString &text) {
            announced << title + QStringLiteral(": ") + text;
        });
        team->start();
        window->setTeam(team.get());
        outbox = std::make_unique<core::Outbox>(store.store(), window->actions().actor(),
                                                [](qint64) { return nullptr; });
        window->setOutbox(outbox.get());
    }

    ~Console()
    {
        window->setOutbox(nullptr);
        if (const auto id = core::ItemQueries(*store->reader()).storeId(); id.ok())
            secrets.removeNow(core::TeamMembership::passwordKey(*id));
        window.reset();
        team.reset();
    }

    // Joins the team at `server` as `login` (password "pw-<login>") as the Join dialog does,
    // and waits until the team's items are in the window.
    void join(TestServer &server, const QString &login, int items)
    {
        bool finished = false;
        QString message;
        QObject::connect(
            team.get(), &core::TeamSession::joinFinished, team.get(),
            [&](bool ok, const QString &text) {
                finished = true;
                message = ok ? QString() : text;
            },
            Qt::SingleShotConnection);
        core::TeamSession::JoinRequest request;
        request.server = server.url();
        request.login = login;
        request.password = QStringLiteral("pw-") + login;
        request.stationName = QStringLiteral("desk of ") + login;
        team->join(request);
        REQUIRE(eventually([&] { return finished; }));
        INFO(message.toStdString());
        REQUIRE(message.isEmpty());
        REQUIRE(eventually([&] {
            return team->status() == core::TeamSession::Status::Online &&
                   window->feed()->rowCount() == items;
        }));
    }

    ui::ComposerDock *composer() const
    {
        auto *dock = window->findChild<ui::ComposerDock *>(QStringLiteral("dock.composer"));
        REQUIRE(dock);
        return dock;
    }

    // The inbox row's text in `column` for the item.
    QString cell(qint64 itemId, int column) const
    {
        ui::ItemFeedModel *feed = window->feed();
        const int row = feed->rowOfItem(itemId);
        return row < 0 ? QString() : feed->index(row, column).data().toString();
    }

    QString statusMessage() const { return window->statusBar()->currentMessage(); }
};

// Ends the sessions of `login` and keeps them out (their password changed) until let in again:
// their station is cut off while the server goes on for everyone else.
inline void lockOut(TestServer &server, const QString &login)
{
    server.sql(QStringLiteral("ALTER ROLE %1 PASSWORD 'locked-out'").arg(login));
    server.sql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE usename = '%1' AND pid <> pg_backend_pid()")
                   .arg(login));
}

inline void letIn(TestServer &server, const QString &login)
{
    server.sql(QStringLiteral("ALTER ROLE %1 PASSWORD 'pw-%1'").arg(login));
}

// The team's server goes away (stopped at once, as a crash would) and comes back.
inline void stopServer()
{
    cluster({QStringLiteral("--mode"), QStringLiteral("immediate"), QStringLiteral("stop")});
}

inline void startServer()
{
    cluster({QStringLiteral("start")});
}

} // namespace fd::test
