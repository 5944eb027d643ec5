#pragma once

#include <QList>
#include <QPlainTextEdit>
#include <QString>

#include <functional>
#include <optional>

class QCompleter;
class QStandardItemModel;

namespace fd::ui {

// The reply editor: plain text only. "/code" followed by Space, Tab or Enter at the start of a
// word becomes the template with that shortcode; typing after '{' offers the variables, and a
// chosen (or fully typed) variable becomes its value for the current item, so what the editor
// shows is exactly what is sent. Ctrl+Enter asks to send, Ctrl+Shift+Enter to send and close.
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    struct Variable
    {
        QString name;  // without braces
        QString value; // empty when the current item has nothing for it
    };

    // The text that replaces "/code" (code without the slash); nullopt when there is none.
    using Expander = std::function<std::optional<QString>(const QString &code)>;

    explicit ComposerEdit(QWidget *parent = nullptr);

    void setExpander(Expander expander) { m_expander = std::move(expander); }
    // The variables offered after '{', in order.
    void setVariables(const QList<Variable> &variables);
    QCompleter *completer() const { return m_completer; }

    // The "/code" word that ends at the cursor, without the slash; empty when there is none.
    QString shortcodeBeforeCursor() const;
    // Replaces the "/code" before the cursor by its template; returns whether it did.
    bool expandShortcode();
    // Replaces the "{name" being typed at the cursor (and a '}' right after it) by the
    // variable's value, or by "{name}" when it has none.
    void insertVariable(const QString &name);

Q_SIGNALS:
    void sendRequested(bool closeAfter);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateCompletion();
    bool hasVariable(const QString &name) const;

    Expander m_expander;
    QList<Variable> m_variables;
    QStandardItemModel *m_variableModel = nullptr;
    QCompleter *m_completer = nullptr;
};

} // namespace fd::ui
