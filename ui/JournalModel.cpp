#include "JournalModel.h"

#include "Format.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace fd::ui {

JournalModel::JournalModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JournalModel::actionTitle(const QString &action)
{
    static const QHash<QString, const char *> titles{
        {u"item.replied"_s, QT_TR_NOOP("Replied")},
        {u"item.closed"_s, QT_TR_NOOP("Closed")},
        {u"item.closed_without_reply"_s, QT_TR_NOOP("Closed without reply")},
        {u"item.reopened"_s, QT_TR_NOOP("Reopened")},
        {u"item.assigned"_s, QT_TR_NOOP("Assigned")},
        {u"item.tagged"_s, QT_TR_NOOP("Tagged")},
        {u"item.untagged"_s, QT_TR_NOOP("Untagged")},
        {u"item.priority"_s, QT_TR_NOOP("Priority set")},
        {u"item.hidden"_s, QT_TR_NOOP("Hidden")},
        {u"item.unhidden"_s, QT_TR_NOOP("Shown again")},
        {u"item.deleted"_s, QT_TR_NOOP("Deleted")},
        {u"item.restored"_s, QT_TR_NOOP("Restored by the platform")},
        {u"item.edited"_s, QT_TR_NOOP("Edited by the customer")},
        {u"author.banned"_s, QT_TR_NOOP("Author banned")},
        {u"outbox.reply"_s, QT_TR_NOOP("Reply queued")},
        {u"outbox.hide"_s, QT_TR_NOOP("Hide queued")},
        {u"outbox.delete"_s, QT_TR_NOOP("Deletion queued")},
        {u"note.added"_s, QT_TR_NOOP("Note added")},
        {u"tag.created"_s, QT_TR_NOOP("Tag created")},
        {u"tag.renamed"_s, QT_TR_NOOP("Tag renamed")},
        {u"tag.recolored"_s, QT_TR_NOOP("Tag colour changed")},
        {u"tag.deleted"_s, QT_TR_NOOP("Tag deleted")},
        {u"template.saved"_s, QT_TR_NOOP("Template saved")},
        {u"template.deleted"_s, QT_TR_NOOP("Template deleted")},
        {u"rule.created"_s, QT_TR_NOOP("Rule created")},
        {u"rule.changed"_s, QT_TR_NOOP("Rule changed")},
        {u"rule.removed"_s, QT_TR_NOOP("Rule deleted")},
        {u"rule.enabled"_s, QT_TR_NOOP("Rule switched on")},
        {u"rule.disabled"_s, QT_TR_NOOP("Rule switched off")},
        {u"rule.moved"_s, QT_TR_NOOP("Rules reordered")},
        {u"sla.target_set"_s, QT_TR_NOOP("Response target set")},
        {u"sla.target_removed"_s, QT_TR_NOOP("Response target removed")},
        {u"sla.calendar_set"_s, QT_TR_NOOP("Business hours set")},
        {u"sla.calendar_removed"_s, QT_TR_NOOP("Business hours removed")},
        {u"alarms.set"_s, QT_TR_NOOP("Alarm settings changed")},
        {u"account.added"_s, QT_TR_NOOP("Account connected")},
        {u"session.started"_s, QT_TR_NOOP("Console opened")},
        {u"session.ended"_s, QT_TR_NOOP("Console closed")},
        {u"team.joined"_s, QT_TR_NOOP("Joined the team")},
        {u"team.left"_s, QT_TR_NOOP("Left the team")},
        {u"alarm.spike"_s, QT_TR_NOOP("Spike alarm")},
        {u"alarm.silent"_s, QT_TR_NOOP("Silence alarm")},
        {u"alarm.recovered"_s, QT_TR_NOOP("Alarm over")},
    };
    const auto it = titles.constFind(action);
    return it == titles.constEnd() ? action : tr(*it);
}

QString JournalModel::changeText(const core::JournalEntry &e)
{
    const QString before = format::preview(e.before, 120);
    const QString after = format::preview(e.after, 120);
    if (before.isEmpty())
        return after;
    // A dash says that nothing is left (a hidden or deleted text, a removed tag).
    return before + u" → "_s + (after.isEmpty() ? u"—"_s : after);
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::JournalEntry &e = m_rows.at(index.row());
    if (role == EntryIdRole)
        return e.id;
    if (role == ItemIdRole)
        return e.itemId;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case WhoColumn:
            if (e.actorKind == core::ActorKind::Rule)
                return tr("Rule: %1").arg(format::preview(e.actor, 80));
            if (e.actor.isEmpty())
                return e.actorKind == core::ActorKind::Connector ? tr("Platform") : tr("System");
            return format::preview(e.actor, 80);
        case StationColumn:
            return format::preview(e.station, 60);
        case ActionColumn:
            return actionTitle(e.action);
        case ItemColumn:
            return e.itemId ? QVariant(u"#"_s + QString::number(e.itemId)) : QVariant();
        case ChangeColumn:
            return changeText(e);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return format::fullTime(e.at);
        case ActionColumn:
            return e.action;
        case ChangeColumn: {
            QString full = e.before;
            if (!e.after.isEmpty())
                full += (full.isEmpty() ? QString() : u"\n→\n"_s) + e.after;
            if (!e.detail.isEmpty())
                full += u"\n\n"_s + e.detail;
            return format::plainToolTip(full, 2000);
        }
        }
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case WhoColumn:
        return tr("Who");
    case StationColumn:
        return tr("Station");
    case ActionColumn:
        return tr("Action");
    case ItemColumn:
        return tr("Item");
    case ChangeColumn:
        return tr("Before → after");
    }
    return {};
}

bool JournalModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_started && !m_loading && m_nextBeforeId != 0;
}

void JournalModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_fetch)
        return;
    m_loading = true;
    m_fetch(m_nextBeforeId);
}

void JournalModel::restart()
{
    beginResetModel();
    m_rows.clear();
    m_nextBeforeId = 0;
    m_started = false;
    m_loading = true;
    endResetModel();
    if (m_fetch)
        m_fetch(0);
}

void JournalModel::appendPage(const QList<core::JournalEntry> &entries, qint64 nextBeforeId)
{
    m_loading = false;
    m_started = true;
    m_nextBeforeId = nextBeforeId;
    if (entries.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    m_rows.append(entries);
    endInsertRows();
}

void JournalModel::prependNewer(const QList<core::JournalEntry> &entries)
{
    if (entries.isEmpty())
        return;
    beginInsertRows({}, 0, int(entries.size()) - 1);
    m_rows = entries + m_rows;
    endInsertRows();
}

const core::JournalEntry *JournalModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace fd::ui
