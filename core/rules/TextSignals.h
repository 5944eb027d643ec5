#pragma once

#include <QString>

namespace fd::core {

// Cheap facts about a message's raw text, computed once at ingest and shared by the
// classifiers and the rules.
struct TextSignals
{
    int words = 0;          // runs of letters and digits
    int letters = 0;        // letters of any script
    int links = 0;          // URLs, www.… and bare domains such as bit.ly/x or shop.com
    bool hasLink = false;   // links > 0
    bool onlyEmoji = false; // non-empty and nothing but emoji (and their joiners) and white space
    int emoji = 0;          // pictographs, counted by code point (joiners and modifiers excluded)
    bool hasPhone = false;  // something written like a phone number (+48 600 100 200, 8-999-…)
    int mentions = 0;       // @handles (not e-mail addresses)
    int exclamations = 0;   // '!' characters
    int questions = 0;      // '?' characters
    double upperRatio = 0;  // upper-case letters among the cased letters, 0 without any
};

TextSignals textSignals(const QString &text);

// Whether a whitespace-separated token, trimmed of the punctuation around it, is a link:
// it has "://", starts with "www." or is a host with a known top-level domain ("bit.ly/x").
bool looksLikeLink(QStringView token);

// The text without its links and @handles, for reading its words: "t.me/earnbig" is not
// English and "@mila" is not Polish. Returns the text itself when it has neither.
QString withoutLinksAndHandles(const QString &text);

// Whether the code point is a pictograph: emoji, symbols, flags, skin tones.
bool isEmojiCodePoint(char32_t cp);

} // namespace fd::core
