#pragma once

#include "ItemFilter.h"

#include <QString>

#include <optional>

namespace fd::core {

// A feed filter as JSON, for saved views: statuses, platforms and kinds by their stored words,
// accounts, tags and the assignee by id. Words a later version no longer knows are skipped.
QString filterToJson(const ItemFilter &filter);
// nullopt when `json` is not a JSON object.
std::optional<ItemFilter> filterFromJson(const QString &json);

} // namespace fd::core
