#include "PreferencesDialog.h"

#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {

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

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);

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
    m_settings.sync();
    QDialog::accept();
}

} // namespace fd::ui
