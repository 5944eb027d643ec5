#include "Pusher.h"

#include "OpQueue.h"
#include "ServerConnection.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace fd::core {

namespace {

QString what()
{
    return QCoreApplication::translate("fd::core::Pusher", "Sending this station's changes");
}

QString compact(const QJsonObject &payload)
{
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

// A verdict is "applied" or "rejected"; anything else is no verdict.
bool isVerdict(const QJsonObject &verdict)
{
    const QString state = verdict.value(u"state").toString();
    return state == u"applied"_s || state == u"rejected"_s;
}

} // namespace

ServerResult<QJsonObject> sendOp(ServerConnection &server, const QUuid &station, const QueuedOp &op)
{
    auto q = server.exec(
        u"SELECT fd.apply_op(?::uuid, ?::uuid, ?, ?, ?::jsonb)"_s,
        {op.opId, station.toString(QUuid::WithoutBraces), op.seq, op.kind, compact(op.payload)},
        what());
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return QJsonObject();
    return QJsonDocument::fromJson(q.value().value(0).toString().toUtf8()).object();
}

ServerResult<QList<QJsonObject>> sendOps(ServerConnection &server, const QUuid &station,
                                         const QList<QueuedOp> &ops)
{
    QJsonArray batch;
    for (const QueuedOp &op : ops) {
        batch.append(QJsonObject{{u"op"_s, op.opId},
                                 {u"seq"_s, op.seq},
                                 {u"kind"_s, op.kind},
                                 {u"payload"_s, op.payload}});
    }
    auto q = server.exec(u"SELECT fd.apply_ops(?::uuid, ?::jsonb)"_s,
                         {station.toString(QUuid::WithoutBraces),
                          QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact))},
                         what());
    if (!q.ok())
        return q.error();
    const QJsonArray answers =
        q.value().next() ? QJsonDocument::fromJson(q.value().value(0).toString().toUtf8()).array()
                         : QJsonArray();
    QList<QJsonObject> verdicts;
    verdicts.reserve(answers.size());
    for (const QJsonValue &answer : answers)
        verdicts.append(answer.toObject());
    return verdicts;
}

PushReport pushPending(Store &store, ServerConnection &server, const QUuid &station, int batch)
{
    PushReport report;
    const auto reader = store.reader();
    if (!reader.ok()) {
        report.error = {ServerError::Kind::Sql, reader.error().message};
        return report;
    }
    // A batch's verdicts are written while the next batch is on its way to the server.
    std::optional<QFuture<StoreError>> writing;
    auto settle = [&]() -> bool {
        if (!writing)
            return true;
        writing->waitForFinished();
        const StoreError err = writing->result();
        writing.reset();
        if (!err.ok()) {
            report.error = {ServerError::Kind::Sql, err.message};
            return false;
        }
        return true;
    };
    qint64 sent = 0; // the last op sent (its verdict may not be stored yet)
    for (;;) {
        const auto ops = opQueue::pending(*reader, batch, sent);
        if (!ops.ok()) {
            settle();
            report.error = {ServerError::Kind::Sql, ops.error().message};
            return report;
        }
        if (ops->isEmpty()) {
            settle();
            return report;
        }
        const auto answers = sendOps(server, station, *ops);
        if (!settle())
            return report;
        if (!answers.ok()) {
            report.error = answers.error();
            return report;
        }
        if (answers->size() != ops->size()) {
            report.error = ServerError::invalid(
                what() + u": "_s +
                QCoreApplication::translate("fd::core::Pusher", "the server answered %1 of %2 ops.")
                    .arg(answers->size())
                    .arg(ops->size()));
            return report;
        }
        QList<opQueue::OpVerdict> verdicts;
        verdicts.reserve(ops->size());
        for (qsizetype i = 0; i < ops->size(); ++i) {
            const QJsonObject &verdict = answers->at(i);
            if (!isVerdict(verdict)) {
                report.error = ServerError::invalid(
                    what() + u": "_s +
                    QCoreApplication::translate("fd::core::Pusher",
                                                "the server gave no verdict on op %1.")
                        .arg(ops->at(i).seq));
                return report;
            }
            const QString state = verdict.value(u"state").toString();
            const QString reason = verdict.value(u"reason").toString();
            verdicts.append({ops->at(i).seq, state, reason});
            if (state == u"applied"_s) {
                ++report.applied;
            } else {
                ++report.rejected;
                report.rejections << reason;
                if (opQueue::isOutboxKind(ops->at(i).kind))
                    report.refusedOutbox << ops->at(i).payload.value(u"key").toString();
            }
        }
        sent = ops->constLast().seq;
        writing = store.write([verdicts = std::move(verdicts)](const QSqlDatabase &db) {
            return opQueue::settle(db, verdicts);
        });
    }
}

} // namespace fd::core
