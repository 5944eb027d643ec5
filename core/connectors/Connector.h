#pragma once

#include "model/Account.h"
#include "model/Enums.h"
#include "store/IngestBatch.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace fd::core {

// What a connector can do on its platform with the credentials it holds. A false comes with
// the reason in words ("a community token cannot delete comments").
struct ConnectorCapabilities
{
    bool replyToDm = false;
    bool replyToComment = false;
    bool deleteComment = false;
    bool hideComment = false;
    bool banAuthor = false;
    QString whyNoDelete;
    QString whyNoHide;
    QString whyNoBan;
};

// Something an operator (or a rule) asked to do on the platform.
struct OutgoingAction
{
    enum class Kind { Reply, Delete, Hide, Unhide, Ban };
    Kind kind = Kind::Reply;
    qint64 itemId = 0; // the local item acted on
    ItemKind itemKind = ItemKind::Dm;
    QString itemExternalId;   // the item replied to, deleted, hidden
    QString threadExternalId; // its DM dialog or comment tree
    QString authorExternalId; // whom a ban is for
    QString text;             // a reply's text
    // The same key for every attempt at one action, so a retry after a crash is recognised
    // by the platform (VK random_id) or by the connector.
    QString idempotencyKey;
};

struct ActionResult
{
    bool ok = false;
    QString externalId; // what the platform calls the reply it created
    QString message;    // in words, when not ok
    bool retryable = false;
    std::optional<std::chrono::seconds> retryAfter;
};

// Where connectors hand what they fetched: the store, in one transaction with the cursor.
class IngestSink
{
public:
    virtual ~IngestSink() = default;
    // `done` runs on `context`'s thread after the batch is committed (or refused).
    virtual void ingest(IngestBatch batch, QObject *context,
                        std::function<void(const IngestResult &)> done) = 0;
};

// One connected account on one platform: polls it, hands batches to the sink, and confirms
// its cursor to the platform only after the sink committed the batch.
class Connector : public QObject
{
    Q_OBJECT
public:
    Connector(Account account, QObject *parent)
        : QObject(parent)
        , m_account(std::move(account))
    {}

    const Account &account() const { return m_account; }
    AccountHealth health() const { return m_health; }
    const QString &lastError() const { return m_lastError; }

    virtual ConnectorCapabilities capabilities() const = 0;
    // Polls until stop(), from the account's stored cursor.
    virtual void start() = 0;
    virtual void stop() = 0;
    virtual void perform(const OutgoingAction &action, QObject *context,
                         std::function<void(const ActionResult &)> done) = 0;

Q_SIGNALS:
    // Health changes: a rate-limit wait, an error in words, a stop that needs a person.
    void healthChanged(fd::core::AccountHealth health, const QString &message,
                       const QDateTime &waitingUntil);
    // A request the platform answered well (for "last successful poll").
    void succeeded();
    // In `once` mode: the round is over (stored, or failed with health telling why).
    void finished();

protected:
    void setHealth(AccountHealth health, const QString &message = {},
                   const QDateTime &waitingUntil = {})
    {
        if (health == m_health && message == m_lastError)
            return;
        m_health = health;
        m_lastError = message;
        Q_EMIT healthChanged(health, message, waitingUntil);
    }
    Account m_account;

private:
    AccountHealth m_health = AccountHealth::Idle;
    QString m_lastError;
};

} // namespace fd::core
