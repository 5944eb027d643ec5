#pragma once

#include "model/Rule.h"

#include <QString>

namespace fd::core {

// Rules in words, one line each, for lists (the Rules dock, `frontdeskctl rule list`).

// "kind dm, comment and at most 4 words and keywords thanks, спасибо"
QString describeCondition(const RuleCondition &condition);
// The conditions, then the actions: "kind dm and spam → hide, stop". Uses describeAction.
QString describeRule(const Rule &rule);

} // namespace fd::core
