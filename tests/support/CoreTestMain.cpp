// The main of the core test suites: a QCoreApplication (no GUI), a fixed locale and an
// isolated data folder, so tests never touch the user's real store or settings.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("frontdesk-tests"));
    return Catch::Session().run(argc, argv);
}
