#include "CsatWatcher.h"

#include "store/Store.h"
#include "store/WriteFor.h"

#include <QDateTime>
#include <QPointer>
#include <QPromise>

#include <memory>

namespace fd::core {

CsatWatcher::CsatWatcher(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    connect(&m_timer, &QTimer::timeout, this, [this] { check(); });
}

void CsatWatcher::start()
{
    m_timer.start(intervalMs);
}

void CsatWatcher::stop()
{
    m_timer.stop();
}

QFuture<StoreResult<CsatStep>> CsatWatcher::check()
{
    const qint64 now = m_clock();
    auto reader = m_store.reader();
    const auto waiting =
        reader.ok() ? csatWorkWaiting(*reader, now) : StoreResult<bool>(reader.error());
    if (!waiting.ok() || !*waiting) {
        if (!waiting.ok())
            Q_EMIT errorOccurred(waiting.error().message);
        QPromise<StoreResult<CsatStep>> done;
        done.start();
        done.addResult(waiting.ok() ? StoreResult<CsatStep>(CsatStep{})
                                    : StoreResult<CsatStep>(waiting.error()));
        done.finish();
        return done.future();
    }
    auto future = writeFor<CsatStep>(m_store, [now](const QSqlDatabase &db, CsatStep &step) {
        auto done = runCsatStep(db, now);
        if (!done.ok())
            return done.error();
        step = *done;
        return StoreError{};
    });
    // The caller gets a future of its own (a future keeps one continuation on this Qt); the
    // signals are given on this object's thread.
    auto promise = std::make_shared<QPromise<StoreResult<CsatStep>>>();
    QFuture<StoreResult<CsatStep>> result = promise->future();
    promise->start();
    future.then([guard = QPointer<CsatWatcher>(this), promise](const StoreResult<CsatStep> &step) {
        promise->addResult(step);
        promise->finish();
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, step] {
                if (!guard)
                    return;
                if (!step.ok()) {
                    Q_EMIT guard->errorOccurred(step.error().message);
                    return;
                }
                if (step->queued > 0 && !step->viaTeam)
                    Q_EMIT guard->surveysQueued();
                if (step->answered > 0)
                    Q_EMIT guard->answered(step->answered);
            },
            Qt::QueuedConnection);
    });
    return result;
}

} // namespace fd::core
