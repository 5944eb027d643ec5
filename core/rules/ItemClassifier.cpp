#include "ItemClassifier.h"

#include "LanguageDetector.h"
#include "SentimentClassifier.h"
#include "TextFold.h"
#include "TextSignals.h"

namespace fd::core {

ItemClassifier::Classified ItemClassifier::classifyText(const QString &text, qint64 receivedMs)
{
    Classified c;
    const Language lang = detectLanguage(text);
    c.notes.lang = languageName(lang);
    c.notes.sentiment = int(classifySentiment(text, lang));
    c.signals = textSignals(text);
    c.folded = foldText(text);
    c.notes.spam = classifySpam(text, c.signals, m_repeats.seen(c.folded, receivedMs)).spam;
    return c;
}

} // namespace fd::core
