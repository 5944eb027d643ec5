#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace fd::ui {

class LayoutManager;

// Asks for the name of a layout: Save is possible only while the name is usable, and the
// dialog says why it is not.
class LayoutNameDialog : public QDialog
{
    Q_OBJECT

public:
    // Why a name cannot be used, empty when it can.
    using Check = std::function<QString(const QString &)>;

    LayoutNameDialog(const QString &title, const QString &prompt, const QString &name, Check check,
                     QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QString name() const;
    // What the dialog says about the name, empty when nothing.
    QString problemText() const;
    bool canAccept() const;

private:
    void update();

    Check m_check;
    QLineEdit *m_name = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// The saved layouts: rename and delete them.
class LayoutsDialog : public QDialog
{
    Q_OBJECT

public:
    LayoutsDialog(LayoutManager &layouts, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *deleteButton() const { return m_delete; }
    // The name of the selected layout, empty when none is.
    QString selectedName() const;
    bool selectName(const QString &name);

    void askRename();
    void askDelete();

private:
    void reload();
    void updateButtons();

    LayoutManager &m_layouts;
    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace fd::ui
