#include "ItemFilterJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

template <typename T>
QJsonArray wordsOf(const QList<T> &values)
{
    QJsonArray out;
    for (const T &v : values)
        out.append(toString(v));
    return out;
}

QJsonArray idsOf(const QList<qint64> &ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(QString::number(id)); // as text: JSON numbers lose 64-bit ids
    return out;
}

template <typename T, typename Parse>
QList<T> valuesOf(const QJsonValue &array, Parse parse)
{
    QList<T> out;
    for (const QJsonValue &v : array.toArray()) {
        if (const std::optional<T> value = parse(v.toString()))
            out.append(*value);
    }
    return out;
}

qint64 idOf(const QJsonValue &v)
{
    return v.isString() ? v.toString().toLongLong() : qint64(v.toDouble());
}

QList<qint64> idListOf(const QJsonValue &array)
{
    QList<qint64> out;
    for (const QJsonValue &v : array.toArray()) {
        if (const qint64 id = idOf(v); id > 0)
            out.append(id);
    }
    return out;
}

} // namespace

QString filterToJson(const ItemFilter &f)
{
    QJsonObject o;
    if (!f.statuses.isEmpty())
        o.insert(u"statuses"_s, wordsOf(f.statuses));
    if (!f.platforms.isEmpty())
        o.insert(u"platforms"_s, wordsOf(f.platforms));
    if (!f.kinds.isEmpty())
        o.insert(u"kinds"_s, wordsOf(f.kinds));
    if (!f.accountIds.isEmpty())
        o.insert(u"accounts"_s, idsOf(f.accountIds));
    if (!f.tagIds.isEmpty())
        o.insert(u"tags"_s, idsOf(f.tagIds));
    if (f.assigneeId)
        o.insert(u"assignee"_s, QString::number(*f.assigneeId));
    if (f.authorId)
        o.insert(u"author"_s, QString::number(*f.authorId));
    if (f.unreadOnly)
        o.insert(u"unread"_s, true);
    if (f.unansweredOnly)
        o.insert(u"unanswered"_s, true);
    if (!f.search.isEmpty())
        o.insert(u"search"_s, f.search);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<ItemFilter> filterFromJson(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    ItemFilter f;
    f.statuses = valuesOf<ItemStatus>(o.value(u"statuses"), &itemStatusFromString);
    f.platforms = valuesOf<Platform>(o.value(u"platforms"), &platformFromString);
    f.kinds = valuesOf<ItemKind>(o.value(u"kinds"), &itemKindFromString);
    f.accountIds = idListOf(o.value(u"accounts"));
    f.tagIds = idListOf(o.value(u"tags"));
    if (o.contains(u"assignee"))
        f.assigneeId = std::max<qint64>(0, idOf(o.value(u"assignee")));
    if (o.contains(u"author"))
        f.authorId = idOf(o.value(u"author"));
    f.unreadOnly = o.value(u"unread").toBool();
    f.unansweredOnly = o.value(u"unanswered").toBool();
    f.search = o.value(u"search").toString();
    return f;
}

} // namespace fd::core
