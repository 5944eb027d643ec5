#pragma once

#include "SpamClassifier.h"
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
    ItemAnnotations classify(const QString &text, qint64 receivedMs);

private:
    RepeatTracker m_repeats;
};

} // namespace fd::core
