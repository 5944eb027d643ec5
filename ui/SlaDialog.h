#pragma once

#include "rules/SlaPolicy.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace fd::core {
class Store;
}

namespace fd::ui {

// Where leads set response targets: per account and kind, in calendar hours or in a business
// calendar (a time zone, open periods per weekday, holidays). Saved to the store at once.
class SlaDialog : public QDialog
{
    Q_OBJECT

public:
    // Changes are journaled as `actor`'s (the signed-in operator's, in a team).
    explicit SlaDialog(core::Store &store, core::Actor actor = core::Actor::local(),
                       QWidget *parent = nullptr);

    // What the last save said: empty after success, otherwise what is wrong.
    QString message() const;

    // Saves the targets in the form (their scope replaces the targets set for it before).
    void saveTargets();
    void removeTargets();
    // Saves the calendar in the form under its name.
    void saveCalendar();
    void removeCalendar();

Q_SIGNALS:
    // Targets or calendars were saved: clocks should be counted again.
    void changed();

private:
    // Remove and Save buttons, right-aligned, named "sla.remove<name>" and "sla.save<name>".
    QHBoxLayout *buttonRow(QWidget *parent, const QString &name, const QString &removeText,
                           void (SlaDialog::*remove)(), const QString &saveText,
                           void (SlaDialog::*save)());
    void reload();
    void showPolicy(int row);
    void showCalendar(const QString &name);
    void setMessage(const QString &text, bool error);
    // Saves then says so, or says what went wrong.
    void finish(const core::StoreError &error, const QString &done);

    core::Store &m_store;
    core::Actor m_actor;
    core::SlaSettings m_settings;
    QHash<qint64, QString> m_accounts;

    QTableWidget *m_policies = nullptr;
    QComboBox *m_account = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_first = nullptr;
    QSpinBox *m_next = nullptr;
    QSpinBox *m_resolution = nullptr;
    QComboBox *m_calendar = nullptr;
    QSpinBox *m_warn = nullptr;

    QListWidget *m_calendars = nullptr;
    QLineEdit *m_calendarName = nullptr;
    QCheckBox *m_calendarHours = nullptr;
    QComboBox *m_zone = nullptr;
    QList<QLineEdit *> m_days; // Monday first
    QPlainTextEdit *m_holidays = nullptr;

    QLabel *m_message = nullptr;
};

} // namespace fd::ui
