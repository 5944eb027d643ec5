#include "Outbox.h"

#include "console/OperatorJournal.h"
#include "shifts/Promises.h"
#include "store/Connection.h"
#include "store/ItemQueries.h"
#include "store/Store.h"
#include "store/TextLimits.h"
#include "store/WriteFor.h"
#include "sync/OpQueue.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QPromise>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The storage words of the outbox's action column, both ways.
const std::pair<OutgoingAction::Kind, QString> kKindWords[] = {
    {OutgoingAction::Kind::Reply, u"reply"_s}, {OutgoingAction::Kind::Delete, u"delete"_s},
    {OutgoingAction::Kind::Hide, u"hide"_s},   {OutgoingAction::Kind::Unhide, u"unhide"_s},
    {OutgoingAction::Kind::Ban, u"ban"_s},
};

Outbox::State stateFrom(const QString &word)
{
    if (word == u"sending")
        return Outbox::State::Sending;
    if (word == u"sent")
        return Outbox::State::Sent;
    if (word == u"failed")
        return Outbox::State::Failed;
    return Outbox::State::Queued;
}

const QString kEntryColumns =
    u"SELECT id, item_id, action, body, close_after, operator, state, attempts, error, "
    u"retryable, result_external_id, created_at, updated_at, idempotency_key FROM outbox "_s;

Outbox::Entry entryFrom(const QSqlQuery &q, QString *key = nullptr)
{
    Outbox::Entry e;
    e.id = q.value(0).toLongLong();
    e.itemId = q.value(1).toLongLong();
    e.kind = Outbox::actionFrom(q.value(2).toString());
    e.body = q.value(3).toString();
    e.closeAfter = q.value(4).toBool();
    e.operatorName = q.value(5).toString();
    e.state = stateFrom(q.value(6).toString());
    e.attempts = q.value(7).toInt();
    e.error = q.value(8).toString();
    e.retryable = q.value(9).toBool();
    e.resultExternalId = q.value(10).toString();
    e.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(11).toLongLong(), Qt::UTC);
    e.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(12).toLongLong(), Qt::UTC);
    if (key)
        *key = q.value(13).toString();
    return e;
}

// The entries a condition picks, in the order it gives.
StoreResult<QList<Outbox::Entry>> entriesWhere(Store &store, const QString &where,
                                               const QVariant &value = {})
{
    auto reader = store.reader();
    if (!reader.ok())
        return reader.error();
    auto q = value.isValid() ? Connection::exec(*reader, kEntryColumns + where, {value})
                             : Connection::exec(*reader, kEntryColumns + where);
    if (!q.ok())
        return q.error();
    QList<Outbox::Entry> out;
    while (q.value().next())
        out.append(entryFrom(q.value()));
    return out;
}

StoreError setState(const QSqlDatabase &db, qint64 entryId, const QString &state,
                    const QString &error, bool retryable, const QString &resultId)
{
    auto q = Connection::exec(
        db,
        u"UPDATE outbox SET state = ?, error = ?, retryable = ?, "
        u"result_external_id = ?, updated_at = ? WHERE id = ?"_s,
        {state, nonNull(error), retryable ? 1 : 0, nonNull(resultId), nowMs(), entryId});
    return q.ok() ? StoreError{} : q.error();
}

} // namespace

QString Outbox::actionWord(OutgoingAction::Kind kind)
{
    for (const auto &[k, word] : kKindWords) {
        if (k == kind)
            return word;
    }
    return u"reply"_s;
}

IncomingItem Outbox::sentReply(const OutgoingAction &action, const ActionResult &result,
                               const QString &postExternalId)
{
    IncomingItem out;
    out.item.kind = action.itemKind;
    out.item.direction = Direction::Outgoing;
    out.item.status = ItemStatus::Closed;
    out.item.externalId = result.externalId;
    out.item.parentExternalId = action.itemExternalId;
    out.item.text = action.text;
    out.item.createdAt = QDateTime::currentDateTimeUtc();
    out.threadExternalId = action.threadExternalId;
    out.post.externalId = postExternalId;
    return out;
}

OutgoingAction::Kind Outbox::actionFrom(const QString &word)
{
    for (const auto &[k, w] : kKindWords) {
        if (w == word)
            return k;
    }
    return OutgoingAction::Kind::Reply;
}

Outbox::Outbox(Store &store, Actor actor, ConnectorFor connectorFor, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_actor(std::move(actor))
    , m_connectorFor(std::move(connectorFor))
{}

QString Outbox::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return tr("queued");
    case State::Sending:
        return tr("sending…");
    case State::Sent:
        return tr("sent");
    case State::Failed:
        return tr("failed");
    }
    return {};
}

QFuture<StoreResult<qint64>> Outbox::reply(qint64 itemId, const QString &text, bool closeAfter,
                                           std::optional<qint64> claimFence)
{
    return enqueue(itemId, OutgoingAction::Kind::Reply, text, closeAfter, claimFence);
}

QFuture<StoreResult<qint64>> Outbox::act(qint64 itemId, OutgoingAction::Kind kind)
{
    return enqueue(itemId, kind, QString(), false, std::nullopt);
}

StoreResult<bool> Outbox::queueIn(const QSqlDatabase &db, qint64 itemId, OutgoingAction::Kind kind,
                                  const QString &body, bool closeAfter, const QString &operatorName,
                                  qint64 &entryId, std::optional<qint64> claimFence)
{
    if (kind == OutgoingAction::Kind::Reply && body.trimmed().isEmpty())
        return StoreError::invalid(tr("A reply needs some text."));
    auto item = Connection::exec(db, u"SELECT 1 FROM items WHERE id = ?"_s, {itemId});
    if (!item.ok())
        return item.error();
    if (!item.value().next())
        return StoreError::notFound(tr("There is no item with id %1.").arg(itemId));
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 at = nowMs();
    auto q = Connection::exec(db,
                              u"INSERT INTO outbox (item_id, action, body, close_after, "
                              u"operator, idempotency_key, created_at, updated_at) "
                              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                              {itemId, Outbox::actionWord(kind), nonNull(body), closeAfter ? 1 : 0,
                               nonNull(operatorName), key, at, at});
    if (!q.ok())
        return q.error();
    entryId = q->lastInsertId().toLongLong();
    QJsonObject payload{{u"item"_s, itemId},
                        {u"key"_s, key},
                        {u"body"_s, nonNull(body)},
                        {u"close_after"_s, closeAfter}};
    if (claimFence)
        payload.insert(u"fence"_s, *claimFence);
    return opQueue::enqueueInTeam(db, Outbox::actionWord(kind), payload);
}

QFuture<StoreResult<qint64>> Outbox::enqueue(qint64 itemId, OutgoingAction::Kind kind,
                                             const QString &body, bool closeAfter,
                                             std::optional<qint64> claimFence)
{
    // In a team the server's outbox takes it (with the op queued in the same transaction) and
    // a gateway delivers it; this station does not send it itself.
    auto viaTeam = std::make_shared<bool>(false);
    auto future =
        writeFor<qint64>(m_store, [=, actor = m_actor](const QSqlDatabase &db, qint64 &id) {
            const auto queued =
                queueIn(db, itemId, kind, body, closeAfter, actor.displayName, id, claimFence);
            if (!queued.ok())
                return queued.error();
            *viaTeam = *queued;
            // An operator's reply answers what was promised in its conversation, and may
            // promise again.
            if (kind == OutgoingAction::Kind::Reply) {
                if (auto marked = promises::afterReply(db, itemId, body, actor.displayName,
                                                       QDateTime::currentMSecsSinceEpoch());
                    !marked.ok())
                    return marked.error();
            }
            return StoreError{};
        });
    // The caller gets a future of its own: on this Qt a future keeps one continuation, and a
    // caller's .then() must not replace the one that starts sending.
    auto promise = std::make_shared<QPromise<StoreResult<qint64>>>();
    QFuture<StoreResult<qint64>> result = promise->future();
    promise->start();
    // Fulfilled on the writer's thread, so a caller may block on it; the sending is queued
    // to this object's thread.
    future.then(
        [guard = QPointer<Outbox>(this), itemId, promise, viaTeam](const StoreResult<qint64> &id) {
            promise->addResult(id);
            promise->finish();
            if (!id.ok() || !guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, itemId, entryId = *id, viaTeam] {
                    if (!guard)
                        return;
                    Q_EMIT guard->changed(entryId, itemId, State::Queued, QString());
                    if (!*viaTeam)
                        guard->send(entryId);
                },
                Qt::QueuedConnection);
        });
    return result;
}

StoreResult<Outbox::Entry> Outbox::entry(qint64 entryId) const
{
    auto reader = m_store.reader();
    if (!reader.ok())
        return reader.error();
    auto q = Connection::exec(*reader, kEntryColumns + u"WHERE id = ?"_s, {entryId});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return StoreError::notFound(tr("There is no outbox entry %1.").arg(entryId));
    return entryFrom(q.value());
}

void Outbox::retry(qint64 entryId)
{
    const auto e = entry(entryId);
    if (!e.ok() || e->state != State::Failed)
        return;
    // In a team the server's entry is queued again (by its key) for the gateway.
    auto viaTeam = std::make_shared<bool>(false);
    m_store
        .write([entryId, viaTeam](const QSqlDatabase &db) {
            auto key = Connection::exec(db, u"SELECT idempotency_key FROM outbox WHERE id = ?"_s,
                                        {entryId});
            if (!key.ok())
                return key.error();
            if (!key.value().next())
                return StoreError{};
            // One the server refused never reached its outbox: it goes again as it was made (the
            // same key; its old claim's fence is stale). One the gateway failed goes again there.
            auto made = Connection::exec(
                db,
                u"SELECT kind, payload, state FROM sync_ops WHERE kind <> 'retry' AND "
                u"json_extract(payload, '$.key') = ? ORDER BY seq DESC LIMIT 1"_s,
                {key->value(0).toString()});
            if (!made.ok())
                return made.error();
            QString kind = u"retry"_s;
            QJsonObject payload{{u"key"_s, key->value(0).toString()}};
            if (made.value().next() && made->value(2).toString() == u"rejected"_s) {
                kind = made->value(0).toString();
                payload = QJsonDocument::fromJson(made->value(1).toString().toUtf8()).object();
                payload.remove(u"fence"_s);
            }
            auto queued = opQueue::enqueueInTeam(db, kind, payload);
            if (!queued.ok())
                return queued.error();
            *viaTeam = *queued;
            if (!*queued)
                return StoreError{};
            return setState(db, entryId, u"queued"_s, QString(), false, QString());
        })
        .then(this, [this, entryId, itemId = e->itemId, viaTeam](StoreError err) {
            if (!err.ok())
                return;
            if (*viaTeam)
                Q_EMIT changed(entryId, itemId, State::Queued, QString());
            else
                send(entryId);
        });
}

void Outbox::announceKeys(const QStringList &keys)
{
    for (const QString &key : keys) {
        const auto found = entriesWhere(m_store, u"WHERE idempotency_key = ?"_s, key);
        for (const Entry &e : found.ok() ? *found : QList<Entry>())
            Q_EMIT changed(e.id, e.itemId, e.state, e.error);
    }
}

void Outbox::announce(const QList<std::pair<qint64, qint64>> &entries)
{
    for (const auto &[entryId, itemId] : entries) {
        const auto e = entry(entryId);
        if (e.ok())
            Q_EMIT changed(e->id, e->itemId, e->state, e->error);
    }
}

void Outbox::sendQueued()
{
    auto reader = m_store.reader();
    if (!reader.ok())
        return;
    const auto team = opQueue::inTeam(*reader);
    if (!team.ok() || *team)
        return;
    auto q = Connection::exec(
        *reader, u"SELECT id, item_id FROM outbox WHERE state = 'queued' ORDER BY id"_s);
    if (!q.ok())
        return;
    QList<std::pair<qint64, qint64>> queued;
    while (q.value().next())
        queued.append({q.value().value(0).toLongLong(), q.value().value(1).toLongLong()});
    for (const auto &[entryId, itemId] : queued) {
        if (m_inFlight.contains(entryId))
            continue;
        Q_EMIT changed(entryId, itemId, State::Queued, QString());
        send(entryId);
    }
}

void Outbox::send(qint64 entryId)
{
    if (m_inFlight.contains(entryId))
        return;
    auto reader = m_store.reader();
    if (!reader.ok())
        return;
    auto q = Connection::exec(*reader, kEntryColumns + u"WHERE id = ?"_s, {entryId});
    if (!q.ok() || !q.value().next())
        return;
    QString key;
    const Entry e = entryFrom(q.value(), &key);
    if (e.state == State::Sent || e.state == State::Sending)
        return; // done, or on its way, meanwhile
    const auto row = ItemQueries(*reader).item(e.itemId);
    auto fail = [this, e](const QString &why, bool retryable) { failed(e, why, retryable); };
    if (!row.ok()) {
        fail(row.error().message, false);
        return;
    }
    Connector *connector = m_connectorFor ? m_connectorFor(row->item.accountId) : nullptr;
    if (!connector) {
        fail(tr("This station holds no token for \"%1\", so it cannot act there. An admin can "
                "add the account's token here, or send it from a station that has it.")
                 .arg(row->accountName),
             true);
        return;
    }

    OutgoingAction action;
    action.kind = e.kind;
    action.itemId = e.itemId;
    action.itemKind = row->item.kind;
    action.itemExternalId = row->item.externalId;
    action.authorExternalId = row->item.author.externalId;
    action.text = e.body;
    action.idempotencyKey = key; // the same for every attempt, so the platform can tell
    auto thread =
        Connection::exec(*reader,
                         u"SELECT t.external_id, coalesce(p.external_id, '') FROM threads "
                         u"t LEFT JOIN posts p ON p.id = t.post_id WHERE t.id = ?"_s,
                         {row->item.threadId});
    QString postExternalId;
    if (thread.ok() && thread.value().next()) {
        action.threadExternalId = thread->value(0).toString();
        postExternalId = thread->value(1).toString();
    }

    m_inFlight.insert(entryId);
    m_store.write([entryId](const QSqlDatabase &db) {
        auto u = Connection::exec(db,
                                  u"UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
                                  u"error = '', updated_at = ? WHERE id = ?"_s,
                                  {nowMs(), entryId});
        return u.ok() ? StoreError{} : u.error();
    });
    Q_EMIT changed(e.id, e.itemId, State::Sending, QString());
    const qint64 accountId = row->item.accountId;
    connector->perform(
        action, this, [this, e, action, accountId, postExternalId](const ActionResult &r) {
            m_inFlight.remove(e.id);
            Entry done = e;
            done.resultExternalId = r.externalId;
            if (!r.ok) {
                failed(e, r.message, r.retryable);
                return;
            }
            if (e.kind == OutgoingAction::Kind::Reply && !r.externalId.isEmpty())
                m_store.ingest({accountId, {sentReply(action, r, postExternalId)}, {}, {}});
            finish(done, action, r);
        });
}

void Outbox::failed(const Entry &entry, const QString &why, bool retryable)
{
    // Told once it is on disk, so a retry asked for right away finds it failed.
    m_store
        .write([entry, why, retryable](const QSqlDatabase &db) {
            return setState(db, entry.id, u"failed"_s, why, retryable, QString());
        })
        .then(this, [this, entry, why](StoreError) {
            Q_EMIT changed(entry.id, entry.itemId, State::Failed, why);
        });
}

void Outbox::finish(const Entry &entry, const OutgoingAction &action, const ActionResult &result)
{
    m_store
        .write([entry, action, result, actor = m_actor](const QSqlDatabase &db) {
            if (StoreError err =
                    setState(db, entry.id, u"sent"_s, QString(), false, result.externalId);
                !err.ok())
                return err;
            auto old = Connection::exec(db, u"SELECT status, text FROM items WHERE id = ?"_s,
                                        {entry.itemId});
            if (!old.ok())
                return old.error();
            if (!old.value().next())
                return StoreError{}; // the item went meanwhile; the outbox keeps the record
            const QString status = old->value(0).toString();
            const QString text = old->value(1).toString();
            // An action a rule queued (it journaled its plan as "outbox.<word>" under its name)
            // is journaled as the rule's when delivered, and one the program queued itself (a
            // customer survey) under the feature's name; not as this station's operator's.
            auto queuedByRule = Connection::exec(
                db,
                u"SELECT 1 FROM journal WHERE item_id = ? AND actor_kind = 'rule' AND "
                u"action = ? AND actor = ? LIMIT 1"_s,
                {entry.itemId, QString(u"outbox."_s + actionWord(entry.kind)), entry.operatorName});
            if (!queuedByRule.ok())
                return queuedByRule.error();
            const bool byRule = queuedByRule.value().next();
            // A customer survey is the program's own (its row names the entry).
            auto survey = Connection::exec(
                db, u"SELECT 1 FROM csat_surveys WHERE outbox_id = ? LIMIT 1"_s, {entry.id});
            if (!survey.ok())
                return survey.error();
            const bool byProgram = !byRule && survey.value().next();
            auto record = [&](const QString &action, const QString &before, const QString &after,
                              const QString &detail = {}) {
                if (byRule || byProgram)
                    return journalItemBy(db, byRule ? ActorKind::Rule : ActorKind::System,
                                         entry.operatorName, actor.station, nowMs(), action,
                                         entry.itemId, before, after, detail);
                return journalItem(db, actor, nowMs(), action, entry.itemId, before, after, detail);
            };
            switch (entry.kind) {
            case OutgoingAction::Kind::Reply: {
                const QString next = entry.closeAfter ? u"closed"_s : u"waiting"_s;
                auto u = Connection::exec(db,
                                          u"UPDATE items SET status = ?, read = 1 WHERE id = ? AND "
                                          u"status NOT IN ('deleted', 'hidden')"_s,
                                          {next, entry.itemId});
                if (!u.ok())
                    return u.error();
                return record(u"item.replied"_s, status, entry.body, next);
            }
            case OutgoingAction::Kind::Delete:
            case OutgoingAction::Kind::Hide: {
                const bool hide = entry.kind == OutgoingAction::Kind::Hide;
                auto u = Connection::exec(
                    db,
                    hide ? u"UPDATE items SET status = 'hidden' WHERE id = ?"_s
                         : u"UPDATE items SET status = 'deleted', deleted_at = ? WHERE id = ?"_s,
                    hide ? std::initializer_list<QVariant>{entry.itemId}
                         : std::initializer_list<QVariant>{nowMs(), entry.itemId});
                if (!u.ok())
                    return u.error();
                // The text is kept in the journal: what was removed can always be told.
                return record(hide ? u"item.hidden"_s : u"item.deleted"_s, text, QString(),
                              u"status was "_s + status);
            }
            case OutgoingAction::Kind::Unhide: {
                auto u = Connection::exec(
                    db, u"UPDATE items SET status = 'open' WHERE id = ? AND status = 'hidden'"_s,
                    {entry.itemId});
                if (!u.ok())
                    return u.error();
                return record(u"item.unhidden"_s, QString(), text);
            }
            case OutgoingAction::Kind::Ban:
                return record(u"author.banned"_s, QString(), action.authorExternalId, text);
            }
            return StoreError{};
        })
        .then(this, [this, entry](StoreError) {
            Q_EMIT changed(entry.id, entry.itemId, State::Sent, QString());
        });
}

StoreError Outbox::recover()
{
    const QString maybe = tr("Frontdesk stopped while this was being sent. It may or may not "
                             "have reached the platform: check there before sending it again.");
    const QString never = tr("Frontdesk stopped before this was sent. Send it again.");
    auto f = m_store.write([maybe, never](const QSqlDatabase &db) {
        // In a team the server's outbox and its gateways own delivery; this store only mirrors.
        const auto team = opQueue::inTeam(db);
        if (!team.ok())
            return team.error();
        if (*team)
            return StoreError{};
        auto q = Connection::exec(db,
                                  u"UPDATE outbox SET state = 'failed', retryable = 1, "
                                  u"updated_at = ?, error = CASE state WHEN 'sending' THEN ? "
                                  u"ELSE ? END WHERE state IN ('sending', 'queued')"_s,
                                  {nowMs(), maybe, never});
        return q.ok() ? StoreError{} : q.error();
    });
    f.waitForFinished();
    return f.result();
}

StoreResult<QList<Outbox::Entry>> Outbox::entriesFor(qint64 itemId) const
{
    return entriesWhere(m_store, u"WHERE item_id = ? ORDER BY id"_s, itemId);
}

StoreResult<QList<Outbox::Entry>> Outbox::unfinished() const
{
    // The same form as the outbox_open index's condition, so that index serves it.
    return entriesWhere(
        m_store,
        u"WHERE (state = 'queued' OR state = 'sending' OR state = 'failed') ORDER BY id"_s);
}

} // namespace fd::core
