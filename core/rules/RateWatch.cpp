#include "RateWatch.h"

#include "console/OperatorJournal.h"
#include "store/Connection.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kDay = 24 * kHour;
constexpr int kBaselineDays = 7;
constexpr qint64 kMinHistory = kDay;
constexpr qint64 kMinPostLife = kHour;
constexpr int kTitleChars = 60;

// Item ids are created ms * 1000 + n: a time is an id bound.
qint64 idAt(qint64 ms)
{
    return ms * 1000;
}

QString what()
{
    return QCoreApplication::translate("fd::core::RateWatch", "Measuring the flow of items");
}

// The statements of one measurement, prepared once and run per account.
struct Statements
{
    explicit Statements(const QSqlDatabase &db)
        : window(db)
        , first(db)
        , incoming(db)
        , lastIncoming(db)
        , postFirst(db)
        , postCount(db)
        , postTitle(db)
    {}

    StoreError prepare()
    {
        const std::pair<QSqlQuery *, QString> all[] = {
            {&window, u"SELECT post_id, min(thread_id), count(*) FROM items WHERE account_id = ? "
                      u"AND id >= ? AND id < ? AND direction = 'in' GROUP BY post_id"_s},
            {&first, u"SELECT min(id) FROM items WHERE account_id = ?"_s},
            {&incoming,
             u"SELECT (SELECT count(*) FROM items WHERE account_id = ? AND id >= ? AND id < ?) - "
             u"(SELECT count(*) FROM items WHERE account_id = ? AND direction = 'out' AND id >= ? "
             u"AND id < ?)"_s},
            {&lastIncoming, u"SELECT id FROM items WHERE account_id = ? AND direction = 'in' "
                            u"ORDER BY id DESC LIMIT 1"_s},
            {&postFirst, u"SELECT min(id) FROM items WHERE thread_id = ?"_s},
            {&postCount, u"SELECT count(*) FROM items WHERE thread_id = ? AND id >= ? AND id < ? "
                         u"AND direction = 'in'"_s},
            {&postTitle, u"SELECT text, external_id FROM posts WHERE id = ?"_s},
        };
        for (const auto &[q, sql] : all) {
            q->setForwardOnly(true);
            if (StoreError e = Connection::prepare(*q, sql); !e.ok())
                return e;
        }
        return {};
    }

    // The first column of the first row (0 for none or NULL).
    static StoreResult<qint64> scalar(QSqlQuery &q, std::initializer_list<QVariant> values)
    {
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (StoreError e = Connection::run(q, what()); !e.ok())
            return e;
        const qint64 v = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        return v;
    }

    // Incoming items of an account in [fromMs, toMs).
    StoreResult<qint64> incomingBetween(qint64 accountId, qint64 fromMs, qint64 toMs)
    {
        return scalar(incoming,
                      {accountId, idAt(fromMs), idAt(toMs), accountId, idAt(fromMs), idAt(toMs)});
    }

    QSqlQuery window, first, incoming, lastIncoming, postFirst, postCount, postTitle;
};

QString postTitleOf(QSqlQuery &q, qint64 postId)
{
    q.addBindValue(postId);
    QString title;
    if (q.exec() && q.next()) {
        title = q.value(0).toString().section(u'\n', 0, 0).simplified();
        if (title.isEmpty())
            title = q.value(1).toString();
    }
    q.finish();
    if (title.size() > kTitleChars)
        title = title.left(kTitleChars - 1).trimmed() + u'…';
    return title;
}

double thresholdFor(const AlarmSettings &s, double expected)
{
    return std::max(s.multiple * expected, double(s.minimum));
}

// The account's spike figures; the window's posts are in `a.posts` already.
StoreError measureSpike(Statements &st, AccountRate &a, qint64 firstMs, qint64 nowMs, bool full)
{
    const AlarmSettings &s = a.settings;
    const qint64 windowMs = qint64(s.windowMinutes) * 60 * 1000;
    const qint64 windowStart = nowMs - windowMs;
    // Below half the minimum nothing can spike and any spike is over: no need to know more.
    a.threshold = s.minimum;
    const bool worthIt = full || 2 * a.count >= s.minimum ||
                         std::any_of(a.posts.cbegin(), a.posts.cend(),
                                     [&](const PostRate &p) { return 2 * p.count >= s.minimum; });
    for (PostRate &p : a.posts)
        p.threshold = s.minimum;
    if (!worthIt || firstMs <= 0)
        return {};
    const qint64 baseStart = std::max(windowStart - kBaselineDays * kDay, firstMs);
    a.hasHistory = windowStart - baseStart >= kMinHistory;
    if (!a.hasHistory)
        return {};
    const auto base = st.incomingBetween(a.accountId, baseStart, windowStart);
    if (!base.ok())
        return base.error();
    a.usualPerHour = double(*base) * kHour / double(windowStart - baseStart);
    a.expected = a.usualPerHour * double(windowMs) / kHour;
    a.threshold = thresholdFor(s, a.expected);

    int inSpikingPosts = 0;
    for (PostRate &p : a.posts) {
        double perHour = a.usualPerHour;
        if (full || 2 * p.count >= s.minimum) {
            const auto postFirst = Statements::scalar(st.postFirst, {p.threadId});
            if (!postFirst.ok())
                return postFirst.error();
            const qint64 lifeStart =
                std::max(windowStart - kBaselineDays * kDay, *postFirst / 1000);
            if (windowStart - lifeStart >= kMinPostLife) {
                const auto own = Statements::scalar(
                    st.postCount, {p.threadId, idAt(lifeStart), idAt(windowStart)});
                if (!own.ok())
                    return own.error();
                perHour = std::max(perHour, double(*own) * kHour / double(windowStart - lifeStart));
            }
        }
        p.expected = perHour * double(windowMs) / kHour;
        p.threshold = thresholdFor(s, p.expected);
        p.spike = s.spikeOn && p.count >= p.threshold;
        p.calm = 2 * p.count < p.threshold;
        if (p.spike) {
            p.title = postTitleOf(st.postTitle, p.postId);
            inSpikingPosts += p.count;
        }
    }
    a.spike = s.spikeOn && a.count >= a.threshold && a.count - inSpikingPosts >= a.threshold;
    a.calm = 2 * a.count < a.threshold;
    return {};
}

StoreError measureSilence(Statements &st, AccountRate &a, qint64 firstMs, qint64 nowMs, bool full)
{
    const AlarmSettings &s = a.settings;
    const qint64 spanMs = qint64(s.silentHours) * kHour;
    const bool quietLongEnough = a.lastItemAt > 0 && a.lastItemAt <= nowMs - spanMs;
    if (!full && (!quietLongEnough || !s.silentOn || !a.enabled))
        return {};
    // The same hours on each of the past days the account already existed.
    qint64 total = 0;
    int days = 0;
    for (int d = 1; d <= kBaselineDays; ++d) {
        const qint64 to = nowMs - d * kDay;
        const qint64 from = to - spanMs;
        if (firstMs <= 0 || firstMs > from)
            break;
        const auto n = st.incomingBetween(a.accountId, from, to);
        if (!n.ok())
            return n.error();
        total += *n;
        ++days;
    }
    if (days == 0)
        return {};
    a.expectedSilent = double(total) / days;
    a.silent = quietLongEnough && s.silentOn && a.enabled && a.expectedSilent >= s.silentMinimum;
    return {};
}

} // namespace

StoreResult<QHash<qint64, AlarmSettings>> loadAlarmSettings(const QSqlDatabase &db)
{
    auto q = Connection::exec(
        db, u"SELECT a.id, s.multiple, s.window_minutes, s.minimum, s.silent_hours, "
            u"s.silent_minimum, s.spike_on, s.silent_on, s.account_id IS NOT NULL "
            u"FROM accounts a LEFT JOIN alarm_settings s ON s.account_id = a.id"_s);
    if (!q.ok())
        return q.error();
    QHash<qint64, AlarmSettings> all;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        AlarmSettings s;
        s.accountId = r.value(0).toLongLong();
        if (r.value(8).toBool()) {
            s.multiple = r.value(1).toDouble();
            s.windowMinutes = r.value(2).toInt();
            s.minimum = r.value(3).toInt();
            s.silentHours = r.value(4).toInt();
            s.silentMinimum = r.value(5).toInt();
            s.spikeOn = r.value(6).toBool();
            s.silentOn = r.value(7).toBool();
        }
        all.insert(s.accountId, s);
    }
    return all;
}

namespace {

// Settings as the journal shows them.
QString settingsText(const AlarmSettings &s)
{
    return u"spike %1: %2x in %3 min, at least %4; silent %5: %6 h, at least %7 expected"_s
        .arg(s.spikeOn ? u"on"_s : u"off"_s)
        .arg(s.multiple)
        .arg(s.windowMinutes)
        .arg(s.minimum)
        .arg(s.silentOn ? u"on"_s : u"off"_s)
        .arg(s.silentHours)
        .arg(s.silentMinimum);
}

} // namespace

QFuture<StoreError> saveAlarmSettings(Store &store, const AlarmSettings &s, const Actor &actor)
{
    return store.write([s, actor](const QSqlDatabase &db) -> StoreError {
        if (!(s.multiple >= 1 && s.multiple <= 1000))
            return StoreError::invalid(QCoreApplication::translate(
                "fd::core::RateWatch", "The multiple must be between 1 and 1000."));
        if (s.windowMinutes < 1 || s.windowMinutes > 1440)
            return StoreError::invalid(QCoreApplication::translate(
                "fd::core::RateWatch", "The window must be between 1 and 1440 minutes."));
        if (s.minimum < 2)
            return StoreError::invalid(QCoreApplication::translate(
                "fd::core::RateWatch", "The minimum must be at least 2."));
        if (s.silentHours < 1 || s.silentHours > 168)
            return StoreError::invalid(QCoreApplication::translate(
                "fd::core::RateWatch", "The silent hours must be between 1 and 168."));
        if (s.silentMinimum < 1)
            return StoreError::invalid(QCoreApplication::translate(
                "fd::core::RateWatch", "The expected count for silence must be at least 1."));
        const auto before = loadAlarmSettings(db);
        if (!before.ok())
            return before.error();
        auto q = Connection::exec(
            db,
            u"INSERT INTO alarm_settings (account_id, multiple, window_minutes, minimum, "
            u"silent_hours, silent_minimum, spike_on, silent_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            u"ON CONFLICT (account_id) DO UPDATE SET multiple = excluded.multiple, "
            u"window_minutes = excluded.window_minutes, minimum = excluded.minimum, "
            u"silent_hours = excluded.silent_hours, silent_minimum = excluded.silent_minimum, "
            u"spike_on = excluded.spike_on, silent_on = excluded.silent_on"_s,
            {s.accountId, s.multiple, s.windowMinutes, s.minimum, s.silentHours, s.silentMinimum,
             s.spikeOn ? 1 : 0, s.silentOn ? 1 : 0});
        if (!q.ok())
            return q.error();
        const AlarmSettings old = before->value(s.accountId, AlarmSettings{s.accountId});
        if (old == s)
            return StoreError{};
        return journalOther(db, actor, QDateTime::currentMSecsSinceEpoch(), u"alarms.set"_s,
                            settingsText(old), settingsText(s), u"account %1"_s.arg(s.accountId));
    });
}

StoreResult<QList<AccountRate>> RateWatch::measure(qint64 nowMs, bool full) const
{
    const auto settings = loadAlarmSettings(m_db);
    if (!settings.ok())
        return settings.error();
    auto accounts = Connection::exec(
        m_db, u"SELECT id, name, platform, enabled FROM accounts ORDER BY name, id"_s);
    if (!accounts.ok())
        return accounts.error();
    Statements st(m_db);
    if (StoreError e = st.prepare(); !e.ok())
        return e;

    QList<AccountRate> out;
    while (accounts.value().next()) {
        const QSqlQuery &r = accounts.value();
        AccountRate a;
        a.accountId = r.value(0).toLongLong();
        a.name = r.value(1).toString();
        a.platform = platformFromString(r.value(2).toString()).value_or(Platform::Telegram);
        a.enabled = r.value(3).toBool();
        a.settings = settings->value(a.accountId);
        a.settings.accountId = a.accountId;

        const qint64 windowStart = nowMs - qint64(a.settings.windowMinutes) * 60 * 1000;
        st.window.addBindValue(a.accountId);
        st.window.addBindValue(idAt(windowStart));
        st.window.addBindValue(idAt(nowMs));
        if (StoreError e = Connection::run(st.window, what()); !e.ok())
            return e;
        while (st.window.next()) {
            const int n = st.window.value(2).toInt();
            a.count += n;
            if (!st.window.value(0).isNull())
                a.posts.append(
                    {st.window.value(0).toLongLong(), st.window.value(1).toLongLong(), {}, n});
        }
        st.window.finish();
        std::sort(a.posts.begin(), a.posts.end(),
                  [](const PostRate &x, const PostRate &y) { return x.count > y.count; });

        const auto first = Statements::scalar(st.first, {a.accountId});
        if (!first.ok())
            return first.error();
        const qint64 firstMs = *first / 1000;
        const auto last = Statements::scalar(st.lastIncoming, {a.accountId});
        if (!last.ok())
            return last.error();
        a.lastItemAt = *last / 1000;

        if (StoreError e = measureSpike(st, a, firstMs, nowMs, full); !e.ok())
            return e;
        if (StoreError e = measureSilence(st, a, firstMs, nowMs, full); !e.ok())
            return e;
        out.append(a);
    }
    return out;
}

} // namespace fd::core
