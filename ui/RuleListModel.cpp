#include "RuleListModel.h"

#include "Format.h"
#include "rules/RuleJson.h"
#include "rules/RuleSummary.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace fd::ui {

namespace {

QString triggerText(core::RuleTrigger trigger)
{
    switch (trigger) {
    case core::RuleTrigger::Ingest:
        return RuleListModel::tr("As items arrive");
    case core::RuleTrigger::Timer:
        return RuleListModel::tr("Every minute");
    case core::RuleTrigger::Both:
        return RuleListModel::tr("Both");
    }
    return {};
}

} // namespace

RuleListModel::RuleListModel(const core::RuleStore &rules, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(rules)
{
    reload();
}

QString RuleListModel::mimeType()
{
    return u"application/x-frontdesk-rule-ids"_s;
}

int RuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RuleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::RuleRecord &r = m_rules.at(index.row());
    if (role == RuleIdRole)
        return r.rule.id;
    if (role == ProblemRole)
        return r.problem;
    if (role == Qt::CheckStateRole && index.column() == EnabledColumn)
        return r.rule.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole) {
        if (!r.problem.isEmpty())
            return format::plainToolTip(
                tr("This rule cannot be read and is skipped: %1").arg(r.problem));
        if (index.column() == LastFiredColumn && r.lastFiredAt.isValid())
            return format::fullTime(r.lastFiredAt);
        if (index.column() == SummaryColumn || index.column() == NameColumn)
            return format::plainToolTip(data(index, Qt::DisplayRole).toString());
        return {};
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == PositionColumn || index.column() == FiringsColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PositionColumn:
        return index.row() + 1;
    case NameColumn:
        return format::preview(r.rule.name);
    case TriggerColumn:
        return r.problem.isEmpty() ? triggerText(r.rule.trigger) : QString();
    case SummaryColumn:
        return r.problem.isEmpty() ? format::preview(core::describeRule(r.rule))
                                   : tr("Cannot be read: %1").arg(r.problem);
    case FiringsColumn:
        return r.firings;
    case LastFiredColumn:
        return r.lastFiredAt.isValid()
                   ? format::age(r.lastFiredAt,
                                 m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc())
                   : tr("never");
    default:
        return {};
    }
}

bool RuleListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != EnabledColumn || role != Qt::CheckStateRole)
        return false;
    core::RuleRecord &r = m_rules[index.row()];
    const bool enabled = value.value<Qt::CheckState>() == Qt::Checked;
    if (r.rule.enabled == enabled)
        return true;
    // Shown at once; the reload after the write (or its refusal) has the last word.
    r.rule.enabled = enabled;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT enableRequested(r.rule.id, enabled);
    return true;
}

QVariant RuleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PositionColumn:
        return tr("#");
    case EnabledColumn:
        return tr("On");
    case NameColumn:
        return tr("Name");
    case TriggerColumn:
        return tr("When");
    case SummaryColumn:
        return tr("What it does");
    case FiringsColumn:
        return tr("Fired");
    case LastFiredColumn:
        return tr("Last fired");
    default:
        return {};
    }
}

Qt::ItemFlags RuleListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // drops land between rows, never on one
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    const core::RuleRecord &r = m_rules.at(index.row());
    // A rule that cannot be read can be switched off, not on.
    if (index.column() == EnabledColumn && (r.problem.isEmpty() || r.rule.enabled))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

Qt::DropActions RuleListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions RuleListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList RuleListModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *RuleListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = index.data(RuleIdRole).toLongLong();
        if (index.isValid() && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ids;
    auto *data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}

bool RuleListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &parent) const
{
    return data && data->hasFormat(mimeType()) && action == Qt::MoveAction && !parent.isValid();
}

bool RuleListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<qint64> ids;
    QDataStream in(data->data(mimeType()));
    in >> ids;
    if (in.status() != QDataStream::Ok || ids.size() != 1)
        return false;
    const int from = rowOfRule(ids.constFirst());
    if (from < 0)
        return false;
    // Dropped below the last row (or onto the empty space): last.
    const int to = row < 0 ? rowCount() : row;
    if (!moveRows({}, from, 1, {}, to))
        return false;
    // The move is done here: the view must not remove the dragged row as well.
    return false;
}

bool RuleListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                             const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 ||
        sourceRow >= rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    // Onto itself or just below itself: nothing moves.
    if (destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false;
    beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild);
    m_rules.move(sourceRow, destinationChild > sourceRow ? destinationChild - 1 : destinationChild);
    endMoveRows();
    // Positions are shown as row numbers: every row's may have changed.
    Q_EMIT dataChanged(index(0, PositionColumn), index(rowCount() - 1, PositionColumn),
                       {Qt::DisplayRole});
    Q_EMIT orderRequested(order());
    return true;
}

void RuleListModel::reload()
{
    auto read = m_store.list();
    beginResetModel();
    if (read.ok()) {
        m_rules = read.value();
        m_lastError.clear();
    } else {
        m_lastError = read.error().message;
    }
    endResetModel();
    if (!read.ok())
        Q_EMIT errorOccurred(m_lastError);
}

int RuleListModel::rowOfRule(qint64 ruleId) const
{
    for (int row = 0; row < m_rules.size(); ++row) {
        if (m_rules.at(row).rule.id == ruleId)
            return row;
    }
    return -1;
}

const core::RuleRecord *RuleListModel::rule(qint64 ruleId) const
{
    const int row = rowOfRule(ruleId);
    return row < 0 ? nullptr : &m_rules.at(row);
}

QList<qint64> RuleListModel::order() const
{
    QList<qint64> ids;
    for (const core::RuleRecord &r : m_rules)
        ids.append(r.rule.id);
    return ids;
}

} // namespace fd::ui
