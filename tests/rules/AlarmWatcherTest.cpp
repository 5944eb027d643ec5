#include "TestSupport.h"

#include "rules/AlarmWatcher.h"
#include "rules/RateWatch.h"
#include "store/ItemQueries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::ingest;
using fd::test::resultOf;

namespace {

constexpr qint64 kMinute = 60LL * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// A station with a week of realistic traffic, about 400 items a day: a busy Telegram bot, a VK
// community whose comments hang under a new post every eight hours, a quiet channel with three
// items a week, and an account connected a moment ago with nothing yet. The week ends at `end`
// (in the past of the wall clock: the store keeps no creation time past its arrival).
class Station
{
public:
    explicit Station(qint64 end)
        : now(end)
    {
        busy = s.addAccount(Platform::Telegram, u"Telegram Support"_s);
        shop = s.addAccount(Platform::Vk, u"VK Shop"_s);
        quiet = s.addAccount(Platform::YouTube, u"Quiet channel"_s);
        fresh = s.addAccount(Platform::Vk, u"Brand new"_s);
        QRandomGenerator rng(42);
        const qint64 start = end - 7 * kDay;
        QList<IncomingItem> dms, comments;
        for (int i = 0; i < 7 * 250; ++i)
            dms << dm(start + i * (7 * kDay / 1750) + rng.bounded(60000));
        for (int i = 0; i < 7 * 150; ++i) {
            const qint64 at = start + i * (7 * kDay / 1050) + rng.bounded(60000);
            const qint64 post = (at - start) / (8 * kHour);
            comments << comment(u"p%1"_s.arg(post), u"Post number %1"_s.arg(post), at);
        }
        store(busy, dms);
        store(shop, comments);
        store(quiet, {dm(start + 1 * kDay), dm(start + 3 * kDay), dm(start + 5 * kDay)});
    }

    IncomingItem dm(qint64 at)
    {
        const QString n = QString::number(++m_serial);
        return fd::test::makeItem(u"m"_s + n, u"Where is my order "_s + n, u"u"_s + n,
                                  u"Customer "_s + n, at / 1000);
    }

    IncomingItem comment(const QString &post, const QString &postText, qint64 at)
    {
        IncomingItem in = dm(at);
        in.item.kind = ItemKind::Comment;
        in.post.externalId = post;
        in.post.text = postText;
        return in;
    }

    // `count` comments under one post, evenly over [from, to).
    void burst(qint64 account, const QString &post, const QString &postText, int count, qint64 from,
               qint64 to)
    {
        QList<IncomingItem> items;
        for (int i = 0; i < count; ++i)
            items << comment(post, postText, from + i * (to - from) / count);
        store(account, items);
    }

    void store(qint64 account, const QList<IncomingItem> &items)
    {
        for (qsizetype i = 0; i < items.size(); i += 500) {
            IngestBatch b;
            b.accountId = account;
            b.items = items.mid(i, 500);
            const IngestResult r = ingest(s.store(), b);
            REQUIRE(r.ok());
            REQUIRE(r.inserted == b.items.size());
        }
    }

    // One check at `now` by `watcher` (a station's own by default).
    QList<Alarm> check(AlarmWatcher *other = nullptr)
    {
        const auto r = resultOf((other ? other : &watcher)->check());
        INFO(r.error().message.toStdString());
        REQUIRE(r.ok());
        return *r;
    }

    QList<JournalEntry> journal()
    {
        const auto rows = ItemQueries(*s->reader()).journal({}, 1000);
        REQUIRE(rows.ok());
        QList<JournalEntry> alarms;
        for (const JournalEntry &e : *rows) {
            if (e.action.startsWith(u"alarm."_s))
                alarms << e;
        }
        return alarms;
    }

    fd::test::TempStore s;
    qint64 now;
    AlarmWatcher watcher{s.store(), [this] { return now; }};
    qint64 busy = 0, shop = 0, quiet = 0, fresh = 0;

private:
    int m_serial = 0;
};

// A week ending two days ago by the wall clock, so a test can move a day forward.
qint64 pastEnd()
{
    return (QDateTime::currentMSecsSinceEpoch() - 2 * kDay) / kMinute * kMinute;
}

QList<Alarm> ofAccount(const QList<Alarm> &alarms, qint64 account)
{
    QList<Alarm> out;
    for (const Alarm &a : alarms) {
        if (a.accountId == account)
            out << a;
    }
    return out;
}

} // namespace

TEST_CASE("A normal week raises no alarm", "[alarm]")
{
    Station st(pastEnd());
    CHECK(st.check().isEmpty());
    // Every hour of the next half day brings the usual traffic: still nothing.
    for (int h = 1; h <= 12; ++h) {
        QList<IncomingItem> dms, comments;
        for (int i = 0; i < 10; ++i)
            dms << st.dm(st.now + i * 6 * kMinute + kMinute);
        for (int i = 0; i < 6; ++i)
            comments << st.comment(u"next"_s, u"Next post"_s, st.now + i * 10 * kMinute + kMinute);
        st.store(st.busy, dms);
        st.store(st.shop, comments);
        st.now += kHour;
        CHECK(st.check().isEmpty());
    }
}

TEST_CASE("A burst of comments under one post raises one alarm about that post", "[alarm]")
{
    Station st(pastEnd());
    REQUIRE(st.check().isEmpty());

    st.now += 20 * kMinute;
    st.burst(st.shop, u"crisis"_s, u"New prices\nFrom Monday everything costs more"_s, 200,
             st.now - 10 * kMinute, st.now);
    const QList<Alarm> alarms = st.check();
    REQUIRE(alarms.size() == 1);
    const Alarm &a = alarms.constFirst();
    CHECK(a.kind == Alarm::Kind::Spike);
    CHECK(a.accountId == st.shop);
    CHECK(a.postId > 0);
    CHECK(a.count == 200);
    CHECK(a.text.startsWith(u"VK Shop: 200 comments under “New prices” in 10 min — about "_s));
    CHECK(a.text.endsWith(u"× the usual rate"_s));

    SECTION("The same burst seen again does not alarm twice")
    {
        st.now += kMinute;
        CHECK(st.check().isEmpty());
    }
    SECTION("Back to normal and then a new burst alarms again")
    {
        st.now += 30 * kMinute; // the burst has left the window
        CHECK(st.check().isEmpty());
        st.now += 10 * kMinute;
        st.burst(st.shop, u"crisis"_s, u"New prices"_s, 200, st.now - 10 * kMinute, st.now);
        const QList<Alarm> again = st.check();
        REQUIRE(again.size() == 1);
        CHECK(again.constFirst().postId == a.postId);
    }
    SECTION("A restart does not raise it again")
    {
        st.s.reopen();
        AlarmWatcher restarted(st.s.store(), [&st] { return st.now + kMinute; });
        CHECK(st.check(&restarted).isEmpty());
    }
    SECTION("The alarm is in the journal")
    {
        const QList<JournalEntry> rows = st.journal();
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].action == u"alarm.spike"_s);
        CHECK(rows[0].actorKind == ActorKind::System);
        CHECK(rows[0].detail == a.text);
    }
}

TEST_CASE("A burst spread over a whole account without one busy post alarms for the account",
          "[alarm]")
{
    Station st(pastEnd());
    QList<IncomingItem> dms;
    for (int i = 0; i < 300; ++i)
        dms << st.dm(st.now - 10 * kMinute + i * 2000);
    st.store(st.busy, dms);
    const QList<Alarm> alarms = st.check();
    REQUIRE(alarms.size() == 1);
    CHECK(alarms[0].accountId == st.busy);
    CHECK(alarms[0].postId == 0);
    // The burst and the usual one or two of those minutes.
    CHECK(alarms[0].count >= 300);
    CHECK(alarms[0].text.startsWith(
        u"Telegram Support: %1 new messages in 10 min — about "_s.arg(alarms[0].count)));
}

TEST_CASE("A busy account silent for 7 hours alarms once and then recovers", "[alarm]")
{
    Station st(pastEnd());
    REQUIRE(st.check().isEmpty());
    const qint64 lastBefore = st.now;

    st.now += 7 * kHour;
    const QList<Alarm> silent = ofAccount(st.check(), st.busy);
    REQUIRE(silent.size() == 1);
    CHECK(silent[0].kind == Alarm::Kind::Silent);
    CHECK(silent[0].text.startsWith(u"Telegram Support: no messages for 7 h; usually about "_s));
    CHECK(silent[0].lastItemAt <= lastBefore);
    CHECK(silent[0].lastItemAt > lastBefore - kHour);

    st.now += 30 * kMinute;
    CHECK(ofAccount(st.check(), st.busy).isEmpty());
    st.s.reopen();
    AlarmWatcher restarted(st.s.store(), [&st] { return st.now; });
    CHECK(ofAccount(st.check(&restarted), st.busy).isEmpty());

    st.store(st.busy, {st.dm(st.now - kMinute)});
    const QList<Alarm> back = ofAccount(st.check(&restarted), st.busy);
    REQUIRE(back.size() == 1);
    CHECK(back[0].kind == Alarm::Kind::Recovered);
    CHECK(back[0].text == u"Telegram Support: messages arrive again after 7 h of silence."_s);
    st.now += kMinute;
    CHECK(ofAccount(st.check(&restarted), st.busy).isEmpty());

    QStringList actions;
    for (const JournalEntry &e : st.journal()) {
        if (e.detail.startsWith(u"Telegram Support"_s))
            actions << e.action;
    }
    actions.sort();
    CHECK(actions == QStringList{u"alarm.recovered"_s, u"alarm.silent"_s});
}

TEST_CASE("A quiet channel and a brand-new account never alarm", "[alarm]")
{
    Station st(pastEnd());
    // The quiet channel's three comments arrive at once, the new account's first poll brings
    // two hundred messages of the last minutes.
    st.burst(st.quiet, u"v1"_s, u"A video"_s, 3, st.now - 5 * kMinute, st.now);
    QList<IncomingItem> first;
    for (int i = 0; i < 200; ++i)
        first << st.dm(st.now - 9 * kMinute + i * 2000);
    st.store(st.fresh, first);
    // (After a day the new account has a day of history; its silence is then news.)
    for (int h = 0; h < 20; ++h) {
        const QList<Alarm> alarms = st.check();
        CHECK(ofAccount(alarms, st.quiet).isEmpty());
        CHECK(ofAccount(alarms, st.fresh).isEmpty());
        st.now += kHour;
    }
}

TEST_CASE("Alarms switched off for an account stay quiet", "[alarm]")
{
    Station st(pastEnd());
    AlarmSettings off;
    off.accountId = st.shop;
    off.spikeOn = false;
    REQUIRE(resultOf(saveAlarmSettings(st.s.store(), off)).ok());
    AlarmSettings bad = off;
    bad.windowMinutes = 0;
    CHECK(resultOf(saveAlarmSettings(st.s.store(), bad)).kind == StoreError::Kind::Invalid);

    st.burst(st.shop, u"crisis"_s, u"New prices"_s, 200, st.now - 10 * kMinute, st.now);
    CHECK(st.check().isEmpty());

    const auto loaded = loadAlarmSettings(*st.s->reader());
    REQUIRE(loaded.ok());
    CHECK(loaded->value(st.shop) == off);
    CHECK(loaded->value(st.busy) == AlarmSettings{st.busy});
}

TEST_CASE("The watcher emits each alarm as a signal", "[alarm]")
{
    Station st(pastEnd());
    QList<Alarm> heard;
    QObject::connect(&st.watcher, &AlarmWatcher::alarm, &st.watcher,
                     [&heard](const Alarm &a) { heard << a; });
    st.burst(st.shop, u"crisis"_s, u"New prices"_s, 200, st.now - 10 * kMinute, st.now);
    REQUIRE(st.check().size() == 1);
    // The signal is posted from the writer's thread: wait for it (not for a fixed number of
    // turns of the loop, which a busy machine gets through before it arrives).
    const QDeadlineTimer deadline(10000);
    while (heard.isEmpty() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    REQUIRE(heard.size() == 1);
    CHECK(heard[0].kind == Alarm::Kind::Spike);
}

TEST_CASE("frontdeskctl alarm check prints the alarm", "[alarm][cli]")
{
    // The command line checks at the wall clock's now.
    Station st(QDateTime::currentMSecsSinceEpoch() - 11 * kMinute);
    st.burst(st.shop, u"crisis"_s, u"New prices"_s, 200, st.now + 2 * kMinute,
             st.now + 10 * kMinute);
    st.s.close();

    const auto run =
        fd::test::runProgram(QStringLiteral(FRONTDESK_CTL),
                             {u"--db"_s, st.s.path(), u"alarm"_s, u"check"_s, u"--json"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1);
    const QJsonObject o = QJsonDocument::fromJson(lines[0].toUtf8()).object();
    CHECK(o.value(u"kind"_s).toString() == u"spike"_s);
    CHECK(o.value(u"account"_s).toString() == u"VK Shop"_s);
    CHECK(o.value(u"count"_s).toInt() == 200);
    CHECK(o.value(u"text"_s).toString().contains(u"“New prices”"_s));

    const auto again = fd::test::runProgram(QStringLiteral(FRONTDESK_CTL),
                                            {u"--db"_s, st.s.path(), u"alarm"_s, u"check"_s});
    REQUIRE(again.code == 0);
    CHECK(again.out == u"No new alarms.\n"_s);

    const auto set =
        fd::test::runProgram(QStringLiteral(FRONTDESK_CTL),
                             {u"--db"_s, st.s.path(), u"alarm"_s, u"set"_s, u"--account"_s,
                              u"vk shop"_s, u"--multiple"_s, u"8"_s, u"--off"_s, u"silent"_s});
    INFO(set.err.toStdString());
    REQUIRE(set.code == 0);
    const auto list =
        fd::test::runProgram(QStringLiteral(FRONTDESK_CTL),
                             {u"--db"_s, st.s.path(), u"alarm"_s, u"list"_s, u"--json"_s});
    REQUIRE(list.code == 0);
    bool seen = false;
    for (const QString &line : list.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject a = QJsonDocument::fromJson(line.toUtf8()).object();
        if (a.value(u"account"_s).toString() != u"VK Shop"_s)
            continue;
        seen = true;
        CHECK(a.value(u"multiple"_s).toDouble() == 8);
        CHECK(a.value(u"silent"_s).toBool() == false);
        CHECK(a.value(u"spike"_s).toBool() == true);
    }
    CHECK(seen);
    const auto bad = fd::test::runProgram(QStringLiteral(FRONTDESK_CTL),
                                          {u"--db"_s, st.s.path(), u"alarm"_s, u"set"_s,
                                           u"--account"_s, u"VK Shop"_s, u"--off"_s, u"noise"_s});
    CHECK(bad.code == 2);
}
