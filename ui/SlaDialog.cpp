#include "SlaDialog.h"

#include "store/ItemQueries.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {
namespace {

QSpinBox *minutesBox(QWidget *parent, const QString &name, const QString &none)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, core::SlaSettings::maxTargetMinutes);
    box->setSpecialValueText(none);
    box->setSuffix(SlaDialog::tr(" min"));
    return box;
}

} // namespace

SlaDialog::SlaDialog(core::Store &store, core::Actor actor, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("SLA targets"));
    setObjectName(u"dialog.sla"_s);
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    layout->addWidget(tabs);

    // Targets: the list, then the form for one scope.
    auto *targets = new QWidget(tabs);
    auto *targetsLayout = new QVBoxLayout(targets);
    m_policies = new QTableWidget(0, 7, targets);
    m_policies->setObjectName(u"sla.policies"_s);
    m_policies->setHorizontalHeaderLabels({tr("Account"), tr("Kind"), tr("First response"),
                                           tr("Next response"), tr("Resolution"), tr("Calendar"),
                                           tr("Warn before")});
    m_policies->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_policies->setSelectionMode(QAbstractItemView::SingleSelection);
    m_policies->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_policies->verticalHeader()->hide();
    m_policies->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    targetsLayout->addWidget(m_policies);
    connect(m_policies, &QTableWidget::currentCellChanged, this,
            [this](int row) { showPolicy(row); });

    auto *form = new QFormLayout;
    m_account = new QComboBox(targets);
    m_account->setObjectName(u"sla.account"_s);
    m_kind = new QComboBox(targets);
    m_kind->setObjectName(u"sla.kind"_s);
    m_kind->addItem(tr("Every kind"));
    for (core::ItemKind kind : core::allItemKinds())
        m_kind->addItem(core::displayName(kind), int(kind));
    const QString none = tr("no target");
    m_first = minutesBox(targets, u"sla.first"_s, none);
    m_next = minutesBox(targets, u"sla.next"_s, none);
    m_resolution = minutesBox(targets, u"sla.resolution"_s, none);
    m_calendar = new QComboBox(targets);
    m_calendar->setObjectName(u"sla.calendar"_s);
    m_warn = new QSpinBox(targets);
    m_warn->setObjectName(u"sla.warn"_s);
    m_warn->setRange(-1, core::SlaSettings::maxTargetMinutes);
    m_warn->setSpecialValueText(tr("a fifth of the target"));
    m_warn->setSuffix(tr(" min before"));
    m_warn->setValue(-1);
    form->addRow(tr("Account:"), m_account);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("First response within:"), m_first);
    form->addRow(tr("Next response within:"), m_next);
    form->addRow(tr("Resolution within:"), m_resolution);
    form->addRow(tr("Counted in:"), m_calendar);
    form->addRow(tr("Alert:"), m_warn);
    targetsLayout->addLayout(form);
    targetsLayout->addLayout(buttonRow(targets, u"Targets"_s, tr("Remove targets"),
                                       &SlaDialog::removeTargets, tr("Save targets"),
                                       &SlaDialog::saveTargets));
    tabs->addTab(targets, tr("Targets"));

    // Calendars: the names, then the form for one.
    auto *calendars = new QWidget(tabs);
    auto *calendarsLayout = new QHBoxLayout(calendars);
    m_calendars = new QListWidget(calendars);
    m_calendars->setObjectName(u"sla.calendars"_s);
    calendarsLayout->addWidget(m_calendars, 1);
    connect(m_calendars, &QListWidget::currentTextChanged, this, &SlaDialog::showCalendar);
    auto *calendarForm = new QFormLayout;
    m_calendarName = new QLineEdit(calendars);
    m_calendarName->setObjectName(u"sla.calendarName"_s);
    m_calendarName->setMaxLength(100);
    m_calendarHours = new QCheckBox(tr("Calendar hours (always open)"), calendars);
    m_calendarHours->setObjectName(u"sla.calendarHours"_s);
    m_zone = new QComboBox(calendars);
    m_zone->setObjectName(u"sla.zone"_s);
    m_zone->setEditable(true);
    const auto zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : zones)
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    calendarForm->addRow(tr("Name:"), m_calendarName);
    calendarForm->addRow(QString(), m_calendarHours);
    calendarForm->addRow(tr("Time zone:"), m_zone);
    for (int day = 1; day <= 7; ++day) {
        auto *edit = new QLineEdit(calendars);
        edit->setObjectName(u"sla.day"_s + QString::number(day));
        edit->setPlaceholderText(tr("closed; e.g. 09:00-13:00, 14:00-18:00"));
        m_days.append(edit);
        calendarForm->addRow(QLocale().dayName(day) + u':', edit);
    }
    m_holidays = new QPlainTextEdit(calendars);
    m_holidays->setObjectName(u"sla.holidays"_s);
    m_holidays->setPlaceholderText(tr("One date a line, e.g. 2026-01-01"));
    m_holidays->setMaximumHeight(90);
    calendarForm->addRow(tr("Holidays:"), m_holidays);
    connect(m_calendarHours, &QCheckBox::toggled, this, [this](bool always) {
        m_zone->setEnabled(!always);
        for (QLineEdit *edit : std::as_const(m_days))
            edit->setEnabled(!always);
        m_holidays->setEnabled(!always);
    });
    auto *right = new QVBoxLayout;
    right->addLayout(calendarForm);
    right->addLayout(buttonRow(calendars, u"Calendar"_s, tr("Remove calendar"),
                               &SlaDialog::removeCalendar, tr("Save calendar"),
                               &SlaDialog::saveCalendar));
    calendarsLayout->addLayout(right, 2);
    tabs->addTab(calendars, tr("Calendars"));

    m_message = new QLabel(this);
    m_message->setObjectName(u"sla.message"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    reload();
    resize(720, 560);
}

QHBoxLayout *SlaDialog::buttonRow(QWidget *parent, const QString &name, const QString &removeText,
                                  void (SlaDialog::*remove)(), const QString &saveText,
                                  void (SlaDialog::*save)())
{
    auto *row = new QHBoxLayout;
    auto *removeButton = new QPushButton(removeText, parent);
    removeButton->setObjectName(u"sla.remove"_s + name);
    auto *saveButton = new QPushButton(saveText, parent);
    saveButton->setObjectName(u"sla.save"_s + name);
    row->addStretch();
    row->addWidget(removeButton);
    row->addWidget(saveButton);
    connect(removeButton, &QPushButton::clicked, this, remove);
    connect(saveButton, &QPushButton::clicked, this, save);
    return row;
}

QString SlaDialog::message() const
{
    return m_message->property("error").toBool() ? m_message->text() : QString();
}

void SlaDialog::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
}

void SlaDialog::reload()
{
    auto reader = m_store.reader();
    if (!reader.ok()) {
        setMessage(reader.error().message, true);
        return;
    }
    const auto settings = core::SlaSettings::load(*reader);
    const auto accounts = core::ItemQueries(*reader).accounts();
    if (!settings.ok() || !accounts.ok()) {
        setMessage(!settings.ok() ? settings.error().message : accounts.error().message, true);
        return;
    }
    m_settings = *settings;
    m_accounts.clear();
    const QVariant accountWas = m_account->currentData();
    m_account->clear();
    m_account->addItem(tr("Every account"));
    for (const core::Account &a : *accounts) {
        m_accounts.insert(a.id, a.name);
        m_account->addItem(a.name, a.id);
    }
    m_account->setCurrentIndex(std::max(0, m_account->findData(accountWas)));

    const QVariant calendarWas = m_calendar->currentData();
    m_calendar->clear();
    m_calendar->addItem(tr("Calendar hours"));
    m_calendars->clear();
    QHash<qint64, QString> calendarNames;
    for (const core::SlaCalendar &c : m_settings.calendars()) {
        m_calendar->addItem(c.name, c.id);
        m_calendars->addItem(c.name);
        calendarNames.insert(c.id, c.name);
    }
    m_calendar->setCurrentIndex(std::max(0, m_calendar->findData(calendarWas)));

    const QSignalBlocker blocker(m_policies);
    m_policies->setRowCount(int(m_settings.policies().size()));
    auto minutes = [](int m) { return m > 0 ? tr("%1 min").arg(m) : tr("none"); };
    for (int row = 0; row < m_settings.policies().size(); ++row) {
        const core::SlaPolicy &p = m_settings.policies().at(row);
        const QStringList cells{p.accountId ? m_accounts.value(*p.accountId) : tr("Every account"),
                                p.kind ? core::displayName(*p.kind) : tr("Every kind"),
                                minutes(p.firstMinutes),
                                minutes(p.nextMinutes),
                                minutes(p.resolutionMinutes),
                                p.calendarId ? calendarNames.value(*p.calendarId)
                                             : tr("Calendar hours"),
                                p.warnMinutes ? tr("%1 min").arg(*p.warnMinutes) : tr("a fifth")};
        for (int column = 0; column < cells.size(); ++column)
            m_policies->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void SlaDialog::showPolicy(int row)
{
    if (row < 0 || row >= m_settings.policies().size())
        return;
    const core::SlaPolicy &p = m_settings.policies().at(row);
    m_account->setCurrentIndex(p.accountId ? std::max(0, m_account->findData(*p.accountId)) : 0);
    m_kind->setCurrentIndex(p.kind ? std::max(0, m_kind->findData(int(*p.kind))) : 0);
    m_first->setValue(p.firstMinutes);
    m_next->setValue(p.nextMinutes);
    m_resolution->setValue(p.resolutionMinutes);
    m_calendar->setCurrentIndex(p.calendarId ? std::max(0, m_calendar->findData(*p.calendarId))
                                             : 0);
    m_warn->setValue(p.warnMinutes ? *p.warnMinutes : -1);
}

void SlaDialog::showCalendar(const QString &name)
{
    const core::SlaCalendar *c = m_settings.calendarNamed(name);
    if (!c)
        return;
    m_calendarName->setText(c->name);
    m_calendarHours->setChecked(c->calendar.isCalendarHours());
    if (!c->calendar.isCalendarHours())
        m_zone->setCurrentText(QString::fromUtf8(c->calendar.timeZone().id()));
    for (int day = 1; day <= 7; ++day) {
        QStringList periods;
        for (const core::OpenPeriod &p : c->calendar.periods(day))
            periods << core::BusinessCalendar::periodText(p);
        m_days.at(day - 1)->setText(periods.join(u", "_s));
    }
    QList<QDate> days(c->calendar.holidays().cbegin(), c->calendar.holidays().cend());
    std::sort(days.begin(), days.end());
    QStringList lines;
    for (const QDate &d : days)
        lines << d.toString(Qt::ISODate);
    m_holidays->setPlainText(lines.join(u'\n'));
}

void SlaDialog::finish(const core::StoreError &error, const QString &done)
{
    if (!error.ok()) {
        setMessage(error.message, true);
        return;
    }
    setMessage(done, false);
    reload();
    Q_EMIT changed();
}

void SlaDialog::saveTargets()
{
    core::SlaPolicy p;
    if (m_account->currentData().isValid())
        p.accountId = m_account->currentData().toLongLong();
    if (m_kind->currentData().isValid())
        p.kind = core::ItemKind(m_kind->currentData().toInt());
    p.firstMinutes = m_first->value();
    p.nextMinutes = m_next->value();
    p.resolutionMinutes = m_resolution->value();
    if (m_calendar->currentData().isValid())
        p.calendarId = m_calendar->currentData().toLongLong();
    if (m_warn->value() >= 0)
        p.warnMinutes = m_warn->value();
    if (p.firstMinutes == 0 && p.nextMinutes == 0 && p.resolutionMinutes == 0) {
        setMessage(tr("Set at least one target, or remove the targets of this account and kind."),
                   true);
        return;
    }
    if (const QString problem = core::sla::policyProblem(p); !problem.isEmpty()) {
        setMessage(problem, true);
        return;
    }
    core::sla::setPolicy(m_store, p, m_actor)
        .then(this, [this](const core::StoreResult<qint64> &r) {
            finish(r.error(), tr("Targets saved."));
        });
}

void SlaDialog::removeTargets()
{
    const int row = m_policies->currentRow();
    if (row < 0 || row >= m_settings.policies().size()) {
        setMessage(tr("Choose the targets to remove in the list."), true);
        return;
    }
    core::sla::removePolicy(m_store, m_settings.policies().at(row).id, m_actor)
        .then(this, [this](const core::StoreError &e) { finish(e, tr("Targets removed.")); });
}

void SlaDialog::saveCalendar()
{
    const QString name = m_calendarName->text().simplified();
    if (name.isEmpty()) {
        setMessage(tr("Give the calendar a name."), true);
        return;
    }
    QJsonObject json;
    if (m_calendarHours->isChecked()) {
        json.insert(u"hours"_s, u"calendar"_s);
    } else {
        json.insert(u"hours"_s, u"business"_s);
        json.insert(u"zone"_s, m_zone->currentText().trimmed());
        QJsonObject week;
        for (int day = 1; day <= 7; ++day) {
            QJsonArray periods;
            const QStringList parts = m_days.at(day - 1)->text().split(u',', Qt::SkipEmptyParts);
            for (const QString &part : parts) {
                if (!part.trimmed().isEmpty())
                    periods.append(part.trimmed());
            }
            week.insert(core::BusinessCalendar::dayKey(day), periods);
        }
        json.insert(u"week"_s, week);
        QJsonArray holidays;
        const QStringList lines = m_holidays->toPlainText().split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (!line.trimmed().isEmpty())
                holidays.append(line.trimmed());
        }
        json.insert(u"holidays"_s, holidays);
    }
    QString error;
    const core::BusinessCalendar calendar = core::BusinessCalendar::fromJson(json, &error);
    if (!error.isEmpty()) {
        setMessage(error, true);
        return;
    }
    core::sla::setCalendar(m_store, name, calendar, m_actor)
        .then(this, [this](const core::StoreResult<qint64> &r) {
            finish(r.error(), tr("Calendar saved."));
        });
}

void SlaDialog::removeCalendar()
{
    const core::SlaCalendar *c = m_settings.calendarNamed(m_calendarName->text().simplified());
    if (!c) {
        setMessage(tr("Choose the calendar to remove in the list."), true);
        return;
    }
    core::sla::removeCalendar(m_store, c->id, m_actor)
        .then(this, [this](const core::StoreError &e) { finish(e, tr("Calendar removed.")); });
}

} // namespace fd::ui
