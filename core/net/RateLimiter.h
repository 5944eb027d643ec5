#pragma once

#include <QtGlobal>

#include <chrono>
#include <functional>

namespace fd::core {

// Paces requests to one platform or host: a token bucket (a burst, then `ratePerSecond`), an
// optional minimum interval between two requests, and server-demanded pauses (Retry-After,
// Telegram's retry_after, VK error 6). It never sleeps: callers ask delayMs() and schedule a
// timer. Times come from an injectable monotonic clock in milliseconds.
class RateLimiter
{
public:
    using Clock = std::function<qint64()>;

    // ratePerSecond <= 0 means no token limit (pacing by the minimum interval alone). The bucket
    // starts full. Without a clock, a monotonic one (QElapsedTimer) is used.
    RateLimiter(double ratePerSecond, int burst, Clock clock = {});
    // Pacing only: at least `interval` between two requests.
    static RateLimiter withMinInterval(std::chrono::milliseconds interval, Clock clock = {});

    void setMinInterval(std::chrono::milliseconds interval) { m_minInterval = interval.count(); }
    std::chrono::milliseconds minInterval() const
    {
        return std::chrono::milliseconds(m_minInterval);
    }
    double ratePerSecond() const { return m_rate; }
    int burst() const { return m_burst; }

    // Milliseconds until the next request may go (0: now).
    qint64 delayMs() const;
    // Takes a token if one is free now and no pause or interval is in the way.
    bool tryTake();
    // Takes a token now, whether or not it was free: the bucket goes into debt and later
    // delays grow to make up for it. For callers that waited delayMs() first.
    void take();
    // The server asked for a pause: nothing may go for `duration` from now (longer pauses win
    // over shorter ones). Afterwards one request may go at once and the rate applies again:
    // the bucket does not refill during the pause, so there is no burst right after it.
    void pauseFor(std::chrono::milliseconds duration);
    void pauseFor(qint64 ms) { pauseFor(std::chrono::milliseconds(ms)); }
    // Milliseconds of pause left (0 when not paused).
    qint64 pausedMs() const;

    qint64 now() const { return m_clock(); }

private:
    // The tokens the bucket holds at `time` (not before the last refill).
    double tokensAt(qint64 time) const;
    void refill(qint64 time);

    double m_rate;
    int m_burst;
    Clock m_clock;
    double m_tokens;
    qint64 m_lastRefill;
    qint64 m_pausedUntil;
    qint64 m_minInterval = 0;
    qint64 m_lastTake = 0;
    bool m_taken = false;
};

} // namespace fd::core
