#include "ItemJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fd::ctl {
namespace {

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

QJsonObject itemToJson(const core::ItemRow &row)
{
    const core::Item &it = row.item;
    QJsonObject author{
        {u"id"_s, it.author.externalId},
        {u"name"_s, it.author.name},
        {u"handle"_s, it.author.handle},
        {u"followers"_s, it.author.followers >= 0 ? QJsonValue(it.author.followers) : QJsonValue()},
        {u"city"_s, it.author.city},
    };
    return QJsonObject{
        {u"id"_s, it.id},
        {u"account"_s, row.accountName},
        {u"account_id"_s, it.accountId},
        {u"platform"_s, core::toString(row.platform)},
        {u"kind"_s, core::toString(it.kind)},
        {u"direction"_s, core::toString(it.direction)},
        {u"external_id"_s, it.externalId},
        {u"thread_id"_s, it.threadId},
        {u"parent_external_id"_s, it.parentExternalId},
        {u"post_external_id"_s, row.postExternalId},
        {u"author"_s, author},
        {u"text"_s, it.text},
        {u"attachments"_s, it.attachments},
        {u"rating"_s, it.rating > 0 ? QJsonValue(it.rating) : QJsonValue()},
        {u"created_at"_s, isoOrNull(it.createdAt)},
        {u"edited_at"_s, isoOrNull(it.editedAt)},
        {u"deleted_at"_s, isoOrNull(it.deletedAt)},
        {u"status"_s, core::toString(it.status)},
        {u"assignee"_s, row.assigneeName.isEmpty() ? QJsonValue() : QJsonValue(row.assigneeName)},
        {u"read"_s, it.read},
        {u"tags"_s, QJsonArray::fromStringList(row.tags)},
    };
}

} // namespace fd::ctl
