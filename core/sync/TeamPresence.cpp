#include "TeamPresence.h"

#include "TeamSync.h"

#include <limits>

namespace fd::core {

TeamPresence::TeamPresence(QObject *parent)
    : QObject(parent)
    , m_expiry(this)
{
    m_expiry.setSingleShot(true);
    m_expiry.setTimerType(Qt::PreciseTimer);
    connect(&m_expiry, &QTimer::timeout, this, [this] {
        if (expire())
            Q_EMIT changed();
    });
}

void TeamPresence::attach(TeamSync *sync, const QUuid &station)
{
    disconnect(m_readConnection);
    disconnect(m_lineConnection);
    m_sync = sync;
    m_station = station;
    const bool hadAny = !m_claims.isEmpty() || !m_online.isEmpty();
    m_claims.clear();
    m_online.clear();
    m_expiry.stop();
    if (sync) {
        m_readConnection = connect(sync, &TeamSync::teamRead, this, &TeamPresence::take);
        // Cut off, this station cannot tell who is online; claims still run out here by
        // themselves, and the list is read again once the line is back.
        m_lineConnection = connect(sync, &TeamSync::connectionChanged, this, [this](bool online) {
            if (online || m_online.isEmpty())
                return;
            m_online.clear();
            Q_EMIT changed();
        });
    }
    if (hadAny)
        Q_EMIT changed();
}

std::optional<TeamPresence::Claim> TeamPresence::claimOn(qint64 thread) const
{
    const auto found = m_claims.constFind(thread);
    if (found == m_claims.cend() || found->until.hasExpired())
        return std::nullopt;
    return *found;
}

QHash<qint64, QString> TeamPresence::replying() const
{
    QHash<qint64, QString> all;
    for (const Claim &c : m_claims) {
        if (!c.until.hasExpired())
            all.insert(c.threadId, c.name);
    }
    return all;
}

void TeamPresence::take(const QList<LiveClaim> &claims, const QList<OnlineStation> &online)
{
    m_claims.clear();
    for (const LiveClaim &c : claims) {
        if (c.station == m_station || c.remainingMs <= 0)
            continue;
        m_claims.insert(c.threadId, {c.threadId, c.login, c.name.isEmpty() ? c.login : c.name,
                                     c.station, QDeadlineTimer(c.remainingMs, Qt::PreciseTimer)});
    }
    m_online = online;
    expire();
    Q_EMIT changed();
}

bool TeamPresence::expire()
{
    bool dropped = false;
    qint64 next = std::numeric_limits<qint64>::max();
    for (auto it = m_claims.begin(); it != m_claims.end();) {
        if (it->until.hasExpired()) {
            it = m_claims.erase(it);
            dropped = true;
        } else {
            next = qMin(next, it->until.remainingTime());
            ++it;
        }
    }
    if (next != std::numeric_limits<qint64>::max())
        m_expiry.start(int(qMin<qint64>(next + 1, std::numeric_limits<int>::max())));
    else
        m_expiry.stop();
    return dropped;
}

} // namespace fd::core
