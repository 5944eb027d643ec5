#pragma once

#include "stats/ErlangC.h"
#include "stats/StatsReport.h"

#include <QChartView>
#include <QDate>

class QBarSeries;
class QBarSet;
class QLineSeries;

namespace fd::ui {

// A chart whose look follows the window's palette (light or dark).
class StatsChartView : public QChartView
{
    Q_OBJECT

public:
    explicit StatsChartView(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followPalette();
};

// How long customers waited for an answer: a bar per bucket (up to 1 min, 5 min, …), first
// and next responses side by side. Clicking a bar asks for its items.
class ResponseHistogramChart : public StatsChartView
{
    Q_OBJECT

public:
    explicit ResponseHistogramChart(QWidget *parent = nullptr);

    void setHistogram(const core::ResponseHistogram &histogram);
    // The label of bucket `index` ("≤ 5 min", "> 3 d").
    static QString bucketLabel(int index);
    QBarSet *firstSet() const { return m_first; }
    QBarSet *nextSet() const { return m_next; }

Q_SIGNALS:
    void bucketClicked(core::WaitKind wait, int bucket);

private:
    QBarSeries *m_series = nullptr;
    QBarSet *m_first = nullptr;
    QBarSet *m_next = nullptr;
};

// The share of SLA targets met, per day of the period: response and resolution. Clicking a
// point asks for that day's items whose targets were decided.
class SlaByDayChart : public StatsChartView
{
    Q_OBJECT

public:
    explicit SlaByDayChart(QWidget *parent = nullptr);

    void setDays(const QList<core::SlaDay> &days);
    QLineSeries *responseSeries() const { return m_response; }
    QLineSeries *resolutionSeries() const { return m_resolution; }

Q_SIGNALS:
    void dayClicked(const QDate &day);

private:
    QLineSeries *m_response = nullptr;
    QLineSeries *m_resolution = nullptr;
};

// The operators needed in each hour of the coming week, as a step line Monday to Sunday.
class StaffingChart : public StatsChartView
{
    Q_OBJECT

public:
    explicit StaffingChart(QWidget *parent = nullptr);

    void setForecast(const QList<core::erlang::ForecastHour> &hours);
    QLineSeries *series() const { return m_agents; }

private:
    QLineSeries *m_agents = nullptr;
};

} // namespace fd::ui
