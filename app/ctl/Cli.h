#pragma once

#include "store/Store.h"
#include "sync/TeamMembership.h"

#include <QCommandLineParser>
#include <QSocketNotifier>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <map>
#include <memory>

namespace fd::ctl {

// What every command gets: its own arguments, where to write, and the store (opened on demand
// so that `--help` works without one).
struct CommandContext
{
    QString command;  // the command word ("items", "reply", …)
    QStringList args; // the program name, then the command's own arguments
    QString dbPath;
    QTextStream &out;
    QTextStream &err;
    std::function<core::Store *()> store; // nullptr after printing why it could not open
};

// Exit codes shared by all commands.
enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

int itemsCommand(CommandContext &ctx);
int demoCommand(CommandContext &ctx);
int accountCommand(CommandContext &ctx);
// alarm set | list | check
int alarmCommand(CommandContext &ctx);
int pollCommand(CommandContext &ctx);
int sandboxCommand(CommandContext &ctx);
// team init | join | status
int teamCommand(CommandContext &ctx);
int syncCommand(CommandContext &ctx);
// operator add | disable
int operatorCommand(CommandContext &ctx);
// reply, delete and ban
int actionCommand(CommandContext &ctx);
// sla calendar | policy | list | check
int slaCommand(CommandContext &ctx);

// csat [--from --to --by --csv] (the report) | csat set (the survey settings)
int csatCommand(CommandContext &ctx);

// who did what, as a table, JSON lines or CSV
int journalCommand(CommandContext &ctx);
// stats [--from --to] [--by operator|account|kind] [--csv] [--bom] [--forecast]
int statsCommand(CommandContext &ctx);
// export items | operators
int exportCommand(CommandContext &ctx);

// rule add | list | show | enable | disable | move | remove | dry-run
int ruleCommand(CommandContext &ctx);
// shift add | list | remove | now | start | end | break | responsible | rotation | break-reminder
int shiftCommand(CommandContext &ctx);
// handover create | ack | list | note | promise | report
int handoverCommand(CommandContext &ctx);

// `text` on one line, cut to `width` characters with an ellipsis.
QString oneLine(const QString &text, int width);

// Parses a command's arguments; on a mistake or --help prints what is due and gives the exit
// code to return, otherwise nothing.
// `name` is what help calls the command (default: the command word).
std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &args,
                               CommandContext &ctx, const QString &name = {});

// A command with verbs ("account add", "team join", …): runs the verb's function with the
// verb's own arguments, or prints `usage` (exit 0 for no verb or --help, else a usage error).
using VerbFunction = int (*)(CommandContext &, const QStringList &);
int runVerb(CommandContext &ctx, const std::map<QString, VerbFunction> &verbs,
            const QString &usage);

// A long-running command's --once / --for SECONDS: the seconds to run (0: until stopped or
// once), or nothing after printing the usage mistake.
std::optional<int> secondsToRun(const QCommandLineParser &parser, CommandContext &ctx);

// Makes Ctrl+C and SIGTERM end the event loop (QCoreApplication::exit(0)) while the returned
// notifier lives, so a long-running command finishes its work cleanly.
std::unique_ptr<QSocketNotifier> quitOnSignals();

// This station's team and its password, read from the keychain.
struct TeamLogin
{
    core::TeamMembership team;
    QString storeId;
    QString password;
};
// The team this store belongs to. Nothing with `failed` unset: the station is standalone;
// with `failed` set, why was printed (unreadable store, no password in the keychain).
std::optional<TeamLogin> teamLogin(CommandContext &ctx, core::Store &store, bool &failed);

// Parses `name` as a platform word, item kind or status, printing the choices when unknown.
std::optional<core::Platform> parsePlatform(const QString &name, QTextStream &err);

} // namespace fd::ctl
