#pragma once

#include "ItemFacts.h"
#include "model/Rule.h"
#include "store/StoreError.h"

#include <QHash>
#include <QList>
#include <QString>

namespace fd::core {

// One thing a rule decided to do to an item, ready to be written (live) or listed (dry run).
struct PlannedAction
{
    int rule = -1; // index into the rules planned with
    RuleAction action;
    qint64 operatorId = 0; // assign: whom
    QString operatorLogin;
    QString body;   // reply: the rendered template; notify: the notice
    QString before; // the value the action changes, for the journal
};

struct ItemPlan
{
    QList<PlannedAction> actions;
    QList<int> fired; // the rules that acted, in order
};

// Runs ordered rules over one item: each rule whose conditions hold plans its actions, which
// change the item's facts (tags, status, priority, assignee) for the rules after it, until a
// rule says stop. The same code decides at ingest, on the timer and in a dry run, so a dry run
// shows what the live rules do.
class RuleEngine
{
public:
    explicit RuleEngine(FactSource &facts)
        : m_facts(facts)
    {}

    // `trigger` is the event being handled: ingest (item.event new/edited) or timer.
    StoreResult<ItemPlan> plan(const QList<Rule> &rules, ItemFacts &item, qint64 nowMs,
                               RuleTrigger trigger);

    // Whether the condition holds for the item now.
    StoreResult<bool> matches(const RuleCondition &condition, ItemFacts &item, qint64 nowMs);

    static bool runsOn(const Rule &rule, RuleTrigger trigger);

private:
    StoreResult<bool> planAction(const Rule &rule, int index, const RuleAction &action,
                                 ItemFacts &item, ItemPlan &plan);
    StoreResult<QStringList *> tags(ItemFacts &item);
    StoreResult<bool> authorIsNew(ItemFacts &item);

    FactSource &m_facts;
    QHash<qint64, int> m_turn; // round robin: per rule id, whose turn is next
};

} // namespace fd::core
