#include "RulesTestSupport.h"

#include "rules/DryRun.h"
#include "rules/RuleSet.h"
#include "store/Connection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;

namespace {

// What the rule under test did to a store, item by item, keyed by the item's external id: its
// journal rows, in the words a dry run uses ("tag polite, close, set priority low").
QMap<QString, QString> effects(Store &store)
{
    QSqlQuery q(*store.reader());
    REQUIRE(q.exec(u"SELECT i.external_id, j.action, j.after FROM journal j JOIN items i ON "
                   u"i.id = j.item_id WHERE j.actor_kind = 'rule' AND j.actor = 'Under test' "
                   u"ORDER BY j.id"_s));
    QMap<QString, QStringList> done;
    while (q.next()) {
        const QString action = q.value(1).toString(), after = q.value(2).toString();
        RuleAction a;
        if (action == u"item.tagged"_s) {
            a.type = RuleAction::Type::Tag;
            a.text = after;
        } else if (action == u"item.closed"_s) {
            a.type = RuleAction::Type::Close;
        } else if (action == u"item.priority"_s) {
            a.type = RuleAction::Type::Priority;
            a.text = after;
        } else {
            FAIL("an action the rule under test does not take: " << action.toStdString());
        }
        done[q.value(0).toString()].append(describeAction(a));
    }
    QMap<QString, QString> out;
    for (auto it = done.cbegin(); it != done.cend(); ++it)
        out.insert(it.key(), it->join(u", "_s));
    return out;
}

QList<IncomingItem> history(int n)
{
    QList<IncomingItem> items;
    for (int i = 0; i < n; ++i) {
        const bool spam = i % 7 == 0;
        const bool thanks = i % 5 == 0;
        const QString text = spam     ? u"Earn $500 a day at home: http://cash.example/%1"_s.arg(i)
                             : thanks ? u"Спасибо большое!"_s
                                      : u"Where is my order number %1? It is late"_s.arg(i);
        IncomingItem in = makeItem(QString::number(i), text, u"a%1"_s.arg(i % 9),
                                   u"Author %1"_s.arg(i % 9), 1767225600 + i * 600);
        in.item.kind = i % 2 ? ItemKind::Comment : ItemKind::Dm;
        if (in.item.kind == ItemKind::Comment)
            in.post.externalId = u"post-%1"_s.arg(i % 3);
        items.append(in);
    }
    return items;
}

const char *kEarlier = R"({"name": "Spam first", "when": {"has_link": true},
    "then": [{"tag": "spam"}, {"stop": true}]})";
const char *kUnderTest = R"({"name": "Under test", "when": {"any": [
        {"keywords": ["спасибо", "thanks"]}, {"author_history": "new"}, {"tags": "spam"}]},
    "then": [{"tag": "polite"}, {"close": true}, {"priority": "low"}]})";

// A trigger that refuses tagging the item whose text is `text` (any item when empty): it stands
// in for a rule failing half-way through what it does.
void refuseTagging(Store &store, const QString &text = QString())
{
    const QString when = text.isEmpty() ? QString()
                                        : u"WHEN (SELECT text FROM items WHERE id = "
                                          u"NEW.item_id) = '%1' "_s.arg(text);
    REQUIRE(resultOf(store.write([when](const QSqlDatabase &db) {
                auto q = fd::core::Connection::exec(
                    db, u"CREATE TRIGGER refuse BEFORE INSERT ON item_tags "_s + when +
                            u"BEGIN SELECT RAISE(ABORT, 'refused'); END"_s);
                return q.ok() ? StoreError{} : q.error();
            })).ok());
}

} // namespace

TEST_CASE("A dry run shows exactly what the live rule then does to the same items")
{
    const QList<IncomingItem> items = history(120);

    // What the dry run says over a store that had the rule switched off…
    RulesStore dry;
    const qint64 a1 = dry.addAccount(Platform::Vk, u"Shop"_s);
    addRule(dry.store(), kEarlier);
    const qint64 ruleId = addRule(dry.store(), R"({"name": "Under test", "enabled": false,
        "when": {"any": [{"keywords": ["спасибо", "thanks"]}, {"author_history": "new"},
                         {"tags": "spam"}]},
        "then": [{"tag": "polite"}, {"close": true}, {"priority": "low"}]})");
    for (qsizetype at = 0; at < items.size(); at += 25)
        REQUIRE(ingest(dry.store(), {a1, items.mid(at, 25), {}, {}}).ok());
    auto rules = loadRules(*dry->reader(), false);
    REQUIRE(rules.ok());
    Rule candidate = rules->last();
    REQUIRE(candidate.id == ruleId);
    auto report = dryRun(*dry->reader(), candidate, {});
    REQUIRE(report.ok());
    CHECK(report->examined == 120);
    // Nothing was written by the dry run.
    CHECK(effects(dry.store()).isEmpty());
    CHECK(scalar(dry.store(), u"SELECT count(*) FROM items WHERE priority = -1"_s) == u"0"_s);

    // …is what the live rule does when the same items arrive with it switched on.
    RulesStore live;
    const qint64 a2 = live.addAccount(Platform::Vk, u"Shop"_s);
    addRule(live.store(), kEarlier);
    addRule(live.store(), kUnderTest);
    for (qsizetype at = 0; at < items.size(); at += 25)
        REQUIRE(ingest(live.store(), {a2, items.mid(at, 25), {}, {}}).ok());
    const QMap<QString, QString> done = effects(live.store());

    QMap<QString, QString> predicted;
    for (const DryRunItem &i : report->items) {
        const QString ext =
            scalar(dry.store(), u"SELECT external_id FROM items WHERE id = ?"_s, i.itemId);
        predicted.insert(ext, i.actions.join(u", "_s));
    }
    CHECK(report->matched == done.size());
    CHECK(predicted == done);
    // Thanks (every 5th) and first messages of the 9 authors; spam stopped before the rule.
    CHECK(report->matched > 20);
    CHECK(report->counts.value(RuleAction::Type::Close) == report->matched);
    CHECK(report->summary().startsWith(u"Would tag %1 item"_s.arg(report->matched)));
    CHECK(report->summary().contains(u"close %1 item"_s.arg(report->matched)));
    CHECK(scalar(live.store(), u"SELECT count(*) FROM items WHERE status = 'closed'"_s)
              .toLongLong() == report->matched);
}

TEST_CASE("A dry run can be cancelled and lists at most what is asked")
{
    RulesStore s;
    const qint64 acc = s.addAccount(Platform::Telegram, u"Bot"_s);
    REQUIRE(ingest(s.store(), {acc, history(300), {}, {}}).ok());
    const Rule everything = parseRule(R"({"name": "All", "then": [{"tag": "seen"}]})");
    DryRunOptions options;
    options.listLimit = 10;
    auto full = dryRun(*s->reader(), everything, options);
    REQUIRE(full.ok());
    CHECK(full->matched == 300);
    CHECK(full->items.size() == 10);
    qint64 calls = 0;
    auto cancelled = dryRun(*s->reader(), everything, options, [&](qint64 done, qint64 total) {
        CHECK(total == 300);
        ++calls;
        return done < 64;
    });
    REQUIRE(cancelled.ok());
    CHECK(cancelled->cancelled);
    CHECK(calls == 2);
    CHECK(cancelled->examined == 64);
}

TEST_CASE("A timer rule acts on an unanswered item once it has waited long enough and once only")
{
    RulesStore s;
    const qint64 acc = s.addAccount(Platform::Telegram, u"Bot"_s);
    addRule(s.store(), R"({"name": "Escalate", "trigger": "timer",
        "when": {"all": [{"unanswered_minutes": {"min": 15}}, {"status": ["new", "open"]}]},
        "then": [{"priority": "urgent"}, {"notify": "Waiting a quarter of an hour"}]})");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    IncomingItem waiting = makeItem(u"1"_s, u"Hello?"_s, u"u1"_s, u"Anna"_s, now / 1000 - 10 * 60);
    IncomingItem answered = makeItem(u"2"_s, u"Hi"_s, u"u2"_s, u"Boris"_s, now / 1000 - 40 * 60);
    IncomingItem reply =
        makeItem(u"3"_s, u"Hello Boris"_s, u"u2"_s, u"Boris"_s, now / 1000 - 39 * 60);
    reply.item.direction = Direction::Outgoing;
    reply.threadExternalId = u"dm:u2"_s;
    REQUIRE(ingest(s.store(), {acc, {waiting, answered, reply}, {}, {}}).inserted == 3);
    // The timer does not act at ingest.
    CHECK(scalar(s.store(), u"SELECT count(*) FROM rule_firings"_s) == u"0"_s);
    CHECK(scalar(s.store(), u"SELECT count(*) FROM rule_counts"_s) == u"0"_s);

    auto tick = [&](qint64 at) {
        auto fired = std::make_shared<int>(0);
        auto hook = s.hook;
        REQUIRE(resultOf(s->write([hook, at, fired](const QSqlDatabase &db) {
                    return hook->runTimer(db, at, fired.get());
                })).ok());
        return *fired;
    };
    CHECK(tick(now) == 0);                  // Anna has waited 10 minutes; Boris was answered
    CHECK(tick(now + 6 * 60 * 1000) == 1);  // 16 minutes
    CHECK(tick(now + 20 * 60 * 1000) == 0); // once only
    CHECK(scalar(s.store(), u"SELECT external_id FROM items WHERE priority = 2"_s) == u"1"_s);
    CHECK(scalar(s.store(), u"SELECT notice FROM rule_firings"_s) ==
          u"Waiting a quarter of an hour"_s);
}

TEST_CASE("A rule that cannot act costs nothing of the batch")
{
    RulesStore s;
    const qint64 acc = s.addAccount(Platform::Telegram, u"Bot"_s);
    addRule(s.store(), R"({"name": "Tag", "then": [{"tag": "seen"}]})");
    refuseTagging(s.store());
    const IngestResult r =
        ingest(s.store(), {acc, {makeItem(u"1"_s, u"a"_s), makeItem(u"2"_s, u"b"_s)}, {}, u"c1"_s});
    REQUIRE(r.ok());
    CHECK(r.inserted == 2);
    CHECK(r.warnings.size() == 2);
    CHECK(r.warnings.first().startsWith(u"The rules could not act on item"_s));
    CHECK(scalar(s.store(), u"SELECT count(*) FROM tags"_s) == u"0"_s); // rolled back whole
    CHECK(scalar(s.store(), u"SELECT cursor FROM accounts"_s) == u"c1"_s);
}

TEST_CASE("A rule that cannot act on one item still acts on the others")
{
    RulesStore s;
    const qint64 acc = s.addAccount(Platform::Telegram, u"Bot"_s);
    addRule(s.store(), R"({"name": "Tag and raise", "then": [{"tag": "seen"},
        {"priority": "high"}]})");
    // Tagging the item that says "b" is refused, half-way through what the rule does.
    refuseTagging(s.store(), u"b"_s);
    const IngestResult r = ingest(
        s.store(), {acc,
                    {makeItem(u"1"_s, u"a"_s), makeItem(u"2"_s, u"b"_s), makeItem(u"3"_s, u"c"_s)},
                    {},
                    u"c1"_s});
    REQUIRE(r.ok());
    CHECK(r.inserted == 3);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings.first().startsWith(u"The rules could not act on item"_s));
    CHECK(scalar(s.store(),
                 u"SELECT group_concat(text, ',') FROM (SELECT i.text FROM items i "
                 u"JOIN item_tags t ON t.item_id = i.id ORDER BY i.text)"_s) == u"a,c"_s);
    // Nothing of what the rule did to "b" is left: neither its priority nor a journal row.
    CHECK(scalar(s.store(), u"SELECT group_concat(text || ':' || priority, ',') FROM (SELECT "
                            u"text, priority FROM items ORDER BY text)"_s) == u"a:1,b:0,c:1"_s);
    CHECK(scalar(s.store(), u"SELECT count(*) FROM journal WHERE actor_kind = 'rule' AND "
                            u"item_id = (SELECT id FROM items WHERE text = 'b')"_s) == u"0"_s);
    CHECK(scalar(s.store(), u"SELECT sum(fired) FROM rule_counts"_s) == u"2"_s);
}

TEST_CASE("The rules' rows of a large batch all arrive, in order, around an item they fail on")
{
    RulesStore s;
    const qint64 acc = s.addAccount(Platform::Telegram, u"Bot"_s);
    addRule(s.store(), R"({"name": "Tag and raise", "then": [{"tag": "seen"},
        {"priority": "high"}]})");
    addRule(s.store(), R"({"name": "Spam goes", "when": {"keywords": ["casino"]},
        "then": [{"hide": true}]})");
    // The rows of a batch are written many to a statement: a hundred items fill several.
    refuseTagging(s.store(), u"casino 57"_s);
    QList<IncomingItem> items;
    for (int i = 1; i <= 100; ++i) {
        const QString text = (i % 3 == 0 ? u"casino %1"_s : u"hello %1"_s).arg(i);
        items.append(makeItem(QString::number(i), text));
    }
    const IngestResult r = ingest(s.store(), {acc, items, {}, u"c1"_s});
    REQUIRE(r.ok());
    CHECK(r.inserted == 100);
    REQUIRE(r.warnings.size() == 1);
    CHECK(scalar(s.store(), u"SELECT count(*) FROM item_tags"_s) == u"99"_s);
    CHECK(scalar(s.store(), u"SELECT count(*) FROM items WHERE priority = 1"_s) == u"99"_s);
    CHECK(scalar(s.store(), u"SELECT count(*) FROM outbox WHERE action = 'hide'"_s) == u"32"_s);
    CHECK(scalar(s.store(), u"SELECT sum(fired) FROM rule_counts"_s) == u"131"_s);
    // Two journal rows for each item tagged, one for each hide; none for the refused item.
    CHECK(scalar(s.store(), u"SELECT count(*) FROM journal WHERE actor_kind = 'rule'"_s) ==
          u"230"_s);
    CHECK(scalar(s.store(),
                 u"SELECT count(*) FROM journal WHERE actor_kind = 'rule' AND "
                 u"item_id = (SELECT id FROM items WHERE text = 'casino 57')"_s) == u"0"_s);
    // Journaled in the order the items came.
    CHECK(scalar(s.store(), u"SELECT count(*) FROM journal a JOIN journal b ON b.id > a.id "
                            u"AND b.item_id < a.item_id WHERE a.actor_kind = 'rule' AND "
                            u"b.actor_kind = 'rule'"_s) == u"0"_s);
}
