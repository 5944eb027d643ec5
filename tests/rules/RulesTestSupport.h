#pragma once

#include "TestSupport.h"

#include "rules/AutomationHook.h"

#include <QString>
#include <QStringList>

// Helpers for the automation suites: stores with the automation installed, rules written as
// JSON, and what the store says of an item afterwards.
namespace fd::test {

// A store with the automation hook on its writer.
class RulesStore : public TempStore
{
public:
    RulesStore();
    std::shared_ptr<core::AutomationHook> hook;
};

// Stores a rule written as JSON (enabled unless the JSON says otherwise); returns its id.
qint64 addRule(core::Store &store, const char *json);
core::Rule parseRule(const char *json);

QStringList tagsOf(core::Store &store, qint64 itemId);
QString statusOf(core::Store &store, qint64 itemId);
// A single value from the store (the first column of the first row), as text.
QString scalar(core::Store &store, const QString &sql, const QVariant &bind = {});
// Journal actions written by rules for an item, oldest first: "item.tagged spam (Rule name)".
QStringList ruleJournal(core::Store &store, qint64 itemId);

} // namespace fd::test
