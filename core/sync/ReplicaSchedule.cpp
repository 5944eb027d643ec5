// The replica's schedule: shifts matched by the team's key, people by login. Only leads and
// administrators change it on the server, so what arrives replaces what this store had.
#include "ReplicaApplier.h"

#include "store/Connection.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::core::replica_detail {

StoreError Applier::shiftRow(const QJsonObject &row)
{
    const QString key = textOf(row, "key"_L1);
    if (row.value("removed"_L1).toBool()) {
        auto gone = Connection::exec(m_db, u"DELETE FROM shifts WHERE key = ?"_s, {key});
        return gone.ok() ? StoreError{} : gone.error();
    }
    const QString name = textOf(row, "name"_L1);
    // A shift of that name made here before the team's reached this store becomes the team's;
    // any other of that name steps aside (the server keeps names unique).
    auto adopted = Connection::exec(m_db,
                                    u"UPDATE shifts SET key = ? WHERE name = ? AND key IS NOT ? "
                                    u"AND NOT EXISTS (SELECT 1 FROM shifts WHERE key = ?)"_s,
                                    {key, name, key, key});
    if (!adopted.ok())
        return adopted.error();
    auto aside = Connection::exec(m_db,
                                  u"UPDATE shifts SET name = name || ' (' || id || ')' "
                                  u"WHERE name = ? AND key IS NOT ?"_s,
                                  {name, key});
    if (!aside.ok())
        return aside.error();
    auto q = Connection::exec(
        m_db,
        u"INSERT INTO shifts (key, name, start_minute, end_minute, days, zone, created_at) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET name = excluded.name, "
        u"start_minute = excluded.start_minute, end_minute = excluded.end_minute, "
        u"days = excluded.days, zone = excluded.zone"_s,
        {key, name, intOf(row, "start"_L1), intOf(row, "end"_L1), intOf(row, "days"_L1),
         textOf(row, "zone"_L1), intOf(row, "created"_L1)});
    if (!q.ok())
        return q.error();
    auto id = Connection::exec(m_db, u"SELECT id FROM shifts WHERE key = ?"_s, {key});
    if (!id.ok())
        return id.error();
    if (!id.value().next())
        return {};
    const qint64 shiftId = id->value(0).toLongLong();
    auto cleared =
        Connection::exec(m_db, u"DELETE FROM shift_operators WHERE shift_id = ?"_s, {shiftId});
    if (!cleared.ok())
        return cleared.error();
    for (const QJsonValue login : row.value("operators"_L1).toArray()) {
        const auto op = operatorId(login.toString());
        if (!op.ok())
            return op.error();
        if (!*op)
            continue;
        auto added = Connection::exec(
            m_db, u"INSERT OR IGNORE INTO shift_operators (shift_id, operator_id) VALUES (?, ?)"_s,
            {shiftId, **op});
        if (!added.ok())
            return added.error();
    }
    return {};
}

StoreError Applier::shiftResponsibilityRow(const QJsonObject &row)
{
    const qint64 account = intOf(row, "account_id"_L1);
    const QString key = textOf(row, "shift"_L1);
    qint64 shiftId = 0;
    if (!key.isEmpty()) {
        auto q = Connection::exec(m_db, u"SELECT id FROM shifts WHERE key = ?"_s, {key});
        if (!q.ok())
            return q.error();
        if (!q.value().next())
            return {}; // a shift removed since
        shiftId = q->value(0).toLongLong();
    }
    auto del = Connection::exec(m_db,
                                u"DELETE FROM shift_responsibility WHERE account_id = ? AND "
                                u"coalesce(shift_id, 0) = ?"_s,
                                {account, shiftId});
    if (!del.ok())
        return del.error();
    const auto op = operatorId(textOf(row, "operator"_L1));
    if (!op.ok())
        return op.error();
    if (!*op)
        return {};
    auto q = Connection::exec(
        m_db,
        u"INSERT INTO shift_responsibility (account_id, shift_id, operator_id) "
        u"SELECT id, ?, ? FROM accounts WHERE id = ?"_s,
        {shiftId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(shiftId), **op,
         account});
    return q.ok() ? StoreError{} : q.error();
}

StoreError Applier::shiftSettingRow(const QJsonObject &row)
{
    const QString key = textOf(row, "key"_L1);
    const QString value = textOf(row, "value"_L1);
    if (key == u"rotation" || key == u"rotation_zone") {
        auto q = Connection::exec(m_db,
                                  u"INSERT INTO shift_settings (key, value) VALUES (?, ?) "
                                  u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                                  {key, value});
        return q.ok() ? StoreError{} : q.error();
    }
    if (key != u"rotation_operators")
        return {};
    auto del = Connection::exec(m_db, u"DELETE FROM shift_rotation"_s);
    if (!del.ok())
        return del.error();
    int position = 0;
    for (const QString &login : value.split(u',', Qt::SkipEmptyParts)) {
        const auto op = operatorId(login);
        if (!op.ok())
            return op.error();
        if (!*op)
            continue;
        auto q = Connection::exec(
            m_db, u"INSERT OR IGNORE INTO shift_rotation (operator_id, position) VALUES (?, ?)"_s,
            {**op, position++});
        if (!q.ok())
            return q.error();
    }
    return {};
}

} // namespace fd::core::replica_detail
