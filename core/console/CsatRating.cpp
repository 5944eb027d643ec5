#include "CsatRating.h"

#include "rules/TextFold.h"

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

// Longer replies are messages, not ratings.
constexpr qsizetype kMaxLength = 60;

// Folded (lower case, without diacritics) phrases and the score they give.
const QHash<QString, int> &phrases()
{
    static const QHash<QString, int> map{
        // Russian
        {u"отлично"_s, 5},
        {u"превосходно"_s, 5},
        {u"великолепно"_s, 5},
        {u"супер"_s, 5},
        {u"очень хорошо"_s, 5},
        {u"все отлично"_s, 5},
        {u"хорошо"_s, 4},
        {u"неплохо"_s, 4},
        {u"нормально"_s, 3},
        {u"средне"_s, 3},
        {u"так себе"_s, 3},
        {u"плохо"_s, 2},
        {u"очень плохо"_s, 1},
        {u"ужасно"_s, 1},
        {u"отвратительно"_s, 1},
        // English
        {u"excellent"_s, 5},
        {u"great"_s, 5},
        {u"perfect"_s, 5},
        {u"awesome"_s, 5},
        {u"amazing"_s, 5},
        {u"very good"_s, 5},
        {u"good"_s, 4},
        {u"fine"_s, 4},
        {u"not bad"_s, 4},
        {u"average"_s, 3},
        {u"so-so"_s, 3},
        {u"so so"_s, 3},
        {u"bad"_s, 2},
        {u"poor"_s, 2},
        {u"very bad"_s, 1},
        {u"terrible"_s, 1},
        {u"awful"_s, 1},
        {u"horrible"_s, 1},
        // Polish (folded: "świetnie" is "swietnie", "źle" is "zle")
        {u"swietnie"_s, 5},
        {u"doskonale"_s, 5},
        {u"znakomicie"_s, 5},
        {u"rewelacja"_s, 5},
        {u"rewelacyjnie"_s, 5},
        {u"idealnie"_s, 5},
        {u"bardzo dobrze"_s, 5},
        {u"dobrze"_s, 4},
        {u"niezle"_s, 4},
        {u"w porzadku"_s, 4},
        {u"srednio"_s, 3},
        {u"przecietnie"_s, 3},
        {u"tak sobie"_s, 3},
        {u"slabo"_s, 2},
        {u"zle"_s, 2},
        {u"bardzo zle"_s, 1},
        {u"bardzo slabo"_s, 1},
        {u"fatalnie"_s, 1},
        {u"okropnie"_s, 1},
        {u"tragicznie"_s, 1},
    };
    return map;
}

// Words that may stand around a rating without changing it.
bool isCourtesy(const QString &word)
{
    static const QStringList words{
        u"спасибо"_s, u"спс"_s, u"благодарю"_s, u"оценка"_s,   u"thanks"_s, u"thank"_s,
        u"you"_s,     u"thx"_s, u"rating"_s,    u"dziekuje"_s, u"dzieki"_s, u"ocena"_s,
    };
    return words.contains(word);
}

// What may follow a digit: "из 5", "of 5", "na 5" (and "/5", read as "of"), or a unit.
bool isScaleWord(const QString &word)
{
    static const QStringList words{u"из"_s, u"of"_s, u"out"_s, u"na"_s, u"z"_s};
    return words.contains(word);
}

bool isUnit(const QString &word)
{
    static const QStringList words{
        u"звезд"_s,    u"звезды"_s, u"звезда"_s, u"балл"_s,    u"балла"_s,    u"баллов"_s,
        u"star"_s,     u"stars"_s,  u"point"_s,  u"points"_s,  u"gwiazdka"_s, u"gwiazdki"_s,
        u"gwiazdek"_s, u"punkt"_s,  u"punkty"_s, u"punktow"_s,
    };
    return words.contains(word);
}

std::optional<int> digitScore(const QString &word)
{
    if (word.size() == 1 && word.at(0) >= u'1' && word.at(0) <= u'5')
        return word.at(0).unicode() - u'0';
    return std::nullopt;
}

// Only stars (★ ⭐ filled, ☆ empty) or only thumbs, ignoring white space and the marks that
// only change how an emoji looks.
std::optional<CsatRating> symbolsOnly(const QString &text)
{
    int filled = 0, empty = 0, up = 0, down = 0;
    for (const char32_t c : text.toUcs4()) {
        if (c == 0x2605 || c == 0x2B50)
            ++filled;
        else if (c == 0x2606)
            ++empty;
        else if (c == 0x1F44D)
            ++up;
        else if (c == 0x1F44E)
            ++down;
        else if (c == 0xFE0F || (c >= 0x1F3FB && c <= 0x1F3FF) || QChar::isSpace(c))
            continue;
        else
            return std::nullopt;
    }
    if (up > 0 && filled + empty + down == 0)
        return CsatRating{5, true};
    if (down > 0 && filled + empty + up == 0)
        return CsatRating{1, true};
    if (filled >= 1 && filled + empty <= 5 && up + down == 0)
        return CsatRating{filled, false};
    return std::nullopt;
}

} // namespace

std::optional<CsatRating> parseCsatRating(const QString &text)
{
    if (text.size() > kMaxLength)
        return std::nullopt;
    if (auto symbols = symbolsOnly(text))
        return symbols;
    // "4/5" reads as "4 of 5"; a keycap ("5️⃣") as its digit.
    QString plain = text;
    plain.replace(u'/', u" of "_s).remove(QChar(0xFE0F)).remove(QChar(0x20E3));
    QStringList words = foldedWords(foldText(plain));
    words.removeIf(isCourtesy);
    if (words.isEmpty())
        return std::nullopt;
    if (const auto digit = digitScore(words.first())) {
        QStringList rest = words.mid(1);
        if (rest.size() >= 2 && isScaleWord(rest.first())) {
            // "of 5", "out of 5"
            while (!rest.isEmpty() && isScaleWord(rest.first()))
                rest.removeFirst();
            if (rest.isEmpty() || rest.first() != u"5")
                return std::nullopt;
            rest.removeFirst();
        } else if (!rest.isEmpty() && isUnit(rest.first())) {
            rest.removeFirst();
        }
        // What is left may only be words that rate too ("5, отлично"): the digit says how much.
        if (!rest.isEmpty() && !phrases().contains(rest.join(u' ')))
            return std::nullopt;
        return CsatRating{*digit, false};
    }
    const auto found = phrases().constFind(words.join(u' '));
    if (found == phrases().cend())
        return std::nullopt;
    return CsatRating{*found, false};
}

} // namespace fd::core
