#include "ItemFacts.h"

#include "TextFold.h"
#include "shifts/ShiftQueries.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

QString what(const char *text)
{
    return QCoreApplication::translate("fd::core::Rules", text);
}

} // namespace

ItemFacts::Derived &ItemFacts::derived() const
{
    if (!m_derived)
        m_derived = std::make_shared<Derived>();
    return *m_derived;
}

const QString &ItemFacts::folded() const
{
    Derived &d = derived();
    if (!d.folded)
        d.folded = foldText(text);
    return *d.folded;
}

const QSet<QString> &ItemFacts::words() const
{
    Derived &d = derived();
    if (!d.words) {
        const QStringList list = foldedWords(folded());
        d.words = QSet<QString>(list.begin(), list.end());
    }
    return *d.words;
}

bool ItemFacts::hasJoiners() const
{
    Derived &d = derived();
    if (!d.hasJoiners)
        d.hasJoiners = fd::core::hasJoiners(folded());
    return *d.hasJoiners;
}

const TextSignals &ItemFacts::textSignals() const
{
    Derived &d = derived();
    if (!d.textSignals)
        d.textSignals = fd::core::textSignals(text);
    return *d.textSignals;
}

const QString &ItemFacts::foldedPostText() const
{
    Derived &d = derived();
    if (!d.foldedPostText)
        d.foldedPostText = foldText(postText);
    return *d.foldedPostText;
}

const QString &ItemFacts::foldedAccountName() const
{
    Derived &d = derived();
    if (!d.foldedAccountName)
        d.foldedAccountName = foldText(accountName);
    return *d.foldedAccountName;
}

void ItemFacts::setDerived(QString folded, const TextSignals &signals,
                           std::optional<QSet<QString>> words)
{
    m_derived = std::make_shared<Derived>();
    m_derived->folded = std::move(folded);
    m_derived->textSignals = signals;
    m_derived->words = std::move(words);
}

struct FactSource::Statements
{
    SqliteStatement item, tags, authorEarlier, lastOut, firstInAfter, templateByName, candidates,
        operatorByLogin;
};

FactSource::FactSource(const QSqlDatabase &db)
    : m_db(db)
    , m_st(std::make_unique<Statements>())
{
    sqlite3 *h = SqliteStatement::handleOf(db);
    if (!h) {
        m_error = StoreError::invalid(what("The rules need an SQLite store."));
        return;
    }
    const std::pair<SqliteStatement *, QString> all[] = {
        {&m_st->item,
         u"SELECT i.id, i.account_id, coalesce(i.thread_id, 0), coalesce(i.post_id, 0), "
         u"coalesce(i.author_id, 0), a.platform, a.name, i.kind, i.text, coalesce(au.name, ''), "
         u"coalesce(au.handle, ''), au.followers, coalesce(p.external_id, ''), "
         u"coalesce(p.text, ''), i.created_at, i.received_at, i.lang, i.sentiment, i.spam, "
         u"i.status, i.priority, coalesce(i.assignee_id, 0), i.direction FROM items i "
         u"JOIN accounts a ON a.id = i.account_id LEFT JOIN authors au ON au.id = i.author_id "
         u"LEFT JOIN posts p ON p.id = i.post_id WHERE i.id = ?"_s},
        {&m_st->tags,
         u"SELECT t.name FROM item_tags it JOIN tags t ON t.id = it.tag_id WHERE it.item_id = ? "
         u"ORDER BY t.name"_s},
        {&m_st->authorEarlier,
         u"SELECT 1 FROM items WHERE author_id = ? AND id < ? AND account_id = ? LIMIT 1"_s},
        {&m_st->lastOut,
         u"SELECT max(id) FROM items WHERE thread_id = ? AND direction = 'out' AND id <= ?"_s},
        {&m_st->firstInAfter,
         u"SELECT min(created_at) FROM items WHERE thread_id = ? AND id > ? AND id <= ? "
         u"AND direction = 'in' AND status NOT IN ('closed', 'hidden', 'deleted')"_s},
        {&m_st->templateByName,
         u"SELECT body FROM templates WHERE title = ? COLLATE NOCASE OR shortcode = ? "
         u"ORDER BY title = ? COLLATE NOCASE DESC LIMIT 1"_s},
        {&m_st->candidates,
         u"SELECT o.id, o.login, (SELECT count(*) FROM items i WHERE i.assignee_id = o.id AND "
         u"i.status IN ('new', 'open', 'waiting')) FROM operators o WHERE o.disabled = 0 AND "
         u"o.role IN ('operator', 'lead') ORDER BY o.login"_s},
        {&m_st->operatorByLogin,
         u"SELECT id FROM operators WHERE login = ? COLLATE NOCASE AND disabled = 0"_s},
    };
    for (const auto &[st, sql] : all) {
        if (StoreError err = st->prepare(h, sql); !err.ok()) {
            m_error = err;
            return;
        }
    }
}

FactSource::~FactSource() = default;

StoreResult<std::optional<ItemFacts>> FactSource::load(qint64 itemId)
{
    if (!m_error.ok())
        return m_error;
    SqliteStatement &q = m_st->item;
    q.bind(0, itemId);
    if (StoreError err = q.exec(what("Reading an item for the rules")); !err.ok())
        return err;
    if (!q.hasRow() || q.text(22) != u"in") {
        q.reset();
        return std::optional<ItemFacts>();
    }
    ItemFacts f;
    f.id = q.int64(0);
    f.accountId = q.int64(1);
    f.threadId = q.int64(2);
    f.postId = q.int64(3);
    f.authorId = q.int64(4);
    f.platform = q.text(5);
    f.accountName = q.text(6);
    f.kind = q.text(7);
    f.text = q.text(8);
    f.authorName = q.text(9);
    f.authorHandle = q.text(10);
    if (!q.isNull(11))
        f.followers = q.int64(11);
    f.postExternalId = q.text(12);
    f.postText = q.text(13);
    f.createdMs = q.int64(14);
    f.receivedMs = q.int64(15);
    f.lang = q.text(16);
    if (!q.isNull(17))
        f.sentiment = int(q.int64(17));
    f.spam = q.int64(18) != 0;
    f.status = q.text(19);
    f.priority = int(q.int64(20));
    f.assigneeId = q.int64(21);
    q.reset();
    return std::optional<ItemFacts>(std::move(f));
}

StoreResult<QStringList> FactSource::tags(qint64 itemId)
{
    SqliteStatement &q = m_st->tags;
    q.bind(0, itemId);
    QStringList out;
    const QString doing = what("Reading an item's tags for the rules");
    if (StoreError err = q.exec(doing); !err.ok())
        return err;
    while (q.hasRow()) {
        out.append(q.text(0));
        if (StoreError err = q.next(doing); !err.ok())
            return err;
    }
    q.reset();
    return out;
}

StoreResult<bool> FactSource::authorIsNew(const ItemFacts &item)
{
    if (item.authorId == 0)
        return false;
    SqliteStatement &q = m_st->authorEarlier;
    q.bind(0, item.authorId);
    q.bind(1, item.id);
    q.bind(2, item.accountId);
    if (StoreError err = q.exec(what("Reading an author's history for the rules")); !err.ok())
        return err;
    const bool earlier = q.hasRow();
    q.reset();
    return !earlier;
}

StoreResult<std::optional<qint64>> FactSource::unansweredSinceMs(const ItemFacts &item)
{
    const QString doing = what("Reading a conversation for the rules");
    SqliteStatement &out = m_st->lastOut;
    out.bind(0, item.threadId);
    out.bind(1, std::numeric_limits<qint64>::max());
    if (StoreError err = out.exec(doing); !err.ok())
        return err;
    const qint64 lastReply = out.hasRow() && !out.isNull(0) ? out.int64(0) : 0;
    out.reset();
    SqliteStatement &in = m_st->firstInAfter;
    in.bind(0, item.threadId);
    in.bind(1, lastReply);
    in.bind(2, std::numeric_limits<qint64>::max());
    if (StoreError err = in.exec(doing); !err.ok())
        return err;
    std::optional<qint64> since;
    if (in.hasRow() && !in.isNull(0))
        since = in.int64(0);
    in.reset();
    // An item not written yet counts as it will once it is.
    if (!item.stored && item.id > lastReply && item.status != u"closed" &&
        item.status != u"hidden" && item.status != u"deleted")
        since = since ? qMin(*since, item.createdMs) : item.createdMs;
    return since;
}

StoreResult<std::optional<QString>> FactSource::templateBody(const QString &name)
{
    SqliteStatement &q = m_st->templateByName;
    q.bind(0, name);
    q.bind(1, name);
    q.bind(2, name);
    if (StoreError err = q.exec(what("Reading a template for the rules")); !err.ok())
        return err;
    std::optional<QString> body;
    if (q.hasRow())
        body = q.text(0);
    q.reset();
    return body;
}

StoreResult<QList<FactSource::Candidate>> FactSource::candidates(const QStringList &logins)
{
    if (!m_candidates) {
        SqliteStatement &q = m_st->candidates;
        const QString doing = what("Reading the operators for the rules");
        if (StoreError err = q.exec(doing); !err.ok())
            return err;
        QList<Candidate> all;
        while (q.hasRow()) {
            all.append({q.int64(0), q.text(1), q.int64(2)});
            if (StoreError err = q.next(doing); !err.ok())
                return err;
        }
        q.reset();
        m_candidates = std::move(all);
    }
    if (logins.isEmpty()) {
        // "On shift" once shifts are used: who that is, read at most once a minute.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - m_onShiftReadAt >= 60 * 1000 || now < m_onShiftReadAt) {
            auto ids = shiftQueries::onShiftIds(m_db, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
            if (!ids.ok())
                return ids.error();
            m_onShift = *ids;
            m_onShiftReadAt = now;
        }
        if (!m_onShift)
            return *m_candidates;
        QList<Candidate> on;
        for (const Candidate &c : std::as_const(*m_candidates)) {
            if (m_onShift->contains(c.id))
                on.append(c);
        }
        return on;
    }
    QList<Candidate> named;
    for (const QString &login : logins) {
        for (const Candidate &c : std::as_const(*m_candidates)) {
            if (c.login.compare(login, Qt::CaseInsensitive) == 0)
                named.append(c);
        }
    }
    return named;
}

void FactSource::openItemMoved(qint64 fromAssignee, bool fromOpen, qint64 toAssignee, bool toOpen)
{
    if (!m_candidates || (fromAssignee == toAssignee && fromOpen == toOpen))
        return;
    for (Candidate &c : *m_candidates) {
        if (fromOpen && c.id == fromAssignee)
            --c.open;
        if (toOpen && c.id == toAssignee)
            ++c.open;
    }
}

StoreResult<std::optional<qint64>> FactSource::operatorId(const QString &login)
{
    SqliteStatement &q = m_st->operatorByLogin;
    q.bind(0, login);
    if (StoreError err = q.exec(what("Reading the operators for the rules")); !err.ok())
        return err;
    std::optional<qint64> id;
    if (q.hasRow())
        id = q.int64(0);
    q.reset();
    return id;
}

std::optional<bool> FactSource::calendarOpen(const QString &calendar, qint64 ms)
{
    if (!m_sla) {
        auto settings = SlaSettings::load(m_db);
        if (!settings.ok())
            return std::nullopt;
        m_sla = *settings;
    }
    const SlaCalendar *named = m_sla->calendarNamed(calendar);
    if (!named)
        return std::nullopt;
    return named->calendar.isOpen(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

} // namespace fd::core
