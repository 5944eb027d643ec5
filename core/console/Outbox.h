#pragma once

#include "connectors/Connector.h"
#include "console/InboxActions.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace fd::core {

class Store;

// Replies, deletions, hides and bans on their way to the platforms. Each action is written to
// the store before anything is sent, then sent through the account's connector; its state
// (sending, sent, failed with the platform's reason in words) is kept and signalled, and a
// failed action can be retried. A reply that was sent joins the conversation as our own item
// and leaves the customer's item waiting (or closed, with "send and close"); a deletion or a
// ban is journaled with the text it was about.
class Outbox : public QObject
{
    Q_OBJECT
public:
    enum class State { Queued, Sending, Sent, Failed };

    struct Entry
    {
        qint64 id = 0;
        qint64 itemId = 0;
        OutgoingAction::Kind kind = OutgoingAction::Kind::Reply;
        QString body;
        bool closeAfter = false;
        QString operatorName;
        State state = State::Queued;
        int attempts = 0;
        QString error;          // in words, when failed
        bool retryable = false; // whether sending again is safe and may help
        QString resultExternalId;
        QDateTime createdAt;
        QDateTime updatedAt;
    };

    // The connector that acts for an account at this station; nullptr when this station holds
    // no token for it.
    using ConnectorFor = std::function<Connector *(qint64 accountId)>;

    Outbox(Store &store, Actor actor, ConnectorFor connectorFor, QObject *parent = nullptr);

    // Queues an action on an item and starts sending it. The future carries the entry's id once
    // the row is committed (or why it was refused: an empty reply, an unknown item).
    // In a team, the action goes to the team's outbox with the next push and the gateway
    // polling the account delivers it; `claimFence` is the fencing number of the claim the
    // reply was written under, so the server refuses it when someone took the conversation
    // since.
    QFuture<StoreResult<qint64>> reply(qint64 itemId, const QString &text, bool closeAfter,
                                       std::optional<qint64> claimFence = std::nullopt);
    QFuture<StoreResult<qint64>> act(qint64 itemId, OutgoingAction::Kind kind);
    // Sends a failed entry again, with the same idempotency key.
    void retry(qint64 entryId);
    // Sends the entries waiting in the queue that nobody started: those the automation rules
    // queued at ingest (a reply with a template, hiding spam). Not in a team, where the team's
    // gateways deliver.
    void sendQueued();

    // Entries left "sending" when the program stopped: they may or may not have reached the
    // platform, so they become failed with that said, and are not sent again by themselves.
    StoreError recover();

    // Entries whose delivery moved on elsewhere (a team's gateway): tells about each one
    // (changed()) as the store has it now. Pairs of (entry id, item id).
    void announce(const QList<std::pair<qint64, qint64>> &entries);
    // The same for entries named by their keys (ones the team's server refused).
    void announceKeys(const QStringList &keys);

    StoreResult<QList<Entry>> entriesFor(qint64 itemId) const;
    StoreResult<QList<Entry>> unfinished() const; // queued, sending or failed

    static QString stateName(State state);
    // The words actions are stored and sent to a team's server by ("reply", "delete", …).
    static QString actionWord(OutgoingAction::Kind kind);
    static OutgoingAction::Kind actionFrom(const QString &word);
    // Writes an action into the outbox inside the caller's write job (in a team, with the op
    // that takes it to the team's outbox). `entryId` gets the row's id; the result says whether
    // the team delivers it (else this station's sendQueued() does). An empty reply is refused.
    static StoreResult<bool> queueIn(const QSqlDatabase &db, qint64 itemId,
                                     OutgoingAction::Kind kind, const QString &body,
                                     bool closeAfter, const QString &operatorName, qint64 &entryId,
                                     std::optional<qint64> claimFence = std::nullopt);
    // A reply the platform took, as our own item in its conversation.
    static IncomingItem sentReply(const OutgoingAction &action, const ActionResult &result,
                                  const QString &postExternalId);

Q_SIGNALS:
    void changed(qint64 entryId, qint64 itemId, fd::core::Outbox::State state,
                 const QString &error);

private:
    QFuture<StoreResult<qint64>> enqueue(qint64 itemId, OutgoingAction::Kind kind,
                                         const QString &body, bool closeAfter,
                                         std::optional<qint64> claimFence);
    void send(qint64 entryId);
    void failed(const Entry &entry, const QString &why, bool retryable);
    void finish(const Entry &entry, const OutgoingAction &action, const ActionResult &result);
    StoreResult<Entry> entry(qint64 entryId) const;

    Store &m_store;
    Actor m_actor;
    ConnectorFor m_connectorFor;
    QSet<qint64> m_inFlight;
};

} // namespace fd::core
