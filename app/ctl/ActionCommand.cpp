// reply | delete | ban: act on one item on its platform, through the connector of its account,
// with the token from this station's keychain; record the outcome in the store and journal.
#include "Cli.h"

#include "auth/SecretStore.h"
#include "connectors/Connectors.h"
#include "connectors/StoreSink.h"
#include "net/HttpClient.h"
#include "store/Connection.h"
#include "store/ItemQueries.h"
#include "store/TextLimits.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QSysInfo>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::ctl {
namespace {

QString operatorName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? u"operator"_s : user;
}

StoreError journal(Store &store, const QString &action, const ItemRow &row, const QString &before,
                   const QString &after, const QString &newStatus)
{
    auto f = store.write([=](const QSqlDatabase &db) -> StoreError {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (!newStatus.isEmpty()) {
            auto u = Connection::exec(
                db,
                u"UPDATE items SET status = ?, deleted_at = CASE WHEN ? = 'deleted' THEN ? "
                u"ELSE deleted_at END, read = 1 WHERE id = ?"_s,
                {newStatus, newStatus, now, row.item.id});
            if (!u.ok())
                return u.error();
        }
        auto q = Connection::exec(
            db,
            u"INSERT INTO journal (at, actor_kind, actor, station, action, item_id, account_id, "
            u"before, after) VALUES (?, 'operator', ?, ?, ?, ?, ?, ?, ?)"_s,
            {now, operatorName(), QSysInfo::machineHostName(), action, row.item.id,
             row.item.accountId, nonNull(before), nonNull(after)});
        return q.ok() ? StoreError{} : q.error();
    });
    f.waitForFinished();
    return f.result();
}

} // namespace

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

    OutgoingAction action;
    action.kind = verb == u"reply"_s    ? OutgoingAction::Kind::Reply
                  : verb == u"delete"_s ? OutgoingAction::Kind::Delete
                                        : OutgoingAction::Kind::Ban;
    action.itemId = row->item.id;
    action.itemKind = row->item.kind;
    action.itemExternalId = row->item.externalId;
    action.authorExternalId = row->item.author.externalId;
    action.text = verb == u"reply"_s ? pos.at(1) : QString();
    // The same reply to the same item twice is one reply where the platform can tell (VK).
    action.idempotencyKey =
        verb + u':' + QString::number(action.itemId) + u':' +
        QString::fromLatin1(QCryptographicHash::hash(action.text.toUtf8(), QCryptographicHash::Sha1)
                                .toHex()
                                .left(16));

    HttpClient http(nullptr);
    StoreSink sink(*store);
    const auto connector = makeConnector(account, setup, http, sink, nullptr);
    ActionResult result;
    QEventLoop loop;
    bool answered = false;
    connector->perform(action, &loop, [&](const ActionResult &r) {
        result = r;
        answered = true;
        loop.quit();
    });
    // A refusal (no right to do it, bad input) is answered at once, before the loop runs.
    if (!answered)
        loop.exec();
    if (!result.ok) {
        ctx.err << result.message << u"\n"_s;
        return Failure;
    }

    StoreError recorded;
    if (action.kind == OutgoingAction::Kind::Reply) {
        // Our reply joins the conversation as an outgoing item.
        const auto thread = queries.thread(row->item.threadId);
        IncomingItem out;
        out.item.kind = row->item.kind;
        out.item.direction = Direction::Outgoing;
        out.item.status = ItemStatus::Closed;
        out.item.externalId = result.externalId;
        out.item.parentExternalId = row->item.externalId;
        out.item.text = action.text;
        out.item.createdAt = QDateTime::currentDateTimeUtc();
        if (thread.ok()) {
            out.threadExternalId = thread->thread.externalId;
            out.post.externalId = thread->post.externalId;
        }
        auto f = store->ingest({account.id, {out}, {}, {}});
        f.waitForFinished();
        recorded = f.result().error;
        if (recorded.ok())
            recorded = journal(*store, u"item.replied"_s, *row, QString(), action.text,
                               p.isSet(u"close"_s) ? u"closed"_s : u"waiting"_s);
        ctx.out << u"Sent (%1).\n"_s.arg(result.externalId);
    } else if (action.kind == OutgoingAction::Kind::Delete) {
        recorded =
            journal(*store, u"item.deleted"_s, *row, row->item.text, QString(), u"deleted"_s);
        ctx.out << u"Deleted on %1; the text stays in the journal.\n"_s.arg(
            displayName(account.platform));
    } else {
        recorded = journal(*store, u"author.banned"_s, *row, QString(),
                           row->item.author.name + u" ("_s + row->item.author.externalId + u')',
                           QString());
        ctx.out << u"Banned %1.\n"_s.arg(row->item.author.name);
    }
    if (!recorded.ok()) {
        ctx.err << u"Done on the platform, but not recorded here: "_s << recorded.message
                << u"\n"_s;
        return Failure;
    }
    return Ok;
}

} // namespace fd::ctl
