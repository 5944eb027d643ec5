#pragma once

#include "LanguageDetector.h"

#include <QString>

#include <optional>

namespace fd::core {

enum class Sentiment { Negative = -1, Neutral = 0, Positive = 1 };

// "negative", "neutral", "positive": the stable names used in rules, storage and the CLI.
QString sentimentName(Sentiment sentiment);
std::optional<Sentiment> sentimentFromName(const QString &name);

// The tone of a customer's message, from weighted word lists (resources/classifiers/
// sentiment_*.txt: words, stems such as "ужасн*", phrases such as "не работает"), negation
// ("not good", "nie polecam"), intensifiers, "but" (what follows weighs more), emoji and
// emoticons, and "!!!" or "???". Thanks count as positive; a plain question is neutral.
// `language` chooses which list wins where two disagree; words of the other lists still count,
// so mixed and mis-detected texts are read too. Thread-safe; the lists are loaded once.
Sentiment classifySentiment(const QString &text, Language language);

// The score behind the class: above 0.6 is positive, below -0.6 negative.
double sentimentScore(const QString &text, Language language);

} // namespace fd::core
