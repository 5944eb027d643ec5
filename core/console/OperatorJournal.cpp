#include "OperatorJournal.h"

#include "store/Connection.h"
#include "store/Store.h"
#include "store/TextLimits.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

QVariant operatorOf(const Actor &a)
{
    // Standalone stations have no operator rows: the name alone says who it was.
    return a.operatorId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(a.operatorId);
}

} // namespace

StoreError journalItem(const QSqlDatabase &db, const Actor &actor, qint64 at, const QString &action,
                       qint64 itemId, const QString &before, const QString &after,
                       const QString &detail)
{
    auto q = Connection::exec(
        db,
        u"INSERT INTO journal (at, actor_kind, operator_id, actor, station, action, item_id, "
        u"account_id, before, after, detail) SELECT ?, 'operator', ?, ?, ?, ?, id, account_id, "
        u"?, ?, ? FROM items WHERE id = ?"_s,
        {at, operatorOf(actor), nonNull(actor.displayName), nonNull(actor.station), action,
         nonNull(before), nonNull(after), nonNull(detail), itemId});
    return q.ok() ? StoreError{} : q.error();
}

StoreError journalItemBy(const QSqlDatabase &db, ActorKind kind, const QString &name,
                         const QString &station, qint64 at, const QString &action, qint64 itemId,
                         const QString &before, const QString &after, const QString &detail)
{
    auto q = Connection::exec(
        db,
        u"INSERT INTO journal (at, actor_kind, actor, station, action, item_id, account_id, "
        u"before, after, detail) SELECT ?, ?, ?, ?, ?, id, account_id, ?, ?, ? "
        u"FROM items WHERE id = ?"_s,
        {at, toString(kind), nonNull(name), nonNull(station), action, nonNull(before),
         nonNull(after), nonNull(detail), itemId});
    return q.ok() ? StoreError{} : q.error();
}

StoreError journalOther(const QSqlDatabase &db, const Actor &actor, qint64 at,
                        const QString &action, const QString &before, const QString &after,
                        const QString &detail)
{
    auto q = Connection::exec(
        db,
        u"INSERT INTO journal (at, actor_kind, operator_id, actor, station, action, before, "
        u"after, detail) VALUES (?, 'operator', ?, ?, ?, ?, ?, ?, ?)"_s,
        {at, operatorOf(actor), nonNull(actor.displayName), nonNull(actor.station), action,
         nonNull(before), nonNull(after), nonNull(detail)});
    return q.ok() ? StoreError{} : q.error();
}

QFuture<StoreError> journalEvent(Store &store, const Actor &actor, const QString &action,
                                 const QString &before, const QString &after, const QString &detail)
{
    return store.write([=](const QSqlDatabase &db) {
        return journalOther(db, actor, QDateTime::currentMSecsSinceEpoch(), action, before, after,
                            detail);
    });
}

} // namespace fd::core
