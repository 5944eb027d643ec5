#pragma once

#include "model/Enums.h"
#include "model/Template.h"
#include "store/StoreError.h"

#include <QFuture>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace fd::core {

class Store;

// Who acts at this station: named in the journal of everything they do.
struct Actor
{
    qint64 operatorId = 0; // 0 when the store has no operator row for them (standalone)
    QString login;
    QString displayName;
    QString station; // the workstation's name

    // The person logged in to this machine.
    static Actor local();
};

// A saved view of the feed: a name, the filter as JSON (see FeedFilterJson), and whether new
// items in it are announced.
struct SavedView
{
    qint64 id = 0;
    QString name;
    QString filterJson;
    bool watched = false;
    int position = 0;
};

// What operators do to items and to the things beside them, each as one write job on the
// store's writer thread; every change to an item is journaled with the actor. Bulk actions
// take many items and commit them together.
// Puts the items on the operator's desk (0: nobody's) inside the caller's write job: each
// change journaled, and in a team queued as an assign op (compare-and-set on the assignee this
// station saw). Items already there, or gone, are passed over. Refused for a disabled operator.
StoreError assignItemsIn(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &items,
                         qint64 operatorId);

class InboxActions
{
public:
    InboxActions(Store &store, Actor actor);

    const Actor &actor() const { return m_actor; }
    // Who acts from now on (the station joined or left a team).
    void setActor(Actor actor) { m_actor = std::move(actor); }

    QFuture<StoreError> close(const QList<qint64> &items, bool withoutReply = false);
    QFuture<StoreError> reopen(const QList<qint64> &items);
    QFuture<StoreError> markRead(const QList<qint64> &items, bool read);
    QFuture<StoreError> setTag(const QList<qint64> &items, qint64 tagId, bool on);
    // operatorId 0 takes the items off anyone's desk.
    QFuture<StoreError> assign(const QList<qint64> &items, qint64 operatorId);
    // Onto the actor's own desk. A standalone store has no operator row for the person at the
    // keyboard until then: one is made for their login (refused if that login is disabled).
    QFuture<StoreError> assignToMe(const QList<qint64> &items);

    QFuture<StoreResult<qint64>> createTag(const QString &name, const QString &color);
    QFuture<StoreError> renameTag(qint64 tagId, const QString &name);
    QFuture<StoreError> setTagColor(qint64 tagId, const QString &color);
    QFuture<StoreError> deleteTag(qint64 tagId);

    // Inserts (id 0) or updates a template; the result is its id.
    QFuture<StoreResult<qint64>> saveTemplate(const Template &t);
    QFuture<StoreError> deleteTemplate(qint64 templateId);
    QFuture<StoreError> countTemplateUse(qint64 templateId);

    QFuture<StoreError> addAuthorNote(qint64 authorId, const QString &body);
    QFuture<StoreError> addThreadNote(qint64 threadId, const QString &body);
    // An empty body removes the draft.
    QFuture<StoreError> saveDraft(qint64 threadId, qint64 itemId, const QString &body);

    // Time the actor had the reply editor focused on a conversation (for handle time).
    QFuture<StoreError> recordHandleTime(qint64 threadId, qint64 itemId, qint64 startedAtMs,
                                         qint64 ms);

    QFuture<StoreResult<qint64>> saveView(const SavedView &view);
    QFuture<StoreError> deleteView(qint64 viewId);

private:
    QFuture<StoreError> addNote(const QString &column, const QString &opField, qint64 id,
                                const QString &body);
    // `action` names the change in the journal, `opKind` in the op for the team's server.
    QFuture<StoreError> setStatus(const QList<qint64> &items, ItemStatus status,
                                  const QString &action, const QString &opKind);

    Store &m_store;
    Actor m_actor;
};

} // namespace fd::core
