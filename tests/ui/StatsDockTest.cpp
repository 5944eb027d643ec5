// The Stats dock as a lead and an operator use it: the figures of a period computed away from
// the window, a ranking, the items behind a figure, one's own row, the volume heatmap.
#include "UiTestSupport.h"

#include "Format.h"
#include "StatsDock.h"
#include "StatsHeatmapModel.h"
#include "StatsItemsModel.h"
#include "StatsTableModel.h"
#include "StatsTestSupport.h"
#include "console/InboxActions.h"
#include "stats/Csv.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;
using fd::ui::StatsDock;
using fd::ui::StatsItemsModel;
using fd::ui::StatsTableModel;

namespace {

Actor anna()
{
    return {0, u"anna"_s, u"Anna"_s, u"desk-1"_s};
}

// Three operators answer first messages in 100, 300 and 900 seconds; Clara answers two more,
// one of them a next response. Returns the first customer item of each conversation by who
// answered it.
QHash<QString, QList<qint64>> fill(Timeline &t)
{
    QHash<QString, QList<qint64>> items;
    const auto answered = [&](qint64 at, qint64 after, const QString &who) {
        const qint64 thread = t.conversation();
        const qint64 item = t.customer(thread, at);
        t.reply(thread, item, at + after, who);
        items[who].append(item);
        return std::pair(thread, item);
    };
    answered(0, 300, u"Anna"_s);
    answered(3600, 100, u"Boris"_s);
    const auto [thread, first] = answered(7200, 900, u"Clara"_s);
    const qint64 again = t.customer(thread, 9000);
    t.reply(thread, again, 9060, u"Clara"_s);
    items[u"Clara"_s].append(again);
    answered(26 * 3600, 600, u"Clara"_s);
    // One still waiting, nobody's.
    t.customer(t.conversation(), 27 * 3600);
    return items;
}

struct Fixture
{
    Timeline t;
    QHash<QString, QList<qint64>> items = fill(t);
    InboxActions actions{t.store(), anna()};
    StatsDock dock{t.store(), actions};

    Fixture()
    {
        dock.setNow(t.at(30 * 24 * 3600));
        dock.setCustomPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    }

    void waitFor(StatsDock::Tab tab)
    {
        if (dock.report(tab))
            return;
        QSignalSpy computed(&dock, &StatsDock::computed);
        while (!dock.report(tab))
            REQUIRE(computed.wait(10000));
    }
    void waitForItems(const std::function<void()> &click)
    {
        QSignalSpy listed(&dock, &StatsDock::itemsListed);
        click();
        REQUIRE(listed.wait(10000));
    }
    StatsTableModel &operators() { return *dock.model(StatsDock::OperatorsTab); }
    QStringList keys(const StatsTableModel &model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row, 0).data(StatsTableModel::KeyRole).toString();
        return out;
    }
};

const StatsGroup &groupOf(const StatsReport &r, const QString &key)
{
    for (const StatsGroup &g : r.groups) {
        if (g.key == key)
            return g;
    }
    FAIL("no group " << key.toStdString());
    return r.total;
}

} // namespace

TEST_CASE("The Stats dock computes off the window's thread and shows the engine's figures",
          "[ui][stats]")
{
    Fixture f;
    // Asked for, not there yet: the window goes on while the worker computes.
    CHECK(f.dock.isComputing());
    CHECK(f.dock.statusLabel()->text() == u"Computing…"_s);
    CHECK(f.dock.workerThread() != QThread::currentThread());
    f.dock.show();
    f.waitFor(StatsDock::OperatorsTab);
    CHECK_FALSE(f.dock.isComputing());
    CHECK(f.dock.objectName() == u"dock.stats"_s);

    // The same figures as the engine gives for the same question.
    const StatsReport expected = f.t.stats(f.dock.query(StatsDock::OperatorsTab));
    const auto shown = f.dock.report(StatsDock::OperatorsTab);
    REQUIRE(shown);
    CHECK(shown->total.items == expected.total.items);
    CHECK(shown->total.items == 6);
    StatsTableModel &model = f.operators();
    for (const StatsGroup &g : expected.groups) {
        const int row = model.rowOfKey(g.key);
        REQUIRE(row >= 0);
        CHECK(model.value(row, StatsTableModel::ItemsColumn) == double(g.items));
        CHECK(model.value(row, StatsTableModel::FirstCountColumn) ==
              double(g.firstResponse.calendar.count));
        CHECK(model.value(row, StatsTableModel::RepliesColumn) == double(g.operatorReplies));
        if (g.firstResponse.calendar.count > 0)
            CHECK(model.value(row, StatsTableModel::FirstMedianColumn) ==
                  g.firstResponse.calendar.median);
    }
    // The total row last, in bold.
    const int total = model.rowCount() - 1;
    CHECK(model.groupOfRow(total) == -1);
    CHECK(model.value(total, StatsTableModel::ItemsColumn) == 6.0);
    CHECK(model.index(total, StatsTableModel::FirstMedianColumn).data().toString() ==
          fd::ui::format::duration(qint64(expected.total.firstResponse.calendar.median)));
    // Each figure says what it means.
    CHECK(model.headerData(StatsTableModel::FirstMedianColumn, Qt::Horizontal, Qt::ToolTipRole)
              .toString()
              .contains(u"first reply an operator sent"_s));

    // Another tab is computed when it is shown, as the engine groups it.
    f.dock.groupTabs()->setCurrentIndex(StatsDock::KindsTab);
    f.waitFor(StatsDock::KindsTab);
    const StatsTableModel &kinds = *f.dock.model(StatsDock::KindsTab);
    CHECK(kinds.rowCount() == 2); // direct messages and the total
    CHECK(kinds.value(0, StatsTableModel::ItemsColumn) == 6.0);
}

TEST_CASE("The Stats dock ranks operators by the chosen figure", "[ui][stats]")
{
    Fixture f;
    f.dock.show();
    f.waitFor(StatsDock::OperatorsTab);
    StatsTableModel &model = f.operators();
    QComboBox *rank = f.dock.rankBox();

    // Shortest first response first; those without one after, unranked; the total last.
    rank->setCurrentIndex(rank->findData(int(StatsTableModel::FirstMedianColumn)));
    CHECK(f.keys(model) == QStringList{u"Boris"_s, u"Anna"_s, u"Clara"_s, QString(), u"total"_s});
    CHECK(model.index(0, StatsTableModel::RankColumn).data().toString() == u"1"_s);
    CHECK(model.index(2, StatsTableModel::RankColumn).data().toString() == u"3"_s);
    CHECK(model.index(3, StatsTableModel::RankColumn).data().toString().isEmpty());

    // Most items first.
    rank->setCurrentIndex(rank->findData(int(StatsTableModel::ItemsColumn)));
    CHECK(f.keys(model).first() == u"Clara"_s);
    // By name: no ranks.
    rank->setCurrentIndex(rank->findData(-1));
    CHECK(f.keys(model) == QStringList{u"Anna"_s, u"Boris"_s, u"Clara"_s, QString(), u"total"_s});
    CHECK(model.index(0, StatsTableModel::RankColumn).data().toString().isEmpty());
}

TEST_CASE("Clicking a figure of the Stats dock lists exactly its items", "[ui][stats]")
{
    Fixture f;
    f.dock.resize(1400, 900);
    f.dock.show();
    f.waitFor(StatsDock::OperatorsTab);
    f.dock.rankBox()->setCurrentIndex(f.dock.rankBox()->findData(-1));
    const StatsTableModel &model = f.operators();
    const auto report = f.dock.report(StatsDock::OperatorsTab);
    QTableView *view = f.dock.table(StatsDock::OperatorsTab);

    // Clara's first responses: two conversations she answered first.
    const int clara = model.rowOfKey(u"Clara"_s);
    const QModelIndex cell = model.index(clara, StatsTableModel::FirstCountColumn);
    view->scrollTo(cell);
    f.waitForItems([&] {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    });
    const QList<qint64> expected =
        report->itemsBehind(model.groupOfRow(clara), StatsFigure::FirstResponse);
    REQUIRE(expected.size() == 2);
    CHECK(f.dock.itemsModel()->itemIds() == expected);
    CHECK(f.dock.itemsTitle()->text().contains(u"Clara"_s));

    // Her next response: the one item.
    f.waitForItems([&] {
        f.dock.listTableItems(StatsDock::OperatorsTab, clara, StatsTableModel::NextMedianColumn);
    });
    CHECK(f.dock.itemsModel()->itemIds() == QList<qint64>{f.items[u"Clara"_s].at(1)});

    // Every item of the period, from the total row.
    f.waitForItems([&] {
        f.dock.listTableItems(StatsDock::OperatorsTab, model.rowCount() - 1,
                              StatsTableModel::ItemsColumn);
    });
    CHECK(f.dock.itemsModel()->rowCount() == 6);

    // Double-clicking one opens it.
    QSignalSpy opened(&f.dock, &StatsDock::itemActivated);
    QTableView *items = f.dock.itemsView();
    const QModelIndex first = f.dock.itemsModel()->index(0, StatsItemsModel::ItemColumn);
    const QPoint at = items->visualRect(first).center();
    QTest::mouseClick(items->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(items->viewport(), Qt::LeftButton, {}, at);
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == f.dock.itemsModel()->itemIdAt(0));
}

TEST_CASE("My figures in the Stats dock show only the operator's row", "[ui][stats]")
{
    Fixture f;
    f.dock.show();
    f.waitFor(StatsDock::OperatorsTab);
    const auto report = f.dock.report(StatsDock::OperatorsTab);
    const StatsGroup &mine = groupOf(*report, u"Anna"_s);

    f.dock.mineBox()->setChecked(true);
    StatsTableModel &model = f.operators();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0).data(StatsTableModel::KeyRole).toString() == u"Anna"_s);
    CHECK(model.value(0, StatsTableModel::ItemsColumn) == double(mine.items));
    CHECK(model.value(0, StatsTableModel::FirstMedianColumn) == mine.firstResponse.calendar.median);
    // Everyone's tables are out of reach meanwhile.
    CHECK_FALSE(f.dock.groupTabs()->isTabEnabled(StatsDock::AccountsTab));

    // The table exports as shown: her row only, for spreadsheets.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mine.csv"_s);
    QSignalSpy exported(&f.dock, &StatsDock::exported);
    f.dock.exportTable(path, true);
    REQUIRE(exported.wait(10000));
    CHECK(exported.at(0).at(0).toBool());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const CsvParseResult csv = parseCsv(bytes);
    REQUIRE(csv.error.isEmpty());
    REQUIRE(csv.rows.size() == 2);
    CHECK(csv.rows.at(1).at(0) == u"Anna"_s);
    CHECK(csv.rows.at(1).at(2) == QString::number(mine.items));

    // After a new period, still only hers.
    QSignalSpy computed(&f.dock, &StatsDock::computed);
    f.dock.setCustomPeriod(QDate(2026, 3, 1), QDate(2026, 3, 2));
    REQUIRE(computed.wait(10000));
    CHECK(f.keys(model) == QStringList{u"Anna"_s});

    f.dock.mineBox()->setChecked(false);
    CHECK(model.rowCount() > 1);
}

TEST_CASE("The Stats dock's heatmap counts the items of each weekday and hour", "[ui][stats]")
{
    Fixture f;
    f.dock.show();
    f.waitFor(StatsDock::OperatorsTab);
    // The hour of the first two conversations, in this machine's time.
    const QDateTime first = f.t.at(0).toLocalTime();
    const QDateTime later = f.t.at(3600).toLocalTime();
    const int weekday = first.date().dayOfWeek() - 1;
    CHECK(f.dock.heatmapModel()->count(weekday, first.time().hour()) == 1);
    CHECK(f.dock.heatmapModel()->count(later.date().dayOfWeek() - 1, later.time().hour()) == 1);
    qint64 all = 0;
    for (int d = 0; d < 7; ++d) {
        for (int h = 0; h < 24; ++h)
            all += f.dock.heatmapModel()->count(d, h);
    }
    CHECK(all == 6);

    // Its items, by clicking the cell.
    f.waitForItems([&] { f.dock.listHeatmapItems(weekday, first.time().hour()); });
    CHECK(f.dock.itemsModel()->itemIds() == QList<qint64>{f.items[u"Anna"_s].first()});

    // One channel: the shop's own.
    REQUIRE(f.dock.channelBox()->count() == 2);
    f.dock.channelBox()->setCurrentIndex(1);
    CHECK(f.dock.heatmapModel()->count(weekday, first.time().hour()) == 1);
    // The coming week is staffed where the period had items.
    CHECK(f.dock.forecast().size() == 7 * 24);
}
