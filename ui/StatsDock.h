#pragma once

#include "StatsItemsModel.h"
#include "stats/CsatReport.h"
#include "stats/ErlangC.h"
#include "stats/StatsReport.h"

#include <QDockWidget>
#include <QTimer>

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QSpinBox;
class QTabWidget;
class QTableView;
class QThread;

namespace fd::core {
class CsvWriter;
class InboxActions;
class Store;
} // namespace fd::core

namespace fd::ui {

class HeatmapModel;
class ReadingThread;
class ResponseHistogramChart;
class SlaByDayChart;
class StaffingChart;
class StatsTableModel;

// The statistics of a period for a lead and, with "My figures", for each operator: a table per
// operator (ranked by a chosen figure), per channel and per kind of item; the volume by weekday
// and hour, the response times, SLA met per day and the operators the coming week needs. The
// definitions of the figures stand beside them. Clicking a figure lists the items behind it;
// double-clicking one opens it in the console. Everything is computed on a thread of its own
// with its own reading connection: the window never waits, and a result for a period no longer
// asked for is dropped.
class StatsDock : public QDockWidget
{
    Q_OBJECT

public:
    enum Period { Today, Week, Month, Custom };
    enum Tab { OperatorsTab, AccountsTab, KindsTab, TabCount };
    // Items listed behind a figure at most (the count says how many there are).
    static constexpr int listLimit = 5000;

    StatsDock(core::Store &store, core::InboxActions &actions, QWidget *parent = nullptr);
    ~StatsDock() override;

    QComboBox *periodBox() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *hoursBox() const { return m_hours; }
    QCheckBox *mineBox() const { return m_mine; }
    QTabWidget *groupTabs() const { return m_groupTabs; }
    QComboBox *rankBox() const { return m_rank; }
    QTableView *table(Tab tab) const { return m_tables.at(tab); }
    StatsTableModel *model(Tab tab) const { return m_models.at(tab); }
    QTabWidget *chartTabs() const { return m_chartTabs; }
    QComboBox *channelBox() const { return m_channel; }
    HeatmapModel *heatmapModel() const { return m_heatmap; }
    QTableView *heatmapView() const { return m_heatmapView; }
    ResponseHistogramChart *histogramChart() const { return m_histogram; }
    SlaByDayChart *slaChart() const { return m_slaChart; }
    StaffingChart *staffingChart() const { return m_staffing; }
    QSpinBox *targetBox() const { return m_target; }
    QSpinBox *serviceLevelBox() const { return m_serviceLevel; }
    QSpinBox *handleBox() const { return m_handle; }
    QLabel *staffingSummary() const { return m_staffingSummary; }
    StatsItemsModel *itemsModel() const { return m_items; }
    QTableView *itemsView() const { return m_itemsView; }
    QLabel *itemsTitle() const { return m_itemsTitle; }
    QLabel *statusLabel() const { return m_status; }
    QAction *openAction() const { return m_open; }
    QAction *exportTableAction() const { return m_exportTable; }
    QAction *exportItemsAction() const { return m_exportItems; }
    QCheckBox *spreadsheetBox() const { return m_spreadsheet; }
    QString messageText() const;
    // The thread the figures are computed on.
    QThread *workerThread() const;
    bool isComputing() const;

    // What the controls ask of the statistics for a tab.
    core::StatsQuery query(Tab tab) const;
    // The figures of a tab as last computed for the current period; null until they are.
    std::shared_ptr<const core::StatsReport> report(Tab tab) const;
    // The name this station's operator is counted under (the journal's).
    QString myName() const;
    // The moment the period ends at and clocks are judged at; invalid: the current time.
    void setNow(const QDateTime &now);
    void setCustomPeriod(const QDate &from, const QDate &to);

    // Computes the shown tab's figures again.
    void refresh();
    // After a commit anywhere: the figures are computed again a little later while the dock
    // is seen, else once it is shown again.
    void storeChanged();

    // Lists the items behind the figure in `column` of `row` of a tab's table.
    void listTableItems(Tab tab, int row, int column);
    void listHeatmapItems(int weekday, int hour);
    void listHistogramItems(core::WaitKind wait, int bucket);
    void listSlaDayItems(const QDate &day);
    void openListedItem(int row);
    // The operators the coming week needs, as the staffing inputs ask.
    QList<core::erlang::ForecastHour> forecast() const;

    // Writes the shown table's rows (→ exported) or the period's items as CSV; with
    // `forSpreadsheets`, a byte-order mark first and formula-like cells shown as text.
    void exportTable(const QString &path, bool forSpreadsheets);
    void exportItems(const QString &path, bool forSpreadsheets);

Q_SIGNALS:
    // A tab's figures came in and are shown.
    void computed(int tab);
    // The items behind a figure are listed.
    void itemsListed();
    void itemActivated(qint64 itemId);
    void failed(const QString &message);
    void exported(bool ok, const QString &message);

private:
    struct Computed
    {
        std::shared_ptr<const core::StatsReport> report;
        std::optional<core::CsatReport> csat;
        QString error;
    };
    using ItemPicker = std::function<bool(const core::ItemStats &)>;

    void buildControls(QWidget *body);
    QWidget *buildTables(QWidget *parent);
    QWidget *buildCharts(QWidget *parent);
    QWidget *buildItems(QWidget *parent);
    QWidget *buildDefinitions(QWidget *parent);
    void periodChanged();
    void ensureComputed(int tab);
    void arrived(int tab, quint64 generation, const Computed &result);
    void showCharts();
    void showHeatmap();
    void showForecast();
    void updateStatus();
    void mineToggled(bool mine);
    // Lists the items of the report of `tab` in `ids` (in the report's order) or that `pick`
    // picks, under `title`.
    void listItems(const QString &title, const QList<qint64> &ids, ItemPicker pick);
    void askExport(bool items);
    // Writes a CSV file on the reading thread (→ exported).
    void writeCsv(const QString &path, bool forSpreadsheets,
                  std::function<void(core::CsvWriter &)> write);
    int currentTab() const;
    std::shared_ptr<const core::StatsReport> chartReport() const;

    core::Store &m_store;
    core::InboxActions &m_actions;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_hours = nullptr;
    QCheckBox *m_mine = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_groupTabs = nullptr;
    QComboBox *m_rank = nullptr;
    std::array<QTableView *, TabCount> m_tables{};
    std::array<StatsTableModel *, TabCount> m_models{};
    QTabWidget *m_chartTabs = nullptr;
    QComboBox *m_channel = nullptr;
    HeatmapModel *m_heatmap = nullptr;
    QTableView *m_heatmapView = nullptr;
    ResponseHistogramChart *m_histogram = nullptr;
    SlaByDayChart *m_slaChart = nullptr;
    StaffingChart *m_staffing = nullptr;
    QSpinBox *m_target = nullptr;
    QSpinBox *m_serviceLevel = nullptr;
    QSpinBox *m_handle = nullptr;
    QLabel *m_staffingSummary = nullptr;
    StatsItemsModel *m_items = nullptr;
    QTableView *m_itemsView = nullptr;
    QLabel *m_itemsTitle = nullptr;
    QAction *m_open = nullptr;
    QAction *m_exportTable = nullptr;
    QAction *m_exportItems = nullptr;
    QCheckBox *m_spreadsheet = nullptr;
    QTimer m_refreshDelay;
    std::unique_ptr<ReadingThread> m_reading; // computes, lists and exports there
    // The period's generation: results of an older one are dropped, and computations asked
    // for by one that is no longer the latest are not started.
    quint64 m_generation = 1;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(1);
    std::array<std::shared_ptr<const core::StatsReport>, TabCount> m_reports{};
    std::array<quint64, TabCount> m_reportGeneration{};
    std::array<quint64, TabCount> m_askedGeneration{};
    quint64 m_listGeneration = 0;
    QDateTime m_now;
    bool m_stale = true;
    bool m_handleEdited = false;
};

} // namespace fd::ui
