#pragma once

#include "rules/RuleStore.h"

#include <QDockWidget>
#include <QPointer>

class QAction;
class QLabel;
class QTreeView;

namespace fd::core {
class InboxActions;
class Store;
} // namespace fd::core

namespace fd::ui {

class RuleDryRunDialog;
class RuleEditorDialog;
class RuleListModel;

// The automation rules in the order they run. A tick switches a rule on or off; rows are
// dragged (or moved with Move up / Move down) into a new order; New, Edit (or double-click),
// Duplicate and Delete open the editor or ask first; Dry run shows what the current rule would
// have done to the stored items. Every change is written at once, journaled under the operator
// of `actions`.
class RulesDock : public QDockWidget
{
    Q_OBJECT

public:
    RulesDock(core::Store &store, core::InboxActions &actions, QWidget *parent = nullptr);

    RuleListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *dryRunAction() const { return m_dryRunAction; }
    // The editor while it is open, null otherwise; the last dry run's window while it is open.
    RuleEditorDialog *editor() const;
    RuleDryRunDialog *dryRunDialog() const;
    QString messageText() const;

    qint64 currentRuleId() const;
    bool selectRule(qint64 ruleId);

    // Re-reads the rules, keeping the current one.
    void reload();
    // After a commit anywhere: re-reads now while the dock is seen, else once it is shown again
    // (the firing counts are read afresh each time, and commits come with every ingest).
    void storeChanged();
    void newRule();
    void editRule(qint64 ruleId);
    // Opens the editor on a copy of the rule (disabled, under a new name); saved only by Save.
    void duplicateRule(qint64 ruleId);
    void confirmDelete(qint64 ruleId);
    void moveRule(qint64 ruleId, int by);
    // Runs the rule over the stored items in a window of its own.
    void dryRun(const core::Rule &rule);

Q_SIGNALS:
    void changed();
    void failed(const QString &message);
    // The operator asked to see an item a dry run listed.
    void itemActivated(qint64 itemId);

private:
    void openEditor(const core::Rule &original);
    void save(const core::Rule &edited);
    void setEnabled(qint64 ruleId, bool enabled);
    void reorder(const QList<qint64> &ruleIds);
    void written(const QString &refusal);
    void updateActions();
    core::RuleStore &rules();

    core::Store &m_store;
    core::InboxActions &m_actions;
    core::RuleStore m_rules;
    bool m_stale = false;
    RuleListModel *m_model = nullptr;
    QLabel *m_message = nullptr;
    QTreeView *m_view = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_dryRunAction = nullptr;
    QPointer<RuleEditorDialog> m_editor;
    QPointer<RuleDryRunDialog> m_dryRun;
    qint64 m_keepCurrent = 0;
};

} // namespace fd::ui
