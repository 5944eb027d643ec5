#pragma once

#include <QtGlobal>

#include <functional>

namespace fd::core {

// Handle time as the station measures it: time counts while the reply editor has the focus in
// an active window, per conversation; the stretch of a conversation is handed on when another
// conversation is chosen or the window closes (flush()).
class HandleTimeMeter
{
public:
    // Milliseconds since the epoch; the clock is given in tests.
    using Clock = std::function<qint64()>;
    // (thread, item, started at, focused ms) of a finished stretch with time in it.
    using Sink = std::function<void(qint64, qint64, qint64, qint64)>;

    explicit HandleTimeMeter(Sink sink, Clock clock = {});

    // The conversation (and item) being answered; 0 for none. Hands on the previous one's time.
    void setConversation(qint64 threadId, qint64 itemId);
    void setFocused(bool focused);
    qint64 threadId() const { return m_threadId; }
    // Focused ms of the current conversation so far.
    qint64 elapsedMs() const;
    // Hands on the current conversation's time now and starts counting it afresh.
    void flush();

private:
    void stop();

    Sink m_sink;
    Clock m_clock;
    qint64 m_threadId = 0;
    qint64 m_itemId = 0;
    bool m_focused = false;
    qint64 m_since = 0;   // when the focus came, while focused
    qint64 m_started = 0; // when the first focused moment of this stretch came
    qint64 m_ms = 0;      // focused time before m_since
};

} // namespace fd::core
