#pragma once

#include "Enums.h"

#include <QString>

namespace fd::core {

struct Operator
{
    qint64 id = 0;
    QString login;
    QString displayName;
    OperatorRole role = OperatorRole::Operator;
    bool disabled = false;
};

} // namespace fd::core
