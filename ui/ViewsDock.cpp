#include "ViewsDock.h"

#include "DockSupport.h"
#include "InboxDock.h"
#include "ItemFeedModel.h"
#include "console/ConsoleQueries.h"
#include "console/InboxActions.h"
#include "store/ItemFilterJson.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd::ui {

ViewsDock::ViewsDock(InboxDock *inbox, core::InboxActions &actions, QSqlDatabase reader,
                     QWidget *parent)
    : QDockWidget(tr("Views"), parent)
    , m_inbox(inbox)
    , m_actions(actions)
    , m_reader(reader)
    , m_queries(std::move(reader))
{
    setObjectName(u"dock.views"_s);
    m_model = new ViewListModel(this);

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    m_message = makeMessageLabel(u"views.message"_s, body);
    layout->addWidget(m_message);

    m_view = new QTreeView(body);
    m_view->setObjectName(u"views.view"_s);
    m_view->setAccessibleName(tr("Views"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ViewListModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ViewListModel::UnreadColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ViewListModel::NotifyColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    m_save = new QAction(tr("&Save filters as view…"), this);
    m_save->setObjectName(u"views.save"_s);
    m_save->setToolTip(tr("Keep the inbox's current filters as a view with a name"));
    m_rename = new QAction(tr("&Rename"), this);
    m_rename->setObjectName(u"views.rename"_s);
    m_rename->setToolTip(tr("Rename the selected view"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete = new QAction(tr("&Delete…"), this);
    m_delete->setObjectName(u"views.delete"_s);
    m_delete->setToolTip(tr("Delete the selected view; no item changes"));
    m_watch = new QAction(tr("&Notify me about new items in this view"), this);
    m_watch->setObjectName(u"views.watch"_s);
    m_watch->setCheckable(true);
    m_watch->setToolTip(tr("Announce new items in the selected view on the desktop, with a sound "
                           "if the preferences say so"));
    for (QAction *action : {m_save, m_rename, m_delete, m_watch}) {
        m_view->addAction(action);
        if (!action->shortcut().isEmpty())
            addAction(action); // shortcuts anywhere in the dock
    }
    layout->addLayout(makeButtonRow({m_save, m_rename, m_delete}, body));
    setWidget(body);

    m_focus = new QAction(tr("Go to the views"), this);
    m_focus->setObjectName(u"views.focus"_s);
    m_focus->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_focus->setShortcutContext(Qt::WindowShortcut);
    m_focus->setToolTip(tr("Show the views and put the keyboard in their list"));
    m_focus->setProperty("shortcutGroup", tr("Views"));
    connect(m_focus, &QAction::triggered, this, [this] {
        show();
        raise();
        m_view->setFocus(Qt::ShortcutFocusReason);
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0) {
            const int row = std::max(0, m_model->activeRow());
            m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
        }
    });
    for (int n = 1; n <= numberedViews; ++n) {
        auto *show = new QAction(tr("Show view %1").arg(n), this);
        show->setObjectName(u"views.show%1"_s.arg(n));
        show->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + n)));
        show->setShortcutContext(Qt::WindowShortcut);
        show->setProperty("shortcutGroup", tr("Views"));
        connect(show, &QAction::triggered, this, [this, n] { applyView(n - 1); });
        m_numbers.append(show);
    }

    connect(m_save, &QAction::triggered, this, &ViewsDock::promptSave);
    connect(m_rename, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && currentViewId() != 0)
            m_view->edit(current.siblingAtColumn(ViewListModel::NameColumn));
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (const qint64 id = currentViewId())
            confirmDelete(id);
    });
    connect(m_watch, &QAction::triggered, this, [this](bool on) {
        if (const qint64 id = currentViewId())
            setWatched(id, on);
    });
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        // A click on the tick only changes whether the view is watched.
        if (index.column() != ViewListModel::NotifyColumn)
            applyView(index.row());
    });
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { applyView(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ViewsDock::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ViewsDock::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ViewsDock::updateActions);
    connect(m_model, &ViewListModel::renameRequested, this, &ViewsDock::renameView);
    connect(m_model, &ViewListModel::watchRequested, this, &ViewsDock::setWatched);
    connect(m_inbox, &InboxDock::filterChanged, this, &ViewsDock::markActive);
    connect(m_inbox, &InboxDock::myOperatorChanged, this, &ViewsDock::loadViews);

    m_countDelay.setSingleShot(true);
    connect(&m_countDelay, &QTimer::timeout, this, &ViewsDock::recount);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_countsStale)
            scheduleCount();
    });

    loadViews();
    updateActions();
}

QString ViewsDock::messageText() const
{
    return shownMessage(m_message);
}

void ViewsDock::showMessage(const QString &message)
{
    fd::ui::showMessage(m_message, message);
}

void ViewsDock::clearMessage()
{
    fd::ui::clearMessage(m_message);
}

QList<ViewEntry> ViewsDock::builtInViews() const
{
    QList<ViewEntry> views;
    ViewEntry all;
    all.builtIn = u"all"_s;
    all.name = tr("All items");
    views << all;
    ViewEntry unanswered;
    unanswered.builtIn = u"unanswered"_s;
    unanswered.name = tr("Unanswered");
    unanswered.filter.unansweredOnly = true;
    views << unanswered;
    if (const qint64 me = m_inbox->myOperatorId()) {
        ViewEntry mine;
        mine.builtIn = u"mine"_s;
        mine.name = tr("Assigned to me");
        mine.filter.assigneeId = me;
        views << mine;
    }
    ViewEntry unread;
    unread.builtIn = u"unread"_s;
    unread.name = tr("Unread");
    unread.filter.unreadOnly = true;
    views << unread;
    return views;
}

void ViewsDock::loadViews()
{
    const auto saved = core::ConsoleQueries(m_reader).savedViews();
    if (!saved.ok()) {
        showMessage(saved.error().message); // the list keeps what it had
        return;
    }
    QList<ViewEntry> views = builtInViews();
    for (const core::SavedView &s : *saved) {
        ViewEntry v;
        v.id = s.id;
        v.name = s.name;
        v.filterJson = s.filterJson;
        // A filter this version cannot read shows everything rather than nothing.
        v.filter = core::filterFromJson(s.filterJson).value_or(core::ItemFilter{});
        v.watched = s.watched;
        v.position = s.position;
        views << v;
    }
    const bool changed = views != m_model->views();
    const QModelIndex current = m_view->currentIndex();
    const QString keepKey =
        current.isValid() ? current.data(ViewListModel::KeyRole).toString() : QString();
    m_model->setViews(views);
    if (changed) {
        if (const int row = m_model->rowOfKey(keepKey); row >= 0)
            m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
        for (int i = 0; i < m_numbers.size(); ++i) {
            const ViewEntry *v = m_model->viewAt(i);
            m_numbers.at(i)->setVisible(v != nullptr);
            m_numbers.at(i)->setText(v ? tr("Show view “%1”").arg(v->name)
                                       : tr("Show view %1").arg(i + 1));
        }
        markActive();
        Q_EMIT viewsChanged();
    }
}

void ViewsDock::reload()
{
    loadViews();
    m_countsStale = true;
    scheduleCount();
}

void ViewsDock::scheduleCount()
{
    m_countsStale = true;
    if (!isVisible())
        return; // counted once the dock is seen again
    const qint64 since = m_lastCount.isValid() ? m_lastCount.elapsed() : countIntervalMs;
    if (since >= countIntervalMs)
        recount();
    else if (!m_countDelay.isActive())
        m_countDelay.start(int(countIntervalMs - since));
}

void ViewsDock::recount()
{
    m_countDelay.stop();
    QList<qint64> counts;
    for (const ViewEntry &v : m_model->views()) {
        core::ItemFilter unread = v.filter;
        unread.unreadOnly = true;
        const auto n = m_queries.countUpTo(unread, ViewListModel::badgeCap);
        if (!n.ok()) {
            showMessage(n.error().message);
            return; // the badges keep what they said
        }
        counts << *n;
    }
    m_lastCount.start();
    m_countsStale = false;
    m_model->setUnreadCounts(counts);
    Q_EMIT countsUpdated();
}

void ViewsDock::markActive()
{
    const core::ItemFilter shown = m_inbox->model()->filter();
    // The view applied last, while it matches; else the first that does.
    int row = m_model->rowOfKey(m_chosen);
    if (row < 0 || !(m_model->viewAt(row)->filter == shown)) {
        row = -1;
        const QList<ViewEntry> &views = m_model->views();
        for (qsizetype i = 0; i < views.size(); ++i) {
            if (views.at(i).filter == shown) {
                row = int(i);
                break;
            }
        }
    }
    m_model->setActiveRow(row);
}

void ViewsDock::applyView(int row)
{
    const ViewEntry *v = m_model->viewAt(row);
    if (!v)
        return;
    m_chosen = v->key();
    m_inbox->setFilter(v->filter);
    markActive();
}

qint64 ViewsDock::currentViewId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ViewListModel::ViewIdRole).toLongLong() : 0;
}

const ViewEntry *ViewsDock::savedView(qint64 viewId) const
{
    for (const ViewEntry &v : m_model->views()) {
        if (!v.isBuiltIn() && v.id == viewId)
            return &v;
    }
    return nullptr;
}

QList<WatchedView> ViewsDock::watchedViews() const
{
    QList<WatchedView> out;
    for (const ViewEntry &v : m_model->views()) {
        if (v.watched)
            out.append({v.name, v.filter});
    }
    return out;
}

void ViewsDock::updateActions()
{
    const qint64 id = currentViewId();
    const ViewEntry *v = savedView(id);
    m_rename->setEnabled(v != nullptr);
    m_delete->setEnabled(v != nullptr);
    m_watch->setEnabled(v != nullptr);
    m_watch->setChecked(v && v->watched);
}

void ViewsDock::committed()
{
    clearMessage();
    loadViews();
    scheduleCount();
}

std::function<void(const QString &)> ViewsDock::refusal()
{
    return [this](const QString &message) {
        showMessage(message);
        Q_EMIT failed(message);
    };
}

void ViewsDock::save(const core::SavedView &view)
{
    whenWritten(m_actions.saveView(view), this, refusal(),
                [this](const core::StoreResult<qint64> &id) {
                    // The saved view is what the inbox shows: it is the one marked.
                    m_chosen = QString::number(*id);
                    committed();
                    if (const int row = m_model->rowOfKey(m_chosen); row >= 0)
                        m_view->selectionModel()->setCurrentIndex(
                            m_model->index(row, 0),
                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                    markActive();
                });
}

void ViewsDock::promptSave()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"views.nameDialog"_s);
    dialog->setWindowTitle(tr("Save filters as view"));
    dialog->setLabelText(tr("Name of the view:"));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setOkButtonText(tr("Save"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        if (!name.simplified().isEmpty())
            saveCurrentAs(name);
    });
    dialog->open();
}

void ViewsDock::saveCurrentAs(const QString &typed)
{
    const QString name = typed.simplified();
    core::SavedView view;
    view.name = name;
    view.filterJson = core::filterToJson(m_inbox->filterFromBar());
    int last = 0;
    const ViewEntry *taken = nullptr;
    for (const ViewEntry &v : m_model->views()) {
        if (v.isBuiltIn())
            continue;
        last = std::max(last, v.position);
        // As the store compares names: in any case, in any alphabet.
        if (v.name.compare(name, Qt::CaseInsensitive) == 0)
            taken = &v;
    }
    view.position = last + 1;
    if (!taken) {
        save(view);
        return;
    }
    view.id = taken->id;
    view.name = taken->name; // replaced, not renamed
    view.watched = taken->watched;
    view.position = taken->position;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Replace view"),
                                tr("There is already a view called “%1”.").arg(taken->name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"views.confirmReplace"_s);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Replace its filters with the current ones?"));
    box->button(QMessageBox::Yes)->setText(tr("Replace"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, view] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            save(view);
    });
    box->open();
}

void ViewsDock::renameView(qint64 viewId, const QString &name)
{
    const ViewEntry *v = savedView(viewId);
    if (!v)
        return;
    whenWritten(m_actions.saveView({v->id, name, v->filterJson, v->watched, v->position}), this,
                refusal(), [this] { committed(); });
}

void ViewsDock::setWatched(qint64 viewId, bool watched)
{
    const ViewEntry *v = savedView(viewId);
    if (!v || v->watched == watched)
        return;
    whenWritten(m_actions.saveView({v->id, v->name, v->filterJson, watched, v->position}), this,
                refusal(), [this] { committed(); });
}

void ViewsDock::confirmDelete(qint64 viewId)
{
    const ViewEntry *v = savedView(viewId);
    if (!v)
        return;
    askBeforeDeleting(this,
                      {.objectName = u"views.confirmDelete"_s,
                       .title = tr("Delete view"),
                       .text = tr("Delete the view “%1”?").arg(v->name),
                       .informative = tr("Only the view goes; the items stay as they are."),
                       .deleteLabel = tr("Delete")},
                      [this, viewId] {
                          whenWritten(m_actions.deleteView(viewId), this, refusal(),
                                      [this] { committed(); });
                      });
}

} // namespace fd::ui
