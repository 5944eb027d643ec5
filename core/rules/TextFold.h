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

} // namespace fd::core
