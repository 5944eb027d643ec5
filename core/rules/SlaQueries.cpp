#include "SlaQueries.h"

#include "store/Connection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

QDateTime msToUtc(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// An author's name as alerts quote it: customer text, so bounded.
QString boundedName(const QString &name)
{
    const QString simple = name.simplified();
    return simple.size() > 60 ? simple.left(59) + u'\u2026' : simple;
}

} // namespace

SlaQueries::SlaQueries(QSqlDatabase db)
    : m_db(std::move(db))
{}

StoreResult<SlaSettings> SlaQueries::settings() const
{
    return SlaSettings::load(m_db);
}

QString SlaQueries::factColumns()
{
    // Each subquery walks one conversation through items_out_by_thread or
    // items_open_by_thread, and the journal through journal_by_item.
    return u"i.id, i.account_id, i.kind, i.direction, i.status, i.created_at, "
           u"a.name, coalesce(nullif(au.name, ''), au.handle, ''), "
           u"EXISTS (SELECT 1 FROM items o WHERE o.thread_id = i.thread_id "
           u"AND o.direction = 'out' AND o.id < i.id), "
           u"(SELECT o.created_at FROM items o WHERE o.thread_id = i.thread_id "
           u"AND o.direction = 'out' AND o.id > i.id ORDER BY o.id LIMIT 1), "
           u"(SELECT max(j.at) FROM journal j WHERE j.item_id = i.id AND j.action IN "
           u"('item.closed', 'item.closed_without_reply', 'item.hidden', 'item.deleted')), "
           u"(SELECT f.created_at FROM items f WHERE f.thread_id = i.thread_id "
           u"AND f.id <= i.id AND f.direction = 'in' "
           u"AND (f.status = 'new' OR f.status = 'open' OR f.status = 'waiting') "
           u"ORDER BY f.id LIMIT 1)"_s;
}

QString SlaQueries::factSources()
{
    return u"items i JOIN accounts a ON a.id = i.account_id "
           u"LEFT JOIN authors au ON au.id = i.author_id"_s;
}

SlaFacts SlaQueries::factsAt(const QSqlQuery &q)
{
    SlaFacts f;
    f.itemId = q.value(0).toLongLong();
    f.accountId = q.value(1).toLongLong();
    f.kind = itemKindFromString(q.value(2).toString()).value_or(ItemKind::Dm);
    f.direction = directionFromString(q.value(3).toString()).value_or(Direction::Incoming);
    f.status = itemStatusFromString(q.value(4).toString()).value_or(ItemStatus::New);
    f.createdAt = msToUtc(q.value(5));
    f.accountName = q.value(6).toString();
    f.authorName = boundedName(q.value(7).toString());
    f.repliedBefore = q.value(8).toBool();
    f.answeredAt = msToUtc(q.value(9));
    f.closedAt = msToUtc(q.value(10));
    f.unresolvedSince = msToUtc(q.value(11));
    return f;
}

StoreResult<QHash<qint64, SlaFacts>> SlaQueries::facts(const QList<qint64> &itemIds) const
{
    QHash<qint64, SlaFacts> out;
    for (qsizetype first = 0; first < itemIds.size(); first += chunkSize) {
        const QList<qint64> chunk = itemIds.mid(first, chunkSize);
        QStringList marks(chunk.size(), u"?"_s);
        QSqlQuery q(m_db);
        if (auto e =
                Connection::prepare(q, u"SELECT "_s + factColumns() + u" FROM "_s + factSources() +
                                           u" WHERE i.id IN ("_s + marks.join(u", "_s) + u')');
            !e.ok())
            return e;
        for (const qint64 id : chunk)
            q.addBindValue(id);
        if (auto e = Connection::run(q, u"reading SLA clocks"_s); !e.ok())
            return e;
        while (q.next()) {
            const SlaFacts f = factsAt(q);
            out.insert(f.itemId, f);
        }
    }
    return out;
}

StoreResult<QList<SlaClock>> SlaQueries::clocks(const QList<qint64> &itemIds,
                                                const SlaSettings &settings,
                                                const QDateTime &now) const
{
    QList<SlaClock> out;
    if (settings.isEmpty()) {
        // No targets: nothing to read.
        for (const qint64 id : itemIds)
            out.append(SlaClock{id, {}, {}});
        return out;
    }
    const auto read = facts(itemIds);
    if (!read.ok())
        return read.error();
    for (const qint64 id : itemIds) {
        const auto it = read->constFind(id);
        if (it != read->constEnd())
            out.append(computeSlaClock(*it, settings, now));
    }
    return out;
}

StoreResult<QList<qint64>> SlaQueries::openIncoming(const QDateTime &since, int limit) const
{
    // Ids are ordered by creation time (created ms * 1000 + n).
    const qint64 fromId = since.isValid() ? since.toMSecsSinceEpoch() * 1000 : 0;
    auto q = Connection::exec(m_db,
                              u"SELECT id FROM items WHERE status IN ('new', 'open', 'waiting') "
                              u"AND direction = 'in' AND id >= ? ORDER BY id DESC LIMIT ?"_s,
                              {fromId, limit});
    if (!q.ok())
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    return ids;
}

} // namespace fd::core
