// Promises to come back: found in an operator's reply (ru, en, pl, any case, with or without
// diacritics), marked by hand, and gone with a later reply or when the item closes.
#include "ShiftsTestSupport.h"

#include "console/InboxActions.h"
#include "console/Outbox.h"
#include "shifts/HandoverActions.h"
#include "shifts/Promises.h"

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::resultOf;
using fd::test::utc;

TEST_CASE("Replies that promise to come back are recognised in Russian English and Polish",
          "[promises]")
{
    const PromiseDetector &d = PromiseDetector::standard();
    for (const QString &text : {
             u"Thanks! I'll get back to you by noon."_s,
             u"We will check and reply today."_s,
             u"I\u2019LL GET BACK TO YOU shortly"_s,
             u"Спасибо, вернусь с ответом через час."_s,
             u"Уточню и отпишусь!"_s,
             u"Мы проверим и вернёмся к вам завтра."_s,
             u"Sprawdzę i wrócę do Pani jutro."_s,
             u"sprawdze i wroce z odpowiedzia"_s,
             u"Dziękujemy, odezwiemy się wkrótce."_s,
         }) {
        INFO(text.toStdString());
        CHECK_FALSE(d.find(text).isEmpty());
    }
    for (const QString &text : {
             u"Your order has shipped."_s,
             u"Спасибо за заказ!"_s,
             u"Dziękujemy za zamówienie."_s,
             u"We got back from vacation."_s,
         }) {
        INFO(text.toStdString());
        CHECK(d.find(text).isEmpty());
    }
}

TEST_CASE("A reply that promises marks its item and the next reply or closing clears it",
          "[promises]")
{
    fd::test::ShiftStore f;
    const qint64 item = f.addItem(u"q1"_s, u"Where is my parcel?"_s, utc(2026, 11, 23, 9));
    const qint64 other =
        f.addItem(u"q2"_s, u"And the invoice?"_s, utc(2026, 11, 23, 9, 5), u"q1"_s);
    Outbox outbox(f.s.store(), {0, u"anna"_s, u"Anna"_s, u"desk"_s},
                  [](qint64) -> Connector * { return nullptr; });
    auto promised = [&f](qint64 id) {
        return f.scalar(u"SELECT count(*) FROM promises WHERE item_id = %1"_s.arg(id)) == 1;
    };
    REQUIRE(resultOf(outbox.reply(item, u"Уточню у склада и отпишусь."_s, false)).ok());
    CHECK(promised(item));
    CHECK(f.scalar(u"SELECT count(*) FROM promises WHERE source = 'reply' AND marked_by = "
                   u"'Anna'"_s) == 1);
    // A later reply in the conversation answers it.
    REQUIRE(resultOf(outbox.reply(other, u"Here is the tracking number."_s, false)).ok());
    CHECK_FALSE(promised(item));
    CHECK_FALSE(promised(other));
    // Marked by hand, then the item is closed.
    HandoverActions acts(f.s.store(), {0, u"anna"_s, u"Anna"_s, u"desk"_s});
    REQUIRE(resultOf(acts.markPromise(other, true)).ok());
    CHECK(promised(other));
    CHECK(f.scalar(u"SELECT count(*) FROM journal WHERE action = 'item.promised'"_s) == 1);
    REQUIRE(resultOf(InboxActions(f.s.store(), {0, u"anna"_s, u"Anna"_s, u"desk"_s}).close({other}))
                .ok());
    CHECK_FALSE(promised(other));
    // A closed item cannot be marked; clearing by hand works on an open one.
    CHECK(resultOf(acts.markPromise(other, true)).kind == StoreError::Kind::Invalid);
    REQUIRE(resultOf(acts.markPromise(item, true)).ok());
    REQUIRE(resultOf(acts.markPromise(item, false)).ok());
    CHECK_FALSE(promised(item));
}
