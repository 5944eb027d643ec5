#include "SentimentClassifier.h"

#include "ClassifierData.h"
#include "TextFold.h"
#include "TextSignals.h"

#include <QHash>
#include <QSet>

#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

constexpr double kThreshold = 0.6;
// How far a negation reaches: "не очень-то и работает" still negates.
constexpr int kNegationReach = 3;

enum class EntryKind { Weight, Negator, Intensifier, Contrast };

struct PatternWord
{
    QString text;
    bool prefix = false; // "ужасн*" matches ужасно, ужасный, ужасная…
};

struct Entry
{
    QList<PatternWord> words;
    EntryKind kind = EntryKind::Weight;
    double value = 0;
};

// One language's reading: its own list first, the other lists behind it for what it lacks.
class Lexicon
{
public:
    void addLine(const QString &line)
    {
        const qsizetype space = line.lastIndexOf(u' ');
        if (space <= 0)
            return;
        const QString phrase = foldText(line.left(space).trimmed());
        const QString value = line.mid(space + 1);
        if (phrase.isEmpty() || m_keys.contains(phrase))
            return;
        Entry e;
        bool ok = true;
        if (value == u"neg"_s) {
            e.kind = EntryKind::Negator;
        } else if (value == u"but"_s) {
            e.kind = EntryKind::Contrast;
        } else if (value.startsWith(u'x')) {
            e.kind = EntryKind::Intensifier;
            e.value = value.mid(1).toDouble(&ok);
        } else {
            e.value = value.toDouble(&ok);
        }
        if (!ok)
            return;
        for (const QString &w : phrase.split(u' ', Qt::SkipEmptyParts)) {
            const bool prefix = w.endsWith(u'*');
            e.words.append({prefix ? w.chopped(1) : w, prefix});
        }
        if (e.words.isEmpty() || e.words.front().text.isEmpty())
            return;
        m_keys.insert(phrase);
        const int index = int(m_entries.size());
        const PatternWord &first = e.words.front();
        if (first.prefix) {
            m_prefix[first.text].append(index);
            if (!m_prefixLengths.contains(first.text.size()))
                m_prefixLengths.append(first.text.size());
        } else {
            m_exact[first.text].append(index);
        }
        m_entries.push_back(std::move(e));
    }

    // The longest entry matching words from `at`; ties go to exact words over stems, then to
    // longer stems. Sets `length` to the number of words matched.
    const Entry *match(const QStringList &words, qsizetype at, qsizetype &length) const
    {
        const Entry *best = nullptr;
        qsizetype bestRank = -1;
        const auto consider = [&](const QList<int> &candidates) {
            for (const int index : candidates) {
                const Entry &e = m_entries[std::size_t(index)];
                if (at + e.words.size() > words.size())
                    continue;
                qsizetype rank = e.words.size() * 10000;
                bool all = true;
                for (qsizetype k = 0; k < e.words.size() && all; ++k) {
                    const PatternWord &p = e.words.at(k);
                    const QString &w = words.at(at + k);
                    all = p.prefix ? w.startsWith(p.text) : w == p.text;
                    rank += p.prefix ? p.text.size() : 100;
                }
                if (all && rank > bestRank) {
                    best = &e;
                    bestRank = rank;
                }
            }
        };
        const QString &word = words.at(at);
        if (auto it = m_exact.constFind(word); it != m_exact.cend())
            consider(*it);
        for (const qsizetype len : m_prefixLengths) {
            if (len > word.size())
                continue;
            if (auto it = m_prefix.constFind(word.left(len)); it != m_prefix.cend())
                consider(*it);
        }
        if (best)
            length = best->words.size();
        return best;
    }

private:
    std::vector<Entry> m_entries;
    QHash<QString, QList<int>> m_exact;
    QHash<QString, QList<int>> m_prefix;
    QList<qsizetype> m_prefixLengths;
    QSet<QString> m_keys; // a phrase already given by a list read earlier
};

struct Lexicons
{
    std::array<Lexicon, 4> byLanguage; // indexed by Language
    QHash<char32_t, double> emoji;
};

const Lexicons &lexicons()
{
    static const Lexicons lex = [] {
        Lexicons out;
        const QString ru = u"sentiment_ru.txt"_s, en = u"sentiment_en.txt"_s,
                      pl = u"sentiment_pl.txt"_s, other = u"sentiment_other.txt"_s;
        const std::array<std::pair<Language, QStringList>, 4> order{{
            {Language::Other, {other, ru, en, pl}},
            {Language::Ru, {ru, en, pl, other}},
            {Language::En, {en, ru, pl, other}},
            {Language::Pl, {pl, en, ru, other}},
        }};
        QHash<QString, QStringList> files;
        for (const QString &f : {ru, en, pl, other})
            files.insert(f, classifierDataLines(f));
        for (const auto &[language, names] : order) {
            Lexicon &lexicon = out.byLanguage[std::size_t(language)];
            for (const QString &name : names) {
                for (const QString &line : files.value(name))
                    lexicon.addLine(line);
            }
        }
        for (const QString &line : classifierDataLines(u"sentiment_emoji.txt"_s)) {
            const qsizetype space = line.lastIndexOf(u' ');
            const QString symbol = line.left(space).trimmed();
            bool ok = false;
            const double weight = line.mid(space + 1).toDouble(&ok);
            if (space > 0 && ok && !symbol.isEmpty())
                out.emoji.insert(symbol.toUcs4().front(), weight);
        }
        return out;
    }();
    return lex;
}

bool isClauseBreak(QChar c)
{
    switch (c.unicode()) {
    case u'.':
    case u',':
    case u'!':
    case u'?':
    case u';':
    case u':':
    case u'(':
    case u')':
    case 0x2014: // —
    case 0x2026: // …
        return true;
    default:
        return false;
    }
}

double wordsScore(const QString &folded, const Lexicon &lexicon)
{
    double total = 0;
    double afterContrast = 1.0;
    qsizetype start = 0;
    for (qsizetype end = 0; end <= folded.size(); ++end) {
        if (end < folded.size() && !isClauseBreak(folded.at(end)))
            continue;
        const QStringList words = foldedWords(folded.mid(start, end - start));
        start = end + 1;
        int negation = 0; // words a negation still reaches
        int intensified = 0;
        double intensity = 1.0;
        for (qsizetype i = 0; i < words.size();) {
            qsizetype length = 1;
            const Entry *e = lexicon.match(words, i, length);
            if (!e) {
                negation = std::max(0, negation - 1);
                intensified = std::max(0, intensified - 1);
                ++i;
                continue;
            }
            switch (e->kind) {
            case EntryKind::Negator:
                negation = kNegationReach + 1;
                break;
            case EntryKind::Intensifier:
                intensity = e->value;
                intensified = 3;
                break;
            case EntryKind::Contrast:
                // "Thanks, but it still does not work": what follows "but" is what they mean.
                total *= 0.5;
                afterContrast = 1.5;
                break;
            case EntryKind::Weight: {
                double w = e->value * (intensified > 0 ? intensity : 1.0);
                if (negation > 0 && w != 0) // "not bad" is milder than "good"
                    w = w > 0 ? -w : -w * 0.5;
                if (w != 0) {
                    negation = 0;
                    intensified = 0;
                }
                total += w * afterContrast;
                break;
            }
            }
            i += length;
        }
    }
    return total;
}

double emojiScore(const QString &folded, const QHash<char32_t, double> &weights)
{
    double total = 0;
    QHash<char32_t, int> seen;
    for (const char32_t cp : folded.toUcs4()) {
        const auto it = weights.constFind(cp);
        if (it != weights.cend() && ++seen[cp] <= 3) // a row of ten hearts is not ten times as warm
            total += *it;
    }
    // Emoticons, including the Russian ")))" and "(((".
    const bool smile = folded.contains(u":)"_s) || folded.contains(u":-)"_s) ||
                       folded.contains(u"=)"_s) || folded.contains(u";)"_s) ||
                       folded.contains(u":d"_s) || folded.contains(u"))"_s);
    const bool frown = folded.contains(u":("_s) || folded.contains(u":-("_s) ||
                       folded.contains(u"(("_s) || folded.contains(u":'("_s);
    if (smile && !frown)
        total += 0.8;
    else if (frown && !smile)
        total -= 0.8;
    return total;
}

} // namespace

QString sentimentName(Sentiment sentiment)
{
    switch (sentiment) {
    case Sentiment::Negative:
        return u"negative"_s;
    case Sentiment::Positive:
        return u"positive"_s;
    case Sentiment::Neutral:
        break;
    }
    return u"neutral"_s;
}

std::optional<Sentiment> sentimentFromName(const QString &name)
{
    for (const Sentiment s : {Sentiment::Negative, Sentiment::Neutral, Sentiment::Positive}) {
        if (name.compare(sentimentName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

double sentimentScore(const QString &text, Language language)
{
    const Lexicons &lex = lexicons();
    QString plain = withoutLinksAndHandles(text);
    plain.replace(QChar(0x2019), u'\''); // "don’t" as "don't"
    const QString folded = foldText(plain);
    double score =
        wordsScore(folded, lex.byLanguage[std::size_t(language)]) + emojiScore(folded, lex.emoji);
    // "???" and "?!" are impatience; "!!" makes whatever was said stronger.
    if (folded.contains(u"???"_s) || folded.contains(u"?!"_s) || folded.contains(u"!?"_s))
        score -= 0.7;
    else if (folded.contains(u"!!"_s))
        score *= 1.3;
    return score;
}

Sentiment classifySentiment(const QString &text, Language language)
{
    const double score = sentimentScore(text, language);
    if (score >= kThreshold)
        return Sentiment::Positive;
    if (score <= -kThreshold)
        return Sentiment::Negative;
    return Sentiment::Neutral;
}

} // namespace fd::core
