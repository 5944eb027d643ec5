#pragma once

#include "TextSignals.h"

#include <QMutex>
#include <QString>
#include <QStringList>

#include <list>
#include <unordered_map>

namespace fd::core {

struct SpamVerdict
{
    bool spam = false;
    double score = 0;    // 0…1; spam from kSpamThreshold up
    QStringList reasons; // in words, for the operator: "2 links", "matches a known spam pattern: …"
};

inline constexpr double kSpamThreshold = 0.5;

// Whether a message is spam, from its links, phone numbers and mentions, known patterns
// (resources/classifiers/spam_patterns.txt: crypto, earning from home, casino, adult, follow
// back, short links, messenger invites…) and `repeats`: how many times the same text arrived
// recently from anyone (RepeatTracker). Repeats count only for texts with a link, a phone
// number or a mention, or of six words and more: many customers say "thanks!". Thread-safe;
// the patterns are compiled once.
SpamVerdict classifySpam(const QString &text, const TextSignals &sig, int repeats);
// The same in two steps: what the text alone says (`folded` is foldText(text); the score is not
// yet capped), and then what its repeats add.
SpamVerdict spamSigns(const QString &folded, const TextSignals &sig);
SpamVerdict withRepeats(SpamVerdict signs, const TextSignals &sig, int repeats);

// How many times the same text arrived within a day. Texts are keyed by a 64-bit hash of
// their folded words with digits made alike ("code 1234" and "code 9876" are one text), so
// memory stays bounded: at most `capacity` texts, the least recently seen forgotten first.
// Thread-safe.
class RepeatTracker
{
public:
    static constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

    explicit RepeatTracker(int capacity = 20000, qint64 windowMs = kDayMs);

    // Records one arrival of `folded` (foldText) at `atMs` and returns the arrivals within
    // the window, this one included.
    int seen(const QString &folded, qint64 atMs);
    int size() const;

    static quint64 keyOf(const QString &folded);

private:
    struct Entry
    {
        int count = 0;
        qint64 firstMs = 0; // the window's start for this text
        qint64 lastMs = 0;
        std::list<quint64>::iterator order;
    };

    const int m_capacity;
    const qint64 m_windowMs;
    mutable QMutex m_mutex;
    std::list<quint64> m_order; // most recently seen first
    std::unordered_map<quint64, Entry> m_entries;
};

} // namespace fd::core
