#include "Claims.h"

#include "ServerConnection.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace fd::core::claims {

namespace {

QString stationText(const QUuid &station)
{
    return station.toString(QUuid::WithoutBraces);
}

// A bound value that is SQL NULL when there is nothing (0).
QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

ClaimAnswer claim(ServerConnection &server, qint64 thread, const QUuid &station, int seconds)
{
    ClaimAnswer answer;
    auto q = server.exec(
        u"SELECT fd.claim(?, ?::uuid, ?)::text"_s, {thread, stationText(station), seconds},
        QCoreApplication::translate("fd::core::Claims", "Claiming the conversation"));
    if (!q.ok()) {
        answer.error = q.error();
        return answer;
    }
    if (!q.value().next()) {
        answer.error = ServerError::invalid(QCoreApplication::translate(
            "fd::core::Claims", "The server did not answer the claim."));
        return answer;
    }
    const QJsonObject o = QJsonDocument::fromJson(q.value().value(0).toString().toUtf8()).object();
    answer.won = o.value(u"won").toBool();
    answer.fence = o.value(u"fence").toInteger();
    answer.holder = o.value(u"holder").toString();
    answer.holderName = o.value(u"holder_name").toString();
    if (answer.holderName.isEmpty())
        answer.holderName = answer.holder;
    answer.remainingMs = o.value(u"remaining_ms").toInteger();
    return answer;
}

ServerResult<bool> release(ServerConnection &server, qint64 thread, const QUuid &station,
                           qint64 fence)
{
    auto q = server.exec(
        u"SELECT fd.release_claim(?, ?::uuid, ?)"_s, {thread, stationText(station), fence},
        QCoreApplication::translate("fd::core::Claims", "Letting go of the conversation"));
    if (!q.ok())
        return q.error();
    return q.value().next() && q.value().value(0).toBool();
}

ServerResult<QList<LiveClaim>> live(ServerConnection &server)
{
    auto q = server.exec(
        u"SELECT thread_id, operator, display_name, station::text, remaining_ms "
        u"FROM fd.live_claims()"_s,
        {}, QCoreApplication::translate("fd::core::Claims", "Reading who is replying where"));
    if (!q.ok())
        return q.error();
    QList<LiveClaim> all;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        all.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                    QUuid(r.value(3).toString()), r.value(4).toLongLong()});
    }
    return all;
}

ServerError heartbeat(ServerConnection &server, const QUuid &station, qint64 viewing)
{
    auto q = server.exec(
        u"SELECT fd.heartbeat(?::uuid, ?)"_s, {stationText(station), idOrNull(viewing)},
        QCoreApplication::translate("fd::core::Claims", "Telling the team this station is here"));
    return q.ok() ? ServerError{} : q.error();
}

ServerResult<QList<OnlineStation>> online(ServerConnection &server)
{
    auto q =
        server.exec(u"SELECT operator, display_name, station::text, station_name, viewing, idle_ms "
                    u"FROM fd.online() ORDER BY display_name, station_name"_s,
                    {}, QCoreApplication::translate("fd::core::Claims", "Reading who is online"));
    if (!q.ok())
        return q.error();
    QList<OnlineStation> all;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        all.append({r.value(0).toString(), r.value(1).toString(), QUuid(r.value(2).toString()),
                    r.value(3).toString(), r.value(4).isNull() ? 0 : r.value(4).toLongLong(),
                    r.value(5).toLongLong()});
    }
    return all;
}

} // namespace fd::core::claims
