#pragma once

#include "ServerError.h"

#include <QJsonObject>
#include <QStringList>
#include <QUuid>

namespace fd::core {

class ServerConnection;
class Store;
struct QueuedOp;

// What a push did.
struct PushReport
{
    int applied = 0;
    int rejected = 0;
    QStringList rejections; // the server's reasons, in words, for the operator
    ServerError error;      // why the push stopped early (ops not sent stay queued)
};

// Sends one op to the server and returns its verdict: {"state": "applied" | "rejected",
// "reason": words, "changed": bool}.
ServerResult<QJsonObject> sendOp(ServerConnection &server, const QUuid &station,
                                 const QueuedOp &op);

// Sends this station's queued ops to the server in sequence order. Each verdict is stored in the
// local queue before the next op goes, so after a lost connection or a crash the push starts
// again at the first op without a verdict; the server answers an op it already applied with its
// first answer, so nothing is applied twice. Blocks: run it off the GUI thread.
PushReport pushPending(Store &store, ServerConnection &server, const QUuid &station,
                       int batch = 100);

} // namespace fd::core
