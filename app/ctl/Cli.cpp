#include "Cli.h"

using namespace Qt::StringLiterals;

namespace fd::ctl {

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
