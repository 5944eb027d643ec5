#include "SqlScript.h"

namespace fd::core {
namespace {

// The dollar-quote tag starting at `at` ("$$" or "$name$"), or empty when there is none.
QString dollarTagAt(const QString &s, qsizetype at)
{
    if (s.at(at) != u'$')
        return {};
    qsizetype end = at + 1;
    while (end < s.size() && (s.at(end).isLetterOrNumber() || s.at(end) == u'_'))
        ++end;
    if (end >= s.size() || s.at(end) != u'$')
        return {};
    // "$1" is a parameter, not a tag.
    if (end > at + 1 && s.at(at + 1).isDigit())
        return {};
    return s.mid(at, end - at + 1);
}

} // namespace

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    const auto flush = [&] {
        const QString statement = current.trimmed();
        // A piece that is only comments is no statement.
        QString code;
        for (const QString &line : statement.split(u'\n')) {
            if (!line.trimmed().startsWith(u"--"))
                code += line;
        }
        if (!code.trimmed().isEmpty())
            statements.append(statement);
        current.clear();
    };
    const qsizetype n = script.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') {
            const qsizetype end = script.indexOf(u'\n', i);
            const qsizetype stop = end < 0 ? n : end + 1;
            current += script.mid(i, stop - i);
            i = stop;
        } else if (c == u'/' && next == u'*') {
            const qsizetype end = script.indexOf(u"*/", i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            current += script.mid(i, stop - i);
            i = stop;
        } else if (c == u'\'' || c == u'"') {
            // A doubled quote inside is part of the text; the scan simply goes on past it.
            qsizetype end = script.indexOf(c, i + 1);
            while (end >= 0 && end + 1 < n && script.at(end + 1) == c)
                end = script.indexOf(c, end + 2);
            const qsizetype stop = end < 0 ? n : end + 1;
            current += script.mid(i, stop - i);
            i = stop;
        } else if (const QString tag = dollarTagAt(script, i); !tag.isEmpty()) {
            const qsizetype end = script.indexOf(tag, i + tag.size());
            const qsizetype stop = end < 0 ? n : end + tag.size();
            current += script.mid(i, stop - i);
            i = stop;
        } else if (c == u';') {
            flush();
            ++i;
        } else {
            current += c;
            ++i;
        }
    }
    flush();
    return statements;
}

} // namespace fd::core
