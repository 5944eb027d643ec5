#pragma once

#include <QString>

namespace fd::core {

struct Tag
{
    qint64 id = 0;
    QString name;
    QString color; // #rrggbb, empty for the default
};

} // namespace fd::core
