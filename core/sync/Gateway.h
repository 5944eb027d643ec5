#pragma once

#include "ServerError.h"
#include "connectors/Connector.h"
#include "model/Enums.h"
#include "store/IngestBatch.h"

#include <QJsonArray>
#include <QString>
#include <QUuid>

namespace fd::core {

class ItemClassifier;
class ServerConnection;

// A gateway's hold on an account, as the server decided it (by its own clock).
struct Lease
{
    bool held = false;
    qint64 epoch = 0;
    QString holder; // the login holding it
    qint64 remainingMs = 0;
    QString cursor; // the account's position on the server (when held)
};

// The calls a gateway station makes: adding accounts it holds tokens for, the lease that makes
// it the one polling an account, and the fenced ingest of what it polled. Blocking: run them on
// the sync thread.
namespace gateway {

// Registers an account with the team (or finds it again by name); returns the team's id for it.
ServerResult<qint64> registerAccount(ServerConnection &server, Platform platform,
                                     const QString &name, const QString &apiBase);
// Takes or renews the lease on an account for `seconds`.
ServerResult<Lease> acquireLease(ServerConnection &server, qint64 accountId, const QUuid &station,
                                 int seconds = 30);
// Gives a lease back, so another gateway takes over at once.
ServerError releaseLease(ServerConnection &server, qint64 accountId, const QUuid &station,
                         qint64 epoch);

// A batch as the server's ingest takes it: items normalised as the local store would keep them
// (text made safe and bounded, the conversation named). Items the store would refuse go to
// `result.rejected`; shortened ones to `result.warnings`. With a classifier, each customer item
// carries its verdicts (lang, sentiment, spam), as a station's own ingest would store them.
QJsonArray itemsJson(const IngestBatch &batch, IngestResult &result,
                     ItemClassifier *classifier = nullptr);
QJsonArray deletionsJson(const IngestBatch &batch);

// Sends one polled batch, all or nothing. Refused as Fenced when this station no longer holds
// the lease in `epoch` or the account's cursor is no longer `expectedCursor`.
IngestResult sendBatch(ServerConnection &server, const QUuid &station, qint64 epoch,
                       const QString &expectedCursor, const IngestBatch &batch, ServerError *error,
                       ItemClassifier *classifier = nullptr);

// A reply or moderation action the team's outbox gave this gateway to deliver.
struct OutboxWork
{
    qint64 id = 0;
    OutgoingAction action; // with the station's key as its idempotency key
    QString postExternalId;
    bool resumed = false; // an earlier turn was sending it when it stopped
};

// Takes what waits in the outbox for an account this station holds the lease on (they become
// "sending"); with `resumeOwn`, also what this turn itself left sending (a restart).
ServerResult<QList<OutboxWork>> takeOutbox(ServerConnection &server, qint64 accountId,
                                           const QUuid &station, qint64 epoch, bool resumeOwn,
                                           int limit = 20);
// Records how a delivery went; nothing: it was not tried and waits for the next turn.
ServerError outboxDone(ServerConnection &server, qint64 outboxId, const QUuid &station,
                       qint64 epoch, const std::optional<ActionResult> &result);

} // namespace gateway

} // namespace fd::core
