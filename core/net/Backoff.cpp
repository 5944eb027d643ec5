#include "Backoff.h"

#include <algorithm>

namespace fd::core {

Backoff::Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap,
                 std::optional<quint32> seed)
    : m_base(std::max(base, std::chrono::milliseconds(1)))
    , m_cap(std::max(cap, m_base))
    , m_random(seed ? *seed : QRandomGenerator::system()->generate())
{}

std::chrono::milliseconds Backoff::ceiling() const
{
    // Doubling stops at the cap, so no attempt count can overflow.
    qint64 bound = m_base.count();
    for (int i = 0; i < m_attempts && bound < m_cap.count(); ++i)
        bound *= 2;
    return std::chrono::milliseconds(std::min(bound, qint64(m_cap.count())));
}

std::chrono::milliseconds Backoff::next()
{
    const qint64 bound = ceiling().count();
    ++m_attempts;
    // bounded(highest) excludes its argument: + 1 makes the cap itself reachable.
    return std::chrono::milliseconds(m_random.bounded(bound + 1));
}

} // namespace fd::core
