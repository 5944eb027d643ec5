// frontdesk: the desktop application. The composition root: it reads the command line, opens
// the store and hands it to the main window.
#include "Appearance.h"
#include "MainWindow.h"
#include "SystemColorScheme.h"
#include "Translations.h"
#include "auth/SecretStore.h"
#include "connectors/Poller.h"
#include "console/CsatWatcher.h"
#include "console/InboxActions.h"
#include "console/OperatorJournal.h"
#include "console/Outbox.h"
#include "net/HttpClient.h"
#include "rules/AutomationHook.h"
#include "rules/RuleRunner.h"
#include "sandbox/SandboxSession.h"
#include "store/Store.h"
#include "sync/TeamSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

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
    const QCommandLineOption sandboxOption(
        u"sandbox"_s, QCoreApplication::translate(
                          "main", "Also run the platform sandbox: demo accounts fed with realistic "
                                  "customer traffic over loopback HTTP, through the real "
                                  "connectors."));
    parser.addOption(sandboxOption);
    const QCommandLineOption rateOption(
        u"sandbox-rate"_s,
        QCoreApplication::translate("main", "Sandbox items per minute (default 20)."),
        QCoreApplication::translate("main", "n"), u"20"_s);
    parser.addOption(rateOption);
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

    // Light or dark as the desktop prefers (followed while running) or as the user chose;
    // applied before the window is built, so it opens in its colours.
    fd::ui::SystemColorScheme systemScheme(qEnvironmentVariable("GTK_THEME"));
    systemScheme.watchPortal();
    fd::ui::Appearance appearance(settings, systemScheme);
    appearance.apply();

    // The keychain, and the station's team (which outlives the window that shows it).
    fd::core::SecretStore secrets;
    fd::core::TeamSession team(*store, secrets);
    fd::ui::MainWindow window(*store, settings);
    // Before anything is polled: every stored item is classified and meets the rules.
    const auto automation =
        fd::core::AutomationHook::install(*store, window.actions().actor().station);
    QObject::connect(&window, &fd::ui::MainWindow::preferencesChanged, &appearance,
                     &fd::ui::Appearance::apply);

    // This station polls the accounts whose tokens its keychain holds (and, with --sandbox,
    // the sandbox's own accounts). Polling lives on this thread's event loop: every request
    // is asynchronous and the store writes on its own thread.
    fd::core::HttpClient http(nullptr);
    fd::core::Poller poller(*store, secrets, http, nullptr);
    std::unique_ptr<fd::core::SandboxSession> sandbox;
    if (parser.isSet(sandboxOption)) {
        sandbox = std::make_unique<fd::core::SandboxSession>(*store);
        const fd::core::StoreError err = sandbox->start(
            parser.value(rateOption).toDouble(), quint32(QDateTime::currentSecsSinceEpoch()));
        if (!err.ok()) {
            QMessageBox::warning(
                &window, QCoreApplication::translate("main", "Frontdesk"),
                QCoreApplication::translate("main", "The sandbox could not start: %1")
                    .arg(err.message));
            sandbox.reset();
        } else {
            for (const auto &account : sandbox->accounts())
                poller.setToken(account.id, account.token, account.userToken);
        }
    }
    QObject::connect(&poller, &fd::core::Poller::message, &window,
                     [&window](qint64, const QString &name, const QString &text) {
                         window.statusBar()->showMessage(
                             name.isEmpty() ? text : name + u": "_s + text, 15000);
                     });
    // In a team, the station syncs with the password from the keychain; the window shows how
    // that goes, and the operator acts under their team login (set before the outbox takes it).
    // Accounts are then polled for the team by its gateways (this station too, for the tokens
    // it holds), never into this store alone: the team's items keep the server's ids.
    team.setGatewayHttp(&http);
    team.setAutomation(automation);
    QObject::connect(&team, &fd::core::TeamSession::gatewayMessage, &window,
                     [&window](qint64, const QString &name, const QString &text) {
                         window.statusBar()->showMessage(
                             name.isEmpty() ? text : name + u": "_s + text, 15000);
                     });
    team.start();
    window.setTeam(&team);
    if (!team.inTeam())
        poller.start({});
    QObject::connect(&team, &fd::core::TeamSession::membershipChanged, &poller, [&] {
        if (team.inTeam())
            poller.stop();
        else
            poller.start({});
    });
    // Replies and moderation go out through the outbox, with this station's connectors.
    fd::core::Outbox outbox(*store, window.actions().actor(),
                            [&poller](qint64 accountId) { return poller.connector(accountId); });
    if (const fd::core::StoreError err = outbox.recover(); !err.ok())
        window.statusBar()->showMessage(err.message, 15000);
    window.setOutbox(&outbox);
    // Rules run as items are stored (classified first), and on a timer for time conditions.
    fd::core::RuleRunner rules(*store, automation);
    window.setRuleRunner(&rules);
    rules.start();
    // Customer surveys follow operators' closings through the outbox; replies are read for
    // ratings as the store changes.
    fd::core::CsatWatcher surveys(*store);
    QObject::connect(&surveys, &fd::core::CsatWatcher::surveysQueued, &outbox,
                     &fd::core::Outbox::sendQueued);
    QObject::connect(&window, &fd::ui::MainWindow::refreshed, &surveys,
                     [&surveys] { surveys.check(); });
    surveys.start();

    // Who sat down at this console and when they left it (under their team login in a team).
    fd::core::journalEvent(*store, window.actions().actor(), u"session.started"_s, QString(),
                           QCoreApplication::applicationVersion());
    window.show();
    const int code = app.exec();
    fd::core::journalEvent(*store, window.actions().actor(), u"session.ended"_s, QString(),
                           QString())
        .waitForFinished();
    window.setOutbox(nullptr); // it goes before the window does
    team.stopGateway();        // its connectors go before the HTTP client does
    poller.stop();
    http.abortAll();
    return code;
}
