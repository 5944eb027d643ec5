#pragma once

#include <QDateTime>
#include <QString>

namespace fd::core {
struct Author;
}

// How the UI writes times, counts and previews. Free functions so models and widgets agree.
namespace fd::ui::format {

// "now", "5 min", "3 h", "2 d", then a short date; `now` is passed so callers and tests agree.
QString age(const QDateTime &at, const QDateTime &now);
// How long ago, in words: "today", "3 days ago", "2 months ago", "4 years ago".
QString since(const QDateTime &at, const QDateTime &now);
// The full local date and time, for tooltips.
QString fullTime(const QDateTime &at);
// A span of time in its two largest units: "40 s", "12 min", "2 h 5 min", "3 d 4 h".
QString duration(qint64 secs);
// 950, 12.3K, 123K, 4.5M, in the user's locale.
QString followers(qint64 count);
// "Anna Petrova @anna · 12.3K · Moscow", leaving out what the platform did not say.
QString author(const core::Author &author);
// "Anna Petrova @anna": who wrote, without their reach and city.
QString authorName(const core::Author &author);
// One line of at most `maxChars`: runs of white space (line breaks included) become one space;
// control characters and the bidi embeddings, overrides and isolates (U+202A-U+202E,
// U+2066-U+2069) are left out, so customer text cannot reorder what is shown after it.
QString preview(const QString &text, qsizetype maxChars = 200);
// Plain text turned into tooltip markup that shows it literally (tooltips guess rich text).
QString plainToolTip(const QString &text, qsizetype maxChars = 4000);

} // namespace fd::ui::format
