#include "TextFold.h"

namespace fd::core {
namespace {

// Letters whose diacritic is not a combining mark in Unicode's decomposition.
QChar foldSpecial(QChar c)
{
    switch (c.unicode()) {
    case 0x0142: // ł
        return u'l';
    case 0x0111: // đ
        return u'd';
    case 0x00F8: // ø
        return u'o';
    case 0x00DF: // ß stays one letter; compared as s
        return u's';
    case 0x0451: // ё
        return QChar(0x0435);
    default:
        return c;
    }
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

} // namespace

QString foldText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar c = text.at(i);
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out.append(u' ');
            space = false;
        }
        if (c.unicode() < 0x80) { // the common case, without the decomposition tables
            out.append(c.toLower());
            continue;
        }
        if (c.isHighSurrogate() && i + 1 < text.size()) { // emoji and other astral characters
            out.append(c);
            out.append(text.at(++i));
            continue;
        }
        c = foldSpecial(c.toLower());
        // й and Й keep their breve: in Russian it is another letter, not an accent.
        if (c.unicode() == 0x0439 || c.decompositionTag() != QChar::Canonical) {
            out.append(c);
            continue;
        }
        for (const QChar d : c.decomposition()) {
            if (d.category() != QChar::Mark_NonSpacing)
                out.append(foldSpecial(d.toLower()));
        }
    }
    return out;
}

QStringList foldedWords(const QString &folded)
{
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool word =
            i < folded.size() && (isWordChar(folded.at(i)) ||
                                  (start >= 0 && (folded.at(i) == u'\'' || folded.at(i) == u'-') &&
                                   i + 1 < folded.size() && isWordChar(folded.at(i + 1))));
        if (word && start < 0)
            start = i;
        else if (!word && start >= 0) {
            words.append(folded.mid(start, i - start));
            start = -1;
        }
    }
    return words;
}

bool containsWords(const QString &folded, const QString &needle)
{
    if (needle.isEmpty())
        return false;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = folded.indexOf(needle, from);
        if (at < 0)
            return false;
        const qsizetype end = at + needle.size();
        const bool startsWord =
            at == 0 || !isWordChar(folded.at(at - 1)) || !isWordChar(needle.at(0));
        const bool endsWord =
            end == folded.size() || !isWordChar(folded.at(end)) || !isWordChar(needle.back());
        if (startsWord && endsWord)
            return true;
        from = at + 1;
    }
}

QString phraseHead(const QString &phrase)
{
    qsizetype n = 0;
    while (n < phrase.size() && isWordChar(phrase.at(n)))
        ++n;
    if (n == 0 || n == phrase.size())
        return {};
    return phrase.left(n);
}

bool hasJoiners(const QString &folded)
{
    return folded.contains(u'-') || folded.contains(u'\'');
}

} // namespace fd::core
