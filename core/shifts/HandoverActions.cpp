#include "HandoverActions.h"

#include "Promises.h"
#include "ShiftActions.h"
#include "console/OperatorJournal.h"
#include "store/Connection.h"
#include "store/Store.h"
#include "store/TextLimits.h"
#include "store/WriteFor.h"
#include "sync/OpQueue.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

struct HandoverText
{
    Q_DECLARE_TR_FUNCTIONS(fd::core::HandoverActions)
};

// Summaries and notes are our own words, kept plain and bounded.
constexpr qsizetype kNoteChars = 8000;

qint64 msOr(const QDateTime &at)
{
    return at.isValid() ? at.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

QVariant orNull(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

struct Person
{
    QString login;
    QString name;
};

StoreResult<Person> person(const QSqlDatabase &db, qint64 operatorId, bool enabledOnly)
{
    auto q = Connection::exec(db,
                              u"SELECT login, display_name, disabled FROM operators "
                              u"WHERE id = ?"_s,
                              {operatorId});
    if (!q.ok())
        return q.error();
    if (!q.value().next() || (enabledOnly && q->value(2).toBool()))
        return StoreError::invalid(
            HandoverText::tr("There is no active operator with id %1.").arg(operatorId));
    return Person{q->value(0).toString(), q->value(1).toString()};
}

StoreError teamOp(const QSqlDatabase &db, const QString &kind, const QJsonObject &payload)
{
    auto queued = opQueue::enqueueInTeam(db, kind, payload);
    return queued.ok() ? StoreError{} : queued.error();
}

} // namespace

HandoverActions::HandoverActions(Store &store, Actor actor)
    : m_store(store)
    , m_actor(std::move(actor))
{}

QFuture<StoreResult<Handover>> HandoverActions::handOver(const HandoverRequest &request)
{
    HandoverRequest r = request;
    r.summary = sanitizeText(r.summary.trimmed(), kNoteChars);
    const qint64 at = msOr(r.at);
    return writeFor<Handover>(m_store, [r, at, actor = m_actor](const QSqlDatabase &db,
                                                                Handover &h) {
        const auto from = person(db, r.fromOperatorId, false);
        if (!from.ok())
            return from.error();
        Person to;
        if (r.toOperatorId != 0) {
            const auto found = person(db, r.toOperatorId, true);
            if (!found.ok())
                return found.error();
            to = *found;
        } else if (r.reassign == Reassign::Incoming) {
            return StoreError::invalid(HandoverText::tr(
                "Name the incoming operator, or hand the open items back to the pool."));
        }
        if (r.toOperatorId != 0 && r.toOperatorId == r.fromOperatorId)
            return StoreError::invalid(
                HandoverText::tr("A handover goes to someone else than the leaving operator."));

        QList<qint64> open;
        if (r.reassign != Reassign::Keep) {
            auto q = Connection::exec(db,
                                      u"SELECT id FROM items WHERE assignee_id = ? AND status IN "
                                      u"('new', 'open', 'waiting') ORDER BY id"_s,
                                      {r.fromOperatorId});
            if (!q.ok())
                return q.error();
            while (q.value().next())
                open.append(q->value(0).toLongLong());
            const qint64 target = r.reassign == Reassign::Incoming ? r.toOperatorId : 0;
            if (StoreError e = assignItemsIn(db, actor, open, target); !e.ok())
                return e;
        }

        h.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        h.shiftId = r.shiftId;
        h.fromOperatorId = r.fromOperatorId;
        h.fromName = from->name;
        h.toOperatorId = r.toOperatorId;
        h.toName = to.name;
        h.reassign = r.reassign;
        h.summary = r.summary;
        h.itemsMoved = int(open.size());
        h.createdAt = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
        auto ins = Connection::exec(
            db,
            u"INSERT INTO handovers (key, shift_id, from_operator_id, from_name, to_operator_id, "
            u"to_name, reassign, summary, items_moved, created_at) "
            u"VALUES (?, (SELECT id FROM shifts WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {h.key, r.shiftId, r.fromOperatorId, nonNull(h.fromName), orNull(r.toOperatorId),
             nonNull(h.toName), toString(r.reassign), nonNull(h.summary), h.itemsMoved, at});
        if (!ins.ok())
            return ins.error();
        h.id = ins->lastInsertId().toLongLong();
        if (StoreError e =
                journalOther(db, actor, at, u"handover.created"_s, h.fromName,
                             h.toName.isEmpty() ? HandoverText::tr("the pool") : h.toName,
                             HandoverText::tr("%n open item(s) moved", nullptr, h.itemsMoved) +
                                 (h.summary.isEmpty() ? QString() : u": "_s + h.summary));
            !e.ok())
            return e;
        if (r.endShift) {
            if (auto ended = endShiftIn(db, actor, r.fromOperatorId, at); !ended.ok())
                return ended.error();
        }
        return teamOp(db, u"handover"_s,
                      {{u"key"_s, h.key},
                       {u"from"_s, from->login},
                       {u"to"_s, to.login},
                       {u"reassign"_s, toString(r.reassign)},
                       {u"summary"_s, h.summary},
                       {u"items_moved"_s, h.itemsMoved},
                       {u"at"_s, at}});
    });
}

QFuture<StoreError> HandoverActions::acknowledge(qint64 handoverId, const QDateTime &at)
{
    const qint64 ms = msOr(at);
    return m_store.write([handoverId, ms, actor = m_actor](const QSqlDatabase &db) {
        auto found = Connection::exec(db,
                                      u"SELECT key, from_name, acknowledged_by, "
                                      u"acknowledged_at IS NOT NULL FROM handovers "
                                      u"WHERE id = ?"_s,
                                      {handoverId});
        if (!found.ok())
            return found.error();
        if (!found.value().next())
            return StoreError::notFound(
                HandoverText::tr("There is no handover with id %1.").arg(handoverId));
        if (found->value(3).toBool())
            return StoreError::invalid(HandoverText::tr("%1 acknowledged this handover already.")
                                           .arg(found->value(2).toString()));
        const QString key = found->value(0).toString();
        const QString from = found->value(1).toString();
        const QString by = actor.displayName.isEmpty() ? actor.login : actor.displayName;
        auto q = Connection::exec(db,
                                  u"UPDATE handovers SET acknowledged_at = ?, acknowledged_by = ? "
                                  u"WHERE id = ?"_s,
                                  {ms, nonNull(by), handoverId});
        if (!q.ok())
            return q.error();
        if (StoreError e = journalOther(db, actor, ms, u"handover.acknowledged"_s, from, by);
            !e.ok())
            return e;
        return teamOp(db, u"handover_ack"_s, {{u"key"_s, key}, {u"at"_s, ms}});
    });
}

QFuture<StoreResult<qint64>> HandoverActions::addNote(const QString &body, qint64 itemId,
                                                      const QDateTime &at)
{
    const QString text = sanitizeText(body.trimmed(), kNoteChars);
    const qint64 ms = msOr(at);
    return writeFor<qint64>(m_store, [=, actor = m_actor](const QSqlDatabase &db, qint64 &id) {
        if (text.isEmpty())
            return StoreError::invalid(HandoverText::tr("A note needs some text."));
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString author = actor.displayName.isEmpty() ? actor.login : actor.displayName;
        auto q = Connection::exec(
            db,
            u"INSERT INTO handover_notes (key, operator_id, author, item_id, "
            u"body, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
            {key, orNull(actor.operatorId), nonNull(author), orNull(itemId), text, ms});
        if (!q.ok())
            return q.error();
        id = q->lastInsertId().toLongLong();
        if (StoreError e = journalOther(db, actor, ms, u"handover.note"_s, QString(), text);
            !e.ok())
            return e;
        QJsonObject payload{{u"key"_s, key}, {u"body"_s, text}, {u"at"_s, ms}};
        if (itemId != 0)
            payload.insert(u"item"_s, itemId);
        return teamOp(db, u"shift_note"_s, payload);
    });
}

QFuture<StoreError> HandoverActions::markPromise(qint64 itemId, bool on)
{
    return m_store.write([itemId, on, actor = m_actor](const QSqlDatabase &db) {
        const qint64 at = QDateTime::currentMSecsSinceEpoch();
        const QString by = actor.displayName.isEmpty() ? actor.login : actor.displayName;
        if (StoreError e = promises::mark(db, itemId, on, by, at); !e.ok())
            return e;
        return journalItem(db, actor, at, on ? u"item.promised"_s : u"item.promise_cleared"_s,
                           itemId, QString(), QString());
    });
}

} // namespace fd::core
