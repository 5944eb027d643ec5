#pragma once

#include "SlaClock.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace fd::core {

class Store;

// Watches the open customer items for targets about to be missed or missed, and says so once
// per item, clock and state: not again on the next look, nor after a restart (the store keeps
// what was said).
class SlaWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int intervalMs = 30 * 1000;
    // Items older than this are no longer watched (a backlog of old ones is no news).
    static constexpr int horizonDays = 30;
    // The newest open items looked at, at most.
    static constexpr int maxItems = 5000;

    explicit SlaWatcher(Store &store, QObject *parent = nullptr);

    // Looks every intervalMs from now on.
    void start();
    void stop();
    // Looks now. The future is fulfilled once what was said is stored.
    QFuture<StoreError> check();
    // The clock the watcher reads (tests fix it).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    // `text` says who waits how long and for what, e.g. "VK Shop: a comment from Anna waits
    // 14 min, first response due in 3 min".
    void alert(qint64 itemId, fd::core::SlaState state, const QString &text);
    // A look failed; the message says why.
    void errorOccurred(const QString &message);

private:
    Store &m_store;
    QTimer m_timer;
    std::function<QDateTime()> m_clock;
    QSet<QString> m_said; // "item/clock/state" said in this run or found in the store
    // Items with nothing left to say (every clock met, breached and said, or without target)
    // under the targets of m_targets: not read again on each look.
    QSet<qint64> m_settled;
    QString m_targets;
};

} // namespace fd::core
