#include "Pusher.h"

#include "OpQueue.h"
#include "ServerConnection.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::core {

ServerResult<QJsonObject> sendOp(ServerConnection &server, const QUuid &station, const QueuedOp &op)
{
    auto q = server.exec(
        u"SELECT fd.apply_op(?::uuid, ?::uuid, ?, ?, ?::jsonb)"_s,
        {op.opId, station.toString(QUuid::WithoutBraces), op.seq, op.kind,
         QString::fromUtf8(QJsonDocument(op.payload).toJson(QJsonDocument::Compact))},
        QCoreApplication::translate("fd::core::Pusher", "Sending this station's changes"));
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return QJsonObject();
    return QJsonDocument::fromJson(q.value().value(0).toString().toUtf8()).object();
}

PushReport pushPending(Store &store, ServerConnection &server, const QUuid &station, int batch)
{
    PushReport report;
    const QString what =
        QCoreApplication::translate("fd::core::Pusher", "Sending this station's changes");
    const auto reader = store.reader();
    if (!reader.ok()) {
        report.error = {ServerError::Kind::Sql, reader.error().message};
        return report;
    }
    for (;;) {
        const auto ops = opQueue::pending(*reader, batch);
        if (!ops.ok()) {
            report.error = {ServerError::Kind::Sql, ops.error().message};
            return report;
        }
        if (ops->isEmpty())
            return report;
        for (const QueuedOp &op : *ops) {
            const auto sent = sendOp(server, station, op);
            if (!sent.ok()) {
                report.error = sent.error();
                return report;
            }
            const QJsonObject &verdict = *sent;
            const QString state = verdict.value(u"state").toString();
            const QString reason = verdict.value(u"reason").toString();
            if (state != u"applied"_s && state != u"rejected"_s) {
                report.error = ServerError::invalid(
                    what + u": "_s +
                    QCoreApplication::translate("fd::core::Pusher",
                                                "the server gave no verdict on op %1.")
                        .arg(op.seq));
                return report;
            }
            const qint64 seq = op.seq;
            auto settled = store.write([seq, state, reason](const QSqlDatabase &db) {
                return opQueue::settle(db, seq, state, reason);
            });
            settled.waitForFinished();
            if (!settled.result().ok()) {
                report.error = {ServerError::Kind::Sql, settled.result().message};
                return report;
            }
            if (state == u"applied"_s) {
                ++report.applied;
            } else {
                ++report.rejected;
                report.rejections << reason;
            }
        }
    }
}

} // namespace fd::core
