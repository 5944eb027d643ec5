#pragma once

#include <QHash>
#include <QWidget>

class QFrame;
class QLabel;
class QPalette;
class QPlainTextEdit;
class QPushButton;

namespace fd::core {
struct Note;
}

namespace fd::ui {

// Internal notes look the same wherever they are shown, and unlike anything a customer wrote
// or we sent: a card in a tint of their own, headed "Internal note" with who wrote it and when.
// The text is plain.
QFrame *makeNoteCard(const core::Note &note, QWidget *parent);
// The notes' tint on `palette`: amber over the base colour, light or dark alike.
QColor noteTint(const QPalette &palette);

// Where a note is written: a short plain-text field with an Add button; Ctrl+Enter adds too.
// The text stays in the field until the caller says it was saved (clear()).
class NoteEditor : public QWidget
{
    Q_OBJECT

public:
    // Longer notes are refused before they reach the store.
    static constexpr int maxLength = 10000;

    // Children are named `objectName` + ".field", ".add" and ".message".
    NoteEditor(const QString &objectName, const QString &prompt, QWidget *parent = nullptr);

    QPlainTextEdit *field() const { return m_field; }
    QPushButton *addButton() const { return m_add; }
    QString text() const;
    void clear();
    // While a note is being written to the store the editor takes no second one.
    void setBusy(bool busy);
    // Why the note was refused, under the field; empty hides it.
    void showMessage(const QString &message);
    QString messageText() const;
    // Puts the cursor in the field.
    void startWriting();
    // What the note is about (a conversation, a person; 0 for nothing). Text typed and not yet
    // added is kept per subject while another one is shown, and comes back with it.
    void setSubject(qint64 subject);
    qint64 subject() const { return m_subject; }
    // The note about `subject` was saved: its text goes, wherever it is kept.
    void noteAdded(qint64 subject);

Q_SIGNALS:
    // The operator asked to add the note (trimmed, not empty, not too long).
    void submitted(const QString &body);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void updateButton();
    void paint();

    QPlainTextEdit *m_field = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_message = nullptr;
    bool m_busy = false;
    qint64 m_subject = 0;
    QHash<qint64, QString> m_unsaved;
};

} // namespace fd::ui
