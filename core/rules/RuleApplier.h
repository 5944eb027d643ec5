#pragma once

#include "ItemFacts.h"
#include "RuleEngine.h"
#include "model/Rule.h"
#include "store/SqliteStatement.h"
#include "store/StoreError.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace fd::core {

// Writes what the rules planned for an item, inside the caller's transaction: tags, status,
// priority and assignee on the item; hides, deletions and replies into the outbox (sent after
// the commit, like an operator's); a journal row for each change, naming the rule, with the
// item's text for what goes to the platform; and a firing row for each rule that acted.
// Its statements are prepared once per connection: it runs for every item rules act on.
class RuleApplier
{
public:
    explicit RuleApplier(const QSqlDatabase &db);
    ~RuleApplier();
    RuleApplier(const RuleApplier &) = delete;
    RuleApplier &operator=(const RuleApplier &) = delete;

    StoreError error() const { return m_error; }
    // Whether the item's row still needs the status, priority and assignee the rules planned
    // (Update), or was written with them (Written: a new item decided before it was stored).
    enum class Row { Update, Written };
    StoreError apply(const QList<Rule> &rules, const ItemFacts &item, const ItemPlan &plan,
                     RuleTrigger trigger, qint64 nowMs, const QString &station, Row row);
    // What was written was rolled back: tag ids read since may name nothing.
    void forget() { m_tagIds.clear(); }
    // In a team, what each rule did to an item also goes to the server, as one op per rule
    // that acted (queued in the same transaction): the server applies it once per rule, item
    // and event, whichever gateway sends it first.
    void setTeam(bool team) { m_team = team; }

private:
    struct Statements;
    // Runs a bound statement to its end and lets go of its bindings.
    StoreError run(SqliteStatement &st);
    StoreError journal(const Rule &rule, const ItemFacts &item, qint64 at, const QString &station,
                       const QString &action, const QString &before, const QString &after,
                       const QString &detail);
    StoreResult<qint64> tagId(const QString &name, qint64 at);
    // Reads one text by id with a prepared statement ('' when there is no such row).
    StoreResult<QString> textById(SqliteStatement &st, qint64 id);
    StoreError queueTeamOps(const QList<Rule> &rules, const ItemFacts &item, const ItemPlan &plan,
                            const QString &trigger, const QHash<int, QJsonArray> &effects);

    QSqlDatabase m_db;
    std::unique_ptr<Statements> m_st;
    StoreError m_error;
    QHash<QString, qint64> m_tagIds; // case-folded name -> id
    bool m_team = false;
};

} // namespace fd::core
