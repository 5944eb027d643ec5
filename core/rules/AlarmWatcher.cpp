#include "AlarmWatcher.h"

#include "store/Connection.h"
#include "store/Store.h"
#include "store/WriteFor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTimer>

#include <cmath>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

constexpr qint64 kHour = 3600LL * 1000;

// "about 40× the usual rate"; a usual rate near nothing has no meaningful multiple.
QString ratioText(int count, double expected)
{
    if (expected < 0.05)
        return QCoreApplication::translate("fd::core::AlarmWatcher", "far above the usual rate");
    const double ratio = count / expected;
    const QString r = ratio >= 10 ? QString::number(qRound(ratio)) : QString::number(ratio, 'f', 1);
    return QCoreApplication::translate("fd::core::AlarmWatcher", "about %1× the usual rate").arg(r);
}

QString minutesText(int minutes)
{
    return QCoreApplication::translate("fd::core::AlarmWatcher", "%n min", nullptr, minutes);
}

// The count is worked out before translate(): lupdate never finishes reading a call whose
// arguments hold a template argument list.
QString hoursText(qint64 ms)
{
    const int hours = int(std::min<qint64>(ms / kHour, 1000000));
    return QCoreApplication::translate("fd::core::AlarmWatcher", "%n h", nullptr, hours);
}

// A spike counts at least the minimum, never under 2: the English source reads right without
// plural forms, and the translations bring theirs.
Alarm postSpike(const AccountRate &a, const PostRate &p, qint64 now)
{
    Alarm al{
        Alarm::Kind::Spike, a.accountId, a.name, p.postId, {}, {}, now, p.count, p.expected, 0};
    al.title = QCoreApplication::translate("fd::core::AlarmWatcher", "Flood of comments");
    al.text = QCoreApplication::translate("fd::core::AlarmWatcher",
                                          "%1: %n comments under “%2” in %3 — %4", nullptr, p.count)
                  .arg(a.name, p.title, minutesText(a.settings.windowMinutes),
                       ratioText(p.count, p.expected));
    return al;
}

Alarm accountSpike(const AccountRate &a, qint64 now)
{
    Alarm al{Alarm::Kind::Spike, a.accountId, a.name, 0, {}, {}, now, a.count, a.expected, 0};
    al.title = QCoreApplication::translate("fd::core::AlarmWatcher", "Flood of messages");
    al.text =
        QCoreApplication::translate("fd::core::AlarmWatcher", "%1: %n new messages in %2 — %3",
                                    nullptr, a.count)
            .arg(a.name, minutesText(a.settings.windowMinutes), ratioText(a.count, a.expected));
    return al;
}

Alarm silence(const AccountRate &a, qint64 now)
{
    Alarm al{Alarm::Kind::Silent, a.accountId, a.name, 0, {}, {}, now, 0,
             a.expectedSilent,    a.lastItemAt};
    const int hours = a.settings.silentHours;
    const double perHour = a.expectedSilent / hours;
    const QString usual =
        perHour >= 1
            ? QCoreApplication::translate("fd::core::AlarmWatcher", "usually about %n an hour",
                                          nullptr, qRound(perHour))
            : QCoreApplication::translate("fd::core::AlarmWatcher", "usually about %n in %1 h",
                                          nullptr, qRound(a.expectedSilent))
                  .arg(hours);
    al.title = QCoreApplication::translate("fd::core::AlarmWatcher", "Channel silent");
    al.text = QCoreApplication::translate(
                  "fd::core::AlarmWatcher",
                  "%1: no messages for %2; %3 at this time of day. Is the account still connected?")
                  .arg(a.name, hoursText(now - a.lastItemAt), usual);
    return al;
}

Alarm recovery(const AccountRate &a, qint64 silentSince, qint64 now)
{
    Alarm al{Alarm::Kind::Recovered, a.accountId, a.name, 0, {}, {}, now, 0, 0, silentSince};
    al.title = QCoreApplication::translate("fd::core::AlarmWatcher", "Channel back");
    al.text = QCoreApplication::translate("fd::core::AlarmWatcher",
                                          "%1: messages arrive again after %2 of silence.")
                  .arg(a.name, hoursText(a.lastItemAt - silentSince));
    return al;
}

struct Episode
{
    qint64 startedAt = 0;
    qint64 lastItemAt = 0;
};

using EpisodeKey = std::tuple<QString, qint64, qint64>; // kind, account, post

StoreError journal(const QSqlDatabase &db, const Alarm &a)
{
    QJsonObject after{{u"post_id"_s, a.postId}};
    if (a.kind == Alarm::Kind::Spike)
        after.insert(u"count"_s, a.count);
    if (a.expected > 0)
        after.insert(u"expected"_s, std::round(a.expected * 10) / 10);
    if (a.lastItemAt > 0)
        after.insert(u"last_item_at"_s,
                     QDateTime::fromMSecsSinceEpoch(a.lastItemAt, Qt::UTC).toString(Qt::ISODate));
    auto q = Connection::exec(
        db,
        u"INSERT INTO journal (at, actor_kind, actor, station, action, account_id, after, detail) "
        u"VALUES (?, 'system', 'alarm', ?, ?, ?, ?, ?)"_s,
        {a.at, QSysInfo::machineHostName(), QString(u"alarm."_s + toString(a.kind)), a.accountId,
         QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)), a.text});
    return q.ok() ? StoreError{} : q.error();
}

} // namespace

QString toString(Alarm::Kind kind)
{
    switch (kind) {
    case Alarm::Kind::Spike:
        return u"spike"_s;
    case Alarm::Kind::Silent:
        return u"silent"_s;
    case Alarm::Kind::Recovered:
        return u"recovered"_s;
    }
    return {};
}

namespace {

using Episodes = std::map<EpisodeKey, Episode>;

StoreResult<Episodes> loadEpisodes(const QSqlDatabase &db)
{
    auto stored = Connection::exec(
        db, u"SELECT kind, account_id, post_id, started_at, last_item_at FROM alarm_episodes"_s);
    if (!stored.ok())
        return stored.error();
    Episodes episodes;
    while (stored.value().next()) {
        const QSqlQuery &r = stored.value();
        episodes[{r.value(0).toString(), r.value(1).toLongLong(), r.value(2).toLongLong()}] = {
            r.value(3).toLongLong(), r.value(4).toLongLong()};
    }
    return episodes;
}

// What the rates call for against the episodes under way.
struct Decision
{
    QList<Alarm> alarms;
    Episodes begun;
    QList<EpisodeKey> ended;

    bool isEmpty() const { return alarms.isEmpty() && begun.empty() && ended.isEmpty(); }
};

Decision decide(const QList<AccountRate> &rates, const Episodes &episodes, qint64 now)
{
    Decision d;
    const QString spike = u"spike"_s;
    const QString silent = u"silent"_s;
    for (const AccountRate &a : rates) {
        // Spikes of the account and of its posts.
        const auto accountKey = EpisodeKey{spike, a.accountId, 0};
        const bool accountOpen = episodes.count(accountKey) > 0;
        if (a.spike && !accountOpen) {
            d.alarms.append(accountSpike(a, now));
            d.begun[accountKey] = {now, 0};
        } else if (accountOpen && (a.calm || !a.settings.spikeOn)) {
            d.ended.append(accountKey);
        }
        QSet<qint64> postsNow;
        for (const PostRate &p : a.posts) {
            postsNow.insert(p.postId);
            const auto key = EpisodeKey{spike, a.accountId, p.postId};
            const bool open = episodes.count(key) > 0;
            if (p.spike && !open) {
                d.alarms.append(postSpike(a, p, now));
                d.begun[key] = {now, 0};
            } else if (open && (p.calm || !a.settings.spikeOn)) {
                d.ended.append(key);
            }
        }
        // A post with no comments in the window at all is calm.
        for (auto it = episodes.lower_bound({spike, a.accountId, 1});
             it != episodes.end() && std::get<0>(it->first) == spike &&
             std::get<1>(it->first) == a.accountId;
             ++it) {
            if (!postsNow.contains(std::get<2>(it->first)))
                d.ended.append(it->first);
        }

        // Silence, and its end.
        const auto silentKey = EpisodeKey{silent, a.accountId, 0};
        const auto open = episodes.find(silentKey);
        if (open == episodes.end()) {
            if (a.silent) {
                d.alarms.append(silence(a, now));
                d.begun[silentKey] = {now, a.lastItemAt};
            }
        } else if (a.lastItemAt > open->second.lastItemAt) {
            d.alarms.append(recovery(a, open->second.lastItemAt, now));
            d.ended.append(silentKey);
        } else if (!a.settings.silentOn || !a.enabled) {
            d.ended.append(silentKey);
        }
    }
    return d;
}

StoreError apply(const QSqlDatabase &db, const Decision &d)
{
    for (const EpisodeKey &k : d.ended) {
        auto q = Connection::exec(db,
                                  u"DELETE FROM alarm_episodes WHERE kind = ? AND account_id = ? "
                                  u"AND post_id = ?"_s,
                                  {std::get<0>(k), std::get<1>(k), std::get<2>(k)});
        if (!q.ok())
            return q.error();
    }
    for (const auto &[k, e] : d.begun) {
        auto q = Connection::exec(
            db,
            u"INSERT INTO alarm_episodes (kind, account_id, post_id, started_at, last_item_at) "
            u"VALUES (?, ?, ?, ?, ?)"_s,
            {std::get<0>(k), std::get<1>(k), std::get<2>(k), e.startedAt,
             e.lastItemAt > 0 ? QVariant(e.lastItemAt) : QVariant(QMetaType::fromType<qint64>())});
        if (!q.ok())
            return q.error();
    }
    for (const Alarm &al : d.alarms) {
        if (StoreError e = journal(db, al); !e.ok())
            return e;
    }
    return {};
}

} // namespace

StoreError settleAlarms(const QSqlDatabase &db, const QList<AccountRate> &rates, qint64 now,
                        QList<Alarm> &raised)
{
    const auto episodes = loadEpisodes(db);
    if (!episodes.ok())
        return episodes.error();
    const Decision d = decide(rates, *episodes, now);
    if (StoreError e = apply(db, d); !e.ok())
        return e;
    raised = d.alarms;
    return {};
}

AlarmWatcher::AlarmWatcher(Store &store, Clock clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<Alarm>();
    connect(m_timer, &QTimer::timeout, this, [this] { check(); });
}

AlarmWatcher::~AlarmWatcher() = default;

void AlarmWatcher::start(int intervalMs)
{
    m_timer->start(intervalMs);
}

void AlarmWatcher::stop()
{
    m_timer->stop();
}

QFuture<StoreResult<QList<Alarm>>> AlarmWatcher::check()
{
    using Result = StoreResult<QList<Alarm>>;
    const qint64 now = m_clock();
    auto fail = [this](const StoreError &e) {
        Q_EMIT failed(e.message);
        return QtFuture::makeReadyFuture(Result(e));
    };
    auto reader = m_store.reader();
    if (!reader.ok())
        return fail(reader.error());
    auto rates = RateWatch(*reader).measure(now);
    if (!rates.ok())
        return fail(rates.error());
    // Most minutes nothing begins or ends: then the writer is not bothered at all. Otherwise the
    // writer decides again against the episodes it holds, so two programs never alarm twice.
    const auto episodes = loadEpisodes(*reader);
    if (!episodes.ok())
        return fail(episodes.error());
    if (decide(*rates, *episodes, now).isEmpty())
        return QtFuture::makeReadyFuture(Result(QList<Alarm>()));
    auto done = writeFor<QList<Alarm>>(
        m_store, [rates = *rates, now](const QSqlDatabase &db, QList<Alarm> &raised) {
            return settleAlarms(db, rates, now, raised);
        });
    done.then(this, [this](const Result &r) {
        if (!r.ok()) {
            Q_EMIT failed(r.error().message);
            return;
        }
        for (const Alarm &a : *r)
            Q_EMIT alarm(a);
    });
    return done;
}

} // namespace fd::core
