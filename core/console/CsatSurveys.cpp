#include "CsatSurveys.h"

#include "CsatRating.h"
#include "CsatSettings.h"
#include "Outbox.h"
#include "TemplateRenderer.h"
#include "store/Connection.h"
#include "store/TextLimits.h"
#include "sync/OpQueue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;
// A station that was off for long does not survey what was closed long ago.
constexpr qint64 kClosingHorizonMs = kDayMs;

struct Closing
{
    qint64 itemId = 0;
    QVariant operatorId;
    QString operatorName;
    qint64 at = 0;
};

StoreResult<bool> exists(const QSqlDatabase &db, const QString &sql,
                         std::initializer_list<QVariant> values)
{
    auto q = Connection::exec(db, sql, values);
    if (!q.ok())
        return q.error();
    return q.value().next();
}

// Whether the closing of this item gets a survey; if so, one is scheduled.
StoreResult<bool> consider(const QSqlDatabase &db, const CsatSettings &settings, const Closing &c,
                           qint64 now)
{
    auto q = Connection::exec(
        db,
        u"SELECT i.thread_id, i.account_id, i.author_id, i.kind, i.direction, i.status, "
        u"a.platform FROM items i JOIN accounts a ON a.id = i.account_id WHERE i.id = ?"_s,
        {c.itemId});
    if (!q.ok())
        return q.error();
    if (!q.value().next() || q->value(0).isNull())
        return false;
    const qint64 thread = q->value(0).toLongLong();
    const qint64 account = q->value(1).toLongLong();
    const QVariant author = q->value(2);
    const auto kind = itemKindFromString(q->value(3).toString());
    const auto platform = platformFromString(q->value(6).toString());
    // Reopened, hidden or deleted since: not a finished conversation.
    if (!kind || !platform || q->value(4).toString() != u"in" ||
        q->value(5).toString() != u"closed" || !settings.covers(account, *kind) ||
        !csatPossible(*platform, *kind))
        return false;
    // One survey per conversation closing: none while one waits, none for an item the last one
    // already followed (closed twice, or reopened and closed again), nor for the rating itself.
    auto open = exists(db,
                       u"SELECT 1 FROM csat_surveys WHERE (state = 'scheduled' OR state = 'sent') "
                       u"AND thread_id = ?"_s,
                       {thread});
    if (!open.ok())
        return open.error();
    if (*open)
        return false;
    auto last =
        Connection::exec(db,
                         u"SELECT max(max(item_id), coalesce(max(answer_item_id), 0)) "
                         u"FROM csat_surveys WHERE thread_id = ? AND state <> 'cancelled'"_s,
                         {thread});
    if (!last.ok())
        return last.error();
    if (last.value().next() && !last->value(0).isNull() && last->value(0).toLongLong() >= c.itemId)
        return false;
    if (settings.perCustomerDays > 0) {
        const qint64 since = now - settings.perCustomerDays * kDayMs;
        auto recent =
            author.isNull()
                ? exists(db,
                         u"SELECT 1 FROM csat_surveys WHERE thread_id = ? AND closed_at > ? "
                         u"AND state <> 'cancelled' LIMIT 1"_s,
                         {thread, since})
                : exists(db,
                         u"SELECT 1 FROM csat_surveys WHERE author_id = ? AND closed_at > ? "
                         u"AND state <> 'cancelled' LIMIT 1"_s,
                         {author, since});
        if (!recent.ok())
            return recent.error();
        if (*recent)
            return false;
    }
    auto insert = Connection::exec(
        db,
        u"INSERT INTO csat_surveys (thread_id, item_id, account_id, author_id, operator_id, "
        u"operator_name, closed_at, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {thread, c.itemId, account, author, c.operatorId, nonNull(c.operatorName), c.at,
         c.at + settings.delayMinutes * kMinuteMs});
    if (!insert.ok())
        return insert.error();
    return true;
}

StoreError scheduleClosings(const QSqlDatabase &db, const CsatSettings &settings, qint64 now,
                            CsatStep &step)
{
    auto top = Connection::exec(
        db,
        u"SELECT coalesce(max(id), 0), (SELECT journal_seen FROM csat_settings) FROM journal"_s);
    if (!top.ok())
        return top.error();
    if (!top.value().next())
        return {};
    const qint64 last = top->value(0).toLongLong();
    const qint64 seen = top->value(1).toLongLong();
    if (last <= seen)
        return {};
    if (settings.enabled && settings.templateId != 0) {
        // Closings by operators: "close", and "send and close". Not rules (spam closed by a
        // rule), and not hiding or deleting.
        auto q = Connection::exec(
            db,
            u"SELECT item_id, operator_id, actor, at FROM journal WHERE id > ? AND id <= ? AND "
            u"actor_kind = 'operator' AND item_id IS NOT NULL AND at > ? AND "
            u"(action = 'item.closed' OR (action = 'item.replied' AND detail = 'closed')) "
            u"ORDER BY id"_s,
            {seen, last, now - kClosingHorizonMs});
        if (!q.ok())
            return q.error();
        QList<Closing> closings;
        while (q.value().next())
            closings.append({q->value(0).toLongLong(), q->value(1), q->value(2).toString(),
                             q->value(3).toLongLong()});
        for (const Closing &c : closings) {
            const auto scheduled = consider(db, settings, c, now);
            if (!scheduled.ok())
                return scheduled.error();
            step.scheduled += *scheduled ? 1 : 0;
        }
    }
    auto u = Connection::exec(db, u"UPDATE csat_settings SET journal_seen = ?"_s, {last});
    return u.ok() ? StoreError{} : u.error();
}

// The survey's text for this customer, from the template; empty when there is none.
StoreResult<QString> surveyText(const QSqlDatabase &db, qint64 templateId, qint64 itemId,
                                const QString &operatorName)
{
    auto q = Connection::exec(
        db,
        u"SELECT t.body, coalesce(au.name, ''), coalesce(au.handle, ''), coalesce(au.city, ''), "
        u"a.name, a.platform, i.text FROM templates t, items i JOIN accounts a ON a.id = "
        u"i.account_id LEFT JOIN authors au ON au.id = i.author_id WHERE t.id = ? AND i.id = ?"_s,
        {templateId, itemId});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return QString();
    TemplateRenderer v;
    const QString name = q->value(1).toString();
    const QDateTime now = QDateTime::currentDateTime();
    v.set(u"author.name"_s, name);
    v.set(u"author.first_name"_s, name.section(u' ', 0, 0));
    v.set(u"author.handle"_s, q->value(2).toString());
    v.set(u"author.city"_s, q->value(3).toString());
    v.set(u"operator.name"_s, operatorName);
    v.set(u"account.name"_s, q->value(4).toString());
    if (const auto platform = platformFromString(q->value(5).toString()))
        v.set(u"platform"_s, displayName(*platform));
    v.set(u"item.text"_s, q->value(6).toString());
    v.set(u"date"_s, QLocale().toString(now.date(), QLocale::ShortFormat));
    v.set(u"time"_s, QLocale().toString(now.time(), QLocale::ShortFormat));
    return v.render(q->value(0).toString()).text.trimmed();
}

StoreError setState(const QSqlDatabase &db, qint64 surveyId, const QString &state)
{
    auto q = Connection::exec(db, u"UPDATE csat_surveys SET state = ? WHERE id = ?"_s,
                              {state, surveyId});
    return q.ok() ? StoreError{} : q.error();
}

StoreError sendDue(const QSqlDatabase &db, const CsatSettings &settings, qint64 now, CsatStep &step)
{
    auto q = Connection::exec(db,
                              u"SELECT s.id, s.item_id, s.thread_id, s.operator_name, i.status "
                              u"FROM csat_surveys s LEFT JOIN items i ON i.id = s.item_id "
                              u"WHERE s.state = 'scheduled' AND s.due_at <= ? ORDER BY s.id"_s,
                              {settings.enabled ? now : std::numeric_limits<qint64>::max()});
    if (!q.ok())
        return q.error();
    struct Due
    {
        qint64 id, item, thread;
        QString operatorName, status;
    };
    QList<Due> due;
    while (q.value().next())
        due.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                    q->value(3).toString(), q->value(4).toString()});
    for (const Due &d : due) {
        // The customer wrote again (an open item after the closed one), or the item was
        // reopened, hidden or deleted: the conversation goes on, so it is not asked about (its
        // next closing may be). Older items left open do not count: operators close the item
        // they answered, not always every message before it.
        auto goesOn = exists(db,
                             u"SELECT 1 FROM items WHERE thread_id = ? AND direction = 'in' AND "
                             u"(status = 'new' OR status = 'open' OR status = 'waiting') AND "
                             u"id > ? LIMIT 1"_s,
                             {d.thread, d.item});
        if (!goesOn.ok())
            return goesOn.error();
        QString text;
        if (settings.enabled && !*goesOn && d.status == u"closed") {
            const auto rendered = surveyText(db, settings.templateId, d.item, d.operatorName);
            if (!rendered.ok())
                return rendered.error();
            text = *rendered;
        }
        if (text.isEmpty()) {
            if (StoreError err = setState(db, d.id, u"cancelled"_s); !err.ok())
                return err;
            ++step.cancelled;
            continue;
        }
        // "Send and close": the item stays closed once the survey is out.
        qint64 entry = 0;
        const auto queued = Outbox::queueIn(
            db, d.item, OutgoingAction::Kind::Reply, text, true,
            QCoreApplication::translate("fd::core::Csat", "Customer survey"), entry);
        if (!queued.ok())
            return queued.error();
        step.viaTeam = *queued;
        auto u = Connection::exec(
            db,
            u"UPDATE csat_surveys SET state = 'sent', sent_at = ?, outbox_id = ?, seen_item_id = "
            u"(SELECT coalesce(max(id), 0) FROM items WHERE thread_id = ?) WHERE id = ?"_s,
            {now, entry, d.thread, d.id});
        if (!u.ok())
            return u.error();
        ++step.queued;
    }
    return {};
}

// A rating's item needs no answer: it is closed, and the journal says why.
StoreError closeRating(const QSqlDatabase &db, qint64 itemId, int score, qint64 now)
{
    auto status = Connection::exec(db, u"SELECT status FROM items WHERE id = ?"_s, {itemId});
    if (!status.ok())
        return status.error();
    if (!status.value().next())
        return {};
    const QString before = status->value(0).toString();
    if (before != u"new" && before != u"open" && before != u"waiting")
        return {};
    auto u = Connection::exec(db, u"UPDATE items SET status = 'closed', read = 1 WHERE id = ?"_s,
                              {itemId});
    if (!u.ok())
        return u.error();
    auto j = Connection::exec(
        db,
        u"INSERT INTO journal (at, actor_kind, actor, action, item_id, account_id, before, "
        u"after, detail) SELECT ?, 'system', 'csat', 'item.closed', id, account_id, ?, "
        u"'closed', ? FROM items WHERE id = ?"_s,
        {now, before, u"rating %1"_s.arg(score), itemId});
    if (!j.ok())
        return j.error();
    const auto op = opQueue::enqueueInTeam(db, u"close"_s, {{u"item"_s, itemId}});
    return op.ok() ? StoreError{} : op.error();
}

StoreError readAnswers(const QSqlDatabase &db, qint64 now, CsatStep &step)
{
    // The customers' items after each waiting survey: one walk of the open surveys and of
    // each one's conversation from where it was last read.
    auto q = Connection::exec(
        db, u"SELECT s.id, i.id, i.text FROM csat_surveys s JOIN items i ON i.thread_id = "
            u"s.thread_id AND i.id > s.seen_item_id WHERE s.state = 'sent' AND i.direction = 'in' "
            u"ORDER BY s.id, i.id"_s);
    if (!q.ok())
        return q.error();
    struct Reply
    {
        qint64 survey, item;
        QString text;
    };
    QList<Reply> replies;
    while (q.value().next())
        replies.append(
            {q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString()});
    qint64 answeredSurvey = 0;
    for (const Reply &r : replies) {
        if (r.survey == answeredSurvey)
            continue; // the first rating counts
        const auto rating = parseCsatRating(r.text);
        if (!rating) {
            auto u = Connection::exec(
                db, u"UPDATE csat_surveys SET seen_item_id = max(seen_item_id, ?) WHERE id = ?"_s,
                {r.item, r.survey});
            if (!u.ok())
                return u.error();
            continue;
        }
        auto u = Connection::exec(
            db,
            u"UPDATE csat_surveys SET state = 'answered', rating = ?, thumbs = ?, "
            u"answer_item_id = ?, answered_at = ?, seen_item_id = ? WHERE id = ?"_s,
            {rating->score, rating->thumbs ? 1 : 0, r.item, now, r.item, r.survey});
        if (!u.ok())
            return u.error();
        if (StoreError err = closeRating(db, r.item, rating->score, now); !err.ok())
            return err;
        answeredSurvey = r.survey;
        ++step.answered;
    }
    return {};
}

} // namespace

StoreResult<CsatStep> runCsatStep(const QSqlDatabase &db, qint64 now)
{
    const auto settings = loadCsatSettings(db);
    if (!settings.ok())
        return settings.error();
    CsatStep step;
    if (StoreError err = scheduleClosings(db, *settings, now, step); !err.ok())
        return err;
    if (StoreError err = sendDue(db, *settings, now, step); !err.ok())
        return err;
    if (StoreError err = readAnswers(db, now, step); !err.ok())
        return err;
    auto expire = Connection::exec(db,
                                   u"UPDATE csat_surveys SET state = 'expired' WHERE state = "
                                   u"'sent' AND sent_at < ?"_s,
                                   {now - CsatSettings::answerDays * kDayMs});
    if (!expire.ok())
        return expire.error();
    step.expired = expire->numRowsAffected();
    return step;
}

StoreResult<bool> csatWorkWaiting(const QSqlDatabase &db, qint64 now)
{
    return exists(
        db,
        u"SELECT 1 WHERE (SELECT coalesce(max(id), 0) FROM journal) > (SELECT journal_seen FROM "
        u"csat_settings) OR EXISTS (SELECT 1 FROM csat_surveys WHERE state = 'scheduled' AND "
        u"due_at <= ?) OR EXISTS (SELECT 1 FROM csat_surveys WHERE state = 'sent' AND sent_at "
        u"< ?) OR EXISTS (SELECT 1 FROM csat_surveys s JOIN items i ON i.thread_id = "
        u"s.thread_id AND i.id > s.seen_item_id WHERE s.state = 'sent' AND i.direction = 'in')"_s,
        {now, now - CsatSettings::answerDays * kDayMs});
}

} // namespace fd::core
