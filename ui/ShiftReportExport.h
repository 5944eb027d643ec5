#pragma once

#include <QString>
#include <QTimeZone>

namespace fd::core {
struct HandoverSnapshot;
}

// The shift report written to files a person opens elsewhere: a PDF printed from the core's
// HTML report, and the core's CSV table.
namespace fd::ui::shiftReportExport {

// Prints the report to a PDF file at `path` (A4, the report's HTML through QTextDocument and
// QPrinter); empty when written, else why not. On the GUI thread: the printer lays out text.
QString writePdf(const core::HandoverSnapshot &snapshot, const QString &path,
                 const QTimeZone &zone = QTimeZone::systemTimeZone());
// Writes the report's CSV table to `path`; empty when written, else why not. Any thread.
QString writeCsv(const core::HandoverSnapshot &snapshot, const QString &path,
                 const QTimeZone &zone = QTimeZone::systemTimeZone());

} // namespace fd::ui::shiftReportExport
