#pragma once

#include "model/Rule.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace fd::core {

// Rules as JSON: what `frontdeskctl rule add` reads, what the store keeps, what the editor
// writes. A rule:
//
//   {"name": "Thanks closes itself", "enabled": true, "trigger": "ingest",
//    "when": {"all": [{"kind": ["comment", "dm"]}, {"words": {"max": 4}},
//                     {"keywords": ["thanks", "спасибо", "dziękuję"]}]},
//    "then": [{"tag": "thanks"}, {"close": true}, {"stop": true}]}
//
// "trigger": "ingest" (default), "timer" or "both". "when" is one condition; absent, every item
// matches. A condition is an object with one key:
//   {"all": [...]}, {"any": [...]}, {"not": {...}}
//   {"platform" | "account" | "kind" | "status" | "event" | "language" | "sentiment" |
//    "priority" | "tags" | "author" | "post_id" | "keywords": "word" or ["word", ...]}
//   {"text_contains": "..."}, {"text_regex": "..."}, {"post_contains": "..."}
//   {"spam" | "has_link" | "only_emoji": true or false}
//   {"words" | "followers" | "age_minutes" | "unanswered_minutes": {"min": N, "max": N}}
//   {"author_history": "new" or "returning"}
//   {"time_of_day": {"from": "22:00", "to": "08:00", "zone": "Europe/Warsaw"}}
//   {"business_hours": "CALENDAR"}, {"out_of_hours": "CALENDAR"}
// An action is an object with one key:
//   {"tag": "name"}, {"untag": "name"}, {"close": true}, {"hide": true}, {"delete": true},
//   {"assign": "login"}, {"assign": {"round_robin": ["login", ...] or "on_shift", "cap": N}},
//   {"priority": "low" | "normal" | "high" | "urgent"},
//   {"reply": "template"}, {"reply": {"template": "...", "first_contact_only": true,
//                                     "out_of_hours": "CALENDAR"}},
//   {"notify": "text"}, {"stop": true}
namespace ruleJson {

// Reads a rule; on failure nothing, with `error` saying where and what ("when.all[2]: unknown
// condition \"foo\"").
std::optional<Rule> parse(const QJsonObject &json, QString *error);
std::optional<Rule> parse(const QByteArray &json, QString *error);
QJsonObject toJson(const Rule &rule);

std::optional<RuleCondition> parseCondition(const QJsonValue &json, QString *error);
QJsonValue toJson(const RuleCondition &condition);
std::optional<RuleAction> parseAction(const QJsonValue &json, QString *error);
QJsonObject toJson(const RuleAction &action);

QString triggerWord(RuleTrigger trigger);
std::optional<RuleTrigger> triggerFromWord(const QString &word);
// The priority words, low to urgent, and their stored numbers (-1 … 2).
std::optional<int> priorityFromWord(const QString &word);
QString priorityWord(int priority);

} // namespace ruleJson
} // namespace fd::core
