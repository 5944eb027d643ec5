// The action journal as a lead reads it: every action with who, when, which station, before and
// after; removed text kept and found again; filters, pages and the CSV export.
#include "TestSupport.h"

#include "connectors/Connector.h"
#include "console/InboxActions.h"
#include "console/OperatorJournal.h"
#include "console/Outbox.h"
#include "rules/RateWatch.h"
#include "rules/SlaPolicy.h"
#include "stats/JournalQuery.h"
#include "store/Connection.h"
#include "store/ItemQueries.h"

#include <QBuffer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace {

Actor irina()
{
    return {0, u"irina"_s, u"Ирина"_s, u"desk-3"_s};
}

// A platform that does whatever it is asked at once.
class AgreeingConnector : public Connector
{
public:
    explicit AgreeingConnector(Account account)
        : Connector(std::move(account), nullptr)
    {}
    ConnectorCapabilities capabilities() const override
    {
        ConnectorCapabilities can;
        can.replyToDm = can.replyToComment = can.deleteComment = can.hideComment = can.banAuthor =
            true;
        return can;
    }
    void start() override {}
    void stop() override {}
    void perform(const OutgoingAction &action, QObject *context,
                 std::function<void(const ActionResult &)> done) override
    {
        performed.append(action.kind);
        const QString id = action.kind == OutgoingAction::Kind::Reply
                               ? u"r-%1"_s.arg(performed.size())
                               : QString();
        QMetaObject::invokeMethod(
            context,
            [done, id] {
                ActionResult r;
                r.ok = true;
                r.externalId = id;
                done(r);
            },
            Qt::QueuedConnection);
    }
    QList<OutgoingAction::Kind> performed;
};

// Sends what waits in the outbox (queued by rules or surveys) and waits until it is sent.
void deliverQueued(Outbox &outbox)
{
    QEventLoop loop;
    QObject::connect(&outbox, &Outbox::changed, &loop,
                     [&](qint64, qint64, Outbox::State state, const QString &) {
                         if (state == Outbox::State::Sent)
                             loop.quit();
                     });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    outbox.sendQueued();
    loop.exec();
}

struct Fixture
{
    Fixture()
    {
        account = s.addAccount(Platform::Vk, u"Frontshop"_s);
        REQUIRE(fd::test::ingest(s.store(),
                                 {account,
                                  {fd::test::makeItem(u"c1"_s, u"Где мой заказ? Жду неделю."_s),
                                   fd::test::makeItem(u"c2"_s, u"Купи дешёвые часы тут"_s, u"u2"_s),
                                   fd::test::makeItem(u"c3"_s, u"Спасибо!"_s, u"u3"_s)},
                                  {},
                                  {}})
                    .ok());
        const auto page = ItemQueries(*s->reader()).page(ItemFilter{}, 10, 0);
        REQUIRE(page.ok());
        for (const ItemRow &row : *page)
            ids[row.item.externalId] = row.item.id;
        connector = std::make_unique<AgreeingConnector>(Account{});
    }

    JournalReader journal() { return JournalReader(*s->reader()); }
    QList<JournalEntry> rows(const JournalQuery &q)
    {
        QList<JournalEntry> out;
        REQUIRE(journal()
                    .forEach(q,
                             [&](const JournalEntry &e) {
                                 out.append(e);
                                 return true;
                             })
                    .ok());
        return out;
    }
    // Runs an outbox action to its end (sent or failed).
    void act(Outbox &outbox, qint64 itemId, OutgoingAction::Kind kind, const QString &text = {})
    {
        QEventLoop loop;
        QObject context;
        QObject::connect(&outbox, &Outbox::changed, &context,
                         [&](qint64, qint64 item, Outbox::State state, const QString &) {
                             if (item == itemId &&
                                 (state == Outbox::State::Sent || state == Outbox::State::Failed))
                                 loop.quit();
                         });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit); // a hang fails below, not forever
        const auto queued = fd::test::resultOf(kind == OutgoingAction::Kind::Reply
                                                   ? outbox.reply(itemId, text, false)
                                                   : outbox.act(itemId, kind));
        REQUIRE(queued.ok());
        loop.exec();
    }

    fd::test::TempStore s;
    qint64 account = 0;
    QHash<QString, qint64> ids;
    std::unique_ptr<AgreeingConnector> connector;
};

} // namespace

TEST_CASE("A hidden or deleted comment keeps its text in the journal and a search finds it",
          "[journal]")
{
    Fixture f;
    Outbox outbox(f.s.store(), irina(), [&](qint64) { return f.connector.get(); });
    f.act(outbox, f.ids[u"c2"_s], OutgoingAction::Kind::Hide);
    f.act(outbox, f.ids[u"c1"_s], OutgoingAction::Kind::Delete);
    f.act(outbox, f.ids[u"c3"_s], OutgoingAction::Kind::Reply, u"Рады помочь 🙂"_s);
    REQUIRE(f.connector->performed.size() == 3);

    // Searched in another case (Cyrillic folds too), the removed texts come back with who.
    JournalQuery q;
    q.search = u"КУПИ ДЕШЁВЫЕ"_s;
    auto found = f.rows(q);
    REQUIRE(found.size() == 1);
    CHECK(found[0].action == u"item.hidden"_s);
    CHECK(found[0].before == u"Купи дешёвые часы тут"_s);
    CHECK(found[0].actor == u"Ирина"_s);
    CHECK(found[0].station == u"desk-3"_s);
    CHECK(found[0].itemId == f.ids[u"c2"_s]);
    CHECK(found[0].accountId == f.account);

    q.search = u"жду неделю"_s;
    found = f.rows(q);
    REQUIRE(found.size() == 1);
    CHECK(found[0].action == u"item.deleted"_s);
    CHECK(found[0].before == u"Где мой заказ? Жду неделю."_s);

    // The reply is journaled with its text.
    q.search = u"рады помочь"_s;
    found = f.rows(q);
    REQUIRE(found.size() == 1);
    CHECK(found[0].action == u"item.replied"_s);
    CHECK(found[0].after == u"Рады помочь 🙂"_s);

    // A deletion on the platform keeps the text too, under the platform's name.
    REQUIRE(fd::test::ingest(
                f.s.store(),
                {f.account, {}, {{u"c3"_s, QDateTime::currentDateTimeUtc(), {}, false}}, {}})
                .ok());
    q.search = u"спасибо"_s;
    found = f.rows(q);
    REQUIRE(found.size() == 1);
    CHECK(found[0].action == u"item.deleted"_s);
    CHECK(found[0].actorKind == ActorKind::Connector);
    CHECK(found[0].before == u"Спасибо!"_s);

    // The group "hides and deletions" holds all three.
    JournalQuery removals;
    for (const auto &g : journalActionGroups()) {
        if (g.id == u"removals")
            removals.actions = g.actions;
    }
    CHECK(f.rows(removals).size() == 3);
}

TEST_CASE("A hide a rule queued is journaled as the rule's when it is delivered", "[journal]")
{
    Fixture f;
    const qint64 item = f.ids[u"c2"_s];
    // What the rules write when they plan a hide (RuleApplier): the outbox row and its plan.
    REQUIRE(fd::test::resultOf(f.s->write([item](const QSqlDatabase &db) {
                auto q = Connection::exec(
                    db,
                    u"INSERT INTO outbox (item_id, action, body, operator, idempotency_key, "
                    u"created_at, updated_at) VALUES (?, 'hide', '', 'Spam', 'k-1', 1, 1)"_s,
                    {item});
                if (!q.ok())
                    return q.error();
                return journalItemBy(db, ActorKind::Rule, u"Spam"_s, u"gw"_s, 1, u"outbox.hide"_s,
                                     item, u"Купи дешёвые часы тут"_s, QString());
            })).ok());
    Outbox outbox(f.s.store(), irina(), [&](qint64) { return f.connector.get(); });
    deliverQueued(outbox);

    JournalQuery q;
    q.actions = {u"item.hidden"_s};
    const auto rows = f.rows(q);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].actorKind == ActorKind::Rule);
    CHECK(rows[0].actor == u"Spam"_s);
    CHECK(rows[0].before == u"Купи дешёвые часы тут"_s);
}

TEST_CASE("A customer survey sent through the outbox is journaled as the program's", "[journal]")
{
    Fixture f;
    const qint64 item = f.ids[u"c3"_s];
    // What the surveys write when one is due (CsatSurveys): the outbox entry and its survey.
    REQUIRE(fd::test::resultOf(f.s->write([&](const QSqlDatabase &db) {
                qint64 entry = 0;
                const auto queued =
                    Outbox::queueIn(db, item, OutgoingAction::Kind::Reply,
                                    u"Оцените нас от 1 до 5"_s, true, u"Customer survey"_s, entry);
                if (!queued.ok())
                    return queued.error();
                auto q = Connection::exec(
                    db,
                    u"INSERT INTO csat_surveys (thread_id, item_id, account_id, operator_name, "
                    u"closed_at, state, due_at, outbox_id) SELECT thread_id, id, account_id, "
                    u"'Ирина', 1, 'sent', 1, ? FROM items WHERE id = ?"_s,
                    {entry, item});
                return q.ok() ? StoreError{} : q.error();
            })).ok());
    Outbox outbox(f.s.store(), irina(), [&](qint64) { return f.connector.get(); });
    deliverQueued(outbox);

    JournalQuery q;
    q.actions = {u"item.replied"_s};
    const auto rows = f.rows(q);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].actorKind == ActorKind::System);
    CHECK(rows[0].actor == u"Customer survey"_s);
    CHECK(rows[0].after == u"Оцените нас от 1 до 5"_s);
}

TEST_CASE("Every operator action and settings change is journaled with who and which station",
          "[journal]")
{
    Fixture f;
    InboxActions actions(f.s.store(), irina());
    const qint64 c1 = f.ids[u"c1"_s];
    REQUIRE(fd::test::resultOf(actions.close({c1})).ok());
    REQUIRE(fd::test::resultOf(actions.reopen({c1})).ok());
    const auto tag = fd::test::resultOf(actions.createTag(u"Доставка"_s, u"#aa0000"_s));
    REQUIRE(tag.ok());
    REQUIRE(fd::test::resultOf(actions.setTag({c1}, *tag, true)).ok());
    REQUIRE(fd::test::resultOf(actions.setTag({c1}, *tag, false)).ok());
    REQUIRE(fd::test::resultOf(actions.renameTag(*tag, u"Доставка РФ"_s)).ok());
    REQUIRE(fd::test::resultOf(actions.setTagColor(*tag, u"#00aa00"_s)).ok());
    REQUIRE(fd::test::resultOf(actions.assignToMe({c1})).ok());
    Template t;
    t.title = u"Где заказ"_s;
    t.body = u"Заказ в пути."_s;
    const auto tid = fd::test::resultOf(actions.saveTemplate(t));
    REQUIRE(tid.ok());
    t.id = *tid;
    t.body = u"Заказ приедет завтра."_s;
    REQUIRE(fd::test::resultOf(actions.saveTemplate(t)).ok());
    REQUIRE(fd::test::resultOf(actions.deleteTemplate(*tid)).ok());
    const auto thread = ItemQueries(*f.s->reader()).item(c1)->item.threadId;
    REQUIRE(fd::test::resultOf(actions.addThreadNote(thread, u"Звонила дважды"_s)).ok());
    REQUIRE(fd::test::resultOf(actions.deleteTag(*tag)).ok());

    SlaPolicy policy;
    policy.firstMinutes = 15;
    REQUIRE(fd::test::resultOf(sla::setPolicy(f.s.store(), policy, irina())).ok());
    policy.firstMinutes = 7;
    const auto policyId = fd::test::resultOf(sla::setPolicy(f.s.store(), policy, irina()));
    REQUIRE(policyId.ok());
    REQUIRE(fd::test::resultOf(sla::removePolicy(f.s.store(), *policyId, irina())).ok());
    AlarmSettings alarms;
    alarms.accountId = f.account;
    alarms.multiple = 8;
    REQUIRE(fd::test::resultOf(saveAlarmSettings(f.s.store(), alarms, irina())).ok());
    REQUIRE(
        fd::test::resultOf(journalEvent(f.s.store(), irina(), u"session.started"_s, {}, {})).ok());

    JournalQuery mine;
    mine.actor = u"Ирина"_s;
    const auto rows = f.rows(mine);
    QStringList seen;
    for (const JournalEntry &e : rows) {
        CHECK(e.actor == u"Ирина"_s);
        CHECK(e.station == u"desk-3"_s);
        CHECK(e.at.isValid());
        seen.prepend(e.action);
    }
    CHECK(seen == QStringList{u"item.closed"_s, u"item.reopened"_s, u"tag.created"_s,
                              u"item.tagged"_s, u"item.untagged"_s, u"tag.renamed"_s,
                              u"tag.recolored"_s, u"item.assigned"_s, u"template.saved"_s,
                              u"template.saved"_s, u"template.deleted"_s, u"note.added"_s,
                              u"tag.deleted"_s, u"sla.target_set"_s, u"sla.target_set"_s,
                              u"sla.target_removed"_s, u"alarms.set"_s, u"session.started"_s});

    // Before and after say what changed.
    auto one = [&](const QString &action) {
        JournalQuery q;
        q.actions = {action};
        auto r = f.rows(q);
        REQUIRE(!r.isEmpty());
        return r.first(); // the newest
    };
    CHECK(one(u"item.closed"_s).before == u"new"_s);
    CHECK(one(u"item.closed"_s).after == u"closed"_s);
    CHECK(one(u"tag.recolored"_s).before == u"#aa0000"_s);
    CHECK(one(u"tag.recolored"_s).after == u"#00aa00"_s);
    const JournalEntry edit = one(u"template.saved"_s);
    CHECK(edit.before.endsWith(u"Заказ в пути."_s));
    CHECK(edit.after.endsWith(u"Заказ приедет завтра."_s));
    CHECK(one(u"template.deleted"_s).before.endsWith(u"Заказ приедет завтра."_s));
    CHECK(one(u"note.added"_s).after == u"Звонила дважды"_s);
    const JournalEntry target = one(u"sla.target_set"_s);
    CHECK(target.before.contains(u"first 15 min"_s));
    CHECK(target.after.contains(u"first 7 min"_s));
    CHECK(one(u"sla.target_removed"_s).before.contains(u"first 7 min"_s));
    CHECK(one(u"alarms.set"_s).after.contains(u"8x"_s));

    // Saving what is already there writes nothing.
    REQUIRE(fd::test::resultOf(saveAlarmSettings(f.s.store(), alarms, irina())).ok());
    REQUIRE(fd::test::resultOf(actions.setTagColor(*tag, u"#00aa00"_s)).ok());
    CHECK(f.rows(mine).size() == rows.size());
}

TEST_CASE("Journal pages walk newest first and the filters narrow them", "[journal]")
{
    Fixture f;
    InboxActions actions(f.s.store(), irina());
    InboxActions other(f.s.store(), {0, u"pavel"_s, u"Павел"_s, u"desk-7"_s});
    const QList<qint64> all{f.ids[u"c1"_s], f.ids[u"c2"_s], f.ids[u"c3"_s]};
    for (int round = 0; round < 5; ++round) {
        REQUIRE(fd::test::resultOf(actions.close(all)).ok());
        REQUIRE(fd::test::resultOf(other.reopen(all)).ok());
    }
    const JournalReader journal = f.journal();
    QList<qint64> walked;
    qint64 before = 0;
    int pages = 0;
    do {
        const auto page = journal.page({}, 4, before);
        REQUIRE(page.ok());
        for (const JournalEntry &e : page->entries)
            walked << e.id;
        before = page->nextBeforeId;
        ++pages;
    } while (before != 0);
    CHECK(walked.size() == 30);
    CHECK(pages == 8);
    CHECK(std::is_sorted(walked.rbegin(), walked.rend()));
    CHECK(QSet<qint64>(walked.begin(), walked.end()).size() == 30);

    JournalQuery q;
    q.actor = u"Павел"_s;
    CHECK(f.rows(q).size() == 15);
    q.itemId = f.ids[u"c2"_s];
    CHECK(f.rows(q).size() == 5);
    q = {};
    q.actions = {u"item."_s};
    CHECK(f.rows(q).size() == 30);
    q.actions = {u"item.closed"_s};
    CHECK(f.rows(q).size() == 15);
    q = {};
    q.fromMs = QDateTime::currentMSecsSinceEpoch() + 60000;
    CHECK(f.rows(q).isEmpty());
    q = {};
    q.toMs = QDateTime::currentMSecsSinceEpoch() + 60000;
    q.accountId = f.account;
    CHECK(f.rows(q).size() == 30);
    q.afterId = walked[3];
    CHECK(f.rows(q).size() == 3);

    const auto actors = journal.actors();
    REQUIRE(actors.ok());
    REQUIRE(actors->size() == 2);
    CHECK(actors->at(0).name == u"Ирина"_s);
    CHECK(actors->at(1).name == u"Павел"_s);
}

TEST_CASE("The journal as CSV parses back to the same rows", "[journal][csv]")
{
    Fixture f;
    // Texts that trouble CSV and spreadsheets: separators, quotes, line breaks, a formula.
    const QStringList hostile{u"a, b; \"quoted\"\r\nnext line"_s, u"=HYPERLINK(\"x\")"_s,
                              u"  leading space, emoji 👩‍💻, tab\tend"_s, u"x\r"_s,
                              u"\"\""_s};
    InboxActions actions(f.s.store(), {0, u"o"_s, u"Оля, \"старшая\""_s, u"desk\n9"_s});
    for (const QString &text : hostile) {
        REQUIRE(fd::test::resultOf(
                    actions.addThreadNote(
                        ItemQueries(*f.s->reader()).item(f.ids[u"c1"_s])->item.threadId, text))
                    .ok());
    }
    Outbox outbox(f.s.store(), irina(), [&](qint64) { return f.connector.get(); });
    f.act(outbox, f.ids[u"c2"_s], OutgoingAction::Kind::Delete);

    for (const bool bom : {false, true}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvOptions options;
        options.byteOrderMark = bom;
        qint64 written = 0;
        REQUIRE_FALSE(writeJournalCsv(f.journal(), {}, &buffer, options, 0, &written));
        CHECK(buffer.data().startsWith("\xEF\xBB\xBF") == bom);
        const CsvParseResult parsed = parseCsv(buffer.data());
        INFO(parsed.error.toStdString());
        REQUIRE(parsed.error.isEmpty());
        const auto rows = f.rows({});
        CHECK(written == rows.size());
        REQUIRE(parsed.rows.size() == rows.size() + 1);
        CHECK(parsed.rows[0] == journalCsvHeader());
        for (int i = 0; i < rows.size(); ++i)
            CHECK(parsed.rows[i + 1] == journalCsvRecord(rows[i]));
        CHECK(parsed.rows[1][journalCsvHeader().indexOf(u"before"_s)] ==
              u"Купи дешёвые часы тут"_s);
    }
}

TEST_CASE("frontdeskctl journal prints the table and CSV with the filters", "[journal][cli]")
{
    Fixture f;
    InboxActions actions(f.s.store(), irina());
    REQUIRE(fd::test::resultOf(actions.close({f.ids[u"c1"_s]})).ok());
    Outbox outbox(f.s.store(), irina(), [&](qint64) { return f.connector.get(); });
    f.act(outbox, f.ids[u"c2"_s], OutgoingAction::Kind::Hide);
    const QString db = f.s.path();
    f.s.close();

    auto ctl = [&](const QStringList &args) {
        return fd::test::runProgram(QStringLiteral(FRONTDESK_CTL),
                                    QStringList{u"--db"_s, db, u"journal"_s} + args);
    };
    const auto table = ctl({u"--operator"_s, u"Ирина"_s});
    INFO(table.err.toStdString());
    REQUIRE(table.code == 0);
    CHECK(table.out.contains(u"item.hidden"_s));
    CHECK(table.out.contains(u"item.closed"_s));
    CHECK(table.out.contains(u"desk-3"_s));

    const auto removals =
        ctl({u"--action"_s, u"removals"_s, u"--search"_s, u"ЧАСЫ"_s, u"--csv"_s, u"--bom"_s});
    REQUIRE(removals.code == 0);
    const CsvParseResult parsed = parseCsv(removals.out.toUtf8());
    REQUIRE(parsed.error.isEmpty());
    REQUIRE(parsed.rows.size() == 2);
    CHECK(parsed.rows[1][journalCsvHeader().indexOf(u"action"_s)] == u"item.hidden"_s);
    CHECK(parsed.rows[1][journalCsvHeader().indexOf(u"before"_s)] == u"Купи дешёвые часы тут"_s);

    const auto future = ctl({u"--from"_s, u"2999-01-01"_s, u"--csv"_s});
    REQUIRE(future.code == 0);
    CHECK(parseCsv(future.out.toUtf8()).rows.size() == 1); // the header alone
    CHECK(ctl({u"--from"_s, u"yesterday"_s}).code == 2);
}
