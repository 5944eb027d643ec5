#include "ItemClassifier.h"

#include "LanguageDetector.h"
#include "SentimentClassifier.h"
#include "TextFold.h"
#include "TextSignals.h"

namespace fd::core {

ItemClassifier::TextAnalysis ItemClassifier::analyze(const QString &text, bool words)
{
    TextAnalysis a;
    a.text = text;
    const Language lang = detectLanguage(text);
    a.lang = languageName(lang);
    a.sentiment = int(classifySentiment(text, lang));
    a.signals = textSignals(text);
    a.folded = foldText(text);
    a.spamSigns = spamSigns(a.folded, a.signals);
    if (words) {
        const QStringList list = foldedWords(a.folded);
        a.words = QSet<QString>(list.begin(), list.end());
    }
    return a;
}

ItemClassifier::Classified ItemClassifier::classify(TextAnalysis a, qint64 receivedMs)
{
    Classified c;
    c.notes.lang = std::move(a.lang);
    c.notes.sentiment = a.sentiment;
    c.notes.spam =
        withRepeats(std::move(a.spamSigns), a.signals, m_repeats.seen(a.folded, receivedMs)).spam;
    c.signals = a.signals;
    c.folded = std::move(a.folded);
    c.words = std::move(a.words);
    return c;
}

} // namespace fd::core
