#pragma once

#include "BusinessCalendar.h"
#include "console/InboxActions.h"
#include "model/Enums.h"
#include "store/StoreError.h"

#include <QFuture>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace fd::core {

class Store;

// A named calendar targets are counted in.
struct SlaCalendar
{
    qint64 id = 0;
    QString name;
    BusinessCalendar calendar;
};

// Response targets for one scope: an account (none: every account) and a kind (none: every
// kind). Minutes of 0 set no target. Without a calendar the targets run in calendar hours.
struct SlaPolicy
{
    qint64 id = 0;
    std::optional<qint64> accountId;
    std::optional<ItemKind> kind;
    int firstMinutes = 0;      // to the first answer in a conversation
    int nextMinutes = 0;       // to each answer after that
    int resolutionMinutes = 0; // from the conversation's first unresolved item until closed
    std::optional<qint64> calendarId;
    // Alert this long before a breach; unset: a fifth of the target (at least a minute).
    std::optional<int> warnMinutes;

    // How many seconds before the due moment of a `targetMinutes` target the alert comes.
    qint64 warnSecondsFor(int targetMinutes) const;
    // 3 for account and kind, 2 for an account, 1 for a kind, 0 for the default policy.
    int specificity() const { return (accountId ? 2 : 0) + (kind ? 1 : 0); }
};

// Every policy and calendar of a store, as the clocks read them.
class SlaSettings
{
public:
    static constexpr int maxTargetMinutes = 60 * 24 * 90;

    // Reads them over a reading connection.
    static StoreResult<SlaSettings> load(const QSqlDatabase &db);

    const QList<SlaPolicy> &policies() const { return m_policies; }
    const QList<SlaCalendar> &calendars() const { return m_calendars; }
    void setPolicies(QList<SlaPolicy> policies) { m_policies = std::move(policies); }
    void setCalendars(QList<SlaCalendar> calendars) { m_calendars = std::move(calendars); }
    bool isEmpty() const { return m_policies.isEmpty(); }

    // The most specific policy for an item: account and kind, then account, then kind, then
    // the default one; nullptr when none applies.
    const SlaPolicy *policyFor(qint64 accountId, ItemKind kind) const;
    // The policy's calendar; calendar hours when it has none (or it is gone).
    const BusinessCalendar &calendarOf(const SlaPolicy &policy) const;
    const SlaCalendar *calendarNamed(const QString &name) const;

private:
    QList<SlaPolicy> m_policies;
    QList<SlaCalendar> m_calendars;
};

// Writes, through the store's writer, each journaled (before and after) under `actor`.
namespace sla {
// Adds or replaces the calendar of that name; the result is its id.
QFuture<StoreResult<qint64>> setCalendar(Store &store, const QString &name,
                                         const BusinessCalendar &calendar,
                                         const Actor &actor = Actor::local());
// Removes a calendar; refused while a policy counts in it.
QFuture<StoreError> removeCalendar(Store &store, qint64 calendarId,
                                   const Actor &actor = Actor::local());
// Adds the policy for its scope or replaces the one there; the result is its id.
QFuture<StoreResult<qint64>> setPolicy(Store &store, const SlaPolicy &policy,
                                       const Actor &actor = Actor::local());
QFuture<StoreError> removePolicy(Store &store, qint64 policyId,
                                 const Actor &actor = Actor::local());
// What is wrong with a policy's numbers, or nothing.
QString policyProblem(const SlaPolicy &policy);
} // namespace sla

} // namespace fd::core
