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
#include <tuple>
#include <vector>

namespace fd::core {

// Writes what the rules planned for an item, inside the caller's transaction: tags, status,
// priority and assignee on the item; hides, deletions and replies into the outbox (sent after
// the commit, like an operator's); a journal row for each change, naming the rule, with the
// item's text for what goes to the platform; each rule that acted counted (rule_counts), and
// its firing kept in rule_firings when it must be read one by one.
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
    // The journal, tag and firing rows of the items applied so far are kept and written a
    // block per statement by flush() (a statement per row cost more than the rows), unless
    // `buffered` is off: then each goes in at once, and an error names the item it came from.
    void setBuffered(bool buffered) { m_buffered = buffered; }
    StoreError flush();
    // What was written was rolled back: tag ids read since may name nothing, and the rows kept
    // for flush() belong to what is gone.
    void forget();
    // In a team, what each rule did to an item also goes to the server, as one op per rule
    // that acted (queued in the same transaction): the server applies it once per rule, item
    // and event, whichever gateway sends it first.
    void setTeam(bool team) { m_team = team; }

private:
    struct Statements;
    // A row's fields(): its values in the order of its INSERT's placeholders.
    struct JournalRow
    {
        qint64 at = 0;
        QString actor, station, action;
        qint64 itemId = 0, accountId = 0;
        QString before, after, detail;
        auto fields() const
        {
            return std::tie(at, actor, station, action, itemId, accountId, before, after, detail);
        }
    };
    struct FiringRow
    {
        qint64 ruleId = 0;
        QString ruleName;
        qint64 itemId = 0, at = 0;
        QString trigger, actions, notice;
        auto fields() const
        {
            return std::tie(ruleId, ruleName, itemId, at, trigger, actions, notice);
        }
    };
    struct TagRow
    {
        qint64 itemId = 0, tagId = 0;
        auto fields() const { return std::tie(itemId, tagId); }
    };
    struct OutboxRow
    {
        qint64 itemId = 0;
        QString action, body, byRule, key;
        qint64 at = 0; // created and updated
        auto fields() const { return std::tie(itemId, action, body, byRule, key, at, at); }
    };
    // Writes rows with `block` (kBlock rows a statement) and the rest with `one`.
    template <typename RowT>
    StoreError write(std::vector<RowT> &rows, SqliteStatement &block, SqliteStatement &one);
    StoreError tagItem(qint64 itemId, qint64 tagId);
    StoreError firing(FiringRow row);
    StoreError outbox(OutboxRow row);
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
    bool m_buffered = true;
    QString m_doing; // what the statements are doing, for their errors
    std::vector<JournalRow> m_journalRows;
    std::vector<FiringRow> m_firingRows;
    std::vector<TagRow> m_tagRows;
    std::vector<OutboxRow> m_outboxRows;
    struct Count
    {
        qint64 fired = 0;
        qint64 lastAt = 0;
    };
    QHash<qint64, Count> m_counts; // rule id -> firings since the last flush()
};

} // namespace fd::core
