// team init | join | status, and operator add | disable: setting up and joining a team server.
#include "Cli.h"

#include "auth/SecretStore.h"
#include "store/ItemQueries.h"
#include "sync/ServerConnection.h"
#include "sync/ServerSchema.h"
#include "sync/TeamMembership.h"
#include "sync/TeamSession.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QHostInfo>

#include <iostream>
#include <string>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::ctl {
namespace {

QString readLine()
{
    std::string line;
    std::getline(std::cin, line);
    return QString::fromStdString(line).trimmed();
}

std::optional<ServerAddress> serverFrom(QCommandLineParser &p, CommandContext &ctx)
{
    if (!p.isSet(u"server"_s)) {
        ctx.err << u"--server URL is required, e.g. "
                   u"--server postgresql://db.example.org/frontdesk?sslmode=verify-full\n"_s;
        return std::nullopt;
    }
    QString error;
    auto address = ServerAddress::parse(p.value(u"server"_s), &error);
    if (!address)
        ctx.err << error << u"\n"_s;
    return address;
}

// An administrator's connection: the URL's user and password, or libpq's PGUSER/PGPASSWORD.
std::unique_ptr<ServerConnection> adminConnection(const ServerAddress &address, CommandContext &ctx)
{
    auto c = ServerConnection::open(u"ctl.admin"_s, address);
    if (!c.ok()) {
        ctx.err << c.error().message << u"\n"_s;
        return nullptr;
    }
    return std::move(c.value());
}

const QCommandLineOption kServer{u"server"_s,
                                 u"The team's PostgreSQL server: postgresql://[user@]host[:port]"
                                 u"/database[?sslmode=…&sslrootcert=…]. The password comes from "
                                 u"PGPASSWORD or ~/.pgpass."_s,
                                 u"URL"_s};

int teamInit(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Create the team schema on a PostgreSQL server, or bring it up "
                                u"to date. Run it as a PostgreSQL superuser."_s);
    p.addHelpOption();
    p.addOption(kServer);
    if (const auto done = parseOrExit(p, args, ctx, u"team init"_s))
        return *done;
    const auto address = serverFrom(p, ctx);
    if (!address)
        return Usage;
    auto admin = adminConnection(*address, ctx);
    if (!admin)
        return Failure;
    const auto done = ServerSchema::migrate(*admin);
    if (!done.ok()) {
        ctx.err << done.error().message << u"\n"_s;
        return Failure;
    }
    if (done->from == done->to)
        ctx.out << u"The team schema at %1 is up to date (version %2).\n"_s.arg(
            address->display(), QString::number(done->to));
    else if (done->from == 0)
        ctx.out << u"Created the team schema at %1 (version %2). Add people with: frontdeskctl "
                   u"operator add LOGIN --role operator --server URL < password\n"_s.arg(
                       address->display(), QString::number(done->to));
    else
        ctx.out << u"Updated the team schema at %1 from version %2 to %3.\n"_s.arg(
            address->display(), QString::number(done->from), QString::number(done->to));
    return Ok;
}

int teamJoin(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Connect this station to a team. The operator's password is "
                                u"read from standard input and kept in the system keychain."_s);
    p.addHelpOption();
    p.addOption(kServer);
    p.addOption({u"operator"_s, u"Your login on the team server."_s, u"LOGIN"_s});
    p.addOption({u"station"_s, u"This station's name (default: the host name)."_s, u"NAME"_s});
    if (const auto done = parseOrExit(p, args, ctx, u"team join"_s))
        return *done;
    const auto address = serverFrom(p, ctx);
    if (!address)
        return Usage;
    const QString login = p.value(u"operator"_s).trimmed();
    if (login.isEmpty()) {
        ctx.err << u"--operator LOGIN is required.\n"_s;
        return Usage;
    }
    const QString password = readLine();
    if (password.isEmpty()) {
        ctx.err << u"No password on standard input. Pipe it in, e.g.: frontdeskctl team join "
                   u"--server URL --operator anna < password.txt\n"_s;
        return Usage;
    }
    Store *store = ctx.store();
    if (!store)
        return Failure;
    // The console's join, without the syncing that follows it there.
    SecretStore secrets;
    TeamSession session(*store, secrets);
    TeamSession::JoinRequest request;
    request.server = address->display();
    request.login = login;
    request.password = password;
    request.stationName =
        p.isSet(u"station"_s) ? p.value(u"station"_s) : QHostInfo::localHostName();
    request.newStoreHint = u"Join with a new store: frontdeskctl --db NEW-FILE team join …"_s;
    request.startSync = false;
    bool joined = false;
    QString message;
    QEventLoop loop;
    QObject::connect(&session, &TeamSession::joinFinished, &loop,
                     [&](bool ok, const QString &text) {
                         joined = ok;
                         message = text;
                         loop.quit();
                     });
    session.join(request);
    if (session.isJoining())
        loop.exec();
    if (!joined) {
        ctx.err << message << u"\n"_s;
        return Failure;
    }
    const TeamMembership &m = *session.membership();
    ctx.out << u"This station (%1) joined the team at %2 as %3. The password is in the system "
               u"keychain.\n"_s.arg(m.station.toString(QUuid::WithoutBraces), m.server, m.login);
    return Ok;
}

// The station's team; none when it is standalone (said, exit `code` Ok) or the store cannot
// tell (said, Failure).
std::optional<TeamMembership> membershipOf(CommandContext &ctx, Store &store, int &code)
{
    const auto m = TeamMembership::read(*store.reader());
    if (!m.ok()) {
        ctx.err << m.error().message << u"\n"_s;
        code = Failure;
        return std::nullopt;
    }
    if (!m->has_value())
        ctx.out << u"Standalone: this station belongs to no team.\n"_s;
    code = Ok;
    return *m;
}

int teamStatus(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Show whether this station belongs to a team."_s);
    p.addHelpOption();
    if (const auto done = parseOrExit(p, args, ctx, u"team status"_s))
        return *done;
    Store *store = ctx.store();
    if (!store)
        return Failure;
    int code = Ok;
    const auto m = membershipOf(ctx, *store, code);
    if (!m)
        return code;
    ctx.out << u"Team server: %1\nOperator: %2\nStation: %3\n"_s.arg(
        m->server, m->login, m->station.toString(QUuid::WithoutBraces));
    return Ok;
}

int teamLeave(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Stop being a station of the team: the store keeps what it "
                                u"received and this station works on its own; its password "
                                u"leaves the keychain. It may join the same team again."_s);
    p.addHelpOption();
    if (const auto done = parseOrExit(p, args, ctx, u"team leave"_s))
        return *done;
    Store *store = ctx.store();
    if (!store)
        return Failure;
    int code = Ok;
    const auto m = membershipOf(ctx, *store, code);
    if (!m)
        return code;
    auto forgot = TeamMembership::forget(*store);
    forgot.waitForFinished();
    if (!forgot.result().ok()) {
        ctx.err << forgot.result().message << u"\n"_s;
        return Failure;
    }
    if (const auto storeId = ItemQueries(*store->reader()).storeId(); storeId.ok()) {
        SecretStore secrets;
        const auto removed = secrets.removeNow(TeamMembership::passwordKey(*storeId));
        if (!removed.ok() && removed.kind != SecretStore::Result::Kind::NotFound)
            ctx.err << u"The team password stays in the keychain: "_s << removed.message << u"\n"_s;
    }
    ctx.out << u"This station left the team at %1; it works on its own now.\n"_s.arg(m->server);
    return Ok;
}

// The person an operator command is about and an administrator's connection to --server; on a
// mistake, no connection and the exit code.
struct OperatorTarget
{
    QString login;
    std::unique_ptr<ServerConnection> admin;
    int code = Ok;
};

OperatorTarget operatorTarget(QCommandLineParser &p, CommandContext &ctx, const QString &usage)
{
    if (p.positionalArguments().size() != 1) {
        ctx.err << usage;
        return {{}, nullptr, Usage};
    }
    const auto address = serverFrom(p, ctx);
    if (!address)
        return {{}, nullptr, Usage};
    auto admin = adminConnection(*address, ctx);
    const int code = admin ? Ok : Failure;
    return {p.positionalArguments().constFirst(), std::move(admin), code};
}

int operatorAdd(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Add a person to the team with a login of their own. Their "
                                u"password is read from standard input. Run as an "
                                u"administrator of the team (or a PostgreSQL superuser)."_s);
    p.addHelpOption();
    p.addOption(kServer);
    p.addOption({u"role"_s, u"operator, moderator, lead, admin or gateway (default operator)."_s,
                 u"R"_s, u"operator"_s});
    p.addOption({u"name"_s, u"The name others see (default: the login)."_s, u"N"_s});
    p.addPositionalArgument(u"login"_s, u"Their login: lower-case letters, digits, _ . -"_s);
    if (const auto done = parseOrExit(p, args, ctx, u"operator add"_s))
        return *done;
    const auto target = operatorTarget(
        p, ctx, u"usage: frontdeskctl operator add LOGIN --role R --server URL < password\n"_s);
    if (!target.admin)
        return target.code;
    const QString &login = target.login;
    const QString password = readLine();
    if (password.size() < 8) {
        ctx.err << u"Give the new login a password of at least 8 characters on standard "
                   u"input.\n"_s;
        return Usage;
    }
    ServerConnection *admin = target.admin.get();
    const QString name = p.isSet(u"name"_s) ? p.value(u"name"_s) : login;
    auto q = admin->exec(u"SELECT fd.add_operator(?, ?, ?, ?)"_s,
                         {login, name, p.value(u"role"_s), password}, u"Adding %1"_s.arg(login));
    if (!q.ok()) {
        ctx.err << q.error().message << u"\n"_s;
        return Failure;
    }
    ctx.out << u"Added %1 (%2) as %3. They join from their station with: frontdeskctl team join "
               u"--server URL --operator %1\n"_s.arg(login, name, p.value(u"role"_s));
    return Ok;
}

int operatorDisable(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Disable a person: they cannot log in any more, their open "
                                u"sessions end, and ops still queued at their stations are "
                                u"rejected. Run as a lead or administrator."_s);
    p.addHelpOption();
    p.addOption(kServer);
    p.addPositionalArgument(u"login"_s, u"Their login."_s);
    if (const auto done = parseOrExit(p, args, ctx, u"operator disable"_s))
        return *done;
    const auto target =
        operatorTarget(p, ctx, u"usage: frontdeskctl operator disable LOGIN --server URL\n"_s);
    if (!target.admin)
        return target.code;
    const QString &login = target.login;
    ServerConnection *admin = target.admin.get();
    auto q = admin->exec(u"SELECT fd.disable_operator(?)"_s, {login}, u"Disabling %1"_s.arg(login));
    if (!q.ok()) {
        ctx.err << q.error().message << u"\n"_s;
        return Failure;
    }
    const qint64 ended = q.value().next() ? q.value().value(0).toLongLong() : 0;
    ctx.out << u"Disabled %1; %2 open session(s) ended.\n"_s.arg(login).arg(ended);
    return Ok;
}

} // namespace

int teamCommand(CommandContext &ctx)
{
    return runVerb(ctx,
                   {{u"init"_s, &teamInit},
                    {u"join"_s, &teamJoin},
                    {u"status"_s, &teamStatus},
                    {u"leave"_s, &teamLeave}},
                   u"usage: frontdeskctl team init --server URL\n"
                   u"       frontdeskctl team join --server URL --operator LOGIN < password\n"
                   u"       frontdeskctl team status\n"
                   u"       frontdeskctl team leave\n"_s);
}

int operatorCommand(CommandContext &ctx)
{
    return runVerb(ctx, {{u"add"_s, &operatorAdd}, {u"disable"_s, &operatorDisable}},
                   u"usage: frontdeskctl operator add LOGIN --role R --server URL < password\n"
                   u"       frontdeskctl operator disable LOGIN --server URL\n"_s);
}

} // namespace fd::ctl
