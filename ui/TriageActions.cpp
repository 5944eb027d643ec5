#include "TriageActions.h"

#include "AssignMenu.h"
#include "ItemFeedModel.h"
#include "console/InboxActions.h"
#include "console/Outbox.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {

TriageActions::TriageActions(QTreeView *inbox, core::InboxActions &actions,
                             core::ItemQueries queries, QWidget *window)
    : QObject(window)
    , m_view(inbox)
    , m_actions(actions)
    , m_window(window)
    , m_confirm([window](const QString &question) {
        return QMessageBox::question(window, tr("Frontdesk"), question) == QMessageBox::Yes;
    })
{
    // Several rows at once for bulk actions; the current row still drives the conversation.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_next = make(u"action.next"_s, tr("&Next item"), QKeySequence(Qt::Key_J),
                  tr("Go to the next item in the feed"));
    m_previous = make(u"action.previous"_s, tr("&Previous item"), QKeySequence(Qt::Key_K),
                      tr("Go to the previous item in the feed"));
    m_reply = make(u"action.reply"_s, tr("&Reply"), QKeySequence(Qt::Key_R),
                   tr("Write a reply to the current item"));
    m_note = make(u"action.note"_s, tr("Internal &note"), QKeySequence(Qt::Key_N),
                  tr("Write an internal note on the conversation; only your team sees it"));
    m_assign = make(u"action.assign"_s, tr("&Assign to…"), QKeySequence(Qt::Key_A),
                    tr("Put the selected items on an operator's desk, or take them off"));
    m_assignMenu = new AssignMenu(std::move(queries), actions.actor(), window);
    m_assign->setMenu(m_assignMenu);
    m_close = make(u"action.close"_s, tr("&Close"), QKeySequence(Qt::Key_E),
                   tr("Close the selected items: dealt with"));
    m_closeWithoutReply =
        make(u"action.closeWithoutReply"_s, tr("Close &without reply"),
             QKeySequence(Qt::SHIFT | Qt::Key_E),
             tr("Close the selected items without answering (spam, thanks, nothing to say)"));
    m_reopen = make(u"action.reopen"_s, tr("Re&open"), QKeySequence(Qt::SHIFT | Qt::Key_O),
                    tr("Open the selected items again"));
    m_toggleRead = make(u"action.toggleRead"_s, tr("Mark read / &unread"), QKeySequence(Qt::Key_U),
                        tr("Mark the selected items read, or unread"));
    m_hide = make(u"action.hide"_s, tr("&Hide comment…"), QKeySequence(Qt::Key_H),
                  tr("Hide the selected comments on the platform, where it allows it"));
    m_delete = make(u"action.delete"_s, tr("&Delete comment…"), QKeySequence(Qt::Key_Delete),
                    tr("Delete the selected comments on the platform; their text stays in the "
                       "journal"));
    m_ban = make(u"action.ban"_s, tr("&Ban author…"), QKeySequence(Qt::SHIFT | Qt::Key_B),
                 tr("Ban the authors of the selected items where the platform allows it"));
    m_shortcuts = make(u"action.shortcuts"_s, tr("&Keyboard shortcuts"), QKeySequence(Qt::Key_F1),
                       tr("Every keyboard shortcut of the window"));

    connect(m_next, &QAction::triggered, this, [this] { step(1); });
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });
    connect(m_reply, &QAction::triggered, this, &TriageActions::replyRequested);
    connect(m_note, &QAction::triggered, this, &TriageActions::noteRequested);
    connect(m_assign, &QAction::triggered, this, &TriageActions::popUpAssignMenu);
    connect(m_assignMenu, &QMenu::aboutToShow, this, [this] {
        m_assignMenu->setMe(m_actions.actor());
        m_assignMenu->refill(sharedAssignee());
    });
    connect(m_assignMenu, &AssignMenu::assignToMeChosen, this, [this] { onAssign(true, 0); });
    connect(m_assignMenu, &AssignMenu::assignChosen, this,
            [this](qint64 operatorId) { onAssign(false, operatorId); });
    m_markRead.setSingleShot(true);
    m_markRead.setInterval(markReadDelayMs);
    connect(&m_markRead, &QTimer::timeout, this, &TriageActions::markOpenedRead);
    connect(m_close, &QAction::triggered, this, [this] { onStatus(true, false); });
    connect(m_closeWithoutReply, &QAction::triggered, this, [this] { onStatus(true, true); });
    connect(m_reopen, &QAction::triggered, this, [this] { onStatus(false, false); });
    connect(m_toggleRead, &QAction::triggered, this, &TriageActions::onToggleRead);
    connect(m_hide, &QAction::triggered, this,
            [this] { onModerate(int(core::OutgoingAction::Kind::Hide)); });
    connect(m_delete, &QAction::triggered, this,
            [this] { onModerate(int(core::OutgoingAction::Kind::Delete)); });
    connect(m_ban, &QAction::triggered, this,
            [this] { onModerate(int(core::OutgoingAction::Kind::Ban)); });
    connect(m_shortcuts, &QAction::triggered, this, &TriageActions::showShortcutSheet);

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(m_view);
        populateMenu(&menu);
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TriageActions::updateEnabled);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TriageActions::updateEnabled);
    updateEnabled();
}

QAction *TriageActions::make(const QString &name, const QString &text, const QKeySequence &key,
                             const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(key);
    // Window-wide, but single keys must not fire while the operator types a reply.
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(tip + u" ("_s + key.toString(QKeySequence::NativeText) + u')');
    action->setStatusTip(tip);
    m_window->addAction(action);
    return action;
}

QList<QAction *> TriageActions::all() const
{
    return {m_next,   m_previous,   m_reply, m_note,   m_close, m_closeWithoutReply, m_reopen,
            m_assign, m_toggleRead, m_hide,  m_delete, m_ban,   m_shortcuts};
}

void TriageActions::setOutbox(core::Outbox *outbox)
{
    m_outbox = outbox;
    updateEnabled();
}

QList<qint64> TriageActions::selectedItemIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(ItemFeedModel::ItemIdRole).toLongLong());
    if (ids.isEmpty() && m_view->currentIndex().isValid())
        ids.append(m_view->currentIndex().data(ItemFeedModel::ItemIdRole).toLongLong());
    return ids;
}

void TriageActions::populateToolBar(QToolBar *bar) const
{
    bar->addAction(m_reply);
    bar->addAction(m_close);
    bar->addAction(m_closeWithoutReply);
    bar->addAction(m_reopen);
    bar->addSeparator();
    bar->addAction(m_assign);
    // A click on the button opens the list of operators at once.
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(m_assign)))
        button->setPopupMode(QToolButton::InstantPopup);
    bar->addAction(m_toggleRead);
    bar->addSeparator();
    bar->addAction(m_hide);
    bar->addAction(m_delete);
    bar->addAction(m_ban);
}

void TriageActions::populateMenu(QMenu *menu) const
{
    menu->addAction(m_reply);
    menu->addAction(m_note);
    menu->addAction(m_close);
    menu->addAction(m_closeWithoutReply);
    menu->addAction(m_reopen);
    menu->addAction(m_assign);
    menu->addAction(m_toggleRead);
    menu->addSeparator();
    menu->addAction(m_hide);
    menu->addAction(m_delete);
    menu->addAction(m_ban);
}

void TriageActions::updateEnabled()
{
    const bool any = !selectedItemIds().isEmpty();
    const bool single = m_view->currentIndex().isValid();
    for (QAction *a : {m_close, m_closeWithoutReply, m_reopen, m_toggleRead, m_assign})
        a->setEnabled(any);
    m_reply->setEnabled(single);
    m_note->setEnabled(single);
    const QString noOutbox = tr("This window is not connected to the platforms (no polling).");
    for (QAction *a : {m_hide, m_delete, m_ban}) {
        a->setEnabled(any && m_outbox != nullptr);
        if (!m_outbox)
            a->setStatusTip(noOutbox);
    }
}

void TriageActions::step(int delta)
{
    QAbstractItemModel *model = m_view->model();
    if (!model || model->rowCount() == 0)
        return;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    int row = qBound(0, current + delta, model->rowCount() - 1);
    if (current < 0)
        row = 0;
    if (delta > 0 && row == model->rowCount() - 1 && model->canFetchMore({})) {
        model->fetchMore({}); // the feed loads lazily: walking down loads the next page
        row = qMin(current + delta, model->rowCount() - 1);
    }
    const QModelIndex index = model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void TriageActions::onStatus(bool close, bool withoutReply)
{
    const QList<qint64> ids = selectedItemIds();
    if (ids.isEmpty())
        return;
    auto done = close ? m_actions.close(ids, withoutReply) : m_actions.reopen(ids);
    done.then(this, [this](const core::StoreError &err) {
        if (!err.ok())
            Q_EMIT errorOccurred(err.message);
    });
}

void TriageActions::onToggleRead()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    bool anyUnread = false;
    for (const QModelIndex &row : rows)
        anyUnread = anyUnread || !row.data(ItemFeedModel::ReadRole).toBool();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        anyUnread = !m_view->currentIndex().data(ItemFeedModel::ReadRole).toBool();
    const QList<qint64> ids = selectedItemIds();
    if (ids.isEmpty())
        return;
    // The operator decided: the current item is not marked read behind their back.
    m_markRead.stop();
    // Any unread among them: all become read; all read: all become unread.
    m_actions.markRead(ids, anyUnread).then(this, [this](const core::StoreError &err) {
        if (!err.ok())
            Q_EMIT errorOccurred(err.message);
    });
}

void TriageActions::itemOpened(qint64 itemId)
{
    if (itemId == m_opened)
        return;
    m_opened = itemId;
    if (itemId == 0)
        m_markRead.stop();
    else
        m_markRead.start();
}

void TriageActions::markOpenedRead()
{
    const QModelIndex current = m_view->currentIndex();
    if (m_opened == 0 || !current.isValid() ||
        current.data(ItemFeedModel::ItemIdRole).toLongLong() != m_opened ||
        current.data(ItemFeedModel::ReadRole).toBool())
        return;
    m_actions.markRead({m_opened}, true).then(this, [this](const core::StoreError &err) {
        if (!err.ok())
            Q_EMIT errorOccurred(err.message);
    });
}

qint64 TriageActions::sharedAssignee() const
{
    const auto *feed = qobject_cast<const ItemFeedModel *>(m_view->model());
    if (!feed)
        return -1;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex());
    qint64 shared = -1;
    for (const QModelIndex &index : std::as_const(rows)) {
        const core::ItemRow *row = feed->itemAt(index.row());
        if (!row)
            return -1;
        if (shared >= 0 && row->item.assigneeId != shared)
            return -1;
        shared = row->item.assigneeId;
    }
    return shared;
}

void TriageActions::popUpAssignMenu()
{
    if (selectedItemIds().isEmpty())
        return;
    // Under the current row when it is in sight, else in the middle of the list.
    const QRect row = m_view->visualRect(m_view->currentIndex());
    const QRect area = m_view->viewport()->rect();
    const QPoint at = row.isValid() && area.intersects(row) ? row.bottomLeft() : area.center();
    m_assignMenu->popup(m_view->viewport()->mapToGlobal(at));
}

void TriageActions::onAssign(bool toMe, qint64 operatorId)
{
    const QList<qint64> ids = selectedItemIds();
    if (ids.isEmpty())
        return;
    auto done = toMe ? m_actions.assignToMe(ids) : m_actions.assign(ids, operatorId);
    done.then(this, [this](const core::StoreError &err) {
        if (!err.ok())
            Q_EMIT errorOccurred(err.message);
    });
}

void TriageActions::onModerate(int kind)
{
    const QList<qint64> ids = selectedItemIds();
    if (ids.isEmpty() || !m_outbox)
        return;
    const auto k = core::OutgoingAction::Kind(kind);
    const int n = int(ids.size());
    const QString question =
        k == core::OutgoingAction::Kind::Delete
            ? tr("Delete %n comment(s) on the platform? Their text stays in the journal.", "", n)
        : k == core::OutgoingAction::Kind::Hide
            ? tr("Hide %n comment(s) on the platform?", "", n)
            : tr("Ban the author(s) of %n item(s) on the platform?", "", n);
    if (!m_confirm(question))
        return;
    for (qint64 id : ids) {
        m_outbox->act(id, k).then(this, [this](const core::StoreResult<qint64> &queued) {
            if (!queued.ok())
                Q_EMIT errorOccurred(queued.error().message);
        });
    }
}

QString TriageActions::shortcutSheet() const
{
    QStringList lines;
    const QList<QAction *> ownActions = all();
    const QList<QAction *> windowActions = m_window->findChildren<QAction *>();
    QList<QAction *> listed;
    auto add = [&](QAction *a) {
        if (a->shortcut().isEmpty() || !a->isVisible() || listed.contains(a))
            return;
        listed.append(a);
        QString text = a->text();
        text.remove(u'&');
        lines << a->shortcut().toString(QKeySequence::NativeText).leftJustified(18) + u"  "_s +
                     text;
    };
    lines << tr("The inbox");
    for (QAction *a : ownActions)
        add(a);
    // Actions that name a group of their own (the views' Alt+1…9) are listed under it.
    QStringList groups;
    for (QAction *a : windowActions) {
        const QString group = a->property("shortcutGroup").toString();
        if (!group.isEmpty() && !a->shortcut().isEmpty() && !groups.contains(group))
            groups << group;
    }
    for (const QString &group : std::as_const(groups)) {
        lines << QString() << group;
        for (QAction *a : windowActions) {
            if (a->property("shortcutGroup").toString() == group)
                add(a);
        }
    }
    lines << QString() << tr("Everything else");
    for (QAction *a : windowActions)
        add(a);
    return lines.join(u'\n');
}

void TriageActions::showShortcutSheet()
{
    QDialog dialog(m_window);
    dialog.setObjectName(u"dialog.shortcuts"_s);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QPlainTextEdit(&dialog);
    text->setReadOnly(true);
    text->setPlainText(shortcutSheet());
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(520, 480);
    dialog.exec();
}

} // namespace fd::ui
