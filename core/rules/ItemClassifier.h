#pragma once

#include "SpamClassifier.h"
#include "TextSignals.h"
#include "store/IngestHook.h"

#include <QSet>
#include <QString>

#include <optional>

namespace fd::core {

// The on-device classifiers on an incoming item's text: its language, its sentiment, and
// whether it is spam (the same text from many senders lately is a spam sign). One instance
// per place items arrive: a store's ingest, or a team's gateway before it hands a batch to the
// server, so an item is judged the same wherever it was polled.
class ItemClassifier
{
public:
    // What the classifiers and the rules derive from a text alone. Worked out on any thread,
    // before the text's turn comes (the repeats are counted then, in the order texts arrive).
    struct TextAnalysis
    {
        QString text; // what was analysed
        QString lang; // ru, en, pl, other
        int sentiment = 0;
        TextSignals signals;                // textSignals(text)
        QString folded;                     // foldText(text)
        SpamVerdict spamSigns;              // spamSigns(folded, signals)
        std::optional<QSet<QString>> words; // the folded words, when asked for
    };
    static TextAnalysis analyze(const QString &text, bool words);

    // The verdicts, with what was derived from the text on the way for the rules to reuse.
    struct Classified
    {
        ItemAnnotations notes;
        QString folded;      // foldText(text)
        TextSignals signals; // textSignals(text)
        std::optional<QSet<QString>> words;
    };
    Classified classifyText(const QString &text, qint64 receivedMs)
    {
        return classify(analyze(text, false), receivedMs);
    }
    // Counts the text's arrival among the recent ones and gives the verdicts.
    Classified classify(TextAnalysis analysis, qint64 receivedMs);
    ItemAnnotations classify(const QString &text, qint64 receivedMs)
    {
        return classifyText(text, receivedMs).notes;
    }

private:
    RepeatTracker m_repeats;
};

} // namespace fd::core
