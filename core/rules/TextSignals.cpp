#include "TextSignals.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

// Parts of an emoji sequence that are not pictographs themselves: variation selectors, the
// zero-width joiner, the keycap mark, tag characters (subdivision flags) and skin tones.
bool isEmojiJoiner(char32_t cp)
{
    return cp == 0xFE0E || cp == 0xFE0F || cp == 0x200D || cp == 0x20E3 ||
           (cp >= 0xE0020 && cp <= 0xE007F) || (cp >= 0x1F3FB && cp <= 0x1F3FF);
}

// Top-level domains seen in customer messages and in spam. A bare "word.word" counts as a link
// only with one of these, so "ok.thanks" typed without a space is not a link.
const QSet<QString> &knownTlds()
{
    static const QSet<QString> tlds{
        u"com"_s,  u"net"_s,    u"org"_s,  u"info"_s,  u"biz"_s,  u"io"_s,     u"me"_s,
        u"ly"_s,   u"co"_s,     u"ru"_s,   u"su"_s,    u"pl"_s,   u"ua"_s,     u"by"_s,
        u"kz"_s,   u"de"_s,     u"eu"_s,   u"uk"_s,    u"us"_s,   u"cc"_s,     u"tk"_s,
        u"gg"_s,   u"to"_s,     u"xyz"_s,  u"top"_s,   u"club"_s, u"online"_s, u"site"_s,
        u"shop"_s, u"store"_s,  u"link"_s, u"click"_s, u"app"_s,  u"live"_s,   u"win"_s,
        u"bet"_s,  u"casino"_s, u"vip"_s,  u"pro"_s,   u"fun"_s,  u"space"_s,  u"website"_s,
        u"gl"_s,   u"gd"_s,     u"sh"_s,   u"tv"_s,    u"рф"_s,
    };
    return tlds;
}

bool isHostChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-';
}

} // namespace

bool looksLikeLink(QStringView token)
{
    while (!token.isEmpty() && !token.front().isLetterOrNumber())
        token = token.mid(1);
    while (!token.isEmpty() && !token.back().isLetterOrNumber() && token.back() != u'/')
        token.chop(1);
    if (token.size() < 4)
        return false;
    if (token.contains(u"://"_s) || token.startsWith(u"www."_s, Qt::CaseInsensitive))
        return true;
    qsizetype end = 0;
    while (end < token.size() && token.at(end) != u'/' && token.at(end) != u'?' &&
           token.at(end) != u'#' && token.at(end) != u':')
        ++end;
    const QStringView host = token.left(end);
    const qsizetype dot = host.lastIndexOf(u'.');
    if (dot <= 0 || dot + 1 >= host.size())
        return false;
    for (const QChar c : host) {
        if (!isHostChar(c) && c != u'.')
            return false;
    }
    if (host.contains(u".."_s))
        return false;
    return knownTlds().contains(host.mid(dot + 1).toString().toLower());
}

namespace {

bool isPhoneSeparator(QChar c)
{
    return c == u' ' || c == u'-' || c == u'(' || c == u')' || c == u'\u00A0';
}

// Reads a phone-like run starting at `i` ('+' or a digit not glued to a word); moves `i` past it.
bool readPhone(const QString &text, qsizetype &i)
{
    const bool plus = text.at(i) == u'+';
    qsizetype j = plus ? i + 1 : i;
    int digits = 0, groups = 0, separators = 0;
    QChar first;
    bool inDigits = false;
    while (j < text.size()) {
        const QChar c = text.at(j);
        if (c.isDigit()) {
            if (first.isNull())
                first = c;
            ++digits;
            if (!inDigits)
                ++groups;
            inDigits = true;
            separators = 0;
        } else if (isPhoneSeparator(c) && ++separators <= 2 && digits > 0) {
            inDigits = false;
        } else if (isPhoneSeparator(c) && digits == 0 && c == u'(') {
            // "(495) 123-45-67"
        } else {
            break;
        }
        ++j;
    }
    i = j;
    if (j < text.size() && text.at(j).isLetter() && inDigits)
        return false; // "1500000zl" is an amount, not a number to call
    if (digits < 9 || digits > 15)
        return false;
    if (plus || groups >= 3 || (groups >= 2 && digits >= 10))
        return true;
    return groups == 1 && digits == 11 && (first == u'7' || first == u'8');
}

} // namespace

bool isEmojiCodePoint(char32_t cp)
{
    return (cp >= 0x1F000 && cp <= 0x1FAFF && !(cp >= 0x1F3FB && cp <= 0x1F3FF)) ||
           (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2300 && cp <= 0x23FF) ||
           (cp >= 0x2B00 && cp <= 0x2BFF) || (cp >= 0x2190 && cp <= 0x21FF) ||
           (cp >= 0x25A0 && cp <= 0x25FF) || cp == 0x3030 || cp == 0x303D || cp == 0x3297 ||
           cp == 0x3299 || cp == 0x203C || cp == 0x2049 || cp == 0x2122 || cp == 0x2139 ||
           cp == 0x00A9 || cp == 0x00AE;
}

QString withoutLinksAndHandles(const QString &text)
{
    if (!text.contains(u'.') && !text.contains(u'@') && !text.contains(u':'))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !text.at(i).isSpace())
            continue;
        const QStringView token = QStringView(text).mid(start, i - start);
        if (!token.isEmpty() && !token.startsWith(u'@') && !looksLikeLink(token)) {
            if (!out.isEmpty())
                out.append(u' ');
            out.append(token);
        }
        start = i + 1;
    }
    return out;
}

TextSignals textSignals(const QString &text)
{
    TextSignals s;
    int upper = 0, cased = 0;
    bool inWord = false;
    bool emojiOnly = true;
    bool anyEmoji = false;
    qsizetype tokenStart = -1;
    bool tokenMayLink = false; // has a '.' or ':' — only such tokens are worth reading as links
    qsizetype phoneReadTo = 0; // a run already read as not a phone is not read again
    const auto closeToken = [&](qsizetype end) {
        if (tokenStart >= 0 && tokenMayLink &&
            looksLikeLink(QStringView(text).mid(tokenStart, end - tokenStart)))
            ++s.links;
        tokenStart = -1;
        tokenMayLink = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t cp = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            cp = QChar::surrogateToUcs4(c, text.at(i + 1));
        if (c.isSpace()) {
            closeToken(i);
            inWord = false;
            continue;
        }
        if (tokenStart < 0)
            tokenStart = i;
        if (c == u'.' || c == u':')
            tokenMayLink = true;
        const bool wordChar = cp > 0xFFFF ? false : c.isLetterOrNumber();
        if (wordChar) {
            if (!inWord)
                ++s.words;
            inWord = true;
            if (c.isLetter()) {
                ++s.letters;
                if (c.isUpper()) {
                    ++upper;
                    ++cased;
                } else if (c.isLower()) {
                    ++cased;
                }
            }
        } else {
            inWord = false;
        }
        if (isEmojiCodePoint(cp)) {
            ++s.emoji;
            anyEmoji = true;
        } else if (!isEmojiJoiner(cp)) {
            emojiOnly = false;
        }
        if (c == u'!')
            ++s.exclamations;
        else if (c == u'?')
            ++s.questions;
        else if (c == u'@' && i + 1 < text.size() &&
                 (text.at(i + 1).isLetterOrNumber() || text.at(i + 1) == u'_') &&
                 (i == 0 || !text.at(i - 1).isLetterOrNumber()))
            ++s.mentions;
        if (!s.hasPhone && i >= phoneReadTo && (c == u'+' || c.isDigit()) &&
            (i == 0 || !text.at(i - 1).isLetterOrNumber())) {
            phoneReadTo = i;
            s.hasPhone = readPhone(text, phoneReadTo);
        }
        if (cp > 0xFFFF)
            ++i;
    }
    closeToken(text.size());
    s.hasLink = s.links > 0;
    s.onlyEmoji = anyEmoji && emojiOnly;
    s.upperRatio = cased > 0 ? double(upper) / double(cased) : 0.0;
    return s;
}

} // namespace fd::core
