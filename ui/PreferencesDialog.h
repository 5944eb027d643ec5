#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSettings;

namespace fd::ui {

// The user's preferences for this workstation: the language of the interface, light or dark
// colours, and what to be notified about.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QSettings &settings, QWidget *parent = nullptr);

    // The language code chosen in the dialog ("" for the system's).
    QString selectedLanguage() const;
    // Whether accepting changed the language (it applies after a restart).
    bool languageChanged() const { return m_languageChanged; }

    void accept() override;

private:
    QSettings &m_settings;
    QComboBox *m_language = nullptr;
    QComboBox *m_appearance = nullptr;
    QCheckBox *m_notifyNew = nullptr;
    QCheckBox *m_sound = nullptr;
    bool m_languageChanged = false;
};

} // namespace fd::ui
