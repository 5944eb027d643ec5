#include "HandoverSnapshot.h"

#include "Promises.h"
#include "ShiftQueries.h"
#include "rules/SlaQueries.h"
#include "store/Connection.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

struct SnapshotText
{
    Q_DECLARE_TR_FUNCTIONS(fd::core::HandoverSnapshot)
};

QDateTime utcOf(const QVariant &ms)
{
    return ms.isNull() ? QDateTime()
                       : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), QTimeZone::utc());
}

QString oneLine(const QString &text, int chars)
{
    const QString simple = text.simplified();
    return simple.size() > chars ? simple.left(chars - 1) + u'\u2026' : simple;
}

// Most urgent first: overdue, then at risk (least time left first), then promised, then oldest.
int urgency(const HandoverItem &i)
{
    switch (i.slaState()) {
    case SlaState::Breached:
        return 0;
    case SlaState::AtRisk:
        return 1;
    default:
        return i.promise ? 2 : 3;
    }
}

// Every open customer item with what its clocks need, in one statement (items_by_status finds
// them; the text is read only as far as the preview goes), and the clocks at `now`.
StoreError readItems(const QSqlDatabase &db, const HandoverScope &scope,
                     const SlaSettings &settings, const QDateTime &now, QList<HandoverItem> &items)
{
    constexpr int more = SlaQueries::factColumnCount;
    auto q = Connection::exec(
        db,
        u"SELECT "_s + SlaQueries::factColumns() +
            u", coalesce(i.thread_id, 0), coalesce(i.assignee_id, 0), "
            u"coalesce(o.display_name, ''), substr(i.text, 1, ?) FROM "_s +
            SlaQueries::factSources() +
            u" LEFT JOIN operators o ON o.id = i.assignee_id "
            u"WHERE i.status IN ('new', 'open', 'waiting') AND i.direction = 'in'"_s,
        {scope.previewChars * 2 + 16});
    if (!q.ok())
        return q.error();
    QSqlQuery &r = q.value();
    while (r.next()) {
        const SlaFacts f = SlaQueries::factsAt(r);
        HandoverItem it;
        it.itemId = f.itemId;
        it.accountId = f.accountId;
        it.accountName = f.accountName;
        it.kind = f.kind;
        it.status = f.status;
        it.createdAt = f.createdAt;
        it.authorName = oneLine(f.authorName, 60);
        it.threadId = r.value(more).toLongLong();
        it.assigneeId = r.value(more + 1).toLongLong();
        it.assigneeName = r.value(more + 2).toString();
        it.preview = oneLine(r.value(more + 3).toString(), scope.previewChars);
        it.clock =
            settings.isEmpty() ? SlaClock{f.itemId, {}, {}} : computeSlaClock(f, settings, now);
        items.append(std::move(it));
    }
    return {};
}

StoreError readFigures(const QSqlDatabase &db, const ShiftOccurrence &run, const SlaQueries &sla,
                       const SlaSettings &settings, const QDateTime &now, ShiftFigures &f)
{
    // Item ids are the creation time in ms × 1000, so a time range is an id range.
    const qint64 lo = run.start.toMSecsSinceEpoch() * 1000;
    const qint64 hi = run.end.toMSecsSinceEpoch() * 1000;
    auto counts = Connection::exec(db,
                                   u"SELECT count(*) FILTER (WHERE direction = 'in'), "
                                   u"count(*) FILTER (WHERE direction = 'out') "
                                   u"FROM items WHERE id >= ? AND id < ?"_s,
                                   {lo, hi});
    if (!counts.ok())
        return counts.error();
    if (counts.value().next()) {
        f.itemsIn = counts->value(0).toInt();
        f.replies = counts->value(1).toInt();
    }
    // A conversation's turn starts with a customer item right after our reply (or the first
    // one); its first response is our next item in the conversation.
    auto turns = Connection::exec(
        db,
        u"SELECT i.id, i.created_at, (SELECT o.created_at FROM items o WHERE o.thread_id = "
        u"i.thread_id AND o.direction = 'out' AND o.id > i.id ORDER BY o.id LIMIT 1) "
        u"FROM items i WHERE i.id >= ? AND i.id < ? AND i.direction = 'in' AND "
        u"coalesce((SELECT p.direction FROM items p WHERE p.thread_id = i.thread_id AND "
        u"p.id < i.id ORDER BY p.id DESC LIMIT 1), 'out') = 'out'"_s,
        {lo, hi});
    if (!turns.ok())
        return turns.error();
    QList<qint64> waits;
    QList<qint64> turnIds;
    while (turns.value().next()) {
        turnIds.append(turns->value(0).toLongLong());
        if (turns->value(2).isNull())
            continue;
        waits.append(
            qMax<qint64>(0, (turns->value(2).toLongLong() - turns->value(1).toLongLong()) / 1000));
    }
    f.answered = int(waits.size());
    if (!waits.isEmpty()) {
        std::sort(waits.begin(), waits.end());
        const qsizetype n = waits.size();
        f.medianFirstResponseSeconds =
            n % 2 ? waits.at(n / 2) : (waits.at(n / 2 - 1) + waits.at(n / 2)) / 2;
    }
    if (settings.isEmpty() || turnIds.isEmpty())
        return {};
    const auto clocks = sla.clocks(turnIds, settings, now);
    if (!clocks.ok())
        return clocks.error();
    for (const SlaClock &c : *clocks) {
        switch (c.response.state) {
        case SlaState::Met:
            ++f.slaMet;
            break;
        case SlaState::MetLate:
        case SlaState::Breached:
            ++f.slaMissed;
            break;
        default:
            break;
        }
    }
    return {};
}

StoreError readAlarms(const QSqlDatabase &db, const ShiftOccurrence &run, QList<ShiftAlarm> &alarms)
{
    auto q = Connection::exec(
        db,
        u"SELECT j.action, coalesce(j.account_id, 0), coalesce(a.name, ''), j.at, j.detail "
        u"FROM journal j LEFT JOIN accounts a ON a.id = j.account_id "
        u"WHERE (j.action = 'alarm.spike' OR j.action = 'alarm.silent' OR "
        u"j.action = 'alarm.recovered') "
        u"AND j.at >= ? AND j.at < ? ORDER BY j.at"_s,
        {run.start.toMSecsSinceEpoch(), run.end.toMSecsSinceEpoch()});
    if (!q.ok())
        return q.error();
    while (q.value().next()) {
        ShiftAlarm a;
        const QString action = q->value(0).toString();
        a.kind = action == u"alarm.spike"    ? ShiftAlarm::Kind::Spike
                 : action == u"alarm.silent" ? ShiftAlarm::Kind::Silent
                                             : ShiftAlarm::Kind::Recovered;
        a.accountId = q->value(1).toLongLong();
        a.accountName = q->value(2).toString();
        a.at = utcOf(q->value(3));
        a.text = q->value(4).toString();
        alarms.append(a);
    }
    // Episodes still under way mark their alarms as ongoing.
    auto ongoing = Connection::exec(db, u"SELECT kind, account_id FROM alarm_episodes"_s);
    if (!ongoing.ok())
        return ongoing.error();
    while (ongoing.value().next()) {
        const ShiftAlarm::Kind kind = ongoing->value(0).toString() == u"spike"
                                          ? ShiftAlarm::Kind::Spike
                                          : ShiftAlarm::Kind::Silent;
        const qint64 account = ongoing->value(1).toLongLong();
        for (ShiftAlarm &a : alarms) {
            if (a.kind == kind && a.accountId == account)
                a.ongoing = true;
        }
    }
    // Accounts whose polling fails or stopped now.
    auto health = Connection::exec(db, u"SELECT id, name, health, last_error, last_poll_at "
                                       u"FROM accounts WHERE health IN ('failing', 'stopped') "
                                       u"ORDER BY name"_s);
    if (!health.ok())
        return health.error();
    while (health.value().next()) {
        ShiftAlarm a;
        a.kind = ShiftAlarm::Kind::Health;
        a.accountId = health->value(0).toLongLong();
        a.accountName = health->value(1).toString();
        const auto state = accountHealthFromString(health->value(2).toString());
        const QString error = health->value(3).toString();
        a.text = error.isEmpty() ? displayName(state.value_or(AccountHealth::Failing))
                                 : SnapshotText::tr("%1: %2").arg(
                                       displayName(state.value_or(AccountHealth::Failing)),
                                       oneLine(error, 200));
        a.at = utcOf(health->value(4));
        a.ongoing = true;
        alarms.append(a);
    }
    return {};
}

} // namespace

StoreResult<HandoverSnapshot> readHandoverSnapshot(const QSqlDatabase &db,
                                                   const HandoverScope &scope, const QDateTime &now)
{
    HandoverSnapshot s;
    s.now = now;
    s.leavingOperatorId = scope.leavingOperatorId;
    if (scope.from.isValid()) {
        s.run = {0, QString(), scope.from, scope.to.isValid() ? scope.to : now};
    } else {
        const auto run = shiftQueries::currentRunOf(db, scope.leavingOperatorId, now);
        if (!run.ok())
            return run.error();
        s.run = *run;
        if (scope.to.isValid())
            s.run.end = scope.to;
    }
    // The figures stop at now even when the run goes on.
    const ShiftOccurrence sofar{s.run.shiftId, s.run.name, s.run.start, qMin(s.run.end, now)};

    const SlaQueries sla(db);
    const auto settings = sla.settings();
    if (!settings.ok())
        return settings.error();
    if (StoreError e = readItems(db, scope, *settings, now, s.items); !e.ok())
        return e;
    const auto marks = promises::open(db);
    if (!marks.ok())
        return marks.error();
    for (HandoverItem &i : s.items) {
        if (const auto m = marks->constFind(i.itemId); m != marks->constEnd())
            i.promise = *m;
    }
    std::stable_sort(
        s.items.begin(), s.items.end(), [](const HandoverItem &a, const HandoverItem &b) {
            const int ua = urgency(a);
            const int ub = urgency(b);
            if (ua != ub)
                return ua < ub;
            if (ua <= 1 && a.clock.main().remainingSeconds != b.clock.main().remainingSeconds)
                return a.clock.main().remainingSeconds < b.clock.main().remainingSeconds;
            return a.itemId < b.itemId;
        });
    for (int k = 0; k < s.items.size(); ++k) {
        const HandoverItem &i = s.items.at(k);
        if (i.slaState() == SlaState::Breached)
            s.breached.append(k);
        else if (i.slaState() == SlaState::AtRisk)
            s.atRisk.append(k);
        if (i.promise)
            s.promised.append(k);
        if (scope.leavingOperatorId != 0 && i.assigneeId == scope.leavingOperatorId)
            s.leaving.append(k);
    }

    if (StoreError e = readFigures(db, sofar, sla, *settings, now, s.figures); !e.ok())
        return e;
    if (StoreError e = readAlarms(db, sofar, s.alarms); !e.ok())
        return e;
    const auto notes = shiftQueries::notesSince(db, s.run.start);
    if (!notes.ok())
        return notes.error();
    s.notes = *notes;
    const auto ops = shiftQueries::operatorsAt(db, now);
    if (!ops.ok())
        return ops.error();
    s.operators = *ops;
    const auto made = shiftQueries::handovers(db, s.run.start);
    if (!made.ok())
        return made.error();
    s.handovers = *made;
    return s;
}

} // namespace fd::core
