// frontdesk: the desktop application. The composition root: it reads the command line, opens
// the store and hands it to the main window.
#include "MainWindow.h"
#include "Translations.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The settings file of this user: <ConfigLocation>/frontdesk/frontdesk.conf. Named explicitly
// because QSettings refuses an empty organisation name.
QString settingsPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(u"frontdesk.conf"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"frontdesk"_s);
    QApplication::setApplicationDisplayName(u"Frontdesk"_s);
    // No organisation: the data folder is ~/.local/share/frontdesk, not …/<org>/frontdesk.
    QApplication::setOrganizationName(QString());
    QApplication::setApplicationVersion(QString::fromLatin1(FRONTDESK_VERSION));

    QSettings settings(settingsPath(), QSettings::IniFormat);
    // Before the command line, so --help speaks the user's language too.
    fd::ui::installTranslations(app, settings.value(fd::ui::languageSettingsKey()).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Answer customers' messages, comments, mentions and reviews in one inbox."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s,
        QCoreApplication::translate("main", "Use the store at <path> (default: %1).")
            .arg(QDir::toNativeSeparators(fd::core::Store::defaultPath())),
        QCoreApplication::translate("main", "path"), fd::core::Store::defaultPath());
    parser.addOption(dbOption);
    parser.process(app);

    const QString path = parser.value(dbOption);
    auto opened = fd::core::Store::open(path);
    if (!opened.ok()) {
        QMessageBox box;
        box.setIcon(QMessageBox::Critical);
        box.setWindowTitle(QCoreApplication::translate("main", "Frontdesk"));
        // The message may quote the path and SQLite's words: never interpret it as markup.
        box.setTextFormat(Qt::PlainText);
        box.setText(QCoreApplication::translate("main", "The store at %1 cannot be opened.")
                        .arg(QDir::toNativeSeparators(path)) +
                    u"\n\n"_s + opened.error().message);
        box.setStandardButtons(QMessageBox::Close);
        box.exec();
        return 1;
    }
    std::unique_ptr<fd::core::Store> store = std::move(opened.value());

    fd::ui::MainWindow window(*store, settings);
    window.show();
    return app.exec();
}
