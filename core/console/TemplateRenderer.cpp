#include "TemplateRenderer.h"

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-';
}

} // namespace

const QStringList &TemplateRenderer::knownVariables()
{
    static const QStringList names{
        u"author.name"_s,   u"author.first_name"_s, u"author.handle"_s, u"author.city"_s,
        u"operator.name"_s, u"post.text"_s,         u"post.url"_s,      u"item.text"_s,
        u"account.name"_s,  u"platform"_s,          u"date"_s,          u"time"_s,
    };
    return names;
}

TemplateRenderer::Result TemplateRenderer::render(const QString &body) const
{
    Result r;
    r.text.reserve(body.size());
    const qsizetype n = body.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = body.at(i);
        if ((c == u'{' || c == u'}') && i + 1 < n && body.at(i + 1) == c) {
            r.text += c; // "{{" and "}}" are literal braces
            ++i;
            continue;
        }
        if (c != u'{') {
            r.text += c;
            continue;
        }
        qsizetype end = i + 1;
        while (end < n && isNameChar(body.at(end)))
            ++end;
        if (end == i + 1 || end >= n || body.at(end) != u'}') {
            r.text += c; // not a variable: plain text
            continue;
        }
        const QString name = body.mid(i + 1, end - i - 1);
        const auto found = m_values.constFind(name);
        if (found == m_values.cend() && !knownVariables().contains(name)) {
            r.problems.append({Problem::Kind::Unknown, name, i});
            r.text += QStringView(body).mid(i, end - i + 1);
        } else if (found == m_values.cend() || found->trimmed().isEmpty()) {
            r.problems.append({Problem::Kind::Empty, name, i});
            r.text += QStringView(body).mid(i, end - i + 1);
        } else {
            r.text += *found;
        }
        i = end;
    }
    return r;
}

std::optional<QString> TemplateRenderer::partialVariableAt(const QString &text, qsizetype cursor)
{
    cursor = qBound<qsizetype>(0, cursor, text.size());
    qsizetype start = cursor;
    while (start > 0 && isNameChar(text.at(start - 1)))
        --start;
    if (start == 0 || text.at(start - 1) != u'{')
        return std::nullopt;
    if (start >= 2 && text.at(start - 2) == u'{')
        return std::nullopt; // "{{" is a literal brace
    return text.mid(start, cursor - start);
}

} // namespace fd::core
