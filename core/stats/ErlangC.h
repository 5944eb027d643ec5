#pragma once

#include "StatsReport.h"

#include <QList>

namespace fd::core::erlang {

// Erlang C: customers arrive at random (Poisson) and wait in one queue for `agents` servers,
// each busy an exponentially distributed handle time. `traffic` is the offered load A in
// erlangs (arrivals per unit of time × mean handle time in the same unit).

// The probability that a customer has to wait at all; 1 when the agents cannot keep up
// (agents <= traffic).
double probabilityOfWaiting(int agents, double traffic);
// The share of customers answered within `targetSeconds`.
double serviceLevel(int agents, double traffic, double handleSeconds, double targetSeconds);
// The mean wait before an answer (average speed of answer), in seconds; infinite when the
// agents cannot keep up.
double averageSpeedOfAnswer(int agents, double traffic, double handleSeconds);
// The fewest agents that answer at least `serviceLevelTarget` (0…1) of the customers within
// `targetSeconds`; 0 without traffic.
int agentsNeeded(double traffic, double handleSeconds, double targetSeconds,
                 double serviceLevelTarget);

// One hour of the coming week.
struct ForecastHour
{
    int weekday = 0; // 0 = Monday
    int hour = 0;
    double items = 0;   // expected customer items that need a reply
    double traffic = 0; // erlangs
    int agents = 0;
    double probabilityOfWaiting = 0;
    double serviceLevel = 1;
    double averageSpeedOfAnswerSeconds = 0;
};

struct ForecastInput
{
    WeekHours items{};     // customer items per weekday and hour over the history
    double weeks = 1;      // weeks the history spans
    double replyShare = 1; // share of items that need a reply (0…1)
    double handleSeconds = 180;
    double targetSeconds = 15 * 60;
    double serviceLevelTarget = 0.8;
};

// Operators needed per hour of the coming week: expected items are the history's average for
// the weekday and hour.
QList<ForecastHour> forecastWeek(const ForecastInput &input);

} // namespace fd::core::erlang
