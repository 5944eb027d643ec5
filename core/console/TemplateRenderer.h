#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fd::core {

// Fills a template's {variables} for one reply. Unknown variables and variables with nothing
// to say are reported, so the composer can flag them before anything is sent; they are left
// in the text as written ("{author.city}") rather than silently dropped.
//
// Syntax: {name} where name is letters, digits, '.', '_' or '-'; "{{" and "}}" stand for literal
// braces. Anything else in braces ("{ not a variable }") is plain text.
class TemplateRenderer
{
public:
    struct Problem
    {
        enum class Kind { Unknown, Empty };
        Kind kind = Kind::Unknown;
        QString variable;       // without braces
        qsizetype position = 0; // in the template body
    };

    struct Result
    {
        QString text;
        QList<Problem> problems;
        bool ok() const { return problems.isEmpty(); }
    };

    // The variables the composer offers, in the order shown to operators.
    static const QStringList &knownVariables();

    void set(const QString &name, const QString &value) { m_values.insert(name, value); }
    QString value(const QString &name) const { return m_values.value(name); }

    Result render(const QString &body) const;

    // The variable being typed at `cursor` ("{auth" -> "auth", "{" -> ""), for completion;
    // nullopt when the cursor is not right after an open brace and a name.
    static std::optional<QString> partialVariableAt(const QString &text, qsizetype cursor);

private:
    QHash<QString, QString> m_values;
};

} // namespace fd::core
