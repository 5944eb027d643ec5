#pragma once

#include "shifts/HandoverActions.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace fd::ui {

// The leaving operator hands over: a summary for the next shift, and where their open items
// go (to the incoming operator, back to the pool, or nowhere), with how many that moves.
class HandoverDialog : public QDialog
{
    Q_OBJECT

public:
    // `leaving` is the operator handing over, `team` everyone who could take over (the leaving
    // one is left out), `openItems` what is on the leaving operator's desk.
    HandoverDialog(const core::OperatorOnShift &leaving, const QList<core::OperatorOnShift> &team,
                   qint64 openItems, QWidget *parent = nullptr);

    // What the dialog asks for (the leaving operator's shift ends with it).
    core::HandoverRequest request() const;

    QPlainTextEdit *summaryEdit() const { return m_summary; }
    QComboBox *incomingBox() const { return m_incoming; }
    QRadioButton *toIncomingButton() const { return m_toIncoming; }
    QRadioButton *toPoolButton() const { return m_toPool; }
    QRadioButton *keepButton() const { return m_keep; }
    // "12 open items move to Boris."
    QString previewText() const;

private:
    void update();

    core::OperatorOnShift m_leaving;
    qint64 m_openItems = 0;
    QPlainTextEdit *m_summary = nullptr;
    QComboBox *m_incoming = nullptr;
    QRadioButton *m_toIncoming = nullptr;
    QRadioButton *m_toPool = nullptr;
    QRadioButton *m_keep = nullptr;
    QLabel *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace fd::ui
