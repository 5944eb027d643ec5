#pragma once

#include "store/StoreError.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace fd::core {

// Customer satisfaction for a period: surveys sent (delivered to the customer), ratings
// received, and how many were good (4 or 5, or a thumb up).
struct CsatFigures
{
    qint64 id = 0; // the account's or operator's id; 0 for the total or an operator without one
    QString name;  // the account's name or the operator's; empty for the total
    int sent = 0;
    int answered = 0;
    int positive = 0;
    int scoreSum = 0; // of the ratings, for their average

    // Good ratings among all ratings, in percent; nullopt without ratings.
    std::optional<double> csatPercent() const;
    // Ratings among surveys sent, in percent; nullopt when none was sent.
    std::optional<double> responseRate() const;
    std::optional<double> averageScore() const;
};

enum class CsatGrouping { None, Operator, Account };

struct CsatReport
{
    CsatFigures total;
    QList<CsatFigures> groups; // by operator (credited with the rating) or account, by name
};

// The figures of surveys sent in [from, to) (an invalid time leaves that end open), grouped as
// asked. Reads only: call it on any thread with that thread's own reading connection (see
// Connection::forThisThread), e.g. from a statistics panel's worker.
StoreResult<CsatReport> csatReport(const QSqlDatabase &db, const QDateTime &from,
                                   const QDateTime &to, CsatGrouping by);

} // namespace fd::core
