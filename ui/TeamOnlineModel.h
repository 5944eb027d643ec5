#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QSqlDatabase>

namespace fd::core {
class ClaimKeeper;
class TeamPresence;
} // namespace fd::core

namespace fd::ui {

// Who in the team is online, at which station, and what they are doing there: replying to a
// conversation (its claim), looking at one, or nothing in particular. Conversations are named
// from the local store.
class TeamOnlineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhoColumn, StationColumn, DoingColumn, ColumnCount };

    explicit TeamOnlineModel(QSqlDatabase reader, QObject *parent = nullptr);

    // What to show (nullptr: nothing); `claims` is this station's own claim.
    void setTeam(core::TeamPresence *presence, core::ClaimKeeper *claims);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString who;
        QString station;
        QString doing;
        bool replying = false;
    };

    QSqlDatabase m_reader;
    QPointer<core::TeamPresence> m_presence;
    QPointer<core::ClaimKeeper> m_claims;
    QList<QMetaObject::Connection> m_connections;
    QList<Row> m_rows;
};

} // namespace fd::ui
