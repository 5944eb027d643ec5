#include "Appearance.h"

#include <QApplication>
#include <QColor>
#include <QSettings>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace fd::ui {

namespace {

const QString kFusion = u"Fusion"_s;

// Brings the style back only when it is another one: setting a style re-polishes every widget.
void useStyle(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(name);
}

} // namespace

QString Appearance::settingsKey()
{
    return u"appearance/colorScheme"_s;
}

Appearance::Choice Appearance::choiceFrom(const QSettings &settings)
{
    const QString value = settings.value(settingsKey()).toString();
    if (value == settingValue(Choice::Light))
        return Choice::Light;
    if (value == settingValue(Choice::Dark))
        return Choice::Dark;
    return Choice::System;
}

QString Appearance::settingValue(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return u"light"_s;
    case Choice::Dark:
        return u"dark"_s;
    case Choice::System:
        break;
    }
    return u"system"_s;
}

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette Appearance::darkPalette()
{
    // The semantic colours; every role is one of them.
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor surface(0x1f, 0x20, 0x23);   // lists, fields, the conversation's messages
    const QColor alternate(0x27, 0x29, 0x2d); // every other row
    const QColor raised(0x37, 0x3a, 0x40);    // buttons, tooltips
    const QColor text(0xe4, 0xe6, 0xea);
    const QColor quietText(0x9c, 0xa1, 0xaa); // placeholders, hints, hidden items
    const QColor disabledText(0x6e, 0x73, 0x7b);
    const QColor accent(0x35, 0x6e, 0xbd); // selection, the focused message's mark
    const QColor onAccent(0xff, 0xff, 0xff);
    const QColor link(0x82, 0xb6, 0xff);
    const QColor visited(0xc4, 0xa0, 0xff);
    const QColor alert(0xff, 0x8a, 0x80);

    QPalette p;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, surface);
        p.setColor(group, QPalette::AlternateBase, alternate);
        p.setColor(group, QPalette::ToolTipBase, raised);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::PlaceholderText, quietText);
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, raised);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::BrightText, alert);
        p.setColor(group, QPalette::Highlight, accent);
        p.setColor(group, QPalette::HighlightedText, onAccent);
        p.setColor(group, QPalette::Link, link);
        p.setColor(group, QPalette::LinkVisited, visited);
    }
    p.setColor(QPalette::Disabled, QPalette::Window, window);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::AlternateBase, window);
    p.setColor(QPalette::Disabled, QPalette::ToolTipBase, raised);
    p.setColor(QPalette::Disabled, QPalette::ToolTipText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::BrightText, alert.darker(140));
    p.setColor(QPalette::Disabled, QPalette::Highlight, raised);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, quietText);
    p.setColor(QPalette::Disabled, QPalette::Link, quietText);
    p.setColor(QPalette::Disabled, QPalette::LinkVisited, quietText);
    // The 3D roles frame buttons and lines: steps between the window and the text. Mid is also
    // the swatch of a tag without a colour, so it stands off the lists.
    for (const QPalette::ColorGroup group :
         {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Light, QColor(0x4e, 0x52, 0x59));
        p.setColor(group, QPalette::Midlight, QColor(0x41, 0x44, 0x4a));
        p.setColor(group, QPalette::Mid, QColor(0x6c, 0x71, 0x79));
        p.setColor(group, QPalette::Dark, QColor(0x19, 0x1a, 0x1c));
        p.setColor(group, QPalette::Shadow, QColor(0x0d, 0x0d, 0x0e));
    }
    return p;
}

Appearance::Appearance(QSettings &settings, SystemColorScheme &system, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_system(system)
    , m_startPalette(QApplication::palette())
    , m_startStyle(QApplication::style()->name())
{
    connect(&m_system, &SystemColorScheme::changed, this, [this] {
        if (choice() == Choice::System)
            apply();
    });
}

Appearance::Choice Appearance::choice() const
{
    return choiceFrom(m_settings);
}

void Appearance::apply()
{
    switch (choice()) {
    case Choice::System:
        use(m_system.preferred());
        break;
    case Choice::Light:
        use(ColorScheme::Light);
        break;
    case Choice::Dark:
        use(ColorScheme::Dark);
        break;
    }
}

void Appearance::use(ColorScheme scheme)
{
    if (m_applied && scheme == m_scheme)
        return;
    const bool startedDark = isDark(m_startPalette);
    const bool wantDark = scheme == ColorScheme::Dark;
    if (wantDark == startedDark) {
        // What the application started with already is what is wanted: the desktop's own.
        useStyle(m_startStyle);
        QApplication::setPalette(m_startPalette);
    } else {
        useStyle(kFusion);
        QApplication::setPalette(wantDark ? darkPalette()
                                          : QApplication::style()->standardPalette());
    }
    m_scheme = scheme;
    m_applied = true;
    Q_EMIT schemeChanged(scheme);
}

} // namespace fd::ui
