#include "ItemClassifier.h"

#include "LanguageDetector.h"
#include "SentimentClassifier.h"
#include "TextFold.h"
#include "TextSignals.h"

namespace fd::core {

ItemAnnotations ItemClassifier::classify(const QString &text, qint64 receivedMs)
{
    ItemAnnotations notes;
    const Language lang = detectLanguage(text);
    notes.lang = languageName(lang);
    notes.sentiment = int(classifySentiment(text, lang));
    const TextSignals signals = textSignals(text);
    notes.spam = classifySpam(text, signals, m_repeats.seen(foldText(text), receivedMs)).spam;
    return notes;
}

} // namespace fd::core
