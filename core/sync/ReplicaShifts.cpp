// The replica's handovers, notes for the next shift, and shifts and breaks as operators worked
// them, and promise marks: matched by the key of the station that wrote them, people by login. The
// server's times and acknowledgement win.
#include "ReplicaApplier.h"

#include "store/Connection.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::core::replica_detail {
namespace {

QVariant idOrNull(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

StoreError Applier::handoverRow(const QJsonObject &row)
{
    const QString from = textOf(row, "from"_L1);
    const QString to = textOf(row, "to"_L1);
    const QString ackBy = textOf(row, "acknowledged_by"_L1);
    const auto fromId = operatorId(from);
    if (!fromId.ok())
        return fromId.error();
    const auto toId = operatorId(to);
    if (!toId.ok())
        return toId.error();
    if (!ackBy.isEmpty()) {
        if (auto id = operatorId(ackBy); !id.ok())
            return id.error();
    }
    auto q = Connection::exec(
        m_db,
        u"INSERT INTO handovers (key, from_operator_id, from_name, to_operator_id, to_name, "
        u"reassign, summary, items_moved, created_at, acknowledged_at, acknowledged_by) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
        u"created_at = excluded.created_at, acknowledged_at = excluded.acknowledged_at, "
        u"acknowledged_by = excluded.acknowledged_by, items_moved = excluded.items_moved"_s,
        {textOf(row, "key"_L1), idOrNull(*fromId), m_operatorNames.value(from, from),
         idOrNull(*toId), nonNull(to.isEmpty() ? QString() : m_operatorNames.value(to, to)),
         textOf(row, "reassign"_L1), textOf(row, "summary"_L1), intOf(row, "items_moved"_L1),
         intOf(row, "created"_L1), idOrNull(optionalInt(row, "acknowledged"_L1)),
         nonNull(ackBy.isEmpty() ? QString() : m_operatorNames.value(ackBy, ackBy))});
    return q.ok() ? StoreError{} : q.error();
}

StoreError Applier::handoverNoteRow(const QJsonObject &row)
{
    const QString login = textOf(row, "operator"_L1);
    const auto id = operatorId(login);
    if (!id.ok())
        return id.error();
    auto q = Connection::exec(
        m_db,
        u"INSERT INTO handover_notes (key, operator_id, author, item_id, body, created_at) "
        u"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
        u"created_at = excluded.created_at"_s,
        {textOf(row, "key"_L1), idOrNull(*id), m_operatorNames.value(login, login),
         idOrNull(optionalInt(row, "item_id"_L1)), textOf(row, "body"_L1),
         intOf(row, "created"_L1)});
    return q.ok() ? StoreError{} : q.error();
}

StoreError Applier::shiftSessionRow(const QJsonObject &row)
{
    const auto id = operatorId(textOf(row, "operator"_L1));
    if (!id.ok())
        return id.error();
    if (!*id)
        return {};
    const QString key = textOf(row, "key"_L1);
    const auto ended = optionalInt(row, "ended"_L1);
    // One shift at a time, as on the server: one that runs elsewhere ends any other here.
    if (!ended) {
        auto others = Connection::exec(
            m_db,
            u"UPDATE shift_sessions SET ended_at = max(started_at, ?) WHERE operator_id = ? AND "
            u"ended_at IS NULL AND key <> ?"_s,
            {intOf(row, "started"_L1), **id, key});
        if (!others.ok())
            return others.error();
    }
    auto q = Connection::exec(
        m_db,
        u"INSERT INTO shift_sessions (key, operator_id, started_at, ended_at) VALUES (?, ?, ?, ?) "
        u"ON CONFLICT (key) DO UPDATE SET started_at = excluded.started_at, "
        u"ended_at = excluded.ended_at"_s,
        {key, **id, intOf(row, "started"_L1), idOrNull(ended)});
    return q.ok() ? StoreError{} : q.error();
}

StoreError Applier::shiftBreakRow(const QJsonObject &row)
{
    // The shift comes first in the feed; a break of a shift this store never had is skipped.
    auto q = Connection::exec(
        m_db,
        u"INSERT INTO shift_breaks (key, session_id, started_at, ended_at) SELECT ?, id, ?, ? "
        u"FROM shift_sessions WHERE key = ? ON CONFLICT (key) DO UPDATE SET "
        u"started_at = excluded.started_at, ended_at = excluded.ended_at"_s,
        {textOf(row, "key"_L1), intOf(row, "started"_L1), idOrNull(optionalInt(row, "ended"_L1)),
         textOf(row, "session"_L1)});
    return q.ok() ? StoreError{} : q.error();
}

StoreError Applier::promiseRow(const QJsonObject &row)
{
    const qint64 item = intOf(row, "item_id"_L1);
    if (!row.value("active"_L1).toBool()) {
        auto q = Connection::exec(m_db, u"DELETE FROM promises WHERE item_id = ?"_s, {item});
        return q.ok() ? StoreError{} : q.error();
    }
    const QString login = textOf(row, "marked_by"_L1);
    if (auto id = operatorId(login); !id.ok())
        return id.error();
    // Only open items wait for a promised answer; one closed here since keeps no mark.
    auto q = Connection::exec(
        m_db,
        u"INSERT INTO promises (item_id, source, phrase, marked_by, marked_at) "
        u"SELECT id, ?, ?, ?, ? FROM items WHERE id = ? AND status IN ('new', 'open', 'waiting') "
        u"ON CONFLICT (item_id) DO UPDATE SET source = excluded.source, phrase = "
        u"excluded.phrase, marked_by = excluded.marked_by, marked_at = excluded.marked_at"_s,
        {textOf(row, "source"_L1), textOf(row, "phrase"_L1),
         nonNull(m_operatorNames.value(login, login)), intOf(row, "marked"_L1), item});
    return q.ok() ? StoreError{} : q.error();
}

} // namespace fd::core::replica_detail
