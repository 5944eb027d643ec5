#include "RulesDock.h"

#include "DockSupport.h"
#include "Format.h"
#include "RuleDryRunDialog.h"
#include "RuleEditorDialog.h"
#include "RuleListModel.h"
#include "console/ConsoleQueries.h"
#include "console/InboxActions.h"
#include "store/Store.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {

RulesDock::RulesDock(core::Store &store, core::InboxActions &actions, QWidget *parent)
    : QDockWidget(tr("Rules"), parent)
    , m_store(store)
    , m_actions(actions)
    , m_rules(store, actions.actor())
{
    setObjectName(u"dock.rules"_s);
    m_model = new RuleListModel(m_rules, this);

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    m_message = makeMessageLabel(u"rules.message"_s, body);
    layout->addWidget(m_message);

    m_view = new QTreeView(body);
    m_view->setObjectName(u"rules.view"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Rules, in the order they run"));
    // The order is the rules' order: rows are dragged into place, never sorted.
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    for (int c :
         {RuleListModel::PositionColumn, RuleListModel::EnabledColumn, RuleListModel::TriggerColumn,
          RuleListModel::FiringsColumn, RuleListModel::LastFiredColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RuleListModel::NameColumn, QHeaderView::Interactive);
    header->resizeSection(RuleListModel::NameColumn, 180);
    header->setSectionResizeMode(RuleListModel::SummaryColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    const auto make = [this](const QString &text, const QString &name, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setToolTip(tip);
        m_view->addAction(action);
        return action;
    };
    m_new = make(tr("&New…"), u"rules.new"_s, tr("Write a new rule"));
    m_edit = make(tr("&Edit…"), u"rules.edit"_s, tr("Change the selected rule"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_duplicate =
        make(tr("D&uplicate…"), u"rules.duplicate"_s, tr("A new rule from a copy of this one"));
    m_delete = make(tr("&Delete…"), u"rules.delete"_s, tr("Delete the selected rule"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_moveUp = make(tr("Move &up"), u"rules.moveUp"_s, tr("Run the rule before the one above"));
    m_moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_moveDown =
        make(tr("Move do&wn"), u"rules.moveDown"_s, tr("Run the rule after the one below"));
    m_moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_dryRunAction = make(tr("Dry &run…"), u"rules.dryRun"_s,
                          tr("See what the rule would have done to the stored items"));
    for (QAction *a : {m_edit, m_delete, m_moveUp, m_moveDown})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    layout->addLayout(makeButtonRow({m_new, m_edit, m_duplicate, m_delete, m_dryRunAction}, body));
    setWidget(body);

    connect(m_new, &QAction::triggered, this, &RulesDock::newRule);
    const auto onCurrent = [this](auto f) {
        return [this, f] {
            if (const qint64 id = currentRuleId())
                (this->*f)(id);
        };
    };
    connect(m_edit, &QAction::triggered, this, onCurrent(&RulesDock::editRule));
    connect(m_duplicate, &QAction::triggered, this, onCurrent(&RulesDock::duplicateRule));
    connect(m_delete, &QAction::triggered, this, onCurrent(&RulesDock::confirmDelete));
    connect(m_moveUp, &QAction::triggered, this, [this] { moveRule(currentRuleId(), -1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveRule(currentRuleId(), 1); });
    connect(m_dryRunAction, &QAction::triggered, this, [this] {
        if (const core::RuleRecord *r = m_model->rule(currentRuleId()); r && r->problem.isEmpty())
            dryRun(r->rule);
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != RuleListModel::EnabledColumn)
            editRule(index.data(RuleListModel::RuleIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RulesDock::updateActions);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepCurrent = currentRuleId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keepCurrent != 0)
            selectRule(m_keepCurrent);
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &RulesDock::updateActions);
    connect(m_model, &RuleListModel::errorOccurred, this,
            [this](const QString &message) { showMessage(m_message, message); });
    connect(m_model, &RuleListModel::enableRequested, this, &RulesDock::setEnabled);
    connect(m_model, &RuleListModel::orderRequested, this, &RulesDock::reorder);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_stale)
            reload();
    });
    updateActions();
}

core::RuleStore &RulesDock::rules()
{
    // Whoever acts at this station now (the station may have joined a team since).
    m_rules.setActor(m_actions.actor());
    return m_rules;
}

RuleEditorDialog *RulesDock::editor() const
{
    return m_editor;
}

RuleDryRunDialog *RulesDock::dryRunDialog() const
{
    return m_dryRun;
}

QString RulesDock::messageText() const
{
    return shownMessage(m_message);
}

qint64 RulesDock::currentRuleId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(RuleListModel::RuleIdRole).toLongLong() : 0;
}

bool RulesDock::selectRule(qint64 ruleId)
{
    const int row = m_model->rowOfRule(ruleId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, RuleListModel::NameColumn);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void RulesDock::reload()
{
    m_stale = false;
    m_model->reload();
}

void RulesDock::storeChanged()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void RulesDock::updateActions()
{
    const qint64 id = currentRuleId();
    const core::RuleRecord *r = m_model->rule(id);
    const int row = m_model->rowOfRule(id);
    m_edit->setEnabled(r && r->problem.isEmpty());
    m_duplicate->setEnabled(r && r->problem.isEmpty());
    m_delete->setEnabled(r);
    m_dryRunAction->setEnabled(r && r->problem.isEmpty());
    m_moveUp->setEnabled(r && row > 0);
    m_moveDown->setEnabled(r && row + 1 < m_model->rowCount());
}

void RulesDock::written(const QString &refusal)
{
    if (refusal.isEmpty()) {
        clearMessage(m_message);
    } else {
        showMessage(m_message, refusal);
        Q_EMIT failed(refusal);
    }
    // What the store holds has the last word (a refused tick or move springs back).
    reload();
    Q_EMIT changed();
}

void RulesDock::setEnabled(qint64 ruleId, bool enabled)
{
    whenWritten(
        rules().setEnabled(ruleId, enabled), this,
        [this](const QString &message) { written(message); }, [this] { written({}); });
}

void RulesDock::reorder(const QList<qint64> &ruleIds)
{
    whenWritten(
        rules().reorder(ruleIds), this, [this](const QString &message) { written(message); },
        [this] { written({}); });
}

void RulesDock::moveRule(qint64 ruleId, int by)
{
    const int row = m_model->rowOfRule(ruleId);
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_model->rowCount())
        return;
    // moveRows takes the row it goes before.
    m_model->moveRows({}, row, 1, {}, by > 0 ? to + 1 : to);
    selectRule(ruleId);
}

void RulesDock::newRule()
{
    core::Rule fresh;
    openEditor(fresh);
}

void RulesDock::editRule(qint64 ruleId)
{
    if (const core::RuleRecord *r = m_model->rule(ruleId); r && r->problem.isEmpty())
        openEditor(r->rule);
}

void RulesDock::duplicateRule(qint64 ruleId)
{
    const core::RuleRecord *r = m_model->rule(ruleId);
    if (!r || !r->problem.isEmpty())
        return;
    core::Rule copy = r->rule;
    copy.id = 0;
    copy.enabled = false;
    // The first free "Name (copy)", "Name (copy 2)", …
    for (int n = 1;; ++n) {
        copy.name = n == 1 ? tr("%1 (copy)").arg(r->rule.name)
                           : tr("%1 (copy %2)").arg(r->rule.name).arg(n);
        const auto &all = m_model->rules();
        if (std::none_of(all.begin(), all.end(), [&](const core::RuleRecord &other) {
                return other.rule.name.compare(copy.name, Qt::CaseInsensitive) == 0;
            }))
            break;
    }
    openEditor(copy);
}

void RulesDock::openEditor(const core::Rule &original)
{
    if (m_editor && m_editor->isVisible()) {
        // One at a time: what is being written there must not be lost.
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    QStringList templates;
    if (const auto reader = m_store.reader(); reader.ok()) {
        const auto all = core::ConsoleQueries(*reader).templates();
        for (const core::Template &t : all.value())
            templates.append(t.title);
    }
    auto *editor = new RuleEditorDialog(original, templates, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = editor;
    connect(editor, &RuleEditorDialog::saveRequested, this, &RulesDock::save);
    connect(editor, &RuleEditorDialog::dryRunRequested, this, &RulesDock::dryRun);
    editor->open();
}

void RulesDock::save(const core::Rule &edited)
{
    QPointer<RuleEditorDialog> editor = m_editor;
    whenWritten(
        rules().save(edited), this,
        [this, editor](const QString &message) {
            // Said in the dialog, with what was written there kept.
            if (editor)
                editor->showError(message);
            else
                showMessage(m_message, message);
            Q_EMIT failed(message);
        },
        [this, editor](const core::StoreResult<qint64> &id) {
            if (editor)
                editor->finishSaved();
            clearMessage(m_message);
            reload();
            selectRule(*id);
            Q_EMIT changed();
        });
}

void RulesDock::confirmDelete(qint64 ruleId)
{
    const core::RuleRecord *r = m_model->rule(ruleId);
    if (!r)
        return;
    askBeforeDeleting(this,
                      {.objectName = u"rules.confirmDelete"_s,
                       .title = tr("Delete rule"),
                       .text = tr("Delete the rule “%1”?").arg(format::preview(r->rule.name, 80)),
                       .informative = tr("It stops acting on items at once. What it did stays "
                                         "in the journal."),
                       .deleteLabel = tr("Delete")},
                      [this, ruleId] {
                          whenWritten(
                              rules().remove(ruleId), this,
                              [this](const QString &message) { written(message); },
                              [this] { written({}); });
                      });
}

void RulesDock::dryRun(const core::Rule &rule)
{
    QWidget *parent = m_editor && m_editor->isVisible() ? static_cast<QWidget *>(m_editor.data())
                                                        : static_cast<QWidget *>(this);
    core::Rule tried = rule;
    if (tried.id == 0) {
        // Not stored yet: it would run after every stored rule.
        const auto &all = m_model->rules();
        tried.position = all.isEmpty() ? 1 : all.constLast().rule.position + 1;
    }
    auto *dialog = new RuleDryRunDialog(m_store, tried, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dryRun = dialog;
    connect(dialog, &RuleDryRunDialog::itemActivated, this, &RulesDock::itemActivated);
    connect(dialog, &RuleDryRunDialog::enableRequested, this,
            [this](qint64 ruleId) { setEnabled(ruleId, true); });
    dialog->show();
    dialog->start();
}

} // namespace fd::ui
