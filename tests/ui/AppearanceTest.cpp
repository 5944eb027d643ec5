// Light and dark: what the desktop prefers (the XDG portal's answer, GTK_THEME), the user's
// choice in Preferences, and whether what the console colours itself stays readable in both.
#include "UiTestSupport.h"

#include "Appearance.h"
#include "ConversationView.h"
#include "InboxDock.h"
#include "ItemFeedModel.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "SystemColorScheme.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QStyle>
#include <QTreeView>

#include <cmath>

#ifdef FRONTDESK_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusVariant>
#endif

using namespace Qt::StringLiterals;
using fd::core::Direction;
using fd::core::Platform;
using fd::ui::Appearance;
using fd::ui::ColorScheme;
using fd::ui::SystemColorScheme;

namespace {

// Puts the application's palette and style back as they were, for the tests after this one.
struct KeepAppearance
{
    QPalette palette = QApplication::palette();
    QString style = QApplication::style()->name();
    ~KeepAppearance()
    {
        if (QApplication::style()->name() != style)
            QApplication::setStyle(style);
        QApplication::setPalette(palette);
    }
};

// WCAG's contrast ratio of `fg` drawn on `bg`: 1 (none) to 21 (black on white); 4.5 is enough
// for body text. A translucent `fg` (Qt's placeholder text) is blended over `bg` first.
double contrast(const QColor &fg, const QColor &bg)
{
    const float a = fg.alphaF();
    const QColor drawn = QColor::fromRgbF(fg.redF() * a + bg.redF() * (1 - a),
                                          fg.greenF() * a + bg.greenF() * (1 - a),
                                          fg.blueF() * a + bg.blueF() * (1 - a));
    const auto luminance = [](const QColor &c) {
        const auto channel = [](float v) {
            return v <= 0.03928f ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(drawn);
    const double lb = luminance(bg);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

double textContrast(const QWidget *widget)
{
    return contrast(widget->palette().color(QPalette::WindowText),
                    widget->palette().color(QPalette::Window));
}

bool windowIsDark()
{
    return Appearance::isDark(QApplication::palette());
}

} // namespace

TEST_CASE("The system's preference: the portal's answer first, then GTK_THEME, else light",
          "[ui][appearance]")
{
    CHECK(SystemColorScheme::detect(1u, QString()) == ColorScheme::Dark);
    CHECK(SystemColorScheme::detect(2u, u"Adwaita:dark"_s) == ColorScheme::Light);
    CHECK(SystemColorScheme::detect(0u, QString()) == ColorScheme::Light);
    // No preference from the portal, or no portal: the theme's name may say dark.
    CHECK(SystemColorScheme::detect(0u, u"Adwaita:dark"_s) == ColorScheme::Dark);
    CHECK(SystemColorScheme::detect(std::nullopt, u"Adwaita:dark"_s) == ColorScheme::Dark);
    CHECK(SystemColorScheme::detect(std::nullopt, u"Arc-Dark"_s) == ColorScheme::Dark);
    CHECK(SystemColorScheme::detect(std::nullopt, u"Yaru-dark"_s) == ColorScheme::Dark);
    CHECK(SystemColorScheme::detect(std::nullopt, u"Adwaita"_s) == ColorScheme::Light);
    CHECK(SystemColorScheme::detect(std::nullopt, QString()) == ColorScheme::Light);
    CHECK(SystemColorScheme::detect(7u, QString()) == ColorScheme::Light);

    SystemColorScheme scheme(u"Adwaita"_s);
    QSignalSpy changed(&scheme, &SystemColorScheme::changed);
    CHECK(scheme.preferred() == ColorScheme::Light);
    scheme.setPortalValue(0u);
    CHECK(changed.isEmpty());
    scheme.setPortalValue(1u);
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).value<ColorScheme>() == ColorScheme::Dark);
    scheme.setPortalValue(1u);
    CHECK(changed.size() == 1);
    scheme.setPortalValue(std::nullopt);
    CHECK(changed.size() == 2);
    CHECK(scheme.preferred() == ColorScheme::Light);
}

TEST_CASE("The appearance chosen in the settings colours the application, and back",
          "[ui][appearance]")
{
    KeepAppearance keep;
    const bool startedDark = windowIsDark();
    REQUIRE_FALSE(startedDark); // the tests start on the light palette of their platform
    fd::test::TempSettings temp;
    SystemColorScheme system{QString()};
    Appearance appearance(temp.settings, system);
    QSignalSpy schemeChanged(&appearance, &Appearance::schemeChanged);

    CHECK(appearance.choice() == Appearance::Choice::System);
    appearance.apply();
    CHECK(appearance.scheme() == ColorScheme::Light);
    CHECK_FALSE(windowIsDark());

    temp.settings.setValue(Appearance::settingsKey(), u"dark"_s);
    appearance.apply();
    CHECK(appearance.scheme() == ColorScheme::Dark);
    const QPalette dark = QApplication::palette();
    CHECK(dark.color(QPalette::Window).lightness() < 80);
    CHECK(dark.color(QPalette::WindowText).lightness() > 200);
    CHECK(dark.color(QPalette::Text).lightness() > 200);
    CHECK(contrast(dark.color(QPalette::Text), dark.color(QPalette::Base)) >= 7);
    CHECK(contrast(dark.color(QPalette::PlaceholderText), dark.color(QPalette::Base)) >= 4.5);
    CHECK(contrast(dark.color(QPalette::HighlightedText), dark.color(QPalette::Highlight)) >= 4.5);
    CHECK(contrast(dark.color(QPalette::Disabled, QPalette::Text),
                   dark.color(QPalette::Disabled, QPalette::Base)) >= 2.5);
    // Fusion draws with every role of the palette.
    CHECK(QApplication::style()->name().compare(u"Fusion"_s, Qt::CaseInsensitive) == 0);

    temp.settings.setValue(Appearance::settingsKey(), u"light"_s);
    appearance.apply();
    CHECK(appearance.scheme() == ColorScheme::Light);
    CHECK(QApplication::palette().color(QPalette::Window).lightness() > 200);
    CHECK(QApplication::palette().color(QPalette::WindowText).lightness() < 60);
    CHECK(QApplication::palette() == keep.palette);

    // Following the system: its changes apply at once.
    temp.settings.setValue(Appearance::settingsKey(), u"system"_s);
    appearance.apply();
    CHECK_FALSE(windowIsDark());
    system.setPortalValue(1u);
    CHECK(appearance.scheme() == ColorScheme::Dark);
    CHECK(windowIsDark());
    system.setPortalValue(2u);
    CHECK_FALSE(windowIsDark());
    // A user who chose light stays light whatever the desktop says.
    temp.settings.setValue(Appearance::settingsKey(), u"light"_s);
    appearance.apply();
    system.setPortalValue(1u);
    CHECK_FALSE(windowIsDark());
    CHECK(schemeChanged.size() == 5); // light, dark, light, dark, light: each change once
}

TEST_CASE("Preferences offers the appearance and applies it when accepted", "[ui][appearance]")
{
    KeepAppearance keep;
    fd::test::TempSettings temp;
    SystemColorScheme system{QString()};
    Appearance appearance(temp.settings, system);
    appearance.apply();

    fd::ui::PreferencesDialog dialog(temp.settings);
    auto *choice = dialog.findChild<QComboBox *>(u"preferences.appearance"_s);
    REQUIRE(choice);
    CHECK(choice->count() == 3);
    CHECK(choice->itemText(0) == u"Follow the system"_s);
    CHECK(choice->currentText() == u"Follow the system"_s);
    choice->setCurrentIndex(choice->findText(u"Dark"_s));
    dialog.accept();
    CHECK(temp.settings.value(Appearance::settingsKey()).toString() == u"dark"_s);
    CHECK(Appearance::choiceFrom(temp.settings) == Appearance::Choice::Dark);

    // The window announces accepted preferences; the application applies them then.
    fd::test::TempStore store;
    fd::ui::MainWindow window(store.store(), temp.settings);
    QObject::connect(&window, &fd::ui::MainWindow::preferencesChanged, &appearance,
                     &Appearance::apply);
    Q_EMIT window.preferencesChanged();
    CHECK(windowIsDark());

    fd::ui::PreferencesDialog again(temp.settings);
    CHECK(again.findChild<QComboBox *>(u"preferences.appearance"_s)->currentText() == u"Dark"_s);
}

TEST_CASE("What the console colours itself stays readable in light and dark", "[ui][appearance]")
{
    KeepAppearance keep;
    fd::test::WindowOnStore w;
    const qint64 account = w.store.addAccount(Platform::Telegram, u"Shop bot"_s);
    fd::core::IngestBatch batch;
    batch.accountId = account;
    const qint64 t0 = 1767225600;
    batch.items.append(
        fd::test::makeItem(u"1"_s, u"Where is my parcel?"_s, u"u1"_s, u"Anna Petrova"_s, t0));
    fd::core::IncomingItem reply =
        fd::test::makeItem(u"2"_s, u"On its way, Anna."_s, u"bot"_s, u"Shop bot"_s, t0 + 60);
    reply.item.direction = Direction::Outgoing;
    reply.threadExternalId = u"dm:u1"_s;
    batch.items.append(reply);
    batch.items.append(
        fd::test::makeItem(u"3"_s, u"Buy followers"_s, u"u2"_s, u"Spammer"_s, t0 + 120));
    const fd::core::IngestResult result = fd::test::ingest(w.store.store(), batch);
    REQUIRE(result.inserted == 3);
    fd::test::setStatus(w.store, {result.insertedIds.at(2)}, fd::core::ItemStatus::Hidden);

    fd::test::TempSettings &temp = w.temp;
    SystemColorScheme system{QString()};
    Appearance appearance(temp.settings, system);
    temp.settings.setValue(Appearance::settingsKey(), u"dark"_s);
    appearance.apply();
    fd::ui::MainWindow &window = w.open();
    fd::test::showExposed(window);
    REQUIRE(window.inbox()->selectItem(result.insertedIds.at(0)));
    auto *tagsMessage = window.findChild<QLabel *>(u"tags.message"_s);
    REQUIRE(tagsMessage);
    auto *counter = window.findChild<QLabel *>(u"composer.counter"_s);
    REQUIRE(counter);

    // The new palette reaches the widgets through the event loop.
    const auto settle = [&] {
        REQUIRE(QTest::qWaitFor([&] {
            return window.inbox()->view()->palette() ==
                       QApplication::palette(window.inbox()->view()) &&
                   counter->palette().color(QPalette::Window) ==
                       QApplication::palette().color(QPalette::Window);
        }));
    };
    const auto checkReadable = [&] {
        const QList<QWidget *> bubbles =
            window.conversation()->findChildren<QWidget *>(u"conversation.message"_s);
        REQUIRE(bubbles.size() == 2);
        REQUIRE(bubbles.at(1)->property("outgoing").toBool());
        for (const QWidget *bubble : bubbles) {
            INFO("outgoing " << bubble->property("outgoing").toBool());
            CHECK(textContrast(bubble) >= 4.5);
            // The text inside, as drawn.
            for (const QLabel *label : bubble->findChildren<QLabel *>(u"messageText"_s))
                CHECK(contrast(label->palette().color(QPalette::WindowText),
                               bubble->palette().color(QPalette::Window)) >= 4.5);
        }
        // Our reply stands apart from the customer's message.
        CHECK(bubbles.at(0)->palette().color(QPalette::Window) !=
              bubbles.at(1)->palette().color(QPalette::Window));
        // A hidden item is quieter than the rest, and still legible.
        const fd::ui::ItemFeedModel *feed = window.feed();
        const QModelIndex hidden = feed->index(feed->rowOfItem(result.insertedIds.at(2)),
                                               fd::ui::ItemFeedModel::TextColumn);
        const QColor quiet = hidden.data(Qt::ForegroundRole).value<QBrush>().color();
        const QColor base = window.inbox()->view()->palette().color(QPalette::Base);
        CHECK(contrast(quiet, base) >= 3);
        CHECK(contrast(quiet, base) <
              contrast(window.inbox()->view()->palette().color(QPalette::Text), base));
        // The error line of a dock.
        CHECK(textContrast(tagsMessage) >= 4.5);
        CHECK(textContrast(counter) >= 4.5);
    };

    {
        INFO("dark");
        CHECK(windowIsDark());
        checkReadable();
    }
    // Switched while the window is open, the colours follow.
    temp.settings.setValue(Appearance::settingsKey(), u"light"_s);
    appearance.apply();
    settle();
    {
        INFO("light, switched live");
        CHECK_FALSE(windowIsDark());
        checkReadable();
    }
    temp.settings.setValue(Appearance::settingsKey(), u"dark"_s);
    appearance.apply();
    settle();
    {
        INFO("dark, switched live");
        CHECK(windowIsDark());
        checkReadable();
    }
}

#ifdef FRONTDESK_HAVE_DBUS

namespace {

// The settings part of an XDG desktop portal, on a private bus.
class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    uint colorScheme = 1;

public Q_SLOTS:
    QDBusVariant ReadOne(const QString &nameSpace, const QString &key)
    {
        if (nameSpace == u"org.freedesktop.appearance"_s && key == u"color-scheme"_s)
            return QDBusVariant(colorScheme);
        return QDBusVariant(QString());
    }

Q_SIGNALS:
    void SettingChanged(const QString &nameSpace, const QString &key, const QDBusVariant &value);
};

// A portal from before ReadOne: Read wraps the value in a second variant.
class OldFakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    uint colorScheme = 1;

public Q_SLOTS:
    QDBusVariant Read(const QString &nameSpace, const QString &key)
    {
        if (nameSpace == u"org.freedesktop.appearance"_s && key == u"color-scheme"_s)
            return QDBusVariant(QVariant::fromValue(QDBusVariant(colorScheme)));
        return QDBusVariant(QString());
    }
};

// A session bus of the test's own, so the desktop's real portal is never asked.
struct PrivateBus
{
    QProcess daemon;
    QString address;

    bool start()
    {
        const QString program = QStandardPaths::findExecutable(u"dbus-daemon"_s);
        if (program.isEmpty())
            return false;
        daemon.start(program, {u"--session"_s, u"--nofork"_s, u"--print-address"_s});
        if (!daemon.waitForStarted(5000))
            return false;
        while (address.isEmpty() && daemon.waitForReadyRead(5000))
            address = QString::fromUtf8(daemon.readLine()).trimmed();
        return !address.isEmpty();
    }
    QDBusConnection connect(const QString &name)
    {
        return QDBusConnection::connectToBus(address, name);
    }
    ~PrivateBus()
    {
        QDBusConnection::disconnectFromBus(u"portal"_s);
        QDBusConnection::disconnectFromBus(u"client"_s);
        daemon.terminate();
        daemon.waitForFinished(5000);
    }
};

template <typename Portal>
void servePortal(QDBusConnection &bus, Portal &portal)
{
    REQUIRE(bus.isConnected());
    REQUIRE(bus.registerService(u"org.freedesktop.portal.Desktop"_s));
    REQUIRE(
        bus.registerObject(u"/org/freedesktop/portal/desktop"_s, &portal,
                           QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
}

} // namespace

TEST_CASE("The portal on the session bus is asked, and followed when it changes",
          "[ui][appearance][dbus]")
{
    PrivateBus bus;
    if (!bus.start()) {
        WARN("dbus-daemon is not available; the portal over D-Bus is not tested here");
        return;
    }

    SECTION("a current portal")
    {
        FakePortal portal;
        QDBusConnection portalBus = bus.connect(u"portal"_s);
        servePortal(portalBus, portal);

        SystemColorScheme scheme(u"Adwaita"_s);
        QSignalSpy changed(&scheme, &SystemColorScheme::changed);
        REQUIRE(scheme.watchPortal(bus.connect(u"client"_s)));
        REQUIRE(changed.wait(5000));
        CHECK(scheme.portalValue() == 1u);
        CHECK(scheme.preferred() == ColorScheme::Dark);

        // The desktop switches to light (later: nothing but the listener holds the bus).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        Q_EMIT portal.SettingChanged(u"org.freedesktop.appearance"_s, u"color-scheme"_s,
                                     QDBusVariant(2u));
        REQUIRE(changed.wait(5000));
        CHECK(scheme.preferred() == ColorScheme::Light);
        // Other settings are not the colour scheme.
        Q_EMIT portal.SettingChanged(u"org.gnome.desktop.interface"_s, u"color-scheme"_s,
                                     QDBusVariant(1u));
        Q_EMIT portal.SettingChanged(u"org.freedesktop.appearance"_s, u"color-scheme"_s,
                                     QDBusVariant(1u));
        REQUIRE(changed.wait(5000));
        CHECK(changed.size() == 3);
        CHECK(scheme.preferred() == ColorScheme::Dark);
    }

    SECTION("a portal that knows only Read")
    {
        OldFakePortal portal;
        QDBusConnection portalBus = bus.connect(u"portal"_s);
        servePortal(portalBus, portal);

        SystemColorScheme scheme{QString()};
        QSignalSpy changed(&scheme, &SystemColorScheme::changed);
        REQUIRE(scheme.watchPortal(bus.connect(u"client"_s)));
        REQUIRE(changed.wait(5000));
        CHECK(scheme.portalValue() == 1u);
        CHECK(scheme.preferred() == ColorScheme::Dark);
    }
}

#include "AppearanceTest.moc"

#endif
