#pragma once

#include "model/Template.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace fd::ui {

// The dialog that edits one template: folder, title, shortcode and text. Saving does not close
// it by itself: the dock writes the template and either closes the dialog or shows, in the
// dialog, why the store refused (a shortcode taken by another template, say), so nothing typed
// is lost.
class TemplatesEditor : public QDialog
{
    Q_OBJECT

public:
    // `folders` are offered in the folder choice; a new name can be typed too.
    TemplatesEditor(const core::Template &original, const QStringList &folders,
                    QWidget *parent = nullptr);

    // The template as the fields describe it (with the original's id, 0 for a new one).
    core::Template edited() const;
    // Shows why saving failed and lets the user try again.
    void showError(const QString &message);
    QString errorText() const;
    // Closes the dialog after a successful save.
    void finishSaved();

    QComboBox *folderField() const { return m_folder; }
    QLineEdit *titleField() const { return m_title; }
    QLineEdit *shortcodeField() const { return m_shortcode; }
    QPlainTextEdit *bodyField() const { return m_body; }
    QPushButton *saveButton() const;

Q_SIGNALS:
    // The user asked to save what the fields say.
    void saveRequested(const fd::core::Template &edited);

public Q_SLOTS:
    void accept() override;

private:
    void updateSaveButton();

    core::Template m_original;
    QComboBox *m_folder = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_shortcode = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_saving = false;
};

} // namespace fd::ui
