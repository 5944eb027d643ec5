#include "ItemFeedModel.h"

#include "Format.h"
#include "Theme.h"
#include "rules/SlaQueries.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QScopedValueRollback>

#include <algorithm>
#include <climits>
#include <limits>

using namespace Qt::StringLiterals;

namespace fd::ui {

using core::ItemRow;
using core::ItemStatus;

ItemFeedModel::ItemFeedModel(QSqlDatabase reader, QObject *parent)
    : ItemPageModel(core::ItemQueries(reader), pageSize, parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_reader(std::move(reader))
{
    resetRows({});

    m_ageTimer.setInterval(30 * 1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &ItemFeedModel::updateAges);
    connect(&m_ageTimer, &QTimer::timeout, this, &ItemFeedModel::updateSlaClocks);
    m_ageTimer.start();
}

void ItemFeedModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    updateAges();
    updateSlaClocks();
}

void ItemFeedModel::setResponseTarget(int minutes)
{
    minutes = std::max(1, minutes);
    if (minutes == m_targetMinutes)
        return;
    m_targetMinutes = minutes;
    updateAges();
}

void ItemFeedModel::updateAges()
{
    // One signal for the whole column; the view repaints only the rows it shows.
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TimeColumn), index(int(m_rows.size()) - 1, TimeColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole, Qt::FontRole});
}

void ItemFeedModel::updateSlaClocks()
{
    // The facts stay; only the time moved on. Clocks are counted again as rows are shown.
    m_slaClocks.clear();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(
            index(0, SlaColumn), index(int(m_rows.size()) - 1, SlaColumn),
            {Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole, Qt::FontRole, SlaStateRole});
}

void ItemFeedModel::forgetSla(bool settingsToo)
{
    m_slaFacts.clear();
    m_slaClocks.clear();
    if (settingsToo)
        m_slaSettings.reset();
}

void ItemFeedModel::reloadSla()
{
    forgetSla(true);
    updateSlaClocks();
}

core::SlaClock ItemFeedModel::slaClock(int row) const
{
    // Rows read together: about a screenful before and after the one asked for.
    constexpr int batch = 120;
    const ItemRow *item = itemAt(row);
    if (!item)
        return {};
    const qint64 id = item->item.id;
    if (const auto known = m_slaClocks.constFind(id); known != m_slaClocks.constEnd())
        return *known;
    if (!m_slaSettings) {
        auto loaded = core::SlaSettings::load(m_reader);
        m_slaSettings = loaded.ok() ? std::move(loaded.value()) : core::SlaSettings{};
    }
    core::SlaClock clock{id, {}, {}};
    // Nothing to count (and nothing worth keeping) without targets or for our own items.
    if (m_slaSettings->isEmpty() || item->item.direction != core::Direction::Incoming)
        return clock;
    if (!m_slaFacts.contains(id)) {
        QList<qint64> ids;
        const int first = std::max(0, row - batch / 3);
        const int end = std::min(int(m_rows.size()), first + batch);
        for (int r = first; r < end; ++r) {
            const core::Item &i = m_rows.at(r).item;
            if (i.direction == core::Direction::Incoming && !m_slaFacts.contains(i.id))
                ids.append(i.id);
        }
        const auto facts = core::SlaQueries(m_reader).facts(ids);
        for (const qint64 asked : std::as_const(ids)) {
            // An item gone meanwhile (or a failed read) has no clock until the next refresh.
            core::SlaFacts none;
            none.itemId = asked;
            none.direction = core::Direction::Outgoing;
            m_slaFacts.insert(asked, facts.ok() ? facts->value(asked, none) : none);
        }
    }
    clock = core::computeSlaClock(m_slaFacts.value(id), *m_slaSettings, m_clock());
    return *m_slaClocks.insert(id, clock);
}

QVariant ItemFeedModel::slaToolTip(const core::SlaClock &clock)
{
    QStringList lines;
    for (const core::SlaTimer *t : {&clock.response, &clock.resolution}) {
        if (t->state == core::SlaState::NoTarget)
            continue;
        QString line =
            tr("%1 within %2: %3")
                .arg(core::displayName(t->target), core::slaDuration(qint64(t->targetMinutes) * 60),
                     core::displayName(t->state));
        if (t->dueAt.isValid())
            line += u'\n' + tr("Due %1").arg(format::fullTime(t->dueAt));
        if (t->stoppedAt.isValid())
            line += u'\n' + tr("Stopped %1").arg(format::fullTime(t->stoppedAt));
        lines << line;
    }
    if (lines.isEmpty())
        return {};
    return format::plainToolTip(lines.join(u"\n\n"_s));
}

QVariant ItemFeedModel::slaData(const ItemRow &row, int index, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return core::slaShortText(slaClock(index).main());
    case Qt::ForegroundRole:
        if (row.item.status == ItemStatus::Hidden || row.item.status == ItemStatus::Deleted)
            return {};
        switch (slaClock(index).state()) {
        case core::SlaState::AtRisk:
            return Theme::color(Theme::Role::SlaWarning, QGuiApplication::palette());
        case core::SlaState::Breached:
            return Theme::color(Theme::Role::SlaLate, QGuiApplication::palette());
        default:
            return {};
        }
        return {};
    case Qt::FontRole: {
        if (slaClock(index).state() != core::SlaState::Breached)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole:
        return slaToolTip(slaClock(index));
    default:
        return {};
    }
}

void ItemFeedModel::setReplying(const QHash<qint64, QString> &replying)
{
    if (replying == m_replying)
        return;
    m_replying = replying;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TextColumn), index(int(m_rows.size()) - 1, TextColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole, ReplyingRole});
}

ItemFeedModel::Urgency ItemFeedModel::urgency(const ItemRow &row) const
{
    const core::Item &item = row.item;
    const bool waiting = item.direction == core::Direction::Incoming &&
                         (item.status == ItemStatus::New || item.status == ItemStatus::Open);
    if (!waiting || !item.createdAt.isValid())
        return Urgency::None;
    const qint64 waitedMs = item.createdAt.msecsTo(m_clock());
    const qint64 targetMs = qint64(m_targetMinutes) * 60 * 1000;
    if (waitedMs >= targetMs)
        return Urgency::Late;
    if (2 * waitedMs >= targetMs)
        return Urgency::Warning;
    return Urgency::Calm;
}

void ItemFeedModel::setFilter(const core::ItemFilter &filter)
{
    forgetSla(false);
    resetRows(filter);
}

void ItemFeedModel::refresh()
{
    // Re-read as much as is loaded (whole pages), so rows the user scrolled to stay current.
    const int loaded = int(m_rows.size());
    const int pages = std::max(1, (loaded + pageSize - 1) / pageSize);
    const int limit = std::min(pages * pageSize, std::max(refreshWindow, pageSize));
    QList<ItemRow> fresh;
    if (!readPage(limit, 0, fresh))
        return;
    const bool complete = fresh.size() < limit;
    const QScopedValueRollback changing(m_changing, true);
    // Answers and closes change clocks; targets may have been edited elsewhere (frontdeskctl).
    forgetSla(true);
    merge(std::move(fresh), complete);
}

// Both lists are ordered by id, newest first. Rows that disappeared are removed, new rows are
// inserted where they belong and the rest are updated in place, with one signal per run.
void ItemFeedModel::merge(QList<ItemRow> fresh, bool complete)
{
    // The loaded rows `fresh` speaks for: all of them when it holds every match, otherwise
    // those at least as new as its oldest row. Older loaded rows are kept as they are.
    const qint64 boundary =
        complete || fresh.isEmpty() ? std::numeric_limits<qint64>::min() : fresh.last().item.id;
    int end = 0;
    while (end < m_rows.size() && m_rows.at(end).item.id >= boundary)
        ++end;

    int i = 0;
    qsizetype j = 0;
    while (j < fresh.size()) {
        const qint64 id = fresh.at(j).item.id;
        if (i < end && m_rows.at(i).item.id == id) {
            m_rows[i] = std::move(fresh[j]);
            ++i;
            ++j;
            continue;
        }
        if (i < end && m_rows.at(i).item.id > id) {
            int last = i;
            while (last + 1 < end && m_rows.at(last + 1).item.id > id)
                ++last;
            beginRemoveRows({}, i, last);
            m_rows.remove(i, last - i + 1);
            endRemoveRows();
            end -= last - i + 1;
            continue;
        }
        qsizetype k = j + 1;
        while (k < fresh.size() && (i >= end || fresh.at(k).item.id > m_rows.at(i).item.id))
            ++k;
        const int count = int(k - j);
        beginInsertRows({}, i, i + count - 1);
        m_rows.insert(i, count, ItemRow{});
        for (int n = 0; n < count; ++n)
            m_rows[i + n] = std::move(fresh[j + n]);
        endInsertRows();
        i += count;
        end += count;
        j = k;
    }
    if (i < end) {
        beginRemoveRows({}, i, end - 1);
        m_rows.remove(i, end - i);
        endRemoveRows();
        end = i;
    }
    if (complete)
        m_atEnd = true;
    if (end > 0)
        Q_EMIT dataChanged(index(0, 0), index(end - 1, ColumnCount - 1));
}

int ItemFeedModel::rowOfItem(qint64 itemId) const
{
    // Rows are ordered by id, newest first.
    auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), itemId,
                               [](const ItemRow &row, qint64 id) { return row.item.id > id; });
    if (it == m_rows.cend() || it->item.id != itemId)
        return -1;
    return int(it - m_rows.cbegin());
}

int ItemFeedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ItemFeedModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags; // views ask about the root; that is no mistake
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ItemFeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ItemRow &row = m_rows.at(index.row());
    if (index.column() == SlaColumn && role != SlaStateRole) {
        if (QVariant sla = slaData(row, index.row(), role); sla.isValid())
            return sla;
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::FontRole: {
        // Most of a busy inbox is new: a bold status stands out where bold rows would not.
        const bool bold = (index.column() == StatusColumn && row.item.status == ItemStatus::New) ||
                          (index.column() == TimeColumn && urgency(row) == Urgency::Late);
        if (!bold)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ForegroundRole:
        if (row.item.status == ItemStatus::Hidden || row.item.status == ItemStatus::Deleted)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        if (index.column() == TextColumn && m_replying.contains(row.item.threadId))
            return Theme::color(Theme::Role::Busy, QGuiApplication::palette());
        if (index.column() == TimeColumn) {
            const QPalette palette = QGuiApplication::palette();
            switch (urgency(row)) {
            case Urgency::None:
                return {};
            case Urgency::Calm:
                return Theme::color(Theme::Role::SlaCalm, palette);
            case Urgency::Warning:
                return Theme::color(Theme::Role::SlaWarning, palette);
            case Urgency::Late:
                return Theme::color(Theme::Role::SlaLate, palette);
            }
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == FollowersColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter); // counts line up by their last digit
        return {};
    case ItemIdRole:
        return row.item.id;
    case ThreadIdRole:
        return row.item.threadId;
    case StatusRole:
        return int(row.item.status);
    case ReadRole:
        return row.item.read;
    case ReplyingRole:
        return m_replying.value(row.item.threadId);
    case CreatedAtRole:
        return row.item.createdAt;
    case SlaStateRole:
        return int(slaClock(index.row()).state());
    default:
        return {};
    }
}

QVariant ItemFeedModel::display(const ItemRow &row, int column) const
{
    const core::Item &item = row.item;
    switch (column) {
    case TimeColumn:
        return format::age(item.createdAt, m_clock());
    case ChannelColumn:
        return QString(core::displayName(row.platform) + u" · "_s + row.accountName);
    case KindColumn:
        if (item.kind == core::ItemKind::Review && item.rating > 0)
            return tr("%1 %2★").arg(core::displayName(item.kind)).arg(item.rating);
        return core::displayName(item.kind);
    case AuthorColumn:
        return format::authorName(item.author);
    case TextColumn: {
        const QString text = item.text.isEmpty() && !item.attachments.isEmpty()
                                 ? tr("[%1]").arg(format::preview(item.attachments))
                                 : format::preview(item.text);
        // Where the eye is: the text column is in every layout, the status one is not.
        if (const QString who = m_replying.value(item.threadId); !who.isEmpty())
            return tr("%1 is replying · %2").arg(format::preview(who, 60), text);
        return text;
    }
    case StatusColumn:
        return core::displayName(item.status);
    case TagsColumn:
        return row.tags.join(u", "_s);
    case FollowersColumn:
        return format::followers(item.author.followers);
    case CityColumn:
        return format::preview(item.author.city, 100);
    case PostColumn:
        return format::preview(row.postText);
    case ParentColumn:
        return isTreeReply(row) ? format::preview(row.parentText) : QString();
    case AssigneeColumn:
        return format::preview(row.assigneeName, 100);
    default:
        return {};
    }
}

QVariant ItemFeedModel::toolTip(const ItemRow &row, int column) const
{
    const core::Item &item = row.item;
    switch (column) {
    case TimeColumn: {
        QString tip = tr("Written %1").arg(format::fullTime(item.createdAt));
        if (urgency(row) != Urgency::None) {
            const qint64 waited = std::max<qint64>(0, item.createdAt.secsTo(m_clock()));
            tip =
                tr("Waiting for an answer for %1 — target %2")
                    .arg(format::duration(waited), format::duration(qint64(m_targetMinutes) * 60)) +
                u'\n' + tip;
        }
        if (item.editedAt.isValid())
            tip += u'\n' + tr("Edited %1").arg(format::fullTime(item.editedAt));
        if (item.deletedAt.isValid())
            tip += u'\n' + tr("Deleted %1").arg(format::fullTime(item.deletedAt));
        return format::plainToolTip(tip);
    }
    case ChannelColumn:
        return format::plainToolTip(core::displayName(row.platform) + u" · "_s + row.accountName);
    case AuthorColumn: {
        // One paragraph of lines: each a preview, so a bidi control in the name cannot reorder
        // the lines after it.
        const core::Author &a = item.author;
        QStringList lines;
        lines << (a.name.isEmpty() ? tr("unknown") : format::preview(a.name, 300));
        if (!a.handle.isEmpty())
            lines << u'@' + format::preview(a.handle, 300);
        if (a.followers >= 0)
            lines << followersText(a.followers);
        if (!a.city.isEmpty())
            lines << format::preview(a.city, 300);
        return format::plainToolTip(lines.join(u'\n'));
    }
    case FollowersColumn:
        if (item.author.followers < 0)
            return {};
        return format::plainToolTip(followersText(item.author.followers));
    case CityColumn:
        if (item.author.city.isEmpty())
            return {};
        return format::plainToolTip(item.author.city);
    case PostColumn: {
        if (row.postText.isEmpty() && row.postUrl.isEmpty())
            return {};
        QString tip = row.postText;
        if (!row.postUrl.isEmpty())
            tip += u"\n\n"_s + row.postUrl;
        return format::plainToolTip(tip.trimmed());
    }
    case ParentColumn:
        if (!isTreeReply(row))
            return {};
        return format::plainToolTip(row.parentText);
    case AssigneeColumn:
        if (row.assigneeName.isEmpty())
            return {};
        return format::plainToolTip(tr("Assigned to %1").arg(row.assigneeName));
    case TextColumn: {
        // What it was written under and in answer to (those columns may be hidden), then the
        // text itself.
        QStringList context;
        if (!row.postText.isEmpty())
            context << tr("Under the post: %1").arg(format::preview(row.postText, 300));
        if (!row.parentText.isEmpty())
            context << tr("In reply to: %1").arg(format::preview(row.parentText, 300));
        QString tip = item.text;
        if (!context.isEmpty())
            tip = context.join(u'\n') + u"\n\n"_s + tip;
        if (!item.attachments.isEmpty())
            tip += u"\n\n"_s + tr("Attachments: %1").arg(item.attachments);
        if (item.truncated)
            tip += u"\n\n"_s + tr("The text was too long and has been shortened.");
        if (const QString who = m_replying.value(item.threadId); !who.isEmpty())
            tip = tr("%1 is replying to this conversation at their station.").arg(who) + u"\n\n"_s +
                  tip;
        return format::plainToolTip(tip.trimmed());
    }
    case TagsColumn:
        if (row.tags.isEmpty())
            return {};
        return format::plainToolTip(row.tags.join(u", "_s));
    default:
        return {};
    }
}

QVariant ItemFeedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole &&
        section == FollowersColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return headerToolTip(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ChannelColumn:
        return tr("Channel");
    case KindColumn:
        return tr("Kind");
    case AuthorColumn:
        return tr("Author");
    case TextColumn:
        return tr("Text");
    case StatusColumn:
        return tr("Status");
    case TagsColumn:
        return tr("Tags");
    case FollowersColumn:
        return tr("Followers");
    case CityColumn:
        return tr("City");
    case PostColumn:
        return tr("Post");
    case ParentColumn:
        return tr("In reply to");
    case AssigneeColumn:
        return tr("Assignee");
    case SlaColumn:
        return tr("SLA");
    default:
        return {};
    }
}

QVariant ItemFeedModel::headerToolTip(int section) const
{
    switch (section) {
    case TimeColumn:
        return tr("How long ago the item was written. Items waiting for an answer turn from green "
                  "to amber at half the response target and to red past it.");
    case FollowersColumn:
        return tr("The author's followers or reach, as the platform reports it");
    case PostColumn:
        return tr("The post a comment was left under");
    case ParentColumn:
        return tr("The comment a reply answers");
    case AssigneeColumn:
        return tr("Who the item is assigned to");
    case SlaColumn:
        return tr("The response target's clock: time left, time over, or whether it was met. "
                  "Amber when a breach is near, red past it. Targets are set under SLA "
                  "targets.");
    default:
        return {};
    }
}

QString ItemFeedModel::followersText(qint64 count)
{
    // tr() counts in int; a reach past two billion is said approximately.
    return tr("%Ln follower(s)", nullptr, int(std::min<qint64>(count, INT_MAX)));
}

bool ItemFeedModel::isTreeReply(const ItemRow &row)
{
    // A reply to a message in a dialog is plain to see in the conversation; under a post the
    // comment it answers is what gives it sense.
    return row.item.kind == core::ItemKind::Comment && !row.item.parentExternalId.isEmpty() &&
           !row.parentText.isEmpty();
}

QHash<int, QByteArray> ItemFeedModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ItemIdRole, "itemId");
    names.insert(ThreadIdRole, "threadId");
    names.insert(StatusRole, "status");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(ReplyingRole, "replying");
    names.insert(SlaStateRole, "slaState");
    return names;
}

} // namespace fd::ui
