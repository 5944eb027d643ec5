#include "Cli.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fd::ctl {

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

} // namespace fd::ctl
