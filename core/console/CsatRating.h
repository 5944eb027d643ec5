#pragma once

#include <QString>

#include <optional>

namespace fd::core {

// A customer's answer to a satisfaction survey: 1 (very unhappy) to 5 (very happy). A thumb up
// counts as 5 and a thumb down as 1, and says so.
struct CsatRating
{
    int score = 0;
    bool thumbs = false;

    bool operator==(const CsatRating &) const = default;
};

// Reads a rating out of a short reply in Russian, English or Polish: a digit ("5", "4/5",
// "4 из 5", "5 stars", a keycap digit), stars (filled and empty ones), thumbs up or down, or
// a word ("отлично", "excellent", "świetnie", "very bad"), with thanks around it allowed
// ("5, спасибо!"). A reply that says anything else ("5 days and still no parcel") is not a
// rating: nullopt.
std::optional<CsatRating> parseCsatRating(const QString &text);

} // namespace fd::core
