#include "RulesTestSupport.h"

#include "rules/BusinessCalendar.h"
#include "rules/DryRun.h"
#include "rules/RuleJson.h"
#include "rules/SlaPolicy.h"
#include "store/Connection.h"
#include "store/TextLimits.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;

namespace {

constexpr qint64 kNewYear = 1767225600; // 2026-01-01 00:00 UTC

IncomingItem comment(const QString &id, const QString &text, const QString &postId,
                     const QString &postText, const QString &author = u"u1"_s,
                     const QString &name = u"Anna Petrova"_s, qint64 created = kNewYear)
{
    IncomingItem in = makeItem(id, text, author, name, created);
    in.item.kind = ItemKind::Comment;
    in.post.externalId = postId;
    in.post.text = postText;
    return in;
}

qint64 idOf(Store &store, qint64 account, const QString &externalId)
{
    return scalar(store,
                  u"SELECT id FROM items WHERE account_id = "_s + QString::number(account) +
                      u" AND external_id = ?"_s,
                  externalId)
        .toLongLong();
}

// Each condition gets a rule of its own that tags what it matches "c-<name>".
struct ConditionCase
{
    const char *name;
    const char *when;
};

const ConditionCase kConditions[] = {
    {"platform", R"({"platform": "vk"})"},
    {"account", R"({"account": "SUPPORT tg"})"},
    {"kind", R"({"kind": ["comment"]})"},
    {"event-edited", R"({"event": "edited"})"},
    {"contains", R"({"text_contains": "ЖДУ"})"},
    {"regex", R"({"text_regex": "https?://\\S+"})"},
    {"keywords", R"({"keywords": ["заказ", "cene", "refund please"]})"},
    {"link", R"({"has_link": true})"},
    {"emoji", R"({"only_emoji": true})"},
    {"short", R"({"words": {"max": 2}})"},
    {"handle", R"({"author": ["@BigShot"]})"},
    {"famous", R"({"followers": {"min": 10000}})"},
    {"new-author", R"({"author_history": "new"})"},
    {"returning", R"({"author_history": "returning"})"},
    {"post", R"({"post_id": "p-77"})"},
    {"post-text", R"({"post_contains": "new PRICES"})"},
    {"night", R"({"time_of_day": {"from": "22:00", "to": "08:00", "zone": "UTC"}})"},
    {"old", R"({"age_minutes": {"min": 60}})"},
    {"any", R"({"any": [{"kind": "review"}, {"only_emoji": true}]})"},
    {"not", R"({"not": {"platform": ["vk", "telegram"]}})"},
    {"nested",
     R"({"all": [{"platform": "vk"}, {"any": [{"has_link": true}, {"followers": {"min": 10000}}]}]})"},
};

} // namespace

TEST_CASE("A rule reads from JSON and writes back the same")
{
    const char *json = R"({"name": "Night spam", "enabled": true, "trigger": "both",
        "when": {"all": [{"keywords": ["Zażółć", "ЁЖ"]}, {"not": {"tags": "VIP"}},
                         {"followers": {"min": 10, "max": 500}},
                         {"time_of_day": {"from": "22:00", "to": "08:00", "zone": "Europe/Warsaw"}},
                         {"out_of_hours": "Office"}]},
        "then": [{"tag": "spam"}, {"assign": {"round_robin": ["anna", "boris"], "cap": 5}},
                 {"reply": {"template": "Night", "first_contact_only": true}}, {"stop": true}]})";
    const Rule rule = parseRule(json);
    CHECK(rule.trigger == RuleTrigger::Both);
    CHECK(rule.when.children.size() == 5);
    CHECK(rule.when.children[0].values == QStringList{u"zazolc"_s, u"еж"_s});
    const QJsonObject once = ruleJson::toJson(rule);
    QString error;
    const auto again = ruleJson::parse(once, &error);
    REQUIRE(again);
    CHECK(ruleJson::toJson(*again) == once);
    CHECK(again->actions[1].cap == 5);
    CHECK(again->actions[2].firstContactOnly);
}

TEST_CASE("A broken rule is refused with where and what")
{
    auto refuse = [](const char *json) {
        QString error;
        CHECK_FALSE(ruleJson::parse(QByteArray(json), &error));
        return error;
    };
    CHECK(refuse(R"({"name": "x", "when": {"all": [{"kind": "dm"}, {"colour": "red"}]},
                     "then": [{"close": true}]})") ==
          u"when.all[1]: unknown condition \"colour\""_s);
    CHECK(refuse(R"({"name": "x", "when": {"kind": "letter"}, "then": [{"close": true}]})")
              .startsWith(u"when.kind: \"letter\" is not one of: dm"_s));
    CHECK(refuse(R"({"name": "x", "when": {"text_regex": "(unclosed"}, "then": [{"close": true}]})")
              .startsWith(u"when.text_regex: the regular expression is not valid"_s));
    CHECK(refuse(R"({"name": "x", "then": []})") == u"then: a rule needs at least one action"_s);
    CHECK(refuse(R"({"name": "x", "then": [{"launch": "rockets"}]})") ==
          u"then[0]: unknown action \"launch\""_s);
    CHECK(
        refuse(
            R"({"name": "x", "when": {"words": {"min": 5, "max": 2}}, "then": [{"close": true}]})") ==
        u"when.words: \"min\" is above \"max\""_s);
    CHECK(refuse(R"({"then": [{"close": true}]})") == u"name: a rule needs a name"_s);
    CHECK(refuse("{not json").startsWith(u"not valid JSON"_s));
}

TEST_CASE("Each condition matches what it says and nothing else")
{
    RulesStore s;
    const qint64 tg = s.addAccount(Platform::Telegram, u"Support TG"_s);
    const qint64 vk = s.addAccount(Platform::Vk, u"Shop VK"_s);
    for (const ConditionCase &c : kConditions) {
        const QByteArray json = "{\"name\": \"" + QByteArray(c.name) + "\", \"when\": " + c.when +
                                ", \"then\": [{\"tag\": \"c-" + c.name + "\"}]}";
        addRule(s.store(), json.constData());
    }
    IncomingItem wait =
        makeItem(u"t1"_s, u"Где мой ЗАКАЗ? Жду уже неделю"_s, u"u1"_s, u"Anna Petrova"_s);
    IncomingItem again = makeItem(u"t2"_s, u"Ау?"_s, u"u1"_s, u"Anna Petrova"_s, kNewYear + 60);
    IncomingItem noon = makeItem(u"t3"_s, u"Hello there, a question about delivery"_s, u"u2"_s,
                                 u"Jan Kowalski"_s, kNewYear + 12 * 3600);
    REQUIRE(ingest(s.store(), {tg, {wait, again, noon}, {}, {}}).inserted == 3);

    IncomingItem link = comment(u"v1"_s, u"Zażółć cenę! http://spam.example/x"_s, u"p-77"_s,
                                u"New prices from Monday"_s, u"v9"_s, u"Big Shot"_s);
    link.item.author.followers = 50000;
    link.item.author.handle = u"BigShot"_s;
    IncomingItem emoji = comment(u"v2"_s, u"👍🔥"_s, u"p-78"_s, u"A photo"_s, u"v8"_s, u"Ola"_s);
    IncomingItem fresh = comment(u"v3"_s, u"Świetnie"_s, u"p-78"_s, u"A photo"_s, u"v7"_s, u"Ewa"_s,
                                 QDateTime::currentSecsSinceEpoch());
    REQUIRE(ingest(s.store(), {vk, {link, emoji, fresh}, {}, {}}).inserted == 3);

    auto tags = [&](qint64 account, const QString &ext) {
        QStringList t = tagsOf(s.store(), idOf(s.store(), account, ext));
        for (QString &x : t)
            x.remove(0, 2);
        return t;
    };
    // "not" matches nothing here: every item is on VK or Telegram.
    CHECK(tags(tg, u"t1"_s) == QStringList{u"account"_s, u"contains"_s, u"keywords"_s,
                                           u"new-author"_s, u"night"_s, u"old"_s});
    CHECK(tags(tg, u"t2"_s) ==
          QStringList{u"account"_s, u"night"_s, u"old"_s, u"returning"_s, u"short"_s});
    CHECK(tags(tg, u"t3"_s) == QStringList{u"account"_s, u"new-author"_s, u"old"_s});
    CHECK(tags(vk, u"v1"_s) == QStringList{u"famous"_s, u"handle"_s, u"keywords"_s, u"kind"_s,
                                           u"link"_s, u"nested"_s, u"new-author"_s, u"night"_s,
                                           u"old"_s, u"platform"_s, u"post"_s, u"post-text"_s,
                                           u"regex"_s});
    CHECK(tags(vk, u"v2"_s) == QStringList{u"any"_s, u"emoji"_s, u"kind"_s, u"new-author"_s,
                                           u"night"_s, u"old"_s, u"platform"_s, u"short"_s});
    CHECK(tags(vk, u"v3"_s).contains(u"short"_s));
    CHECK_FALSE(tags(vk, u"v3"_s).contains(u"old"_s));

    // An edit runs the rules again, as an edit.
    wait.item.text = u"Где мой заказ?? Жду уже две недели"_s;
    REQUIRE(ingest(s.store(), {tg, {wait}, {}, {}}).edited == 1);
    CHECK(tags(tg, u"t1"_s).contains(u"event-edited"_s));
}

TEST_CASE("A keyword phrase is found whole, with or without joined words around it")
{
    RulesStore s;
    const qint64 tg = s.addAccount(Platform::Telegram, u"Support TG"_s);
    addRule(s.store(), R"({"name": "Broken", "when": {"keywords": ["не работает", "wi-fi", "$$$"]},
        "then": [{"tag": "broken"}]})");
    const struct
    {
        const char16_t *id, *text;
        bool tagged;
    } cases[] = {
        {u"a", u"Приложение НЕ РАБОТАЕТ с утра", true},
        {u"b", u"Всё работает, не переживайте", false}, // both words, not in a row
        {u"c", u"Что-не работает? Странно", true},      // the first word joined to another
        {u"d", u"Wi-Fi в зале пропал", true},           // the phrase is a joined word
        {u"e", u"wifi в зале пропал", false},
        {u"f", u"Only $$$ talks", true},                     // a symbol, no word to settle by
        {u"g", u"Ненавижу, когда не работает-то всё", true}, // a word joined on after it
    };
    QList<IncomingItem> items;
    for (const auto &c : cases)
        items.append(makeItem(QString::fromUtf16(c.id), QString::fromUtf16(c.text)));
    REQUIRE(ingest(s.store(), {tg, items, {}, {}}).inserted == int(std::size(cases)));
    for (const auto &c : cases) {
        INFO(QString::fromUtf16(c.text).toStdString());
        CHECK(tagsOf(s.store(), idOf(s.store(), tg, QString::fromUtf16(c.id)))
                  .contains(u"broken"_s) == c.tagged);
    }
}

TEST_CASE("Verdicts worked out ahead of the writer are those of the texts as stored, in order")
{
    RulesStore s;
    const qint64 tg = s.addAccount(Platform::Telegram, u"Support TG"_s);
    addRule(s.store(), R"({"name": "Refunds", "when": {"keywords": ["refund", "zwrot"]},
        "then": [{"tag": "refund"}]})");
    const QStringList texts = {
        u"I want a refund, the parcel never came"_s,
        u"Спасибо, всё пришло вовремя!"_s,
        u"Look what I found http://site.example/x"_s,
        u"Proszę o zwrot pieniędzy, produkt jest uszkodzony"_s,
        u"Ужасный сервис, никто не отвечает"_s,
    };
    // Four batches queued at once, so the later ones are worked out while the writer stores the
    // earlier: the same offer with a link arrives again and again and turns to spam on its
    // third arrival, which only the order of arrival decides. The last text is cut to the
    // store's limit, so it is judged as stored, not as it came.
    QList<QFuture<IngestResult>> flight;
    QStringList sent;
    for (int b = 0; b < 4; ++b) {
        QList<IncomingItem> items;
        for (int i = 0; i < 25; ++i) {
            const QString id = u"m%1-%2"_s.arg(b).arg(i);
            items.append(makeItem(id, texts.at((b * 25 + i) % texts.size()), id));
        }
        if (b == 3) {
            items.last().item.text = u"refund "_s + QString(TextLimits::itemText, u'x') +
                                     u" http://a.example http://b.example http://c.example"_s;
        }
        for (const IncomingItem &in : std::as_const(items))
            sent.append(in.item.text);
        flight.append(s.store().ingest({tg, items, {}, {}}));
    }
    for (QFuture<IngestResult> &f : flight) {
        f.waitForFinished();
        REQUIRE(f.result().ok());
        REQUIRE(f.result().inserted == 25);
    }
    ItemClassifier expected;
    int spam = 0;
    for (int k = 0; k < sent.size(); ++k) {
        const QString id = u"m%1-%2"_s.arg(k / 25).arg(k % 25);
        const qint64 item = idOf(s.store(), tg, id);
        const QString stored = scalar(s.store(), u"SELECT text FROM items WHERE id = ?"_s, item);
        const ItemAnnotations want = expected.classify(stored, 0);
        INFO(id.toStdString());
        CHECK(scalar(s.store(),
                     u"SELECT lang || ' ' || sentiment || ' ' || spam FROM items "
                     u"WHERE id = ?"_s,
                     item) ==
              u"%1 %2 %3"_s.arg(want.lang).arg(*want.sentiment).arg(want.spam ? 1 : 0));
        CHECK(tagsOf(s.store(), item).contains(u"refund"_s) ==
              (stored.contains(u"refund"_s) || stored.contains(u"zwrot"_s)));
        spam += want.spam ? 1 : 0;
    }
    CHECK(sent.last().size() > TextLimits::itemText);
    CHECK(spam == 18); // the offer's 20 arrivals but its first two
}

TEST_CASE("Actions change the item and the journal names the rule")
{
    RulesStore s;
    const qint64 vk = s.addAccount(Platform::Vk, u"Shop VK"_s);
    REQUIRE(resultOf(s->write([](const QSqlDatabase &db) {
                auto q = Connection::exec(
                    db, u"INSERT INTO operators (login, display_name, created_at) VALUES "
                        u"('anna', 'Anna', 0), ('boris', 'Boris', 0), ('cyril', 'Cyril', 0)"_s);
                auto t = Connection::exec(
                    db, u"INSERT INTO templates (title, body, shortcode, created_at, updated_at) "
                        u"VALUES ('Welcome', 'Hello {author.name}, we answer within the hour.', "
                        u"'hi', 0, 0)"_s);
                return !q.ok() ? q.error() : (!t.ok() ? t.error() : StoreError{});
            })).ok());
    addRule(s.store(), R"({"name": "Spam links", "when": {"has_link": true},
        "then": [{"tag": "spam"}, {"hide": true}, {"stop": true}]})");
    addRule(s.store(), R"({"name": "Thanks", "when": {"keywords": ["thanks", "спасибо"]},
        "then": [{"tag": "thanks"}, {"close": true}]})");
    addRule(s.store(), R"({"name": "Angry", "when": {"keywords": ["refund"]},
        "then": [{"priority": "urgent"}, {"assign": "boris"}, {"notify": "Refund asked by {author.name}"}]})");
    addRule(s.store(), R"({"name": "Welcome", "when": {"kind": "comment"},
        "then": [{"reply": {"template": "hi", "first_contact_only": true}},
                 {"assign": {"round_robin": ["anna", "cyril"], "cap": 1}}]})");
    addRule(s.store(), R"({"name": "Untag", "when": {"tags": "thanks"},
        "then": [{"untag": "thanks"}, {"tag": "grateful"}]})");

    const IngestResult r =
        ingest(s.store(),
               {vk,
                {comment(u"1"_s, u"Buy now http://x.example"_s, u"p"_s, u""_s, u"s"_s, u"Spam"_s),
                 comment(u"2"_s, u"Thanks a lot!"_s, u"p"_s, u""_s, u"a"_s, u"Ada"_s),
                 comment(u"3"_s, u"I want a refund"_s, u"p"_s, u""_s, u"a"_s, u"Ada"_s),
                 comment(u"4"_s, u"Hello?"_s, u"p"_s, u""_s, u"b"_s, u"Bob"_s)},
                {},
                {}});
    REQUIRE(r.ok());
    REQUIRE(r.warnings.isEmpty());
    const qint64 spam = idOf(s.store(), vk, u"1"_s);
    const qint64 thanks = idOf(s.store(), vk, u"2"_s);
    const qint64 refund = idOf(s.store(), vk, u"3"_s);
    const qint64 hello = idOf(s.store(), vk, u"4"_s);

    // Stop: the spam is not welcomed or assigned by the rules after it.
    CHECK(tagsOf(s.store(), spam) == QStringList{u"spam"_s});
    CHECK(scalar(s.store(), u"SELECT action || ' by ' || operator FROM outbox WHERE item_id = ?"_s,
                 spam) == u"hide by Spam links"_s);
    CHECK(ruleJournal(s.store(), spam) ==
          QStringList{u"item.tagged spam (Spam links)"_s, u"outbox.hide  (Spam links)"_s});
    CHECK(scalar(s.store(), u"SELECT before FROM journal WHERE action = 'outbox.hide'"_s) ==
          u"Buy now http://x.example"_s);

    // Order: "Untag" sees the tag "Thanks" gave, in the same pass.
    CHECK(statusOf(s.store(), thanks) == u"closed"_s);
    CHECK(tagsOf(s.store(), thanks) == QStringList{u"grateful"_s});

    CHECK(scalar(s.store(), u"SELECT priority FROM items WHERE id = ?"_s, refund) == u"2"_s);
    CHECK(scalar(s.store(),
                 u"SELECT o.login FROM items i JOIN operators o ON o.id = "
                 u"i.assignee_id WHERE i.id = ?"_s,
                 refund) == u"cyril"_s);
    CHECK(ruleJournal(s.store(), refund) == QStringList{u"item.priority urgent (Angry)"_s,
                                                        u"item.assigned 2 (Angry)"_s,
                                                        u"item.assigned 3 (Welcome)"_s});
    CHECK(scalar(s.store(),
                 u"SELECT notice FROM rule_firings WHERE item_id = ? AND rule_name = "
                 u"'Angry'"_s,
                 refund) == u"Refund asked by Ada"_s);

    // First contact only: Ada's first comment got the welcome, her second did not; Bob's did.
    CHECK(scalar(s.store(), u"SELECT count(*) FROM outbox WHERE action = 'reply'"_s) == u"2"_s);
    // Each queued action carries its own key, a UUID the platform call is retried with: time
    // ordered (version 7), its first 48 bits the milliseconds it was queued at.
    QSqlQuery keys(*s->reader());
    REQUIRE(keys.exec(u"SELECT idempotency_key, created_at FROM outbox ORDER BY id"_s));
    QSet<QString> seen;
    while (keys.next()) {
        const QString key = keys.value(0).toString();
        CHECK_FALSE(QUuid(key).isNull());
        CHECK(key.at(14) == u'7');
        CHECK(QStringView(u"89ab").contains(key.at(19)));
        CHECK(QString(key.left(8) + key.mid(9, 4)).toLongLong(nullptr, 16) ==
              keys.value(1).toLongLong());
        seen.insert(key);
    }
    CHECK(seen.size() == 3);
    CHECK(scalar(s.store(), u"SELECT body FROM outbox WHERE item_id = ?"_s, hello) ==
          u"Hello Bob, we answer within the hour."_s);
    // Round robin with a cap of one open item each: thanks → anna (and closed), the refund
    // (after "Angry" gave it to boris) → cyril, hello → anna again (her one item is closed).
    CHECK(scalar(s.store(),
                 u"SELECT o.login FROM items i JOIN operators o ON o.id = "
                 u"i.assignee_id WHERE i.id = ?"_s,
                 hello) == u"anna"_s);
    CHECK(scalar(s.store(), u"SELECT sum(fired) FROM rule_counts"_s).toInt() >= 5);
}

TEST_CASE("Language sentiment spam and business hours conditions use the classifiers and calendars")
{
    RulesStore s;
    const qint64 vk = s.addAccount(Platform::Vk, u"Shop VK"_s);
    QString error;
    const BusinessCalendar office = BusinessCalendar::fromJson(
        QJsonDocument::fromJson(R"({"zone": "Europe/Warsaw", "week": {"mon": ["09:00-17:00"],
            "tue": ["09:00-17:00"], "wed": ["09:00-17:00"], "thu": ["09:00-17:00"],
            "fri": ["09:00-17:00"]}, "holidays": ["2026-01-01"]})")
            .object(),
        &error);
    REQUIRE(error.isEmpty());
    REQUIRE(resultOf(sla::setCalendar(s.store(), u"Office"_s, office)).ok());
    addRule(s.store(), R"({"name": "pl", "when": {"language": "pl"}, "then": [{"tag": "pl"}]})");
    addRule(s.store(), R"({"name": "angry", "when": {"sentiment": "negative"},
        "then": [{"tag": "angry"}]})");
    addRule(s.store(), R"({"name": "spam", "when": {"spam": true}, "then": [{"tag": "spam"}]})");
    addRule(s.store(), R"({"name": "in hours", "when": {"business_hours": "Office"},
        "then": [{"tag": "in-hours"}]})");
    addRule(s.store(), R"({"name": "after hours", "when": {"out_of_hours": "Office"},
        "then": [{"tag": "after-hours"}]})");
    addRule(s.store(), R"({"name": "no such calendar", "when": {"business_hours": "Nope"},
        "then": [{"tag": "never"}]})");

    // 2026-01-02 is a Friday: 10:00 in Warsaw is 09:00 UTC; New Year's Day is a holiday.
    const qint64 friday10 = kNewYear + 86400 + 9 * 3600;
    const qint64 holiday10 = kNewYear + 9 * 3600;
    const qint64 friday18 = kNewYear + 86400 + 17 * 3600;
    REQUIRE(ingest(s.store(),
                   {vk,
                    {comment(u"1"_s, u"Dzień dobry, kiedy wysyłka zamówienia?"_s, u"p"_s, {},
                             u"a"_s, u"Ada"_s, friday10),
                     comment(u"2"_s, u"This is terrible, the worst service ever, I am furious"_s,
                             u"p"_s, {}, u"b"_s, u"Bob"_s, holiday10),
                     comment(u"3"_s, u"Earn $500 a day from home, click http://cash.example/win"_s,
                             u"p"_s, {}, u"c"_s, u"Cash"_s, friday18)},
                    {},
                    {}})
                .ok());
    CHECK(tagsOf(s.store(), idOf(s.store(), vk, u"1"_s)) == QStringList{u"in-hours"_s, u"pl"_s});
    CHECK(tagsOf(s.store(), idOf(s.store(), vk, u"2"_s)) ==
          QStringList{u"after-hours"_s, u"angry"_s});
    CHECK(tagsOf(s.store(), idOf(s.store(), vk, u"3"_s)) ==
          QStringList{u"after-hours"_s, u"spam"_s});
    // The verdicts are kept on the items, for the feed and the statistics.
    CHECK(scalar(s.store(), u"SELECT lang || ' ' || sentiment || ' ' || spam FROM items WHERE "
                            u"external_id = '2'"_s) == u"en -1 0"_s);
}
