#include "Cli.h"

#include "auth/SecretStore.h"
#include "connectors/Poller.h"
#include "console/InboxActions.h"
#include "net/HttpClient.h"
#include "rules/AutomationHook.h"
#include "rules/RuleRunner.h"
#include "store/ItemQueries.h"
#include "sync/TeamAutomation.h"
#include "sync/TeamGateway.h"
#include "sync/TeamSync.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::ctl {
namespace {

qint64 itemsOf(Store &store, std::optional<qint64> account)
{
    ItemFilter f;
    f.includeOutgoing = true;
    if (account)
        f.accountIds = {*account};
    const auto n = ItemQueries(*store.reader()).count(f);
    return n.ok() ? *n : 0;
}

// In a team this station is a gateway: it polls, for the team, each account whose token it holds
// while the server gives it the turn, and keeps its own store in sync like any station.
int pollForTeam(CommandContext &ctx, Store &store, const TeamLogin &login, int seconds,
                int leaseSeconds, int longPoll)
{
    TeamGateway::Options options;
    options.leaseSeconds = leaseSeconds;
    options.renewMs = leaseSeconds * 1000 / 3;
    options.longPollSeconds = longPoll;
    HttpClient http(nullptr);
    SecretStore secrets;
    TeamSync sync(store, login.team, login.password);
    TeamGateway gateway(store, secrets, http, login.team, login.password, options);
    // The team's rules run here on what this gateway polls; their notices are printed.
    const auto hook = AutomationHook::install(store, Actor::local().station);
    TeamAutomation automation(store, hook);
    automation.attach(&gateway, &sync);
    RuleRunner notices(store, hook);
    QObject::connect(&automation, &TeamAutomation::acted, &notices, &RuleRunner::check);
    QObject::connect(&notices, &RuleRunner::notice, &notices,
                     [&ctx](const QString &title, const QString &text) {
                         ctx.out << title << u": "_s << text << u"\n"_s;
                         ctx.out.flush();
                     });
    auto say = [&ctx](const QString &name, const QString &text) {
        ctx.err << (name.isEmpty() ? QString() : name + u": "_s) << text << u"\n"_s;
        ctx.err.flush();
    };
    QObject::connect(&gateway, &TeamGateway::message, &gateway,
                     [say](qint64, const QString &name, const QString &text) { say(name, text); });
    QObject::connect(&sync, &TeamSync::connectionChanged, &sync,
                     [say](bool online, const QString &message) {
                         if (!online)
                             say(QString(), message);
                     });
    int inserted = 0;
    QObject::connect(&gateway, &TeamGateway::handedOver, &gateway,
                     [&inserted](qint64, const IngestResult &r) { inserted += r.inserted; });
    if (seconds > 0)
        QTimer::singleShot(seconds * 1000, &gateway, [] { QCoreApplication::exit(0); });
    const auto signals = quitOnSignals();
    QObject::connect(&automation, &TeamAutomation::failed, &automation,
                     [say](const QString &message) { say(QString(), message); });
    automation.start();
    sync.start();
    gateway.start();
    QCoreApplication::exec();
    gateway.stop(); // the turns go back to the team at once
    http.abortAll();
    ctx.out << u"%1 new items handed to the team.\n"_s.arg(inserted);
    return Ok;
}

} // namespace

int pollCommand(CommandContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Poll the accounts whose tokens this station holds, store what "
                                u"arrives, and keep going until stopped (Ctrl+C)."_s);
    p.addHelpOption();
    p.addOptions({
        {u"once"_s, u"One round per account, then exit."_s},
        {u"for"_s, u"Poll for this many seconds, then exit."_s, u"SECONDS"_s},
        {u"account"_s, u"Only this account (name or id)."_s, u"A"_s},
        {u"long-poll"_s, u"Seconds a long poll waits for news (default 25)."_s, u"S"_s, u"25"_s},
        {u"lease"_s,
         u"In a team: seconds this station's turn to poll an account lasts unless renewed "
         u"(default 30; renewed every third of it). Another gateway takes over when it runs out."_s,
         u"S"_s, u"30"_s},
    });
    if (const auto done = parseOrExit(p, ctx.args, ctx))
        return *done;
    const auto seconds = secondsToRun(p, ctx);
    if (!seconds)
        return Usage;
    Store *store = ctx.store();
    if (!store)
        return Failure;

    bool teamFailed = false;
    const auto team = teamLogin(ctx, *store, teamFailed);
    if (teamFailed)
        return Failure;
    const int longPoll = qBound(0, p.value(u"long-poll"_s).toInt(), 50);
    if (team) {
        bool leaseOk = false;
        const int lease = p.value(u"lease"_s).toInt(&leaseOk);
        if (!leaseOk || lease < 3 || lease > 600) {
            ctx.err << u"--lease takes whole seconds from 3 to 600.\n"_s;
            return Usage;
        }
        if (p.isSet(u"once"_s) || p.isSet(u"account"_s)) {
            ctx.err << u"In a team, the server decides which gateway polls which account: "
                       u"--once and --account are for standalone stations. Use --for S.\n"_s;
            return Usage;
        }
        return pollForTeam(ctx, *store, *team, *seconds, lease, longPoll);
    }

    Poller::Options options;
    options.once = p.isSet(u"once"_s);
    options.longPollSeconds = longPoll;
    if (p.isSet(u"account"_s)) {
        const auto accounts = ItemQueries(*store->reader()).accounts();
        const QString wanted = p.value(u"account"_s);
        for (const Account &a : accounts.value()) {
            if (a.name.compare(wanted, Qt::CaseInsensitive) == 0 || QString::number(a.id) == wanted)
                options.onlyAccount = a.id;
        }
        if (!options.onlyAccount) {
            ctx.err << u"There is no account \"%1\". See: frontdeskctl account list\n"_s.arg(
                wanted);
            return Usage;
        }
    }

    const qint64 before = itemsOf(*store, options.onlyAccount);
    // The automation rules run on what is stored, and on a timer; their notices are printed.
    // Replies and hides they queue wait for the console (or the next run of a console) to send.
    RuleRunner rules(*store, AutomationHook::install(*store, Actor::local().station));
    QObject::connect(&rules, &RuleRunner::notice, &rules,
                     [&ctx](const QString &title, const QString &text) {
                         ctx.out << title << u": "_s << text << u"\n"_s;
                         ctx.out.flush();
                     });
    rules.start();
    HttpClient http(nullptr);
    SecretStore secrets;
    Poller poller(*store, secrets, http, nullptr);
    QObject::connect(&poller, &Poller::message, &poller,
                     [&ctx](qint64, const QString &name, const QString &text) {
                         ctx.err << (name.isEmpty() ? QString() : name + u": "_s) << text
                                 << u"\n"_s;
                         ctx.err.flush();
                     });
    QObject::connect(&poller, &Poller::finished, &poller, [] { QCoreApplication::exit(0); });
    if (*seconds > 0)
        QTimer::singleShot(*seconds * 1000, &poller, [] { QCoreApplication::exit(0); });

    // Ctrl+C and SIGTERM end the run cleanly: what was fetched is stored, cursors are saved.
    const auto signals = quitOnSignals();
    poller.start(options);
    QObject::connect(&poller, &Poller::finished, &rules, [&rules] { rules.check(); });
    QCoreApplication::exec();
    poller.stop();
    http.abortAll();

    const qint64 after = itemsOf(*store, options.onlyAccount);
    ctx.out << u"%1 new items stored.\n"_s.arg(after - before);
    const auto accounts = ItemQueries(*store->reader()).accounts();
    bool anyStopped = false;
    for (const Account &a : accounts.value()) {
        if (options.onlyAccount && a.id != *options.onlyAccount)
            continue;
        if (a.health == AccountHealth::Stopped) {
            anyStopped = true;
            ctx.out << a.name << u": stopped — "_s << a.lastError << u"\n"_s;
        }
    }
    return anyStopped ? Failure : Ok;
}

} // namespace fd::ctl
