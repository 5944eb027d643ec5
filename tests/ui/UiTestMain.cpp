// The main of the UI suite: a QApplication on the offscreen platform, a fixed locale and
// language, and isolated data folders, so tests never touch the user's store or settings.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Translations.h"

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    // Before the QApplication exists: it picks its platform plugin when constructed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"frontdesk-ui-tests"_s);
    // English, as a user would have it: plural forms ("1 item", "30 items") come from the .qm.
    fd::ui::installTranslations(app, u"en"_s);
    return Catch::Session().run(argc, argv);
}
