// The Stats dock's widgets: the period and its options, the tables, the charts, the definitions
// and the list of items behind a figure, and what each control does when changed.
#include "StatsDock.h"

#include "DockSupport.h"
#include "FlowLayout.h"
#include "StatsCharts.h"
#include "StatsHeatmapModel.h"
#include "StatsTableModel.h"
#include "stats/KpiDefinitions.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {
namespace {

QTableView *makeTable(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    return view;
}

} // namespace

void StatsDock::buildControls(QWidget *body)
{
    auto *layout = static_cast<QVBoxLayout *>(body->layout());
    // The controls wrap onto a second line in a narrow dock.
    auto *bar = new QWidget(body);
    auto *row = new FlowLayout(bar, 6);
    row->setContentsMargins(0, 0, 0, 0);
    m_period = new QComboBox(body);
    m_period->setObjectName(u"stats.period"_s);
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Today"), Today);
    m_period->addItem(tr("Last 7 days"), Week);
    m_period->addItem(tr("Last 30 days"), Month);
    m_period->addItem(tr("Custom"), Custom);
    m_period->setCurrentIndex(m_period->findData(Week));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-6), body);
    m_from->setObjectName(u"stats.from"_s);
    m_from->setAccessibleName(tr("From"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today, body);
    m_to->setObjectName(u"stats.to"_s);
    m_to->setAccessibleName(tr("To, inclusive"));
    m_to->setCalendarPopup(true);
    m_hours = new QComboBox(body);
    m_hours->setObjectName(u"stats.hours"_s);
    m_hours->setAccessibleName(tr("How time is counted"));
    m_hours->addItem(tr("Calendar hours"), false);
    m_hours->addItem(tr("Business hours"), true);
    m_hours->setToolTip(tr("Calendar hours count every hour; business hours only the open hours "
                           "of each item's SLA calendar"));
    m_mine = new QCheckBox(tr("My figures"), body);
    m_mine->setObjectName(u"stats.mine"_s);
    m_mine->setToolTip(tr("Only your own row, counted as for everyone"));
    m_busy = new QProgressBar(body);
    m_busy->setObjectName(u"stats.busy"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(80);
    m_busy->setTextVisible(false);
    m_status = new QLabel(body);
    m_status->setObjectName(u"stats.status"_s);
    m_status->setTextFormat(Qt::PlainText);
    auto *refreshAction = new QAction(tr("&Refresh"), this);
    refreshAction->setObjectName(u"stats.refresh"_s);
    refreshAction->setToolTip(tr("Compute the figures again"));
    connect(refreshAction, &QAction::triggered, this, &StatsDock::refresh);
    row->addWidget(m_period);
    row->addWidget(m_from);
    row->addWidget(m_to);
    row->addWidget(m_hours);
    row->addWidget(m_mine);
    row->addWidget(makeActionButton(refreshAction, body));
    row->addWidget(m_busy);
    row->addWidget(m_status);
    layout->addWidget(bar);
    m_message = makeMessageLabel(u"stats.message"_s, body);
    layout->addWidget(m_message);

    for (QDateEdit *edit : {m_from, m_to})
        edit->setVisible(false);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_period->currentData().toInt() == Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        periodChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_period->currentData().toInt() == Custom)
            periodChanged();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_period->currentData().toInt() == Custom)
            periodChanged();
    });
    connect(m_hours, &QComboBox::currentIndexChanged, this, [this] {
        const bool business = m_hours->currentData().toBool();
        for (StatsTableModel *model : m_models)
            model->setBusinessTime(business);
    });
    connect(m_mine, &QCheckBox::toggled, this, &StatsDock::mineToggled);
}

QWidget *StatsDock::buildTables(QWidget *parent)
{
    m_groupTabs = new QTabWidget(parent);
    m_groupTabs->setObjectName(u"stats.groups"_s);
    const QStringList names{u"stats.operators"_s, u"stats.accounts"_s, u"stats.kinds"_s};
    const QStringList titles{tr("Operators"), tr("Channels"), tr("Kinds")};
    const QStringList rowTitles{tr("Operator"), tr("Channel"), tr("Kind")};
    for (int tab = 0; tab < TabCount; ++tab) {
        auto *model = new StatsTableModel(this);
        model->setNameTitle(rowTitles.at(tab));
        m_models[std::size_t(tab)] = model;
        QTableView *view = makeTable(names.at(tab), model, m_groupTabs);
        m_tables[std::size_t(tab)] = view;
        view->setToolTip(tr("Click a figure to list its items"));
        // Only the operators are ranked.
        view->setColumnHidden(StatsTableModel::RankColumn, tab != OperatorsTab);
        connect(view, &QAbstractItemView::clicked, this, [this, tab](const QModelIndex &index) {
            listTableItems(Tab(tab), index.row(), index.column());
        });
        if (tab != OperatorsTab) {
            m_groupTabs->addTab(view, titles.at(tab));
            continue;
        }
        auto *page = new QWidget(m_groupTabs);
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 4, 0, 0);
        auto *rankRow = new QHBoxLayout;
        m_rank = new QComboBox(page);
        m_rank->setObjectName(u"stats.rank"_s);
        m_rank->setAccessibleName(tr("Rank by"));
        m_rank->addItem(tr("Name (no ranking)"), -1);
        for (const int column : StatsTableModel::rankableColumns())
            m_rank->addItem(StatsTableModel::columnTitle(column), column);
        m_rank->setCurrentIndex(m_rank->findData(int(StatsTableModel::FirstMedianColumn)));
        model->setRanking(StatsTableModel::FirstMedianColumn);
        auto *rankLabel = new QLabel(tr("Rank by:"), page);
        rankLabel->setBuddy(m_rank);
        rankRow->addWidget(rankLabel);
        rankRow->addWidget(m_rank);
        rankRow->addStretch(1);
        layout->addLayout(rankRow);
        layout->addWidget(view, 1);
        m_groupTabs->addTab(page, titles.at(tab));
        connect(m_rank, &QComboBox::currentIndexChanged, this,
                [this, model] { model->setRanking(m_rank->currentData().toInt()); });
    }
    connect(m_groupTabs, &QTabWidget::currentChanged, this, [this] {
        ensureComputed(currentTab());
        showCharts();
    });
    return m_groupTabs;
}

QWidget *StatsDock::buildCharts(QWidget *parent)
{
    m_chartTabs = new QTabWidget(parent);
    m_chartTabs->setObjectName(u"stats.charts"_s);

    auto *heat = new QWidget(m_chartTabs);
    auto *heatLayout = new QVBoxLayout(heat);
    heatLayout->setContentsMargins(0, 4, 0, 0);
    m_channel = new QComboBox(heat);
    m_channel->setObjectName(u"stats.channel"_s);
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->addItem(tr("All channels"), qint64(0));
    m_heatmap = new HeatmapModel(this);
    m_heatmapView = makeTable(u"stats.heatmap"_s, m_heatmap, heat);
    m_heatmapView->verticalHeader()->show();
    m_heatmapView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_heatmapView->horizontalHeader()->setMinimumSectionSize(18);
    m_heatmapView->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_heatmapView->setToolTip(tr("Customer items by weekday and hour; click a cell to list them"));
    auto *heatRow = new QHBoxLayout;
    heatRow->addWidget(m_channel);
    heatRow->addStretch(1);
    heatLayout->addLayout(heatRow);
    heatLayout->addWidget(m_heatmapView, 1);
    m_chartTabs->addTab(heat, tr("Volume"));
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        showHeatmap();
        showForecast();
    });
    connect(m_heatmapView, &QAbstractItemView::clicked, this,
            [this](const QModelIndex &index) { listHeatmapItems(index.row(), index.column()); });

    m_histogram = new ResponseHistogramChart(m_chartTabs);
    m_chartTabs->addTab(m_histogram, tr("Response times"));
    connect(m_histogram, &ResponseHistogramChart::bucketClicked, this,
            &StatsDock::listHistogramItems);
    m_slaChart = new SlaByDayChart(m_chartTabs);
    m_chartTabs->addTab(m_slaChart, tr("SLA per day"));
    connect(m_slaChart, &SlaByDayChart::dayClicked, this, &StatsDock::listSlaDayItems);

    auto *staffing = new QWidget(m_chartTabs);
    auto *staffLayout = new QVBoxLayout(staffing);
    staffLayout->setContentsMargins(0, 4, 0, 0);
    auto *inputBar = new QWidget(staffing);
    auto *inputs = new FlowLayout(inputBar, 6);
    inputs->setContentsMargins(0, 0, 0, 0);
    const auto spin = [staffing](const QString &name, int low, int high, int value,
                                 const QString &suffix, const QString &accessibleName) {
        auto *box = new QSpinBox(staffing);
        box->setObjectName(name);
        box->setRange(low, high);
        box->setValue(value);
        box->setSuffix(suffix);
        box->setAccessibleName(accessibleName);
        return box;
    };
    m_target = spin(u"stats.target"_s, 1, 24 * 60, 15, tr(" min"), tr("Target response time"));
    m_serviceLevel =
        spin(u"stats.serviceLevel"_s, 50, 99, 80, tr(" %"), tr("Share answered within the target"));
    m_handle = spin(u"stats.handle"_s, 5, 2 * 3600, 180, tr(" s"), tr("Handle time per reply"));
    m_handle->setToolTip(tr("Time an operator spends on one reply; measured from the period when "
                            "the stations measured it"));
    auto *targetLabel = new QLabel(tr("Answer"), staffing);
    targetLabel->setBuddy(m_serviceLevel);
    auto *withinLabel = new QLabel(tr("within"), staffing);
    withinLabel->setBuddy(m_target);
    auto *handleLabel = new QLabel(tr("Handle time:"), staffing);
    handleLabel->setBuddy(m_handle);
    inputs->addWidget(targetLabel);
    inputs->addWidget(m_serviceLevel);
    inputs->addWidget(withinLabel);
    inputs->addWidget(m_target);
    inputs->addWidget(handleLabel);
    inputs->addWidget(m_handle);
    staffLayout->addWidget(inputBar);
    m_staffing = new StaffingChart(staffing);
    staffLayout->addWidget(m_staffing, 1);
    m_staffingSummary = new QLabel(staffing);
    m_staffingSummary->setObjectName(u"stats.staffingSummary"_s);
    m_staffingSummary->setTextFormat(Qt::PlainText);
    m_staffingSummary->setWordWrap(true);
    staffLayout->addWidget(m_staffingSummary);
    m_chartTabs->addTab(staffing, tr("Staffing"));
    for (QSpinBox *box : {m_target, m_serviceLevel})
        connect(box, &QSpinBox::valueChanged, this, &StatsDock::showForecast);
    connect(m_handle, &QSpinBox::valueChanged, this, [this] {
        m_handleEdited = true;
        showForecast();
    });

    m_chartTabs->addTab(buildDefinitions(m_chartTabs), tr("Definitions"));
    return m_chartTabs;
}

QWidget *StatsDock::buildDefinitions(QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(u"stats.definitions"_s);
    scroll->setWidgetResizable(true);
    auto *page = new QWidget(scroll);
    auto *form = new QFormLayout(page);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto add = [page, form](const QString &name, const QString &definition) {
        auto *label = new QLabel(name, page);
        label->setTextFormat(Qt::PlainText);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        auto *text = new QLabel(definition, page);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, text);
    };
    for (const core::KpiDefinition &d : core::kpiDefinitions())
        add(d.name, d.definition);
    add(StatsTableModel::columnTitle(StatsTableModel::CsatColumn),
        StatsTableModel::csatDefinition());
    add(StatsTableModel::columnTitle(StatsTableModel::CsatResponseColumn),
        StatsTableModel::surveyResponseDefinition());
    add(tr("Operators needed"),
        tr("Erlang C: customers come at random and wait in one queue; for each hour of the "
           "coming week, the fewest operators that answer the chosen share of the items that "
           "need a reply within the target, with the average volume of that weekday and hour "
           "in the period."));
    scroll->setWidget(page);
    return scroll;
}

QWidget *StatsDock::buildItems(QWidget *parent)
{
    auto *panel = new QWidget(parent);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_itemsTitle = new QLabel(tr("Click a figure to list its items."), panel);
    m_itemsTitle->setObjectName(u"stats.itemsTitle"_s);
    m_itemsTitle->setTextFormat(Qt::PlainText);
    m_itemsTitle->setWordWrap(true);
    layout->addWidget(m_itemsTitle);
    m_items = new StatsItemsModel(this);
    m_itemsView = makeTable(u"stats.items"_s, m_items, panel);
    m_itemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemsView->horizontalHeader()->setStretchLastSection(true);
    m_itemsView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_itemsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_itemsView, 1);
    m_open = new QAction(tr("&Open item"), this);
    m_open->setObjectName(u"stats.open"_s);
    m_open->setToolTip(tr("Show the selected item in the console"));
    m_open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_open->setShortcutContext(Qt::WidgetShortcut);
    m_itemsView->addAction(m_open);
    connect(m_open, &QAction::triggered, this,
            [this] { openListedItem(m_itemsView->currentIndex().row()); });
    connect(m_itemsView, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { openListedItem(index.row()); });
    return panel;
}

} // namespace fd::ui
