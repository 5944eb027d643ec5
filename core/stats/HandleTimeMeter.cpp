#include "HandleTimeMeter.h"

#include <QDateTime>

namespace fd::core {

HandleTimeMeter::HandleTimeMeter(Sink sink, Clock clock)
    : m_sink(std::move(sink))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{}

void HandleTimeMeter::setConversation(qint64 threadId, qint64 itemId)
{
    if (threadId == m_threadId) {
        m_itemId = itemId ? itemId : m_itemId;
        return;
    }
    flush();
    m_threadId = threadId;
    m_itemId = itemId;
    if (m_focused)
        m_since = m_started = m_clock();
}

void HandleTimeMeter::setFocused(bool focused)
{
    if (focused == m_focused)
        return;
    if (focused) {
        m_since = m_clock();
        if (m_ms == 0)
            m_started = m_since;
    } else {
        stop();
    }
    m_focused = focused;
}

void HandleTimeMeter::stop()
{
    if (m_focused && m_threadId != 0)
        m_ms += std::max<qint64>(0, m_clock() - m_since);
}

qint64 HandleTimeMeter::elapsedMs() const
{
    return m_ms + (m_focused && m_threadId != 0 ? std::max<qint64>(0, m_clock() - m_since) : 0);
}

void HandleTimeMeter::flush()
{
    const qint64 ms = elapsedMs();
    if (ms > 0 && m_threadId != 0 && m_sink)
        m_sink(m_threadId, m_itemId, m_started, ms);
    m_ms = 0;
    m_since = m_started = m_clock();
}

} // namespace fd::core
