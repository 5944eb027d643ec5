#include "OpQueue.h"

#include "store/Connection.h"
#include "store/TextLimits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace fd::core::opQueue {

StoreResult<qint64> enqueue(const QSqlDatabase &db, const QString &kind, const QJsonObject &payload)
{
    auto last = Connection::exec(
        db, u"SELECT max(coalesce((SELECT max(seq) FROM sync_ops), 0), coalesce((SELECT CAST("
            u"value AS INTEGER) FROM meta WHERE key = 'team_last_seq'), 0))"_s);
    if (!last.ok())
        return last.error();
    const qint64 seq = (last.value().next() ? last.value().value(0).toLongLong() : 0) + 1;
    auto q = Connection::exec(
        db,
        u"INSERT INTO sync_ops (seq, op_id, kind, payload, created_at) VALUES (?, ?, ?, ?, ?)"_s,
        {seq, QUuid::createUuid().toString(QUuid::WithoutBraces), kind,
         QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
         QDateTime::currentMSecsSinceEpoch()});
    if (!q.ok())
        return q.error();
    return seq;
}

StoreResult<QList<QueuedOp>> pending(const QSqlDatabase &db, int limit, qint64 afterSeq)
{
    auto q = Connection::exec(db,
                              u"SELECT seq, op_id, kind, payload FROM sync_ops WHERE state = "
                              u"'queued' AND seq > ? ORDER BY seq LIMIT ?"_s,
                              {afterSeq, limit});
    if (!q.ok())
        return q.error();
    QList<QueuedOp> ops;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        ops.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                    QJsonDocument::fromJson(r.value(3).toString().toUtf8()).object()});
    }
    return ops;
}

StoreError settle(const QSqlDatabase &db, qint64 seq, const QString &state, const QString &reason)
{
    return settle(db, QList<OpVerdict>{{seq, state, reason}});
}

StoreError settle(const QSqlDatabase &db, const QList<OpVerdict> &verdicts)
{
    QSqlQuery q(db);
    if (StoreError err = Connection::prepare(
            q, u"UPDATE sync_ops SET state = ?, reason = ?, settled_at = ? WHERE seq = ?"_s);
        !err.ok())
        return err;
    // A refused reply or moderation action never reaches the team's outbox: its entry here
    // fails with the server's reason.
    QSqlQuery failed(db);
    if (StoreError err = Connection::prepare(
            failed,
            u"UPDATE outbox SET state = 'failed', error = ?, retryable = 0, updated_at = ? "
            u"WHERE idempotency_key = (SELECT json_extract(payload, '$.key') FROM sync_ops "
            u"WHERE seq = ? AND kind IN ('reply', 'delete', 'hide', 'unhide', 'ban', 'retry'))"_s);
        !err.ok())
        return err;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString what =
        QCoreApplication::translate("fd::core::OpQueue", "Storing the server's verdict on an op");
    for (const OpVerdict &v : verdicts) {
        q.bindValue(0, v.state);
        q.bindValue(1, nonNull(v.reason));
        q.bindValue(2, now);
        q.bindValue(3, v.seq);
        if (StoreError err = Connection::run(q, what); !err.ok())
            return err;
        if (v.state != u"rejected"_s)
            continue;
        failed.bindValue(0, nonNull(v.reason));
        failed.bindValue(1, now);
        failed.bindValue(2, v.seq);
        if (StoreError err = Connection::run(failed, what); !err.ok())
            return err;
    }
    return {};
}

bool isOutboxKind(const QString &kind)
{
    static const QStringList kinds{u"reply"_s,  u"delete"_s, u"hide"_s,
                                   u"unhide"_s, u"ban"_s,    u"retry"_s};
    return kinds.contains(kind);
}

StoreResult<bool> inTeam(const QSqlDatabase &db)
{
    auto team = Connection::exec(db, u"SELECT 1 FROM meta WHERE key = 'team_station'"_s);
    if (!team.ok())
        return team.error();
    return team.value().next();
}

StoreResult<bool> enqueueInTeam(const QSqlDatabase &db, const QString &kind,
                                const QJsonObject &payload)
{
    const auto team = inTeam(db);
    if (!team.ok() || !*team)
        return team;
    auto queued = enqueue(db, kind, payload);
    if (!queued.ok())
        return queued.error();
    return true;
}

StoreResult<int> rejectQueued(const QSqlDatabase &db, const QString &reason)
{
    auto q =
        Connection::exec(db, u"SELECT seq FROM sync_ops WHERE state = 'queued' ORDER BY seq"_s);
    if (!q.ok())
        return q.error();
    QList<OpVerdict> verdicts;
    while (q.value().next())
        verdicts.append({q.value().value(0).toLongLong(), u"rejected"_s, reason});
    if (StoreError err = settle(db, verdicts); !err.ok())
        return err;
    return int(verdicts.size());
}

} // namespace fd::core::opQueue
