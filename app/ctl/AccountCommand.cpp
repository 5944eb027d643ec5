#include "Cli.h"

#include "auth/SecretStore.h"
#include "console/OperatorJournal.h"
#include "store/Connection.h"
#include "store/ItemQueries.h"
#include "sync/Gateway.h"
#include "sync/Puller.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::ctl {
namespace {

QString readTokenFromStdin()
{
    std::string line;
    std::getline(std::cin, line);
    return QString::fromStdString(line).trimmed();
}

// In a team, an account belongs to the team: it is registered on the server (the lease there
// decides which gateway polls it) and arrives in the local store from it, with the team's id.
std::optional<qint64> registerWithTeam(CommandContext &ctx, Store &store, const TeamLogin &login,
                                       Platform platform, const QString &name,
                                       const QString &apiBase)
{
    auto server = login.team.connect(login.password, u"frontdeskctl-account"_s);
    if (!server.ok()) {
        ctx.err << server.error().message << u"\n"_s;
        return std::nullopt;
    }
    const auto id = gateway::registerAccount(**server, platform, name, apiBase);
    if (!id.ok()) {
        ctx.err << id.error().message << u"\n"_s;
        return std::nullopt;
    }
    const PullReport pulled = pullAll(store, **server);
    if (!pulled.error.ok()) {
        ctx.err << pulled.error.message << u"\n"_s;
        return std::nullopt;
    }
    return *id;
}

int addAccount(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Connect a platform account. The token is read from standard "
                                u"input and kept only in the system keychain."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"platform"_s, u"telegram, vk, …"_s);
    p.addOptions({
        {u"name"_s, u"The account's name in Frontdesk (unique)."_s, u"N"_s},
        {u"api-base"_s, u"The API's base URL (default: the platform's public API)."_s, u"URL"_s},
        {u"user-token"_s,
         u"VK: also read a community administrator's user token, on the second line of standard "
         u"input. Without it the account polls and replies but cannot delete comments or ban."_s},
    });
    if (const auto done = parseOrExit(p, args, ctx, u"account add"_s))
        return *done;
    if (p.positionalArguments().size() != 1 || !p.isSet(u"name"_s)) {
        ctx.err << u"usage: frontdeskctl account add PLATFORM --name NAME [--api-base URL] "
                   u"< token\n"_s;
        return Usage;
    }
    const auto platform = parsePlatform(p.positionalArguments().constFirst(), ctx.err);
    if (!platform)
        return Usage;
    const QString apiBase = p.value(u"api-base"_s).trimmed();
    if (!apiBase.isEmpty()) {
        const QUrl url(apiBase, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) ||
            url.host().isEmpty()) {
            ctx.err << u"--api-base must be an http or https URL, e.g. http://127.0.0.1:8081\n"_s;
            return Usage;
        }
    }
    const QString token = readTokenFromStdin();
    if (token.isEmpty()) {
        ctx.err << u"No token on standard input. Pipe it in, e.g.: "
                   u"frontdeskctl account add telegram --name Support < token.txt\n"_s;
        return Usage;
    }
    const bool withUserToken = p.isSet(u"user-token"_s);
    if (withUserToken && *platform != Platform::Vk) {
        ctx.err << u"--user-token is for VK accounts only.\n"_s;
        return Usage;
    }
    const QString userToken = withUserToken ? readTokenFromStdin() : QString();
    if (withUserToken && userToken.isEmpty()) {
        ctx.err << u"--user-token: no second line on standard input. Put the community token on "
                   u"the first line and the administrator's user token on the second.\n"_s;
        return Usage;
    }

    Store *store = ctx.store();
    if (!store)
        return Failure;
    auto storeId = ItemQueries(*store->reader()).storeId();
    if (!storeId.ok()) {
        ctx.err << storeId.error().message << u"\n"_s;
        return Failure;
    }
    bool teamFailed = false;
    const auto team = teamLogin(ctx, *store, teamFailed);
    if (teamFailed)
        return Failure;
    Account account;
    account.platform = *platform;
    account.name = p.value(u"name"_s);
    account.apiBase = apiBase;
    qint64 id = 0;
    if (team) {
        const auto registered =
            registerWithTeam(ctx, *store, *team, *platform, account.name, apiBase);
        if (!registered)
            return Failure;
        id = *registered;
    } else {
        auto added = store->addAccount(account);
        added.waitForFinished();
        if (!added.result().ok()) {
            ctx.err << added.result().error().message << u"\n"_s;
            return Failure;
        }
        id = *added.result();
        // Connecting an account is journaled (a team's server journals its own).
        journalEvent(*store, Actor::local(), u"account.added"_s, QString(), account.name,
                     toString(account.platform) + u' ' + apiBase)
            .waitForFinished();
    }

    SecretStore secrets;
    auto written = secrets.writeNow(SecretStore::accountKey(*storeId, id, u"token"_s), token);
    if (written.ok() && withUserToken)
        written =
            secrets.writeNow(SecretStore::accountKey(*storeId, id, u"user_token"_s), userToken);
    if (!written.ok() && team) {
        ctx.err << written.message
                << u"\nThe account is the team's, but this station holds no token for it.\n"_s;
        return Failure;
    }
    if (!written.ok()) {
        // No half-made account: without its token it could never poll.
        auto undo = store->write([id](const QSqlDatabase &db) {
            auto q = Connection::exec(db, u"DELETE FROM accounts WHERE id = ?"_s, {id});
            return q.ok() ? StoreError{} : q.error();
        });
        undo.waitForFinished();
        ctx.err << written.message << u"\nThe account was not added.\n"_s;
        return Failure;
    }
    ctx.out << u"Added %1 account \"%2\" (id %3). %4\n"_s
                   .arg(toString(*platform), account.name.simplified())
                   .arg(id)
                   .arg(withUserToken ? u"Its tokens are in the system keychain."_s
                                      : u"Its token is in the system keychain."_s);
    if (team)
        ctx.out << u"It is the team's account: `frontdeskctl poll` on this station polls it "
                   u"for the team whenever no other gateway does.\n"_s;
    if (*platform == Platform::Vk && !withUserToken)
        ctx.out << u"Without an administrator's user token (--user-token) it cannot delete "
                   u"comments or ban authors: a community token cannot.\n"_s;
    return Ok;
}

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) : u"never"_s;
}

int listAccounts(CommandContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"List the connected accounts and how their polling goes."_s);
    p.addHelpOption();
    p.addOption({u"json"_s, u"One JSON object per line."_s});
    if (const auto done = parseOrExit(p, args, ctx, u"account list"_s))
        return *done;
    Store *store = ctx.store();
    if (!store)
        return Failure;
    const auto accounts = ItemQueries(*store->reader()).accounts();
    if (!accounts.ok()) {
        ctx.err << accounts.error().message << u"\n"_s;
        return Failure;
    }
    for (const Account &a : *accounts) {
        if (p.isSet(u"json"_s)) {
            const QJsonObject o{
                {u"id"_s, a.id},
                {u"platform"_s, toString(a.platform)},
                {u"name"_s, a.name},
                {u"api_base"_s, a.apiBase},
                {u"enabled"_s, a.enabled},
                {u"health"_s, toString(a.health)},
                {u"last_success_at"_s,
                 a.lastSuccessAt.isValid()
                     ? QJsonValue(a.lastSuccessAt.toUTC().toString(Qt::ISODateWithMs))
                     : QJsonValue()},
                {u"last_poll_at"_s,
                 a.lastPollAt.isValid()
                     ? QJsonValue(a.lastPollAt.toUTC().toString(Qt::ISODateWithMs))
                     : QJsonValue()},
                {u"waiting_until"_s,
                 a.waitingUntil.isValid()
                     ? QJsonValue(a.waitingUntil.toUTC().toString(Qt::ISODateWithMs))
                     : QJsonValue()},
                {u"last_error"_s, a.lastError},
            };
            ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))
                    << u"\n"_s;
            continue;
        }
        ctx.out << u"%1  %2  %3  %4  last success %5"_s.arg(a.id)
                       .arg(toString(a.platform), -10)
                       .arg(a.name, -24)
                       .arg(displayName(a.health), -22)
                       .arg(when(a.lastSuccessAt));
        if (!a.apiBase.isEmpty())
            ctx.out << u"  via "_s << a.apiBase;
        if (!a.lastError.isEmpty())
            ctx.out << u"\n    last error: "_s << a.lastError;
        ctx.out << u"\n"_s;
    }
    if (accounts->isEmpty() && !p.isSet(u"json"_s))
        ctx.err
            << u"No accounts. Add one with: frontdeskctl account add PLATFORM --name NAME < token\n"_s;
    return Ok;
}

} // namespace

int accountCommand(CommandContext &ctx)
{
    return runVerb(ctx, {{u"add"_s, &addAccount}, {u"list"_s, &listAccounts}},
                   u"usage: frontdeskctl account add PLATFORM --name NAME [--api-base URL] "
                   u"< token\n"
                   u"       frontdeskctl account list [--json]\n"_s);
}

} // namespace fd::ctl
