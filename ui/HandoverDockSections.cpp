// The Handover dock's sections filled from a snapshot: whose handover, who is on shift and
// their load, notes, alarms, handovers, the figures and this operator's shift controls.
#include "HandoverDock.h"

#include "Format.h"
#include "HandoverItemModel.h"

#include <QAction>
#include <QComboBox>
#include <QFont>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace fd::ui {
namespace {

// "14:05" today, "16 Nov 14:05" before: the shift's times are mostly of today.
QString shortTime(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    const QString time = local.time().toString(u"HH:mm"_s);
    if (local.date() == now.toLocalTime().date())
        return time;
    return QLocale().toString(local.date(), u"d MMM"_s) + u' ' + time;
}

QString alarmKind(core::ShiftAlarm::Kind kind)
{
    switch (kind) {
    case core::ShiftAlarm::Kind::Spike:
        return HandoverDock::tr("Spike");
    case core::ShiftAlarm::Kind::Silent:
        return HandoverDock::tr("Silent");
    case core::ShiftAlarm::Kind::Recovered:
        return HandoverDock::tr("Back to normal");
    case core::ShiftAlarm::Kind::Health:
        return HandoverDock::tr("Account");
    }
    return {};
}

void setBold(QTreeWidgetItem *row, int columns)
{
    QFont font = row->font(0);
    font.setBold(true);
    for (int c = 0; c < columns; ++c)
        row->setFont(c, font);
}

} // namespace

void HandoverDock::fillLeavingBox()
{
    if (!m_snapshot)
        return;
    const QSignalBlocker quiet(m_leavingBox);
    m_leavingBox->clear();
    m_leavingBox->addItem(tr("The whole team"), qint64(0));
    for (const core::OperatorOnShift &o : m_snapshot->operators) {
        const QString name = format::preview(o.displayName, 60);
        m_leavingBox->addItem(o.operatorId == m_me ? tr("%1 (me)").arg(name) : name, o.operatorId);
    }
    const int chosen = m_leavingBox->findData(m_snapshot->leavingOperatorId);
    m_leavingBox->setCurrentIndex(qMax(0, chosen));
}

void HandoverDock::fillTeam()
{
    m_team->clear();
    if (!m_snapshot)
        return;
    QList<QTreeWidgetItem *> rows;
    for (const core::OperatorOnShift &o : m_snapshot->operators) {
        QString now = core::displayName(o.state);
        if (o.state == core::WorkState::OnBreak && o.breakSince.isValid())
            now = tr("%1 for %2").arg(now, format::duration(o.breakSince.secsTo(m_snapshot->now)));
        else if (o.state == core::WorkState::OnShift && o.startedAt.isValid())
            now = tr("%1 for %2").arg(now, format::duration(o.startedAt.secsTo(m_snapshot->now)));
        auto *row = new QTreeWidgetItem({format::preview(o.displayName, 60), now,
                                         format::preview(o.shiftName, 60),
                                         QLocale().toString(o.openItems)});
        row->setData(0, Qt::UserRole, o.operatorId);
        row->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        if (o.state != core::WorkState::Off)
            setBold(row, 1);
        rows.append(row);
    }
    m_team->addTopLevelItems(rows);
    m_team->resizeColumnToContents(1);
}

void HandoverDock::fillNotes()
{
    m_notes->clear();
    if (!m_snapshot)
        return;
    QList<QTreeWidgetItem *> rows;
    for (const core::HandoverNote &n : m_snapshot->notes) {
        auto *row = new QTreeWidgetItem(
            {shortTime(n.createdAt, m_snapshot->now), format::preview(n.author, 60),
             n.itemId != 0 ? tr("#%1").arg(n.itemId) : QString(), format::preview(n.body, 400)});
        row->setData(2, Qt::UserRole, n.itemId);
        row->setToolTip(3, format::plainToolTip(n.body));
        rows.append(row);
    }
    m_notes->addTopLevelItems(rows);
    m_sideTabs->setTabText(1, tr("Notes (%1)").arg(m_snapshot->notes.size()));
}

void HandoverDock::fillAlarms()
{
    m_alarms->clear();
    if (!m_snapshot)
        return;
    QList<QTreeWidgetItem *> rows;
    int ongoing = 0;
    for (const core::ShiftAlarm &a : m_snapshot->alarms) {
        const QString what = tr("%1: %2").arg(alarmKind(a.kind), format::preview(a.text, 300));
        auto *row = new QTreeWidgetItem({shortTime(a.at, m_snapshot->now),
                                         format::preview(a.accountName, 60),
                                         a.ongoing ? tr("%1 (still)").arg(what) : what});
        row->setToolTip(2, format::plainToolTip(a.text));
        if (a.ongoing) {
            setBold(row, 3);
            ++ongoing;
        }
        rows.append(row);
    }
    m_alarms->addTopLevelItems(rows);
    m_sideTabs->setTabText(
        2, ongoing > 0 ? tr("Alarms (%1, %2 now)").arg(m_snapshot->alarms.size()).arg(ongoing)
                       : tr("Alarms (%1)").arg(m_snapshot->alarms.size()));
}

void HandoverDock::fillHandovers()
{
    m_handovers->clear();
    if (!m_snapshot)
        return;
    QList<QTreeWidgetItem *> rows;
    for (const core::Handover &h : m_snapshot->handovers) {
        const QString to = h.toOperatorId == 0 ? tr("The pool") : format::preview(h.toName, 60);
        const QString ack = h.isAcknowledged()
                                ? tr("%1, %2").arg(format::preview(h.acknowledgedBy, 60),
                                                   shortTime(h.acknowledgedAt, m_snapshot->now))
                                : tr("Not yet");
        auto *row = new QTreeWidgetItem(
            {shortTime(h.createdAt, m_snapshot->now), format::preview(h.fromName, 60), to,
             QLocale().toString(h.itemsMoved), ack, format::preview(h.summary, 400)});
        row->setToolTip(5, format::plainToolTip(h.summary));
        rows.append(row);
    }
    m_handovers->addTopLevelItems(rows);
    m_sideTabs->setTabText(3, tr("Handovers (%1)").arg(m_snapshot->handovers.size()));
}

void HandoverDock::updateFigures()
{
    const core::HandoverSnapshot *s = m_snapshot.get();
    const QString titles[] = {tr("Open and waiting (%1)"), tr("Overdue and at risk (%1)"),
                              tr("Promised (%1)"), tr("Leaving desk (%1)")};
    for (int k = 0; k < m_models.size(); ++k)
        m_itemTabs->setTabText(k, titles[k].arg(m_models.at(k)->rowCount()));
    if (!s) {
        m_figures->setText(tr("Reading…"));
        return;
    }
    if (s->leavingOperatorId != 0) {
        QString name;
        for (const core::OperatorOnShift &o : s->operators) {
            if (o.operatorId == s->leavingOperatorId)
                name = format::preview(o.displayName, 40);
        }
        m_itemTabs->setTabText(3,
                               tr("On %1's desk (%2)").arg(name).arg(m_models.at(3)->rowCount()));
    }
    m_itemTabs->setTabEnabled(3, s->leavingOperatorId != 0);

    const core::ShiftFigures &f = s->figures;
    QStringList parts;
    const QString span =
        tr("%1 – %2").arg(shortTime(s->run.start, s->now), shortTime(s->run.end, s->now));
    parts << (s->run.name.isEmpty() ? tr("Shift %1").arg(span)
                                    : tr("%1, %2").arg(format::preview(s->run.name, 60), span));
    parts << tr("%n item(s) in", nullptr, f.itemsIn) << tr("%n reply(ies)", nullptr, f.replies);
    parts << (f.medianFirstResponseSeconds
                  ? tr("median first response %1")
                        .arg(format::duration(*f.medianFirstResponseSeconds))
                  : tr("no first response yet"));
    if (const auto share = f.slaMetShare())
        parts << tr("SLA met %1% (%2 of %3)")
                     .arg(qRound(*share * 100))
                     .arg(f.slaMet)
                     .arg(f.slaMet + f.slaMissed);
    else
        parts << tr("no response targets");
    m_figures->setText(parts.join(u" · "_s));
}

void HandoverDock::updateShiftControls()
{
    const core::OperatorOnShift *mine = nullptr;
    if (m_snapshot) {
        for (const core::OperatorOnShift &o : m_snapshot->operators) {
            if (o.operatorId == m_me && m_me != 0)
                mine = &o;
        }
    }
    // Started by hand: the schedule alone puts nobody on a break.
    const bool started = mine && mine->sessionId != 0;
    const bool onBreak = mine && mine->state == core::WorkState::OnBreak;
    m_startShift->setEnabled(mine && !started);
    m_endShift->setEnabled(started);
    m_startBreak->setEnabled(started && !onBreak);
    m_endBreak->setEnabled(onBreak);
    m_handOver->setEnabled(m_snapshot && m_snapshot->leavingOperatorId != 0);
    m_exportPdf->setEnabled(m_snapshot != nullptr);
    m_exportCsv->setEnabled(m_snapshot != nullptr);
    if (!m_snapshot) {
        m_shiftState->clear();
    } else if (!mine) {
        m_shiftState->setText(tr("%1 is not an operator of this store.")
                                  .arg(format::preview(m_actions.actor().login, 60)));
    } else if (onBreak) {
        m_shiftState->setText(tr("You are on a break for %1.")
                                  .arg(format::duration(mine->breakSince.secsTo(m_snapshot->now))));
    } else if (started) {
        m_shiftState->setText(tr("You are on shift for %1.")
                                  .arg(format::duration(mine->startedAt.secsTo(m_snapshot->now))));
    } else if (mine->state == core::WorkState::OnShift) {
        m_shiftState->setText(tr("Your shift %1 is under way.").arg(mine->shiftName));
    } else {
        m_shiftState->setText(tr("You are off shift."));
    }
}

void HandoverDock::updatePending()
{
    m_acknowledge->setEnabled(!m_pending.isEmpty());
    if (m_pending.isEmpty()) {
        m_pendingBar->hide();
        return;
    }
    const core::Handover &h = m_pending.constFirst();
    QString text =
        h.toOperatorId == 0
            ? tr("%1 handed over to the pool at %2: %n open item(s) moved.", nullptr, h.itemsMoved)
            : tr("%1 handed over to you at %2: %n open item(s) moved.", nullptr, h.itemsMoved);
    text = text.arg(format::preview(h.fromName, 60),
                    shortTime(h.createdAt, m_snapshot ? m_snapshot->now : h.createdAt));
    if (!h.summary.isEmpty())
        text += u'\n' + format::preview(h.summary, 600);
    m_pendingLabel->setText(text);
    m_pendingBar->show();
}

void HandoverDock::updateItemActions()
{
    const core::HandoverItem *it = currentItem();
    m_open->setEnabled(it != nullptr);
    m_noteOnItem->setEnabled(it != nullptr);
    m_promise->setEnabled(it != nullptr);
    m_promise->setText(it && it->promise ? tr("Clear promise") : tr("Mark promised"));
}

} // namespace fd::ui
