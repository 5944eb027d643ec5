// The Journal dock as a lead uses it: everyone's actions or one person's, one kind, a search in
// the texts; a deleted comment opens in the console with its kept text; the rows export as CSV.
#include "UiTestSupport.h"

#include "ConversationView.h"
#include "JournalDock.h"
#include "JournalModel.h"
#include "console/InboxActions.h"
#include "console/OperatorJournal.h"
#include "stats/JournalQuery.h"
#include "store/Connection.h"
#include "store/ItemQueries.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;
using fd::ui::JournalDock;
using fd::ui::JournalModel;

namespace {

Actor olga()
{
    return {0, u"olga"_s, u"Ольга"_s, u"desk-1"_s};
}

Actor pavel()
{
    return {0, u"pavel"_s, u"Павел"_s, u"desk-7"_s};
}

// Three comments: one closed by Olga, one hidden by Pavel (as the outbox records it), one
// deleted on the platform. Returns the items' ids by external id.
QHash<QString, qint64> fill(TempStore &temp)
{
    Store &store = temp.store();
    const qint64 account = temp.addAccount(Platform::Vk, u"Frontshop"_s);
    REQUIRE(ingest(store, {account,
                           {makeItem(u"c1"_s, u"Где мой заказ?"_s),
                            makeItem(u"c2"_s, u"Дешёвые часы тут"_s, u"u2"_s),
                            makeItem(u"c3"_s, u"Вы обманщики, верните деньги"_s, u"u3"_s)},
                           {},
                           {}})
                .ok());
    QHash<QString, qint64> ids;
    const auto page = ItemQueries(*store.reader()).page(ItemFilter{}, 10, 0);
    REQUIRE(page.ok());
    for (const ItemRow &row : *page)
        ids[row.item.externalId] = row.item.id;
    InboxActions actions(store, olga());
    REQUIRE(resultOf(actions.close({ids[u"c1"_s]})).ok());
    const qint64 hidden = ids[u"c2"_s];
    REQUIRE(resultOf(store.write([hidden](const QSqlDatabase &db) {
                auto u = Connection::exec(db, u"UPDATE items SET status = 'hidden' WHERE id = ?"_s,
                                          {hidden});
                if (!u.ok())
                    return u.error();
                return journalItem(db, pavel(), 5, u"item.hidden"_s, hidden, u"Дешёвые часы тут"_s,
                                   QString(), u"status was new"_s);
            })).ok());
    REQUIRE(
        ingest(store, {account, {}, {{u"c3"_s, QDateTime::currentDateTimeUtc(), {}, false}}, {}})
            .ok());
    return ids;
}

void waitForPage(JournalDock &dock)
{
    QSignalSpy shown(&dock, &JournalDock::pageShown);
    REQUIRE(shown.wait(10000));
}

QStringList actionsShown(const JournalModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.entry(row)->action;
    return out;
}

} // namespace

TEST_CASE("The Journal dock filters by person and action and searches the kept texts",
          "[ui][journal]")
{
    TempStore s;
    const auto ids = fill(s);
    InboxActions actions(s.store(), olga());
    JournalDock dock(s.store(), actions);
    dock.show();
    ModelTesterLog log;
    QAbstractItemModelTester tester(dock.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    waitForPage(dock);
    CHECK(dock.objectName() == u"dock.journal"_s);
    CHECK(actionsShown(*dock.model()) ==
          QStringList{u"item.deleted"_s, u"item.hidden"_s, u"item.closed"_s});

    // Only mine.
    dock.whoBox()->setCurrentIndex(dock.whoBox()->findData(u"me"_s));
    waitForPage(dock);
    CHECK(actionsShown(*dock.model()) == QStringList{u"item.closed"_s});
    const QModelIndex who = dock.model()->index(0, JournalModel::WhoColumn);
    CHECK(who.data().toString() == u"Ольга"_s);
    CHECK(dock.model()->index(0, JournalModel::StationColumn).data().toString() == u"desk-1"_s);

    // Everyone's hides and deletions, then a search in the removed text (in another case).
    dock.whoBox()->setCurrentIndex(dock.whoBox()->findData(u"all"_s));
    waitForPage(dock);
    dock.actionBox()->setCurrentIndex(dock.actionBox()->findData(u"removals"_s));
    waitForPage(dock);
    CHECK(actionsShown(*dock.model()) == QStringList{u"item.deleted"_s, u"item.hidden"_s});
    dock.searchField()->setText(u"ЧАСЫ"_s);
    waitForPage(dock);
    REQUIRE(dock.model()->rowCount() == 1);
    const JournalEntry *hidden = dock.model()->entry(0);
    CHECK(hidden->actor == u"Павел"_s);
    CHECK(hidden->itemId == ids[u"c2"_s]);
    CHECK(dock.model()->index(0, JournalModel::ChangeColumn).data().toString() ==
          u"Дешёвые часы тут → —"_s);

    // The kept text in full below the list, as plain text.
    dock.view()->setCurrentIndex(dock.model()->index(0, 0));
    CHECK(dock.detailView()->toPlainText().contains(u"Дешёвые часы тут"_s));

    // The people who acted are offered by name.
    REQUIRE(dock.whoBox()->findText(u"Павел"_s) >= 0);
    dock.searchField()->clear();
    dock.actionBox()->setCurrentIndex(0);
    waitForPage(dock);
    dock.whoBox()->setCurrentIndex(dock.whoBox()->findText(u"Павел"_s));
    waitForPage(dock);
    CHECK(actionsShown(*dock.model()) == QStringList{u"item.hidden"_s});
    CHECK(ModelTesterLog::failures().isEmpty());
}

TEST_CASE("The Journal dock adds new rows on top and reads long journals page by page",
          "[ui][journal]")
{
    TempStore s;
    fill(s);
    InboxActions actions(s.store(), olga());
    JournalDock dock(s.store(), actions);
    dock.show();
    waitForPage(dock);
    REQUIRE(dock.model()->rowCount() == 3);

    REQUIRE(resultOf(s->write([](const QSqlDatabase &db) {
                for (int i = 0; i < 450; ++i) {
                    if (StoreError e = journalOther(db, olga(), 10 + i, u"template.saved"_s,
                                                    QString(), u"T%1"_s.arg(i));
                        !e.ok())
                        return e;
                }
                return StoreError{};
            })).ok());
    // A commit elsewhere: what is new goes on top (more than a page: read afresh).
    dock.storeChanged();
    waitForPage(dock);
    CHECK(dock.model()->rowCount() == JournalDock::pageSize);
    CHECK(dock.model()->entry(0)->after == u"T449"_s);
    // The view asks for more as it needs rows; here every page is asked for.
    while (!dock.model()->atEnd()) {
        dock.model()->fetchMore({});
        waitForPage(dock);
    }
    REQUIRE(dock.model()->rowCount() == 453);
    CHECK(dock.model()->entry(452)->action == u"item.closed"_s);

    REQUIRE(resultOf(journalEvent(s.store(), olga(), u"session.started"_s, {}, {})).ok());
    dock.storeChanged();
    waitForPage(dock);
    CHECK(dock.model()->rowCount() == 454);
    CHECK(dock.model()->entry(0)->action == u"session.started"_s);
}

TEST_CASE("A deleted comment opens from the journal in the console with its kept text",
          "[ui][journal][mainwindow]")
{
    WindowOnStore w;
    const auto ids = fill(w.store);
    auto &window = w.open();
    auto *dock = window.findChild<JournalDock *>(u"dock.journal"_s);
    REQUIRE(dock);
    dock->show();
    dock->raise();
    if (dock->model()->rowCount() == 0 || dock->model()->isLoading())
        waitForPage(*dock);
    dock->actionBox()->setCurrentIndex(dock->actionBox()->findData(u"removals"_s));
    waitForPage(*dock);
    int deleted = -1;
    for (int row = 0; row < dock->model()->rowCount(); ++row) {
        if (dock->model()->entry(row)->action == u"item.deleted"_s)
            deleted = row;
    }
    REQUIRE(deleted >= 0);
    CHECK(dock->model()->entry(deleted)->before == u"Вы обманщики, верните деньги"_s);

    // Double-click (or Enter) opens it in the conversation, where its text is still to be read.
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    dock->raise();
    QSignalSpy opened(dock, &JournalDock::itemActivated);
    const QModelIndex index = dock->model()->index(deleted, JournalModel::ActionColumn);
    dock->view()->scrollTo(index);
    QCoreApplication::processEvents();
    const QPoint at = dock->view()->visualRect(index).center();
    QTest::mouseClick(dock->view()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(dock->view()->viewport(), Qt::LeftButton, {}, at);
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == ids[u"c3"_s]);
    CHECK(window.conversation()->focusItemId() == ids[u"c3"_s]);
    bool shown = false;
    for (const QLabel *text : window.conversation()->findChildren<QLabel *>(u"messageText"_s))
        shown = shown || text->text().contains(u"Вы обманщики, верните деньги"_s);
    CHECK(shown);
}

TEST_CASE("The Journal dock exports the rows it shows as CSV for spreadsheets", "[ui][journal]")
{
    TempStore s;
    fill(s);
    InboxActions actions(s.store(), olga());
    JournalDock dock(s.store(), actions);
    waitForPage(dock);
    dock.actionBox()->setCurrentIndex(dock.actionBox()->findData(u"removals"_s));
    waitForPage(dock);

    QTemporaryDir dir;
    for (const bool spreadsheet : {false, true}) {
        const QString path = dir.filePath(u"journal-%1.csv"_s.arg(spreadsheet));
        QSignalSpy done(&dock, &JournalDock::exported);
        dock.exportCsv(path, spreadsheet);
        REQUIRE(done.wait(10000));
        CHECK(done.at(0).at(0).toBool());
        CHECK(done.at(0).at(2).toLongLong() == 2);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        CHECK(data.startsWith("\xEF\xBB\xBF") == spreadsheet);
        const CsvParseResult parsed = parseCsv(data);
        REQUIRE(parsed.error.isEmpty());
        REQUIRE(parsed.rows.size() == 3);
        CHECK(parsed.rows[0] == journalCsvHeader());
        for (int i = 0; i < 2; ++i)
            CHECK(parsed.rows[i + 1] == journalCsvRecord(*dock.model()->entry(i)));
    }
}
