#pragma once

#include <QString>

#include <optional>

namespace fd::core {

// The languages the automation rules tell apart; everything else (Ukrainian, German, emoji, a
// single "ok") is Other.
enum class Language { Other, Ru, En, Pl };

// "ru", "en", "pl", "other": the stable names used in rules, storage and the command line.
QString languageName(Language language);
std::optional<Language> languageFromName(const QString &name);

// The language of a customer's message from its script, letters only one language uses
// (ł ą ę… for Polish; і ї є ґ ў mark Ukrainian or Belarusian, not Russian) and short lists of
// common words (Polish typed without diacritics, Russian typed in Latin letters). Texts with
// fewer than three letters are Other. Thread-safe; the word lists are loaded once.
Language detectLanguage(const QString &text);

} // namespace fd::core
