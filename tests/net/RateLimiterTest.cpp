#include "net/RateLimiter.h"

#include <catch2/catch.hpp>

using namespace std::chrono_literals;
using fd::core::RateLimiter;

namespace {
// A clock the test moves by hand.
struct FakeClock
{
    qint64 now = 1'000'000;
    RateLimiter::Clock clock()
    {
        return [this] { return now; };
    }
};
} // namespace

TEST_CASE("A burst goes at once, then requests are spaced at the rate", "[net][rate]")
{
    FakeClock t;
    RateLimiter limiter(2.0, 3, t.clock()); // 2 per second, bursts of 3
    CHECK(limiter.tryTake());
    CHECK(limiter.tryTake());
    CHECK(limiter.tryTake());
    CHECK_FALSE(limiter.tryTake());
    CHECK(limiter.delayMs() == 500);

    t.now += 499;
    CHECK(limiter.delayMs() == 1);
    CHECK_FALSE(limiter.tryTake());
    t.now += 1;
    CHECK(limiter.tryTake());

    // Taking as soon as allowed for a while: always 500 ms apart.
    for (int i = 0; i < 20; ++i) {
        const qint64 wait = limiter.delayMs();
        REQUIRE(wait == 500);
        t.now += wait;
        REQUIRE(limiter.tryTake());
    }
}

TEST_CASE("An idle bucket refills only up to the burst", "[net][rate]")
{
    FakeClock t;
    RateLimiter limiter(1.0, 2, t.clock());
    limiter.take();
    limiter.take();
    t.now += 100'000;
    CHECK(limiter.tryTake());
    CHECK(limiter.tryTake());
    CHECK_FALSE(limiter.tryTake());
    CHECK(limiter.delayMs() == 1000);
}

TEST_CASE("Fractional rates: 20 a minute", "[net][rate]")
{
    FakeClock t;
    RateLimiter limiter(20.0 / 60.0, 1, t.clock());
    CHECK(limiter.tryTake());
    CHECK(limiter.delayMs() == 3000);
    t.now += 3000;
    CHECK(limiter.tryTake());
}

TEST_CASE("take() without waiting goes into debt", "[net][rate]")
{
    FakeClock t;
    RateLimiter limiter(1.0, 1, t.clock());
    limiter.take();
    limiter.take();
    limiter.take();
    CHECK(limiter.delayMs() == 3000);
}

TEST_CASE("A server-demanded pause holds everything, then the rate resumes without a burst",
          "[net][rate]")
{
    FakeClock t;
    RateLimiter limiter(2.0, 5, t.clock());
    CHECK(limiter.tryTake());
    limiter.pauseFor(7s); // Retry-After: 7
    CHECK(limiter.pausedMs() == 7000);
    CHECK(limiter.delayMs() == 7000);
    CHECK_FALSE(limiter.tryTake());

    // A shorter pause asked for meanwhile does not shorten it.
    t.now += 1000;
    limiter.pauseFor(2s);
    CHECK(limiter.delayMs() == 6000);

    t.now += 6000;
    CHECK(limiter.pausedMs() == 0);
    CHECK(limiter.delayMs() == 0);
    CHECK(limiter.tryTake());
    CHECK(limiter.delayMs() == 500);
    t.now += 500;
    CHECK(limiter.tryTake());

    // A longer pause extends the current one.
    limiter.pauseFor(1000);
    t.now += 500;
    limiter.pauseFor(3000);
    CHECK(limiter.delayMs() == 3000);
}

TEST_CASE("A minimum interval paces requests on its own", "[net][rate]")
{
    FakeClock t;
    RateLimiter limiter = RateLimiter::withMinInterval(1000ms, t.clock());
    CHECK(limiter.delayMs() == 0);
    CHECK(limiter.tryTake());
    CHECK(limiter.delayMs() == 1000);
    t.now += 400;
    CHECK(limiter.delayMs() == 600);
    CHECK_FALSE(limiter.tryTake());
    t.now += 600;
    CHECK(limiter.tryTake());
    // Long idle periods do not build up credit.
    t.now += 60'000;
    CHECK(limiter.tryTake());
    CHECK(limiter.delayMs() == 1000);
}

TEST_CASE("A minimum interval also spaces a burst", "[net][rate]")
{
    FakeClock t;
    RateLimiter limiter(10.0, 5, t.clock());
    limiter.setMinInterval(300ms);
    CHECK(limiter.tryTake());
    CHECK(limiter.delayMs() == 300);
    t.now += 300;
    CHECK(limiter.tryTake());
    // The interval and a pause: the later of the two counts.
    limiter.pauseFor(100ms);
    CHECK(limiter.delayMs() == 300);
    limiter.pauseFor(1000ms);
    CHECK(limiter.delayMs() == 1000);
}

TEST_CASE("The default clock is monotonic and starts near zero", "[net][rate]")
{
    RateLimiter limiter(1.0, 1);
    CHECK(limiter.now() >= 0);
    CHECK(limiter.tryTake());
    CHECK(limiter.delayMs() > 0);
    CHECK(limiter.delayMs() <= 1000);
}
