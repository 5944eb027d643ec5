#include "SandboxTrafficFeeder.h"

#include <algorithm>
#include <cmath>

namespace fd::core {

SandboxTrafficFeeder::SandboxTrafficFeeder(quint32 rngSeed, QObject *parent)
    : QObject(parent)
    , m_rng(rngSeed)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SandboxTrafficFeeder::tick);
}

void SandboxTrafficFeeder::start(double perMinute)
{
    m_perMinute = perMinute;
    m_timer.stop();
    m_running = perMinute > 0;
    if (!m_running)
        return;
    m_elapsed.start();
    scheduleNextArrival();
}

void SandboxTrafficFeeder::stop()
{
    m_running = false;
    m_timer.stop();
}

void SandboxTrafficFeeder::scheduleNextArrival()
{
    if (!m_running || m_perMinute <= 0)
        return;
    if (m_nextArrivalMs < 0)
        advance(0); // draws the first arrival
    const qint64 wait = std::clamp<qint64>(m_nextArrivalMs - m_clockMs, 0, 24 * 3600 * 1000);
    m_timer.start(int(wait));
}

void SandboxTrafficFeeder::tick()
{
    advance(m_elapsed.restart());
    scheduleNextArrival();
}

int SandboxTrafficFeeder::advance(qint64 ms)
{
    const qint64 target = m_clockMs + qMax<qint64>(0, ms);
    if (m_perMinute <= 0) {
        m_clockMs = target;
        return 0;
    }
    // Exponential gaps between arrivals: a Poisson stream at the configured rate.
    const auto gap = [this] {
        const double u = m_rng.generateDouble();
        return qMax<qint64>(1, qint64(-std::log(1.0 - u) * 60000.0 / m_perMinute));
    };
    if (m_nextArrivalMs < 0)
        m_nextArrivalMs = m_clockMs + gap();
    int items = 0;
    int queued = 0;
    while (m_nextArrivalMs <= target) {
        m_clockMs = m_nextArrivalMs;
        queued += produceCounted();
        ++items;
        m_nextArrivalMs = m_clockMs + gap();
    }
    m_clockMs = target;
    if (items > 0)
        Q_EMIT produced(items, queued);
    return items;
}

int SandboxTrafficFeeder::feed(int count)
{
    int queued = 0;
    for (int i = 0; i < count; ++i)
        queued += produceCounted();
    if (count > 0)
        Q_EMIT produced(count, queued);
    return queued;
}

int SandboxTrafficFeeder::produceCounted()
{
    m_itemQueued = 0;
    produceOne();
    ++m_items;
    m_queued += m_itemQueued;
    return m_itemQueued;
}

} // namespace fd::core
