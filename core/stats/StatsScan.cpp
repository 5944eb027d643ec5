#include "StatsScan.h"

#include "store/SqliteStatement.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd::core::stats {
namespace {

QString reading()
{
    return QCoreApplication::translate("fd::core::Stats", "Reading the statistics");
}

bool isResolved(ItemStatus s)
{
    return s == ItemStatus::Closed || s == ItemStatus::Hidden || s == ItemStatus::Deleted;
}

// Operator names, each once, by index.
class Names
{
public:
    explicit Names(QStringList &names)
        : m_names(names)
    {}
    // The same from UTF-8 straight from a statement: the journal repeats a few names a million
    // times, so the name of the row before is checked first and no string is made for it.
    int of(QByteArrayView utf8)
    {
        if (m_lastIndex >= -1 && utf8 == QByteArrayView(m_last))
            return m_lastIndex;
        m_last = utf8.toByteArray();
        m_lastIndex = of(QString::fromUtf8(utf8));
        return m_lastIndex;
    }
    int of(const QString &name)
    {
        if (name.isEmpty())
            return -1;
        const auto it = m_index.constFind(name);
        if (it != m_index.constEnd())
            return *it;
        m_names.append(name);
        m_index.insert(name, int(m_names.size() - 1));
        return int(m_names.size() - 1);
    }

private:
    QStringList &m_names;
    QHash<QString, int> m_index;
    QByteArray m_last;
    int m_lastIndex = -2; // none yet
};

// What the journal says about one item: its last resolving action and how often it reopened.
struct ItemFacts
{
    qint64 itemId = 0;
    qint64 lastResolved = -1;
    int resolver = -1;
    int reopens = 0;
};

struct Sender
{
    int name = -1;
    bool byRule = false;
};

// One conversation's state as the walk goes through it.
struct ThreadState
{
    qint64 pendingUntil = -1; // the waiting items are resolved by then (kNever: not all)
    qint64 episodeUntil = -1; // the current unresolved stretch ends then (-1: none yet)
    qint64 episodeSince = 0;
    int head = -1; // recorded waiting items, linked through ItemRecord::nextPending
    int tail = -1;
    int episodeStart = -1; // the record starting the stretch, if recorded
    bool pending = false;
    bool operatorReplied = false;
};

StoreError prepare(SqliteStatement &st, sqlite3 *h, const QString &sql)
{
    return st.prepare(h, sql);
}

// Runs `st` and calls `row` for each row it gives; stops early (with an error) once `cancelled`
// says the result is no longer wanted, asked every few thousand rows.
template <typename F>
StoreError eachRow(SqliteStatement &st, F &&row, const std::function<bool()> &cancelled = {})
{
    StoreError e = st.exec(reading());
    for (int n = 1; e.ok() && st.hasRow(); ++n) {
        row();
        if (cancelled && n % 8192 == 0 && cancelled()) {
            e = StoreError::invalid(QCoreApplication::translate(
                "fd::core::Stats", "The statistics were no longer wanted."));
            break;
        }
        e = st.next(reading());
    }
    st.reset();
    return e;
}

StoreError readNames(sqlite3 *h, ScanResult &out, Names &names)
{
    SqliteStatement st;
    if (StoreError e = prepare(st, h, u"SELECT id, name FROM accounts"_s); !e.ok())
        return e;
    if (StoreError e = eachRow(st, [&] { out.accountNames.insert(st.int64(0), st.text(1)); });
        !e.ok())
        return e;
    if (StoreError e = prepare(st, h, u"SELECT id, display_name FROM operators"_s); !e.ok())
        return e;
    if (StoreError e =
            eachRow(st, [&] { out.assigneeNames.insert(st.int64(0), names.of(st.text(1))); });
        !e.ok())
        return e;
    return {};
}

// Our reply items by id: who sent them, and whether a rule did, in id order. A reply sent
// outside Frontdesk (an admin on the platform's site) has no row and counts as an operator's.
StoreResult<std::vector<std::pair<qint64, Sender>>> readSenders(sqlite3 *h, Names &names)
{
    SqliteStatement st;
    if (StoreError e = prepare(st, h,
                               u"SELECT item_id, origin = 'rule', operator FROM reply_senders "
                               u"ORDER BY item_id"_s);
        !e.ok())
        return e;
    std::vector<std::pair<qint64, Sender>> out;
    if (StoreError e = eachRow(
            st,
            [&] {
                const bool byRule = st.int64(1) != 0;
                out.push_back({st.int64(0), Sender{byRule ? -1 : names.of(st.text(2)), byRule}});
            });
        !e.ok())
        return e;
    return out;
}

// The journal in one pass: each item's resolving and reopening actions (sorted by item), and
// operators' actions in the period.
StoreResult<std::vector<ItemFacts>> readJournal(sqlite3 *h, qint64 fromMs, qint64 toMs,
                                                const std::function<bool()> &cancelled,
                                                Names &names, std::vector<ActionRecord> &actions)
{
    SqliteStatement st;
    if (StoreError e = prepare(
            st, h,
            u"SELECT coalesce(item_id, 0), at, CASE WHEN action IN ('item.closed', "
            u"'item.closed_without_reply', 'item.hidden', 'item.deleted') OR (action = "
            u"'item.replied' AND after = 'closed') THEN 1 WHEN action IN ('item.reopened', "
            u"'item.unhidden', 'item.restored') THEN 2 ELSE 0 END, actor_kind = 'operator', "
            u"actor, coalesce(account_id, 0), at >= ?1 AND at < ?2 FROM journal WHERE "
            u"(item_id IS NOT NULL AND action IN ('item.closed', 'item.closed_without_reply', "
            u"'item.hidden', 'item.deleted', 'item.replied', 'item.reopened', 'item.unhidden', "
            u"'item.restored')) OR (actor_kind = 'operator' AND at >= ?1 AND at < ?2)"_s);
        !e.ok())
        return e;
    st.bind(0, fromMs);
    st.bind(1, toMs);
    struct Row
    {
        qint64 itemId;
        qint64 at;
        int code;
        int actor;
    };
    std::vector<Row> rows;
    if (StoreError e = eachRow(
            st,
            [&] {
                const qint64 itemId = st.int64(0);
                const int code = int(st.int64(2));
                const bool byOperator = st.int64(3) != 0;
                const int actor = byOperator ? names.of(st.utf8(4)) : -1;
                if (byOperator && st.int64(6) != 0)
                    actions.push_back({itemId, st.int64(1), st.int64(5), actor, -1});
                if (code != 0 && itemId != 0)
                    rows.push_back({itemId, st.int64(1), code, actor});
            },
            cancelled);
        !e.ok())
        return e;
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.itemId != b.itemId ? a.itemId < b.itemId : a.at < b.at;
    });
    std::vector<ItemFacts> facts;
    for (const Row &r : rows) {
        if (facts.empty() || facts.back().itemId != r.itemId)
            facts.push_back({r.itemId, -1, -1, 0});
        ItemFacts &f = facts.back();
        if (r.code == 1) {
            f.lastResolved = r.at;
            f.resolver = r.actor;
        } else {
            ++f.reopens;
        }
    }
    return facts;
}

StoreError readHandles(sqlite3 *h, qint64 fromMs, qint64 toMs, Names &names, ScanResult &out)
{
    SqliteStatement st;
    if (StoreError e = prepare(st, h,
                               u"SELECT thread_id, coalesce(item_id, 0), operator, started_at, "
                               u"ms FROM handle_time WHERE started_at >= ? AND started_at < ?"_s);
        !e.ok())
        return e;
    st.bind(0, fromMs);
    st.bind(1, toMs);
    if (StoreError e = eachRow(st,
                               [&] {
                                   out.handles.push_back({st.int64(0), st.int64(1), st.int64(3),
                                                          st.int64(4), names.of(st.utf8(2))});
                                   out.threads.emplace(st.int64(0), ThreadInfo{});
                               });
        !e.ok())
        return e;
    return {};
}

constexpr qint64 kDenseThreads = 4000000;

// The walk itself.
class Walk
{
public:
    Walk(ScanResult &out, qint64 fromMs, qint64 toMs, const std::vector<ItemFacts> &facts,
         const std::vector<std::pair<qint64, Sender>> &senders, qint64 maxThread, bool actionKinds)
        : m_out(out)
        , m_from(fromMs)
        , m_to(toMs)
        , m_facts(facts)
        , m_senders(senders)
        , m_action(actionKinds ? 0 : out.actions.size())
    {
        // Conversation ids count up from 1: a plain array is the fastest map while it is small.
        if (maxThread > 0 && maxThread <= kDenseThreads)
            m_dense.resize(std::size_t(maxThread) + 1);
    }

    void item(qint64 id, qint64 threadId, bool outgoing, ItemStatus status, qint64 accountId,
              ItemKind kind, qint64 createdAt, qint64 assigneeId)
    {
        const bool inPeriod = createdAt >= m_from && createdAt < m_to;
        for (; m_action < m_out.actions.size() && m_out.actions[m_action].itemId <= id;
             ++m_action) {
            if (m_out.actions[m_action].itemId == id)
                m_out.actions[m_action].kind = int(kind);
        }
        if (const auto t = m_out.threads.find(threadId); t != m_out.threads.end())
            t->second = ThreadInfo{accountId, kind};
        ThreadState &thread = threadId > 0 && std::size_t(threadId) < m_dense.size()
                                  ? m_dense[std::size_t(threadId)]
                                  : m_threads[threadId];
        if (outgoing) {
            reply(thread, id, accountId, kind, createdAt, inPeriod);
            return;
        }
        if (inPeriod) {
            if (m_out.firstItemAt < 0)
                m_out.firstItemAt = createdAt;
            m_out.lastItemAt = createdAt;
        }
        while (m_fact < m_facts.size() && m_facts[m_fact].itemId < id)
            ++m_fact;
        const ItemFacts *f =
            m_fact < m_facts.size() && m_facts[m_fact].itemId == id ? &m_facts[m_fact] : nullptr;
        const bool resolved = isResolved(status);
        const qint64 resolvedAt = resolved && f ? f->lastResolved : -1;
        // When unknown (resolved elsewhere), it counts as unresolved until our answer.
        const qint64 until = resolvedAt >= 0 ? resolvedAt : kNever;

        const bool waiting = thread.pending && thread.pendingUntil > createdAt;
        if (!waiting) {
            thread.head = thread.tail = -1;
            thread.pendingUntil = -1;
        }
        thread.pending = true;
        thread.pendingUntil = std::max(thread.pendingUntil, until);

        const bool newEpisode = thread.episodeUntil <= createdAt;
        if (newEpisode) {
            closeEpisode(thread);
            thread.episodeSince = createdAt;
        }
        thread.episodeUntil = std::max(thread.episodeUntil, until);
        if (!inPeriod) {
            if (newEpisode)
                thread.episodeStart = -1;
            return;
        }

        ItemRecord r;
        r.itemId = id;
        r.threadId = threadId;
        r.accountId = accountId;
        r.createdAt = createdAt;
        r.resolvedAt = resolvedAt;
        r.unresolvedSince = thread.episodeSince;
        r.assigneeId = assigneeId;
        r.kind = kind;
        r.status = status;
        r.repliedBefore = thread.operatorReplied;
        r.wait =
            waiting ? WaitKind::None : (thread.operatorReplied ? WaitKind::Next : WaitKind::First);
        r.startsEpisode = newEpisode;
        if (f) {
            r.reopens = f->reopens;
            r.resolver = resolved ? f->resolver : -1;
        }
        const int index = int(m_out.items.size());
        m_out.items.push_back(r);
        if (thread.tail >= 0)
            m_out.items[std::size_t(thread.tail)].nextPending = index;
        else
            thread.head = index;
        thread.tail = index;
        if (newEpisode)
            thread.episodeStart = index;
    }

    void finish()
    {
        for (auto &[id, thread] : m_threads)
            closeEpisode(thread);
        for (ThreadState &thread : m_dense)
            closeEpisode(thread);
    }

private:
    void closeEpisode(ThreadState &thread)
    {
        if (thread.episodeStart >= 0) {
            m_out.items[std::size_t(thread.episodeStart)].episodeResolvedAt =
                thread.episodeUntil == kNever ? -1 : thread.episodeUntil;
        }
        thread.episodeStart = -1;
    }

    void reply(ThreadState &thread, qint64 id, qint64 accountId, ItemKind kind, qint64 at,
               bool inPeriod)
    {
        while (m_sender < m_senders.size() && m_senders[m_sender].first < id)
            ++m_sender;
        const Sender sender = m_sender < m_senders.size() && m_senders[m_sender].first == id
                                  ? m_senders[m_sender].second
                                  : Sender{};
        if (inPeriod)
            m_out.replies.push_back({at, accountId, sender.name, kind, sender.byRule});
        // A rule's reply (an acknowledgement, say) is no one's answer: the customer still waits.
        if (sender.byRule)
            return;
        for (int p = thread.head; p >= 0;) {
            ItemRecord &r = m_out.items[std::size_t(p)];
            // Answered unless it was resolved before the answer came.
            if (r.resolvedAt < 0 || r.resolvedAt >= at) {
                r.answeredAt = at;
                r.responder = sender.name;
            }
            p = r.nextPending;
        }
        thread.head = thread.tail = -1;
        thread.pending = false;
        thread.pendingUntil = -1;
        thread.operatorReplied = true;
    }

    ScanResult &m_out;
    const qint64 m_from;
    const qint64 m_to;
    const std::vector<ItemFacts> &m_facts;
    const std::vector<std::pair<qint64, Sender>> &m_senders;
    std::size_t m_fact = 0;
    std::size_t m_sender = 0;
    std::size_t m_action;
    std::unordered_map<qint64, ThreadState> m_threads;
    std::vector<ThreadState> m_dense;
};

} // namespace

StoreResult<ScanResult> scanStore(const QSqlDatabase &db, qint64 fromMs, qint64 toMs,
                                  bool actionKinds, const std::function<bool()> &cancelled)
{
    sqlite3 *h = SqliteStatement::handleOf(db);
    ScanResult out;
    Names names(out.names);
    if (StoreError e = readNames(h, out, names); !e.ok())
        return e;
    const auto senders = readSenders(h, names);
    if (!senders.ok())
        return senders.error();
    const auto facts = readJournal(h, fromMs, toMs, cancelled, names, out.actions);
    if (!facts.ok())
        return facts.error();
    // Actions learn their item's kind in the walk, in item order.
    if (actionKinds) {
        std::sort(out.actions.begin(), out.actions.end(),
                  [](const ActionRecord &a, const ActionRecord &b) { return a.itemId < b.itemId; });
    }
    if (StoreError e = readHandles(h, fromMs, toMs, names, out); !e.ok())
        return e;

    SqliteStatement st;
    qint64 maxThread = 0;
    if (StoreError e = prepare(st, h, u"SELECT coalesce(max(id), 0) FROM threads"_s); !e.ok())
        return e;
    if (StoreError e = eachRow(st, [&] { maxThread = st.int64(0); }); !e.ok())
        return e;
    // Words become small numbers in SQL: no string is made per row. Ids are in creation order.
    if (StoreError e = prepare(
            st, h,
            u"SELECT id, coalesce(thread_id, -id), direction = 'out', CASE status WHEN 'new' "
            u"THEN 0 WHEN 'open' THEN 1 WHEN 'waiting' THEN 2 WHEN 'closed' THEN 3 WHEN "
            u"'hidden' THEN 4 ELSE 5 END, account_id, CASE kind WHEN 'dm' THEN 0 WHEN "
            u"'comment' THEN 1 WHEN 'mention' THEN 2 ELSE 3 END, created_at, "
            u"coalesce(assignee_id, 0) FROM items INDEXED BY items_stats ORDER BY id"_s);
        !e.ok())
        return e;
    Walk walk(out, fromMs, toMs, *facts, *senders, maxThread, actionKinds);
    if (StoreError e = eachRow(
            st,
            [&] {
                walk.item(st.int64(0), st.int64(1), st.int64(2) != 0, ItemStatus(st.int64(3)),
                          st.int64(4), ItemKind(st.int64(5)), st.int64(6), st.int64(7));
            },
            cancelled);
        !e.ok())
        return e;
    walk.finish();
    return out;
}

} // namespace fd::core::stats
