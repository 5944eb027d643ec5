#pragma once

#include "model/Rule.h"

#include <QDialog>
#include <QJsonObject>
#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace fd::ui {

class RuleActionsEditor;
class RuleConditionEditor;

// The dialog that edits one rule: its name, when it runs, whether it is on, its conditions as a
// tree and its actions as a list; and the same rule as JSON on a tab of its own. An edit in
// either view shows in the other; what is wrong is said under the fields (with the JSON path),
// and Save stays disabled while anything is. Saving does not close the dialog by itself: the
// dock writes the rule and closes it, or shows here why the store refused (a name in use).
class RuleEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // `templates` (titles) are offered for replies.
    RuleEditorDialog(const core::Rule &original, const QStringList &templates,
                     QWidget *parent = nullptr);

    // The rule as the fields describe it (with the original's id and position), or nothing while
    // it is not valid.
    std::optional<core::Rule> edited() const;
    // The JSON the fields describe, valid or not.
    QJsonObject json() const;
    // What is wrong with the rule, empty when nothing is.
    QString problem() const { return m_problem; }
    void showError(const QString &message);
    QString errorText() const;
    void finishSaved();

    QLineEdit *nameField() const { return m_name; }
    QComboBox *triggerField() const { return m_trigger; }
    QCheckBox *enabledField() const { return m_enabled; }
    RuleConditionEditor *conditions() const { return m_conditions; }
    RuleActionsEditor *actions() const { return m_actions; }
    QPlainTextEdit *jsonField() const { return m_json; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *saveButton() const;
    QPushButton *dryRunButton() const { return m_dryRun; }

Q_SIGNALS:
    void saveRequested(const fd::core::Rule &edited);
    void dryRunRequested(const fd::core::Rule &edited);

public Q_SLOTS:
    void accept() override;

private:
    // The form changed: the JSON follows, and the rule is checked again.
    void formEdited();
    // The JSON changed: the form follows when it reads.
    void jsonEdited();
    void loadForm(const QJsonObject &json);
    void validate(const QJsonObject &json);

    core::Rule m_original;
    QLineEdit *m_name = nullptr;
    QComboBox *m_trigger = nullptr;
    QCheckBox *m_enabled = nullptr;
    QTabWidget *m_tabs = nullptr;
    RuleConditionEditor *m_conditions = nullptr;
    RuleActionsEditor *m_actions = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QLabel *m_jsonProblem = nullptr;
    QLabel *m_problemLabel = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_dryRun = nullptr;
    QString m_problem;
    bool m_syncing = false;
    bool m_saving = false;
};

} // namespace fd::ui
