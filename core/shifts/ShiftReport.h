#pragma once

#include "HandoverSnapshot.h"

#include <QString>
#include <QTimeZone>

class QIODevice;

namespace fd::core {

// The shift report: a handover snapshot written out for people who were not there.
namespace shiftReport {

// One CSV table (UTF-8 with a byte-order mark, spreadsheet formulas guarded): a row per figure,
// open item, note, alarm, operator and handover, its `section` column saying which. Times in
// ISO 8601 in `zone`. False with `error` set when writing failed.
bool writeCsv(const HandoverSnapshot &snapshot, QIODevice *out, QString *error = nullptr,
              const QTimeZone &zone = QTimeZone::utc());

// The report as one HTML document (QTextDocument's subset, for printing to PDF with
// QPrinter): figures, the items that need the next shift (overdue, at risk, promised, on the
// leaving operator's desk; at most `maxRows` each), notes, alarms, the team's load and the
// handovers. Every piece of text is escaped.
QString html(const HandoverSnapshot &snapshot, const QTimeZone &zone = QTimeZone::utc(),
             int maxRows = 200);

} // namespace shiftReport

} // namespace fd::core
