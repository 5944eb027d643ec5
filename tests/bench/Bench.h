#pragma once

#include <QStringList>
#include <QTextStream>

namespace fd::bench {

// `frontdeskctl bench …`: args start with the program name, then "bench", then the bench name.
int benchCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace fd::bench
