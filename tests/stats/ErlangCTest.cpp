#include "stats/ErlangC.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace fd::core;

namespace {

// The Erlang C formula as printed, summed term by term: an independent check of the recurrence.
double directSum(int n, double a)
{
    double sum = 0;
    double term = 1; // a^k / k!
    for (int k = 0; k < n; ++k) {
        sum += term;
        term *= a / double(k + 1);
    }
    const double top = term * double(n) / (double(n) - a);
    return top / (sum + top);
}

} // namespace

TEST_CASE("Erlang C gives the probabilities of the textbook formula", "[erlang]")
{
    // Two servers offered one erlang: (1/2 · 2) / (1 + 1 + 1) = 1/3.
    CHECK(erlang::probabilityOfWaiting(2, 1.0) == Approx(1.0 / 3.0));
    // One server is an M/M/1 queue: the chance to wait is the utilisation.
    CHECK(erlang::probabilityOfWaiting(1, 0.7) == Approx(0.7));
    for (const auto &[n, a] : {std::pair{5, 2.0}, {14, 10.0}, {55, 48.0}, {30, 29.5}})
        CHECK(erlang::probabilityOfWaiting(n, a) == Approx(directSum(n, a)).epsilon(1e-9));
    // Overloaded: everyone waits, and the queue grows without end.
    CHECK(erlang::probabilityOfWaiting(3, 3.0) == 1);
    CHECK(std::isinf(erlang::averageSpeedOfAnswer(3, 4.0, 60)));
}

TEST_CASE("Erlang C matches published call-centre figures", "[erlang]")
{
    // Application note of the Footbridge "Call Calc" (al911.org, Erlang C, QOS = share waiting
    // longer than 10 s): 2 call takers, 60-second calls, 30 calls an hour -> fewer than 8% wait
    // more than 10 seconds; the same calls taking 80 seconds -> the share rises to 14%.
    const double a60 = 30.0 * 60 / 3600;
    CHECK(1 - erlang::serviceLevel(2, a60, 60, 10) < 0.08);
    CHECK(1 - erlang::serviceLevel(2, a60, 60, 10) == Approx(0.078).margin(0.001));
    const double a80 = 30.0 * 80 / 3600;
    CHECK(std::round(100 * (1 - erlang::serviceLevel(2, a80, 80, 10))) == 14);

    // The classic sizing example: 360 calls per half hour of 240 seconds each is 48 erlangs;
    // with 55 agents, 23.9% of callers wait, 8.2 s on average, and 84.6% are answered within
    // 15 seconds.
    const double a = 360.0 * 240 / 1800;
    CHECK(a == 48);
    CHECK(erlang::probabilityOfWaiting(55, a) == Approx(0.2387).margin(0.0005));
    CHECK(erlang::averageSpeedOfAnswer(55, a, 240) == Approx(8.18).margin(0.01));
    CHECK(erlang::serviceLevel(55, a, 240, 15) == Approx(0.846).margin(0.001));
    // 80% within 15 s needs those 55 agents; 54 answer 79.3% in time.
    CHECK(erlang::agentsNeeded(a, 240, 15, 0.8) == 55);
    CHECK(erlang::serviceLevel(54, a, 240, 15) == Approx(0.793).margin(0.001));
}

TEST_CASE("The staffing forecast needs more operators in busier hours", "[erlang]")
{
    erlang::ForecastInput in;
    in.weeks = 2;
    in.items[0][10] = 2 * 40; // 40 items on Monday 10:00 in each of two weeks
    in.items[0][11] = 2 * 10;
    in.handleSeconds = 300;
    in.targetSeconds = 15 * 60;
    in.serviceLevelTarget = 0.8;
    const auto week = erlang::forecastWeek(in);
    REQUIRE(week.size() == 7 * 24);
    const auto &busy = week.at(10);
    const auto &calm = week.at(11);
    CHECK(busy.items == 40);
    CHECK(busy.traffic == Approx(40.0 * 300 / 3600));
    CHECK(busy.agents > calm.agents);
    CHECK(busy.serviceLevel >= 0.8);
    CHECK(erlang::serviceLevel(busy.agents - 1, busy.traffic, 300, 15 * 60) < 0.8);
    CHECK(week.at(12).agents == 0);
}
