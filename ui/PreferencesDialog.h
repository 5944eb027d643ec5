#pragma once

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QSettings;
class QSpinBox;

namespace fd::ui {

// The user's preferences for this workstation: the language of the interface, light or dark
// colours, what to be notified about, how soon customers should have an answer and whether to
// be reminded to take a break.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // The response target in minutes, against which the inbox colours waiting items.
    static constexpr int minResponseTarget = 1;
    static constexpr int maxResponseTarget = 24 * 60;
    static QString responseTargetKey() { return QStringLiteral("sla/targetMinutes"); }
    // The target `settings` hold, within bounds; the default when they hold none.
    static int responseTarget(const QSettings &settings);

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
    QSpinBox *m_responseTarget = nullptr;
    QCheckBox *m_breakReminder = nullptr;
    QSpinBox *m_breakMinutes = nullptr;
    std::optional<int> m_breakInitially;
    bool m_languageChanged = false;
};

} // namespace fd::ui
