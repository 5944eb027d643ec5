#include "RuleApplier.h"

#include "DryRun.h"
#include "RuleJson.h"
#include "sync/OpQueue.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <QUuid>

#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

// Rows a block statement writes: the rules' rows of a batch of 1,000 items (a few thousand)
// go in with a few dozen statements.
constexpr int kBlock = 32;

// The rules' row writes: the head of the INSERT, and one row's VALUES.
const char16_t kJournalInsert[] = u"INSERT INTO journal (at, actor_kind, actor, station, action, "
                                  u"item_id, account_id, before, after, detail) VALUES ";
const char16_t kJournalValues[] = u"(?, 'rule', ?, ?, ?, ?, ?, ?, ?, ?)";
const char16_t kFiringInsert[] = u"INSERT OR IGNORE INTO rule_firings (rule_id, rule_name, "
                                 u"item_id, at, trigger, actions, notice) VALUES ";
const char16_t kFiringValues[] = u"(?, ?, ?, ?, ?, ?, ?)";
const char16_t kTagInsert[] = u"INSERT OR IGNORE INTO item_tags (item_id, tag_id) VALUES ";
const char16_t kTagValues[] = u"(?, ?)";
const char16_t kOutboxInsert[] = u"INSERT INTO outbox (item_id, action, body, operator, "
                                 u"idempotency_key, created_at, updated_at, origin) VALUES ";
const char16_t kOutboxValues[] = u"(?, ?, ?, ?, ?, ?, ?, 'rule')";

// An outbox row's idempotency key: a time-ordered UUID (version 7: the milliseconds since 1970,
// then random bits), so a batch's keys go in at the end of the outbox's index of keys instead of
// all over it. Its random bits come from the securely seeded generator every program shares
// rather than from the system's for each key (a call into the kernel each): a key must be
// unique, not secret.
QString newKey(qint64 nowMs)
{
    std::array<quint32, 4> words;
    QRandomGenerator::global()->fillRange(words.data(), words.size());
    std::array<char, 16> bytes;
    std::memcpy(bytes.data(), words.data(), bytes.size());
    for (int i = 0; i < 6; ++i)
        bytes[std::size_t(i)] = char(quint64(nowMs) >> (8 * (5 - i)));
    bytes[6] = char((bytes[6] & 0x0F) | 0x70); // version 7
    bytes[8] = char((bytes[8] & 0x3F) | 0x80); // the RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), bytes.size()))
        .toString(QUuid::WithoutBraces);
}

QString insertOf(const char16_t *head, const char16_t *values, int rows)
{
    QStringList all;
    for (int i = 0; i < rows; ++i)
        all.append(QString::fromUtf16(values));
    return QString::fromUtf16(head) + all.join(u", "_s);
}

} // namespace

struct RuleApplier::Statements
{
    SqliteStatement journal, tagInsert, tagSelect, tagItem, untagItem, outbox, firing, ruleKey,
        login, journalBlock, firingBlock, tagItemBlock, outboxBlock, count;
    // Per set of changed columns (status 1, priority 2, assignee 4): an UPDATE that names only
    // those, so only the indexes holding them are rewritten (most of the items table's
    // indexes hold the status; none holds the priority).
    std::array<SqliteStatement, 8> update;
};

RuleApplier::RuleApplier(const QSqlDatabase &db)
    : m_db(db)
    , m_st(std::make_unique<Statements>())
    , m_doing(QCoreApplication::translate("fd::core::Rules", "Writing what a rule did"))
{
    sqlite3 *h = SqliteStatement::handleOf(db);
    const std::pair<SqliteStatement *, QString> all[] = {
        {&m_st->journal, insertOf(kJournalInsert, kJournalValues, 1)},
        {&m_st->journalBlock, insertOf(kJournalInsert, kJournalValues, kBlock)},
        {&m_st->tagInsert, u"INSERT OR IGNORE INTO tags (name, created_at) VALUES (?, ?)"_s},
        {&m_st->tagSelect, u"SELECT id FROM tags WHERE name = ?"_s},
        {&m_st->tagItem, insertOf(kTagInsert, kTagValues, 1)},
        {&m_st->tagItemBlock, insertOf(kTagInsert, kTagValues, kBlock)},
        {&m_st->untagItem, u"DELETE FROM item_tags WHERE item_id = ? AND tag_id IN (SELECT id "
                           u"FROM tags WHERE name = ?)"_s},
        {&m_st->outbox, insertOf(kOutboxInsert, kOutboxValues, 1)},
        {&m_st->outboxBlock, insertOf(kOutboxInsert, kOutboxValues, kBlock)},
        {&m_st->firing, insertOf(kFiringInsert, kFiringValues, 1)},
        {&m_st->firingBlock, insertOf(kFiringInsert, kFiringValues, kBlock)},
        {&m_st->ruleKey, u"SELECT key FROM rules WHERE id = ?"_s},
        {&m_st->count,
         u"INSERT INTO rule_counts (rule_id, fired, last_at) VALUES (?, ?, ?) ON CONFLICT "
         u"(rule_id) DO UPDATE SET fired = fired + excluded.fired, "
         u"last_at = max(last_at, excluded.last_at)"_s},
        {&m_st->login, u"SELECT login FROM operators WHERE id = ?"_s},
    };
    for (const auto &[st, sql] : all) {
        if (StoreError err = st->prepare(h, sql); !err.ok()) {
            m_error = err;
            return;
        }
    }
    for (int mask = 1; mask < 8; ++mask) {
        QStringList set;
        if (mask & 1)
            set << u"status = ?1, read = CASE WHEN ?1 = 'closed' THEN 1 ELSE read END"_s;
        if (mask & 2)
            set << u"priority = ?2"_s;
        if (mask & 4)
            set << u"assignee_id = nullif(?3, 0)"_s;
        const QString sql = u"UPDATE items SET "_s + set.join(u", "_s) + u" WHERE id = ?4"_s;
        if (StoreError err = m_st->update[mask].prepare(h, sql); !err.ok()) {
            m_error = err;
            return;
        }
    }
}

RuleApplier::~RuleApplier() = default;

StoreError RuleApplier::run(SqliteStatement &st)
{
    StoreError err = st.exec(m_doing);
    st.reset();
    return err;
}

void RuleApplier::forget()
{
    m_tagIds.clear();
    m_journalRows.clear();
    m_firingRows.clear();
    m_tagRows.clear();
    m_outboxRows.clear();
    m_counts.clear();
}

template <typename RowT>
StoreError RuleApplier::write(std::vector<RowT> &rows, SqliteStatement &block, SqliteStatement &one)
{
    constexpr int columns = int(std::tuple_size_v<decltype(std::declval<RowT>().fields())>);
    const auto bindRow = [](SqliteStatement &st, int first, const RowT &row) {
        std::apply([&](const auto &...value) { (st.bind(first++, value), ...); }, row.fields());
    };
    std::size_t at = 0;
    StoreError err;
    for (; err.ok() && rows.size() - at >= std::size_t(kBlock); at += kBlock) {
        for (int r = 0; r < kBlock; ++r)
            bindRow(block, r * columns, rows[at + std::size_t(r)]);
        err = run(block);
    }
    for (; err.ok() && at < rows.size(); ++at) {
        bindRow(one, 0, rows[at]);
        err = run(one);
    }
    rows.clear();
    return err;
}

StoreError RuleApplier::flush()
{
    StoreError err = write(m_tagRows, m_st->tagItemBlock, m_st->tagItem);
    if (err.ok())
        err = write(m_journalRows, m_st->journalBlock, m_st->journal);
    if (err.ok())
        err = write(m_firingRows, m_st->firingBlock, m_st->firing);
    if (err.ok())
        err = write(m_outboxRows, m_st->outboxBlock, m_st->outbox);
    for (auto it = m_counts.cbegin(); err.ok() && it != m_counts.cend(); ++it) {
        m_st->count.bind(0, it.key());
        m_st->count.bind(1, it->fired);
        m_st->count.bind(2, it->lastAt);
        err = run(m_st->count);
    }
    m_counts.clear();
    if (!err.ok())
        forget();
    return err;
}

StoreError RuleApplier::journal(const Rule &rule, const ItemFacts &item, qint64 at,
                                const QString &station, const QString &action,
                                const QString &before, const QString &after, const QString &detail)
{
    m_journalRows.push_back(
        {at, rule.name, station, action, item.id, item.accountId, before, after, detail});
    return m_buffered ? StoreError{} : flush();
}

StoreError RuleApplier::tagItem(qint64 itemId, qint64 tagId)
{
    m_tagRows.push_back({itemId, tagId});
    return m_buffered ? StoreError{} : flush();
}

StoreError RuleApplier::outbox(OutboxRow row)
{
    m_outboxRows.push_back(std::move(row));
    return m_buffered ? StoreError{} : flush();
}

StoreError RuleApplier::firing(FiringRow row)
{
    m_firingRows.push_back(std::move(row));
    return m_buffered ? StoreError{} : flush();
}

StoreResult<qint64> RuleApplier::tagId(const QString &name, qint64 at)
{
    const QString key = name.toCaseFolded();
    if (const auto it = m_tagIds.constFind(key); it != m_tagIds.constEnd())
        return *it;
    SqliteStatement &ins = m_st->tagInsert;
    ins.bind(0, name);
    ins.bind(1, at);
    if (StoreError err = run(ins); !err.ok())
        return err;
    SqliteStatement &sel = m_st->tagSelect;
    sel.bind(0, name);
    if (StoreError err = sel.exec(m_doing); !err.ok())
        return err;
    if (!sel.hasRow()) {
        sel.reset();
        return StoreError::notFound(name);
    }
    const qint64 id = sel.int64(0);
    sel.reset();
    m_tagIds.insert(key, id);
    return id;
}

StoreResult<QString> RuleApplier::textById(SqliteStatement &st, qint64 id)
{
    st.bind(0, id);
    if (StoreError err = st.exec(m_doing); !err.ok()) {
        st.reset();
        return err;
    }
    const QString text = st.hasRow() ? st.text(0) : QString();
    st.reset();
    return text;
}

StoreError RuleApplier::queueTeamOps(const QList<Rule> &rules, const ItemFacts &item,
                                     const ItemPlan &plan, const QString &trigger,
                                     const QHash<int, QJsonArray> &effects)
{
    for (int index : plan.fired) {
        auto key = textById(m_st->ruleKey, rules.at(index).id);
        if (!key.ok())
            return key.error();
        auto queued = opQueue::enqueue(m_db, u"rule_fired"_s,
                                       {{u"item"_s, item.id},
                                        {u"rule"_s, *key},
                                        {u"trigger"_s, trigger},
                                        {u"event"_s, item.event},
                                        {u"effects"_s, effects.value(index)}});
        if (!queued.ok())
            return queued.error();
    }
    return {};
}

StoreError RuleApplier::apply(const QList<Rule> &rules, const ItemFacts &item, const ItemPlan &plan,
                              RuleTrigger trigger, qint64 nowMs, const QString &station, Row row)
{
    if (!m_error.ok())
        return m_error;
    QSet<int> journaled;            // rule indexes that wrote a journal row
    QHash<int, QStringList> notes;  // rule index -> notices
    int changed = 0;                // the item's status 1, priority 2, assignee 4
    QHash<int, QJsonArray> effects; // rule index -> what it did, as the team's server takes it
    // Made only in a team: alone they are not needed, and cost more than a row written.
    auto effect = [&](int rule, const auto &make) {
        if (m_team)
            effects[rule].append(make());
    };
    for (const PlannedAction &p : plan.actions) {
        const Rule &rule = rules.at(p.rule);
        const RuleAction &a = p.action;
        StoreError err;
        QString action, before = p.before, after, detail;
        switch (a.type) {
        case RuleAction::Type::Tag: {
            auto tag = tagId(a.text, nowMs);
            if (!tag.ok())
                return tag.error();
            err = tagItem(item.id, *tag);
            action = u"item.tagged"_s;
            after = a.text;
            effect(p.rule, [&] {
                return QJsonValue(QJsonObject{{u"do"_s, u"tag"_s}, {u"tag"_s, a.text}});
            });
            break;
        }
        case RuleAction::Type::Untag:
            // Tags kept for later must be in before one is taken off.
            err = write(m_tagRows, m_st->tagItemBlock, m_st->tagItem);
            if (!err.ok())
                return err;
            m_st->untagItem.bind(0, item.id);
            m_st->untagItem.bind(1, a.text);
            err = run(m_st->untagItem);
            action = u"item.untagged"_s;
            before = a.text;
            effect(p.rule, [&] {
                return QJsonValue(QJsonObject{{u"do"_s, u"untag"_s}, {u"tag"_s, a.text}});
            });
            break;
        case RuleAction::Type::Close:
            changed |= 1;
            action = u"item.closed"_s;
            after = u"closed"_s;
            effect(p.rule, [&] { return QJsonValue(QJsonObject{{u"do"_s, u"close"_s}}); });
            break;
        case RuleAction::Type::Priority:
            changed |= 2;
            action = u"item.priority"_s;
            after = a.text;
            effect(p.rule, [&] {
                return QJsonValue(
                    QJsonObject{{u"do"_s, u"priority"_s},
                                {u"value"_s, ruleJson::priorityFromWord(a.text).value_or(0)}});
            });
            break;
        case RuleAction::Type::Assign:
            changed |= 4;
            action = u"item.assigned"_s;
            after = QString::number(p.operatorId);
            detail = p.operatorLogin;
            if (m_team) {
                // Compare-and-set on the server: the assignee the rule saw.
                auto expected = textById(m_st->login, p.before.toLongLong());
                if (!expected.ok())
                    return expected.error();
                effect(p.rule, [&] {
                    return QJsonValue(QJsonObject{{u"do"_s, u"assign"_s},
                                                  {u"to"_s, p.operatorLogin},
                                                  {u"expected"_s, *expected}});
                });
            }
            break;
        case RuleAction::Type::Hide:
        case RuleAction::Type::Delete:
        case RuleAction::Type::Reply: {
            const QString word = a.type == RuleAction::Type::Hide     ? u"hide"_s
                                 : a.type == RuleAction::Type::Delete ? u"delete"_s
                                                                      : u"reply"_s;
            const QString key = newKey(nowMs);
            effect(p.rule, [&] {
                return QJsonValue(
                    QJsonObject{{u"do"_s, word}, {u"key"_s, key}, {u"body"_s, p.body}});
            });
            err = outbox({item.id, word, p.body, rule.name, key, nowMs});
            // What goes to the platform is journaled with the customer's text, as it was.
            action = u"outbox."_s + word;
            before = item.text;
            after = p.body;
            detail = describeAction(a);
            break;
        }
        case RuleAction::Type::Notify:
            notes[p.rule].append(p.body);
            break;
        case RuleAction::Type::Stop:
            break;
        }
        if (err.ok() && !action.isEmpty()) {
            err = journal(rule, item, nowMs, station, action, before, after, detail);
            journaled.insert(p.rule);
        }
        if (!err.ok())
            return err;
    }
    if (changed && row == Row::Update) {
        // `item` holds what the rules planned: the state after the last of them.
        SqliteStatement &q = m_st->update[changed];
        if (changed & 1)
            q.bind(0, item.status);
        if (changed & 2)
            q.bind(1, qint64(item.priority));
        if (changed & 4)
            q.bind(2, item.assigneeId);
        q.bind(3, item.id);
        if (StoreError err = run(q); !err.ok())
            return err;
    }
    const QString triggerWord = trigger == RuleTrigger::Timer ? u"timer"_s : u"ingest"_s;
    for (int index : plan.fired) {
        const Rule &rule = rules.at(index);
        Count &count = m_counts[rule.id];
        ++count.fired;
        count.lastAt = qMax(count.lastAt, nowMs);
        // A firing is counted; it is also kept one by one when it must be read so: a timer
        // rule's (it acts on an item once), one with a notice (the tray tells it), and one that
        // left nothing in the journal (a rule that only stops the others).
        const QString notice = notes.value(index).join(u"\n"_s);
        if (trigger != RuleTrigger::Timer && notice.isEmpty() && journaled.contains(index))
            continue;
        QStringList done;
        for (const PlannedAction &p : plan.actions) {
            if (p.rule == index)
                done.append(describeAction(p.action));
        }
        const QString actions = done.join(u", "_s);
        if (StoreError err =
                firing({rule.id, rule.name, item.id, nowMs, triggerWord,
                        actions.isEmpty() ? QCoreApplication::translate("fd::core::Rules", "stop")
                                          : actions,
                        notice});
            !err.ok())
            return err;
    }
    return m_team ? queueTeamOps(rules, item, plan, triggerWord, effects) : StoreError{};
}

} // namespace fd::core
