#include "HandoverDialog.h"

#include "Format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {
namespace {

// The bound the store keeps a summary to.
constexpr int kSummaryChars = 8000;
constexpr int kNameRole = Qt::UserRole + 1;

} // namespace

HandoverDialog::HandoverDialog(const core::OperatorOnShift &leaving,
                               const QList<core::OperatorOnShift> &team, qint64 openItems,
                               QWidget *parent)
    : QDialog(parent)
    , m_leaving(leaving)
    , m_openItems(openItems)
{
    setObjectName(u"handover.dialog"_s);
    setWindowTitle(tr("Hand over the shift"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("%1 hands over. Write what the next shift must know; their shift ends with it.")
            .arg(format::preview(leaving.displayName, 60)),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(u"handover.summary"_s);
    m_summary->setAccessibleName(tr("Summary for the next shift"));
    m_summary->setPlaceholderText(tr("What is going on, what was promised, what to watch out for"));
    m_summary->setTabChangesFocus(true);
    layout->addWidget(m_summary, 1);

    auto *form = new QFormLayout;
    m_toIncoming = new QRadioButton(tr("To the incoming operator:"), this);
    m_toIncoming->setObjectName(u"handover.toIncoming"_s);
    m_incoming = new QComboBox(this);
    m_incoming->setObjectName(u"handover.incoming"_s);
    m_incoming->setAccessibleName(tr("Incoming operator"));
    // Those on shift first: they are the ones taking over.
    for (const bool onShift : {true, false}) {
        for (const core::OperatorOnShift &o : team) {
            if (o.operatorId == leaving.operatorId || (o.state != core::WorkState::Off) != onShift)
                continue;
            const QString name = format::preview(o.displayName, 60);
            m_incoming->addItem(onShift ? tr("%1 (on shift)").arg(name) : name, o.operatorId);
            m_incoming->setItemData(m_incoming->count() - 1, name, kNameRole);
        }
    }
    m_toPool = new QRadioButton(tr("Back to the pool"), this);
    m_toPool->setObjectName(u"handover.toPool"_s);
    m_keep = new QRadioButton(tr("Leave them where they are"), this);
    m_keep->setObjectName(u"handover.keep"_s);
    form->addRow(m_toIncoming, m_incoming);
    form->addRow(m_toPool);
    form->addRow(m_keep);
    auto *where = new QLabel(tr("The open items on the leaving desk go:"), this);
    layout->addWidget(where);
    layout->addLayout(form);
    (m_incoming->count() > 0 ? m_toIncoming : m_toPool)->setChecked(true);
    m_toIncoming->setEnabled(m_incoming->count() > 0);

    m_preview = new QLabel(this);
    m_preview->setObjectName(u"handover.preview"_s);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    layout->addWidget(m_preview);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Hand over"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton *b : {m_toIncoming, m_toPool, m_keep})
        connect(b, &QRadioButton::toggled, this, &HandoverDialog::update);
    connect(m_incoming, &QComboBox::currentIndexChanged, this, &HandoverDialog::update);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &HandoverDialog::update);
    update();
    resize(520, 420);
}

core::HandoverRequest HandoverDialog::request() const
{
    core::HandoverRequest r;
    r.fromOperatorId = m_leaving.operatorId;
    r.shiftId = m_leaving.shiftId;
    r.summary = m_summary->toPlainText().left(kSummaryChars);
    r.reassign = m_toIncoming->isChecked() ? core::Reassign::Incoming
                 : m_toPool->isChecked()   ? core::Reassign::Pool
                                           : core::Reassign::Keep;
    // The incoming operator is named with "keep" too: the handover is addressed to them.
    if (!m_toPool->isChecked())
        r.toOperatorId = m_incoming->currentData().toLongLong();
    return r;
}

QString HandoverDialog::previewText() const
{
    return m_preview->text();
}

void HandoverDialog::update()
{
    m_incoming->setEnabled(!m_toPool->isChecked() && m_incoming->count() > 0);
    const int n = int(qMin<qint64>(m_openItems, INT_MAX));
    QString text;
    if (m_toIncoming->isChecked())
        text = tr("%n open item(s) move to %1.", nullptr, n)
                   .arg(m_incoming->currentData(kNameRole).toString());
    else if (m_toPool->isChecked())
        text = tr("%n open item(s) go back to the pool.", nullptr, n);
    else
        text = tr("%n open item(s) stay on the leaving desk.", nullptr, n);
    m_preview->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_toIncoming->isChecked() || m_incoming->count() > 0);
}

} // namespace fd::ui
