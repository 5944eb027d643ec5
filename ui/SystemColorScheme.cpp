#include "SystemColorScheme.h"

#ifdef FRONTDESK_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#else
// Never made without D-Bus; complete, so the holder of none can be destroyed.
class QDBusConnection
{};
#endif

using namespace Qt::StringLiterals;

namespace fd::ui {

namespace {

#ifdef FRONTDESK_HAVE_DBUS
const QString kPortalService = u"org.freedesktop.portal.Desktop"_s;
const QString kPortalPath = u"/org/freedesktop/portal/desktop"_s;
const QString kSettingsInterface = u"org.freedesktop.portal.Settings"_s;
const QString kAppearanceNamespace = u"org.freedesktop.appearance"_s;
const QString kColorSchemeKey = u"color-scheme"_s;
// A running portal answers in milliseconds; one that must be started first may take longer,
// and nothing waits for it meanwhile.
constexpr int kPortalTimeoutMs = 5000;

// Read() wraps the value in a second variant; ReadOne() does not.
std::optional<uint> colorSchemeValue(QVariant value)
{
    while (value.metaType() == QMetaType::fromType<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    bool ok = false;
    const uint number = value.toUInt(&ok);
    if (!ok)
        return std::nullopt;
    return number;
}

// Hears the portal's SettingChanged; QtDBus delivers signals to slots named by signature only.
class PortalListener : public QObject
{
    Q_OBJECT

public:
    explicit PortalListener(SystemColorScheme *scheme)
        : QObject(scheme)
        , m_scheme(scheme)
    {}

public Q_SLOTS:
    void settingChanged(const QString &nameSpace, const QString &key, const QDBusVariant &value)
    {
        if (nameSpace == kAppearanceNamespace && key == kColorSchemeKey)
            m_scheme->setPortalValue(colorSchemeValue(value.variant()));
    }

private:
    SystemColorScheme *m_scheme;
};
#endif

} // namespace

SystemColorScheme::SystemColorScheme(const QString &gtkTheme, QObject *parent)
    : QObject(parent)
    , m_gtkTheme(gtkTheme)
{}

SystemColorScheme::~SystemColorScheme() = default;

std::optional<ColorScheme> SystemColorScheme::fromGtkTheme(const QString &gtkTheme)
{
    const QString theme = gtkTheme.trimmed();
    if (theme.endsWith(u":dark"_s, Qt::CaseInsensitive) ||
        theme.contains(u"-dark"_s, Qt::CaseInsensitive))
        return ColorScheme::Dark;
    return std::nullopt;
}

ColorScheme SystemColorScheme::detect(std::optional<uint> portalValue, const QString &gtkTheme)
{
    if (portalValue == 1u)
        return ColorScheme::Dark;
    if (portalValue == 2u)
        return ColorScheme::Light;
    // 0 is "no preference": the theme may still be a dark one.
    return fromGtkTheme(gtkTheme).value_or(ColorScheme::Light);
}

void SystemColorScheme::setPortalValue(std::optional<uint> value)
{
    const ColorScheme before = preferred();
    m_portalValue = value;
    if (preferred() != before)
        Q_EMIT changed(preferred());
}

bool SystemColorScheme::watchPortal()
{
#ifdef FRONTDESK_HAVE_DBUS
    return watchPortal(QDBusConnection::sessionBus());
#else
    return false;
#endif
}

#ifdef FRONTDESK_HAVE_DBUS

bool SystemColorScheme::watchPortal(const QDBusConnection &bus)
{
    if (!bus.isConnected())
        return false;
    // Held, so the connection stays open while it is listened to.
    m_bus = std::make_unique<QDBusConnection>(bus);
    // QtDBus finds the slot's parameter types by name: QDBusVariant must be known by its name.
    qRegisterMetaType<QDBusVariant>();
    m_bus->connect(kPortalService, kPortalPath, kSettingsInterface, u"SettingChanged"_s,
                   new PortalListener(this), SLOT(settingChanged(QString, QString, QDBusVariant)));
    read(bus, u"ReadOne"_s);
    return true;
}

void SystemColorScheme::read(const QDBusConnection &bus, const QString &method)
{
    QDBusMessage message =
        QDBusMessage::createMethodCall(kPortalService, kPortalPath, kSettingsInterface, method);
    message << kAppearanceNamespace << kColorSchemeKey;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(message, kPortalTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, bus, method](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusMessage reply = call->reply();
                if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
                    setPortalValue(colorSchemeValue(reply.arguments().constFirst()));
                    return;
                }
                // Portals before version 2 of the interface know only Read().
                if (method == u"ReadOne"_s &&
                    reply.errorName() == u"org.freedesktop.DBus.Error.UnknownMethod"_s)
                    read(bus, u"Read"_s);
            });
}

#else

bool SystemColorScheme::watchPortal(const QDBusConnection &)
{
    return false;
}

void SystemColorScheme::read(const QDBusConnection &, const QString &) {}

#endif

} // namespace fd::ui

#ifdef FRONTDESK_HAVE_DBUS
#include "SystemColorScheme.moc"
#endif
