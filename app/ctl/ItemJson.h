#pragma once

#include "store/ItemRow.h"

#include <QJsonObject>

namespace fd::ctl {

// The stable JSON shape of an item for `items --json` (one object per line).
QJsonObject itemToJson(const core::ItemRow &row);

} // namespace fd::ctl
