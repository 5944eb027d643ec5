#include "LanguageDetector.h"

#include "ClassifierData.h"
#include "TextFold.h"
#include "TextSignals.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

// Which language a common word points to. "other" words (German, Ukrainian, Spanish…) point
// away from ru, en and pl. Ambiguous words ("to", "a", "no", "do") are in no list.
struct Hints
{
    QHash<QString, Language> words;
};

const Hints &hints()
{
    static const Hints h = [] {
        Hints out;
        for (const QString &line : classifierDataLines(u"language_hints.txt"_s)) {
            const qsizetype space = line.indexOf(u' ');
            if (space <= 0)
                continue;
            const std::optional<Language> lang = languageFromName(line.left(space));
            const QString word = foldText(line.mid(space + 1).trimmed());
            if (lang && !word.isEmpty())
                out.words.insert(word, *lang);
        }
        return out;
    }();
    return h;
}

bool isCyrillic(char16_t c)
{
    return c >= 0x0400 && c <= 0x04FF;
}

// Polish letters no other language here uses (ó is shared with Spanish and others).
bool isPolishLetter(char16_t c)
{
    switch (c) {
    case u'ą':
    case u'ć':
    case u'ę':
    case u'ł':
    case u'ń':
    case u'ś':
    case u'ź':
    case u'ż':
        return true;
    default:
        return false;
    }
}

// Latin letters of languages other than Polish and English.
bool isForeignLatinLetter(char16_t c)
{
    static const QString letters = u"äöüßéèêëàâçñîïôûùíúãõřěůčšžýőűåæøğşıœ"_s;
    return c >= 0xC0 && letters.contains(QChar(c));
}

// Cyrillic letters Russian does not have: Ukrainian, Belarusian, Kazakh, Serbian, Macedonian.
bool isNonRussianCyrillic(char16_t c)
{
    static const QString letters = u"іїєґўәғқңөұүһђјљњћџѓќѕ"_s;
    return letters.contains(QChar(c));
}

} // namespace

QString languageName(Language language)
{
    switch (language) {
    case Language::Ru:
        return u"ru"_s;
    case Language::En:
        return u"en"_s;
    case Language::Pl:
        return u"pl"_s;
    case Language::Other:
        break;
    }
    return u"other"_s;
}

std::optional<Language> languageFromName(const QString &name)
{
    for (const Language l : {Language::Other, Language::Ru, Language::En, Language::Pl}) {
        if (name.compare(languageName(l), Qt::CaseInsensitive) == 0)
            return l;
    }
    return std::nullopt;
}

Language detectLanguage(const QString &rawText)
{
    const QString text = withoutLinksAndHandles(rawText);
    int cyrillic = 0, latin = 0, otherScript = 0;
    int polish = 0, polishO = 0, foreignLatin = 0, nonRussian = 0;
    for (const QChar ch : text) {
        if (!ch.isLetter())
            continue;
        const char16_t c = ch.toLower().unicode();
        if (isCyrillic(c)) {
            ++cyrillic;
            if (isNonRussianCyrillic(c))
                ++nonRussian;
        } else if (ch.script() == QChar::Script_Latin) {
            ++latin;
            if (isPolishLetter(c))
                ++polish;
            else if (c == u'ó')
                ++polishO;
            else if (isForeignLatinLetter(c))
                ++foreignLatin;
        } else {
            ++otherScript;
        }
    }
    const int letters = cyrillic + latin + otherScript;
    if (letters < 3 || otherScript > cyrillic + latin)
        return Language::Other;

    int ru = 0, en = 0, pl = 0, other = 0;
    const QHash<QString, Language> &words = hints().words;
    for (const QString &w : foldedWords(foldText(text))) {
        switch (words.value(w, Language::Other)) {
        case Language::Ru:
            ++ru;
            break;
        case Language::En:
            ++en;
            break;
        case Language::Pl:
            ++pl;
            break;
        case Language::Other:
            if (words.contains(w))
                ++other;
            break;
        }
    }

    // Cyrillic wins when it is at least a third of the letters: Russian text often carries
    // Latin brand and model names ("не заряжается iPhone 13 Pro Max").
    if (cyrillic * 2 >= latin) {
        if (nonRussian >= 2 || (nonRussian == 1 && ru < 2) || (other > 0 && other >= ru))
            return Language::Other;
        return Language::Ru;
    }
    pl += 3 * polish + polishO;
    other += 2 * foreignLatin;
    const int best = std::max({pl, en, ru, other});
    if (best == 0)
        return Language::Other;
    if (pl == best)
        return Language::Pl;
    if (en == best)
        return Language::En;
    if (ru == best)
        return Language::Ru;
    return Language::Other;
}

} // namespace fd::core
