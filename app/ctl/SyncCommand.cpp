// sync: this station's ops to the team's server and the team's changes back, once or for a while.
#include "Cli.h"

#include "sync/TeamSync.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::ctl {

int syncCommand(CommandContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Send this station's changes to the team's server and bring the team's changes into "
        u"the local store; keeps listening until stopped (Ctrl+C)."_s);
    p.addHelpOption();
    p.addOptions({
        {u"once"_s, u"One push and pull, then exit."_s},
        {u"for"_s, u"Stay in sync for this many seconds, then exit."_s, u"SECONDS"_s},
    });
    if (const auto done = parseOrExit(p, ctx.args, ctx))
        return *done;
    const auto seconds = secondsToRun(p, ctx);
    if (!seconds)
        return Usage;
    const bool once = p.isSet(u"once"_s);
    Store *store = ctx.store();
    if (!store)
        return Failure;
    bool failed = false;
    const auto login = teamLogin(ctx, *store, failed);
    if (!login) {
        if (!failed)
            ctx.err
                << u"This station belongs to no team. Join one with: frontdeskctl team join\n"_s;
        return Failure;
    }

    TeamSync sync(*store, login->team, login->password);
    PushReport pushed;
    PullReport pulled;
    QObject::connect(&sync, &TeamSync::progress, &sync, [&ctx](qint64 done, qint64 total) {
        ctx.err << u"First sync: %1 of %2 rows\n"_s.arg(done).arg(total);
        ctx.err.flush();
    });
    QObject::connect(&sync, &TeamSync::rejected, &sync, [&ctx](const QStringList &reasons) {
        for (const QString &r : reasons)
            ctx.err << u"Refused by the server: %1\n"_s.arg(r);
        ctx.err.flush();
    });
    QObject::connect(&sync, &TeamSync::connectionChanged, &sync,
                     [&ctx](bool online, const QString &message) {
                         if (!online) {
                             ctx.err << message << u"\n"_s;
                             ctx.err.flush();
                         }
                     });
    QObject::connect(&sync, &TeamSync::synced, &sync,
                     [&](const PushReport &push, const PullReport &pull) {
                         pushed.applied += push.applied;
                         pushed.rejected += push.rejected;
                         pulled.rows += pull.rows;
                         pulled.newItems += pull.newItems;
                         failed = !push.error.ok() || !pull.error.ok();
                         if (once)
                             QCoreApplication::exit(0);
                     });
    if (*seconds > 0)
        QTimer::singleShot(*seconds * 1000, &sync, [] { QCoreApplication::exit(0); });
    const auto signals = quitOnSignals();
    sync.start(!once);
    QCoreApplication::exec();

    ctx.out << u"%1 changes sent (%2 refused); %3 rows received, %4 new items.\n"_s
                   .arg(pushed.applied + pushed.rejected)
                   .arg(pushed.rejected)
                   .arg(pulled.rows)
                   .arg(pulled.newItems);
    return failed ? Failure : Ok;
}

} // namespace fd::ctl
