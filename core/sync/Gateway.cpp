#include "Gateway.h"

#include "ServerConnection.h"
#include "console/Outbox.h"
#include "rules/ItemClassifier.h"
#include "store/TextLimits.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::core::gateway {

namespace {

QJsonValue msOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toMSecsSinceEpoch()) : QJsonValue();
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonObject objectOf(QSqlQuery &q)
{
    return q.next() ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()
                    : QJsonObject();
}

} // namespace

ServerResult<qint64> registerAccount(ServerConnection &server, Platform platform,
                                     const QString &name, const QString &apiBase)
{
    auto q = server.exec(
        u"SELECT fd.register_account(?, ?, ?)"_s, {toString(platform), name, nonNull(apiBase)},
        QCoreApplication::translate("fd::core::Gateway", "Adding the account to the team"));
    if (!q.ok())
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

ServerResult<Lease> acquireLease(ServerConnection &server, qint64 accountId, const QUuid &station,
                                 int seconds)
{
    auto q =
        server.exec(u"SELECT fd.acquire_lease(?, ?::uuid, ?)::text"_s,
                    {accountId, station.toString(QUuid::WithoutBraces), seconds},
                    QCoreApplication::translate("fd::core::Gateway", "Asking to poll the account"));
    if (!q.ok())
        return q.error();
    const QJsonObject o = objectOf(q.value());
    Lease lease;
    lease.held = o.value(u"held"_s).toBool();
    lease.epoch = o.value(u"epoch"_s).toInteger();
    lease.holder = o.value(u"holder"_s).toString();
    lease.remainingMs = o.value(u"remaining_ms"_s).toInteger();
    lease.cursor = o.value(u"cursor"_s).toString();
    return lease;
}

ServerError releaseLease(ServerConnection &server, qint64 accountId, const QUuid &station,
                         qint64 epoch)
{
    auto q = server.exec(
        u"SELECT fd.release_lease(?, ?::uuid, ?)"_s,
        {accountId, station.toString(QUuid::WithoutBraces), epoch},
        QCoreApplication::translate("fd::core::Gateway", "Handing the account to another gateway"));
    return q.ok() ? ServerError{} : q.error();
}

QJsonArray itemsJson(const IngestBatch &batch, IngestResult &result, ItemClassifier *classifier)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    QJsonArray items;
    for (qsizetype index = 0; index < batch.items.size(); ++index) {
        const IncomingItem &in = batch.items.at(index);
        const Item &item = in.item;
        const auto clean = cleanItem(in, int(index), result);
        if (!clean)
            continue;
        QJsonObject o{
            {u"external_id"_s, clean->externalId},
            {u"kind"_s, toString(item.kind)},
            {u"direction"_s, toString(item.direction)},
            {u"parent_external_id"_s, sanitizeText(item.parentExternalId, TextLimits::externalId)},
            {u"text"_s, clean->text},
            {u"attachments"_s, clean->attachments},
            {u"rating"_s, qBound(0, item.rating, 5)},
            {u"url"_s, sanitizeText(item.url, TextLimits::shortText)},
            // Without the platform's time the server's clock decides, never this station's.
            {u"created"_s, msOrNull(item.createdAt)},
            {u"edited"_s, msOrNull(item.editedAt)},
            {u"status"_s, toString(item.status)},
            {u"truncated"_s, clean->truncated},
            {u"thread"_s,
             QJsonObject{{u"external_id"_s, threadExternalIdOf(in)},
                         {u"kind"_s, toString(threadKindFor(item.kind))},
                         {u"title"_s, sanitizeText(in.threadTitle, TextLimits::shortText)}}},
        };
        if (classifier && item.direction == Direction::Incoming) {
            const ItemAnnotations notes = classifier->classify(clean->text, nowMs);
            o.insert(u"lang"_s, notes.lang);
            o.insert(u"sentiment"_s, notes.sentiment ? QJsonValue(*notes.sentiment) : QJsonValue());
            o.insert(u"spam"_s, notes.spam);
        }
        const Author &a = item.author;
        if (!a.externalId.isEmpty()) {
            o.insert(
                u"author"_s,
                QJsonObject{
                    {u"external_id"_s, a.externalId.left(TextLimits::externalId)},
                    {u"name"_s, sanitizeText(a.name, TextLimits::shortText)},
                    {u"handle"_s, sanitizeText(a.handle, TextLimits::shortText)},
                    {u"followers"_s, a.followers >= 0 ? QJsonValue(a.followers) : QJsonValue()},
                    {u"city"_s, sanitizeText(a.city, TextLimits::shortText)},
                    {u"avatar_url"_s, sanitizeText(a.avatarUrl, TextLimits::shortText)},
                });
        }
        const PostPreview &p = in.post;
        if (!p.externalId.isEmpty()) {
            o.insert(u"post"_s, QJsonObject{
                                    {u"external_id"_s, p.externalId.left(TextLimits::externalId)},
                                    {u"text"_s, sanitizeText(p.text, TextLimits::itemText)},
                                    {u"url"_s, sanitizeText(p.url, TextLimits::shortText)},
                                    {u"created"_s, msOrNull(p.createdAt)},
                                });
        }
        items.append(o);
    }
    return items;
}

QJsonArray deletionsJson(const IngestBatch &batch)
{
    QJsonArray out;
    for (const IncomingDeletion &d : batch.deletions) {
        out.append(QJsonObject{
            {u"external_id"_s, d.externalId.trimmed()},
            {u"deleted"_s, msOrNull(d.deletedAt)},
            {u"deleted_by"_s, sanitizeText(d.deletedBy, TextLimits::shortText)},
            {u"restored"_s, d.restored},
        });
    }
    return out;
}

IngestResult sendBatch(ServerConnection &server, const QUuid &station, qint64 epoch,
                       const QString &expectedCursor, const IngestBatch &batch, ServerError *error,
                       ItemClassifier *classifier)
{
    IngestResult result;
    const QJsonArray items = itemsJson(batch, result, classifier);
    auto q = server.exec(
        u"SELECT fd.ingest(?, ?::uuid, ?, ?, ?, ?::jsonb, ?::jsonb)::text"_s,
        {batch.accountId, station.toString(QUuid::WithoutBraces), epoch, nonNull(expectedCursor),
         batch.cursor ? QVariant(nonNull(*batch.cursor)) : QVariant(QMetaType::fromType<QString>()),
         compact(items), compact(deletionsJson(batch))},
        QCoreApplication::translate("fd::core::Gateway", "Handing polled items to the team"));
    if (!q.ok()) {
        if (error)
            *error = q.error();
        result.error = {StoreError::Kind::Io, q.error().message};
        return result;
    }
    const QJsonObject o = objectOf(q.value());
    result.inserted = o.value(u"inserted"_s).toInt();
    result.edited = o.value(u"edited"_s).toInt();
    result.duplicates = o.value(u"duplicates"_s).toInt();
    result.deleted = o.value(u"deleted"_s).toInt();
    result.restored = o.value(u"restored"_s).toInt();
    for (const QJsonValue &id : o.value(u"ids"_s).toArray())
        result.insertedIds.append(id.toInteger());
    return result;
}

ServerResult<QList<OutboxWork>> takeOutbox(ServerConnection &server, qint64 accountId,
                                           const QUuid &station, qint64 epoch, bool resumeOwn,
                                           int limit)
{
    auto q = server.exec(
        u"SELECT fd.take_outbox(?, ?::uuid, ?, ?, ?)::text"_s,
        {accountId, station.toString(QUuid::WithoutBraces), epoch, limit, resumeOwn},
        QCoreApplication::translate("fd::core::Gateway", "Taking replies and actions to deliver"));
    if (!q.ok())
        return q.error();
    QList<OutboxWork> works;
    if (!q.value().next())
        return works;
    const QJsonArray rows = QJsonDocument::fromJson(q.value().value(0).toString().toUtf8()).array();
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        OutboxWork w;
        w.id = o.value(u"id"_s).toInteger();
        w.resumed = o.value(u"resumed"_s).toBool();
        w.postExternalId = o.value(u"post_external_id"_s).toString();
        OutgoingAction &a = w.action;
        a.kind = Outbox::actionFrom(o.value(u"action"_s).toString());
        a.itemId = o.value(u"item_id"_s).toInteger();
        a.itemKind = itemKindFromString(o.value(u"item_kind"_s).toString()).value_or(ItemKind::Dm);
        a.itemExternalId = o.value(u"item_external_id"_s).toString();
        a.threadExternalId = o.value(u"thread_external_id"_s).toString();
        a.authorExternalId = o.value(u"author_external_id"_s).toString();
        a.text = o.value(u"body"_s).toString();
        a.idempotencyKey = o.value(u"key"_s).toString();
        works.append(w);
    }
    return works;
}

ServerError outboxDone(ServerConnection &server, qint64 outboxId, const QUuid &station,
                       qint64 epoch, const std::optional<ActionResult> &result)
{
    const QVariant nullText(QMetaType::fromType<QString>());
    auto q = server.exec(
        u"SELECT fd.outbox_done(?, ?::uuid, ?, ?, ?, ?, ?)"_s,
        {outboxId, station.toString(QUuid::WithoutBraces), epoch,
         result ? QVariant(result->ok) : QVariant(QMetaType::fromType<bool>()),
         result ? QVariant(nonNull(result->externalId)) : nullText,
         result ? QVariant(nonNull(result->message)) : nullText,
         result ? QVariant(result->retryable) : QVariant(QMetaType::fromType<bool>())},
        QCoreApplication::translate("fd::core::Gateway", "Recording how a delivery went"));
    return q.ok() ? ServerError{} : q.error();
}

} // namespace fd::core::gateway
