// The schedule in the store: who is on shift now (by the schedule, by starting and ending their
// shift, on a break), who answers for each account, and the automation's "on shift".
#include "ShiftsTestSupport.h"

#include "rules/ItemFacts.h"
#include "shifts/ShiftActions.h"
#include "shifts/ShiftQueries.h"

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::resultOf;
using fd::test::utc;

namespace {

struct Team
{
    Team()
    {
        anna = f.addOperator(u"anna"_s, u"Anna"_s);
        boris = f.addOperator(u"boris"_s, u"Boris"_s);
        celina = f.addOperator(u"celina"_s, u"Celina"_s, u"lead"_s);
    }
    qint64 addShift(const QString &name, int from, int to, QList<qint64> people,
                    const QString &zone = u"UTC"_s)
    {
        Shift s;
        s.name = name;
        s.startMinute = from * 60;
        s.endMinute = to * 60;
        s.zone = zone;
        s.operatorIds = std::move(people);
        const auto id = resultOf(actions.saveShift(s));
        INFO(id.error().message.toStdString());
        REQUIRE(id.ok());
        return *id;
    }
    WorkState stateOf(qint64 id, const QDateTime &now)
    {
        const auto all = shiftQueries::operatorsAt(*f.s->reader(), now);
        REQUIRE(all.ok());
        for (const OperatorOnShift &o : *all) {
            if (o.operatorId == id)
                return o.state;
        }
        FAIL("no such operator");
        return WorkState::Off;
    }

    fd::test::ShiftStore f;
    ShiftActions actions{f.s.store(), {0, u"lead"_s, u"Lead"_s, u"desk"_s}};
    qint64 anna = 0, boris = 0, celina = 0;
};

} // namespace

TEST_CASE("Who is on shift follows the schedule across midnight", "[shifts]")
{
    Team t;
    t.addShift(u"Day"_s, 8, 20, {t.anna});
    t.addShift(u"Night"_s, 20, 8, {t.boris});
    CHECK(t.stateOf(t.anna, utc(2026, 11, 23, 12)) == WorkState::OnShift);
    CHECK(t.stateOf(t.boris, utc(2026, 11, 23, 12)) == WorkState::Off);
    CHECK(t.stateOf(t.anna, utc(2026, 11, 24, 2)) == WorkState::Off);
    CHECK(t.stateOf(t.boris, utc(2026, 11, 24, 2)) == WorkState::OnShift);
    CHECK(t.stateOf(t.celina, utc(2026, 11, 24, 2)) == WorkState::Off);
    const auto ids = shiftQueries::onShiftIds(*t.f.s->reader(), utc(2026, 11, 24, 2));
    REQUIRE(ids.ok());
    REQUIRE(ids->has_value());
    CHECK(**ids == QSet<qint64>{t.boris});
}

TEST_CASE("Starting and ending a shift and breaks change who is on shift", "[shifts]")
{
    Team t;
    t.addShift(u"Day"_s, 8, 20, {t.anna});
    const QDateTime nine = utc(2026, 11, 23, 9);
    // Celina is not scheduled but starts a shift of her own.
    REQUIRE(resultOf(t.actions.startShift(t.celina, nine)).ok());
    CHECK(t.stateOf(t.celina, nine.addSecs(60)) == WorkState::OnShift);
    CHECK_FALSE(resultOf(t.actions.startShift(t.celina, nine)).ok()); // on shift already
    REQUIRE(resultOf(t.actions.startBreak(t.celina, nine.addSecs(3600))).ok());
    CHECK(t.stateOf(t.celina, nine.addSecs(3700)) == WorkState::OnBreak);
    CHECK_FALSE(resultOf(t.actions.startBreak(t.celina, nine.addSecs(3700))).ok());
    auto since = shiftQueries::workingSince(*t.f.s->reader(), t.celina);
    REQUIRE(since.ok());
    CHECK_FALSE(since->isValid()); // on a break: not working
    REQUIRE(resultOf(t.actions.endBreak(t.celina, nine.addSecs(4500))).ok());
    CHECK(t.stateOf(t.celina, nine.addSecs(4600)) == WorkState::OnShift);
    since = shiftQueries::workingSince(*t.f.s->reader(), t.celina);
    CHECK(*since == nine.addSecs(4500));
    // A break is only taken on shift.
    CHECK_FALSE(resultOf(t.actions.startBreak(t.boris, nine)).ok());

    // Anna leaves her scheduled shift early: she is off for the rest of that run.
    REQUIRE(resultOf(t.actions.startShift(t.anna, utc(2026, 11, 23, 8))).ok());
    REQUIRE(resultOf(t.actions.endShift(t.anna, utc(2026, 11, 23, 15))).ok());
    CHECK(t.stateOf(t.anna, utc(2026, 11, 23, 16)) == WorkState::Off);
    // The next day's run has her on shift again.
    CHECK(t.stateOf(t.anna, utc(2026, 11, 24, 9)) == WorkState::OnShift);
    CHECK_FALSE(resultOf(t.actions.endShift(t.anna, utc(2026, 11, 24, 9))).ok());

    // Every step is journaled.
    CHECK(t.f.scalar(u"SELECT count(*) FROM journal WHERE action LIKE 'shift.%'"_s) == 1 + 5);
}

TEST_CASE("Who answers for each account: named, for a shift, in rotation or the only one",
          "[shifts]")
{
    Team t;
    const qint64 second = t.f.s.addAccount(Platform::Vk, u"VK shop"_s);
    auto responsible = [&t](const QDateTime &now) {
        const auto r = shiftQueries::responsibleAt(*t.f.s->reader(), now);
        REQUIRE(r.ok());
        QHash<QString, std::pair<QString, Responsibility::How>> out;
        for (const Responsibility &x : *r)
            out.insert(x.accountName, {x.operatorName, x.how});
        return out;
    };
    const QDateTime noon = utc(2026, 11, 23, 12);
    // Nobody is named and there are several operators.
    CHECK(responsible(noon).value(u"Shop bot"_s).second == Responsibility::How::None);

    // A rotation by day: one person a day in turn.
    REQUIRE(resultOf(t.actions.setRotation({t.anna, t.boris}, RotationMode::Day)).ok());
    const QString today = responsible(noon).value(u"Shop bot"_s).first;
    const QString tomorrow = responsible(noon.addDays(1)).value(u"Shop bot"_s).first;
    CHECK(today != tomorrow);
    CHECK(QSet<QString>{today, tomorrow} == QSet<QString>{u"Anna"_s, u"Boris"_s});
    CHECK(responsible(noon.addDays(2)).value(u"Shop bot"_s).first == today);
    CHECK(responsible(noon).value(u"Shop bot"_s).second == Responsibility::How::Rotation);

    // By shift: the day and the night run have different people.
    const qint64 day = t.addShift(u"Day"_s, 8, 20, {t.anna, t.boris});
    t.addShift(u"Night"_s, 20, 8, {t.anna, t.boris});
    REQUIRE(resultOf(t.actions.setRotation({t.anna, t.boris}, RotationMode::Shift)).ok());
    CHECK(responsible(noon).value(u"Shop bot"_s).first !=
          responsible(noon.addSecs(10 * 3600)).value(u"Shop bot"_s).first);

    // Named for the account beats the rotation; named for the day shift beats both by day.
    REQUIRE(resultOf(t.actions.setResponsible(second, 0, t.celina)).ok());
    REQUIRE(resultOf(t.actions.setResponsible(second, day, t.boris)).ok());
    CHECK(responsible(noon).value(u"VK shop"_s) ==
          std::pair{u"Boris"_s, Responsibility::How::NamedForShift});
    CHECK(responsible(utc(2026, 11, 23, 22)).value(u"VK shop"_s) ==
          std::pair{u"Celina"_s, Responsibility::How::Named});
    // Clearing it gives the account back to the rotation.
    REQUIRE(resultOf(t.actions.setResponsible(second, 0, 0)).ok());
    CHECK(responsible(utc(2026, 11, 23, 22)).value(u"VK shop"_s).second ==
          Responsibility::How::Rotation);
}

TEST_CASE("A shop with a single operator has them answer for everything", "[shifts]")
{
    fd::test::ShiftStore f;
    f.addOperator(u"solo"_s, u"Solo"_s);
    const auto r = shiftQueries::responsibleAt(*f.s->reader(), utc(2026, 11, 23, 3));
    REQUIRE(r.ok());
    REQUIRE(r->size() == 1);
    CHECK(r->first().operatorName == u"Solo"_s);
    CHECK(r->first().how == Responsibility::How::OnlyOperator);
}

TEST_CASE("Round robin among those on shift once shifts are used and everyone before", "[shifts]")
{
    Team t;
    auto candidates = [&t] {
        FactSource facts(*t.f.s->reader());
        const auto c = facts.candidates({});
        REQUIRE(c.ok());
        QStringList logins;
        for (const auto &x : *c)
            logins << x.login;
        return logins;
    };
    CHECK(candidates() == QStringList{u"anna"_s, u"boris"_s, u"celina"_s});
    // A shift around the clock for Boris alone.
    t.addShift(u"All day"_s, 0, 24, {t.boris});
    CHECK(candidates() == QStringList{u"boris"_s});
    // Anna starts a shift of her own.
    REQUIRE(resultOf(t.actions.startShift(t.anna)).ok());
    CHECK(candidates() == QStringList{u"anna"_s, u"boris"_s});
    // On a break she is left out.
    REQUIRE(resultOf(t.actions.startBreak(t.anna)).ok());
    CHECK(candidates() == QStringList{u"boris"_s});
}

TEST_CASE("A shift with a mistake is refused and nothing is stored", "[shifts]")
{
    Team t;
    Shift s;
    s.name = u"Night"_s;
    s.startMinute = 22 * 60;
    s.endMinute = 6 * 60;
    s.zone = u"Nowhere/Land"_s;
    CHECK(resultOf(t.actions.saveShift(s)).error().kind == StoreError::Kind::Invalid);
    s.zone = u"UTC"_s;
    s.operatorIds = {9999};
    CHECK_FALSE(resultOf(t.actions.saveShift(s)).ok());
    CHECK(t.f.scalar(u"SELECT count(*) FROM shifts"_s) == 0);
    s.operatorIds = {};
    REQUIRE(resultOf(t.actions.saveShift(s)).ok());
    CHECK(resultOf(t.actions.saveShift(s)).error().kind == StoreError::Kind::Invalid); // same name
}
