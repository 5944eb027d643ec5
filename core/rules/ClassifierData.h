#pragma once

#include <QString>
#include <QStringList>

namespace fd::core {

// The lines of a classifier's data file embedded under :/classifiers (resources/classifiers),
// trimmed, without blank lines and `#` comments. The files are data, read once by each
// classifier when first used; a missing file is an empty list (and a warning in the log).
QStringList classifierDataLines(const QString &fileName);

} // namespace fd::core
