// Shifts in a team: when an operator starts or ends their shift or a break at one station, a
// lead at another sees it.
#include "SyncTestSupport.h"

#include "TestSupport.h"
#include "console/Outbox.h"
#include "shifts/HandoverActions.h"
#include "shifts/Promises.h"
#include "shifts/ShiftActions.h"
#include "shifts/ShiftQueries.h"
#include "store/Store.h"

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;

namespace {

// An operator at one station and a lead at another.
struct DeskAndLead
{
    TestServer server;
    std::unique_ptr<ServerConnection> anna;
    std::unique_ptr<ServerConnection> lena;
    QUuid annaDesk;
    QUuid lenaDesk;

    DeskAndLead()
    {
        server.initTeam();
        addItems(server);
        server.addOperator(u"anna"_s, u"operator"_s);
        server.addOperator(u"lena"_s, u"lead"_s);
        anna = server.connectAs(u"anna"_s);
        lena = server.connectAs(u"lena"_s);
        annaDesk = registerStation(*anna, u"desk-a"_s);
        lenaDesk = registerStation(*lena, u"desk-l"_s);
    }
};

// What the station's store says `login` does now.
WorkState stateOf(Station &s, const QString &login)
{
    const auto db = s.local->reader();
    if (!db.ok())
        return WorkState::Off;
    const auto all = shiftQueries::operatorsAt(*db, QDateTime::currentDateTimeUtc());
    if (!all.ok())
        return WorkState::Off;
    for (const OperatorOnShift &o : *all) {
        if (o.login == login)
            return o.state;
    }
    return WorkState::Off;
}

// The promise marks on open items in the station's store, by item id.
QHash<qint64, PromiseMark> promisesAt(Station &s)
{
    const auto db = s.local->reader();
    if (!db.ok())
        return {};
    const auto marks = promises::open(*db);
    return marks.ok() ? *marks : QHash<qint64, PromiseMark>();
}

} // namespace

TEST_CASE("An operator's shift and break at one station are seen by a lead at another",
          "[sync][live][shifts]")
{
    DeskAndLead t;
    Station anna(t.server, u"anna"_s, t.annaDesk);
    Station lena(t.server, u"lena"_s, t.lenaDesk);
    REQUIRE(waitFor([&] { return anna.rounds > 0 && lena.rounds > 0; }));
    REQUIRE(waitFor([&] {
        return !anna.value(u"SELECT id FROM operators WHERE login = 'anna'"_s).isEmpty() &&
               !lena.value(u"SELECT id FROM operators WHERE login = 'anna'"_s).isEmpty();
    }));
    const qint64 annaId =
        anna.value(u"SELECT id FROM operators WHERE login = 'anna'"_s).toLongLong();
    ShiftActions acts(anna.local.store(), {annaId, u"anna"_s, u"Anna"_s, u"desk-a"_s});

    REQUIRE(resultOf(acts.startShift(annaId)).ok());
    anna.sync->syncNow();
    CHECK(waitFor([&] { return stateOf(lena, u"anna"_s) == WorkState::OnShift; }));
    const auto onShift =
        shiftQueries::onShiftIds(*lena.local->reader(), QDateTime::currentDateTimeUtc());
    REQUIRE(onShift.ok());
    REQUIRE(onShift->has_value());
    CHECK((*onShift)->contains(
        lena.value(u"SELECT id FROM operators WHERE login = 'anna'"_s).toLongLong()));

    REQUIRE(resultOf(acts.startBreak(annaId)).ok());
    anna.sync->syncNow();
    CHECK(waitFor([&] { return stateOf(lena, u"anna"_s) == WorkState::OnBreak; }));

    REQUIRE(resultOf(acts.endBreak(annaId)).ok());
    anna.sync->syncNow();
    CHECK(waitFor([&] { return stateOf(lena, u"anna"_s) == WorkState::OnShift; }));

    // The lead ends Anna's shift at her own station; Anna's station learns of it.
    const qint64 annaThere =
        lena.value(u"SELECT id FROM operators WHERE login = 'anna'"_s).toLongLong();
    REQUIRE(resultOf(ShiftActions(lena.local.store(), {0, u"lena"_s, u"Lena"_s, u"desk-l"_s})
                         .endShift(annaThere))
                .ok());
    lena.sync->syncNow();
    CHECK(waitFor([&] { return stateOf(anna, u"anna"_s) == WorkState::Off; }));
    CHECK(anna.rejected.isEmpty());
    CHECK(lena.rejected.isEmpty());
    CHECK(scalar(*t.anna, u"SELECT count(*) FROM fd.journal WHERE action LIKE 'shift.%'"_s) == 4);
}

TEST_CASE("An operator cannot start or end another operator's shift in a team",
          "[sync][live][shifts]")
{
    TwoDesks t;
    const QUuid shift = QUuid::createUuid();
    auto started =
        applyOp(*t.anna, QUuid::createUuid(), t.annaDesk, 1, u"shift_start"_s,
                {{u"key"_s, shift.toString(QUuid::WithoutBraces)}, {u"operator"_s, u"anna"_s}});
    REQUIRE(started.error.ok());
    CHECK(started.state() == u"applied"_s);
    auto ended = applyOp(*t.piotr, QUuid::createUuid(), t.piotrDesk, 1, u"shift_end"_s,
                         {{u"session"_s, shift.toString(QUuid::WithoutBraces)}});
    REQUIRE(ended.error.ok());
    CHECK(ended.state() == u"rejected"_s);
    auto other = applyOp(*t.piotr, QUuid::createUuid(), t.piotrDesk, 2, u"shift_start"_s,
                         {{u"key"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                          {u"operator"_s, u"anna"_s}});
    REQUIRE(other.error.ok());
    CHECK(other.state() == u"rejected"_s);
    CHECK(scalar(*t.anna, u"SELECT count(*) FROM fd.shift_sessions WHERE ended_at IS NULL"_s) == 1);
}

TEST_CASE("Promise marks made at one station are seen at the other", "[sync][live][shifts]")
{
    DeskAndLead t;
    Station anna(t.server, u"anna"_s, t.annaDesk);
    Station lena(t.server, u"lena"_s, t.lenaDesk);
    REQUIRE(waitFor([&] { return anna.rounds > 0 && lena.rounds > 0; }));
    REQUIRE(
        waitFor([&] { return !anna.value(u"SELECT id FROM items WHERE id = 1001"_s).isEmpty(); }));
    const Actor annaActor{0, u"anna"_s, u"Anna"_s, u"desk-a"_s};

    // Anna marks 1001 by hand.
    REQUIRE(resultOf(HandoverActions(anna.local.store(), annaActor).markPromise(1001, true)).ok());
    anna.sync->syncNow();
    CHECK(waitFor([&] { return promisesAt(lena).contains(1001); }));
    CHECK(promisesAt(lena).value(1001).source == PromiseMark::Source::Manual);
    CHECK(promisesAt(lena).value(1001).markedBy == u"Anna"_s);

    // Her reply promises again: the mark found in it replaces the hand mark everywhere.
    Outbox outbox(anna.local.store(), annaActor, Outbox::ConnectorFor());
    const auto sent = resultOf(outbox.reply(1001, u"Thanks, I'll get back to you today."_s, false));
    INFO(sent.error().message.toStdString());
    REQUIRE(sent.ok());
    anna.sync->syncNow();
    CHECK(
        waitFor([&] { return promisesAt(lena).value(1001).source == PromiseMark::Source::Reply; }));
    CHECK(promisesAt(lena).value(1001).phrase == u"get back to you"_s);

    // Lena clears it at her station; Anna's station learns that it went.
    REQUIRE(resultOf(HandoverActions(lena.local.store(), {0, u"lena"_s, u"Lena"_s, u"desk-l"_s})
                         .markPromise(1001, false))
                .ok());
    lena.sync->syncNow();
    CHECK(waitFor([&] { return promisesAt(anna).isEmpty(); }));
    CHECK(anna.rejected.isEmpty());
    CHECK(lena.rejected.isEmpty());
    CHECK(scalar(*t.anna, u"SELECT count(*) FROM fd.journal WHERE action = 'item.promised'"_s) ==
          2);
}

TEST_CASE("A schedule saved by a lead at one station reaches the other", "[sync][live][shifts]")
{
    DeskAndLead t;
    Station anna(t.server, u"anna"_s, t.annaDesk);
    Station lena(t.server, u"lena"_s, t.lenaDesk);
    REQUIRE(waitFor([&] { return anna.rounds > 0 && lena.rounds > 0; }));
    REQUIRE(waitFor([&] {
        return !lena.value(u"SELECT id FROM operators WHERE login = 'anna'"_s).isEmpty() &&
               !lena.value(u"SELECT id FROM accounts"_s).isEmpty();
    }));
    const qint64 annaThere =
        lena.value(u"SELECT id FROM operators WHERE login = 'anna'"_s).toLongLong();
    const qint64 account = lena.value(u"SELECT id FROM accounts"_s).toLongLong();
    ShiftActions lead(lena.local.store(), {0, u"lena"_s, u"Lena"_s, u"desk-l"_s});

    Shift day;
    day.name = u"Day"_s;
    day.startMinute = 9 * 60;
    day.endMinute = 17 * 60;
    day.zone = u"Europe/Warsaw"_s;
    day.operatorIds = {annaThere};
    const auto saved = resultOf(lead.saveShift(day));
    REQUIRE(saved.ok());
    REQUIRE(resultOf(lead.setResponsible(account, *saved, annaThere)).ok());
    REQUIRE(resultOf(lead.setRotation({annaThere}, RotationMode::Shift, u"Europe/Warsaw"_s)).ok());
    lena.sync->syncNow();

    CHECK(waitFor([&] {
        return anna.value(u"SELECT count(*) FROM shift_rotation"_s) == u"1"_s &&
               anna.value(u"SELECT count(*) FROM shift_responsibility"_s) == u"1"_s;
    }));
    const auto db = anna.local->reader();
    REQUIRE(db.ok());
    const auto schedule = shiftQueries::schedule(*db);
    REQUIRE(schedule.ok());
    REQUIRE(schedule->shifts().size() == 1);
    const Shift &there = schedule->shifts().first();
    CHECK(there.name == u"Day"_s);
    CHECK(there.startMinute == 9 * 60);
    CHECK(there.endMinute == 17 * 60);
    CHECK(there.zone == u"Europe/Warsaw"_s);
    const qint64 annaHere =
        anna.value(u"SELECT id FROM operators WHERE login = 'anna'"_s).toLongLong();
    CHECK(there.operatorIds == QList<qint64>{annaHere});
    CHECK(anna.value(u"SELECT s.name || ' ' || r.operator_id FROM shift_responsibility r "
                     u"JOIN shifts s ON s.id = r.shift_id"_s) == u"Day %1"_s.arg(annaHere));
    const auto settings = shiftQueries::settings(*db);
    REQUIRE(settings.ok());
    CHECK(settings->rotation == RotationMode::Shift);
    CHECK(settings->rotationZone == u"Europe/Warsaw"_s);

    // The lead removes the shift; it goes everywhere.
    REQUIRE(resultOf(lead.removeShift(*saved)).ok());
    lena.sync->syncNow();
    CHECK(waitFor([&] { return anna.value(u"SELECT count(*) FROM shifts"_s) == u"0"_s; }));
    CHECK(lena.rejected.isEmpty());
}

TEST_CASE("Only a lead or an administrator changes a team's schedule", "[sync][live][shifts]")
{
    DeskAndLead t;
    Station anna(t.server, u"anna"_s, t.annaDesk);
    REQUIRE(waitFor([&] { return anna.rounds > 0; }));
    Shift night;
    night.name = u"Night"_s;
    night.startMinute = 22 * 60;
    night.endMinute = 6 * 60;
    REQUIRE(resultOf(ShiftActions(anna.local.store(), {0, u"anna"_s, u"Anna"_s, u"desk-a"_s})
                         .saveShift(night))
                .ok());
    anna.sync->syncNow();
    CHECK(waitFor([&] { return !anna.rejected.isEmpty(); }));
    CHECK(scalar(*t.lena, u"SELECT count(*) FROM fd.shifts"_s) == 0);
}
