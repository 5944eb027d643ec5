// frontdeskctl: the composition root of the command line.
#include "Cli.h"

#ifdef FRONTDESK_WITH_BENCH
#include "Bench.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <map>

using namespace Qt::StringLiterals;

namespace {

const char *const kCommands = R"(Commands:
  alarm      Spike and silent-channel alarms per account (set, list, check).
  account    Connect platform accounts and see how their polling goes (add, list).
  poll       Poll the accounts this station holds tokens for (--once, --for S).
  items      List items of the inbox (filters, --json).
  reply      Reply to an item on its platform: reply ITEM_ID TEXT [--close].
  delete     Delete a customer's message or comment on its platform: delete ITEM_ID.
  ban        Ban an item's author where the platform allows it: ban ITEM_ID.
  journal    Who did what, when and where, before and after (filters, --csv [--bom]).
  rule       Automation rules: add, list, show, enable, disable, move, remove, dry-run.
  team       Set up a team server and join it (init, join, status).
  sync       Send this station's changes to the team and bring the team's back (--once, --for S).
  operator   Add or disable people of the team (add, disable).
  shift      Shifts: the schedule, who is on shift, breaks, who answers for each account.
  handover   Hand over between shifts: create, ack, list, note, promise, report (--csv, --html).
  sla        Response targets: calendars, targets per account and kind, clocks (list, check).
  csat       Customer surveys: the CSAT report (--from, --to, --by, --csv) and settings (set).
  stats      KPIs of a period by operator, account or kind (--csv, --forecast, --definitions).
  export     CSV exports: export items | operators [--from --to] [--bom].
  demo       Fill the store with generated demo traffic.
  sandbox    Run loopback platform servers with realistic traffic (--port, --rate).
  bench      Measure: bench ingest | store | telegram | vk | sync | alarms | classify | rules |
             handover | stats.

Run "frontdeskctl COMMAND --help" for a command's options.
)";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(u"frontdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FRONTDESK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Frontdesk from the command line: the inbox, accounts and "
                                     u"automation, scriptable and headless."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"db"_s,
                      u"The store to use (default: %1)."_s.arg(fd::core::Store::defaultPath()),
                      u"PATH"_s});
    parser.addPositionalArgument(u"command"_s, u"The command to run (see below)."_s);
    // Everything after the command belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(app.arguments())) {
        err << parser.errorText() << u"\n"_s;
        return fd::ctl::Usage;
    }
    if (parser.isSet(u"version"_s)) {
        out << u"frontdeskctl "_s << QCoreApplication::applicationVersion() << u"\n"_s;
        return fd::ctl::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(u"help"_s) || positional.isEmpty()) {
        out << parser.helpText() << u"\n"_s << QString::fromUtf8(kCommands);
        return positional.isEmpty() && !parser.isSet(u"help"_s) ? fd::ctl::Usage : fd::ctl::Ok;
    }

    const QString dbPath =
        parser.isSet(u"db"_s) ? parser.value(u"db"_s) : fd::core::Store::defaultPath();
    std::unique_ptr<fd::core::Store> store;
    fd::ctl::CommandContext ctx{
        positional.constFirst(),
        // QCommandLineParser expects the program name first.
        QStringList{app.arguments().constFirst()} + positional.mid(1),
        dbPath,
        out,
        err,
        [&]() -> fd::core::Store * {
            if (!store) {
                auto opened = fd::core::Store::open(dbPath);
                if (!opened.ok()) {
                    err << opened.error().message << u"\n"_s;
                    err.flush();
                    return nullptr;
                }
                store = std::move(opened.value());
            }
            return store.get();
        },
    };

    const std::map<QString, int (*)(fd::ctl::CommandContext &)> commands{
        {u"items"_s, &fd::ctl::itemsCommand},
        {u"demo"_s, &fd::ctl::demoCommand},
        {u"account"_s, &fd::ctl::accountCommand},
        {u"alarm"_s, &fd::ctl::alarmCommand},
        {u"poll"_s, &fd::ctl::pollCommand},
        {u"sandbox"_s, &fd::ctl::sandboxCommand},
        {u"team"_s, &fd::ctl::teamCommand},
        {u"sync"_s, &fd::ctl::syncCommand},
        {u"operator"_s, &fd::ctl::operatorCommand},
        {u"reply"_s, &fd::ctl::actionCommand},
        {u"delete"_s, &fd::ctl::actionCommand},
        {u"ban"_s, &fd::ctl::actionCommand},
        {u"sla"_s, &fd::ctl::slaCommand},
        {u"rule"_s, &fd::ctl::ruleCommand},
        {u"csat"_s, &fd::ctl::csatCommand},
        {u"journal"_s, &fd::ctl::journalCommand},
        {u"shift"_s, &fd::ctl::shiftCommand},
        {u"handover"_s, &fd::ctl::handoverCommand},
        {u"stats"_s, &fd::ctl::statsCommand},
        {u"export"_s, &fd::ctl::exportCommand},
#ifdef FRONTDESK_WITH_BENCH
        {u"bench"_s,
         [](fd::ctl::CommandContext &c) { return fd::bench::benchCommand(c.args, c.out, c.err); }},
#endif
    };
    const QString command = positional.constFirst();
    const auto it = commands.find(command);
    if (it == commands.end()) {
        err << u"Unknown command \"%1\".\n\n"_s.arg(command) << QString::fromUtf8(kCommands);
        return fd::ctl::Usage;
    }
    const int code = it->second(ctx);
    out.flush();
    err.flush();
    return code;
}
