#pragma once

#include "console/InboxActions.h"
#include "store/ItemQueries.h"

#include <QMenu>

namespace fd::ui {

// "Assign to…": Assign to me first, then the store's other active operators by name, then
// Unassign. The operators are read afresh each time the menu is filled; the entry of whoever
// the items are all assigned to already is ticked.
class AssignMenu : public QMenu
{
    Q_OBJECT

public:
    AssignMenu(core::ItemQueries queries, core::Actor me, QWidget *parent = nullptr);

    // Fills the menu; `assignee` is who the items are all assigned to (0: nobody, -1: mixed or
    // not known).
    void refill(qint64 assignee);
    // Who "me" is (in a team: the operator's login there).
    void setMe(const core::Actor &me) { m_me = me; }

Q_SIGNALS:
    void assignToMeChosen();
    // operatorId 0: take the items off anyone's desk.
    void assignChosen(qint64 operatorId);

private:
    bool isMe(const core::Operator &op) const;

    core::ItemQueries m_queries;
    core::Actor m_me;
};

} // namespace fd::ui
