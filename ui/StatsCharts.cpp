#include "StatsCharts.h"

#include "Format.h"
#include "Theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fd::ui {
namespace {

QString weekdayName(int weekday)
{
    return QLocale().dayName(weekday + 1, QLocale::ShortFormat);
}

} // namespace

StatsChartView::StatsChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    // A chart draws in what it gets; left to itself it asks for room the dock may not have.
    setMinimumSize(160, 120);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    followPalette();
}

void StatsChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette();
}

void StatsChartView::followPalette()
{
    // A theme resets the series' colours: set it only when it changes.
    const auto theme = Theme::isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart()->theme() != theme)
        chart()->setTheme(theme);
    chart()->setBackgroundBrush(palette().color(QPalette::Base));
    chart()->setTitleBrush(palette().color(QPalette::Text));
    chart()->legend()->setLabelColor(palette().color(QPalette::Text));
}

ResponseHistogramChart::ResponseHistogramChart(QWidget *parent)
    : StatsChartView(parent)
{
    setObjectName(u"stats.histogram"_s);
    m_series = new QBarSeries(this);
    m_first = new QBarSet(tr("First response"), m_series);
    m_next = new QBarSet(tr("Next response"), m_series);
    m_series->append(m_first);
    m_series->append(m_next);
    chart()->addSeries(m_series);
    auto *x = new QBarCategoryAxis(this);
    QStringList labels;
    for (int i = 0; i <= core::ResponseHistogram::boundsSeconds().size(); ++i)
        labels << bucketLabel(i);
    x->append(labels);
    chart()->addAxis(x, Qt::AlignBottom);
    m_series->attachAxis(x);
    auto *y = new QValueAxis(this);
    y->setLabelFormat(u"%d"_s);
    y->setTitleText(tr("Responses"));
    chart()->addAxis(y, Qt::AlignLeft);
    m_series->attachAxis(y);
    chart()->setTitle(tr("Response times"));
    connect(m_first, &QBarSet::clicked, this,
            [this](int index) { Q_EMIT bucketClicked(core::WaitKind::First, index); });
    connect(m_next, &QBarSet::clicked, this,
            [this](int index) { Q_EMIT bucketClicked(core::WaitKind::Next, index); });
}

QString ResponseHistogramChart::bucketLabel(int index)
{
    const auto &bounds = core::ResponseHistogram::boundsSeconds();
    if (index < 0 || index > bounds.size())
        return {};
    if (index == bounds.size())
        return tr("> %1").arg(format::duration(bounds.last()));
    return tr("≤ %1").arg(format::duration(bounds.at(index)));
}

void ResponseHistogramChart::setHistogram(const core::ResponseHistogram &histogram)
{
    const auto fill = [](QBarSet *set, const QList<qint64> &counts) {
        set->remove(0, set->count());
        QList<qreal> values;
        for (const qint64 n : counts)
            values.append(qreal(n));
        set->append(values);
    };
    fill(m_first, histogram.first);
    fill(m_next, histogram.next);
    qint64 top = 1;
    for (const auto *list : {&histogram.first, &histogram.next}) {
        for (const qint64 n : *list)
            top = std::max(top, n);
    }
    const auto axes = chart()->axes(Qt::Vertical);
    if (!axes.isEmpty()) {
        auto *y = static_cast<QValueAxis *>(axes.first());
        y->setRange(0, double(top));
        y->applyNiceNumbers();
    }
}

SlaByDayChart::SlaByDayChart(QWidget *parent)
    : StatsChartView(parent)
{
    setObjectName(u"stats.slaByDay"_s);
    m_response = new QLineSeries(this);
    m_response->setName(tr("Response SLA met"));
    m_resolution = new QLineSeries(this);
    m_resolution->setName(tr("Resolution SLA met"));
    auto *x = new QDateTimeAxis(this);
    x->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    auto *y = new QValueAxis(this);
    y->setRange(0, 100);
    y->setLabelFormat(u"%d %%"_s);
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {m_response, m_resolution}) {
        s->setPointsVisible(true);
        chart()->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        connect(s, &QLineSeries::clicked, this, [this](const QPointF &point) {
            // The nearest day to the click.
            const qint64 ms = qint64(std::llround(point.x()));
            Q_EMIT dayClicked(QDateTime::fromMSecsSinceEpoch(ms + 12 * 3600 * 1000).date());
        });
    }
    chart()->setTitle(tr("SLA met per day"));
}

void SlaByDayChart::setDays(const QList<core::SlaDay> &days)
{
    QList<QPointF> response;
    QList<QPointF> resolution;
    for (const core::SlaDay &d : days) {
        const double x = double(QDateTime(d.day, QTime(0, 0)).toMSecsSinceEpoch());
        if (const auto p = d.response.metPercent())
            response.append({x, *p});
        if (const auto p = d.resolution.metPercent())
            resolution.append({x, *p});
    }
    m_response->replace(response);
    m_resolution->replace(resolution);
    const auto axes = chart()->axes(Qt::Horizontal);
    if (!axes.isEmpty() && !days.isEmpty()) {
        auto *x = static_cast<QDateTimeAxis *>(axes.first());
        const QDate first = days.first().day;
        const QDate last = std::max(days.last().day, first.addDays(1));
        x->setRange(QDateTime(first, QTime(0, 0)), QDateTime(last, QTime(0, 0)));
        x->setTickCount(int(std::clamp<qint64>(first.daysTo(last) + 1, 2, 8)));
    }
}

StaffingChart::StaffingChart(QWidget *parent)
    : StatsChartView(parent)
{
    setObjectName(u"stats.staffing"_s);
    m_agents = new QLineSeries(this);
    m_agents->setName(tr("Operators needed"));
    chart()->addSeries(m_agents);
    auto *x = new QCategoryAxis(this);
    x->setRange(0, 7 * 24);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    for (int day = 0; day < 7; ++day)
        x->append(weekdayName(day), (day + 1) * 24);
    auto *y = new QValueAxis(this);
    y->setLabelFormat(u"%d"_s);
    y->setTitleText(tr("Operators"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    m_agents->attachAxis(x);
    m_agents->attachAxis(y);
    chart()->setTitle(tr("Operators needed, coming week"));
}

void StaffingChart::setForecast(const QList<core::erlang::ForecastHour> &hours)
{
    // A step per hour: the level holds through the hour.
    QList<QPointF> points;
    int top = 1;
    for (const core::erlang::ForecastHour &h : hours) {
        const double x = h.weekday * 24 + h.hour;
        points.append({x, double(h.agents)});
        points.append({x + 1, double(h.agents)});
        top = std::max(top, h.agents);
    }
    m_agents->replace(points);
    const auto axes = chart()->axes(Qt::Vertical);
    if (!axes.isEmpty()) {
        auto *y = static_cast<QValueAxis *>(axes.first());
        y->setRange(0, top + 1);
        y->setTickCount(std::min(top + 2, 9));
    }
}

} // namespace fd::ui
