#pragma once

#include "model/JournalEntry.h"
#include "stats/Csv.h"
#include "store/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace fd::core {

// Which journal rows to read. Every set field narrows the result; an empty query reads all.
struct JournalQuery
{
    qint64 fromMs = 0; // rows at or after this time (ms since the epoch); 0: from the start
    qint64 toMs = 0;   // rows before this time; 0: up to now
    // One person by their operator row, or anyone acting under a recorded name (a rule, an
    // operator of a standalone station, which has no operator rows). Both set: either matches.
    std::optional<qint64> operatorId;
    QString actor;
    // Action names ("item.deleted"), or prefixes ending in a dot ("item.", "rule."). Empty: all.
    QStringList actions;
    std::optional<qint64> itemId;
    std::optional<qint64> accountId;
    // Case-insensitive (in any script), in the before and after texts, the detail and the name
    // of whoever acted.
    QString search;
    // Only rows newer than this id (to add what came since a page was read); 0: no bound.
    qint64 afterId = 0;

    bool operator==(const JournalQuery &) const = default;
};

// One page, newest first. `nextBeforeId` continues the walk (0: there is no more).
struct JournalPage
{
    QList<JournalEntry> entries;
    qint64 nextBeforeId = 0;
};

// Someone who appears in the journal, for choosing whose actions to show.
struct JournalActor
{
    ActorKind kind = ActorKind::Operator;
    qint64 operatorId = 0;
    QString name;
};

// Groups of actions as people ask for them ("hides and deletions", "settings"), each a list
// of action names and prefixes for JournalQuery::actions.
struct JournalActionGroup
{
    QString id; // stable, for the command line: replies, status, tags, …
    QString title;
    QStringList actions;
};
QList<JournalActionGroup> journalActionGroups();

// Reads the append-only journal on a reading connection. Pages are walked by id (keyset), so
// the thousandth page costs what the first does.
class JournalReader
{
public:
    explicit JournalReader(const QSqlDatabase &db);

    StoreResult<JournalPage> page(const JournalQuery &query, int limit, qint64 beforeId = 0) const;
    // Every matching row, newest first, in pages of `pageSize`, until `sink` returns false or
    // `limit` rows were given (0: no limit).
    StoreError forEach(const JournalQuery &query,
                       const std::function<bool(const JournalEntry &)> &sink, qint64 limit = 0,
                       int pageSize = 2000) const;
    // Everyone who acted, by the name recorded: people first, then rules and the rest.
    StoreResult<QList<JournalActor>> actors() const;

private:
    QSqlDatabase m_db;
};

// Where journal pages come from: the local store (JournalReader) or a team's server.
using JournalPageSource =
    std::function<StoreResult<JournalPage>(const JournalQuery &query, int limit, qint64 beforeId)>;

// Every matching row of `source`, newest first, in pages, until `sink` returns false or
// `limit` rows were given (0: no limit).
StoreError forEachJournalEntry(const JournalPageSource &source, const JournalQuery &query,
                               const std::function<bool(const JournalEntry &)> &sink,
                               qint64 limit = 0, int pageSize = 2000);

// The journal as CSV: a header line, then one record per entry with the time in ISO 8601 UTC.
QStringList journalCsvHeader();
QStringList journalCsvRecord(const JournalEntry &entry);
// Writes the matching rows (newest first). Returns why it stopped short, or nothing; `written`
// gets the number of rows.
std::optional<QString> writeJournalCsv(const JournalReader &reader, const JournalQuery &query,
                                       QIODevice *out, CsvOptions options, qint64 limit = 0,
                                       qint64 *written = nullptr);
std::optional<QString> writeJournalCsv(const JournalPageSource &source, const JournalQuery &query,
                                       QIODevice *out, CsvOptions options, qint64 limit = 0,
                                       qint64 *written = nullptr);

} // namespace fd::core
