#include "TeamAutomation.h"

#include "TeamGateway.h"
#include "TeamSync.h"
#include "rules/AutomationHook.h"
#include "store/Connection.h"
#include "store/Store.h"
#include "store/WriteFor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

// Items whose rules wait for them to arrive; beyond this the oldest are let go (they never
// came: a server that lost them, say).
constexpr qsizetype kMaxPending = 100'000;

struct Arrived
{
    QList<qint64> ran; // handed over and here: their rules ran
    int fired = 0;
    QStringList warnings;
};

} // namespace

TeamAutomation::TeamAutomation(Store &store, std::shared_ptr<AutomationHook> hook, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_hook(std::move(hook))
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_gateway && !m_gateway->polling().isEmpty())
            runTimer(m_gateway->polling());
    });
}

TeamAutomation::~TeamAutomation() = default;

void TeamAutomation::attach(TeamGateway *gateway, TeamSync *sync)
{
    m_gateway = gateway;
    m_sync = sync;
    if (gateway) {
        connect(gateway, &TeamGateway::handedOver, this,
                [this](qint64, const IngestResult &result) {
                    if (result.insertedIds.isEmpty())
                        return;
                    handedOver(result.insertedIds);
                    if (m_sync)
                        m_sync->syncNow(); // the pull that brings them
                });
    }
    if (sync) {
        connect(sync, &TeamSync::synced, this, [this] {
            if (!m_pending.isEmpty())
                runArrived();
        });
    }
}

void TeamAutomation::start(int intervalMs)
{
    m_timer->start(intervalMs);
}

void TeamAutomation::handedOver(const QList<qint64> &itemIds)
{
    m_pending.append(itemIds);
    if (m_pending.size() > kMaxPending)
        m_pending.remove(0, m_pending.size() - kMaxPending);
}

QFuture<StoreError> TeamAutomation::runArrived()
{
    if (m_running) {
        m_again = true; // one run at a time; the next takes what arrived meanwhile
        return QtFuture::makeReadyFuture(StoreError{});
    }
    m_running = true;
    auto hook = m_hook;
    const QList<qint64> ids = m_pending;
    return writeFor<Arrived>(
               m_store,
               [hook, ids](const QSqlDatabase &db, Arrived &out) {
                   QSqlQuery here(db);
                   if (StoreError err =
                           Connection::prepare(here, u"SELECT 1 FROM items WHERE id = ?"_s);
                       !err.ok())
                       return err;
                   QList<std::pair<qint64, QString>> items;
                   for (qint64 id : ids) {
                       here.bindValue(0, id);
                       if (StoreError err = Connection::run(
                               here, QCoreApplication::translate("fd::core::TeamAutomation",
                                                                 "Looking up an item"));
                           !err.ok())
                           return err;
                       if (!here.next())
                           continue;
                       out.ran.append(id);
                       items.append({id, u"new"_s});
                   }
                   if (items.isEmpty())
                       return StoreError{};
                   return hook->runPulled(db, items, QDateTime::currentMSecsSinceEpoch(),
                                          out.warnings, &out.fired);
               })
        .then(this, [guard = QPointer<TeamAutomation>(this)](StoreResult<Arrived> result) {
            if (!guard)
                return result.ok() ? StoreError{} : result.error();
            guard->m_running = false;
            if (!result.ok()) {
                Q_EMIT guard->failed(result.error().message);
                return result.error();
            }
            const QSet<qint64> ran(result->ran.cbegin(), result->ran.cend());
            guard->m_pending.removeIf([&ran](qint64 id) { return ran.contains(id); });
            for (const QString &warning : std::as_const(result->warnings))
                Q_EMIT guard->failed(warning);
            guard->done(result->fired);
            if (std::exchange(guard->m_again, false) && !guard->m_pending.isEmpty())
                guard->runArrived();
            return StoreError{};
        });
}

QFuture<StoreError> TeamAutomation::runTimer(const QSet<qint64> &accounts)
{
    auto hook = m_hook;
    return writeFor<int>(m_store,
                         [hook, accounts](const QSqlDatabase &db, int &fired) {
                             return hook->runTimer(db, QDateTime::currentMSecsSinceEpoch(), &fired,
                                                   &accounts);
                         })
        .then(this, [guard = QPointer<TeamAutomation>(this)](StoreResult<int> result) {
            if (!guard)
                return result.ok() ? StoreError{} : result.error();
            if (!result.ok()) {
                Q_EMIT guard->failed(result.error().message);
                return result.error();
            }
            guard->done(*result);
            return StoreError{};
        });
}

void TeamAutomation::done(int fired)
{
    if (fired <= 0)
        return;
    Q_EMIT acted(fired);
    if (m_sync)
        m_sync->syncNow(); // what the rules did goes to the team now
}

} // namespace fd::core
