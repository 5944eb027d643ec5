#include "RuleRunner.h"

#include "AutomationHook.h"
#include "store/Connection.h"
#include "store/Store.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fd::core {

RuleRunner::RuleRunner(Store &store, std::shared_ptr<AutomationHook> hook, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_hook(std::move(hook))
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] { tick(); });
    // Start from what is there now: what rules said before this start was told then.
    if (auto reader = m_store.reader(); reader.ok()) {
        auto q = Connection::exec(*reader, u"SELECT (SELECT coalesce(max(id), 0) FROM "
                                           u"rule_firings), (SELECT coalesce(max(id), 0) FROM "
                                           u"outbox)"_s);
        if (q.ok() && q.value().next()) {
            m_lastNotice = q.value().value(0).toLongLong();
            m_lastQueued = q.value().value(1).toLongLong();
        }
    }
}

RuleRunner::~RuleRunner() = default;

void RuleRunner::start(int intervalMs)
{
    m_timer->start(intervalMs);
}

void RuleRunner::stop()
{
    m_timer->stop();
}

QFuture<StoreError> RuleRunner::tick()
{
    auto hook = m_hook;
    return m_store
        .write([hook](const QSqlDatabase &db) {
            return hook->runTimer(db, QDateTime::currentMSecsSinceEpoch());
        })
        .then(this, [guard = QPointer<RuleRunner>(this)](StoreError err) {
            if (guard && !err.ok())
                Q_EMIT guard->failed(err.message);
            if (guard)
                guard->check();
            return err;
        });
}

void RuleRunner::check()
{
    auto reader = m_store.reader();
    if (!reader.ok())
        return;
    auto q = Connection::exec(
        *reader,
        u"SELECT f.id, f.rule_name, f.item_id, f.notice, coalesce(a.name, '') FROM rule_firings f "
        u"LEFT JOIN items i ON i.id = f.item_id LEFT JOIN accounts a ON a.id = i.account_id "
        u"WHERE f.id > ? AND f.notice <> '' ORDER BY f.id LIMIT 100"_s,
        {m_lastNotice});
    if (q.ok()) {
        while (q.value().next()) {
            m_lastNotice = q.value().value(0).toLongLong();
            const QString account = q.value().value(4).toString();
            const QString rule = q.value().value(1).toString();
            Q_EMIT notice(account.isEmpty() ? rule : rule + u" · "_s + account,
                          q.value().value(3).toString(), q.value().value(2).toLongLong());
        }
    }
    // Rows queued by rules wait for the outbox to send them; operators' own go at once.
    auto queued = Connection::exec(
        *reader, u"SELECT max(id) FROM outbox WHERE id > ? AND state = 'queued'"_s, {m_lastQueued});
    if (queued.ok() && queued.value().next() && !queued.value().isNull(0)) {
        m_lastQueued = queued.value().value(0).toLongLong();
        Q_EMIT outboxQueued();
    }
}

} // namespace fd::core
