#pragma once

#include "Claims.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUuid>

namespace fd::core {

class TeamSync;

// What the console shows of the rest of the team: who is replying where ("Anna is replying")
// and who is online, looking at what. Read on the sync thread whenever the server says claims
// or presence changed; a claim's time left is counted down on this machine's monotonic clock
// (never its wall clock), so it runs out here when it runs out on the server.
class TeamPresence : public QObject
{
    Q_OBJECT
public:
    struct Claim
    {
        qint64 threadId = 0;
        QString login;
        QString name;
        QUuid station;
        QDeadlineTimer until; // monotonic
    };

    explicit TeamPresence(QObject *parent = nullptr);

    // The team this station is in (nullptr: none, and nothing to show). `station` is this
    // station's id: its own claims are not "someone else replying".
    void attach(TeamSync *sync, const QUuid &station);

    // The claim on `thread` held at another station, if any.
    std::optional<Claim> claimOn(qint64 thread) const;
    // Conversations being replied to at other stations: thread → who.
    QHash<qint64, QString> replying() const;
    // Other stations' live claims by thread.
    const QHash<qint64, Claim> &claims() const { return m_claims; }
    // Everyone online (this station too), by name.
    const QList<OnlineStation> &online() const { return m_online; }
    const QUuid &station() const { return m_station; }

    // Takes what the server said (TeamSync::teamRead); public for TeamSync and tests.
    void take(const QList<LiveClaim> &claims, const QList<OnlineStation> &online);

Q_SIGNALS:
    // Claims or presence changed (also: a claim ran out here).
    void changed();

private:
    // Drops the claims that ran out and sets the timer for the next; says whether any went.
    bool expire();

    QPointer<TeamSync> m_sync;
    QMetaObject::Connection m_readConnection;
    QMetaObject::Connection m_lineConnection;
    QUuid m_station;
    QHash<qint64, Claim> m_claims; // other stations' claims by thread
    QList<OnlineStation> m_online;
    QTimer m_expiry;
};

} // namespace fd::core
