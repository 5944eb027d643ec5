#include "SlaWatcher.h"

#include "SlaQueries.h"
#include "store/Connection.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

QString keyOf(qint64 itemId, const QString &clock, SlaState state)
{
    return QString::number(itemId) + u'/' + clock + u'/' + toString(state);
}

// The targets in a form that changes whenever any of them does.
QString fingerprint(const SlaSettings &settings)
{
    QStringList parts;
    for (const SlaPolicy &p : settings.policies())
        parts << u"%1/%2/%3/%4/%5/%6/%7/%8"_s.arg(p.id)
                     .arg(p.accountId.value_or(0))
                     .arg(p.kind ? int(*p.kind) : -1)
                     .arg(p.firstMinutes)
                     .arg(p.nextMinutes)
                     .arg(p.resolutionMinutes)
                     .arg(p.calendarId.value_or(0))
                     .arg(p.warnMinutes.value_or(-1));
    for (const SlaCalendar &c : settings.calendars())
        parts << QString::number(c.id) +
                     QString::fromUtf8(QJsonDocument(c.calendar.toJson()).toJson());
    return parts.join(u';');
}

bool settled(const SlaClock &clock)
{
    for (const SlaTimer *t : {&clock.response, &clock.resolution}) {
        if (t->state == SlaState::Running || t->state == SlaState::AtRisk)
            return false;
    }
    return true;
}

QFuture<StoreError> done(StoreError error = {})
{
    return QtFuture::makeReadyFuture(std::move(error));
}

struct Said
{
    qint64 itemId = 0;
    QString clock;
    SlaState state = SlaState::NoTarget;
};

} // namespace

SlaWatcher::SlaWatcher(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { check(); });
}

void SlaWatcher::start()
{
    m_timer.start();
}

void SlaWatcher::stop()
{
    m_timer.stop();
}

QFuture<StoreError> SlaWatcher::check()
{
    const QDateTime now = m_clock();
    auto fail = [this](const StoreError &e) {
        Q_EMIT errorOccurred(e.message);
        return done(e);
    };
    auto reader = m_store.reader();
    if (!reader.ok())
        return fail(reader.error());
    const SlaQueries queries(*reader);
    const auto settings = queries.settings();
    if (!settings.ok())
        return fail(settings.error());
    if (settings->isEmpty())
        return done();
    if (const QString targets = fingerprint(*settings); targets != m_targets) {
        m_targets = targets;
        m_settled.clear();
    }
    auto ids = queries.openIncoming(now.addDays(-horizonDays), maxItems);
    if (!ids.ok())
        return fail(ids.error());
    ids.value().removeIf([this](qint64 id) { return m_settled.contains(id); });
    if (ids->isEmpty())
        return done();
    const auto facts = queries.facts(*ids);
    if (!facts.ok())
        return fail(facts.error());

    // What is due now, then what of it was said before (by an earlier run).
    QList<std::pair<Said, QString>> due;
    QList<qint64> settledNow; // remembered once what is due about them has been said
    for (const qint64 id : *ids) {
        const auto it = facts->constFind(id);
        if (it == facts->constEnd())
            continue;
        const SlaClock clock = computeSlaClock(*it, *settings, now);
        if (settled(clock))
            settledNow.append(id);
        const std::pair<QString, const SlaTimer *> timers[] = {
            {u"response"_s, &clock.response}, {u"resolution"_s, &clock.resolution}};
        for (const auto &[name, timer] : timers) {
            if (timer->state != SlaState::AtRisk && timer->state != SlaState::Breached)
                continue;
            if (m_said.contains(keyOf(id, name, timer->state)))
                continue;
            due.append({Said{id, name, timer->state}, slaAlertText(*it, *timer, now)});
        }
    }
    if (due.isEmpty()) {
        m_settled.unite(QSet<qint64>(settledNow.cbegin(), settledNow.cend()));
        return done();
    }
    QList<qint64> askIds;
    for (const auto &d : due)
        askIds.append(d.first.itemId);
    for (qsizetype first = 0; first < askIds.size(); first += SlaQueries::chunkSize) {
        const QList<qint64> chunk = askIds.mid(first, SlaQueries::chunkSize);
        QSqlQuery q(*reader);
        q.setForwardOnly(true);
        if (auto e = Connection::prepare(
                q, u"SELECT item_id, clock, state FROM sla_alerts WHERE item_id IN ("_s +
                       QStringList(chunk.size(), u"?"_s).join(u", "_s) + u')');
            !e.ok())
            return fail(e);
        for (const qint64 id : chunk)
            q.addBindValue(id);
        if (auto e = Connection::run(q, u"reading SLA alerts"_s); !e.ok())
            return fail(e);
        while (q.next())
            m_said.insert(q.value(0).toString() + u'/' + q.value(1).toString() + u'/' +
                          q.value(2).toString());
    }

    QList<Said> fresh;
    for (const auto &[said, text] : due) {
        const QString key = keyOf(said.itemId, said.clock, said.state);
        if (m_said.contains(key))
            continue;
        m_said.insert(key);
        fresh.append(said);
        Q_EMIT alert(said.itemId, said.state, text);
    }
    m_settled.unite(QSet<qint64>(settledNow.cbegin(), settledNow.cend()));
    if (fresh.isEmpty())
        return done();
    const qint64 at = now.toMSecsSinceEpoch();
    // Alerts about items past the horizon are no longer needed to stay quiet.
    const qint64 forgetBefore = now.addDays(-horizonDays - 1).toMSecsSinceEpoch();
    return m_store.write([fresh, at, forgetBefore](const QSqlDatabase &db) {
        for (const Said &s : fresh) {
            auto q = Connection::exec(db,
                                      u"INSERT OR IGNORE INTO sla_alerts (item_id, clock, state, "
                                      u"at) VALUES (?, ?, ?, ?)"_s,
                                      {s.itemId, s.clock, toString(s.state), at});
            if (!q.ok())
                return q.error();
        }
        auto old = Connection::exec(db, u"DELETE FROM sla_alerts WHERE at < ?"_s, {forgetBefore});
        return old.ok() ? StoreError{} : old.error();
    });
}

} // namespace fd::core
