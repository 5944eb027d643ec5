#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace fd::ui {

// A language the user can choose: its code ("" for the system's) and its name in itself.
struct UiLanguage
{
    QString code;
    QString nativeName;
};

// The settings key holding the chosen language code; empty or missing: the system's language.
QString languageSettingsKey();
// The languages Frontdesk ships, without the "system" choice.
QList<UiLanguage> shippedLanguages();

// Installs translators on `app` for `language` ("en", "ru", "pl"; empty: the system's locale):
// Frontdesk's own from the embedded ":/i18n/frontdesk_<lang>.qm" and Qt's qtbase_<lang> from
// Qt's translations folder when it is installed. Falls back to English for a language
// Frontdesk does not ship. Returns the code of the Frontdesk translation loaded.
QString installTranslations(QCoreApplication &app, const QString &language);

} // namespace fd::ui
