#pragma once

#include "model/Rule.h"
#include "store/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace fd::core {

// A stored rule read back: its columns and its definition (the rule's JSON without id, name,
// enabled and position). Nothing, with `problem` said, when the definition no longer reads.
std::optional<Rule> ruleFromStored(qint64 id, const QString &name, int position, bool enabled,
                                   const QString &definition, QString *problem);
// The definition column for a rule.
QString storedDefinition(const Rule &rule);

// The store's rules in the order they run (enabled ones only, when asked), skipping those whose
// definition no longer reads.
StoreResult<QList<Rule>> loadRules(const QSqlDatabase &db, bool enabledOnly);
// Bumped by every change to the rules table.
StoreResult<qint64> rulesRevision(const QSqlDatabase &db);

} // namespace fd::core
