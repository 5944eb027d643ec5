#pragma once

#include "SlaClock.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace fd::core {

// Reads what SLA clocks need for many items at once: a few statements per call whatever the
// number of items (ids are bound in chunks), each item's conversation reached through the
// thread indexes, never a scan of the items table.
class SlaQueries
{
public:
    // Ids bound per statement.
    static constexpr int chunkSize = 400;

    explicit SlaQueries(QSqlDatabase db);

    StoreResult<SlaSettings> settings() const;
    // The facts of the items among `itemIds` that exist, by id.
    StoreResult<QHash<qint64, SlaFacts>> facts(const QList<qint64> &itemIds) const;
    // The clocks of those items at `now`, in the order of `itemIds` (missing ones left out).
    StoreResult<QList<SlaClock>> clocks(const QList<qint64> &itemIds, const SlaSettings &settings,
                                        const QDateTime &now) const;
    // For reading facts inside a statement of one's own (many items in one pass): SELECT
    // factColumns() FROM factSources() (items i, accounts a, authors au) and read each row
    // with factsAt(); its other columns start at factColumnCount.
    static QString factColumns();
    static QString factSources();
    static constexpr int factColumnCount = 12;
    static SlaFacts factsAt(const QSqlQuery &row);

    // Open (new, open, waiting) customer items written at or after `since`, newest first.
    StoreResult<QList<qint64>> openIncoming(const QDateTime &since, int limit) const;

private:
    QSqlDatabase m_db;
};

} // namespace fd::core
