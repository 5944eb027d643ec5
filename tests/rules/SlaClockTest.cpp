#include "TestSupport.h"

#include "rules/SlaClock.h"
#include "rules/SlaQueries.h"
#include "store/Connection.h"

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace {

QDateTime utc(int y, int m, int d, int hh, int mm = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm), QTimeZone::utc());
}

SlaPolicy policy(int first, int next = 0, int resolution = 0)
{
    SlaPolicy p;
    p.firstMinutes = first;
    p.nextMinutes = next;
    p.resolutionMinutes = resolution;
    return p;
}

SlaSettings settingsWith(QList<SlaPolicy> policies, QList<SlaCalendar> calendars = {})
{
    SlaSettings s;
    s.setPolicies(std::move(policies));
    s.setCalendars(std::move(calendars));
    return s;
}

SlaFacts waiting(const QDateTime &createdAt)
{
    SlaFacts f;
    f.itemId = 1;
    f.accountId = 1;
    f.kind = ItemKind::Comment;
    f.createdAt = createdAt;
    f.accountName = u"VK Shop"_s;
    f.authorName = u"Anna"_s;
    return f;
}

} // namespace

TEST_CASE("The most specific policy wins", "[rules][sla]")
{
    SlaPolicy everyone = policy(60);
    SlaPolicy comments = policy(30);
    comments.kind = ItemKind::Comment;
    SlaPolicy shop = policy(20);
    shop.accountId = 1;
    SlaPolicy shopComments = policy(10);
    shopComments.accountId = 1;
    shopComments.kind = ItemKind::Comment;
    // The order they are stored in does not matter.
    const SlaSettings s = settingsWith({shopComments, everyone, shop, comments});
    CHECK(s.policyFor(1, ItemKind::Comment)->firstMinutes == 10);
    CHECK(s.policyFor(1, ItemKind::Dm)->firstMinutes == 20);
    CHECK(s.policyFor(2, ItemKind::Comment)->firstMinutes == 30);
    CHECK(s.policyFor(2, ItemKind::Review)->firstMinutes == 60);
    CHECK(settingsWith({shop, comments}).policyFor(2, ItemKind::Dm) == nullptr);
}

TEST_CASE("A clock runs then is at risk then breached", "[rules][sla]")
{
    const SlaSettings s = settingsWith({policy(15)});
    const SlaFacts f = waiting(utc(2026, 1, 14, 10, 0));

    SlaClock c = computeSlaClock(f, s, utc(2026, 1, 14, 10, 3));
    CHECK(c.response.target == SlaTarget::FirstResponse);
    CHECK(c.state() == SlaState::Running);
    CHECK(c.response.dueAt == utc(2026, 1, 14, 10, 15));
    CHECK(c.response.remainingSeconds == 12 * 60);
    CHECK(slaShortText(c.main()) == u"12 min left"_s);
    // The warning comes a fifth of the target before the breach: 3 minutes of 15.
    CHECK(c.response.warnAt == utc(2026, 1, 14, 10, 12));
    CHECK(computeSlaClock(f, s, utc(2026, 1, 14, 10, 11)).state() == SlaState::Running);

    c = computeSlaClock(f, s, utc(2026, 1, 14, 10, 12));
    CHECK(c.state() == SlaState::AtRisk);
    CHECK(slaAlertText(f, c.main(), utc(2026, 1, 14, 10, 12)) ==
          u"VK Shop: a comment from Anna waits 12 min, first response due in 3 min"_s);

    c = computeSlaClock(f, s, utc(2026, 1, 14, 10, 20));
    CHECK(c.state() == SlaState::Breached);
    CHECK(c.response.remainingSeconds == -5 * 60);
    CHECK(slaShortText(c.main()) == u"5 min over"_s);
    CHECK(slaAlertText(f, c.main(), utc(2026, 1, 14, 10, 20)) ==
          u"VK Shop: a comment from Anna waits 20 min, first response overdue by 5 min"_s);

    // A fixed warning instead of the fifth.
    SlaPolicy early = policy(15);
    early.warnMinutes = 10;
    CHECK(computeSlaClock(f, settingsWith({early}), utc(2026, 1, 14, 10, 5)).state() ==
          SlaState::AtRisk);
}

TEST_CASE("An answer in time is met and a late one met late", "[rules][sla]")
{
    const SlaSettings s = settingsWith({policy(15, 45)});
    SlaFacts f = waiting(utc(2026, 1, 14, 10, 0));
    f.answeredAt = utc(2026, 1, 14, 10, 9);
    SlaClock c = computeSlaClock(f, s, utc(2026, 1, 14, 12, 0));
    CHECK(c.state() == SlaState::Met);
    CHECK(slaShortText(c.main()) == u"met"_s);
    f.answeredAt = utc(2026, 1, 14, 10, 40);
    c = computeSlaClock(f, s, utc(2026, 1, 14, 12, 0));
    CHECK(c.state() == SlaState::MetLate);
    CHECK(c.response.remainingSeconds == -25 * 60);

    // After an answer of ours in the conversation the next response target applies.
    f.repliedBefore = true;
    c = computeSlaClock(f, s, utc(2026, 1, 14, 12, 0));
    CHECK(c.response.target == SlaTarget::NextResponse);
    CHECK(c.response.targetMinutes == 45);
    CHECK(c.state() == SlaState::Met);

    // Closing without an answer stops the clock too; hidden and deleted items likewise.
    SlaFacts closed = waiting(utc(2026, 1, 14, 10, 0));
    closed.status = ItemStatus::Closed;
    closed.closedAt = utc(2026, 1, 14, 10, 20);
    CHECK(computeSlaClock(closed, s, utc(2026, 1, 14, 12, 0)).state() == SlaState::MetLate);
    closed.status = ItemStatus::Hidden;
    closed.closedAt = {};
    CHECK(computeSlaClock(closed, s, utc(2026, 1, 14, 12, 0)).state() == SlaState::Met);

    // Our own items and items without a target have no clock.
    SlaFacts ours = waiting(utc(2026, 1, 14, 10, 0));
    ours.direction = Direction::Outgoing;
    CHECK(computeSlaClock(ours, s, utc(2026, 1, 14, 12, 0)).state() == SlaState::NoTarget);
    CHECK(computeSlaClock(f, settingsWith({policy(0)}), utc(2026, 1, 14, 12, 0)).state() ==
          SlaState::NoTarget);
    CHECK(slaShortText(SlaTimer{}).isEmpty());
}

TEST_CASE("Resolution runs from the first unresolved item of the conversation until closed",
          "[rules][sla]")
{
    const SlaSettings s = settingsWith({policy(15, 15, 120)});
    SlaFacts f = waiting(utc(2026, 1, 14, 11, 0));
    f.answeredAt = utc(2026, 1, 14, 11, 5);
    f.unresolvedSince = utc(2026, 1, 14, 10, 0);
    SlaClock c = computeSlaClock(f, s, utc(2026, 1, 14, 11, 30));
    CHECK(c.response.state == SlaState::Met);
    CHECK(c.resolution.state == SlaState::Running);
    CHECK(c.resolution.dueAt == utc(2026, 1, 14, 12, 0));
    CHECK(c.main().target == SlaTarget::Resolution);
    CHECK(slaShortText(c.main()) == u"30 min left"_s);
    CHECK(computeSlaClock(f, s, utc(2026, 1, 14, 12, 30)).resolution.state == SlaState::Breached);

    f.status = ItemStatus::Closed;
    f.closedAt = utc(2026, 1, 14, 11, 50);
    c = computeSlaClock(f, s, utc(2026, 1, 14, 12, 30));
    CHECK(c.resolution.state == SlaState::Met);
    CHECK(c.response.state == SlaState::Met);
}

TEST_CASE("Business hours start the clock at the next opening", "[rules][sla]")
{
    BusinessCalendar cal;
    cal.setCalendarHours(false);
    cal.setTimeZone(QTimeZone("Europe/Warsaw"));
    for (int day = 1; day <= 5; ++day)
        REQUIRE(cal.setPeriods(day, {{9 * 60, 18 * 60}}));
    SlaPolicy p = policy(15);
    p.calendarId = 7;
    const SlaSettings s = settingsWith({p}, {{7, u"Office"_s, cal}});

    // Wednesday 14 January 2026, 17:55 Warsaw (16:55 UTC): due Thursday 09:10 (08:10 UTC).
    const SlaFacts evening = waiting(utc(2026, 1, 14, 16, 55));
    SlaClock c = computeSlaClock(evening, s, utc(2026, 1, 14, 20, 0));
    CHECK(c.response.startedAt == utc(2026, 1, 14, 16, 55));
    CHECK(c.response.dueAt == utc(2026, 1, 15, 8, 10));
    // Ten open minutes are left overnight, whatever the hour.
    CHECK(c.state() == SlaState::Running);
    CHECK(c.response.remainingSeconds == 10 * 60);
    CHECK(slaShortText(c.main()) == u"10 min left"_s);
    CHECK(computeSlaClock(evening, s, utc(2026, 1, 15, 8, 8)).state() == SlaState::AtRisk);
    CHECK(computeSlaClock(evening, s, utc(2026, 1, 15, 8, 10)).state() == SlaState::Breached);

    // Written at night: the clock starts at 09:00.
    const SlaFacts night = waiting(utc(2026, 1, 14, 22, 0));
    c = computeSlaClock(night, s, utc(2026, 1, 14, 23, 0));
    CHECK(c.response.startedAt == utc(2026, 1, 15, 8, 0));
    CHECK(c.response.dueAt == utc(2026, 1, 15, 8, 15));
}

namespace {

// A conversation in a store: question, our answer, follow-up; and a question elsewhere.
struct Conversation
{
    fd::test::TempStore s;
    qint64 account = 0;
    qint64 question = 0, answer = 0, followUp = 0, other = 0;
    static constexpr qint64 t0 = 1767949200; // 2026-01-09 09:00 UTC

    Conversation()
    {
        account = s.addAccount(Platform::Vk, u"VK Shop"_s);
        auto item = [](const char *id, Direction dir, qint64 at, const char *thread) {
            IncomingItem in = fd::test::makeItem(QString::fromLatin1(id), u"text"_s, u"u1"_s,
                                                 u"Anna Petrova"_s, at);
            in.item.direction = dir;
            in.threadExternalId = QString::fromLatin1(thread);
            return in;
        };
        IngestBatch b{account,
                      {item("q1", Direction::Incoming, t0, "dialog-anna"),
                       item("a1", Direction::Outgoing, t0 + 5 * 60, "dialog-anna"),
                       item("q2", Direction::Incoming, t0 + 10 * 60, "dialog-anna"),
                       item("o1", Direction::Incoming, t0 + 60, "dialog-other")},
                      {},
                      {}};
        const IngestResult r = fd::test::ingest(s.store(), b);
        REQUIRE(r.inserted == 4);
        question = r.insertedIds.at(0);
        answer = r.insertedIds.at(1);
        followUp = r.insertedIds.at(2);
        other = r.insertedIds.at(3);
    }
};

QDateTime at(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
}

} // namespace

TEST_CASE("Clocks are read from the store for many items at once", "[rules][sla][store]")
{
    Conversation c;
    SlaPolicy p = policy(7, 20, 60);
    auto set = fd::test::resultOf(sla::setPolicy(c.s.store(), p));
    REQUIRE(set.ok());
    // Setting the same scope again replaces it.
    p.firstMinutes = 15;
    const auto again = fd::test::resultOf(sla::setPolicy(c.s.store(), p));
    REQUIRE(again.ok());
    CHECK(*again == *set);

    const SlaQueries q(*c.s->reader());
    const auto settings = q.settings();
    REQUIRE(settings.ok());
    REQUIRE(settings->policies().size() == 1);
    CHECK(settings->policies().first().firstMinutes == 15);

    const auto facts = q.facts({c.question, c.answer, c.followUp, c.other, 424242});
    REQUIRE(facts.ok());
    CHECK(facts->size() == 4);
    CHECK_FALSE(facts->value(c.question).repliedBefore);
    CHECK(facts->value(c.question).answeredAt == at(Conversation::t0 + 5 * 60));
    CHECK(facts->value(c.followUp).repliedBefore);
    CHECK_FALSE(facts->value(c.followUp).answeredAt.isValid());
    CHECK(facts->value(c.followUp).unresolvedSince == at(Conversation::t0));
    CHECK(facts->value(c.question).accountName == u"VK Shop"_s);
    CHECK(facts->value(c.question).authorName == u"Anna Petrova"_s);

    const QDateTime now = at(Conversation::t0 + 27 * 60);
    const auto clocks = q.clocks({c.followUp, c.other, c.question, c.answer}, *settings, now);
    REQUIRE(clocks.ok());
    REQUIRE(clocks->size() == 4);
    CHECK(clocks->at(0).response.target == SlaTarget::NextResponse);
    CHECK(clocks->at(0).response.state == SlaState::AtRisk); // due 09:30, warned from 09:26
    CHECK(clocks->at(1).response.state == SlaState::Breached);
    CHECK(clocks->at(2).response.state == SlaState::Met);
    CHECK(clocks->at(2).resolution.state == SlaState::Running);
    CHECK(clocks->at(3).state() == SlaState::NoTarget);

    // Closing the conversation's items stops their clocks at the moment of closing.
    auto closed = c.s->write([&](const QSqlDatabase &db) {
        auto u = Connection::exec(db, u"UPDATE items SET status = 'closed' WHERE id IN (?, ?)"_s,
                                  {c.question, c.followUp});
        if (!u.ok())
            return u.error();
        for (const qint64 id : {c.question, c.followUp}) {
            auto j = Connection::exec(
                db,
                u"INSERT INTO journal (at, actor_kind, action, item_id) VALUES (?, 'operator', "
                u"'item.closed', ?)"_s,
                {(Conversation::t0 + 25 * 60) * 1000, id});
            if (!j.ok())
                return j.error();
        }
        return StoreError{};
    });
    REQUIRE(fd::test::resultOf(closed).ok());
    const auto after = q.clocks({c.followUp, c.question}, *settings, now);
    REQUIRE(after.ok());
    CHECK(after->at(0).response.state == SlaState::Met);
    CHECK(after->at(0).response.stoppedAt == at(Conversation::t0 + 25 * 60));
    CHECK(after->at(0).resolution.state == SlaState::Met);
    CHECK(after->at(1).resolution.state == SlaState::Met);
}

TEST_CASE("Calendars and policies are stored and checked", "[rules][sla][store]")
{
    fd::test::TempStore s;
    BusinessCalendar cal;
    cal.setCalendarHours(false);
    cal.setTimeZone(QTimeZone("America/New_York"));
    REQUIRE(cal.setPeriods(1, {{9 * 60, 17 * 60}}));
    const auto id = fd::test::resultOf(sla::setCalendar(s.store(), u"New York"_s, cal));
    REQUIRE(id.ok());
    SlaPolicy p = policy(15);
    p.calendarId = *id;
    p.kind = ItemKind::Review;
    REQUIRE(fd::test::resultOf(sla::setPolicy(s.store(), p)).ok());

    const auto settings = SlaSettings::load(*s->reader());
    REQUIRE(settings.ok());
    REQUIRE(settings->calendarNamed(u"New York"_s));
    CHECK(settings->calendarNamed(u"New York"_s)->calendar == cal);
    CHECK(settings->calendarOf(settings->policies().first()) == cal);
    CHECK(settings->policies().first().kind == ItemKind::Review);

    // A calendar in use stays; a policy with a negative target is refused.
    const StoreError refused = fd::test::resultOf(sla::removeCalendar(s.store(), *id));
    CHECK(refused.kind == StoreError::Kind::Invalid);
    SlaPolicy bad = policy(-5);
    CHECK(fd::test::resultOf(sla::setPolicy(s.store(), bad)).error().kind ==
          StoreError::Kind::Invalid);
    REQUIRE(fd::test::resultOf(sla::removePolicy(s.store(), settings->policies().first().id)).ok());
    CHECK(fd::test::resultOf(sla::removeCalendar(s.store(), *id)).ok());
}
