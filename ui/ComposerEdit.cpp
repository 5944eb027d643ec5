#include "ComposerEdit.h"

#include "console/TemplateRenderer.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd::ui {

namespace {

constexpr int kNameRole = Qt::UserRole + 1;

bool isEnter(int key)
{
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

// Modifiers without the keypad flag, which Enter on the keypad carries.
Qt::KeyboardModifiers modifiersOf(const QKeyEvent *event)
{
    return event->modifiers() & ~Qt::KeypadModifier;
}

bool isShortcodeChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.';
}

} // namespace

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    // Replies are plain text; Tab moves on (or expands a shortcode) instead of typing a tab.
    setTabChangesFocus(true);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);

    m_variableModel = new QStandardItemModel(this);
    m_completer = new QCompleter(m_variableModel, this);
    m_completer->setObjectName(u"composer.variableCompleter"_s);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCompletionRole(kNameRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setWrapAround(false);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { insertVariable(index.data(kNameRole).toString()); });
}

void ComposerEdit::setVariables(const QList<Variable> &variables)
{
    m_variables = variables;
    m_variableModel->clear();
    for (const Variable &v : variables) {
        // The popup shows what choosing a variable would insert.
        auto *item = new QStandardItem(
            v.value.isEmpty() ? tr("%1 — no value here").arg(v.name)
                              : tr("%1 — %2").arg(v.name, v.value.simplified().left(60)));
        item->setData(v.name, kNameRole);
        item->setEditable(false);
        m_variableModel->appendRow(item);
    }
}

QString ComposerEdit::shortcodeBeforeCursor() const
{
    const QTextCursor cursor = textCursor();
    if (cursor.hasSelection())
        return {};
    const QString block = cursor.block().text();
    const int pos = cursor.positionInBlock();
    int start = pos;
    while (start > 0 && !block.at(start - 1).isSpace())
        --start;
    if (pos - start < 2 || block.at(start) != u'/')
        return {};
    const QString code = block.mid(start + 1, pos - start - 1);
    for (const QChar c : code) {
        if (!isShortcodeChar(c))
            return {};
    }
    return code;
}

bool ComposerEdit::expandShortcode()
{
    const QString code = shortcodeBeforeCursor();
    if (code.isEmpty() || !m_expander)
        return false;
    const std::optional<QString> text = m_expander(code);
    if (!text)
        return false;
    QTextCursor cursor = textCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(code.size()) + 1);
    cursor.insertText(*text);
    setTextCursor(cursor);
    return true;
}

void ComposerEdit::insertVariable(const QString &name)
{
    QString value;
    for (const Variable &v : std::as_const(m_variables)) {
        if (v.name == name)
            value = v.value;
    }
    QTextCursor cursor = textCursor();
    const QString block = cursor.block().text();
    const int pos = cursor.positionInBlock();
    if (const auto partial = core::TemplateRenderer::partialVariableAt(block, pos)) {
        const int start = cursor.block().position() + pos - int(partial->size()) - 1;
        int end = cursor.block().position() + pos;
        if (pos < block.size() && block.at(pos) == u'}')
            ++end;
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
    }
    // Without a value the variable stays as written, and the composer flags it.
    cursor.insertText(value.trimmed().isEmpty() ? u'{' + name + u'}' : value);
    setTextCursor(cursor);
    m_completer->popup()->hide();
}

bool ComposerEdit::event(QEvent *event)
{
    // Tab is taken for focus changes before keyPressEvent() sees it.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            if (m_completer->popup()->isVisible()) {
                key->ignore(); // the completer chooses
                return false;
            }
            if (key->key() == Qt::Key_Tab && modifiersOf(key) == Qt::NoModifier &&
                expandShortcode()) {
                key->accept();
                return true;
            }
        }
    }
    return QPlainTextEdit::event(event);
}

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const Qt::KeyboardModifiers modifiers = modifiersOf(event);
    if (m_completer->popup()->isVisible() && (isEnter(key) || key == Qt::Key_Escape)) {
        event->ignore(); // the completer chooses or closes
        return;
    }
    if (isEnter(key) && (modifiers & Qt::ControlModifier)) {
        Q_EMIT sendRequested(modifiers.testFlag(Qt::ShiftModifier));
        event->accept();
        return;
    }
    if (isEnter(key) && modifiers == Qt::NoModifier && expandShortcode()) {
        event->accept();
        return;
    }
    if (key == Qt::Key_Space && modifiers == Qt::NoModifier)
        expandShortcode(); // and the space is typed after it
    if (event->text() == u"}"_s) {
        // A variable typed out in full becomes its value, as if chosen from the list.
        const QTextCursor cursor = textCursor();
        const auto partial = core::TemplateRenderer::partialVariableAt(cursor.block().text(),
                                                                       cursor.positionInBlock());
        if (partial && hasVariable(*partial)) {
            insertVariable(*partial);
            event->accept();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
    if (!event->text().isEmpty() || key == Qt::Key_Backspace)
        updateCompletion();
}

bool ComposerEdit::hasVariable(const QString &name) const
{
    return std::any_of(m_variables.cbegin(), m_variables.cend(),
                       [&](const Variable &v) { return v.name == name; });
}

void ComposerEdit::updateCompletion()
{
    QAbstractItemView *popup = m_completer->popup();
    const QTextCursor cursor = textCursor();
    const auto partial = cursor.hasSelection()
                             ? std::nullopt
                             : core::TemplateRenderer::partialVariableAt(cursor.block().text(),
                                                                         cursor.positionInBlock());
    if (!partial || m_variables.isEmpty()) {
        popup->hide();
        return;
    }
    m_completer->setCompletionPrefix(*partial);
    if (m_completer->completionCount() == 0) {
        popup->hide();
        return;
    }
    popup->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

} // namespace fd::ui
