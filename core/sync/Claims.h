#pragma once

#include "ServerError.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace fd::core {

class ServerConnection;

// What the server answered to a claim on a conversation.
struct ClaimAnswer
{
    bool won = false;
    qint64 fence = 0;       // the claim's fencing number (0 when not won)
    QString holder;         // the login holding it now (this station's own when won)
    QString holderName;     // their display name
    qint64 remainingMs = 0; // how long it holds by the server's clock
    ServerError error;      // why there is no answer (the server away, refused…)
};

// A live claim somewhere in the team: someone's composer is open on the conversation.
struct LiveClaim
{
    qint64 threadId = 0;
    QString login;
    QString name;
    QUuid station;
    qint64 remainingMs = 0; // by the server's clock, when it was read
};

// A station seen within the last minute, and the conversation it shows (0: none).
struct OnlineStation
{
    QString login;
    QString name;
    QUuid station;
    QString stationName;
    qint64 viewing = 0;
    qint64 idleMs = 0;
};

// The team's claims and presence, on the server (blocking calls: run them on the sync thread).
namespace claims {

// Claims `thread` for `seconds` by the server's clock, or renews this station's claim (which
// keeps its fence). Someone else's live claim is not taken: the answer names them.
ClaimAnswer claim(ServerConnection &server, qint64 thread, const QUuid &station, int seconds);
// Lets go of this station's claim with `fence`; false when it was no longer held.
ServerResult<bool> release(ServerConnection &server, qint64 thread, const QUuid &station,
                           qint64 fence);
ServerResult<QList<LiveClaim>> live(ServerConnection &server);
// This station is here, showing `viewing` (0: no conversation).
ServerError heartbeat(ServerConnection &server, const QUuid &station, qint64 viewing);
ServerResult<QList<OnlineStation>> online(ServerConnection &server);

} // namespace claims

} // namespace fd::core
