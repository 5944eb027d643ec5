#include "ClassifierData.h"

#include <QFile>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {
Q_LOGGING_CATEGORY(lcClassifiers, "frontdesk.classifiers")
} // namespace

QStringList classifierDataLines(const QString &fileName)
{
    QFile file(u":/classifiers/"_s + fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcClassifiers) << "classifier data is missing:" << fileName;
        return {};
    }
    QStringList lines;
    const QString all = QString::fromUtf8(file.readAll());
    for (const QStringView line : QStringView(all).split(u'\n')) {
        const QStringView t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(u'#'))
            lines.append(t.toString());
    }
    return lines;
}

} // namespace fd::core
