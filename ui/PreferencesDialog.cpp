#include "PreferencesDialog.h"

#include "Appearance.h"
#include "BreakReminderWatch.h"
#include "ItemFeedModel.h"
#include "Notifier.h"
#include "Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd::ui {

int PreferencesDialog::responseTarget(const QSettings &settings)
{
    bool ok = false;
    const int minutes =
        settings.value(responseTargetKey(), ItemFeedModel::defaultResponseTargetMinutes).toInt(&ok);
    if (!ok)
        return ItemFeedModel::defaultResponseTargetMinutes;
    return std::clamp(minutes, minResponseTarget, maxResponseTarget);
}

PreferencesDialog::PreferencesDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(u"preferences"_s);
    setWindowTitle(tr("Preferences"));

    m_language = new QComboBox(this);
    m_language->setObjectName(u"preferences.language"_s);
    m_language->addItem(tr("System default"), QString());
    for (const UiLanguage &language : shippedLanguages())
        m_language->addItem(language.nativeName, language.code);
    const QString current = m_settings.value(languageSettingsKey()).toString();
    const int index = m_language->findData(current);
    m_language->setCurrentIndex(index >= 0 ? index : 0);

    auto *note = new QLabel(tr("The language changes the next time Frontdesk starts."), this);
    note->setObjectName(u"preferences.languageNote"_s);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_appearance = new QComboBox(this);
    m_appearance->setObjectName(u"preferences.appearance"_s);
    m_appearance->addItem(tr("Follow the system"),
                          Appearance::settingValue(Appearance::Choice::System));
    m_appearance->addItem(tr("Light"), Appearance::settingValue(Appearance::Choice::Light));
    m_appearance->addItem(tr("Dark"), Appearance::settingValue(Appearance::Choice::Dark));
    m_appearance->setCurrentIndex(
        m_appearance->findData(Appearance::settingValue(Appearance::choiceFrom(m_settings))));

    m_notifyNew = new QCheckBox(tr("Announce new customer messages on the desktop"), this);
    m_notifyNew->setObjectName(u"preferences.notifyNew"_s);
    m_notifyNew->setChecked(m_settings.value(Notifier::newItemsKey(), true).toBool());
    m_sound = new QCheckBox(tr("With a sound"), this);
    m_sound->setObjectName(u"preferences.sound"_s);
    m_sound->setChecked(m_settings.value(Notifier::soundKey(), true).toBool());

    m_responseTarget = new QSpinBox(this);
    m_responseTarget->setObjectName(u"preferences.responseTarget"_s);
    m_responseTarget->setRange(minResponseTarget, maxResponseTarget);
    m_responseTarget->setSuffix(tr(" min"));
    m_responseTarget->setValue(responseTarget(m_settings));
    m_responseTarget->setToolTip(
        tr("How soon a customer should have an answer. The inbox shows how long waiting items "
           "have waited in green, in amber from half this time and in red past it."));

    // Off unless chosen; never set here, the store's shift setting applies.
    const std::optional<int> breaks = BreakReminderWatch::preference(m_settings);
    m_breakReminder = new QCheckBox(tr("Remind me to take a break after"), this);
    m_breakReminder->setObjectName(u"preferences.breakReminder"_s);
    m_breakReminder->setChecked(breaks.value_or(0) > 0);
    m_breakMinutes = new QSpinBox(this);
    m_breakMinutes->setObjectName(u"preferences.breakMinutes"_s);
    m_breakMinutes->setRange(15, BreakReminderWatch::maxMinutes);
    m_breakMinutes->setSingleStep(15);
    m_breakMinutes->setSuffix(tr(" min of continuous work"));
    m_breakMinutes->setValue(breaks.value_or(0) > 0 ? *breaks : BreakReminderWatch::defaultMinutes);
    m_breakMinutes->setEnabled(m_breakReminder->isChecked());
    m_breakReminder->setToolTip(
        tr("Work counts from the start of your shift or the end of your last break. The "
           "reminder comes on the desktop and in the status bar."));
    connect(m_breakReminder, &QCheckBox::toggled, m_breakMinutes, &QSpinBox::setEnabled);
    m_breakInitially = breaks;

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("&Appearance:"), m_appearance);
    form->addRow(tr("Notifications:"), m_notifyNew);
    form->addRow(QString(), m_sound);
    form->addRow(tr("&Response target:"), m_responseTarget);
    form->addRow(tr("Breaks:"), m_breakReminder);
    form->addRow(QString(), m_breakMinutes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString PreferencesDialog::selectedLanguage() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::accept()
{
    const QString before = m_settings.value(languageSettingsKey()).toString();
    const QString chosen = selectedLanguage();
    m_languageChanged = before != chosen;
    m_settings.setValue(languageSettingsKey(), chosen);
    m_settings.setValue(Appearance::settingsKey(), m_appearance->currentData().toString());
    m_settings.setValue(Notifier::newItemsKey(), m_notifyNew->isChecked());
    m_settings.setValue(Notifier::soundKey(), m_sound->isChecked());
    m_settings.setValue(responseTargetKey(), m_responseTarget->value());
    const int breaks = m_breakReminder->isChecked() ? m_breakMinutes->value() : 0;
    // Written once chosen, so the store's setting applies until this workstation has its own.
    if (m_breakInitially.has_value() || breaks > 0)
        m_settings.setValue(BreakReminderWatch::minutesKey(), breaks);
    m_settings.sync();
    QDialog::accept();
}

} // namespace fd::ui
