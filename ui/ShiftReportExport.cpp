#include "ShiftReportExport.h"

#include "shifts/ShiftReport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace fd::ui::shiftReportExport {
namespace {

struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(fd::ui::ShiftReportExport)
};

} // namespace

QString writePdf(const core::HandoverSnapshot &snapshot, const QString &path, const QTimeZone &zone)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(ExportText::tr("Shift report"));
    printer.setCreator(u"Frontdesk"_s);
    QTextDocument doc;
    doc.setHtml(core::shiftReport::html(snapshot, zone));
    doc.print(&printer);
    // QPrinter says nothing when it could not open the file: the file tells.
    const QFileInfo written(path);
    if (printer.printerState() == QPrinter::Error || !written.exists() || written.size() == 0)
        return ExportText::tr("The PDF could not be written to %1.").arg(path);
    return {};
}

QString writeCsv(const core::HandoverSnapshot &snapshot, const QString &path, const QTimeZone &zone)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportText::tr("The file could not be written: %1").arg(file.errorString());
    QString error;
    if (!core::shiftReport::writeCsv(snapshot, &file, &error, zone)) {
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return ExportText::tr("The file could not be written: %1").arg(file.errorString());
    return {};
}

} // namespace fd::ui::shiftReportExport
