#include "Cli.h"

#include "sandbox/HttpServer.h"
#include "sandbox/TelegramSandbox.h"
#include "sandbox/TelegramSandboxBot.h"
#include "sandbox/VkSandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::ctl {
namespace {

void quitOnSignal(int)
{
    QCoreApplication::exit(0); // posts an event; safe enough for a foreground tool
}

} // namespace

int sandboxCommand(CommandContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Run the platform sandbox in the foreground: loopback servers "
                                u"that speak the platforms' wire formats, fed with realistic "
                                u"customer traffic."_s);
    p.addHelpOption();
    p.addOptions({
        {u"port"_s, u"Port to listen on (default: any free port)."_s, u"N"_s, u"0"_s},
        {u"rate"_s, u"Customer items per minute per bot (default 30)."_s, u"PER_MIN"_s, u"30"_s},
        {u"seed"_s, u"Seed of the traffic (default 1)."_s, u"S"_s, u"1"_s},
        {u"bots"_s, u"How many Telegram bots (default 1)."_s, u"K"_s, u"1"_s},
        {u"communities"_s, u"How many VK communities (default 1)."_s, u"K"_s, u"1"_s},
        {u"for"_s, u"Stop after this many seconds (default: run until Ctrl+C)."_s, u"SECONDS"_s},
    });
    if (const auto done = parseOrExit(p, ctx.args, ctx))
        return *done;
    const int port = p.value(u"port"_s).toInt();
    const double rate = p.value(u"rate"_s).toDouble();
    const int bots = p.value(u"bots"_s).toInt();
    const int communities = p.value(u"communities"_s).toInt();
    if (port < 0 || port > 65535 || rate < 0 || bots < 0 || bots > 20 || communities < 0 ||
        communities > 20 || bots + communities == 0) {
        ctx.err << u"--port 0-65535, --rate >= 0, --bots and --communities 0-20 (not both 0), "
                   u"please.\n"_s;
        return Usage;
    }

    HttpServer server;
    if (!server.listen(quint16(port))) {
        ctx.err << u"Cannot listen on 127.0.0.1:%1.\n"_s.arg(port);
        return Failure;
    }
    TelegramSandbox::Options options;
    for (int i = 0; i < bots; ++i)
        options.bots.append(TelegramSandboxBot::Config::demo(i));
    TelegramSandbox telegram(&server, options);
    VkSandbox::Options vkOptions;
    for (int i = 0; i < communities; ++i)
        vkOptions.communities.append(VkSandboxCommunity::Config::demo(i));
    VkSandbox vk(&server, vkOptions);
    if (rate > 0) {
        if (bots > 0)
            telegram.startTraffic(rate, p.value(u"seed"_s).toUInt());
        if (communities > 0)
            vk.startTraffic(rate, p.value(u"seed"_s).toUInt());
    }

    if (bots > 0)
        ctx.out << u"Telegram Bot API sandbox at %1\n"_s.arg(telegram.apiBaseUrl().toString());
    for (const TelegramSandboxBot *bot : telegram.bots()) {
        if (bots == 0)
            break;
        ctx.out << u"  bot @%1, token %2\n"_s.arg(bot->config().username, bot->config().token);
        ctx.out << u"  connect it: echo '%1' | frontdeskctl account add telegram --name \"%2\" "
                   u"--api-base %3\n"_s.arg(bot->config().token, bot->config().firstName,
                                            telegram.apiBaseUrl().toString());
    }
    if (communities > 0)
        ctx.out << u"VK API sandbox at %1\n"_s.arg(vk.apiBaseUrl().toString());
    for (int i = 0; i < communities; ++i) {
        const VkSandboxCommunity::Config &c = vk.communities().at(i)->config();
        ctx.out << u"  community \"%1\" (club%2), token %3, administrator's token %4\n"_s.arg(
            c.name, QString::number(c.groupId), c.token, c.userToken);
        ctx.out << u"  connect it: printf '%1\\n%2\\n' | frontdeskctl account add vk --name \"%3\" "
                   u"--api-base %4 --user-token\n"_s.arg(c.token, c.userToken, c.name,
                                                         vk.apiBaseUrl().toString());
    }
    ctx.out << u"Traffic: %1 items per minute per account. Ctrl+C stops.\n"_s.arg(rate);
    ctx.out.flush();
    QObject::connect(&telegram, &TelegramSandbox::writeCallRecorded, &telegram,
                     [&ctx](const TelegramSandbox::WriteCall &call) {
                         ctx.out << u"<- "_s << call.method << u" "_s
                                 << (call.ok() ? u"ok"_s : u"refused: "_s + call.description)
                                 << u"\n"_s;
                         ctx.out.flush();
                     });
    QObject::connect(
        &vk, &VkSandbox::writeCallRecorded, &vk, [&ctx](const VkSandbox::WriteCall &call) {
            ctx.out << u"<- VK "_s << call.method << u" "_s
                    << (call.ok() ? u"ok"_s : u"refused: "_s + call.errorMsg) << u"\n"_s;
            ctx.out.flush();
        });
    std::signal(SIGINT, quitOnSignal);
    std::signal(SIGTERM, quitOnSignal);
    if (p.isSet(u"for"_s))
        QTimer::singleShot(p.value(u"for"_s).toInt() * 1000, &server,
                           [] { QCoreApplication::exit(0); });
    QCoreApplication::exec();
    return Ok;
}

} // namespace fd::ctl
