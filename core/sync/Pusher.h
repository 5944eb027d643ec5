#pragma once

#include "ServerError.h"

#include <QJsonObject>
#include <QList>
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
    QStringList rejections;    // the server's reasons, in words, for the operator
    QStringList refusedOutbox; // keys of refused replies and actions (their entries failed)
    ServerError error;         // why the push stopped early (ops not sent stay queued)
};

// Sends one op to the server and returns its verdict: {"state": "applied" | "rejected",
// "reason": words, "changed": bool}.
ServerResult<QJsonObject> sendOp(ServerConnection &server, const QUuid &station,
                                 const QueuedOp &op);

// Sends a run of ops in one round trip and one server transaction; returns their verdicts in
// the same order. Either every op of the batch is stored on the server or none is.
ServerResult<QList<QJsonObject>> sendOps(ServerConnection &server, const QUuid &station,
                                         const QList<QueuedOp> &ops);

// Sends this station's queued ops to the server in sequence order, `batch` at a time. A batch's
// verdicts are stored in the local queue together, in one transaction, so after a lost
// connection or a crash the push starts again at the first op without a verdict; the server
// answers an op it already applied with its first answer, so nothing is applied twice. Blocks:
// run it off the GUI thread.
PushReport pushPending(Store &store, ServerConnection &server, const QUuid &station,
                       int batch = 200);

} // namespace fd::core
