#pragma once

#include "console/InboxActions.h"
#include "model/Rule.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QString>

namespace fd::core {

class Store;

// A rule as the store keeps it, with what it has done so far.
struct RuleRecord
{
    Rule rule;
    QString problem;       // set when the stored definition no longer reads (the rule is skipped)
    qint64 firings = 0;    // how many times it acted
    QDateTime lastFiredAt; // invalid: never
};

// One time a rule acted on an item, kept one by one when it must be read so: a timer rule's,
// one with a notice, one that left nothing in the journal. (What a rule did at ingest is in the
// journal under its name; RuleRecord counts every firing.)
struct RuleFiring
{
    qint64 id = 0;
    qint64 ruleId = 0;
    QString ruleName;
    qint64 itemId = 0;
    QDateTime at;
    QString trigger; // ingest or timer
    QString actions; // in words: "tag spam, close"
    QString notice;  // what a notify action said
};

// The rules of a store: listed in order, added, changed, reordered, switched on and off and
// removed, each change journaled with the actor. Every change bumps the store's rules revision,
// so the writer applies the new rules from the next batch on (in every process on the store).
class RuleStore
{
public:
    RuleStore(Store &store, Actor actor);

    // In the order they run.
    StoreResult<QList<RuleRecord>> list() const;
    StoreResult<RuleRecord> byName(const QString &name) const;
    StoreResult<QList<RuleFiring>> firings(qint64 ruleId, int limit = 100) const;

    // Inserts (id 0: placed last) or updates a rule; the result is its id. A name in use by
    // another rule is refused.
    QFuture<StoreResult<qint64>> save(const Rule &rule);
    QFuture<StoreError> remove(qint64 ruleId);
    QFuture<StoreError> setEnabled(qint64 ruleId, bool enabled);
    // The new order, as rule ids; rules not named keep their place after the named ones.
    QFuture<StoreError> reorder(const QList<qint64> &ruleIds);

    void setActor(Actor actor) { m_actor = std::move(actor); }

private:
    Store &m_store;
    Actor m_actor;
};

} // namespace fd::core
