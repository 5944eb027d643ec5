#pragma once

#include "SystemColorScheme.h"

#include <QObject>
#include <QPalette>
#include <QString>

class QSettings;

namespace fd::ui {

// Light or dark colours for the whole application: as the desktop prefers (followed live), or
// as the user chose in Preferences. Dark is a palette built from a few semantic colours, drawn
// with the Fusion style, which honours every role of a palette; light is the palette and style
// the application started with (Fusion's own when that one was dark). Widgets derive their
// colours from the palette, so they follow.
class Appearance : public QObject
{
    Q_OBJECT

public:
    enum class Choice { System, Light, Dark };

    // The settings key of the user's choice: "system", "light" or "dark".
    static QString settingsKey();
    static Choice choiceFrom(const QSettings &settings);
    static QString settingValue(Choice choice);

    // The dark palette: every role of every colour group set.
    static QPalette darkPalette();
    // Whether text on this palette's window is light on dark.
    static bool isDark(const QPalette &palette);

    // Remembers the application's palette and style as they are now: they are the light ones
    // unless that palette is dark.
    Appearance(QSettings &settings, SystemColorScheme &system, QObject *parent = nullptr);

    Choice choice() const;
    // The colours in use.
    ColorScheme scheme() const { return m_scheme; }

public Q_SLOTS:
    // Applies the choice in the settings (at start, and after Preferences changed it).
    void apply();

Q_SIGNALS:
    void schemeChanged(fd::ui::ColorScheme scheme);

private:
    void use(ColorScheme scheme);

    QSettings &m_settings;
    SystemColorScheme &m_system;
    QPalette m_startPalette;
    QString m_startStyle;
    ColorScheme m_scheme = ColorScheme::Light;
    bool m_applied = false;
};

} // namespace fd::ui
