#pragma once

#include "stats/CsatReport.h"
#include "stats/StatsReport.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace fd::ui {

// Which customer items stand behind a figure of the statistics: those StatsReport::itemsBehind
// gives, and a few the engine has no word for (the handled ones, the ones an SLA clock decided,
// those with measured handle time).
enum class StatsItemsFigure {
    None, // the figure is not about customer items (replies, actions, satisfaction)
    Items,
    Replied,
    WithoutReply,
    StillOpen,
    Handled,
    FirstResponse,
    NextResponse,
    Resolution,
    SlaResponse,
    SlaResolution,
    HandleTime,
};

// The ids of the customer items of `group` (-1: all) behind `figure`, in time order.
QList<qint64> statsItemsBehind(const core::StatsReport &report, int group, StatsItemsFigure figure);

// One table of the statistics: a row per group (an operator, an account, a kind) and the total
// row last, a column per figure. Durations show in calendar or business time. Ranked by a
// column, the rows go best first (shortest times, highest shares and counts) with their rank in
// the first column; rows without a value for that figure go last, unranked. Each header's
// tooltip says what its figure means (kpiDefinitions()).
class StatsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RankColumn,
        NameColumn,
        ItemsColumn,
        RepliedColumn,
        WithoutReplyColumn,
        StillOpenColumn,
        ReplyNeededColumn,
        FirstCountColumn,
        FirstMeanColumn,
        FirstMedianColumn,
        FirstP90Column,
        NextCountColumn,
        NextMeanColumn,
        NextMedianColumn,
        NextP90Column,
        ResolutionCountColumn,
        ResolutionMeanColumn,
        ResolutionMedianColumn,
        ResolutionP90Column,
        SlaResponseColumn,
        SlaResolutionColumn,
        HandleMeanColumn,
        HandleMedianColumn,
        RepliesColumn,
        RuleRepliesColumn,
        ActionsColumn,
        CsatColumn,
        CsatResponseColumn,
        ColumnCount
    };
    // The figure as a number (durations in seconds, shares in percent); invalid when none.
    static constexpr int ValueRole = Qt::UserRole + 1;
    // The group's index in the report; -1 for the total row.
    static constexpr int GroupRole = Qt::UserRole + 2;
    static constexpr int KeyRole = Qt::UserRole + 3;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setReport(const core::StatsReport &report);
    // Satisfaction by group key (operator name or account id); the total's for the total row.
    void setCsat(const QHash<QString, core::CsatFigures> &byKey,
                 const std::optional<core::CsatFigures> &total);
    void setBusinessTime(bool business);
    bool businessTime() const { return m_business; }
    // Ranks the rows by `column`; -1 keeps the report's order (by name) without ranks.
    void setRanking(int column);
    int ranking() const { return m_ranking; }
    // Shows only the group of `key` (a personal view) without the total; empty: every group.
    void setOnlyKey(const QString &key);
    QString onlyKey() const { return m_only; }

    // Columns a ranking can use, and whether a lower value is better there.
    static QList<int> rankableColumns();
    static bool lowerIsBetter(int column);
    // The header's text (on two lines), and on one line (for menus).
    static QString headerTitle(int column);
    static QString columnTitle(int column);
    static StatsItemsFigure figureOf(int column);
    // What the satisfaction columns mean (no KPI of the engine says it).
    static QString csatDefinition();
    static QString surveyResponseDefinition();
    // The first column's title: who or what a row is ("Operator", "Channel", "Kind").
    void setNameTitle(const QString &title);

    // The group index (-1: total) of a row, and the row of a group key (-1: not shown).
    int groupOfRow(int row) const;
    int rowOfKey(const QString &key) const;
    std::optional<double> value(int row, int column) const;

private:
    const core::StatsGroup *groupAt(int row) const;
    const core::Distribution &distribution(const core::StatsGroup &g, int column) const;
    std::optional<core::CsatFigures> csatOf(int row) const;
    void arrange();

    QList<core::StatsGroup> m_groups;
    core::StatsGroup m_total;
    QHash<QString, core::CsatFigures> m_csat;
    std::optional<core::CsatFigures> m_csatTotal;
    QList<int> m_rows;  // group indexes in the order shown; -1 is the total
    QList<int> m_ranks; // per shown row: its rank, 0 when unranked
    bool m_business = false;
    int m_ranking = -1;
    QString m_only;
    QString m_nameTitle;
};

} // namespace fd::ui
