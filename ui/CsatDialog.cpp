#include "CsatDialog.h"

#include "console/ConsoleQueries.h"
#include "console/CsatSettings.h"
#include "stats/CsatReport.h"
#include "store/ItemQueries.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {

CsatDialog::CsatDialog(core::Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Customer surveys"));
    setObjectName(u"dialog.csat"_s);
    auto *layout = new QVBoxLayout(this);
    m_enabled = new QCheckBox(tr("Ask customers to rate the help after an operator closes their "
                                 "conversation"),
                              this);
    m_enabled->setObjectName(u"csat.enabled"_s);
    layout->addWidget(m_enabled);
    auto *where = new QLabel(tr("Surveys go only where the platform lets us write to the customer "
                                "privately: Telegram bot chats and VK community messages. Public "
                                "comments get none."),
                             this);
    where->setWordWrap(true);
    layout->addWidget(where);

    auto *form = new QFormLayout;
    m_template = new QComboBox(this);
    m_template->setObjectName(u"csat.template"_s);
    form->addRow(tr("Survey template:"), m_template);
    m_accounts = new QListWidget(this);
    m_accounts->setObjectName(u"csat.accounts"_s);
    m_accounts->setToolTip(tr("None ticked: every account"));
    form->addRow(tr("Accounts:"), m_accounts);
    m_delay = new QSpinBox(this);
    m_delay->setObjectName(u"csat.delay"_s);
    m_delay->setRange(0, 7 * 24 * 60);
    m_delay->setSpecialValueText(tr("at once"));
    m_delay->setSuffix(tr(" min after closing"));
    form->addRow(tr("Send:"), m_delay);
    m_perCustomer = new QSpinBox(this);
    m_perCustomer->setObjectName(u"csat.perCustomerDays"_s);
    m_perCustomer->setRange(0, 365);
    m_perCustomer->setSpecialValueText(tr("after every closing"));
    m_perCustomer->setSuffix(tr(" days"));
    form->addRow(tr("Ask a customer at most once in:"), m_perCustomer);
    layout->addLayout(form);

    m_figures = new QLabel(this);
    m_figures->setObjectName(u"csat.figures"_s);
    m_figures->setWordWrap(true);
    layout->addWidget(m_figures);
    m_message = new QLabel(this);
    m_message->setObjectName(u"csat.message"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"csat.save"_s);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &CsatDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    load();
    showFigures();
}

QString CsatDialog::message() const
{
    return m_error ? m_message->text() : QString();
}

void CsatDialog::setMessage(const QString &text, bool error)
{
    m_error = error;
    m_message->setText(text);
}

void CsatDialog::load()
{
    auto reader = m_store.reader();
    if (!reader.ok()) {
        setMessage(reader.error().message, true);
        return;
    }
    const auto settings = core::loadCsatSettings(*reader);
    const auto templates = core::ConsoleQueries(*reader).templates();
    const auto accounts = core::ItemQueries(*reader).accounts();
    if (!settings.ok() || !templates.ok() || !accounts.ok()) {
        setMessage(!settings.ok()    ? settings.error().message
                   : !templates.ok() ? templates.error().message
                                     : accounts.error().message,
                   true);
        return;
    }
    m_enabled->setChecked(settings->enabled);
    m_template->addItem(tr("(none)"), qint64(0));
    for (const core::Template &t : *templates) {
        m_template->addItem(t.folder.isEmpty() ? t.title : t.folder + u" / "_s + t.title, t.id);
        if (t.id == settings->templateId)
            m_template->setCurrentIndex(m_template->count() - 1);
    }
    for (const core::Account &a : *accounts) {
        auto *item = new QListWidgetItem(u"%1 (%2)"_s.arg(a.name, core::displayName(a.platform)),
                                         m_accounts);
        item->setData(Qt::UserRole, a.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(settings->accountIds.contains(a.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_delay->setValue(settings->delayMinutes);
    m_perCustomer->setValue(settings->perCustomerDays);
}

void CsatDialog::showFigures()
{
    auto reader = m_store.reader();
    if (!reader.ok())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto r = core::csatReport(*reader, now.addDays(-30), now, core::CsatGrouping::None);
    if (!r.ok() || r->total.sent == 0) {
        m_figures->setText(tr("No survey was sent in the last 30 days."));
        return;
    }
    const QLocale locale;
    const auto percent = [&](std::optional<double> v) {
        return v ? locale.toString(*v, 'f', 0) + u'%' : tr("none yet");
    };
    m_figures->setText(
        tr("Last 30 days: %n survey(s) sent, %1 answered (%2); CSAT %3.", nullptr, r->total.sent)
            .arg(r->total.answered)
            .arg(percent(r->total.responseRate()), percent(r->total.csatPercent())));
}

void CsatDialog::save()
{
    core::CsatSettings s;
    s.enabled = m_enabled->isChecked();
    s.templateId = m_template->currentData().toLongLong();
    for (int i = 0; i < m_accounts->count(); ++i) {
        if (m_accounts->item(i)->checkState() == Qt::Checked)
            s.accountIds.append(m_accounts->item(i)->data(Qt::UserRole).toLongLong());
    }
    s.delayMinutes = m_delay->value();
    s.perCustomerDays = m_perCustomer->value();
    // The kinds stay as stored: only private messages can get a survey today.
    auto reader = m_store.reader();
    if (reader.ok()) {
        if (const auto stored = core::loadCsatSettings(*reader); stored.ok())
            s.kinds = stored->kinds;
    }
    m_store.write([s](const QSqlDatabase &db) { return core::saveCsatSettings(db, s); })
        .then(this, [this, on = s.enabled](const core::StoreError &err) {
            if (!err.ok())
                setMessage(err.message, true);
            else
                setMessage(on ? tr("Saved: surveys are on.") : tr("Saved: surveys are off."),
                           false);
            Q_EMIT saved();
        });
}

} // namespace fd::ui
