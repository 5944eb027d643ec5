#pragma once

#include "store/ItemQueries.h"

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

class QAction;
class QMenu;
class QToolBar;
class QTreeView;
class QWidget;

namespace fd::core {
class InboxActions;
class Outbox;
} // namespace fd::core

namespace fd::ui {

class AssignMenu;

// What an operator does to the items selected in the inbox, from the toolbar, the context menu
// and the keyboard: next / previous, reply, internal note, close, close without reply, reopen,
// read / unread, assign, hide, delete and ban (the last three after a confirmation, through the
// outbox). Every action works on the whole selection. An item that stays current for a moment
// is marked read.
class TriageActions : public QObject
{
    Q_OBJECT
public:
    // An item that stays current this long is marked read; skimming with J and K marks nothing.
    static constexpr int markReadDelayMs = 1500;

    TriageActions(QTreeView *inbox, core::InboxActions &actions, core::ItemQueries queries,
                  QWidget *window);

    void setOutbox(core::Outbox *outbox);
    // The ids of the selected items (the current one when nothing is selected).
    QList<qint64> selectedItemIds() const;

    QAction *next() const { return m_next; }
    QAction *previous() const { return m_previous; }
    QAction *reply() const { return m_reply; }
    QAction *note() const { return m_note; }
    // "Assign to…" (A): its menu lists the operators; the key opens the menu.
    QAction *assign() const { return m_assign; }
    AssignMenu *assignMenu() const { return m_assignMenu; }
    QAction *close() const { return m_close; }
    QAction *closeWithoutReply() const { return m_closeWithoutReply; }
    QAction *reopen() const { return m_reopen; }
    QAction *toggleRead() const { return m_toggleRead; }
    QAction *hide() const { return m_hide; }
    QAction *remove() const { return m_delete; }
    QAction *ban() const { return m_ban; }
    QAction *shortcuts() const { return m_shortcuts; }
    QList<QAction *> all() const;

    void populateToolBar(QToolBar *bar) const;
    void populateMenu(QMenu *menu) const;
    // The sheet of every keyboard shortcut of the window, grouped, as the Help menu shows it.
    QString shortcutSheet() const;

    // The inbox's current item changed (0: none); it is marked read if it stays current for
    // the delay and the operator did not mark it read or unread themselves meanwhile.
    void itemOpened(qint64 itemId);
    void setMarkReadDelay(int ms) { m_markRead.setInterval(ms); }
    // Whether the current item is waiting to be marked read.
    bool isMarkReadPending() const { return m_markRead.isActive(); }

    // Confirmations are asked through this (tests answer them); true means go ahead.
    void setConfirm(std::function<bool(const QString &question)> confirm)
    {
        m_confirm = std::move(confirm);
    }

Q_SIGNALS:
    // The operator wants to write a reply to the current item (the composer takes the focus).
    void replyRequested();
    // The operator wants to write an internal note on the current conversation.
    void noteRequested();
    // Something went wrong, in words.
    void errorOccurred(const QString &message);

private:
    QAction *make(const QString &name, const QString &text, const QKeySequence &key,
                  const QString &tip);
    void step(int delta);
    void onStatus(bool close, bool withoutReply);
    void onToggleRead();
    void onAssign(bool toMe, qint64 operatorId);
    void popUpAssignMenu();
    qint64 sharedAssignee() const;
    void markOpenedRead();
    void onModerate(int kind);
    void updateEnabled();
    void showShortcutSheet();

    QTreeView *m_view;
    core::InboxActions &m_actions;
    QWidget *m_window;
    core::Outbox *m_outbox = nullptr;
    std::function<bool(const QString &)> m_confirm;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_reply = nullptr;
    QAction *m_note = nullptr;
    QAction *m_assign = nullptr;
    AssignMenu *m_assignMenu = nullptr;
    QAction *m_close = nullptr;
    QAction *m_closeWithoutReply = nullptr;
    QAction *m_reopen = nullptr;
    QAction *m_toggleRead = nullptr;
    QAction *m_hide = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_ban = nullptr;
    QAction *m_shortcuts = nullptr;
    QTimer m_markRead;
    qint64 m_opened = 0; // the current item, waiting to be marked read
};

} // namespace fd::ui
