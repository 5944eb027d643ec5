#include "UiTestSupport.h"

#include "CsatDialog.h"
#include "console/CsatSettings.h"
#include "console/InboxActions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>

using namespace Qt::StringLiterals;

TEST_CASE("The customer surveys dialog saves what it shows", "[csat]")
{
    fd::test::TempStore store;
    const qint64 vk = store.addAccount(fd::core::Platform::Vk, u"VK Shop"_s);
    store.addAccount(fd::core::Platform::Telegram, u"Shop bot"_s);
    fd::core::InboxActions actions(store.store(), {0, u"irina"_s, u"Ирина"_s, u"desk-3"_s});
    fd::core::Template t;
    t.title = u"How did we do?"_s;
    t.body = u"Rate us from 1 to 5"_s;
    const auto templateId = fd::test::resultOf(actions.saveTemplate(t));
    REQUIRE(templateId.ok());

    fd::ui::CsatDialog dialog(store.store());
    QSignalSpy savedSpy(&dialog, &fd::ui::CsatDialog::saved);
    fd::test::Awaited saved(savedSpy);
    auto *enabled = dialog.findChild<QCheckBox *>(u"csat.enabled"_s);
    auto *templates = dialog.findChild<QComboBox *>(u"csat.template"_s);
    auto *accounts = dialog.findChild<QListWidget *>(u"csat.accounts"_s);
    auto *delay = dialog.findChild<QSpinBox *>(u"csat.delay"_s);
    REQUIRE(enabled);
    REQUIRE(templates);
    REQUIRE(accounts);
    REQUIRE(delay);
    CHECK_FALSE(enabled->isChecked());
    CHECK(dialog.findChild<QLabel *>(u"csat.figures"_s)->text().contains(u"No survey"_s));

    // On without a template is refused in words.
    enabled->setChecked(true);
    dialog.save();
    REQUIRE(saved.next());
    CHECK(dialog.message().contains(u"template"_s));

    templates->setCurrentIndex(templates->findText(u"How did we do?"_s));
    REQUIRE(accounts->count() == 2);
    accounts->item(0)->setCheckState(Qt::Checked);
    accounts->item(1)->setCheckState(Qt::Checked);
    delay->setValue(30);
    dialog.save();
    REQUIRE(saved.next());
    CHECK(dialog.message().isEmpty());
    const auto settings = fd::core::loadCsatSettings(fd::test::readerOf(store));
    REQUIRE(settings.ok());
    CHECK(settings->enabled);
    CHECK(settings->templateId == *templateId);
    CHECK(settings->accountIds.size() == 2);
    CHECK(settings->accountIds.contains(vk));
    CHECK(settings->delayMinutes == 30);

    // Opened again, it shows what is stored.
    fd::ui::CsatDialog again(store.store());
    CHECK(again.findChild<QCheckBox *>(u"csat.enabled"_s)->isChecked());
    CHECK(again.findChild<QComboBox *>(u"csat.template"_s)->currentText() == u"How did we do?"_s);
    CHECK(again.findChild<QSpinBox *>(u"csat.delay"_s)->value() == 30);
}
