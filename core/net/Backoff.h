#pragma once

#include <QRandomGenerator>

#include <chrono>
#include <optional>

namespace fd::core {

// Capped exponential backoff with full jitter: the n-th delay (n from 0) is drawn evenly from
// [0, min(cap, base * 2^n)], so many stations failing together do not retry together.
// reset() after a success starts over.
class Backoff
{
public:
    // Without a seed the generator is seeded from the system; tests pass one to get the same
    // delays every run.
    explicit Backoff(std::chrono::milliseconds base = std::chrono::seconds(1),
                     std::chrono::milliseconds cap = std::chrono::minutes(5),
                     std::optional<quint32> seed = std::nullopt);

    // The delay before the next attempt; counts one attempt.
    std::chrono::milliseconds next();
    // The upper bound the next delay is drawn under.
    std::chrono::milliseconds ceiling() const;
    void reset() { m_attempts = 0; }
    // Delays handed out since the last reset.
    int attempts() const { return m_attempts; }

    std::chrono::milliseconds base() const { return m_base; }
    std::chrono::milliseconds cap() const { return m_cap; }

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
    QRandomGenerator m_random;
    int m_attempts = 0;
};

} // namespace fd::core
