// The rules as the store keeps them: in order, switched on and off, renamed, removed, each change
// journaled with who made it, and a rule whose stored definition no longer reads kept in sight.
#include "RulesTestSupport.h"
#include "TestSupport.h"

#include "rules/RuleJson.h"
#include "rules/RuleStore.h"
#include "store/Connection.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace {

Actor lead()
{
    return {0, u"olga"_s, u"Ольга"_s, u"desk-1"_s};
}

Rule ruleFrom(const char *json)
{
    QString error;
    const auto rule = ruleJson::parse(QByteArray(json), &error);
    INFO(error.toStdString());
    REQUIRE(rule);
    return *rule;
}

struct JournalRow
{
    QString actor, action, before, after, detail;
};

QList<JournalRow> journal(fd::test::TempStore &s, const QString &action)
{
    auto q = Connection::exec(*s->reader(),
                              u"SELECT actor, action, before, after, detail FROM journal WHERE "
                              u"action = ? ORDER BY id"_s,
                              {action});
    REQUIRE(q.ok());
    QList<JournalRow> rows;
    while (q.value().next())
        rows.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                     q->value(3).toString(), q->value(4).toString()});
    return rows;
}

QStringList names(const RuleStore &rules)
{
    const auto list = rules.list();
    REQUIRE(list.ok());
    QStringList out;
    for (const RuleRecord &r : *list)
        out << r.rule.name;
    return out;
}

qint64 add(RuleStore &rules, const Rule &rule)
{
    const auto id = fd::test::resultOf(rules.save(rule));
    INFO(id.error().message.toStdString());
    REQUIRE(id.ok());
    return *id;
}

const char *const kThanks = R"({"name": "Thanks closes itself", "trigger": "ingest",
    "when": {"all": [{"kind": ["comment", "dm"]}, {"words": {"max": 4}},
                     {"keywords": ["thanks", "спасибо"]}]},
    "then": [{"tag": "thanks"}, {"close": true}, {"stop": true}]})";
const char *const kSpam = R"({"name": "Spam hides", "enabled": true,
    "when": {"spam": true}, "then": [{"hide": true}]})";
const char *const kLate = R"({"name": "Late answers go to the lead", "trigger": "timer",
    "when": {"unanswered_minutes": {"min": 15}},
    "then": [{"assign": {"round_robin": ["anna", "oleg"], "cap": 20}}, {"priority": "high"}]})";

} // namespace

TEST_CASE("Rules are added at the end and listed in order with their definitions", "[rules]")
{
    fd::test::TempStore s;
    RuleStore rules(s.store(), lead());
    const qint64 thanks = add(rules, ruleFrom(kThanks));
    add(rules, ruleFrom(kSpam));
    add(rules, ruleFrom(kLate));
    CHECK(names(rules) == QStringList{u"Thanks closes itself"_s, u"Spam hides"_s,
                                      u"Late answers go to the lead"_s});

    const auto list = rules.list();
    REQUIRE(list.ok());
    const RuleRecord &first = list->at(0);
    CHECK(first.rule.id == thanks);
    CHECK(first.problem.isEmpty());
    CHECK_FALSE(first.rule.enabled);
    CHECK(first.firings == 0);
    CHECK_FALSE(first.lastFiredAt.isValid());
    // What comes back is what went in.
    Rule expected = ruleFrom(kThanks);
    expected.id = thanks;
    CHECK(ruleJson::toJson(first.rule) == ruleJson::toJson(expected));
    CHECK(list->at(1).rule.enabled);
    CHECK(list->at(2).rule.trigger == RuleTrigger::Timer);
    CHECK(list->at(0).rule.position < list->at(1).rule.position);
    CHECK(list->at(1).rule.position < list->at(2).rule.position);

    // The definition column holds the rule's JSON without what has columns of its own.
    auto q =
        Connection::exec(*s->reader(), u"SELECT definition FROM rules WHERE id = ?"_s, {thanks});
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    const QJsonObject stored = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    CHECK_FALSE(stored.contains(u"name"_s));
    CHECK_FALSE(stored.contains(u"enabled"_s));
    CHECK_FALSE(stored.contains(u"id"_s));
    CHECK(stored.contains(u"when"_s));
    CHECK(stored.value(u"then"_s).toArray().size() == 3);

    const auto found = rules.byName(u"spam HIDES"_s);
    REQUIRE(found.ok());
    CHECK(found->rule.name == u"Spam hides"_s);
    CHECK(rules.byName(u"Nothing"_s).error().kind == StoreError::Kind::NotFound);
}

TEST_CASE("A rule name in use is refused in any case and any alphabet", "[rules]")
{
    fd::test::TempStore s;
    RuleStore rules(s.store(), lead());
    Rule a = ruleFrom(kSpam);
    a.name = u"Спам прячется"_s;
    const qint64 id = add(rules, a);
    Rule b = ruleFrom(kThanks);
    b.name = u"СПАМ ПРЯЧЕТСЯ"_s;
    const auto refused = fd::test::resultOf(rules.save(b));
    CHECK(refused.error().kind == StoreError::Kind::Invalid);
    CHECK(refused.error().message.contains(u"Спам прячется"_s));
    CHECK(refused.error().message.contains(u"unique"_s));
    CHECK(names(rules) == QStringList{u"Спам прячется"_s});

    // Saving a rule under its own name (another case) is a change, not a clash.
    a.id = id;
    a.name = u"спам прячется"_s;
    CHECK(fd::test::resultOf(rules.save(a)).ok());
    CHECK(names(rules) == QStringList{u"спам прячется"_s});
}

TEST_CASE("A rule without actions or name is not stored", "[rules]")
{
    fd::test::TempStore s;
    RuleStore rules(s.store(), lead());
    Rule r = ruleFrom(kSpam);
    r.actions.clear();
    const auto noActions = fd::test::resultOf(rules.save(r));
    CHECK(noActions.error().kind == StoreError::Kind::Invalid);
    CHECK(noActions.error().message.contains(u"then"_s));
    r = ruleFrom(kSpam);
    r.name = u"  "_s;
    CHECK(fd::test::resultOf(rules.save(r)).error().kind == StoreError::Kind::Invalid);
    CHECK(names(rules).isEmpty());
}

TEST_CASE("Rules are reordered and the order stays", "[rules]")
{
    fd::test::TempStore s;
    RuleStore rules(s.store(), lead());
    const qint64 thanks = add(rules, ruleFrom(kThanks));
    const qint64 spam = add(rules, ruleFrom(kSpam));
    const qint64 late = add(rules, ruleFrom(kLate));

    REQUIRE(fd::test::resultOf(rules.reorder({late, thanks, spam})).ok());
    CHECK(names(rules) == QStringList{u"Late answers go to the lead"_s, u"Thanks closes itself"_s,
                                      u"Spam hides"_s});
    // Rules not named keep their order after the named ones.
    REQUIRE(fd::test::resultOf(rules.reorder({spam})).ok());
    CHECK(names(rules) == QStringList{u"Spam hides"_s, u"Late answers go to the lead"_s,
                                      u"Thanks closes itself"_s});
    CHECK(fd::test::resultOf(rules.reorder({spam, 999})).kind == StoreError::Kind::NotFound);

    s.reopen();
    RuleStore again(s.store(), lead());
    CHECK(names(again) == QStringList{u"Spam hides"_s, u"Late answers go to the lead"_s,
                                      u"Thanks closes itself"_s});
    // A new rule goes last.
    Rule r = ruleFrom(kSpam);
    r.name = u"Another"_s;
    add(again, r);
    CHECK(names(again).constLast() == u"Another"_s);

    const auto moved = journal(s, u"rule.moved"_s);
    REQUIRE(moved.size() == 2);
    CHECK(moved[0].before ==
          uR"(["Thanks closes itself","Spam hides","Late answers go to the lead"])"_s);
    CHECK(moved[0].after ==
          uR"(["Late answers go to the lead","Thanks closes itself","Spam hides"])"_s);
}

TEST_CASE("Enabling disabling changing and removing are journaled with the actor", "[rules]")
{
    fd::test::TempStore s;
    RuleStore rules(s.store(), lead());
    const qint64 id = add(rules, ruleFrom(kThanks));
    REQUIRE(fd::test::resultOf(rules.setEnabled(id, true)).ok());
    CHECK(rules.byName(u"Thanks closes itself"_s)->rule.enabled);
    // Enabling again changes nothing and journals nothing.
    REQUIRE(fd::test::resultOf(rules.setEnabled(id, true)).ok());
    REQUIRE(fd::test::resultOf(rules.setEnabled(id, false)).ok());
    CHECK_FALSE(rules.byName(u"Thanks closes itself"_s)->rule.enabled);

    Rule changed = rules.byName(u"Thanks closes itself"_s)->rule;
    changed.name = u"Thanks close"_s;
    changed.actions.removeLast();
    CHECK(fd::test::resultOf(rules.save(changed)).ok());
    CHECK(names(rules) == QStringList{u"Thanks close"_s});
    REQUIRE(fd::test::resultOf(rules.remove(id)).ok());
    CHECK(names(rules).isEmpty());
    CHECK(fd::test::resultOf(rules.remove(id)).kind == StoreError::Kind::NotFound);

    const auto created = journal(s, u"rule.created"_s);
    REQUIRE(created.size() == 1);
    CHECK(created[0].actor == u"Ольга"_s);
    CHECK(created[0].before.isEmpty());
    const auto createdJson = QJsonDocument::fromJson(created[0].after.toUtf8()).object();
    CHECK(createdJson.value(u"name"_s).toString() == u"Thanks closes itself"_s);
    CHECK(createdJson.value(u"then"_s).toArray().size() == 3);

    CHECK(journal(s, u"rule.enabled"_s).size() == 1);
    const auto disabled = journal(s, u"rule.disabled"_s);
    REQUIRE(disabled.size() == 1);
    CHECK(disabled[0].before.contains(u"\"enabled\":true"_s));
    CHECK(disabled[0].after.contains(u"\"enabled\":false"_s));

    const auto change = journal(s, u"rule.changed"_s);
    REQUIRE(change.size() == 1);
    CHECK(change[0].before.contains(u"Thanks closes itself"_s));
    CHECK(change[0].after.contains(u"Thanks close\""_s));
    CHECK_FALSE(change[0].after.contains(u"stop"_s));

    const auto removed = journal(s, u"rule.removed"_s);
    REQUIRE(removed.size() == 1);
    CHECK(removed[0].actor == u"Ольга"_s);
    CHECK(removed[0].before.contains(u"Thanks close\""_s));
    CHECK(removed[0].after.isEmpty());
}

TEST_CASE("A rule whose stored definition no longer reads is listed with its problem", "[rules]")
{
    fd::test::TempStore s;
    RuleStore rules(s.store(), lead());
    add(rules, ruleFrom(kThanks));
    const qint64 broken = add(rules, ruleFrom(kSpam));
    // As a newer version might have written it.
    REQUIRE(fd::test::resultOf(s->write([broken](const QSqlDatabase &db) {
                auto q = Connection::exec(
                    db, u"UPDATE rules SET definition = ? WHERE id = ?"_s,
                    {uR"({"when": {"moon_phase": "full"}, "then": [{"hide": true}]})"_s, broken});
                return q.ok() ? StoreError{} : q.error();
            })).ok());

    const auto list = rules.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).problem.isEmpty());
    const RuleRecord &r = list->at(1);
    CHECK(r.rule.id == broken);
    CHECK(r.rule.name == u"Spam hides"_s);
    CHECK(r.problem.contains(u"when"_s));
    CHECK(r.problem.contains(u"moon_phase"_s));

    // It can be removed, and the journal keeps what was stored.
    REQUIRE(fd::test::resultOf(rules.remove(broken)).ok());
    const auto removed = journal(s, u"rule.removed"_s);
    REQUIRE(removed.size() == 1);
    CHECK(removed[0].before.contains(u"moon_phase"_s));
}

TEST_CASE("Firings are counted and the last one is shown", "[rules]")
{
    fd::test::RulesStore s;
    RuleStore rules(s.store(), lead());
    const qint64 acc = s.addAccount(Platform::Telegram, u"Bot"_s);
    const qint64 tagAll = fd::test::addRule(s.store(), R"({"name": "Tag all",
        "then": [{"tag": "seen"}]})");
    const qint64 tell = fd::test::addRule(s.store(), R"({"name": "Tell",
        "when": {"keywords": ["urgent"]}, "then": [{"notify": "Something urgent"}]})");
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    REQUIRE(fd::test::ingest(s.store(), {acc,
                                         {fd::test::makeItem(u"1"_s, u"hello"_s),
                                          fd::test::makeItem(u"2"_s, u"urgent please"_s),
                                          fd::test::makeItem(u"3"_s, u"thanks"_s)},
                                         {},
                                         {}})
                .inserted == 3);
    const auto r = rules.byName(u"Tag all"_s);
    REQUIRE(r.ok());
    CHECK(r->firings == 3);
    CHECK(r->lastFiredAt.toMSecsSinceEpoch() >= before);
    CHECK(r->lastFiredAt <= QDateTime::currentDateTimeUtc());
    // What it did is in the journal under its name; nothing needs reading one by one.
    CHECK(fd::test::scalar(s.store(), u"SELECT count(*) FROM journal WHERE actor = 'Tag all'"_s) ==
          u"3"_s);
    CHECK(rules.firings(tagAll, 10)->isEmpty());
    // A firing with a notice is kept, for the tray to tell it once.
    CHECK(rules.byName(u"Tell"_s)->firings == 1);
    const auto told = rules.firings(tell, 10);
    REQUIRE(told.ok());
    REQUIRE(told->size() == 1);
    CHECK(told->at(0).notice == u"Something urgent"_s);
    CHECK(told->at(0).actions == u"notify"_s);
    CHECK(told->at(0).trigger == u"ingest"_s);
    // A removed rule takes its count along: a new rule given its id starts from nothing.
    REQUIRE(fd::test::resultOf(rules.remove(tagAll)).ok());
    CHECK(fd::test::scalar(s.store(), u"SELECT count(*) FROM rule_counts WHERE rule_id = ?"_s,
                           tagAll) == u"0"_s);
}
