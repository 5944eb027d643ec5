// reply | delete | ban: act on one item on its platform, through the connector of its account,
// with the token from this station's keychain; record the outcome in the store and journal.
#include "Cli.h"

#include "auth/SecretStore.h"
#include "connectors/Connectors.h"
#include "connectors/StoreSink.h"
#include "console/Outbox.h"
#include "net/HttpClient.h"
#include "store/ItemQueries.h"

#include <QCommandLineParser>
#include <QEventLoop>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::ctl {
namespace {} // namespace

int actionCommand(CommandContext &ctx)
{
    const QString verb = ctx.command;
    QCommandLineParser p;
    p.addHelpOption();
    if (verb == u"reply"_s) {
        p.setApplicationDescription(u"Reply to an item on its platform."_s);
        p.addPositionalArgument(u"item"_s, u"The item's id (see: frontdeskctl items)."_s);
        p.addPositionalArgument(u"text"_s, u"The reply."_s);
        p.addOption({u"close"_s, u"Close the item after replying."_s});
    } else {
        p.setApplicationDescription(
            verb == u"delete"_s ? u"Delete a customer's message or comment on its platform."_s
                                : u"Ban an item's author where the platform allows it."_s);
        p.addPositionalArgument(u"item"_s, u"The item's id (see: frontdeskctl items)."_s);
    }
    QStringList args = ctx.args;
    args[0] = u"frontdeskctl "_s + verb;
    if (const auto done = parseOrExit(p, args, ctx))
        return *done;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != (verb == u"reply"_s ? 2 : 1)) {
        ctx.err << (verb == u"reply"_s ? u"usage: frontdeskctl reply ITEM_ID TEXT [--close]\n"_s
                                       : u"usage: frontdeskctl %1 ITEM_ID\n"_s.arg(verb));
        return Usage;
    }
    Store *store = ctx.store();
    if (!store)
        return Failure;
    ItemQueries queries(*store->reader());
    const auto row = queries.item(pos.at(0).toLongLong());
    if (!row.ok()) {
        ctx.err << row.error().message << u"\n"_s;
        return Failure;
    }
    Account account;
    const auto accounts = queries.accounts();
    for (const Account &a : accounts.value()) {
        if (a.id == row->item.accountId)
            account = a;
    }
    if (!hasConnector(account.platform)) {
        ctx.err << u"Acting on %1 items from here is not available yet.\n"_s.arg(
            displayName(account.platform));
        return Failure;
    }
    const auto storeId = queries.storeId();
    SecretStore secrets;
    const auto token =
        secrets.readNow(SecretStore::accountKey(storeId.value(), account.id, u"token"_s));
    if (!token.ok()) {
        ctx.err << u"This station cannot act for \"%1\": %2\n"_s.arg(account.name, token.message);
        return Failure;
    }
    ConnectorSetup setup;
    setup.token = token.secret;
    if (account.platform == Platform::Vk) {
        const auto user =
            secrets.readNow(SecretStore::accountKey(storeId.value(), account.id, u"user_token"_s));
        if (user.ok())
            setup.userToken = user.secret;
    }

    HttpClient http(nullptr);
    StoreSink sink(*store);
    const auto connector = makeConnector(account, setup, http, sink, nullptr);
    // Through the outbox, as from the console: written down first, then sent, then recorded
    // (the reply in the conversation, the status, the journal with the text).
    Outbox outbox(*store, Actor::local(),
                  [&](qint64 id) { return id == account.id ? connector.get() : nullptr; });
    const OutgoingAction::Kind kind = verb == u"reply"_s    ? OutgoingAction::Kind::Reply
                                      : verb == u"delete"_s ? OutgoingAction::Kind::Delete
                                                            : OutgoingAction::Kind::Ban;
    QEventLoop loop;
    std::optional<std::pair<Outbox::State, QString>> outcome;
    qint64 entryId = 0;
    QObject::connect(&outbox, &Outbox::changed, &loop,
                     [&](qint64 id, qint64, Outbox::State state, const QString &error) {
                         if (id != entryId ||
                             (state != Outbox::State::Sent && state != Outbox::State::Failed))
                             return;
                         outcome = {state, error};
                         loop.quit();
                     });
    auto queued = kind == OutgoingAction::Kind::Reply
                      ? outbox.reply(row->item.id, pos.at(1), p.isSet(u"close"_s))
                      : outbox.act(row->item.id, kind);
    queued.waitForFinished();
    if (!queued.result().ok()) {
        ctx.err << queued.result().error().message << u"\n"_s;
        return Failure;
    }
    entryId = *queued.result();
    if (!outcome)
        loop.exec();
    if (outcome->first == Outbox::State::Failed) {
        ctx.err << outcome->second << u"\n"_s;
        return Failure;
    }
    if (kind == OutgoingAction::Kind::Reply) {
        const auto entries = outbox.entriesFor(row->item.id);
        ctx.out << u"Sent (%1).\n"_s.arg(
            entries.ok() && !entries->isEmpty() ? entries->last().resultExternalId : QString());
    } else if (kind == OutgoingAction::Kind::Delete) {
        ctx.out << u"Deleted on %1; the text stays in the journal.\n"_s.arg(
            displayName(account.platform));
    } else {
        ctx.out << u"Banned %1.\n"_s.arg(row->item.author.name);
    }
    return Ok;
}

} // namespace fd::ctl
