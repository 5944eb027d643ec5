#pragma once

#include "store/StoreError.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QSet>

#include <memory>

class QTimer;

namespace fd::core {

class AutomationHook;
class Store;
class TeamGateway;
class TeamSync;

// The team's rules at a gateway station. The ingest rules run once on each item this station
// handed to the team, as soon as it is in the station's copy of the team's data (the pull after
// the batch brings it), and the timer rules every minute on the open items of the accounts it
// polls. What rules do is written here at once and travels to the server as ops, which apply
// each firing once, journaled under the rule's name, whichever gateway sends it first (see
// RuleApplier::setTeam). Lives on the thread of the window or of `frontdeskctl poll`; the rules
// run on the store's writer.
class TeamAutomation : public QObject
{
    Q_OBJECT
public:
    TeamAutomation(Store &store, std::shared_ptr<AutomationHook> hook, QObject *parent = nullptr);
    ~TeamAutomation() override;

    // Follows the gateway's batches, runs after every sync, and asks the sync to push what the
    // rules queued.
    void attach(TeamGateway *gateway, TeamSync *sync);
    // Starts the timer rules (every `intervalMs` while this station polls an account).
    void start(int intervalMs = 60 * 1000);

    // Items this station handed to the team, whose rules are yet to run.
    void handedOver(const QList<qint64> &itemIds);
    qsizetype pending() const { return m_pending.size(); }
    // Runs the ingest rules on the items handed over that have arrived here; the others wait.
    QFuture<StoreError> runArrived();
    // Runs the timer rules on the open items of `accounts`.
    QFuture<StoreError> runTimer(const QSet<qint64> &accounts);

Q_SIGNALS:
    // Rules acted on `items` items; their ops wait to be pushed.
    void acted(int items);
    void failed(const QString &message);

private:
    void done(int fired);

    Store &m_store;
    std::shared_ptr<AutomationHook> m_hook;
    TeamGateway *m_gateway = nullptr;
    TeamSync *m_sync = nullptr;
    QTimer *m_timer = nullptr;
    QList<qint64> m_pending;
    bool m_running = false;
    bool m_again = false;
};

} // namespace fd::core
