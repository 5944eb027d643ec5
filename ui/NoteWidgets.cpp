#include "NoteWidgets.h"

#include "DockSupport.h"
#include "Format.h"
#include "Labels.h"
#include "console/ConsoleQueries.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {

namespace {

QString trNote(const char *text)
{
    return QCoreApplication::translate("fd::ui::NoteCard", text);
}

} // namespace

QColor noteTint(const QPalette &palette)
{
    // Amber reads as "sticky note" on light and dark bases; the amount keeps text readable.
    const QColor base = palette.color(QPalette::Base);
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return blend(base, QColor(0xf9, 0xa8, 0x25), dark ? 0.28 : 0.22);
}

QFrame *makeNoteCard(const core::Note &note, QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setProperty("noteId", note.id);
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    QPalette pal = card->palette();
    pal.setColor(QPalette::Window, noteTint(pal));
    card->setPalette(pal);

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(3);
    QStringList head{trNote("Internal note")};
    if (!note.operatorName.isEmpty())
        head << note.operatorName.simplified();
    head << QLocale().toString(note.createdAt.toLocalTime(), QLocale::ShortFormat);
    QLabel *header = wrappingLabel(head.join(u" · "_s), card);
    header->setObjectName(u"noteHeader"_s);
    header->setToolTip(format::plainToolTip(format::fullTime(note.createdAt)));
    QFont bold = header->font();
    bold.setBold(true);
    header->setFont(bold);
    layout->addWidget(header);
    QLabel *body = wrappingLabel(note.body, card);
    body->setObjectName(u"noteText"_s);
    layout->addWidget(body);
    return card;
}

NoteEditor::NoteEditor(const QString &objectName, const QString &prompt, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);

    m_message = makeMessageLabel(objectName + u".message"_s, this);
    layout->addWidget(m_message);

    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    m_field = new QPlainTextEdit(this);
    m_field->setObjectName(objectName + u".field"_s);
    m_field->setPlaceholderText(prompt);
    m_field->setAccessibleName(prompt);
    m_field->setTabChangesFocus(true);
    m_field->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // Two lines: enough for a remark, small beside the conversation.
    const int lines = 2;
    m_field->setFixedHeight(m_field->fontMetrics().lineSpacing() * lines +
                            int(m_field->document()->documentMargin() * 2) +
                            m_field->frameWidth() * 2 + 4);
    m_field->installEventFilter(this);
    row->addWidget(m_field, 1);

    m_add = new QPushButton(trNote("Add note"), this);
    m_add->setObjectName(objectName + u".add"_s);
    m_add->setToolTip(trNote("Add the note; only your team sees it (Ctrl+Enter)"));
    row->addWidget(m_add, 0, Qt::AlignTop);
    layout->addLayout(row);

    connect(m_add, &QPushButton::clicked, this, &NoteEditor::submit);
    connect(m_field, &QPlainTextEdit::textChanged, this, &NoteEditor::updateButton);
    paint();
    updateButton();
}

QString NoteEditor::text() const
{
    return m_field->toPlainText();
}

void NoteEditor::clear()
{
    m_field->clear();
    showMessage({});
}

void NoteEditor::setBusy(bool busy)
{
    m_busy = busy;
    m_field->setReadOnly(busy);
    updateButton();
}

void NoteEditor::showMessage(const QString &message)
{
    if (message.isEmpty())
        clearMessage(m_message);
    else
        fd::ui::showMessage(m_message, message);
}

QString NoteEditor::messageText() const
{
    return shownMessage(m_message);
}

void NoteEditor::startWriting()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
}

void NoteEditor::setSubject(qint64 subject)
{
    if (subject == m_subject)
        return;
    const QString typed = text();
    if (m_subject != 0 && !typed.trimmed().isEmpty())
        m_unsaved.insert(m_subject, typed);
    else
        m_unsaved.remove(m_subject);
    m_subject = subject;
    clear();
    m_field->setPlainText(m_unsaved.take(subject));
}

void NoteEditor::noteAdded(qint64 subject)
{
    if (subject == m_subject)
        clear();
    else
        m_unsaved.remove(subject);
}

void NoteEditor::submit()
{
    if (m_busy)
        return;
    const QString body = text().trimmed();
    if (body.isEmpty()) {
        m_field->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (body.size() > maxLength) {
        showMessage(QCoreApplication::translate("fd::ui::NoteCard",
                                                "A note can be at most %1 characters long.")
                        .arg(QLocale().toString(maxLength)));
        return;
    }
    Q_EMIT submitted(body);
}

void NoteEditor::updateButton()
{
    m_add->setEnabled(!m_busy && !text().trimmed().isEmpty());
}

void NoteEditor::paint()
{
    // The field wears the notes' tint, so nobody takes it for the reply to the customer.
    QPalette pal = palette();
    pal.setColor(QPalette::Window, noteTint(pal));
    setPalette(pal);
}

bool NoteEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ControlModifier)) {
            submit();
            return true;
        }
        if (key->key() == Qt::Key_Escape && text().isEmpty()) {
            // Out of the empty field, back to the window's single-letter keys.
            m_field->clearFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NoteEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // Our own setPalette() sends one too; only a new base palette needs a new tint.
        const QColor wanted = noteTint(parentWidget() ? parentWidget()->palette() : palette());
        if (palette().color(QPalette::Window) != wanted) {
            QPalette pal = palette();
            pal.setColor(QPalette::Window, wanted);
            setPalette(pal);
        }
    }
}

} // namespace fd::ui
