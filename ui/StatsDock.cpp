#include "StatsDock.h"

#include "DockSupport.h"
#include "FlowLayout.h"
#include "Format.h"
#include "ReadingThread.h"
#include "StatsCharts.h"
#include "StatsHeatmapModel.h"
#include "StatsTableModel.h"
#include "console/InboxActions.h"
#include "stats/KpiDefinitions.h"
#include "stats/StatsCsv.h"
#include "stats/StatsEngine.h"
#include "store/Connection.h"
#include "store/Store.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace fd::ui {
namespace {

// Texts of the listed items are read for the first ones only: enough to recognise them.
constexpr int kTextsRead = 1000;
// A commit anywhere asks for the figures again, at most this often while the dock is seen.
constexpr int kRefreshDelayMs = 15000;

core::StatsQuery::Grouping groupingOf(int tab)
{
    switch (tab) {
    case StatsDock::AccountsTab:
        return core::StatsQuery::Grouping::Account;
    case StatsDock::KindsTab:
        return core::StatsQuery::Grouping::Kind;
    default:
        return core::StatsQuery::Grouping::Operator;
    }
}

} // namespace

StatsDock::StatsDock(core::Store &store, core::InboxActions &actions, QWidget *parent)
    : QDockWidget(tr("Statistics"), parent)
    , m_store(store)
    , m_actions(actions)
{
    setObjectName(u"dock.stats"_s);

    // One computing thread for the dock: its reading connection stays open between periods.
    m_reading = std::make_unique<ReadingThread>(store.path(), u"frontdesk-stats"_s);

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    buildControls(body);

    auto *lower = new QSplitter(Qt::Horizontal, body);
    lower->addWidget(buildCharts(lower));
    lower->addWidget(buildItems(lower));
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, body);
    split->addWidget(buildTables(split));
    split->addWidget(lower);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    m_exportTable = new QAction(tr("Export &table…"), this);
    m_exportTable->setObjectName(u"stats.exportTable"_s);
    m_exportTable->setToolTip(tr("Save the shown table as a CSV file"));
    m_exportItems = new QAction(tr("Export &items…"), this);
    m_exportItems->setObjectName(u"stats.exportItems"_s);
    m_exportItems->setToolTip(tr("Save every customer item of the period with its figures as a "
                                 "CSV file"));
    auto *buttonBar = new QWidget(body);
    auto *buttons = new FlowLayout(buttonBar, 6);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(makeActionButton(m_exportTable, buttonBar));
    buttons->addWidget(makeActionButton(m_exportItems, buttonBar));
    m_spreadsheet = new QCheckBox(tr("For spreadsheets"), buttonBar);
    m_spreadsheet->setObjectName(u"stats.spreadsheet"_s);
    m_spreadsheet->setToolTip(
        tr("Starts the file with a byte-order mark so spreadsheet tools read it as UTF-8, and "
           "shows cells that look like formulas as text"));
    m_spreadsheet->setChecked(true);
    buttons->addWidget(m_spreadsheet);
    layout->addWidget(buttonBar);
    // Many figures in a narrow place: the dock scrolls rather than ask the layouts for room.
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(body);
    setWidget(scroll);

    connect(m_exportTable, &QAction::triggered, this, [this] { askExport(false); });
    connect(m_exportItems, &QAction::triggered, this, [this] { askExport(true); });
    connect(this, &StatsDock::exported, this, [this](bool ok, const QString &message) {
        if (ok)
            m_status->setText(tr("Exported."));
        else
            showMessage(m_message, message);
    });
    m_refreshDelay.setSingleShot(true);
    m_refreshDelay.setInterval(kRefreshDelayMs);
    connect(&m_refreshDelay, &QTimer::timeout, this, &StatsDock::refresh);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_stale)
            refresh();
    });
    updateStatus();
}

StatsDock::~StatsDock()
{
    // Computations not started yet are skipped; the thread ends with m_reading.
    m_latest->store(0);
}

QThread *StatsDock::workerThread() const
{
    return m_reading->thread();
}

QString StatsDock::messageText() const
{
    return shownMessage(m_message);
}

int StatsDock::currentTab() const
{
    return m_groupTabs->currentIndex();
}

bool StatsDock::isComputing() const
{
    for (std::size_t i = 0; i < TabCount; ++i) {
        if (m_askedGeneration.at(i) == m_generation && m_reportGeneration.at(i) != m_generation)
            return true;
    }
    return false;
}

QString StatsDock::myName() const
{
    const core::Actor &me = m_actions.actor();
    return me.displayName.isEmpty() ? me.login : me.displayName;
}

void StatsDock::setNow(const QDateTime &now)
{
    m_now = now;
    periodChanged();
}

void StatsDock::setCustomPeriod(const QDate &from, const QDate &to)
{
    const QSignalBlocker quietFrom(m_from);
    const QSignalBlocker quietTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    if (m_period->currentData().toInt() == Custom)
        periodChanged();
    else
        m_period->setCurrentIndex(m_period->findData(Custom));
}

core::StatsQuery StatsDock::query(Tab tab) const
{
    core::StatsQuery q;
    q.grouping = groupingOf(tab);
    q.keepItems = true; // the items behind each figure can be listed
    q.now = m_now;
    const QDateTime now = m_now.isValid() ? m_now.toLocalTime() : QDateTime::currentDateTime();
    switch (m_period->currentData().toInt()) {
    case Today:
        q.from = QDateTime(now.date(), QTime(0, 0));
        break;
    case Week:
        q.from = now.addDays(-7);
        break;
    case Month:
        q.from = now.addDays(-30);
        break;
    default:
        q.from = QDateTime(m_from->date(), QTime(0, 0));
        q.to = QDateTime(std::max(m_to->date(), m_from->date()).addDays(1), QTime(0, 0));
        return q;
    }
    if (m_now.isValid())
        q.to = m_now;
    return q;
}

std::shared_ptr<const core::StatsReport> StatsDock::report(Tab tab) const
{
    const auto i = std::size_t(tab);
    return m_reportGeneration.at(i) == m_generation ? m_reports.at(i) : nullptr;
}

void StatsDock::periodChanged()
{
    // Whatever is being computed is for a period no longer asked for.
    ++m_generation;
    m_latest->store(m_generation);
    ++m_listGeneration;
    refresh();
}

void StatsDock::refresh()
{
    m_refreshDelay.stop();
    m_stale = false;
    // Figures already shown stay until new ones come; other tabs are computed when shown.
    ++m_generation;
    m_latest->store(m_generation);
    ensureComputed(currentTab());
}

void StatsDock::storeChanged()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (!m_refreshDelay.isActive())
        m_refreshDelay.start();
}

void StatsDock::ensureComputed(int tab)
{
    const auto i = std::size_t(tab);
    if (tab < 0 || tab >= TabCount || m_askedGeneration.at(i) == m_generation)
        return;
    m_askedGeneration[i] = m_generation;
    updateStatus();
    const quint64 generation = m_generation;
    core::StatsQuery q = query(Tab(tab));
    // A period asked for meanwhile stops this one, so the new figures need not wait for it.
    q.cancelled = [latest = m_latest, generation] { return latest->load() != generation; };
    const core::CsatGrouping csatBy = tab == OperatorsTab  ? core::CsatGrouping::Operator
                                      : tab == AccountsTab ? core::CsatGrouping::Account
                                                           : core::CsatGrouping::None;
    m_reading->post([this, path = m_store.path(), q, csatBy, tab, generation, latest = m_latest] {
        if (latest->load() != generation)
            return; // a newer period was asked for before this one started
        Computed c;
        auto reader = core::Connection::forThisThread(path, core::Connection::Mode::Reader);
        if (!reader.ok()) {
            c.error = reader.error().message;
        } else if (auto r = core::StatsEngine(*reader).compute(q); !r.ok()) {
            c.error = r.error().message;
        } else {
            c.report = std::make_shared<const core::StatsReport>(std::move(*r));
            // Satisfaction is read where there are surveys; without, the columns stay empty.
            if (auto csat = core::csatReport(*reader, q.from, q.to, csatBy); csat.ok())
                c.csat = *csat;
        }
        QMetaObject::invokeMethod(
            this, [this, tab, generation, c] { arrived(tab, generation, c); },
            Qt::QueuedConnection);
    });
}

void StatsDock::arrived(int tab, quint64 generation, const Computed &result)
{
    if (generation != m_generation)
        return; // the period changed meanwhile; its figures are on their way
    const auto i = std::size_t(tab);
    m_reportGeneration[i] = generation;
    if (!result.error.isEmpty()) {
        m_reports[i].reset();
        updateStatus();
        showMessage(m_message, result.error);
        Q_EMIT failed(result.error);
        return;
    }
    clearMessage(m_message);
    m_reports[i] = result.report;
    StatsTableModel *model = m_models.at(i);
    model->setReport(*result.report);
    QHash<QString, core::CsatFigures> csat;
    std::optional<core::CsatFigures> csatTotal;
    if (result.csat && result.csat->total.sent > 0) {
        csatTotal = result.csat->total;
        for (const core::CsatFigures &f : result.csat->groups)
            csat.insert(tab == AccountsTab ? QString::number(f.id) : f.name, f);
    }
    model->setCsat(csat, csatTotal);
    if (tab == OperatorsTab && m_mine->isChecked())
        model->setOnlyKey(myName());
    m_tables.at(i)->resizeColumnsToContents();
    if (tab == currentTab())
        showCharts();
    updateStatus();
    Q_EMIT computed(tab);
}

std::shared_ptr<const core::StatsReport> StatsDock::chartReport() const
{
    // The charts are the same in every grouping: the shown tab's, else any of this period.
    if (auto r = report(Tab(currentTab())))
        return r;
    for (int tab = 0; tab < TabCount; ++tab) {
        if (auto r = report(Tab(tab)))
            return r;
    }
    return nullptr;
}

void StatsDock::showCharts()
{
    const auto r = chartReport();
    if (!r)
        return;
    {
        // The channels of the period, the chosen one kept.
        const qint64 chosen = m_channel->currentData().toLongLong();
        const QSignalBlocker quiet(m_channel);
        while (m_channel->count() > 1)
            m_channel->removeItem(1);
        QList<core::AccountHeatmap> channels = r->heatmap;
        std::sort(channels.begin(), channels.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.accountName, b.accountName) < 0;
        });
        for (const core::AccountHeatmap &h : channels)
            m_channel->addItem(format::preview(h.accountName, 60), h.accountId);
        const int again = m_channel->findData(chosen);
        m_channel->setCurrentIndex(again >= 0 ? again : 0);
    }
    showHeatmap();
    m_histogram->setHistogram(r->histogram);
    m_slaChart->setDays(r->slaByDay);
    if (!m_handleEdited && r->handleMsTotal > 0 && r->total.replied > 0) {
        const QSignalBlocker quiet(m_handle);
        m_handle->setValue(int((r->handleMsTotal / r->total.replied + 500) / 1000));
    }
    showForecast();
}

void StatsDock::showHeatmap()
{
    const auto r = chartReport();
    if (!r)
        return;
    const qint64 account = m_channel->currentData().toLongLong();
    core::WeekHours counts{};
    if (account == 0) {
        counts = r->allAccounts();
    } else {
        for (const core::AccountHeatmap &h : r->heatmap) {
            if (h.accountId == account)
                counts = h.items;
        }
    }
    m_heatmap->setCounts(counts);
}

QList<core::erlang::ForecastHour> StatsDock::forecast() const
{
    const auto r = chartReport();
    if (!r)
        return {};
    core::erlang::ForecastInput in;
    for (int d = 0; d < 7; ++d) {
        for (int h = 0; h < 24; ++h)
            in.items[std::size_t(d)][std::size_t(h)] = m_heatmap->count(d, h);
    }
    in.weeks = r->weeks;
    if (const auto share = r->total.replyNeededPercent())
        in.replyShare = *share / 100.0;
    in.handleSeconds = m_handle->value();
    in.targetSeconds = m_target->value() * 60.0;
    in.serviceLevelTarget = m_serviceLevel->value() / 100.0;
    return core::erlang::forecastWeek(in);
}

void StatsDock::showForecast()
{
    const QList<core::erlang::ForecastHour> hours = forecast();
    m_staffing->setForecast(hours);
    if (hours.isEmpty()) {
        m_staffingSummary->clear();
        return;
    }
    const auto peak =
        std::max_element(hours.cbegin(), hours.cend(),
                         [](const auto &a, const auto &b) { return a.agents < b.agents; });
    qint64 operatorHours = 0;
    for (const auto &h : hours)
        operatorHours += h.agents;
    m_staffingSummary->setText(
        tr("At most %n operator(s) at once (%1, %2:00); %3 operator-hours over the week, from "
           "the average volume of each weekday and hour in the period.",
           "", peak->agents)
            .arg(QLocale().dayName(peak->weekday + 1, QLocale::LongFormat))
            .arg(peak->hour, 2, 10, QLatin1Char('0'))
            .arg(QLocale().toString(operatorHours)));
}

void StatsDock::updateStatus()
{
    const bool computing = isComputing();
    m_busy->setVisible(computing);
    if (computing) {
        m_status->setText(tr("Computing…"));
        return;
    }
    const auto r = report(Tab(currentTab()));
    m_status->setText(
        r ? tr("%n item(s) in the period.", "", int(std::min<qint64>(r->total.items, INT_MAX)))
          : QString());
}

void StatsDock::mineToggled(bool mine)
{
    StatsTableModel *model = m_models.at(OperatorsTab);
    model->setOnlyKey(mine ? myName() : QString());
    m_rank->setEnabled(!mine);
    // The other tables count everyone: a personal view shows the operator's row only.
    for (int tab = AccountsTab; tab < TabCount; ++tab)
        m_groupTabs->setTabEnabled(tab, !mine);
    if (mine)
        m_groupTabs->setCurrentIndex(OperatorsTab);
}

void StatsDock::listTableItems(Tab tab, int row, int column)
{
    const StatsTableModel *model = m_models.at(tab);
    const StatsItemsFigure figure = StatsTableModel::figureOf(column);
    if (figure == StatsItemsFigure::None || row < 0 || row >= model->rowCount())
        return;
    const auto r = report(tab);
    if (!r)
        return;
    const int group = model->groupOfRow(row);
    const QString who = model->index(row, StatsTableModel::NameColumn).data().toString();
    listItems(tr("%1 · %2").arg(StatsTableModel::columnTitle(column), who),
              statsItemsBehind(*r, group, figure), {});
}

void StatsDock::listHeatmapItems(int weekday, int hour)
{
    const qint64 account = m_channel->currentData().toLongLong();
    const QTimeZone zone = query(OperatorsTab).zone;
    listItems(tr("%1, %2:00 · %3")
                  .arg(QLocale().dayName(weekday + 1, QLocale::LongFormat))
                  .arg(hour, 2, 10, QLatin1Char('0'))
                  .arg(m_channel->currentText()),
              {}, [account, weekday, hour, zone](const core::ItemStats &s) {
                  if (account != 0 && s.accountId != account)
                      return false;
                  const QDateTime local = QDateTime::fromMSecsSinceEpoch(s.createdAt, zone);
                  return local.date().dayOfWeek() - 1 == weekday && local.time().hour() == hour;
              });
}

void StatsDock::listHistogramItems(core::WaitKind wait, int bucket)
{
    const auto &bounds = core::ResponseHistogram::boundsSeconds();
    const qint64 upper = bucket < bounds.size() ? bounds.at(bucket) : -1;
    const qint64 lower =
        bucket > 0 ? bounds.at(std::min<qsizetype>(bucket, bounds.size()) - 1) : -1;
    listItems(tr("%1 · %2").arg(wait == core::WaitKind::First ? tr("First response")
                                                              : tr("Next response"),
                                ResponseHistogramChart::bucketLabel(bucket)),
              {}, [wait, upper, lower](const core::ItemStats &s) {
                  if (s.wait != wait || s.responseMs < 0)
                      return false;
                  // As the histogram counts: whole seconds, rounded up, up to the bound.
                  const qint64 secs = (s.responseMs + 999) / 1000;
                  return secs > lower && (upper < 0 || secs <= upper);
              });
}

void StatsDock::listSlaDayItems(const QDate &day)
{
    const QTimeZone zone = query(OperatorsTab).zone;
    listItems(tr("SLA on %1").arg(QLocale().toString(day, QLocale::ShortFormat)), {},
              [day, zone](const core::ItemStats &s) {
                  const auto decided = [](core::SlaOutcome o) {
                      return o == core::SlaOutcome::Met || o == core::SlaOutcome::Missed;
                  };
                  return (decided(s.slaResponse) || decided(s.slaResolution)) &&
                         QDateTime::fromMSecsSinceEpoch(s.createdAt, zone).date() == day;
              });
}

void StatsDock::listItems(const QString &title, const QList<qint64> &ids, ItemPicker pick)
{
    const auto r = pick ? chartReport() : report(Tab(currentTab()));
    if (!r)
        return;
    const quint64 generation = ++m_listGeneration;
    m_itemsTitle->setText(tr("Listing the items of %1…").arg(title));
    m_reading->post([this, path = m_store.path(), r, ids, pick, title, generation] {
        // The ids are in the report's order: one walk pairs them with their figures.
        QList<StatsListedItem> listed;
        qsizetype found = 0;
        qsizetype next = 0;
        QHash<qint64, QString> accounts;
        for (const core::AccountHeatmap &h : r->heatmap)
            accounts.insert(h.accountId, h.accountName);
        for (const core::ItemStats &s : r->items) {
            const bool in = pick ? pick(s) : next < ids.size() && ids.at(next) == s.itemId;
            if (!in)
                continue;
            ++next;
            if (++found <= listLimit)
                listed.append({s, accounts.value(s.accountId), QString()});
        }
        auto reader = core::Connection::forThisThread(path, core::Connection::Mode::Reader);
        if (reader.ok()) {
            QSqlQuery q(*reader);
            q.setForwardOnly(true);
            if (q.prepare(u"SELECT substr(text, 1, 400) FROM items WHERE id = ?"_s)) {
                for (qsizetype i = 0; i < std::min<qsizetype>(listed.size(), kTextsRead); ++i) {
                    q.addBindValue(listed.at(i).stats.itemId);
                    if (q.exec() && q.next())
                        listed[i].text = q.value(0).toString();
                    q.finish();
                }
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, listed, found, title, generation] {
                if (generation != m_listGeneration)
                    return; // another figure was clicked since
                m_items->setItems(listed, m_hours->currentData().toBool());
                const int n = int(std::min<qsizetype>(found, INT_MAX));
                m_itemsTitle->setText(found > listed.size()
                                          ? tr("%1: %n item(s), the first %2 listed.", "", n)
                                                .arg(title)
                                                .arg(listed.size())
                                          : tr("%1: %n item(s).", "", n).arg(title));
                m_itemsView->resizeColumnsToContents();
                Q_EMIT itemsListed();
            },
            Qt::QueuedConnection);
    });
}

void StatsDock::openListedItem(int row)
{
    if (const qint64 id = m_items->itemIdAt(row); id != 0)
        Q_EMIT itemActivated(id);
}

void StatsDock::askExport(bool items)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = u"%1-%2.csv"_s.arg(items ? u"stats-items"_s : u"stats"_s,
                                            QDate::currentDate().toString(Qt::ISODate));
    const QString path =
        QFileDialog::getSaveFileName(this, items ? tr("Export the items") : tr("Export the table"),
                                     dir + u'/' + name, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (items)
        exportItems(path, m_spreadsheet->isChecked());
    else
        exportTable(path, m_spreadsheet->isChecked());
}

void StatsDock::exportTable(const QString &path, bool forSpreadsheets)
{
    const int tab = currentTab();
    auto r = report(Tab(tab));
    if (!r) {
        Q_EMIT exported(false, tr("The figures are not computed yet."));
        return;
    }
    // The table as shown: a personal view exports the operator's row only.
    const QString only = m_models.at(std::size_t(tab))->onlyKey();
    if (!only.isEmpty()) {
        auto mine = std::make_shared<core::StatsReport>();
        mine->from = r->from;
        mine->to = r->to;
        mine->grouping = r->grouping;
        for (const core::StatsGroup &g : r->groups) {
            if (g.key == only)
                mine->groups.append(g);
        }
        // One row, the operator's: as the total it is written once.
        if (!mine->groups.isEmpty())
            mine->total = mine->groups.takeFirst();
        r = mine;
    }
    writeCsv(path, forSpreadsheets, [r](core::CsvWriter &csv) { core::writeGroupsCsv(csv, *r); });
}

void StatsDock::exportItems(const QString &path, bool forSpreadsheets)
{
    const auto r = report(Tab(currentTab()));
    if (!r) {
        Q_EMIT exported(false, tr("The figures are not computed yet."));
        return;
    }
    writeCsv(path, forSpreadsheets, [r](core::CsvWriter &csv) { core::writeItemsCsv(csv, *r); });
}

void StatsDock::writeCsv(const QString &path, bool forSpreadsheets,
                         std::function<void(core::CsvWriter &)> write)
{
    m_reading->post([this, path, forSpreadsheets, write] {
        QFile file(path);
        QString failure;
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            failure = tr("The file could not be written: %1").arg(file.errorString());
        } else {
            core::CsvWriter csv(&file, {forSpreadsheets, forSpreadsheets});
            write(csv);
            if (!csv.ok())
                failure = csv.error();
            file.close();
        }
        QMetaObject::invokeMethod(
            this, [this, failure] { Q_EMIT exported(failure.isEmpty(), failure); },
            Qt::QueuedConnection);
    });
}

} // namespace fd::ui
