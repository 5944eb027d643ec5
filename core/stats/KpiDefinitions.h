#pragma once

#include <QList>
#include <QString>

namespace fd::core {

// What a figure of the statistics means, in words, to show beside it.
struct KpiDefinition
{
    QString id;   // stable: "first_response", "next_response", …
    QString name; // translated
    QString definition;
};

// Every KPI of StatsEngine, in the order a table shows them.
QList<KpiDefinition> kpiDefinitions();

} // namespace fd::core
