// Customer satisfaction surveys: sent once after an operator closes a private conversation
// where the platform allows it, ratings read from the customers' replies in Russian, English
// and Polish and credited to the operator who closed, and the figures reported.
#include "TestSupport.h"

#include "console/CsatRating.h"
#include "console/CsatSettings.h"
#include "console/CsatSurveys.h"
#include "console/InboxActions.h"
#include "stats/CsatReport.h"
#include "store/Connection.h"
#include "store/ItemQueries.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;

Actor irina()
{
    return {0, u"irina"_s, u"Ирина"_s, u"desk-3"_s};
}

Actor tom()
{
    return {0, u"tom"_s, u"Tom"_s, u"desk-5"_s};
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A customer's message written `secondsFromNow` from now (later than anything sent before).
IncomingItem message(const QString &externalId, const QString &text, const QString &authorId,
                     const QString &authorName, qint64 secondsFromNow = 0)
{
    return fd::test::makeItem(externalId, text, authorId, authorName,
                              now() / 1000 + secondsFromNow);
}

struct Surveys
{
    Surveys()
    {
        telegram = s.addAccount(Platform::Telegram, u"Shop bot"_s);
        vk = s.addAccount(Platform::Vk, u"Frontshop"_s);
        facebook = s.addAccount(Platform::Facebook, u"Shop page"_s);
        Template t;
        t.title = u"Survey"_s;
        t.body = u"{author.first_name}, how did {operator.name} do? Reply 1–5."_s;
        const auto id = fd::test::resultOf(irinaActs.saveTemplate(t));
        REQUIRE(id.ok());
        templateId = *id;
    }

    qint64 add(qint64 account, IncomingItem in)
    {
        const QString externalId = in.item.externalId;
        const auto r = fd::test::ingest(s.store(), {account, {std::move(in)}, {}, {}});
        REQUIRE(r.ok());
        REQUIRE(r.insertedIds.size() == 1);
        return r.insertedIds.first();
    }

    qint64 comment(qint64 account, const QString &externalId, const QString &text)
    {
        IncomingItem in = message(externalId, text, u"c1"_s, u"Jan Kowalski"_s);
        in.item.kind = ItemKind::Comment;
        in.post.externalId = u"post-1"_s;
        return add(account, in);
    }

    void configure(const std::function<void(CsatSettings &)> &change)
    {
        CsatSettings settings;
        settings.enabled = true;
        settings.templateId = templateId;
        change(settings);
        const auto err = fd::test::resultOf(s->write(
            [settings](const QSqlDatabase &db) { return saveCsatSettings(db, settings); }));
        INFO(err.message.toStdString());
        REQUIRE(err.ok());
    }

    CsatStep look(qint64 at = now())
    {
        auto reader = s->reader();
        REQUIRE(reader.ok());
        const auto waiting = csatWorkWaiting(*reader, at);
        REQUIRE(waiting.ok());
        auto step = std::make_shared<CsatStep>();
        const auto err = fd::test::resultOf(s->write([at, step](const QSqlDatabase &db) {
            auto done = runCsatStep(db, at);
            if (done.ok())
                *step = *done;
            return done.ok() ? StoreError{} : done.error();
        }));
        INFO(err.message.toStdString());
        REQUIRE(err.ok());
        // The cheap read before a look says whether a look finds anything to do.
        const bool didSomething =
            step->scheduled + step->queued + step->answered + step->expired + step->cancelled > 0;
        if (didSomething)
            CHECK(*waiting);
        return *step;
    }

    int count(const QString &sql, std::initializer_list<QVariant> values = {})
    {
        auto q = Connection::exec(*s->reader(), sql, values);
        REQUIRE(q.ok());
        REQUIRE(q.value().next());
        return q->value(0).toInt();
    }

    // The survey replies in the outbox, as (item, body).
    QList<std::pair<qint64, QString>> outbox()
    {
        auto q = Connection::exec(*s->reader(),
                                  u"SELECT item_id, body, close_after FROM outbox ORDER BY id"_s);
        REQUIRE(q.ok());
        QList<std::pair<qint64, QString>> out;
        while (q.value().next()) {
            CHECK(q->value(2).toBool()); // the closed item stays closed
            out.append({q->value(0).toLongLong(), q->value(1).toString()});
        }
        return out;
    }

    ItemStatus status(qint64 itemId)
    {
        const auto row = ItemQueries(*s->reader()).item(itemId);
        REQUIRE(row.ok());
        return row->item.status;
    }

    // The outbox reports the surveys as sent (as it does once the platform took them).
    void delivered()
    {
        REQUIRE(fd::test::resultOf(s->write([](const QSqlDatabase &db) {
                    auto q = Connection::exec(db, u"UPDATE outbox SET state = 'sent'"_s);
                    return q.ok() ? StoreError{} : q.error();
                })).ok());
    }

    fd::test::TempStore s;
    qint64 telegram = 0, vk = 0, facebook = 0, templateId = 0;
    InboxActions irinaActs{s.store(), irina()};
    InboxActions tomActs{s.store(), tom()};
};

} // namespace

TEST_CASE("Ratings are read from short replies in Russian English and Polish", "[csat]")
{
    const std::pair<QString, int> ratings[] = {
        {u"5"_s, 5},
        {u" 4 "_s, 4},
        {u"5/5"_s, 5},
        {u"3 / 5"_s, 3},
        {u"4 из 5"_s, 4},
        {u"4 out of 5"_s, 4},
        {u"5 na 5"_s, 5},
        {u"5 звёзд"_s, 5},
        {u"2 stars"_s, 2},
        {u"1 gwiazdka"_s, 1},
        {u"5️⃣"_s, 5},
        {u"5!"_s, 5},
        {u"5, спасибо!"_s, 5},
        {u"Отлично!"_s, 5},
        {u"очень хорошо"_s, 5},
        {u"Всё отлично, спасибо"_s, 5},
        {u"хорошо"_s, 4},
        {u"так себе"_s, 3},
        {u"Ужасно"_s, 1},
        {u"Excellent"_s, 5},
        {u"very good, thank you"_s, 5},
        {u"good"_s, 4},
        {u"so-so"_s, 3},
        {u"terrible."_s, 1},
        {u"Świetnie"_s, 5},
        {u"ŚWIETNIE!!"_s, 5},
        {u"bardzo dobrze, dziękuję"_s, 5},
        {u"w porządku"_s, 4},
        {u"źle"_s, 2},
        {u"fatalnie"_s, 1},
        {u"★★★★☆"_s, 4},
        {u"⭐⭐⭐⭐⭐"_s, 5},
        {u"⭐️⭐️⭐️"_s, 3},
        {u"4 - хорошо"_s, 4},
    };
    for (const auto &[text, score] : ratings) {
        INFO(text.toStdString());
        const auto r = parseCsatRating(text);
        REQUIRE(r);
        CHECK(r->score == score);
        CHECK_FALSE(r->thumbs);
    }
    CHECK(parseCsatRating(u"👍"_s) == CsatRating{5, true});
    CHECK(parseCsatRating(u"👍🏻👍🏻"_s) == CsatRating{5, true});
    CHECK(parseCsatRating(u"👎"_s) == CsatRating{1, true});

    const QString notRatings[] = {
        u""_s,
        u"спасибо"_s,
        u"Thanks!"_s,
        u"ok"_s,
        u"0"_s,
        u"6"_s,
        u"10/10"_s,
        u"3 of 10"_s,
        u"5 дней жду посылку"_s,
        u"Order 5 has not arrived"_s,
        u"А где мой заказ?"_s,
        u"хорошо, а когда доставка?"_s,
        u"👍👎"_s,
        u"★★★★★★"_s,
        u"5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5"_s,
    };
    for (const QString &text : notRatings) {
        INFO(text.toStdString());
        CHECK_FALSE(parseCsatRating(text));
    }
}

TEST_CASE("Survey settings are kept in the store and start off", "[csat]")
{
    Surveys f;
    const auto initial = loadCsatSettings(*f.s->reader());
    REQUIRE(initial.ok());
    CHECK_FALSE(initial->enabled);
    CHECK(initial->kinds == QList<ItemKind>{ItemKind::Dm});

    f.configure([&](CsatSettings &s) {
        s.accountIds = {f.vk};
        s.delayMinutes = 15;
        s.perCustomerDays = 14;
    });
    const auto saved = loadCsatSettings(*f.s->reader());
    REQUIRE(saved.ok());
    CHECK(saved->enabled);
    CHECK(saved->templateId == f.templateId);
    CHECK(saved->accountIds == QList<qint64>{f.vk});
    CHECK(saved->delayMinutes == 15);
    CHECK(saved->perCustomerDays == 14);

    // On without a survey text is refused.
    CsatSettings bad;
    bad.enabled = true;
    const auto refused = fd::test::resultOf(
        f.s->write([bad](const QSqlDatabase &db) { return saveCsatSettings(db, bad); }));
    CHECK(refused.kind == StoreError::Kind::Invalid);

    CHECK(csatPossible(Platform::Telegram, ItemKind::Dm));
    CHECK(csatPossible(Platform::Vk, ItemKind::Dm));
    CHECK_FALSE(csatPossible(Platform::Vk, ItemKind::Comment));
    CHECK_FALSE(csatPossible(Platform::Telegram, ItemKind::Comment));
    CHECK_FALSE(csatPossible(Platform::YouTube, ItemKind::Comment));
}

TEST_CASE("A survey is queued once after an operator closes a private conversation", "[csat]")
{
    Surveys f;
    f.configure([](CsatSettings &) {});
    const qint64 first =
        f.add(f.telegram, message(u"t1"_s, u"Где заказ?"_s, u"u1"_s, u"Анна Петрова"_s, -120));
    const qint64 second =
        f.add(f.telegram, message(u"t2"_s, u"Алло?"_s, u"u1"_s, u"Анна Петрова"_s, -60));
    // Both of the conversation's items closed at once: one survey.
    REQUIRE(fd::test::resultOf(f.irinaActs.close({first, second})).ok());
    const CsatStep step = f.look();
    CHECK(step.scheduled == 1);
    CHECK(step.queued == 1);
    CHECK_FALSE(step.viaTeam);
    const auto sent = f.outbox();
    REQUIRE(sent.size() == 1);
    CHECK(sent[0].second == u"Анна, how did Ирина do? Reply 1–5."_s);
    CHECK(f.count(u"SELECT count(*) FROM csat_surveys WHERE state = 'sent' AND operator_name = "
                  u"'Ирина'"_s) == 1);

    // Closed again, reopened and closed again (by someone else, too): no second survey.
    REQUIRE(fd::test::resultOf(f.irinaActs.close({second})).ok());
    REQUIRE(fd::test::resultOf(f.irinaActs.reopen({second})).ok());
    REQUIRE(fd::test::resultOf(f.tomActs.close({second})).ok());
    f.look();
    CHECK(f.outbox().size() == 1);
    // Nothing left to do: a look is not even written.
    CHECK_FALSE(*csatWorkWaiting(*f.s->reader(), now()));
}

TEST_CASE("No survey for public comments or platforms without private messages", "[csat]")
{
    Surveys f;
    f.configure([](CsatSettings &s) { s.kinds = {ItemKind::Dm, ItemKind::Comment}; });
    const qint64 vkComment = f.comment(f.vk, u"wall-1_5"_s, u"Когда скидки?"_s);
    const qint64 tgComment = f.comment(f.telegram, u"g-5"_s, u"When is the sale?"_s);
    const qint64 facebookDm =
        f.add(f.facebook, message(u"fb1"_s, u"Hello?"_s, u"p1"_s, u"Jane Doe"_s));
    REQUIRE(fd::test::resultOf(f.irinaActs.close({vkComment, tgComment, facebookDm})).ok());
    const CsatStep step = f.look();
    CHECK(step.scheduled == 0);
    CHECK(f.outbox().isEmpty());
}

TEST_CASE("No survey while surveys are off nor for closings from before they were on", "[csat]")
{
    Surveys f;
    const qint64 dm = f.add(f.vk, message(u"v1"_s, u"Привет"_s, u"u1"_s, u"Анна Петрова"_s));
    REQUIRE(fd::test::resultOf(f.irinaActs.close({dm})).ok());
    f.look();
    CHECK(f.outbox().isEmpty());
    f.configure([](CsatSettings &) {});
    f.look();
    CHECK(f.outbox().isEmpty());
    CHECK(f.count(u"SELECT count(*) FROM csat_surveys"_s) == 0);
}

TEST_CASE("No survey when a rule closed the item or without reply or for another account", "[csat]")
{
    Surveys f;
    f.configure([&](CsatSettings &s) { s.accountIds = {f.vk}; });
    const qint64 spam = f.add(f.vk, message(u"v1"_s, u"Заработок!"_s, u"u9"_s, u"Bot"_s));
    REQUIRE(fd::test::resultOf(f.s->write([spam](const QSqlDatabase &db) {
                auto u = Connection::exec(db, u"UPDATE items SET status = 'closed' WHERE id = ?"_s,
                                          {spam});
                if (!u.ok())
                    return u.error();
                auto j = Connection::exec(
                    db,
                    u"INSERT INTO journal (at, actor_kind, actor, action, item_id, account_id, "
                    u"before, after) SELECT ?, 'rule', 'Spam', 'item.closed', id, account_id, "
                    u"'new', 'closed' FROM items WHERE id = ?"_s,
                    {now(), spam});
                return j.ok() ? StoreError{} : j.error();
            })).ok());
    const qint64 telegramDm =
        f.add(f.telegram, message(u"t1"_s, u"Hi"_s, u"u1"_s, u"Anna Petrova"_s));
    REQUIRE(fd::test::resultOf(f.irinaActs.close({telegramDm})).ok());
    // Closed without reply: nothing was answered, so nothing is rated.
    const qint64 thanks = f.add(f.vk, message(u"v2"_s, u"Спасибо"_s, u"u2"_s, u"Вера"_s));
    REQUIRE(fd::test::resultOf(f.irinaActs.close({thanks}, true)).ok());
    f.look();
    CHECK(f.outbox().isEmpty());
}

TEST_CASE("A delayed survey is sent when due unless the customer wrote again", "[csat]")
{
    Surveys f;
    f.configure([](CsatSettings &s) { s.delayMinutes = 10; });
    f.add(f.vk, message(u"b0"_s, u"Hello?"_s, u"u2"_s, u"Tom Smith"_s, -120));
    const qint64 a = f.add(f.vk, message(u"a1"_s, u"Вопрос"_s, u"u1"_s, u"Анна Петрова"_s, -60));
    const qint64 b = f.add(f.vk, message(u"b1"_s, u"Question"_s, u"u2"_s, u"Tom Smith"_s, -60));
    // Tom's older "Hello?" stays open: the item answered was closed, and he wrote nothing since.
    REQUIRE(fd::test::resultOf(f.irinaActs.close({a, b})).ok());
    CsatStep step = f.look();
    CHECK(step.scheduled == 2);
    CHECK(step.queued == 0);
    CHECK(f.outbox().isEmpty());
    // Anna writes again before the survey is due: she is not asked.
    f.add(f.vk, message(u"a2"_s, u"И ещё вопрос"_s, u"u1"_s, u"Анна Петрова"_s));
    step = f.look(now() + 11 * kMinute);
    CHECK(step.queued == 1);
    CHECK(step.cancelled == 1);
    const auto sent = f.outbox();
    REQUIRE(sent.size() == 1);
    CHECK(sent[0].first == b);
}

TEST_CASE("Ratings in three languages are credited to the operators who closed", "[csat]")
{
    Surveys f;
    f.configure([](CsatSettings &) {});
    const qint64 anna =
        f.add(f.vk, message(u"a1"_s, u"Где заказ?"_s, u"u1"_s, u"Анна Петрова"_s, -60));
    const qint64 john =
        f.add(f.telegram, message(u"j1"_s, u"Where is it?"_s, u"u2"_s, u"John Smith"_s, -60));
    const qint64 zofia =
        f.add(f.vk, message(u"z1"_s, u"Gdzie paczka?"_s, u"u3"_s, u"Zofia Kowalska"_s, -60));
    REQUIRE(fd::test::resultOf(f.irinaActs.close({anna, zofia})).ok());
    REQUIRE(fd::test::resultOf(f.tomActs.close({john})).ok());
    CHECK(f.look().queued == 3);
    f.delivered();

    // A question after the survey is no rating: left as it is, the survey still waits.
    const qint64 question =
        f.add(f.vk, message(u"a2"_s, u"А когда доставка?"_s, u"u1"_s, u"Анна Петрова"_s, 5));
    CHECK(f.look().answered == 0);
    CHECK(f.status(question) == ItemStatus::New);
    CHECK(f.count(u"SELECT count(*) FROM csat_surveys WHERE state = 'sent'"_s) == 3);

    const qint64 a =
        f.add(f.vk, message(u"a3"_s, u"Отлично, спасибо!"_s, u"u1"_s, u"Анна Петрова"_s, 10));
    const qint64 j =
        f.add(f.telegram, message(u"j2"_s, u"4/5 thanks"_s, u"u2"_s, u"John Smith"_s, 10));
    const qint64 z = f.add(f.vk, message(u"z2"_s, u"świetnie"_s, u"u3"_s, u"Zofia Kowalska"_s, 10));
    CHECK(f.look().answered == 3);
    // A rating needs no answer: its item is closed, by the surveys, not by an operator.
    for (qint64 id : {a, j, z})
        CHECK(f.status(id) == ItemStatus::Closed);
    CHECK(f.status(question) == ItemStatus::New);
    CHECK(f.count(u"SELECT count(*) FROM journal WHERE actor_kind = 'system' AND action = "
                  u"'item.closed'"_s) == 3);
    CHECK(f.count(u"SELECT rating FROM csat_surveys WHERE answer_item_id = ?"_s, {a}) == 5);
    CHECK(f.count(u"SELECT rating FROM csat_surveys WHERE answer_item_id = ?"_s, {j}) == 4);
    CHECK(f.count(u"SELECT rating FROM csat_surveys WHERE answer_item_id = ?"_s, {z}) == 5);

    const auto byOperator = csatReport(*f.s->reader(), {}, {}, CsatGrouping::Operator);
    REQUIRE(byOperator.ok());
    REQUIRE(byOperator->groups.size() == 2);
    CHECK(byOperator->groups[0].name == u"Tom"_s);
    CHECK(byOperator->groups[0].answered == 1);
    CHECK(*byOperator->groups[0].csatPercent() == Approx(100.0));
    CHECK(byOperator->groups[1].name == u"Ирина"_s);
    CHECK(byOperator->groups[1].sent == 2);
    CHECK(byOperator->groups[1].answered == 2);
    CHECK(*byOperator->groups[1].averageScore() == Approx(5.0));

    // Closing the rating or the question again asks nobody again.
    REQUIRE(fd::test::resultOf(f.irinaActs.close({question})).ok());
    CHECK(f.look().scheduled == 0);
}

TEST_CASE("A customer is asked at most once in the settings' days", "[csat]")
{
    Surveys f;
    f.configure([](CsatSettings &s) { s.perCustomerDays = 30; });
    const qint64 first =
        f.add(f.vk, message(u"a1"_s, u"Вопрос"_s, u"u1"_s, u"Анна Петрова"_s, -60));
    REQUIRE(fd::test::resultOf(f.irinaActs.close({first})).ok());
    CHECK(f.look().queued == 1);
    f.add(f.vk, message(u"a2"_s, u"5"_s, u"u1"_s, u"Анна Петрова"_s, 5));
    CHECK(f.look().answered == 1);
    // A new question the same day, closed: not asked again.
    const qint64 again =
        f.add(f.vk, message(u"a3"_s, u"Ещё вопрос"_s, u"u1"_s, u"Анна Петрова"_s, 20));
    REQUIRE(fd::test::resultOf(f.irinaActs.close({again})).ok());
    CHECK(f.look().scheduled == 0);

    // Without a limit, a new question is a new conversation closing.
    f.configure([](CsatSettings &s) { s.perCustomerDays = 0; });
    const qint64 third = f.add(f.vk, message(u"a4"_s, u"И ещё"_s, u"u1"_s, u"Анна Петрова"_s, 30));
    REQUIRE(fd::test::resultOf(f.irinaActs.close({third})).ok());
    CHECK(f.look().queued == 1);
    CHECK(f.outbox().size() == 2);
}

TEST_CASE("An unanswered survey expires after the answer days", "[csat]")
{
    Surveys f;
    f.configure([](CsatSettings &) {});
    const qint64 dm = f.add(f.vk, message(u"a1"_s, u"Вопрос"_s, u"u1"_s, u"Анна Петрова"_s, -60));
    REQUIRE(fd::test::resultOf(f.irinaActs.close({dm})).ok());
    CHECK(f.look().queued == 1);
    CHECK(f.look(now() + (CsatSettings::answerDays + 1) * kDay).expired == 1);
    // A late "5" is an ordinary message.
    const qint64 late = f.add(f.vk, message(u"a2"_s, u"5"_s, u"u1"_s, u"Анна Петрова"_s, 5));
    f.look();
    CHECK(f.status(late) == ItemStatus::New);
}

TEST_CASE("The CSAT report counts sent answered and good ratings per operator and account",
          "[csat]")
{
    Surveys f;
    // Hand-built: Irina on VK 4 delivered (5, 4, 2, none), Tom on Telegram 2 delivered (👍, 3),
    // one of Tom's failed to send and one sent before the period.
    const qint64 day = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    struct Row
    {
        qint64 account;
        QString operatorName;
        qint64 sentAt;
        QVariant rating;
        bool thumbs;
        QString outboxState;
    };
    const QVariant none(QMetaType::fromType<int>());
    const QList<Row> rows{
        {f.vk, u"Ирина"_s, day, 5, false, u"sent"_s},
        {f.vk, u"Ирина"_s, day + 1, 4, false, u"sent"_s},
        {f.vk, u"Ирина"_s, day + 2, 2, false, u"sent"_s},
        {f.vk, u"Ирина"_s, day + 3, none, false, u"sent"_s},
        {f.telegram, u"Tom"_s, day + 4, 5, true, u"sent"_s},
        {f.telegram, u"Tom"_s, day + 5, 3, false, u"sent"_s},
        {f.telegram, u"Tom"_s, day + 6, none, false, u"failed"_s},
        {f.telegram, u"Tom"_s, day - 10 * kDay, 1, false, u"sent"_s},
    };
    const qint64 item = f.add(f.vk, message(u"x"_s, u"x"_s, u"u1"_s, u"X"_s));
    REQUIRE(
        fd::test::resultOf(f.s->write([rows, item](const QSqlDatabase &db) {
            int n = 0;
            for (const Row &r : rows) {
                auto o = Connection::exec(
                    db,
                    u"INSERT INTO outbox (item_id, action, body, operator, idempotency_key, "
                    u"state, created_at, updated_at) VALUES (?, 'reply', 'Rate us', ?, ?, "
                    u"?, ?, ?)"_s,
                    {item, r.operatorName, u"k%1"_s.arg(n++), r.outboxState, r.sentAt, r.sentAt});
                if (!o.ok())
                    return o.error();
                auto s = Connection::exec(
                    db,
                    u"INSERT INTO csat_surveys (thread_id, item_id, account_id, "
                    u"operator_name, closed_at, state, due_at, sent_at, outbox_id, rating, "
                    u"thumbs) SELECT thread_id, id, ?, ?, ?, CASE WHEN ? IS NULL THEN "
                    u"'sent' ELSE 'answered' END, ?, ?, ?, ?, ? FROM items WHERE id = ?"_s,
                    {r.account, r.operatorName, r.sentAt, r.rating, r.sentAt, r.sentAt,
                     o->lastInsertId(), r.rating, r.thumbs ? 1 : 0, item});
                if (!s.ok())
                    return s.error();
            }
            return StoreError{};
        })).ok());

    const QDateTime from(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
    const auto total = csatReport(*f.s->reader(), from, to, CsatGrouping::None);
    REQUIRE(total.ok());
    CHECK(total->groups.isEmpty());
    CHECK(total->total.sent == 6);
    CHECK(total->total.answered == 5);
    CHECK(total->total.positive == 3);
    CHECK(*total->total.csatPercent() == Approx(60.0));
    CHECK(*total->total.responseRate() == Approx(100.0 * 5 / 6));

    const auto byAccount = csatReport(*f.s->reader(), from, to, CsatGrouping::Account);
    REQUIRE(byAccount.ok());
    REQUIRE(byAccount->groups.size() == 2);
    CHECK(byAccount->groups[0].name == u"Frontshop"_s);
    CHECK(byAccount->groups[0].id == f.vk);
    CHECK(byAccount->groups[0].sent == 4);
    CHECK(*byAccount->groups[0].csatPercent() == Approx(100.0 * 2 / 3));
    CHECK(*byAccount->groups[0].responseRate() == Approx(75.0));
    CHECK(byAccount->groups[1].name == u"Shop bot"_s);
    CHECK(byAccount->groups[1].sent == 2);
    CHECK(*byAccount->groups[1].csatPercent() == Approx(50.0));
    CHECK(*byAccount->groups[1].responseRate() == Approx(100.0));

    const auto byOperator = csatReport(*f.s->reader(), {}, {}, CsatGrouping::Operator);
    REQUIRE(byOperator.ok());
    REQUIRE(byOperator->groups.size() == 2);
    CHECK(byOperator->groups[0].name == u"Tom"_s);
    CHECK(byOperator->groups[0].sent == 3); // the one before the period too
    CHECK(byOperator->groups[0].answered == 3);
    CHECK(*byOperator->groups[0].csatPercent() == Approx(100.0 / 3));

    // An empty period has no percentages.
    const auto empty = csatReport(*f.s->reader(), to, to.addDays(1), CsatGrouping::None);
    REQUIRE(empty.ok());
    CHECK(empty->total.sent == 0);
    CHECK_FALSE(empty->total.csatPercent());
    CHECK_FALSE(empty->total.responseRate());
}
