#pragma once

#include "Csv.h"
#include "StatsReport.h"

namespace fd::core {

// The statistics as CSV, for spreadsheets and programs. Column names are stable words; times
// are ISO 8601 UTC, durations whole seconds, empty where there is none.

// One row per customer item with every KPI column (the report needs keepItems).
void writeItemsCsv(CsvWriter &csv, const StatsReport &report);
// One row per group, then the total row.
void writeGroupsCsv(CsvWriter &csv, const StatsReport &report);

} // namespace fd::core
