#include "Cli.h"

#include "auth/SecretStore.h"
#include "store/ItemQueries.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fd::ctl {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_signalPipe[1], &c, 1);
}

} // namespace

std::optional<int> secondsToRun(const QCommandLineParser &parser, CommandContext &ctx)
{
    bool forOk = true;
    const int seconds = parser.isSet(u"for"_s) ? parser.value(u"for"_s).toInt(&forOk) : 0;
    if (!forOk || seconds < 0 || (parser.isSet(u"once"_s) && parser.isSet(u"for"_s))) {
        ctx.err << u"Use either --once or --for SECONDS (a whole number).\n"_s;
        return std::nullopt;
    }
    return seconds;
}

std::unique_ptr<QSocketNotifier> quitOnSignals()
{
    if (g_signalPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return nullptr;
    auto notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(notifier.get(), &QSocketNotifier::activated, notifier.get(),
                     [] { QCoreApplication::exit(0); });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    return notifier;
}

std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &args,
                               CommandContext &ctx, const QString &name)
{
    if (!parser.parse(args)) {
        ctx.err << parser.errorText() << u"\n"_s;
        return Usage;
    }
    if (parser.isSet(u"help"_s)) {
        // Help names the command, not the binary's path.
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(),
                     u"frontdeskctl "_s + (name.isEmpty() ? ctx.command : name));
        ctx.out << help;
        return Ok;
    }
    return std::nullopt;
}

int runVerb(CommandContext &ctx, const std::map<QString, VerbFunction> &verbs, const QString &usage)
{
    const QString verb = ctx.args.value(1);
    const auto it = verbs.find(verb);
    if (it != verbs.end()) {
        const QStringList rest =
            QStringList{u"frontdeskctl "_s + ctx.command + u' ' + verb} + ctx.args.mid(2);
        return it->second(ctx, rest);
    }
    ctx.err << usage;
    return verb.isEmpty() || verb == u"--help"_s ? Ok : Usage;
}

QString oneLine(const QString &text, int width)
{
    QString s = text.simplified();
    if (s.size() > width)
        s = s.left(width - 1) + u'…';
    return s;
}

std::optional<core::Platform> parsePlatform(const QString &name, QTextStream &err)
{
    if (auto p = core::platformFromString(name.toLower()))
        return p;
    QStringList choices;
    for (core::Platform p : core::allPlatforms())
        choices << core::toString(p);
    err << u"Unknown platform \"%1\". Choose one of: %2\n"_s.arg(name, choices.join(u", "_s));
    return std::nullopt;
}

std::optional<TeamLogin> teamLogin(CommandContext &ctx, core::Store &store, bool &failed)
{
    failed = true;
    const auto reader = store.reader();
    if (!reader.ok()) {
        ctx.err << reader.error().message << u"\n"_s;
        return std::nullopt;
    }
    const auto membership = core::TeamMembership::read(*reader);
    const auto storeId = core::ItemQueries(*reader).storeId();
    if (!membership.ok() || !storeId.ok()) {
        ctx.err << (!membership.ok() ? membership.error().message : storeId.error().message)
                << u"\n"_s;
        return std::nullopt;
    }
    if (!membership->has_value()) {
        failed = false;
        return std::nullopt;
    }
    core::SecretStore secrets;
    const auto password = secrets.readNow(core::TeamMembership::passwordKey(*storeId));
    if (!password.ok()) {
        ctx.err << u"The team password of this station: %1\n"_s.arg(password.message);
        return std::nullopt;
    }
    failed = false;
    return TeamLogin{**membership, *storeId, password.secret};
}

} // namespace fd::ctl
