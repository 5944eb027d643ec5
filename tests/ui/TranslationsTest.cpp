#include "Translations.h"

#include <QFile>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QString translated(QTranslator &translator, const char *context, const char *source, int n = -1)
{
    return translator.translate(context, source, nullptr, n);
}

} // namespace

TEST_CASE("The translations are built into the program", "[ui][i18n]")
{
    for (const fd::ui::UiLanguage &language : fd::ui::shippedLanguages()) {
        INFO(language.code.toStdString());
        CHECK(QFile::exists(u":/i18n/frontdesk_"_s + language.code + u".qm"_s));
    }
}

TEST_CASE("Russian and Polish speak the menus and the store's words", "[ui][i18n]")
{
    QTranslator ru;
    REQUIRE(ru.load(u":/i18n/frontdesk_ru.qm"_s));
    CHECK(translated(ru, "fd::ui::MainWindow", "&File") == u"&Файл"_s);
    CHECK(translated(ru, "fd::ui::InboxDock", "Inbox") == u"Входящие"_s);
    CHECK(translated(ru, "fd::core::ItemStatus", "Waiting") == u"Ожидает"_s);
    CHECK(translated(ru, "fd::ui::MainWindow", "%Ln item(s)", 1) == u"%Ln обращение"_s);
    CHECK(translated(ru, "fd::ui::MainWindow", "%Ln item(s)", 3) == u"%Ln обращения"_s);
    CHECK(translated(ru, "fd::ui::MainWindow", "%Ln item(s)", 25) == u"%Ln обращений"_s);

    QTranslator pl;
    REQUIRE(pl.load(u":/i18n/frontdesk_pl.qm"_s));
    CHECK(translated(pl, "fd::ui::MainWindow", "&File") == u"&Plik"_s);
    CHECK(translated(pl, "fd::ui::InboxDock", "Inbox") == u"Skrzynka"_s);
    CHECK(translated(pl, "fd::core::Platform", "Google reviews") == u"Opinie Google"_s);
    CHECK(translated(pl, "fd::ui::MainWindow", "%Ln item(s)", 1) == u"%Ln zgłoszenie"_s);
    CHECK(translated(pl, "fd::ui::MainWindow", "%Ln item(s)", 5) == u"%Ln zgłoszeń"_s);

    QTranslator en;
    REQUIRE(en.load(u":/i18n/frontdesk_en.qm"_s));
    CHECK(translated(en, "fd::ui::MainWindow", "%Ln item(s)", 1) == u"%Ln item"_s);
    CHECK(translated(en, "fd::ui::MainWindow", "%Ln item(s)", 2) == u"%Ln items"_s);
}

TEST_CASE("The automation's words are found under the contexts the program asks for", "[ui][i18n]")
{
    // Core files ask through a class of their own (Q_DECLARE_TR_FUNCTIONS), so the context the
    // program asks for is the one the translations are filed under.
    QTranslator ru;
    REQUIRE(ru.load(u":/i18n/frontdesk_ru.qm"_s));
    CHECK_FALSE(translated(ru, "fd::core::DryRun", "close").isEmpty());
    CHECK_FALSE(translated(ru, "fd::core::DryRun", "tag %Ln item(s)", 5).isEmpty());
    CHECK_FALSE(translated(ru, "fd::core::RuleJson", "a rule needs a name").isEmpty());
    CHECK_FALSE(translated(ru, "fd::core::SlaClock", "met").isEmpty());
    QTranslator en;
    REQUIRE(en.load(u":/i18n/frontdesk_en.qm"_s));
    CHECK(translated(en, "fd::core::DryRun", "close %Ln item(s)", 1) == u"close %Ln item"_s);
    CHECK(translated(en, "fd::core::DryRun", "close %Ln item(s)", 11) == u"close %Ln items"_s);
}
