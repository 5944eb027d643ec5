#include "ChangeFeed.h"

#include "ServerConnection.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::core {

ServerResult<QList<ItemChange>> pullItemChanges(ServerConnection &server, const SyncCursor &after,
                                                int limit, SyncCursor *next)
{
    auto q = server.exec(
        u"SELECT id, account_id, external_id, status, coalesce(assignee, ''), read, text, "
        u"txid::text, rev FROM fd.items WHERE (txid, rev) > (?::xid8, ?) "
        u"AND txid < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY txid, rev LIMIT ?"_s,
        {after.txid, after.rev, limit},
        QCoreApplication::translate("fd::core::ChangeFeed", "Reading the team's changes"));
    if (!q.ok())
        return q.error();
    QList<ItemChange> changes;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        ItemChange c;
        c.id = r.value(0).toLongLong();
        c.accountId = r.value(1).toLongLong();
        c.externalId = r.value(2).toString();
        c.status = r.value(3).toString();
        c.assignee = r.value(4).toString();
        c.read = r.value(5).toBool();
        c.text = r.value(6).toString();
        c.stamp = {r.value(7).toString(), r.value(8).toLongLong()};
        changes.append(c);
    }
    if (next)
        *next = changes.isEmpty() ? after : changes.constLast().stamp;
    return changes;
}

} // namespace fd::core
