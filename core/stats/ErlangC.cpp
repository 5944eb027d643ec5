#include "ErlangC.h"

#include <cmath>
#include <limits>

namespace fd::core::erlang {

double probabilityOfWaiting(int agents, double traffic)
{
    if (traffic <= 0)
        return 0;
    if (agents <= 0 || double(agents) <= traffic)
        return 1;
    // Erlang B by its recurrence (no factorials or powers to overflow), then C from B.
    double b = 1;
    for (int n = 1; n <= agents; ++n)
        b = traffic * b / (double(n) + traffic * b);
    const double n = double(agents);
    return n * b / (n - traffic * (1 - b));
}

double serviceLevel(int agents, double traffic, double handleSeconds, double targetSeconds)
{
    if (traffic <= 0)
        return 1;
    if (double(agents) <= traffic || handleSeconds <= 0)
        return 0;
    const double wait = probabilityOfWaiting(agents, traffic);
    return 1 - wait * std::exp(-(double(agents) - traffic) * targetSeconds / handleSeconds);
}

double averageSpeedOfAnswer(int agents, double traffic, double handleSeconds)
{
    if (traffic <= 0)
        return 0;
    if (double(agents) <= traffic)
        return std::numeric_limits<double>::infinity();
    return probabilityOfWaiting(agents, traffic) * handleSeconds / (double(agents) - traffic);
}

int agentsNeeded(double traffic, double handleSeconds, double targetSeconds,
                 double serviceLevelTarget)
{
    if (traffic <= 0)
        return 0;
    int agents = int(std::floor(traffic)) + 1;
    // The service level grows with every agent added; a bound keeps a nonsense target finite.
    while (agents < 100000 &&
           serviceLevel(agents, traffic, handleSeconds, targetSeconds) < serviceLevelTarget)
        ++agents;
    return agents;
}

QList<ForecastHour> forecastWeek(const ForecastInput &input)
{
    QList<ForecastHour> out;
    const double weeks = input.weeks > 0 ? input.weeks : 1;
    for (int day = 0; day < 7; ++day) {
        for (int hour = 0; hour < 24; ++hour) {
            ForecastHour h;
            h.weekday = day;
            h.hour = hour;
            h.items =
                double(input.items[std::size_t(day)][std::size_t(hour)]) / weeks * input.replyShare;
            h.traffic = h.items * input.handleSeconds / 3600.0;
            h.agents = agentsNeeded(h.traffic, input.handleSeconds, input.targetSeconds,
                                    input.serviceLevelTarget);
            h.probabilityOfWaiting = probabilityOfWaiting(h.agents, h.traffic);
            h.serviceLevel =
                serviceLevel(h.agents, h.traffic, input.handleSeconds, input.targetSeconds);
            h.averageSpeedOfAnswerSeconds =
                averageSpeedOfAnswer(h.agents, h.traffic, input.handleSeconds);
            out.append(h);
        }
    }
    return out;
}

} // namespace fd::core::erlang
