#include "ClaimKeeper.h"

#include "TeamSync.h"

#include <QCoreApplication>

#include <limits>

namespace fd::core {

ClaimKeeper::ClaimKeeper(QObject *parent)
    : QObject(parent)
    , m_renewal(this)
{
    m_renewal.setInterval(renewEveryMs);
    connect(&m_renewal, &QTimer::timeout, this, &ClaimKeeper::renew);
}

void ClaimKeeper::attach(TeamSync *sync)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_sync = sync;
    m_thread = 0;
    m_fence = 0;
    m_lapsed = false;
    m_asked = m_answered = m_confirmAt = 0;
    m_confirmFence = 0;
    m_releasePending = false;
    m_renewal.stop();
    setState(State::None);
    if (!sync)
        return;
    m_connections << connect(sync, &TeamSync::claimAnswered, this, &ClaimKeeper::answered);
    m_connections << connect(sync, &TeamSync::roundStarted, this, [this] {
        if (m_releasePending)
            m_roundBegun = true;
    });
    m_connections << connect(sync, &TeamSync::synced, this, [this] {
        if (m_releasePending && m_roundBegun)
            release();
    });
    // Back online: a conversation the operator is at is claimed again.
    m_connections << connect(sync, &TeamSync::connectionChanged, this, [this](bool online) {
        if (online && m_thread != 0 && m_state != State::Held && m_lastActivity.isValid() &&
            m_lastActivity.elapsed() < idleLimitMs)
            ask(m_thread);
    });
}

void ClaimKeeper::hold(qint64 thread)
{
    if (!m_sync || thread <= 0)
        return;
    m_lastActivity.start();
    m_releasePending = false; // writing on: the conversation stays ours
    if (thread != m_thread) {
        release();
        m_thread = thread;
        m_fence = 0;
        m_lapsed = false;
        ask(thread);
        return;
    }
    const qint64 since =
        m_lastAsked.isValid() ? m_lastAsked.elapsed() : std::numeric_limits<qint64>::max();
    const bool due = m_state == State::Held || m_state == State::Claiming ? since >= renewEveryMs
                                                                          : since >= retryMs;
    if (due)
        ask(thread);
}

void ClaimKeeper::releaseAfterSync(qint64 thread)
{
    if (!m_sync || thread != m_thread || m_state != State::Held) {
        if (thread == m_thread)
            release();
        return;
    }
    m_renewal.stop();
    m_releasePending = true;
    m_roundBegun = false;
    m_sync->syncNow(); // the reply goes now, not at the next wake-up
}

void ClaimKeeper::release()
{
    m_releasePending = false;
    m_renewal.stop();
    if (m_sync && m_thread != 0 && m_fence != 0 && m_state == State::Held)
        m_sync->releaseClaim(m_thread, m_fence);
    m_thread = 0;
    m_fence = 0;
    m_lapsed = false;
    m_holderName.clear();
    m_problem.clear();
    setState(State::None);
}

void ClaimKeeper::noticeFree(qint64 thread)
{
    if (!m_sync || thread != m_thread || m_state != State::Taken)
        return;
    if (m_lastActivity.isValid() && m_lastActivity.elapsed() < idleLimitMs)
        ask(thread);
    else
        setState(State::None);
}

void ClaimKeeper::confirm(qint64 thread)
{
    if (!m_sync) {
        Q_EMIT confirmed(thread, true, {});
        return;
    }
    if (thread != m_thread) {
        release();
        m_thread = thread;
    }
    m_lastActivity.start();
    ask(thread);
    m_confirmAt = m_asked;
    m_confirmFence = m_fence;
}

void ClaimKeeper::ask(qint64 thread)
{
    ++m_asked;
    m_lastAsked.start();
    if (m_state != State::Held)
        setState(State::Claiming);
    m_sync->claim(thread);
}

void ClaimKeeper::renew()
{
    if (m_thread == 0 || m_state != State::Held || m_releasePending || !m_lastActivity.isValid() ||
        m_lastActivity.elapsed() >= idleLimitMs) {
        m_renewal.stop(); // left alone: the claim runs out by itself on the server
        return;
    }
    ask(m_thread);
}

void ClaimKeeper::answered(qint64 thread, const ClaimAnswer &answer)
{
    ++m_answered;
    const bool isConfirm = m_confirmAt != 0 && m_answered == m_confirmAt;
    if (isConfirm)
        m_confirmAt = 0;
    if (thread != m_thread) {
        // The composer left this conversation meanwhile: the claim is not kept. A reply sent
        // just before still goes if its claim held all along.
        if (answer.won && m_sync)
            m_sync->releaseClaim(thread, answer.fence);
        if (isConfirm) {
            const bool held = answer.won && (m_confirmFence == 0 || answer.fence == m_confirmFence);
            Q_EMIT confirmed(thread, held, held ? QString() : refusal(answer));
        }
        return;
    }
    QString why;
    if (!answer.error.ok()) {
        m_problem = answer.error.message;
        setState(State::Unreachable);
        why = refusal(answer);
    } else if (!answer.won) {
        m_holderName = answer.holderName;
        if (m_fence != 0)
            m_lapsed = true;
        m_renewal.stop();
        setState(State::Taken);
        why = refusal(answer);
    } else {
        if (m_fence == 0) {
            m_fence = answer.fence;
        } else if (answer.fence != m_fence) {
            m_lapsed = true; // it ran out in between: someone may have answered meanwhile
        }
        m_holderName = answer.holderName;
        m_problem.clear();
        if (!m_renewal.isActive())
            m_renewal.start();
        if (isConfirm && m_lapsed) {
            why = refusal(answer);
            m_fence = answer.fence; // confirmed from now on
            m_lapsed = false;
        }
        setState(State::Held);
    }
    if (isConfirm)
        Q_EMIT confirmed(thread, why.isEmpty(), why);
}

QString ClaimKeeper::refusal(const ClaimAnswer &answer)
{
    if (!answer.error.ok())
        return tr("The team's server cannot be reached (%1). The reply stays a draft until "
                  "this conversation can be claimed for you.")
            .arg(answer.error.message);
    if (!answer.won)
        return tr("%1 is replying to this conversation now; your reply stays a draft.")
            .arg(answer.holderName);
    return tr("Your hold on this conversation ran out meanwhile, so someone else may have "
              "answered. It is yours again: look at the conversation, then send.");
}

void ClaimKeeper::setState(State state)
{
    if (state == m_state && state != State::Taken && state != State::Unreachable)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

} // namespace fd::core
