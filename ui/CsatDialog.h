#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace fd::core {
class Store;
}

namespace fd::ui {

// Settings → Customer surveys…: whether a satisfaction survey follows an operator's closing of
// a private conversation, which template it is, for which accounts, after what delay and how
// often a customer may be asked; and the last 30 days' figures. Saved to the store.
class CsatDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CsatDialog(core::Store &store, QWidget *parent = nullptr);

    // What the last save said: empty after success, otherwise what is wrong.
    QString message() const;
    // Saves the form; saved() tells when the store has it (or refused it).
    void save();

Q_SIGNALS:
    void saved();

private:
    void load();
    void showFigures();
    void setMessage(const QString &text, bool error);

    core::Store &m_store;
    QCheckBox *m_enabled = nullptr;
    QComboBox *m_template = nullptr;
    QListWidget *m_accounts = nullptr;
    QSpinBox *m_delay = nullptr;
    QSpinBox *m_perCustomer = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_message = nullptr;
    bool m_error = false;
};

} // namespace fd::ui
