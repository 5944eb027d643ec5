#include "TeamQueries.h"

#include "store/Connection.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace fd::core::teamQueries {

StoreResult<QList<RefusedOp>> refused(const QSqlDatabase &db, int limit)
{
    auto q = Connection::exec(
        db,
        u"SELECT o.seq, o.kind, o.payload, o.reason, coalesce(o.settled_at, o.created_at), "
        u"i.id, i.thread_id, coalesce(a.name, ''), coalesce(i.text, '') "
        u"FROM sync_ops o "
        u"LEFT JOIN items i ON i.id = CAST(json_extract(o.payload, '$.item') AS INTEGER) "
        u"LEFT JOIN authors a ON a.id = i.author_id "
        u"WHERE o.state = 'rejected' ORDER BY o.seq DESC LIMIT ?"_s,
        {limit});
    if (!q.ok())
        return q.error();
    QList<RefusedOp> all;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        RefusedOp op;
        op.seq = r.value(0).toLongLong();
        op.kind = r.value(1).toString();
        op.reason = r.value(3).toString();
        op.at = QDateTime::fromMSecsSinceEpoch(r.value(4).toLongLong(), QTimeZone::utc());
        op.itemId = r.value(5).toLongLong();
        op.threadId = r.value(6).toLongLong();
        const QString author = r.value(7).toString().simplified();
        const QString text = r.value(8).toString().simplified().left(200);
        if (op.itemId != 0) {
            op.about = author.isEmpty() ? text : author + u": "_s + text;
        } else {
            // A note: its own text.
            const QJsonObject payload =
                QJsonDocument::fromJson(r.value(2).toString().toUtf8()).object();
            op.about = payload.value(u"body").toString().simplified().left(200);
            op.threadId = payload.value(u"thread").toInteger();
        }
        all.append(op);
    }
    return all;
}

StoreResult<QString> conversationName(const QSqlDatabase &db, qint64 threadId)
{
    auto q =
        Connection::exec(db,
                         u"SELECT t.title, a.name, "
                         u"(SELECT au.name FROM items i JOIN authors au ON au.id = i.author_id "
                         u" WHERE i.thread_id = t.id AND i.direction = 'in' ORDER BY i.id LIMIT 1) "
                         u"FROM threads t JOIN accounts a ON a.id = t.account_id WHERE t.id = ?"_s,
                         {threadId});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return QCoreApplication::translate("fd::core::TeamQueries", "a conversation not here yet");
    const QString title = q.value().value(0).toString().simplified();
    const QString account = q.value().value(1).toString().simplified();
    const QString customer = q.value().value(2).toString().simplified();
    const QString who = !customer.isEmpty() ? customer : title;
    if (who.isEmpty())
        return account;
    return QCoreApplication::translate("fd::core::TeamQueries", "%1 · %2").arg(who, account);
}

QString kindName(const QString &kind)
{
    static const QHash<QString, const char *> names{
        {u"close"_s, QT_TRANSLATE_NOOP("fd::core::TeamQueries", "Close")},
        {u"close_without_reply"_s,
         QT_TRANSLATE_NOOP("fd::core::TeamQueries", "Close without reply")},
        {u"reopen"_s, QT_TRANSLATE_NOOP("fd::core::TeamQueries", "Reopen")},
        {u"mark_read"_s, QT_TRANSLATE_NOOP("fd::core::TeamQueries", "Read or unread")},
        {u"assign"_s, QT_TRANSLATE_NOOP("fd::core::TeamQueries", "Assign")},
        {u"tag"_s, QT_TRANSLATE_NOOP("fd::core::TeamQueries", "Tag")},
        {u"untag"_s, QT_TRANSLATE_NOOP("fd::core::TeamQueries", "Untag")},
        {u"note"_s, QT_TRANSLATE_NOOP("fd::core::TeamQueries", "Note")},
        {u"reply"_s, QT_TRANSLATE_NOOP("fd::core::TeamQueries", "Reply")},
        {u"hide"_s, QT_TRANSLATE_NOOP("fd::core::TeamQueries", "Hide")},
        {u"delete"_s, QT_TRANSLATE_NOOP("fd::core::TeamQueries", "Delete")},
        {u"ban"_s, QT_TRANSLATE_NOOP("fd::core::TeamQueries", "Ban")},
    };
    const char *name = names.value(kind);
    return name ? QCoreApplication::translate("fd::core::TeamQueries", name) : kind;
}

} // namespace fd::core::teamQueries
