#pragma once

#include <QString>
#include <QStringList>

namespace fd::core {

// Text as rules and classifiers compare it: lower case, without diacritics (ą→a, ł→l, é→e,
// ё→е; й stays й, it is a letter of its own in Russian), runs of white space made one space.
// "Zażółć", "ZAZOLC" and "zazolc" fold to the same text, and so do "Ёлка" and "елка".
QString foldText(const QString &text);

// The words of a folded text: runs of letters and digits (a word joined by an apostrophe or a
// hyphen stays one word).
QStringList foldedWords(const QString &folded);

// Whether `folded` holds `needle` (both folded) as whole words: "price" is found in "the price
// is" and not in "priceless". A needle of several words matches them in a row.
bool containsWords(const QString &folded, const QString &needle);

// The first word of a folded phrase that starts with a word and goes on past it ("не" of
// "не работает"), or an empty text when it does not ("$$$", "…", a single word). In a text
// whose words are not joined by '-' or '\'', the phrase can only be found where that word is one
// of the text's words, so a phrase whose first word the text lacks need not be looked for.
QString phraseHead(const QString &phrase);

// Whether a folded text holds a '-' or '\'' that could join two words into one.
bool hasJoiners(const QString &folded);

} // namespace fd::core
