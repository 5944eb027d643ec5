#include "AssignMenu.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace fd::ui {

AssignMenu::AssignMenu(core::ItemQueries queries, core::Actor me, QWidget *parent)
    : QMenu(tr("&Assign to"), parent)
    , m_queries(std::move(queries))
    , m_me(std::move(me))
{
    setObjectName(u"menu.assign"_s);
}

bool AssignMenu::isMe(const core::Operator &op) const
{
    return m_me.operatorId != 0 ? op.id == m_me.operatorId : op.login == m_me.login;
}

void AssignMenu::refill(qint64 assignee)
{
    clear();
    const auto operators = m_queries.operators();
    qint64 myId = 0;
    QList<core::Operator> others;
    if (operators.ok()) {
        for (const core::Operator &op : *operators) {
            if (isMe(op))
                myId = op.id;
            else if (!op.disabled)
                others.append(op);
        }
    }
    // Only the entry that is so already carries a tick; the others stay plain.
    const auto tick = [assignee](QAction *action, qint64 id) {
        if (assignee >= 0 && assignee == id) {
            action->setCheckable(true);
            action->setChecked(true);
        }
    };

    QAction *me = addAction(tr("Assign to &me"));
    me->setObjectName(u"assign.me"_s);
    tick(me, myId == 0 ? -2 : myId);
    connect(me, &QAction::triggered, this, &AssignMenu::assignToMeChosen);

    if (!operators.ok()) {
        QAction *broken = addAction(tr("The operators could not be read"));
        broken->setEnabled(false);
        broken->setToolTip(operators.error().message);
    } else if (!others.isEmpty()) {
        addSeparator();
    }
    for (const core::Operator &op : std::as_const(others)) {
        // Menu texts treat '&' as a mnemonic: names keep theirs.
        QString name = op.displayName.simplified();
        if (name.isEmpty())
            name = op.login;
        QAction *action = addAction(name.replace(u'&', u"&&"_s));
        action->setObjectName(u"assign.operator."_s + QString::number(op.id));
        tick(action, op.id);
        connect(action, &QAction::triggered, this, [this, id = op.id] { Q_EMIT assignChosen(id); });
    }

    addSeparator();
    QAction *none = addAction(tr("&Unassign"));
    none->setObjectName(u"assign.none"_s);
    tick(none, 0);
    connect(none, &QAction::triggered, this, [this] { Q_EMIT assignChosen(0); });
}

} // namespace fd::ui
