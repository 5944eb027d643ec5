#pragma once

#include <QJsonArray>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace fd::ui {

// What a rule does, in order: a list of actions, the selected one edited below it (its type
// and what it takes: a tag, a login or a round robin with a cap, a priority, a template with
// "first contact only" and an out-of-hours calendar, the text of an alert). Works on the JSON
// form of RuleJson.h ("then").
class RuleActionsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RuleActionsEditor(QWidget *parent = nullptr);

    QJsonArray actions() const;
    void setActions(const QJsonArray &actions);
    // The templates a reply may use (titles), offered in the reply's field.
    void setTemplates(const QStringList &titles);

    // Adds an action of the type named by its JSON key ("tag", "close", …) after the selected
    // one and selects it.
    void addAction(const QString &key);
    void removeSelected();
    void moveSelected(int by);

    QListWidget *list() const { return m_list; }
    QComboBox *typeField() const { return m_type; }
    QLineEdit *textField() const { return m_text; }
    QComboBox *templateField() const { return m_template; }

Q_SIGNALS:
    void changed();

private:
    void showSelected();
    void selectedTypeChosen();
    void valueEdited();
    QJsonValue editedValue(const QString &key) const;
    void loadValue(const QString &key, const QJsonValue &value);
    void describe(int row) const;

    QListWidget *m_list = nullptr;
    QComboBox *m_type = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_text = nullptr;
    QRadioButton *m_toLogin = nullptr;
    QRadioButton *m_roundRobin = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_operators = nullptr;
    QSpinBox *m_cap = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_template = nullptr;
    QCheckBox *m_firstContact = nullptr;
    QLineEdit *m_outOfHours = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_loading = false;
};

} // namespace fd::ui
