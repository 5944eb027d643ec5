#include "TextLimits.h"

namespace fd::core {

QString sanitizeText(const QString &text, qsizetype maxChars, bool *truncated)
{
    if (truncated)
        *truncated = false;
    // Fast path: most text needs nothing.
    bool clean = text.size() <= maxChars;
    if (clean) {
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if ((u < 0x20 && u != u'\n' && u != u'\t' && u != u'\r') || c.isSurrogate()) {
                clean = false;
                break;
            }
        }
    }
    if (clean)
        return nonNull(text);

    QString out = nonNull(QString());
    out.reserve(qMin(text.size(), maxChars));
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            if (out.size() + 2 > maxChars) {
                if (truncated)
                    *truncated = true;
                break;
            }
            out.append(c);
            out.append(text.at(++i));
            continue;
        }
        if (out.size() + 1 > maxChars) {
            if (truncated)
                *truncated = true;
            break;
        }
        if (c.isSurrogate())
            out.append(QChar(QChar::ReplacementCharacter));
        else if (u < 0x20 && u != u'\n' && u != u'\t' && u != u'\r')
            continue;
        else
            out.append(c);
    }
    return out;
}

} // namespace fd::core
