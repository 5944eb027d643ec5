#include "StatsTableModel.h"

#include "Format.h"
#include "stats/KpiDefinitions.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fd::ui {
namespace {

bool decided(core::SlaOutcome o)
{
    return o == core::SlaOutcome::Met || o == core::SlaOutcome::Missed;
}

std::optional<double> distributionValue(const core::Distribution &d, int column)
{
    switch (column) {
    case StatsTableModel::FirstCountColumn:
    case StatsTableModel::NextCountColumn:
    case StatsTableModel::ResolutionCountColumn:
        return double(d.count);
    case StatsTableModel::FirstMeanColumn:
    case StatsTableModel::NextMeanColumn:
    case StatsTableModel::ResolutionMeanColumn:
    case StatsTableModel::HandleMeanColumn:
        return d.count ? std::optional<double>(d.mean) : std::nullopt;
    case StatsTableModel::FirstMedianColumn:
    case StatsTableModel::NextMedianColumn:
    case StatsTableModel::ResolutionMedianColumn:
    case StatsTableModel::HandleMedianColumn:
        return d.count ? std::optional<double>(d.median) : std::nullopt;
    case StatsTableModel::FirstP90Column:
    case StatsTableModel::NextP90Column:
    case StatsTableModel::ResolutionP90Column:
        return d.count ? std::optional<double>(d.p90) : std::nullopt;
    default:
        return std::nullopt;
    }
}

bool isDuration(int column)
{
    switch (column) {
    case StatsTableModel::FirstMeanColumn:
    case StatsTableModel::FirstMedianColumn:
    case StatsTableModel::FirstP90Column:
    case StatsTableModel::NextMeanColumn:
    case StatsTableModel::NextMedianColumn:
    case StatsTableModel::NextP90Column:
    case StatsTableModel::ResolutionMeanColumn:
    case StatsTableModel::ResolutionMedianColumn:
    case StatsTableModel::ResolutionP90Column:
    case StatsTableModel::HandleMeanColumn:
    case StatsTableModel::HandleMedianColumn:
        return true;
    default:
        return false;
    }
}

bool isPercent(int column)
{
    switch (column) {
    case StatsTableModel::ReplyNeededColumn:
    case StatsTableModel::SlaResponseColumn:
    case StatsTableModel::SlaResolutionColumn:
    case StatsTableModel::CsatColumn:
    case StatsTableModel::CsatResponseColumn:
        return true;
    default:
        return false;
    }
}

// The KPI a column shows (kpiDefinitions() ids); empty for the columns of satisfaction.
QString kpiOf(int column)
{
    switch (column) {
    case StatsTableModel::ItemsColumn:
    case StatsTableModel::RepliedColumn:
    case StatsTableModel::WithoutReplyColumn:
    case StatsTableModel::StillOpenColumn:
        return u"items"_s;
    case StatsTableModel::ReplyNeededColumn:
        return u"reply_needed"_s;
    case StatsTableModel::FirstCountColumn:
    case StatsTableModel::FirstMeanColumn:
    case StatsTableModel::FirstMedianColumn:
    case StatsTableModel::FirstP90Column:
        return u"first_response"_s;
    case StatsTableModel::NextCountColumn:
    case StatsTableModel::NextMeanColumn:
    case StatsTableModel::NextMedianColumn:
    case StatsTableModel::NextP90Column:
        return u"next_response"_s;
    case StatsTableModel::ResolutionCountColumn:
    case StatsTableModel::ResolutionMeanColumn:
    case StatsTableModel::ResolutionMedianColumn:
    case StatsTableModel::ResolutionP90Column:
        return u"resolution"_s;
    case StatsTableModel::SlaResponseColumn:
        return u"sla_response"_s;
    case StatsTableModel::SlaResolutionColumn:
        return u"sla_resolution"_s;
    case StatsTableModel::HandleMeanColumn:
    case StatsTableModel::HandleMedianColumn:
        return u"handle_time"_s;
    case StatsTableModel::RepliesColumn:
    case StatsTableModel::RuleRepliesColumn:
        return u"replies"_s;
    case StatsTableModel::ActionsColumn:
        return u"actions"_s;
    default:
        return {};
    }
}

QString definitionOf(const QString &kpi)
{
    for (const core::KpiDefinition &d : core::kpiDefinitions()) {
        if (d.id == kpi)
            return d.definition;
    }
    return {};
}

} // namespace

QList<qint64> statsItemsBehind(const core::StatsReport &report, int group, StatsItemsFigure figure)
{
    using F = StatsItemsFigure;
    switch (figure) {
    case F::None:
        return {};
    case F::Items:
        return report.itemsBehind(group, core::StatsFigure::Items);
    case F::Replied:
        return report.itemsBehind(group, core::StatsFigure::Replied);
    case F::WithoutReply:
        return report.itemsBehind(group, core::StatsFigure::WithoutReply);
    case F::StillOpen:
        return report.itemsBehind(group, core::StatsFigure::StillOpen);
    case F::FirstResponse:
        return report.itemsBehind(group, core::StatsFigure::FirstResponse);
    case F::NextResponse:
        return report.itemsBehind(group, core::StatsFigure::NextResponse);
    case F::Resolution:
        return report.itemsBehind(group, core::StatsFigure::Resolution);
    case F::Handled:
    case F::SlaResponse:
    case F::SlaResolution:
    case F::HandleTime:
        break;
    }
    QList<qint64> out;
    for (const core::ItemStats &s : report.items) {
        if (group >= 0 && s.group != group)
            continue;
        const bool in = figure == F::Handled         ? s.handling != core::ItemHandling::StillOpen
                        : figure == F::SlaResponse   ? decided(s.slaResponse)
                        : figure == F::SlaResolution ? decided(s.slaResolution)
                                                     : s.handleMs > 0;
        if (in)
            out.append(s.itemId);
    }
    return out;
}

int StatsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const core::StatsGroup *StatsTableModel::groupAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    const int g = m_rows.at(row);
    return g < 0 ? &m_total : &m_groups.at(g);
}

int StatsTableModel::groupOfRow(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : -1;
}

int StatsTableModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (const core::StatsGroup *g = groupAt(row); g && g->key == key)
            return row;
    }
    return -1;
}

const core::Distribution &StatsTableModel::distribution(const core::StatsGroup &g, int column) const
{
    const auto pick = [this](const core::DurationKpi &k) -> const core::Distribution & {
        return m_business ? k.business : k.calendar;
    };
    if (column >= FirstCountColumn && column <= FirstP90Column)
        return pick(g.firstResponse);
    if (column >= NextCountColumn && column <= NextP90Column)
        return pick(g.nextResponse);
    if (column >= ResolutionCountColumn && column <= ResolutionP90Column)
        return pick(g.resolution);
    return g.handleTime;
}

std::optional<core::CsatFigures> StatsTableModel::csatOf(int row) const
{
    const core::StatsGroup *g = groupAt(row);
    if (!g)
        return std::nullopt;
    if (m_rows.at(row) < 0)
        return m_csatTotal;
    const auto it = m_csat.constFind(g->key);
    return it != m_csat.constEnd() ? std::optional<core::CsatFigures>(*it) : std::nullopt;
}

std::optional<double> StatsTableModel::value(int row, int column) const
{
    const core::StatsGroup *g = groupAt(row);
    if (!g)
        return std::nullopt;
    switch (column) {
    case ItemsColumn:
        return double(g->items);
    case RepliedColumn:
        return double(g->replied);
    case WithoutReplyColumn:
        return double(g->withoutReply);
    case StillOpenColumn:
        return double(g->stillOpen);
    case ReplyNeededColumn:
        return g->replyNeededPercent();
    case SlaResponseColumn:
        return g->slaResponse.metPercent();
    case SlaResolutionColumn:
        return g->slaResolution.metPercent();
    case RepliesColumn:
        return double(g->operatorReplies);
    case RuleRepliesColumn:
        return double(g->ruleReplies);
    case ActionsColumn:
        return double(g->actions);
    case CsatColumn:
    case CsatResponseColumn: {
        const auto c = csatOf(row);
        if (!c)
            return std::nullopt;
        return column == CsatColumn ? c->csatPercent() : c->responseRate();
    }
    default:
        break;
    }
    if (column >= FirstCountColumn && column <= HandleMedianColumn && column != SlaResponseColumn &&
        column != SlaResolutionColumn)
        return distributionValue(distribution(*g, column), column);
    return std::nullopt;
}

QVariant StatsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const int column = index.column();
    const core::StatsGroup *g = groupAt(row);
    if (!g)
        return {};
    const bool total = m_rows.at(row) < 0;
    switch (role) {
    case GroupRole:
        return m_rows.at(row);
    case KeyRole:
        return g->key;
    case Qt::FontRole:
        if (total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == NameColumn ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                    : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return format::plainToolTip(g->label);
        return {};
    case ValueRole: {
        if (column == RankColumn)
            return m_ranks.value(row) > 0 ? QVariant(m_ranks.value(row)) : QVariant();
        const auto v = value(row, column);
        return v ? QVariant(*v) : QVariant();
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (column == RankColumn)
        return m_ranks.value(row) > 0 ? QLocale().toString(m_ranks.value(row)) : QString();
    if (column == NameColumn)
        return format::preview(g->label, 80);
    const auto v = value(row, column);
    if (!v)
        return u"–"_s;
    if (isDuration(column))
        return format::duration(qint64(std::llround(*v)));
    if (isPercent(column))
        return tr("%1 %").arg(QLocale().toString(*v, 'f', 1));
    return QLocale().toString(qint64(std::llround(*v)));
}

QString StatsTableModel::headerTitle(int column)
{
    switch (column) {
    case RankColumn:
        return tr("#");
    case NameColumn:
        return tr("Name");
    case ItemsColumn:
        return tr("Items");
    case RepliedColumn:
        return tr("Replied");
    case WithoutReplyColumn:
        return tr("Without\nreply");
    case StillOpenColumn:
        return tr("Still\nopen");
    case ReplyNeededColumn:
        return tr("Needed\na reply");
    case FirstCountColumn:
        return tr("First response\ncount");
    case FirstMeanColumn:
        return tr("First response\nmean");
    case FirstMedianColumn:
        return tr("First response\nmedian");
    case FirstP90Column:
        return tr("First response\n90th pct.");
    case NextCountColumn:
        return tr("Next response\ncount");
    case NextMeanColumn:
        return tr("Next response\nmean");
    case NextMedianColumn:
        return tr("Next response\nmedian");
    case NextP90Column:
        return tr("Next response\n90th pct.");
    case ResolutionCountColumn:
        return tr("Resolution\ncount");
    case ResolutionMeanColumn:
        return tr("Resolution\nmean");
    case ResolutionMedianColumn:
        return tr("Resolution\nmedian");
    case ResolutionP90Column:
        return tr("Resolution\n90th pct.");
    case SlaResponseColumn:
        return tr("Response\nSLA met");
    case SlaResolutionColumn:
        return tr("Resolution\nSLA met");
    case HandleMeanColumn:
        return tr("Handle time\nmean");
    case HandleMedianColumn:
        return tr("Handle time\nmedian");
    case RepliesColumn:
        return tr("Replies");
    case RuleRepliesColumn:
        return tr("Rule\nreplies");
    case ActionsColumn:
        return tr("Actions");
    case CsatColumn:
        return tr("CSAT");
    case CsatResponseColumn:
        return tr("Survey\nresponses");
    default:
        return {};
    }
}

QString StatsTableModel::columnTitle(int column)
{
    return headerTitle(column).replace(u'\n', u' ');
}

QVariant StatsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return section == NameColumn && !m_nameTitle.isEmpty() ? m_nameTitle : headerTitle(section);
    if (role == Qt::ToolTipRole) {
        QString tip;
        switch (section) {
        case RankColumn:
            tip = tr("The place by the figure the table is ranked by: shortest times, highest "
                     "shares and counts first.");
            break;
        case CsatColumn:
            tip = csatDefinition();
            break;
        case CsatResponseColumn:
            tip = surveyResponseDefinition();
            break;
        case RepliedColumn:
            tip = tr("Items answered by an operator's reply.");
            break;
        case WithoutReplyColumn:
            tip = tr("Items closed, hidden or deleted without a reply.");
            break;
        case StillOpenColumn:
            tip = tr("Items neither answered nor resolved yet.");
            break;
        case RuleRepliesColumn:
            tip = tr("Replies automation rules sent.");
            break;
        default:
            break;
        }
        const QString kpi = kpiOf(section);
        if (!kpi.isEmpty()) {
            const QString definition = definitionOf(kpi);
            tip = tip.isEmpty() ? definition : tip + u"\n\n"_s + definition;
        }
        if (isDuration(section) || section == FirstCountColumn || section == NextCountColumn ||
            section == ResolutionCountColumn)
            tip += u"\n\n"_s + definitionOf(u"statistics"_s);
        return tip.isEmpty() ? QVariant() : QVariant(format::plainToolTip(tip));
    }
    return {};
}

QString StatsTableModel::csatDefinition()
{
    return tr("Good ratings (4 or 5, or a thumb up) among all ratings customers gave to the "
              "surveys sent in the period.");
}

QString StatsTableModel::surveyResponseDefinition()
{
    return tr("Ratings received among the surveys sent in the period.");
}

void StatsTableModel::setNameTitle(const QString &title)
{
    m_nameTitle = title;
    Q_EMIT headerDataChanged(Qt::Horizontal, NameColumn, NameColumn);
}

void StatsTableModel::setReport(const core::StatsReport &report)
{
    beginResetModel();
    m_groups = report.groups;
    m_total = report.total;
    arrange();
    endResetModel();
}

void StatsTableModel::setCsat(const QHash<QString, core::CsatFigures> &byKey,
                              const std::optional<core::CsatFigures> &total)
{
    m_csat = byKey;
    m_csatTotal = total;
    if (m_ranking == CsatColumn || m_ranking == CsatResponseColumn) {
        beginResetModel();
        arrange();
        endResetModel();
    } else if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, CsatColumn), index(rowCount() - 1, CsatResponseColumn));
    }
}

void StatsTableModel::setBusinessTime(bool business)
{
    if (m_business == business)
        return;
    beginResetModel();
    m_business = business;
    arrange(); // a ranking by a time changes with it
    endResetModel();
}

void StatsTableModel::setRanking(int column)
{
    beginResetModel();
    m_ranking = rankableColumns().contains(column) ? column : -1;
    arrange();
    endResetModel();
}

void StatsTableModel::setOnlyKey(const QString &key)
{
    beginResetModel();
    m_only = key;
    arrange();
    endResetModel();
}

void StatsTableModel::arrange()
{
    m_rows.clear();
    m_ranks.clear();
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_only.isEmpty() || m_groups.at(i).key == m_only)
            m_rows.append(i);
    }
    if (m_ranking >= 0) {
        // Values are read through the rows, so the order is worked out on (row, value) pairs.
        using Keyed = std::pair<int, std::optional<double>>;
        QList<Keyed> keyed;
        for (int row = 0; row < m_rows.size(); ++row)
            keyed.append({m_rows.at(row), value(row, m_ranking)});
        const bool lower = lowerIsBetter(m_ranking);
        std::stable_sort(keyed.begin(), keyed.end(), [lower](const Keyed &a, const Keyed &b) {
            if (a.second.has_value() != b.second.has_value())
                return a.second.has_value();
            if (!a.second)
                return false;
            return lower ? *a.second < *b.second : *a.second > *b.second;
        });
        m_rows.clear();
        int rank = 0;
        for (const auto &[group, v] : keyed) {
            m_rows.append(group);
            m_ranks.append(v ? ++rank : 0);
        }
    }
    if (m_only.isEmpty())
        m_rows.append(-1);
    while (m_ranks.size() < m_rows.size())
        m_ranks.append(0);
}

QList<int> StatsTableModel::rankableColumns()
{
    QList<int> out;
    for (int c = ItemsColumn; c < ColumnCount; ++c)
        out.append(c);
    return out;
}

bool StatsTableModel::lowerIsBetter(int column)
{
    return isDuration(column) || column == StillOpenColumn;
}

StatsItemsFigure StatsTableModel::figureOf(int column)
{
    using F = StatsItemsFigure;
    switch (column) {
    case RankColumn:
    case NameColumn:
    case ItemsColumn:
        return F::Items;
    case RepliedColumn:
        return F::Replied;
    case WithoutReplyColumn:
        return F::WithoutReply;
    case StillOpenColumn:
        return F::StillOpen;
    case ReplyNeededColumn:
        return F::Handled;
    case FirstCountColumn:
    case FirstMeanColumn:
    case FirstMedianColumn:
    case FirstP90Column:
        return F::FirstResponse;
    case NextCountColumn:
    case NextMeanColumn:
    case NextMedianColumn:
    case NextP90Column:
        return F::NextResponse;
    case ResolutionCountColumn:
    case ResolutionMeanColumn:
    case ResolutionMedianColumn:
    case ResolutionP90Column:
        return F::Resolution;
    case SlaResponseColumn:
        return F::SlaResponse;
    case SlaResolutionColumn:
        return F::SlaResolution;
    case HandleMeanColumn:
    case HandleMedianColumn:
        return F::HandleTime;
    default:
        return F::None;
    }
}

} // namespace fd::ui
