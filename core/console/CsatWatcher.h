#pragma once

#include "CsatSurveys.h"
#include "store/StoreError.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

#include <functional>

namespace fd::core {

class Store;

// Keeps the customer surveys going (see runCsatStep): looks when told the store changed, and
// every minute for delays and expiries. Lives on the window's thread; the work runs on the
// store's writer, and only when a read shows there is some.
class CsatWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int intervalMs = 60 * 1000;

    explicit CsatWatcher(Store &store, QObject *parent = nullptr);

    void start();
    void stop();
    // Looks now. The future carries what the look did (nothing, when there was nothing to do).
    QFuture<StoreResult<CsatStep>> check();
    // The clock (ms since the epoch) the watcher reads; tests fix it.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    // Surveys were put in this station's outbox: it should send them.
    void surveysQueued();
    // Customers rated the help they got.
    void answered(int count);
    void errorOccurred(const QString &message);

private:
    Store &m_store;
    QTimer m_timer;
    std::function<qint64()> m_clock;
};

} // namespace fd::core
