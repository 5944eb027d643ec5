#include "RateLimiter.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <memory>

namespace fd::core {

namespace {

// Rounding slack, so 0.999999… tokens after a refill count as one.
constexpr double kEpsilon = 1e-9;

RateLimiter::Clock monotonicClock()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}

} // namespace

RateLimiter::RateLimiter(double ratePerSecond, int burst, Clock clock)
    : m_rate(ratePerSecond)
    , m_burst(std::max(1, burst))
    , m_clock(clock ? std::move(clock) : monotonicClock())
    , m_tokens(m_burst)
    , m_lastRefill(m_clock())
    , m_pausedUntil(m_lastRefill)
{}

RateLimiter RateLimiter::withMinInterval(std::chrono::milliseconds interval, Clock clock)
{
    RateLimiter limiter(0, 1, std::move(clock));
    limiter.setMinInterval(interval);
    return limiter;
}

double RateLimiter::tokensAt(qint64 time) const
{
    if (m_rate <= 0)
        return m_burst;
    const qint64 elapsed = std::max<qint64>(0, time - m_lastRefill);
    return std::min<double>(m_burst, m_tokens + double(elapsed) * m_rate / 1000.0);
}

void RateLimiter::refill(qint64 time)
{
    if (time <= m_lastRefill)
        return;
    m_tokens = tokensAt(time);
    m_lastRefill = time;
}

qint64 RateLimiter::delayMs() const
{
    const qint64 now = m_clock();
    // The earliest moment anything may go: after a pause, after the minimum interval.
    qint64 earliest = std::max(now, m_pausedUntil);
    if (m_taken && m_minInterval > 0)
        earliest = std::max(earliest, m_lastTake + m_minInterval);
    if (m_rate > 0) {
        const double tokens = tokensAt(std::max(earliest, m_lastRefill));
        if (tokens < 1.0 - kEpsilon) {
            const auto wait = qint64(std::ceil((1.0 - tokens) * 1000.0 / m_rate - kEpsilon));
            earliest = std::max(earliest, m_lastRefill) + wait;
        }
    }
    return std::max<qint64>(0, earliest - now);
}

bool RateLimiter::tryTake()
{
    if (delayMs() > 0)
        return false;
    take();
    return true;
}

void RateLimiter::take()
{
    const qint64 now = m_clock();
    refill(now);
    if (m_rate > 0)
        m_tokens -= 1.0;
    m_lastTake = now;
    m_taken = true;
}

void RateLimiter::pauseFor(std::chrono::milliseconds duration)
{
    const qint64 now = m_clock();
    const qint64 until = now + std::max<qint64>(0, duration.count());
    if (until <= m_pausedUntil)
        return;
    refill(now);
    m_pausedUntil = until;
    // No refill during the pause; one request may go when it ends.
    m_tokens = 1.0;
    m_lastRefill = until;
}

qint64 RateLimiter::pausedMs() const
{
    return std::max<qint64>(0, m_pausedUntil - m_clock());
}

} // namespace fd::core
