#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QDBusConnection;

namespace fd::ui {

enum class ColorScheme { Light, Dark };

// What the desktop prefers, light or dark. Qt 6.4 cannot tell, so on Linux it is asked the way
// GTK and Qt's later versions do: the XDG desktop portal's setting
// org.freedesktop.appearance color-scheme (0 no preference, 1 prefer dark, 2 prefer light),
// followed live through the portal's SettingChanged signal. Without an answer from the portal
// the GTK_THEME variable decides ("Adwaita:dark", "Adwaita-dark"); without that, light.
class SystemColorScheme : public QObject
{
    Q_OBJECT

public:
    // `gtkTheme`: the value of GTK_THEME (passed in, so tests choose it).
    explicit SystemColorScheme(const QString &gtkTheme, QObject *parent = nullptr);
    ~SystemColorScheme() override;

    // The decision from its inputs: the portal's color-scheme value when it gave one, then the
    // GTK theme's name.
    static ColorScheme detect(std::optional<uint> portalValue, const QString &gtkTheme);
    // Dark when the GTK theme's name says so; nothing when it does not say.
    static std::optional<ColorScheme> fromGtkTheme(const QString &gtkTheme);

    ColorScheme preferred() const { return detect(m_portalValue, m_gtkTheme); }
    std::optional<uint> portalValue() const { return m_portalValue; }
    // What the portal says (nullopt: it said nothing usable).
    void setPortalValue(std::optional<uint> value);

    // Asks the portal on the session bus (without waiting for the answer) and follows its
    // changes; false when there is no bus (or no D-Bus in this build).
    bool watchPortal();
    bool watchPortal(const QDBusConnection &bus);

Q_SIGNALS:
    void changed(fd::ui::ColorScheme preferred);

private:
    void read(const QDBusConnection &bus, const QString &method);

    QString m_gtkTheme;
    std::optional<uint> m_portalValue;
    std::unique_ptr<QDBusConnection> m_bus;
};

} // namespace fd::ui
