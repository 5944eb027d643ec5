#pragma once

#include <QJsonValue>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimeEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace fd::ui {

// A rule's conditions as a tree: groups (all of, any of, not) holding conditions and other
// groups. The selected node is edited below the tree: its type, and a value editor that fits
// the type (words, text, a regular expression checked as it is typed, yes or no, a range, a
// time of day with its zone, a calendar's name). Works on the JSON form of RuleJson.h, so
// whatever the tree holds is what the rule's JSON says.
class RuleConditionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RuleConditionEditor(QWidget *parent = nullptr);

    // The condition as JSON ({"all": [...]}, …); an empty "all" matches every item.
    QJsonValue condition() const;
    void setCondition(const QJsonValue &condition);

    // Adds a condition of the type named by its JSON key ("keywords", "text_regex", …) or a
    // group ("all", "any", "not") to the selected group (or beside the selected condition) and
    // selects it.
    void addNode(const QString &key);
    void removeSelected();
    // Selects the node at `path` (child numbers from the root; empty: the root).
    void selectPath(const QList<int> &path);

    QTreeWidget *tree() const { return m_tree; }
    QComboBox *typeField() const { return m_type; }
    QLineEdit *wordsField() const { return m_words; }
    QLineEdit *textField() const { return m_text; }
    QLineEdit *regexField() const { return m_regex; }
    // What is wrong with the selected regular expression, empty when it is valid.
    QString regexProblem() const;

Q_SIGNALS:
    void changed();

private:
    void buildValueEditors();
    void showSelected();
    void selectedTypeChosen();
    void valueEdited();
    // The value of the selected leaf from its editor.
    QJsonValue editedValue(const QString &key) const;
    void loadValue(const QString &key, const QJsonValue &value);
    QTreeWidgetItem *fill(QTreeWidgetItem *item, const QJsonValue &json);
    QJsonValue jsonOf(const QTreeWidgetItem *item) const;
    void describe(QTreeWidgetItem *item) const;
    QTreeWidgetItem *selected() const;

    QTreeWidget *m_tree = nullptr;
    QComboBox *m_type = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_words = nullptr;
    QLabel *m_wordsHint = nullptr;
    QLineEdit *m_text = nullptr;
    QLineEdit *m_regex = nullptr;
    QLabel *m_regexProblem = nullptr;
    QComboBox *m_flag = nullptr;
    QSpinBox *m_min = nullptr;
    QSpinBox *m_max = nullptr;
    QComboBox *m_history = nullptr;
    QTimeEdit *m_from = nullptr;
    QTimeEdit *m_to = nullptr;
    QComboBox *m_zone = nullptr;
    QLineEdit *m_calendar = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_loading = false;
};

} // namespace fd::ui
