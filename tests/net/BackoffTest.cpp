#include "net/Backoff.h"

#include <catch2/catch.hpp>

#include <QList>

using namespace std::chrono_literals;
using fd::core::Backoff;

TEST_CASE("The backoff ceiling doubles up to the cap", "[net][backoff]")
{
    Backoff b(100ms, 1000ms, 42);
    QList<qint64> ceilings;
    for (int i = 0; i < 7; ++i) {
        ceilings.append(b.ceiling().count());
        b.next();
    }
    CHECK(ceilings == QList<qint64>{100, 200, 400, 800, 1000, 1000, 1000});
    CHECK(b.attempts() == 7);
}

TEST_CASE("Each delay is drawn from zero to the ceiling", "[net][backoff]")
{
    Backoff b(100ms, 1000ms, 7);
    for (int i = 0; i < 500; ++i) {
        const auto ceiling = b.ceiling();
        const auto delay = b.next();
        REQUIRE(delay >= 0ms);
        REQUIRE(delay <= ceiling);
    }
    // At the cap the jitter spreads over the whole range instead of clustering.
    qint64 low = 1000;
    qint64 high = 0;
    for (int i = 0; i < 500; ++i) {
        const qint64 d = b.next().count();
        low = std::min(low, d);
        high = std::max(high, d);
    }
    CHECK(low < 100);
    CHECK(high > 900);
}

TEST_CASE("The same seed gives the same delays", "[net][backoff]")
{
    Backoff a(50ms, 10s, 1234);
    Backoff b(50ms, 10s, 1234);
    for (int i = 0; i < 20; ++i)
        REQUIRE(a.next() == b.next());
}

TEST_CASE("reset() starts over after a success", "[net][backoff]")
{
    Backoff b(100ms, 60s, 3);
    for (int i = 0; i < 5; ++i)
        b.next();
    CHECK(b.ceiling() == 3200ms);
    b.reset();
    CHECK(b.attempts() == 0);
    CHECK(b.ceiling() == 100ms);
    CHECK(b.next() <= 100ms);
    CHECK(b.attempts() == 1);
}

TEST_CASE("Many failures never overflow the ceiling", "[net][backoff]")
{
    Backoff b(1s, 5min, 9);
    for (int i = 0; i < 1000; ++i)
        REQUIRE(b.next() <= 5min);
    CHECK(b.ceiling() == 5min);
}
