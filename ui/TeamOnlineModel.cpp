#include "TeamOnlineModel.h"

#include "Format.h"
#include "Theme.h"
#include "sync/ClaimKeeper.h"
#include "sync/TeamPresence.h"
#include "sync/TeamQueries.h"

#include <QGuiApplication>
#include <QPalette>

namespace fd::ui {

TeamOnlineModel::TeamOnlineModel(QSqlDatabase reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(std::move(reader))
{}

void TeamOnlineModel::setTeam(core::TeamPresence *presence, core::ClaimKeeper *claims)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_presence = presence;
    m_claims = claims;
    if (presence)
        m_connections << connect(presence, &core::TeamPresence::changed, this,
                                 &TeamOnlineModel::reload);
    if (claims)
        m_connections << connect(claims, &core::ClaimKeeper::stateChanged, this,
                                 &TeamOnlineModel::reload);
    reload();
}

void TeamOnlineModel::reload()
{
    QList<Row> rows;
    if (m_presence) {
        const auto name = [this](qint64 thread) {
            const auto found = core::teamQueries::conversationName(m_reader, thread);
            return found.ok() ? format::preview(*found, 120) : QString();
        };
        for (const core::OnlineStation &s : m_presence->online()) {
            Row row;
            const bool me = s.station == m_presence->station();
            const QString person = s.name.isEmpty() ? s.login : s.name;
            row.who = me ? tr("%1 (you)").arg(person) : person;
            row.station = s.stationName;
            qint64 replyingTo = 0;
            if (me) {
                if (m_claims && m_claims->state() == core::ClaimKeeper::State::Held)
                    replyingTo = m_claims->thread();
            } else {
                for (const auto &c : m_presence->claims()) {
                    if (c.station == s.station && !c.until.hasExpired())
                        replyingTo = c.threadId;
                }
            }
            if (replyingTo != 0) {
                row.doing = tr("Replying to %1").arg(name(replyingTo));
                row.replying = true;
            } else if (s.viewing != 0) {
                row.doing = tr("Looking at %1").arg(name(s.viewing));
            }
            rows.append(row);
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TeamOnlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TeamOnlineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamOnlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WhoColumn:
            return row.who;
        case StationColumn:
            return row.station;
        case DoingColumn:
            return row.doing;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == DoingColumn && row.replying)
            return Theme::color(Theme::Role::Busy, QGuiApplication::palette());
        return {};
    default:
        return {};
    }
}

QVariant TeamOnlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhoColumn:
        return tr("Who");
    case StationColumn:
        return tr("Station");
    case DoingColumn:
        return tr("Doing");
    default:
        return {};
    }
}

} // namespace fd::ui
