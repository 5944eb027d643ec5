#include "StatsTestSupport.h"

#include "store/Connection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::test {

Timeline::Timeline(QDateTime base)
    : m_base(std::move(base))
{
    m_account = m_store.addAccount(core::Platform::Telegram, u"Shop"_s);
}

void Timeline::sql(const QString &statement, const QVariantList &values)
{
    auto f = store().write([statement, values](const QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.prepare(statement))
            return core::StoreError::fromSql(q.lastError(), statement);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec() ? core::StoreError{} : core::StoreError::fromSql(q.lastError(), statement);
    });
    const core::StoreError e = resultOf(f);
    INFO(e.message.toStdString());
    REQUIRE(e.ok());
}

qint64 Timeline::conversation(core::ItemKind kind)
{
    const qint64 id = ++m_next;
    sql(u"INSERT INTO threads (id, account_id, kind, external_id) VALUES (?, ?, ?, ?)"_s,
        {id, m_account, core::toString(core::threadKindFor(kind)), u"t%1"_s.arg(id)});
    return id;
}

qint64 Timeline::customer(qint64 thread, qint64 seconds, const QString &status, core::ItemKind kind)
{
    const qint64 ms = at(seconds).toMSecsSinceEpoch();
    const qint64 id = ms * 1000 + (++m_next % 1000);
    sql(u"INSERT INTO items (id, account_id, external_id, kind, direction, thread_id, created_at, "
        u"received_at, status) VALUES (?, ?, ?, ?, 'in', ?, ?, ?, ?)"_s,
        {id, m_account, u"c%1"_s.arg(id), core::toString(kind), thread, ms, ms, status});
    return id;
}

qint64 Timeline::reply(qint64 thread, qint64 toItem, qint64 seconds, const QString &sender,
                       bool byRule)
{
    const qint64 ms = at(seconds).toMSecsSinceEpoch();
    const qint64 id = ms * 1000 + (++m_next % 1000);
    const QString external = u"r%1"_s.arg(id);
    sql(u"INSERT INTO items (id, account_id, external_id, kind, direction, thread_id, created_at, "
        u"received_at, status) SELECT ?, ?, ?, kind, 'out', ?, ?, ?, 'closed' FROM items "
        u"WHERE id = ?"_s,
        {id, m_account, external, thread, ms, ms, toItem});
    sql(u"INSERT INTO outbox (item_id, action, body, operator, idempotency_key, state, "
        u"result_external_id, created_at, updated_at, origin) VALUES (?, 'reply', 'Hello', ?, ?, "
        u"'sent', ?, ?, ?, ?)"_s,
        {toItem, sender, u"k%1"_s.arg(id), external, ms, ms, byRule ? u"rule"_s : u"operator"_s});
    return id;
}

void Timeline::journal(qint64 itemId, qint64 seconds, const QString &action, const QString &actor,
                       const QString &actorKind, const QString &after)
{
    sql(u"INSERT INTO journal (at, actor_kind, actor, action, item_id, account_id, after) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {at(seconds).toMSecsSinceEpoch(), actorKind, actor, action, itemId, m_account,
         after.isNull() ? u""_s : after});
}

void Timeline::setStatus(qint64 itemId, const QString &status)
{
    sql(u"UPDATE items SET status = ? WHERE id = ?"_s, {status, itemId});
}

core::StatsReport Timeline::stats(core::StatsQuery query)
{
    if (!query.now.isValid())
        query.now = at(30 * 24 * 3600);
    auto reader = store().reader();
    REQUIRE(reader.ok());
    auto report = core::StatsEngine(*reader).compute(query);
    INFO(report.error().message.toStdString());
    REQUIRE(report.ok());
    return *report;
}

} // namespace fd::test
