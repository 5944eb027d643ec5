// The Handover dock as the leaving operator, the incoming one and the lead use it: a day built
// by hand shows in its sections with the right counts, a handover moves the open items and the
// incoming operator acknowledges it, the report exports as PDF and CSV, and the break
// reminder comes after the minutes chosen.
#include "UiTestSupport.h"

#include "../shifts/ShiftsTestSupport.h"

#include "BreakReminderWatch.h"
#include "ConsoleLayouts.h"
#include "DockRegistry.h"
#include "HandoverDock.h"
#include "HandoverItemModel.h"
#include "LayoutManager.h"
#include "console/InboxActions.h"
#include "rules/SlaPolicy.h"
#include "shifts/ShiftActions.h"
#include "shifts/ShiftReport.h"
#include "stats/Csv.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;
using fd::ui::HandoverDock;
using fd::ui::HandoverItemModel;
using Section = fd::ui::HandoverDock::Section;

namespace {

// A day shift from 8 to 20 UTC with Anna and Boris on it, a 15-minute first response target,
// and at 17:00: one item overdue on Anna's desk, one at risk on nobody's, one on Boris's desk
// with time to spare, and one from before the shift on Anna's desk (overdue, promised by
// hand); an answered and closed one; a spike of messages at 13:00.
struct Shift17
{
    Shift17()
    {
        anna = f.addOperator(u"anna"_s, u"Anna"_s);
        boris = f.addOperator(u"boris"_s, u"Boris"_s);
        Shift day;
        day.name = u"Day"_s;
        day.startMinute = 8 * 60;
        day.endMinute = 20 * 60;
        day.operatorIds = {anna, boris};
        REQUIRE(resultOf(ShiftActions(f.s.store(), f.actor(u"anna"_s)).saveShift(day)).ok());
        SlaPolicy first;
        first.firstMinutes = 15;
        REQUIRE(resultOf(sla::setPolicy(f.s.store(), first)).ok());
        const qint64 answered =
            f.addItem(u"b1"_s, u"Do you ship to Gdansk?"_s, utc(2026, 11, 16, 9));
        f.addReply(u"r1"_s, u"b1"_s, utc(2026, 11, 16, 9, 5));
        f.exec(u"UPDATE items SET status = 'closed' WHERE id = %1"_s.arg(answered));
        parcel = f.addItem(u"a1"_s, u"Where is my parcel?"_s, utc(2026, 11, 16, 16, 30));
        anyone = f.addItem(u"a2"_s, u"Anyone there?"_s, utc(2026, 11, 16, 16, 47));
        size = f.addItem(u"a4"_s, u"And the size?"_s, utc(2026, 11, 16, 16, 58));
        refund = f.addItem(u"a3"_s, u"Refund for order 7"_s, utc(2026, 11, 16, 7));
        f.exec(
            u"UPDATE items SET assignee_id = %1 WHERE id IN (%2, %3)"_s.arg(anna).arg(parcel).arg(
                refund));
        f.exec(u"UPDATE items SET assignee_id = %1 WHERE id = %2"_s.arg(boris).arg(size));
        f.exec(u"INSERT INTO journal (at, actor_kind, actor, action, account_id, detail) VALUES "
               u"(%1, 'system', 'alarm', 'alarm.spike', %2, 'Shop bot: 40 messages in 10 min')"_s
                   .arg(utc(2026, 11, 16, 13).toMSecsSinceEpoch())
                   .arg(f.account));
    }

    // A dock for the operator of `login`, reading at 17:00, shown and read once.
    std::unique_ptr<HandoverDock> dockFor(InboxActions &actions)
    {
        auto dock = std::make_unique<HandoverDock>(f.s.store(), actions);
        dock->setClock([this] { return now; });
        QSignalSpy loaded(dock.get(), &HandoverDock::loaded);
        dock->resize(1000, 700);
        dock->show();
        REQUIRE(loaded.wait(10000));
        return dock;
    }

    ShiftStore f;
    QDateTime now = utc(2026, 11, 16, 17);
    qint64 anna = 0, boris = 0, parcel = 0, anyone = 0, size = 0, refund = 0;
};

// Runs a write of the dock's and waits until the snapshot after it is shown.
template <typename Act>
void writeAndReread(HandoverDock &dock, Act act)
{
    QSignalSpy written(&dock, &HandoverDock::written);
    QSignalSpy loaded(&dock, &HandoverDock::loaded);
    act();
    REQUIRE((written.count() > 0 || written.wait(10000)));
    INFO(written.constFirst().constFirst().toString().toStdString());
    REQUIRE(written.constFirst().constFirst().toString().isEmpty());
    REQUIRE((loaded.count() > 0 || loaded.wait(10000)));
}

QList<qint64> idsIn(const HandoverItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(HandoverItemModel::ItemIdRole).toLongLong();
    return ids;
}

QStringList column(const QTreeWidget &list, int c)
{
    QStringList out;
    for (int row = 0; row < list.topLevelItemCount(); ++row)
        out << list.topLevelItem(row)->text(c);
    return out;
}

} // namespace

TEST_CASE("The Handover dock shows a shift's sections with their counts", "[ui][handover]")
{
    Shift17 d;
    InboxActions actions(d.f.s.store(), d.f.actor(u"anna"_s));
    auto dock = d.dockFor(actions);
    CHECK(dock->objectName() == u"dock.handover"_s);
    ModelTesterLog log;
    QAbstractItemModelTester tester(dock->itemModel(Section::Open),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester urgentTester(dock->itemModel(Section::Urgent),
                                          QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(dock->myOperatorId() == d.anna);
    CHECK(dock->leavingBox()->currentData().toLongLong() == d.anna);

    // Anna marks the refund as promised by hand, and writes a note for the next shift.
    writeAndReread(*dock, [&] { dock->markPromise(d.refund, true); });
    writeAndReread(*dock, [&] { dock->addNote(u"The courier comes at 9"_s); });

    // Overdue first, then at risk, then the rest, oldest first.
    CHECK(idsIn(*dock->itemModel(Section::Open)) ==
          QList<qint64>{d.refund, d.parcel, d.anyone, d.size});
    CHECK(idsIn(*dock->itemModel(Section::Urgent)) == QList<qint64>{d.refund, d.parcel, d.anyone});
    CHECK(idsIn(*dock->itemModel(Section::Promised)) == QList<qint64>{d.refund});
    CHECK(idsIn(*dock->itemModel(Section::Leaving)) == QList<qint64>{d.refund, d.parcel});
    const QTabWidget *tabs = dock->itemTabs();
    CHECK(tabs->tabText(0) == u"Open and waiting (4)"_s);
    CHECK(tabs->tabText(1) == u"Overdue and at risk (3)"_s);
    CHECK(tabs->tabText(2) == u"Promised (1)"_s);
    CHECK(tabs->tabText(3) == u"On Anna's desk (2)"_s);

    // What a row says: the clock, the customer's text, whose desk, the promise.
    const HandoverItemModel &open = *dock->itemModel(Section::Open);
    CHECK(open.index(1, HandoverItemModel::ClockColumn).data().toString() == u"15 min over"_s);
    CHECK(open.index(1, HandoverItemModel::TextColumn).data().toString() ==
          u"Where is my parcel?"_s);
    CHECK(open.index(1, HandoverItemModel::AssigneeColumn).data().toString() == u"Anna"_s);
    CHECK(open.index(2, HandoverItemModel::AssigneeColumn).data().toString() == u"Nobody"_s);
    CHECK(open.index(0, HandoverItemModel::StatusColumn).data().toString().contains(u"promised"_s));

    // The team's load, the notes, the alarms and the figures.
    CHECK(column(*dock->teamView(), 0) == QStringList{u"Anna"_s, u"Boris"_s});
    CHECK(column(*dock->teamView(), 3) == QStringList{u"2"_s, u"1"_s});
    CHECK(column(*dock->notesView(), 3) == QStringList{u"The courier comes at 9"_s});
    REQUIRE(dock->alarmsView()->topLevelItemCount() == 1);
    CHECK(dock->alarmsView()->topLevelItem(0)->text(2).contains(u"40 messages"_s));
    const QString figures = dock->figuresText();
    INFO(figures.toStdString());
    CHECK(figures.startsWith(u"Day, "_s));
    CHECK(figures.contains(u" 4 item"_s));
    CHECK(figures.contains(u" 1 repl"_s));
    CHECK(figures.contains(u"median first response 5 min"_s));
    CHECK(log.failures().isEmpty());

    // The mark comes off by hand too; double-click opens the item in the console.
    writeAndReread(*dock, [&] { dock->markPromise(d.refund, false); });
    CHECK(dock->itemModel(Section::Promised)->rowCount() == 0);
    QSignalSpy activated(dock.get(), &HandoverDock::itemActivated);
    QTreeView *view = dock->itemView(Section::Open);
    const QModelIndex second = view->model()->index(1, HandoverItemModel::TextColumn);
    view->scrollTo(second);
    QCoreApplication::processEvents();
    const QPoint at = view->visualRect(second).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    REQUIRE(activated.count() == 1);
    CHECK(activated.constFirst().constFirst().toLongLong() == d.parcel);

    // The lead looks at the team as a whole: no leaving desk.
    dock->leavingBox()->setCurrentIndex(dock->leavingBox()->findData(qint64(0)));
    QSignalSpy loaded(dock.get(), &HandoverDock::loaded);
    Q_EMIT dock->leavingBox()->activated(dock->leavingBox()->currentIndex());
    REQUIRE(loaded.wait(10000));
    CHECK(dock->itemModel(Section::Leaving)->rowCount() == 0);
    CHECK_FALSE(dock->itemTabs()->isTabEnabled(3));
}

TEST_CASE("Handing over moves the open items and the incoming operator acknowledges",
          "[ui][handover]")
{
    Shift17 d;
    InboxActions annaActions(d.f.s.store(), d.f.actor(u"anna"_s));
    auto anna = d.dockFor(annaActions);
    InboxActions borisActions(d.f.s.store(), d.f.actor(u"boris"_s));
    auto boris = d.dockFor(borisActions);
    CHECK(boris->pendingText().isEmpty());
    CHECK_FALSE(boris->acknowledgeAction()->isEnabled());

    HandoverRequest r;
    r.fromOperatorId = d.anna;
    r.toOperatorId = d.boris;
    r.reassign = Reassign::Incoming;
    r.summary = u"Order 7 waits for the warehouse."_s;
    writeAndReread(*anna, [&] { anna->handOver(r); });
    CHECK(anna->itemModel(Section::Leaving)->rowCount() == 0);
    CHECK(column(*anna->teamView(), 3) == QStringList{u"0"_s, u"3"_s});
    REQUIRE(anna->handoversView()->topLevelItemCount() == 1);
    CHECK(anna->handoversView()->topLevelItem(0)->text(2) == u"Boris"_s);
    CHECK(anna->handoversView()->topLevelItem(0)->text(4) == u"Not yet"_s);

    // Boris sees it waiting for him, with the summary, and acknowledges it.
    QSignalSpy loaded(boris.get(), &HandoverDock::loaded);
    boris->storeChanged();
    REQUIRE(loaded.wait(10000));
    REQUIRE(boris->pendingHandovers().size() == 1);
    CHECK(boris->pendingText().contains(u"Anna handed over to you"_s));
    CHECK(boris->pendingText().contains(u"2 open item"_s));
    CHECK(boris->pendingText().contains(u"Order 7 waits for the warehouse."_s));
    CHECK(idsIn(*boris->itemModel(Section::Leaving)) == QList<qint64>{d.refund, d.parcel, d.size});
    writeAndReread(*boris, [&] { boris->acknowledgeAction()->trigger(); });
    CHECK(boris->pendingText().isEmpty());
    CHECK(boris->handoversView()->topLevelItem(0)->text(4).startsWith(u"boris, "_s));
    CHECK(d.f.scalar(u"SELECT count(*) FROM journal WHERE action = 'handover.created' AND "
                     u"actor = 'anna'"_s) == 1);
    CHECK(d.f.scalar(u"SELECT count(*) FROM journal WHERE action = 'handover.acknowledged' AND "
                     u"actor = 'boris'"_s) == 1);
}

TEST_CASE("The shift report exports as PDF and as CSV", "[ui][handover]")
{
    Shift17 d;
    InboxActions actions(d.f.s.store(), d.f.actor(u"anna"_s));
    auto dock = d.dockFor(actions);
    HandoverRequest r;
    r.fromOperatorId = d.anna;
    r.reassign = Reassign::Pool;
    r.summary = u"Parcel 7 is lost: call the warehouse first thing."_s;
    writeAndReread(*dock, [&] { dock->handOver(r); });

    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"report.pdf"_s);
    CHECK(dock->exportPdf(pdf).isEmpty());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK(file.size() > 4000);
    // The PDF is printed from the report, which holds the summary.
    CHECK(shiftReport::html(*dock->snapshot()).contains(r.summary));

    const QString csv = dir.filePath(u"report.csv"_s);
    QSignalSpy exported(dock.get(), &HandoverDock::exported);
    dock->exportCsv(csv);
    REQUIRE(exported.wait(10000));
    CHECK(exported.constFirst().constFirst().toBool());
    QFile table(csv);
    REQUIRE(table.open(QIODevice::ReadOnly));
    const CsvParseResult parsed = parseCsv(table.readAll());
    REQUIRE(parsed.error.isEmpty());
    int items = 0;
    bool summary = false;
    for (const QStringList &row : parsed.rows) {
        items += row.value(0) == u"item"_s;
        summary = summary || row.contains(r.summary);
    }
    CHECK(items == 4);
    CHECK(summary);

    // A folder that is not there is said so.
    CHECK_FALSE(dock->exportPdf(dir.filePath(u"missing/report.pdf"_s)).isEmpty());
}

TEST_CASE("The shift buttons start and end the operator's shift and breaks", "[ui][handover]")
{
    Shift17 d;
    InboxActions actions(d.f.s.store(), d.f.actor(u"boris"_s));
    auto dock = d.dockFor(actions);
    CHECK(dock->startShiftAction()->isEnabled());
    CHECK_FALSE(dock->startBreakAction()->isEnabled());
    writeAndReread(*dock, [&] { dock->startShiftAction()->trigger(); });
    CHECK(dock->shiftStateText().startsWith(u"You are on shift"_s));
    CHECK(dock->startBreakAction()->isEnabled());
    writeAndReread(*dock, [&] { dock->startBreakAction()->trigger(); });
    CHECK(dock->shiftStateText().startsWith(u"You are on a break"_s));
    CHECK(dock->endBreakAction()->isEnabled());
    CHECK(dock->teamView()->topLevelItem(1)->text(1).startsWith(u"on a break"_s));
    writeAndReread(*dock, [&] { dock->endBreakAction()->trigger(); });
    writeAndReread(*dock, [&] { dock->endShiftAction()->trigger(); });
    CHECK(dock->startShiftAction()->isEnabled());
    CHECK_FALSE(dock->endShiftAction()->isEnabled());
}

TEST_CASE("The break reminder comes after the minutes of continuous work chosen", "[ui][handover]")
{
    ShiftStore f;
    const qint64 anna = f.addOperator(u"anna"_s, u"Anna"_s);
    const QDateTime start = utc(2026, 11, 16, 8);
    REQUIRE(resultOf(ShiftActions(f.s.store(), f.actor(u"anna"_s)).startShift(anna, start)).ok());
    TempSettings temp;
    QDateTime now = start.addSecs(50 * 60);
    fd::ui::BreakReminderWatch watch(f.s.store(), temp.settings, [&now] { return now; });
    watch.setLogin(u"anna"_s);
    QSignalSpy due(&watch, &fd::ui::BreakReminderWatch::due);

    // Off by default.
    watch.check();
    CHECK(due.isEmpty());
    CHECK_FALSE(watch.reminder().isOn());

    temp.settings.setValue(fd::ui::BreakReminderWatch::minutesKey(), 60);
    watch.check();
    CHECK(due.isEmpty());
    now = start.addSecs(61 * 60);
    watch.check();
    REQUIRE(due.size() == 1);
    CHECK(due.constFirst().at(1).toString() == u"You have worked for 1 h 1 min without a break."_s);
    now = start.addSecs(90 * 60);
    watch.check();
    CHECK(due.size() == 1); // once, then again after as many minutes
    now = start.addSecs(122 * 60);
    watch.check();
    CHECK(due.size() == 2);

    // A break resets the count.
    REQUIRE(
        resultOf(
            ShiftActions(f.s.store(), f.actor(u"anna"_s)).startBreak(anna, start.addSecs(125 * 60)))
            .ok());
    REQUIRE(
        resultOf(
            ShiftActions(f.s.store(), f.actor(u"anna"_s)).endBreak(anna, start.addSecs(140 * 60)))
            .ok());
    now = start.addSecs(190 * 60);
    watch.check();
    CHECK(due.size() == 2);
    now = start.addSecs(201 * 60);
    watch.check();
    CHECK(due.size() == 3);
}

TEST_CASE("The Handover layout shows the handover dock in front", "[ui][handover][layout]")
{
    WindowOnStore w;
    fd::ui::MainWindow &window = w.open();
    showExposed(window);
    QDockWidget *dock = window.docks()->find(u"dock.handover"_s);
    REQUIRE(dock);
    REQUIRE(window.layouts()->switchTo(fd::ui::consoleLayouts::handoverId()));
    QApplication::processEvents();
    CHECK(dock->isVisible());
    CHECK_FALSE(dock->visibleRegion().isEmpty());
}
