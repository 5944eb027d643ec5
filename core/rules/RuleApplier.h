#pragma once

#include "ItemFacts.h"
#include "RuleEngine.h"
#include "model/Rule.h"
#include "store/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace fd::core {

// Writes what the rules planned for an item, inside the caller's transaction: tags, status,
// priority and assignee on the item; hides, deletions and replies into the outbox (sent after
// the commit, like an operator's); a journal row for each change, naming the rule, with the
// item's text for what goes to the platform; and a firing row for each rule that acted.
StoreError applyPlan(const QSqlDatabase &db, const QList<Rule> &rules, const ItemFacts &item,
                     const ItemPlan &plan, RuleTrigger trigger, qint64 nowMs,
                     const QString &station);

} // namespace fd::core
