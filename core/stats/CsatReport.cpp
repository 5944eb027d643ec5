#include "CsatReport.h"

#include "store/Connection.h"

#include <QSqlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace fd::core {

std::optional<double> CsatFigures::csatPercent() const
{
    if (answered == 0)
        return std::nullopt;
    return 100.0 * positive / answered;
}

std::optional<double> CsatFigures::responseRate() const
{
    if (sent == 0)
        return std::nullopt;
    return 100.0 * answered / sent;
}

std::optional<double> CsatFigures::averageScore() const
{
    if (answered == 0)
        return std::nullopt;
    return double(scoreSum) / answered;
}

StoreResult<CsatReport> csatReport(const QSqlDatabase &db, const QDateTime &from,
                                   const QDateTime &to, CsatGrouping by)
{
    QString key = u"0, ''"_s;
    if (by == CsatGrouping::Operator)
        key = u"max(coalesce(s.operator_id, 0)), s.operator_name"_s;
    else if (by == CsatGrouping::Account)
        key = u"s.account_id, coalesce(a.name, '')"_s;
    const QString group = by == CsatGrouping::Operator  ? u" GROUP BY s.operator_name"_s
                          : by == CsatGrouping::Account ? u" GROUP BY s.account_id"_s
                                                        : QString();
    // A survey counts as sent once the platform took it; a rating proves it arrived even when
    // this store does not know how its sending ended (another station sent it).
    auto q = Connection::exec(
        db,
        u"SELECT "_s + key +
            u", count(*), count(s.rating), coalesce(sum(s.rating >= 4), 0), "
            u"coalesce(sum(s.rating), 0) FROM csat_surveys s LEFT JOIN outbox o ON o.id = "
            u"s.outbox_id LEFT JOIN accounts a ON a.id = s.account_id WHERE s.sent_at >= ? AND "
            u"s.sent_at < ? AND (s.rating IS NOT NULL OR o.state = 'sent')"_s +
            group,
        {from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min(),
         to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max()});
    if (!q.ok())
        return q.error();
    CsatReport report;
    while (q.value().next()) {
        CsatFigures f;
        f.id = q->value(0).toLongLong();
        f.name = q->value(1).toString();
        f.sent = q->value(2).toInt();
        f.answered = q->value(3).toInt();
        f.positive = q->value(4).toInt();
        f.scoreSum = q->value(5).toInt();
        report.total.sent += f.sent;
        report.total.answered += f.answered;
        report.total.positive += f.positive;
        report.total.scoreSum += f.scoreSum;
        if (by != CsatGrouping::None)
            report.groups.append(f);
    }
    std::sort(report.groups.begin(), report.groups.end(),
              [](const CsatFigures &a, const CsatFigures &b) {
                  return a.name.localeAwareCompare(b.name) < 0;
              });
    return report;
}

} // namespace fd::core
