#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace fd::ui {

namespace {
const QString kResourceFolder = u":/i18n"_s;
const QString kPrefix = u"frontdesk"_s;
} // namespace

QString languageSettingsKey()
{
    return u"ui/language"_s;
}

QList<UiLanguage> shippedLanguages()
{
    // Each language is named in itself, so it can be found whatever the current language is.
    return {{u"en"_s, u"English"_s}, {u"ru"_s, u"Русский"_s}, {u"pl"_s, u"Polski"_s}};
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    QLocale locale = QLocale::system();
    if (!language.isEmpty()) {
        locale = QLocale(language);
        // Dates and numbers follow the chosen language, so a screen does not mix two.
        QLocale::setDefault(locale);
    }

    auto *own = new QTranslator(&app);
    QString loaded;
    // load(QLocale, …) tries each of the locale's UI languages ("pl-PL", "pl", …) in turn.
    if (own->load(locale, kPrefix, u"_"_s, kResourceFolder))
        loaded = own->language().section(u'_', 0, 0).section(u'-', 0, 0);
    else if (own->load(kPrefix + u"_en"_s, kResourceFolder))
        loaded = u"en"_s; // English numerus forms ("1 item", "2 items") live in the .qm too
    if (!loaded.isEmpty())
        app.installTranslator(own);
    else
        delete own;

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return loaded;
}

} // namespace fd::ui
