#pragma once

#include <QString>

namespace fd::core {

// Bounds for text that comes from outside. The largest real platform texts are YouTube
// comments (10,000 characters); anything far beyond that is kept in part, not refused.
struct TextLimits
{
    static constexpr qsizetype itemText = 65536;
    static constexpr qsizetype shortText = 1024; // names, handles, cities, titles, URLs
    static constexpr qsizetype externalId = 256;
};

// Makes untrusted text safe to store and show: drops NUL and other control characters except
// tab and line breaks, replaces unpaired surrogates with U+FFFD, and shortens to `maxChars`
// without splitting a surrogate pair. `truncated` is set when text was cut.
QString sanitizeText(const QString &text, qsizetype maxChars, bool *truncated = nullptr);

// SQLite binds a null QString as NULL; columns of text are NOT NULL, so empty is "".
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
}

} // namespace fd::core
