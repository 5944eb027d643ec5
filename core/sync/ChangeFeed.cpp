#include "ChangeFeed.h"

#include "ServerConnection.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::core {

QString SyncCursor::toString() const
{
    return txid + u':' + QString::number(rev);
}

SyncCursor SyncCursor::fromString(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    bool txidOk = false;
    bool revOk = false;
    if (colon > 0) {
        const QString txidText = text.left(colon);
        txidText.toULongLong(&txidOk);
        const qint64 rev = text.mid(colon + 1).toLongLong(&revOk);
        if (txidOk && revOk && rev >= 0)
            return {txidText, rev};
    }
    return {};
}

const QStringList &syncedTables()
{
    static const QStringList tables{
        u"operators"_s,     u"accounts"_s,       u"authors"_s,
        u"posts"_s,         u"threads"_s,        u"items"_s,
        u"tags"_s,          u"item_tags"_s,      u"notes"_s,
        u"outbox"_s,        u"handovers"_s,      u"handover_notes"_s,
        u"rules"_s,         u"shift_sessions"_s, u"shift_breaks"_s,
        u"promises"_s,      u"shifts"_s,         u"shift_responsibility"_s,
        u"shift_settings"_s};
    return tables;
}

bool isAfter(const SyncCursor &a, const SyncCursor &b)
{
    const quint64 ta = a.txid.toULongLong();
    const quint64 tb = b.txid.toULongLong();
    return ta != tb ? ta > tb : a.rev > b.rev;
}

ServerResult<QList<Change>> pullChanges(ServerConnection &server, const SyncCursor &after,
                                        int limit, SyncCursor *next, const QString &onlyTable)
{
    auto q = server.exec(
        u"SELECT change_txid::text, change_rev, change_table, data::text "
        u"FROM fd.changes(?::xid8, ?, ?, ?)"_s,
        {after.txid, after.rev, limit,
         onlyTable.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(onlyTable)},
        QCoreApplication::translate("fd::core::ChangeFeed", "Reading the team's changes"));
    if (!q.ok())
        return q.error();
    QList<Change> changes;
    QSqlQuery &r = q.value();
    while (r.next()) {
        Change c;
        c.stamp = {r.value(0).toString(), r.value(1).toLongLong()};
        c.table = r.value(2).toString();
        c.row = QJsonDocument::fromJson(r.value(3).toString().toUtf8()).object();
        changes.append(std::move(c));
    }
    if (next)
        *next = changes.isEmpty() ? after : changes.constLast().stamp;
    return changes;
}

ServerResult<qint64> countChanges(ServerConnection &server, const SyncCursor &after)
{
    auto q = server.exec(
        u"SELECT fd.pending_changes(?::xid8, ?)"_s, {after.txid, after.rev},
        QCoreApplication::translate("fd::core::ChangeFeed", "Counting the team's changes"));
    if (!q.ok())
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

} // namespace fd::core
