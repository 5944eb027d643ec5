#pragma once

#include "store/StoreError.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace fd::core {

class AutomationHook;
class Store;

// What keeps the rules going between ingests: the timer rules every minute ("unanswered for
// 15 minutes"), the rules' notify actions told once each, and a word to the outbox when rules
// queued replies, hides or deletions for the platforms. Lives on the thread of the window (or
// of `frontdeskctl poll`); the rules themselves run on the store's writer.
class RuleRunner : public QObject
{
    Q_OBJECT
public:
    RuleRunner(Store &store, std::shared_ptr<AutomationHook> hook, QObject *parent = nullptr);
    ~RuleRunner() override;

    void start(int intervalMs = 60 * 1000);
    void stop();

    // Runs the timer rules now, then looks for what rules did (see check()).
    QFuture<StoreError> tick();
    // Announces the notices rules wrote since the last look, and the outbox rows they queued.
    // Notices from before this runner started are not announced again.
    void check();

Q_SIGNALS:
    void notice(const QString &title, const QString &text, qint64 itemId);
    // Rules queued actions for the platforms; the outbox should send them.
    void outboxQueued();
    void failed(const QString &message);

private:
    Store &m_store;
    std::shared_ptr<AutomationHook> m_hook;
    QTimer *m_timer = nullptr;
    qint64 m_lastNotice = -1;
    qint64 m_lastQueued = -1;
};

} // namespace fd::core
