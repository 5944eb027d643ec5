#include "UiTestSupport.h"

#include "ItemFeedModel.h"
#include "Notifier.h"
#include "SlaDialog.h"
#include "Theme.h"
#include "rules/SlaWatcher.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QSpinBox>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using fd::core::Direction;
using fd::core::Platform;
using fd::ui::ItemFeedModel;
using fd::ui::Theme;

namespace {

QDateTime at(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
}

fd::core::IncomingItem dm(const QString &id, const QString &author, qint64 secs,
                          Direction direction = Direction::Incoming)
{
    fd::core::IncomingItem in =
        fd::test::makeItem(id, u"Where is my parcel?"_s, author, author, secs);
    in.item.direction = direction;
    in.threadExternalId = u"dialog-"_s + author;
    return in;
}

// Three customers 5 minutes apart; the third one answered after 2 minutes. First responses
// are due within 15 minutes.
struct Inbox
{
    fd::test::TempStore store;
    qint64 account = 0;
    QList<qint64> ids; // Anna, Boris, Vera

    explicit Inbox(bool withTargets = true)
    {
        account = store.addAccount(Platform::Vk, u"VK Shop"_s);
        const auto r = fd::test::ingest(
            store.store(), {account,
                            {dm(u"a"_s, u"Anna"_s, fd::test::kStart),
                             dm(u"b"_s, u"Boris"_s, fd::test::kStart + 300),
                             dm(u"c"_s, u"Vera"_s, fd::test::kStart + 600),
                             dm(u"c-re"_s, u"Vera"_s, fd::test::kStart + 720, Direction::Outgoing)},
                            {},
                            {}});
        REQUIRE(r.inserted == 4);
        ids = r.insertedIds.mid(0, 3);
        if (withTargets) {
            fd::core::SlaPolicy p;
            p.firstMinutes = 15;
            REQUIRE(fd::test::resultOf(fd::core::sla::setPolicy(store.store(), p)).ok());
        }
    }
};

QString slaText(const ItemFeedModel &model, qint64 id)
{
    return model.index(model.rowOfItem(id), ItemFeedModel::SlaColumn).data().toString();
}

QVariant slaColour(const ItemFeedModel &model, qint64 id)
{
    return model.index(model.rowOfItem(id), ItemFeedModel::SlaColumn).data(Qt::ForegroundRole);
}

} // namespace

TEST_CASE("The feed's SLA column says how much time is left and colours the urgent",
          "[ui][feed][sla]")
{
    Inbox inbox;
    fd::test::ModelTesterLog log;
    ItemFeedModel model(fd::test::readerOf(inbox.store));
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setClock([] { return at(fd::test::kStart + 17 * 60); });
    const qint64 anna = inbox.ids.at(0), boris = inbox.ids.at(1), vera = inbox.ids.at(2);

    CHECK(model.headerData(ItemFeedModel::SlaColumn, Qt::Horizontal).toString() == u"SLA"_s);
    CHECK(slaText(model, anna) == u"2 min over"_s);
    CHECK(slaText(model, boris) == u"3 min left"_s);
    CHECK(slaText(model, vera) == u"met"_s);
    CHECK(model.index(model.rowOfItem(anna), 0).data(ItemFeedModel::SlaStateRole).toInt() ==
          int(fd::core::SlaState::Breached));

    const QPalette light = QGuiApplication::palette();
    CHECK(slaColour(model, anna).value<QColor>() == Theme::color(Theme::Role::SlaLate, light));
    CHECK(slaColour(model, boris).value<QColor>() == Theme::color(Theme::Role::SlaWarning, light));
    CHECK_FALSE(slaColour(model, vera).isValid());
    const QString tip = model.index(model.rowOfItem(anna), ItemFeedModel::SlaColumn)
                            .data(Qt::ToolTipRole)
                            .toString();
    CHECK(tip.contains(u"first response within 15 min: breached"_s));

    // On a dark background the same states take the dark theme's colours, still readable.
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x353535));
    dark.setColor(QPalette::Base, QColor(0x2a2a2a));
    dark.setColor(QPalette::Text, QColor(0xeeeeee));
    QGuiApplication::setPalette(dark);
    const QColor late = slaColour(model, anna).value<QColor>();
    QGuiApplication::setPalette(light);
    CHECK(late == Theme::color(Theme::Role::SlaLate, dark));
    CHECK(Theme::contrast(late, QColor(0x2a2a2a)) >= 4.5);

    // Anna is answered late; the refresh after the commit shows it.
    REQUIRE(fd::test::ingest(
                inbox.store.store(),
                {inbox.account,
                 {dm(u"a-re"_s, u"Anna"_s, fd::test::kStart + 16 * 60, Direction::Outgoing)},
                 {},
                 {}})
                .inserted == 1);
    model.refresh();
    CHECK(slaText(model, anna) == u"met late"_s);
    // Time moves on for the waiting one.
    model.setClock([] { return at(fd::test::kStart + 25 * 60); });
    CHECK(slaText(model, boris) == u"5 min over"_s);
    INFO(fd::test::ModelTesterLog::failures().toStdString());
    CHECK(fd::test::ModelTesterLog::failures().isEmpty());
}

TEST_CASE("Without targets the SLA column stays empty", "[ui][feed][sla]")
{
    Inbox inbox(false);
    ItemFeedModel model(fd::test::readerOf(inbox.store));
    model.setClock([] { return at(fd::test::kStart + 17 * 60); });
    for (const qint64 id : inbox.ids) {
        CHECK(slaText(model, id).isEmpty());
        CHECK_FALSE(slaColour(model, id).isValid());
    }
}

TEST_CASE("The SLA dialog saves calendars and targets and says what is wrong", "[ui][sla]")
{
    fd::test::TempStore store;
    store.addAccount(Platform::Vk, u"VK Shop"_s);
    const fd::core::Actor lead{0, u"lena"_s, u"Lena"_s, u"desk-3"_s};
    fd::ui::SlaDialog dialog(store.store(), lead);
    QSignalSpy changed(&dialog, &fd::ui::SlaDialog::changed);
    fd::test::Awaited saved(changed);

    auto *name = dialog.findChild<QLineEdit *>(u"sla.calendarName"_s);
    auto *zone = dialog.findChild<QComboBox *>(u"sla.zone"_s);
    auto *monday = dialog.findChild<QLineEdit *>(u"sla.day1"_s);
    REQUIRE(name);
    REQUIRE(zone);
    REQUIRE(monday);
    name->setText(u"Office"_s);
    zone->setCurrentText(u"Europe/Warsaw"_s);
    monday->setText(u"09:00-13:00, 12:00-18:00"_s);
    dialog.saveCalendar();
    CHECK(dialog.message() == u"mon: 09:00-13:00 and 12:00-18:00 overlap."_s);
    zone->setCurrentText(u"Europe/Nowhere"_s);
    monday->setText(u"09:00-13:00, 14:00-18:00"_s);
    dialog.saveCalendar();
    CHECK(dialog.message() == u"Unknown time zone \"Europe/Nowhere\"."_s);
    zone->setCurrentText(u"Europe/Warsaw"_s);
    dialog.saveCalendar();
    REQUIRE(saved.next());
    CHECK(dialog.message().isEmpty());

    auto settings = fd::core::SlaSettings::load(fd::test::readerOf(store));
    REQUIRE(settings.ok());
    const fd::core::SlaCalendar *office = settings->calendarNamed(u"Office"_s);
    REQUIRE(office);
    CHECK(office->calendar.periods(1).size() == 2);
    CHECK(office->calendar.timeZone().id() == "Europe/Warsaw");

    // Targets for the VK account's comments, counted in the office's hours.
    auto *account = dialog.findChild<QComboBox *>(u"sla.account"_s);
    auto *kind = dialog.findChild<QComboBox *>(u"sla.kind"_s);
    auto *calendar = dialog.findChild<QComboBox *>(u"sla.calendar"_s);
    dialog.saveTargets();
    CHECK(dialog.message().contains(u"at least one target"_s));
    account->setCurrentIndex(account->findText(u"VK Shop"_s));
    kind->setCurrentIndex(kind->findData(int(fd::core::ItemKind::Comment)));
    calendar->setCurrentIndex(calendar->findText(u"Office"_s));
    dialog.findChild<QSpinBox *>(u"sla.first"_s)->setValue(15);
    dialog.findChild<QSpinBox *>(u"sla.warn"_s)->setValue(5);
    dialog.saveTargets();
    REQUIRE(saved.next());
    settings = fd::core::SlaSettings::load(fd::test::readerOf(store));
    REQUIRE(settings->policies().size() == 1);
    const fd::core::SlaPolicy &p = settings->policies().first();
    CHECK(p.firstMinutes == 15);
    CHECK(p.kind == fd::core::ItemKind::Comment);
    CHECK(p.accountId.has_value());
    CHECK(p.calendarId == office->id);
    CHECK(p.warnMinutes == 5);

    // Both changes are journaled as the person who made them, at their station.
    QSqlQuery journal(fd::test::readerOf(store));
    REQUIRE(journal.exec(u"SELECT actor, station FROM journal WHERE action LIKE 'sla.%' "
                         u"ORDER BY id"_s));
    int rows = 0;
    while (journal.next()) {
        ++rows;
        CHECK(journal.value(0).toString() == u"Lena"_s);
        CHECK(journal.value(1).toString() == u"desk-3"_s);
    }
    CHECK(rows == 2);
}

TEST_CASE("SLA alerts reach the tray and the targets are a menu action away", "[ui][sla]")
{
    fd::test::WindowOnStore w;
    const qint64 account = w.store.addAccount(Platform::Vk, u"VK Shop"_s);
    fd::core::SlaPolicy p;
    p.firstMinutes = 15;
    REQUIRE(fd::test::resultOf(fd::core::sla::setPolicy(w.store.store(), p)).ok());
    REQUIRE(fd::test::ingest(w.store.store(),
                             {account, {dm(u"a"_s, u"Anna"_s, fd::test::kStart)}, {}, {}})
                .inserted == 1);
    fd::ui::MainWindow &window = w.open();
    QStringList shown;
    window.notifier()->setPresenter(
        [&shown](const QString &title, const QString &text) { shown << title + u": "_s + text; });
    auto *watcher = window.findChild<fd::core::SlaWatcher *>(u"sla.watcher"_s);
    REQUIRE(watcher);
    watcher->setClock([] { return at(fd::test::kStart + 20 * 60); });
    REQUIRE(fd::test::resultOf(watcher->check()).ok());
    REQUIRE(QTest::qWaitFor([&shown] { return !shown.isEmpty(); }, 5000));
    CHECK(shown.first() == u"Response target missed: VK Shop: a message from Anna waits 20 min, "
                           u"first response overdue by 5 min"_s);
    REQUIRE(fd::test::resultOf(watcher->check()).ok());
    QCoreApplication::processEvents();
    CHECK(shown.size() == 1);

    QAction *targets = window.findChild<QAction *>(u"action.slaTargets"_s);
    REQUIRE(targets);
    CHECK(targets->text().contains(u"SLA"_s));
}
