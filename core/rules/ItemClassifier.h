#pragma once

#include "SpamClassifier.h"
#include "TextSignals.h"
#include "store/IngestHook.h"

#include <QString>

namespace fd::core {

// The on-device classifiers on an incoming item's text: its language, its sentiment, and
// whether it is spam (the same text from many senders lately is a spam sign). One instance
// per place items arrive: a store's ingest, or a team's gateway before it hands a batch to the
// server, so an item is judged the same wherever it was polled.
class ItemClassifier
{
public:
    // The verdicts, with what was derived from the text on the way for the rules to reuse.
    struct Classified
    {
        ItemAnnotations notes;
        QString folded;      // foldText(text)
        TextSignals signals; // textSignals(text)
    };
    Classified classifyText(const QString &text, qint64 receivedMs);
    ItemAnnotations classify(const QString &text, qint64 receivedMs)
    {
        return classifyText(text, receivedMs).notes;
    }

private:
    RepeatTracker m_repeats;
};

} // namespace fd::core
