#pragma once

#include "ItemPageModel.h"
#include "rules/SlaClock.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QTimer>

#include <functional>

namespace fd::ui {

// The inbox feed: items matching a filter, newest first, read lazily from the local store in
// keyset-paged pages. Store changes are merged in place (refresh()), so selection and scroll
// position survive them.
class ItemFeedModel : public ItemPageModel
{
    Q_OBJECT

public:
    // Logical columns; the view shows them in its own order (InboxDock::resetHeader()). New
    // columns go at the end, so saved header states and code that names a column keep working.
    enum Column {
        TimeColumn,
        ChannelColumn,
        KindColumn,
        AuthorColumn,
        TextColumn,
        StatusColumn,
        TagsColumn,
        FollowersColumn,
        CityColumn,
        PostColumn,
        ParentColumn, // the comment a reply in a comment tree answers
        AssigneeColumn,
        SlaColumn, // the response target's clock: "12 min left", "5 min over", "met"
        ColumnCount
    };
    enum Role {
        ItemIdRole = Qt::UserRole + 1, // qint64
        ThreadIdRole,                  // qint64
        StatusRole,                    // int(core::ItemStatus)
        CreatedAtRole,                 // QDateTime, UTC
        ReadRole,                      // bool
        ReplyingRole,                  // QString: who is replying to its conversation elsewhere
        SlaStateRole,                  // int(core::SlaState) of the item's main SLA clock
    };

    // How far an item waiting for an answer is into the response target.
    enum class Urgency {
        None,    // not waiting for us: answered, closed, hidden, deleted or our own
        Calm,    // under half the target
        Warning, // half the target or more
        Late,    // past the target
    };

    static constexpr int pageSize = 200;
    static constexpr int defaultResponseTargetMinutes = 15;
    // refresh() re-reads at most this many of the loaded rows; older ones stay as they are.
    static constexpr int refreshWindow = 2000;

    explicit ItemFeedModel(QSqlDatabase reader, QObject *parent = nullptr);

    const core::ItemFilter &filter() const { return m_filter; }
    // Shows the items matching `filter`, starting again from the newest.
    void setFilter(const core::ItemFilter &filter);
    // Re-reads the newest rows under the current filter and merges them into the loaded ones.
    void refresh();

    // The row of a loaded item, or -1.
    int rowOfItem(qint64 itemId) const;
    // The clock the Time column measures against (tests fix it).
    void setClock(std::function<QDateTime()> clock);
    // How soon a customer should have an answer; the Time column of waiting items is coloured
    // by how much of it has passed.
    void setResponseTarget(int minutes);
    int responseTarget() const { return m_targetMinutes; }
    Urgency urgency(const core::ItemRow &row) const;
    // Tells the view that ages and their colours moved on (the age timer calls this).
    void updateAges();
    // Tells the view that SLA clocks moved on (the age timer calls this too).
    void updateSlaClocks();
    // Who is replying to which conversation at other stations (thread → name), said before the
    // text of those conversations' rows.
    void setReplying(const QHash<qint64, QString> &replying);
    QString replyingTo(qint64 threadId) const { return m_replying.value(threadId); }
    // The SLA clock of a loaded row, read with its neighbours in one batch the first time a
    // row is shown; no target for no row.
    core::SlaClock slaClock(int row) const;
    // The clock's targets, states and due moments, for a tooltip (none without a target).
    static QVariant slaToolTip(const core::SlaClock &clock);
    // Reads the SLA targets again (they were edited) and recomputes the clocks.
    void reloadSla();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const core::ItemRow &row, int column) const;
    QVariant toolTip(const core::ItemRow &row, int column) const;
    QVariant headerToolTip(int section) const;
    static QString followersText(qint64 count);
    static bool isTreeReply(const core::ItemRow &row);
    void merge(QList<core::ItemRow> fresh, bool complete);
    // Forgets what was read for SLA clocks (the items or the targets changed).
    void forgetSla(bool settingsToo);
    QVariant slaData(const core::ItemRow &row, int index, int role) const;

    std::function<QDateTime()> m_clock;
    QHash<qint64, QString> m_replying;
    int m_targetMinutes = defaultResponseTargetMinutes;
    QTimer m_ageTimer; // relative ages ("5 min") and response clocks move on their own

    // SLA clocks, only for rows that were shown: the facts change with the store, the clocks
    // with the time too.
    QSqlDatabase m_reader;
    mutable std::optional<core::SlaSettings> m_slaSettings;
    mutable QHash<qint64, core::SlaFacts> m_slaFacts;
    mutable QHash<qint64, core::SlaClock> m_slaClocks;
};

} // namespace fd::ui
