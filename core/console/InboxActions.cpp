#include "InboxActions.h"

#include "sync/OpQueue.h"

#include "console/OperatorJournal.h"
#include "store/Connection.h"
#include "store/Store.h"
#include "store/TextLimits.h"
#include "store/WriteFor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

// A refused INSERT or UPDATE on a unique column reads as `taken`; anything else (a full disk)
// is passed on as it is.
StoreError takenOr(const StoreError &error, const QString &taken)
{
    return error.kind == StoreError::Kind::Sql ? StoreError::invalid(taken) : error;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QVariant orNull(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// In team mode, the op that tells the server about a change made here, queued in the same
// transaction as the change. A standalone station queues nothing.
StoreError teamOp(const QSqlDatabase &db, const QString &kind, const QJsonObject &payload)
{
    auto queued = opQueue::enqueueInTeam(db, kind, payload);
    return queued.ok() ? StoreError{} : queued.error();
}

StoreResult<QString> tagName(const QSqlDatabase &db, qint64 tagId)
{
    auto q = Connection::exec(db, u"SELECT name FROM tags WHERE id = ?"_s, {tagId});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return StoreError::invalid(
            QCoreApplication::translate("fd::core::InboxActions", "There is no tag with id %1.")
                .arg(tagId));
    return q->value(0).toString();
}

// SQLite's NOCASE folds ASCII only; names in Cyrillic or Polish are compared here. A name in
// use (any case) is refused with `message`.
StoreError refuseTaken(const QSqlDatabase &db, const QString &table, const QString &name,
                       qint64 exceptId, const QString &message)
{
    auto q = Connection::exec(db, u"SELECT id, name FROM "_s + table);
    if (!q.ok())
        return q.error();
    while (q.value().next()) {
        if (q->value(0).toLongLong() != exceptId &&
            q->value(1).toString().compare(name, Qt::CaseInsensitive) == 0)
            return StoreError::invalid(message);
    }
    return {};
}

QString tagTaken(const QString &name)
{
    return QCoreApplication::translate("fd::core::InboxActions",
                                       "There is already a tag called \"%1\".")
        .arg(name);
}

// A template as the journal keeps it: where it is filed, its title and shortcode, its text.
QString templateText(const QString &folder, const QString &title, const QString &shortcode,
                     const QString &body)
{
    QString head = folder.isEmpty() ? title : folder + u" › "_s + title;
    if (!shortcode.isEmpty())
        head += u" (/"_s + shortcode + u')';
    return head + u"\n"_s + body;
}

QString cleanName(const QString &name)
{
    return name.simplified().left(80);
}

// The actor's row in `operators`: theirs by id, else the one with their login, else a new one.
StoreResult<qint64> operatorRowOf(const QSqlDatabase &db, const Actor &actor)
{
    if (actor.operatorId != 0)
        return actor.operatorId;
    auto found =
        Connection::exec(db, u"SELECT id FROM operators WHERE login = ?"_s, {nonNull(actor.login)});
    if (!found.ok())
        return found.error();
    if (found.value().next())
        return found->value(0).toLongLong();
    const QString name = actor.displayName.isEmpty() ? actor.login : actor.displayName;
    auto added = Connection::exec(
        db, u"INSERT INTO operators (login, display_name, created_at) VALUES (?, ?, ?)"_s,
        {nonNull(actor.login), nonNull(name), nowMs()});
    if (!added.ok())
        return added.error();
    return added->lastInsertId().toLongLong();
}

} // namespace

StoreError assignItemsIn(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &items,
                         qint64 operatorId)
{
    QString to;
    QString toLogin;
    if (operatorId != 0) {
        auto op = Connection::exec(
            db, u"SELECT display_name, login FROM operators WHERE id = ? AND disabled = 0"_s,
            {operatorId});
        if (!op.ok())
            return op.error();
        if (!op.value().next())
            return StoreError::invalid(
                QCoreApplication::translate("fd::core::InboxActions",
                                            "There is no active operator with id %1.")
                    .arg(operatorId));
        to = op->value(0).toString();
        toLogin = op->value(1).toString();
    }
    const qint64 at = nowMs();
    for (qint64 id : items) {
        auto current = Connection::exec(
            db,
            u"SELECT coalesce(i.assignee_id, 0), coalesce(o.display_name, ''), "
            u"coalesce(o.login, '') FROM items i LEFT JOIN operators o ON o.id = i.assignee_id "
            u"WHERE i.id = ?"_s,
            {id});
        if (!current.ok())
            return current.error();
        if (!current.value().next() || current->value(0).toLongLong() == operatorId)
            continue;
        const QString from = current->value(1).toString();
        const QString fromLogin = current->value(2).toString();
        auto update = Connection::exec(db, u"UPDATE items SET assignee_id = ? WHERE id = ?"_s,
                                       {orNull(operatorId), id});
        if (!update.ok())
            return update.error();
        if (StoreError err = journalItem(db, actor, at, u"item.assigned"_s, id, from, to);
            !err.ok())
            return err;
        // Compare-and-set on the server: the assignee this station saw.
        if (StoreError err = teamOp(
                db, u"assign"_s, {{u"item"_s, id}, {u"to"_s, toLogin}, {u"expected"_s, fromLogin}});
            !err.ok())
            return err;
    }
    return {};
}

Actor Actor::local()
{
    Actor a;
    a.login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (a.login.isEmpty())
        a.login = u"operator"_s;
    a.displayName = a.login;
    a.station = QSysInfo::machineHostName();
    return a;
}

InboxActions::InboxActions(Store &store, Actor actor)
    : m_store(store)
    , m_actor(std::move(actor))
{}

QFuture<StoreError> InboxActions::setStatus(const QList<qint64> &items, ItemStatus status,
                                            const QString &action, const QString &opKind)
{
    const QString to = toString(status);
    return m_store.write([items, to, action, opKind, actor = m_actor](const QSqlDatabase &db) {
        const qint64 at = nowMs();
        for (qint64 id : items) {
            auto current = Connection::exec(db, u"SELECT status FROM items WHERE id = ?"_s, {id});
            if (!current.ok())
                return current.error();
            if (!current.value().next())
                continue; // gone meanwhile (another station, a retention run)
            const QString from = current->value(0).toString();
            // Deleted and hidden items keep that status: closing or reopening them would hide
            // what happened on the platform.
            if (from == to || from == u"deleted" || from == u"hidden")
                continue;
            auto update = Connection::exec(
                db, u"UPDATE items SET status = ?, read = 1 WHERE id = ?"_s, {to, id});
            if (!update.ok())
                return update.error();
            if (StoreError err = journalItem(db, actor, at, action, id, from, to); !err.ok())
                return err;
            if (StoreError err = teamOp(db, opKind, {{u"item"_s, id}}); !err.ok())
                return err;
        }
        return StoreError{};
    });
}

QFuture<StoreError> InboxActions::close(const QList<qint64> &items, bool withoutReply)
{
    // "Closed without reply" is its own action, so response figures stay honest.
    if (withoutReply)
        return setStatus(items, ItemStatus::Closed, u"item.closed_without_reply"_s,
                         u"close_without_reply"_s);
    return setStatus(items, ItemStatus::Closed, u"item.closed"_s, u"close"_s);
}

QFuture<StoreError> InboxActions::reopen(const QList<qint64> &items)
{
    return setStatus(items, ItemStatus::Open, u"item.reopened"_s, u"reopen"_s);
}

QFuture<StoreError> InboxActions::markRead(const QList<qint64> &items, bool read)
{
    return m_store.write([items, read](const QSqlDatabase &db) {
        QSqlQuery q(db);
        // Only items whose flag changes, so the team hears of real changes only.
        if (StoreError err =
                Connection::prepare(q, u"UPDATE items SET read = ? WHERE id = ? AND read <> ?"_s);
            !err.ok())
            return err;
        for (qint64 id : items) {
            q.bindValue(0, read ? 1 : 0);
            q.bindValue(1, id);
            q.bindValue(2, read ? 1 : 0);
            if (StoreError err = Connection::run(
                    q, QCoreApplication::translate("fd::core::InboxActions", "Marking items read"));
                !err.ok())
                return err;
            if (q.numRowsAffected() <= 0)
                continue;
            if (StoreError err = teamOp(db, u"mark_read"_s, {{u"item"_s, id}, {u"read"_s, read}});
                !err.ok())
                return err;
        }
        return StoreError{};
    });
}

QFuture<StoreError> InboxActions::setTag(const QList<qint64> &items, qint64 tagId, bool on)
{
    return m_store.write([items, tagId, on, actor = m_actor](const QSqlDatabase &db) {
        const auto name = tagName(db, tagId);
        if (!name.ok())
            return name.error();
        const qint64 at = nowMs();
        const QString sql = on ? u"INSERT OR IGNORE INTO item_tags (item_id, tag_id) "
                                 u"SELECT id, ? FROM items WHERE id = ?"_s
                               : u"DELETE FROM item_tags WHERE tag_id = ? AND item_id = ?"_s;
        for (qint64 id : items) {
            auto q = Connection::exec(db, sql, {tagId, id});
            if (!q.ok())
                return q.error();
            if (q->numRowsAffected() <= 0)
                continue; // already so
            if (StoreError err =
                    journalItem(db, actor, at, on ? u"item.tagged"_s : u"item.untagged"_s, id,
                                on ? QString() : *name, on ? *name : QString());
                !err.ok())
                return err;
            // Tags are known to the team by name.
            if (StoreError err =
                    teamOp(db, on ? u"tag"_s : u"untag"_s, {{u"item"_s, id}, {u"tag"_s, *name}});
                !err.ok())
                return err;
        }
        return StoreError{};
    });
}

QFuture<StoreError> InboxActions::assign(const QList<qint64> &items, qint64 operatorId)
{
    return m_store.write([items, operatorId, actor = m_actor](const QSqlDatabase &db) {
        return assignItemsIn(db, actor, items, operatorId);
    });
}

QFuture<StoreError> InboxActions::assignToMe(const QList<qint64> &items)
{
    return m_store.write([items, actor = m_actor](const QSqlDatabase &db) {
        const auto me = operatorRowOf(db, actor);
        if (!me.ok())
            return me.error();
        return assignItemsIn(db, actor, items, *me);
    });
}

QFuture<StoreResult<qint64>> InboxActions::createTag(const QString &name, const QString &color)
{
    const QString clean = cleanName(name);
    return writeFor<qint64>(m_store, [clean, color, actor = m_actor](const QSqlDatabase &db,
                                                                     qint64 &id) {
        if (clean.isEmpty())
            return StoreError::invalid(
                QCoreApplication::translate("fd::core::InboxActions", "A tag needs a name."));
        if (StoreError err = refuseTaken(db, u"tags"_s, clean, 0, tagTaken(clean)); !err.ok())
            return err;
        auto q =
            Connection::exec(db, u"INSERT INTO tags (name, color, created_at) VALUES (?, ?, ?)"_s,
                             {clean, nonNull(color), nowMs()});
        if (!q.ok()) {
            return takenOr(q.error(),
                           QCoreApplication::translate("fd::core::InboxActions",
                                                       "There is already a tag called \"%1\".")
                               .arg(clean));
        }
        id = q->lastInsertId().toLongLong();
        return journalOther(db, actor, nowMs(), u"tag.created"_s, QString(), clean);
    });
}

QFuture<StoreError> InboxActions::renameTag(qint64 tagId, const QString &name)
{
    const QString clean = cleanName(name);
    return m_store.write([tagId, clean, actor = m_actor](const QSqlDatabase &db) {
        if (clean.isEmpty())
            return StoreError::invalid(
                QCoreApplication::translate("fd::core::InboxActions", "A tag needs a name."));
        if (StoreError err = refuseTaken(db, u"tags"_s, clean, tagId, tagTaken(clean)); !err.ok())
            return err;
        const auto old = tagName(db, tagId);
        if (!old.ok())
            return old.error();
        auto q = Connection::exec(db, u"UPDATE tags SET name = ? WHERE id = ?"_s, {clean, tagId});
        if (!q.ok())
            return takenOr(q.error(),
                           QCoreApplication::translate("fd::core::InboxActions",
                                                       "There is already a tag called \"%1\".")
                               .arg(clean));
        return journalOther(db, actor, nowMs(), u"tag.renamed"_s, *old, clean);
    });
}

QFuture<StoreError> InboxActions::setTagColor(qint64 tagId, const QString &color)
{
    return m_store.write([tagId, color, actor = m_actor](const QSqlDatabase &db) {
        auto old = Connection::exec(db, u"SELECT name, color FROM tags WHERE id = ?"_s, {tagId});
        if (!old.ok())
            return old.error();
        if (!old.value().next() || old->value(1).toString() == color)
            return StoreError{};
        const QString name = old->value(0).toString();
        const QString was = old->value(1).toString();
        auto q = Connection::exec(db, u"UPDATE tags SET color = ? WHERE id = ?"_s,
                                  {nonNull(color), tagId});
        if (!q.ok())
            return q.error();
        return journalOther(db, actor, nowMs(), u"tag.recolored"_s, was, color, name);
    });
}

QFuture<StoreError> InboxActions::deleteTag(qint64 tagId)
{
    return m_store.write([tagId, actor = m_actor](const QSqlDatabase &db) {
        const auto old = tagName(db, tagId);
        if (!old.ok())
            return old.error();
        auto q = Connection::exec(db, u"DELETE FROM tags WHERE id = ?"_s, {tagId});
        if (!q.ok())
            return q.error();
        return journalOther(db, actor, nowMs(), u"tag.deleted"_s, *old, QString());
    });
}

QFuture<StoreResult<qint64>> InboxActions::saveTemplate(const Template &t)
{
    const QString shortcode = t.shortcode.trimmed().remove(u'/').toLower();
    return writeFor<qint64>(m_store, [t, shortcode, actor = m_actor](const QSqlDatabase &db,
                                                                     qint64 &id) {
        if (t.title.trimmed().isEmpty() || t.body.trimmed().isEmpty())
            return StoreError::invalid(QCoreApplication::translate(
                "fd::core::InboxActions", "A template needs a title and some text."));
        const qint64 at = nowMs();
        // The journal keeps the whole template before and after, so an edit can be undone by
        // hand and a bad text traced to who wrote it.
        QString before;
        if (t.id != 0) {
            auto old = Connection::exec(
                db,
                u"SELECT folder, title, body, coalesce(shortcode, '') FROM templates "
                u"WHERE id = ?"_s,
                {t.id});
            if (!old.ok())
                return old.error();
            if (old.value().next())
                before = templateText(old->value(0).toString(), old->value(1).toString(),
                                      old->value(3).toString(), old->value(2).toString());
        }
        StoreResult<QSqlQuery> q =
            t.id == 0 ? Connection::exec(db,
                                         u"INSERT INTO templates (folder, title, body, shortcode, "
                                         u"created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                                         {nonNull(t.folder.trimmed()), t.title.trimmed(), t.body,
                                          orNull(shortcode), at, at})
                      : Connection::exec(db,
                                         u"UPDATE templates SET folder = ?, title = ?, body = ?, "
                                         u"shortcode = ?, updated_at = ? WHERE id = ?"_s,
                                         {nonNull(t.folder.trimmed()), t.title.trimmed(), t.body,
                                          orNull(shortcode), at, t.id});
        if (!q.ok()) {
            const QString code = u'/' + shortcode;
            return takenOr(q.error(), QCoreApplication::translate(
                                          "fd::core::InboxActions",
                                          "The shortcode %1 is taken by another template.")
                                          .arg(code));
        }
        id = t.id == 0 ? q->lastInsertId().toLongLong() : t.id;
        const QString after =
            templateText(t.folder.trimmed(), t.title.trimmed(), shortcode, t.body);
        if (after == before)
            return StoreError{};
        return journalOther(db, actor, at, u"template.saved"_s, before, after, t.title.trimmed());
    });
}

QFuture<StoreError> InboxActions::deleteTemplate(qint64 templateId)
{
    return m_store.write([templateId, actor = m_actor](const QSqlDatabase &db) {
        auto title = Connection::exec(
            db,
            u"SELECT folder, title, body, coalesce(shortcode, '') FROM templates WHERE id = ?"_s,
            {templateId});
        if (!title.ok())
            return title.error();
        if (!title.value().next())
            return StoreError{};
        const QString name = title->value(1).toString();
        const QString old = templateText(title->value(0).toString(), name,
                                         title->value(3).toString(), title->value(2).toString());
        auto q = Connection::exec(db, u"DELETE FROM templates WHERE id = ?"_s, {templateId});
        if (!q.ok())
            return q.error();
        return journalOther(db, actor, nowMs(), u"template.deleted"_s, old, QString(), name);
    });
}

QFuture<StoreError> InboxActions::countTemplateUse(qint64 templateId)
{
    return m_store.write([templateId](const QSqlDatabase &db) {
        auto q = Connection::exec(
            db, u"UPDATE templates SET usage_count = usage_count + 1 WHERE id = ?"_s, {templateId});
        return q.ok() ? StoreError{} : q.error();
    });
}

QFuture<StoreError> InboxActions::addAuthorNote(qint64 authorId, const QString &body)
{
    return addNote(u"author_id"_s, u"author"_s, authorId, body);
}

QFuture<StoreError> InboxActions::addThreadNote(qint64 threadId, const QString &body)
{
    return addNote(u"thread_id"_s, u"thread"_s, threadId, body);
}

// A note about a person or a conversation (`column` names which), with a key of its own so
// that in a team it comes back from the server once.
QFuture<StoreError> InboxActions::addNote(const QString &column, const QString &opField, qint64 id,
                                          const QString &body)
{
    return m_store.write([column, opField, id, body, actor = m_actor](const QSqlDatabase &db) {
        if (body.trimmed().isEmpty())
            return StoreError::invalid(
                QCoreApplication::translate("fd::core::InboxActions", "A note needs some text."));
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto q =
            Connection::exec(db,
                             u"INSERT INTO notes ("_s + column +
                                 u", operator, body, created_at, key) VALUES (?, ?, ?, ?, ?)"_s,
                             {id, nonNull(actor.displayName), body, nowMs(), key});
        if (!q.ok())
            return q.error();
        if (StoreError err = journalOther(db, actor, nowMs(), u"note.added"_s, QString(), body,
                                          opField + u' ' + QString::number(id));
            !err.ok())
            return err;
        return teamOp(db, u"note"_s, {{opField, id}, {u"body"_s, body}, {u"key"_s, key}});
    });
}

QFuture<StoreError> InboxActions::saveDraft(qint64 threadId, qint64 itemId, const QString &body)
{
    return m_store.write([threadId, itemId, body](const QSqlDatabase &db) {
        auto q = body.trimmed().isEmpty()
                     ? Connection::exec(db, u"DELETE FROM drafts WHERE thread_id = ?"_s, {threadId})
                     : Connection::exec(db,
                                        u"INSERT INTO drafts (thread_id, item_id, body, "
                                        u"updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (thread_id) "
                                        u"DO UPDATE SET item_id = excluded.item_id, body = "
                                        u"excluded.body, updated_at = excluded.updated_at"_s,
                                        {threadId, orNull(itemId), body, nowMs()});
        return q.ok() ? StoreError{} : q.error();
    });
}

QFuture<StoreError> InboxActions::recordHandleTime(qint64 threadId, qint64 itemId,
                                                   qint64 startedAtMs, qint64 ms)
{
    return m_store.write([threadId, itemId, startedAtMs, ms,
                          actor = m_actor](const QSqlDatabase &db) {
        auto q =
            Connection::exec(db,
                             u"INSERT INTO handle_time (thread_id, item_id, operator_id, "
                             u"operator, station, started_at, ms) VALUES (?, ?, ?, ?, ?, ?, "
                             u"?)"_s,
                             {threadId, orNull(itemId), orNull(actor.operatorId),
                              nonNull(actor.displayName), nonNull(actor.station), startedAtMs, ms});
        return q.ok() ? StoreError{} : q.error();
    });
}

QFuture<StoreResult<qint64>> InboxActions::saveView(const SavedView &view)
{
    const QString name = cleanName(view.name);
    return writeFor<qint64>(m_store, [view, name](const QSqlDatabase &db, qint64 &id) {
        if (name.isEmpty())
            return StoreError::invalid(
                QCoreApplication::translate("fd::core::InboxActions", "A view needs a name."));
        if (StoreError err =
                refuseTaken(db, u"saved_views"_s, name, view.id,
                            QCoreApplication::translate("fd::core::InboxActions",
                                                        "There is already a view called \"%1\".")
                                .arg(name));
            !err.ok())
            return err;
        auto q = view.id == 0 ? Connection::exec(db,
                                                 u"INSERT INTO saved_views (name, filter, watched, "
                                                 u"position, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                                                 {name, nonNull(view.filterJson),
                                                  view.watched ? 1 : 0, view.position, nowMs()})
                              : Connection::exec(db,
                                                 u"UPDATE saved_views SET name = ?, filter = ?, "
                                                 u"watched = ?, position = ? WHERE id = ?"_s,
                                                 {name, nonNull(view.filterJson),
                                                  view.watched ? 1 : 0, view.position, view.id});
        if (!q.ok())
            return takenOr(q.error(),
                           QCoreApplication::translate("fd::core::InboxActions",
                                                       "There is already a view called \"%1\".")
                               .arg(name));
        id = view.id == 0 ? q->lastInsertId().toLongLong() : view.id;
        return StoreError{};
    });
}

QFuture<StoreError> InboxActions::deleteView(qint64 viewId)
{
    return m_store.write([viewId](const QSqlDatabase &db) {
        auto q = Connection::exec(db, u"DELETE FROM saved_views WHERE id = ?"_s, {viewId});
        return q.ok() ? StoreError{} : q.error();
    });
}

} // namespace fd::core
