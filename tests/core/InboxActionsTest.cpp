// What an operator does to items and beside them, as the store keeps it: statuses, tags,
// assignment, templates, notes, drafts and saved views, each journaled with who did it.
#include "TestSupport.h"

#include "console/ConsoleQueries.h"
#include "console/InboxActions.h"
#include "store/Connection.h"
#include "store/ItemQueries.h"
#include "sync/OpQueue.h"
#include "sync/TeamMembership.h"

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace {

Actor irina()
{
    return {0, u"irina"_s, u"Ирина"_s, u"desk-3"_s};
}

struct Fixture
{
    Fixture()
    {
        account = s.addAccount(Platform::Vk, u"Frontshop"_s);
        REQUIRE(fd::test::ingest(s.store(), {account,
                                             {fd::test::makeItem(u"m1"_s, u"Где заказ?"_s),
                                              fd::test::makeItem(u"m2"_s, u"Спасибо!"_s, u"u2"_s),
                                              fd::test::makeItem(u"m3"_s, u"Спам"_s, u"u3"_s)},
                                             {},
                                             {}})
                    .ok());
        ItemQueries q(*s->reader());
        ItemFilter all;
        const auto page = q.page(all, 10, 0);
        REQUIRE(page.ok());
        for (const ItemRow &row : *page)
            ids[row.item.externalId] = row.item.id;
        threadOf = page->first().item.threadId;
    }
    ItemRow row(const QString &externalId)
    {
        const auto r = ItemQueries(*s->reader()).item(ids.value(externalId));
        REQUIRE(r.ok());
        return *r;
    }
    QList<JournalEntry> journal(const QString &externalId, const QString &action)
    {
        const auto j = ItemQueries(*s->reader()).journal({ids.value(externalId), {}, action}, 50);
        REQUIRE(j.ok());
        return *j;
    }

    fd::test::TempStore s;
    qint64 account = 0;
    QHash<QString, qint64> ids;
    qint64 threadOf = 0;
    InboxActions actions{s.store(), irina()};
};

} // namespace

TEST_CASE("Closing, closing without reply and reopening are journaled with who did it", "[console]")
{
    Fixture f;
    REQUIRE(fd::test::resultOf(f.actions.close({f.ids[u"m1"_s]})).ok());
    REQUIRE(fd::test::resultOf(f.actions.close({f.ids[u"m2"_s]}, true)).ok());
    CHECK(f.row(u"m1"_s).item.status == ItemStatus::Closed);
    CHECK(f.row(u"m1"_s).item.read);
    const auto closed = f.journal(u"m1"_s, u"item.closed"_s);
    REQUIRE(closed.size() == 1);
    CHECK(closed[0].actor == u"Ирина"_s);
    CHECK(closed[0].station == u"desk-3"_s);
    CHECK(closed[0].before == u"new"_s);
    CHECK(closed[0].after == u"closed"_s);
    CHECK(closed[0].accountId == f.account);
    CHECK(f.journal(u"m2"_s, u"item.closed_without_reply"_s).size() == 1);

    // Closing again changes nothing and journals nothing.
    REQUIRE(fd::test::resultOf(f.actions.close({f.ids[u"m1"_s]})).ok());
    CHECK(f.journal(u"m1"_s, u"item.closed"_s).size() == 1);

    REQUIRE(fd::test::resultOf(f.actions.reopen({f.ids[u"m1"_s], f.ids[u"m2"_s]})).ok());
    CHECK(f.row(u"m1"_s).item.status == ItemStatus::Open);
    CHECK(f.row(u"m2"_s).item.status == ItemStatus::Open);
    CHECK(f.journal(u"m2"_s, u"item.reopened"_s).size() == 1);
}

TEST_CASE("A deleted item stays deleted whatever is done to it in bulk", "[console]")
{
    Fixture f;
    IngestBatch gone;
    gone.accountId = f.account;
    gone.deletions = {{u"m3"_s, {}, {}}};
    REQUIRE(fd::test::ingest(f.s.store(), gone).ok());
    const QList<qint64> all = f.ids.values();
    REQUIRE(fd::test::resultOf(f.actions.close(all)).ok());
    CHECK(f.row(u"m3"_s).item.status == ItemStatus::Deleted);
    CHECK(f.row(u"m1"_s).item.status == ItemStatus::Closed);
    CHECK(f.row(u"m2"_s).item.status == ItemStatus::Closed);
}

TEST_CASE("Tags are created once per name, put on and taken off items, and counted", "[console]")
{
    Fixture f;
    const auto refund = fd::test::resultOf(f.actions.createTag(u"  Refund "_s, u"#d04040"_s));
    INFO(refund.error().message.toStdString());
    REQUIRE(refund.ok());
    const auto again = fd::test::resultOf(f.actions.createTag(u"refund"_s, QString()));
    CHECK_FALSE(again.ok());
    CHECK(again.error().message.contains(u"already a tag"_s));
    const auto vip = fd::test::resultOf(f.actions.createTag(u"VIP"_s, QString()));
    REQUIRE(vip.ok());

    REQUIRE(
        fd::test::resultOf(f.actions.setTag({f.ids[u"m1"_s], f.ids[u"m2"_s]}, *refund, true)).ok());
    REQUIRE(
        fd::test::resultOf(f.actions.setTag({f.ids[u"m1"_s]}, *refund, true)).ok()); // already on
    CHECK(f.journal(u"m1"_s, u"item.tagged"_s).size() == 1);
    CHECK(f.journal(u"m1"_s, u"item.tagged"_s).first().after == u"Refund"_s);
    CHECK(f.row(u"m1"_s).tags.size() == 1);

    auto counts = ConsoleQueries(*f.s->reader()).tagCounts();
    REQUIRE(counts.ok());
    REQUIRE(counts->size() == 2);
    CHECK(counts->at(0).tag.name == u"Refund"_s);
    CHECK(counts->at(0).tag.color == u"#d04040"_s);
    CHECK(counts->at(0).items == 2);
    CHECK(counts->at(1).items == 0);

    REQUIRE(fd::test::resultOf(f.actions.setTag({f.ids[u"m2"_s]}, *refund, false)).ok());
    CHECK(f.journal(u"m2"_s, u"item.untagged"_s).size() == 1);
    REQUIRE(fd::test::resultOf(f.actions.renameTag(*refund, u"Возврат"_s)).ok());
    CHECK_FALSE(
        fd::test::resultOf(f.actions.renameTag(*vip, u"возврат"_s)).ok()); // names ignore case
    REQUIRE(fd::test::resultOf(f.actions.deleteTag(*vip)).ok());
    counts = ConsoleQueries(*f.s->reader()).tagCounts();
    REQUIRE(counts->size() == 1);
    CHECK(counts->at(0).tag.name == u"Возврат"_s);
    CHECK(counts->at(0).items == 1);
    CHECK_FALSE(fd::test::resultOf(f.actions.setTag({f.ids[u"m1"_s]}, 999, true)).ok());
}

TEST_CASE("Items are assigned to an active operator and taken back", "[console]")
{
    Fixture f;
    auto added = f.s->write([](const QSqlDatabase &db) {
        auto q =
            Connection::exec(db, u"INSERT INTO operators (id, login, display_name, created_at) "
                                 u"VALUES (7, 'oleg', 'Олег', 0), (8, 'gone', 'Ушёл', 0)"_s);
        if (!q.ok())
            return q.error();
        auto d = Connection::exec(db, u"UPDATE operators SET disabled = 1 WHERE id = 8"_s);
        return d.ok() ? StoreError{} : d.error();
    });
    REQUIRE(fd::test::resultOf(added).ok());
    REQUIRE(fd::test::resultOf(f.actions.assign({f.ids[u"m1"_s]}, 7)).ok());
    CHECK(f.row(u"m1"_s).item.assigneeId == 7);
    CHECK(f.journal(u"m1"_s, u"item.assigned"_s).first().after == u"Олег"_s);
    CHECK_FALSE(fd::test::resultOf(f.actions.assign({f.ids[u"m1"_s]}, 8)).ok()); // disabled
    REQUIRE(fd::test::resultOf(f.actions.assign({f.ids[u"m1"_s]}, 0)).ok());
    CHECK(f.row(u"m1"_s).item.assigneeId == 0);
    CHECK(f.journal(u"m1"_s, u"item.assigned"_s).size() == 2);
}

TEST_CASE("Assign to me makes the operator row the standalone store lacks, once", "[console]")
{
    Fixture f;
    REQUIRE(ItemQueries(*f.s->reader()).operators()->isEmpty());
    REQUIRE(fd::test::resultOf(f.actions.assignToMe({f.ids[u"m1"_s], f.ids[u"m2"_s]})).ok());
    const auto ops = ItemQueries(*f.s->reader()).operators();
    REQUIRE(ops->size() == 1);
    CHECK(ops->first().login == u"irina"_s);
    CHECK(ops->first().displayName == u"Ирина"_s);
    CHECK(f.row(u"m1"_s).item.assigneeId == ops->first().id);
    CHECK(f.row(u"m2"_s).assigneeName == u"Ирина"_s);
    CHECK(f.journal(u"m2"_s, u"item.assigned"_s).first().after == u"Ирина"_s);
    // The same row the next time; nothing changes for items already on the desk.
    REQUIRE(fd::test::resultOf(f.actions.assignToMe({f.ids[u"m2"_s], f.ids[u"m3"_s]})).ok());
    CHECK(ItemQueries(*f.s->reader()).operators()->size() == 1);
    CHECK(f.row(u"m3"_s).item.assigneeId == ops->first().id);
    CHECK(f.journal(u"m2"_s, u"item.assigned"_s).size() == 1);
}

TEST_CASE("Read and unread are kept per item", "[console]")
{
    Fixture f;
    REQUIRE(fd::test::resultOf(f.actions.markRead({f.ids[u"m1"_s], f.ids[u"m2"_s]}, true)).ok());
    CHECK(f.row(u"m1"_s).item.read);
    REQUIRE(fd::test::resultOf(f.actions.markRead({f.ids[u"m1"_s]}, false)).ok());
    CHECK_FALSE(f.row(u"m1"_s).item.read);
    CHECK(f.row(u"m2"_s).item.read);
}

TEST_CASE("Templates are saved with folders and shortcodes, searched and counted", "[console]")
{
    Fixture f;
    Template t;
    t.folder = u"Доставка"_s;
    t.title = u"Где заказ"_s;
    t.body = u"Здравствуйте, {author.name}! Заказ в пути."_s;
    t.shortcode = u"/Where"_s;
    const auto id = fd::test::resultOf(f.actions.saveTemplate(t));
    INFO(id.error().message.toStdString());
    REQUIRE(id.ok());
    Template other = t;
    other.title = u"Другой"_s;
    const auto clash = fd::test::resultOf(f.actions.saveTemplate(other));
    CHECK_FALSE(clash.ok());
    CHECK(clash.error().message.contains(u"/where"_s));
    other.shortcode.clear();
    other.body = u"100% возврат"_s;
    REQUIRE(fd::test::resultOf(f.actions.saveTemplate(other)).ok());
    Template empty;
    empty.title = u"x"_s;
    CHECK_FALSE(fd::test::resultOf(f.actions.saveTemplate(empty)).ok());

    ConsoleQueries q(*f.s->reader());
    CHECK(q.templates()->size() == 2);
    CHECK(q.templates(u"ПУТИ"_s)->size() == 1);
    CHECK(q.templates(u"100%"_s)->size() == 1);
    CHECK(q.templates(u"%"_s)->size() == 1); // a typed % is text, not a wildcard
    const auto found = q.templateByShortcode(u"/where"_s);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->id == *id);
    CHECK((*found)->shortcode == u"where"_s);
    CHECK_FALSE(q.templateByShortcode(u"nope"_s)->has_value());

    REQUIRE(fd::test::resultOf(f.actions.countTemplateUse(*id)).ok());
    REQUIRE(fd::test::resultOf(f.actions.countTemplateUse(*id)).ok());
    CHECK((*q.templateByShortcode(u"where"_s))->usageCount == 2);

    t.id = *id;
    t.title = u"Где мой заказ"_s;
    REQUIRE(fd::test::resultOf(f.actions.saveTemplate(t)).ok());
    CHECK((*q.templateByShortcode(u"where"_s))->title == u"Где мой заказ"_s);
    REQUIRE(fd::test::resultOf(f.actions.deleteTemplate(*id)).ok());
    CHECK(q.templates()->size() == 1);
}

TEST_CASE("Notes about a person and a conversation, and a draft kept until sent", "[console]")
{
    Fixture f;
    const qint64 author = f.row(u"m1"_s).item.author.id;
    REQUIRE(
        fd::test::resultOf(f.actions.addAuthorNote(author, u"Постоянный клиент, любит скидки"_s))
            .ok());
    REQUIRE(fd::test::resultOf(f.actions.addThreadNote(f.threadOf, u"Ждём ответа склада"_s)).ok());
    CHECK_FALSE(fd::test::resultOf(f.actions.addThreadNote(f.threadOf, u"  "_s)).ok());
    {
        ConsoleQueries q(*f.s->reader());
        const auto notes = q.authorNotes(author);
        REQUIRE(notes->size() == 1);
        CHECK(notes->at(0).operatorName == u"Ирина"_s);
        CHECK(notes->at(0).createdAt.isValid());
        CHECK(q.threadNotes(f.threadOf)->size() == 1);

        CHECK_FALSE(q.draft(f.threadOf)->has_value());
        REQUIRE(
            fd::test::resultOf(f.actions.saveDraft(f.threadOf, f.ids[u"m1"_s], u"Здравствуйте, "_s))
                .ok());
        REQUIRE(fd::test::resultOf(
                    f.actions.saveDraft(f.threadOf, f.ids[u"m1"_s], u"Здравствуйте, Анна"_s))
                    .ok());
        const auto draft = q.draft(f.threadOf);
        REQUIRE(draft->has_value());
        CHECK((*draft)->body == u"Здравствуйте, Анна"_s);
        CHECK((*draft)->itemId == f.ids[u"m1"_s]);
    } // (no reading connection may outlive the store)
    // It survives a restart of the store.
    f.s.reopen();
    CHECK(ConsoleQueries(*f.s->reader()).draft(f.threadOf)->has_value());
    REQUIRE(
        fd::test::resultOf(InboxActions(f.s.store(), irina()).saveDraft(f.threadOf, 0, QString()))
            .ok());
    CHECK_FALSE(ConsoleQueries(*f.s->reader()).draft(f.threadOf)->has_value());
}

TEST_CASE("Saved views keep their filter, order and whether they are watched", "[console]")
{
    Fixture f;
    SavedView v;
    v.name = u"Новые ВК"_s;
    v.filterJson = uR"({"statuses":["new"],"platforms":["vk"]})"_s;
    v.watched = true;
    v.position = 2;
    const auto id = fd::test::resultOf(f.actions.saveView(v));
    REQUIRE(id.ok());
    v.name = u"новые вк"_s;
    CHECK_FALSE(fd::test::resultOf(f.actions.saveView(v)).ok());
    v.name = u"Мои"_s;
    v.position = 1;
    v.watched = false;
    REQUIRE(fd::test::resultOf(f.actions.saveView(v)).ok());
    const auto views = ConsoleQueries(*f.s->reader()).savedViews();
    REQUIRE(views->size() == 2);
    CHECK(views->at(0).name == u"Мои"_s);
    CHECK(views->at(1).watched);
    CHECK(views->at(1).filterJson.contains(u"vk"_s));
    REQUIRE(fd::test::resultOf(f.actions.deleteView(*id)).ok());
    CHECK(ConsoleQueries(*f.s->reader()).savedViews()->size() == 1);
}

TEST_CASE("In a team every change made here queues its op for the server; standalone queues none",
          "[console][sync]")
{
    Fixture f;
    const qint64 m1 = f.ids[u"m1"_s];
    const qint64 m2 = f.ids[u"m2"_s];
    REQUIRE(fd::test::resultOf(f.actions.close({m1})).ok());
    REQUIRE(opQueue::pending(*f.s->reader(), 10)->isEmpty());

    TeamMembership team;
    team.server = u"postgresql://db.example.org/frontdesk"_s;
    team.login = u"irina"_s;
    team.station = QUuid::createUuid();
    team.lastSeq = 40; // the server had 40 ops of this station when it joined again
    REQUIRE(fd::test::resultOf(team.save(f.s.store())).ok());
    auto added = f.s->write([](const QSqlDatabase &db) {
        auto q = Connection::exec(db, u"INSERT INTO operators (id, login, display_name, "
                                      u"created_at) VALUES (7, 'oleg', 'Олег', 0)"_s);
        return q.ok() ? StoreError{} : q.error();
    });
    REQUIRE(fd::test::resultOf(added).ok());
    const auto tag = fd::test::resultOf(f.actions.createTag(u"Доставка"_s, {}));
    REQUIRE(tag.ok());

    REQUIRE(fd::test::resultOf(f.actions.reopen({m1})).ok());
    REQUIRE(fd::test::resultOf(f.actions.close({m1, m2}, true)).ok());
    REQUIRE(fd::test::resultOf(f.actions.setTag({m2}, *tag, true)).ok());
    REQUIRE(fd::test::resultOf(f.actions.assign({m2}, 7)).ok());
    REQUIRE(fd::test::resultOf(f.actions.assign({m2}, 0)).ok());
    REQUIRE(fd::test::resultOf(f.actions.markRead({m2}, false)).ok());
    REQUIRE(fd::test::resultOf(f.actions.addThreadNote(f.threadOf, u"Позвонить завтра"_s)).ok());
    // Nothing changed, nothing queued.
    REQUIRE(fd::test::resultOf(f.actions.close({m1}, true)).ok());
    REQUIRE(fd::test::resultOf(f.actions.markRead({m1}, true)).ok());

    const auto ops = opQueue::pending(*f.s->reader(), 20);
    REQUIRE(ops.ok());
    QStringList kinds;
    for (const QueuedOp &op : *ops)
        kinds << op.kind;
    CHECK(kinds == QStringList{u"reopen"_s, u"close_without_reply"_s, u"close_without_reply"_s,
                               u"tag"_s, u"assign"_s, u"assign"_s, u"mark_read"_s, u"note"_s});
    REQUIRE(ops->size() == 8);
    CHECK(ops->first().seq == 41);
    CHECK(ops->last().seq == 48);
    // Item ids travel exactly (they are far beyond what a double holds to the unit).
    CHECK(ops->at(0).payload.value(u"item").toInteger() == m1);
    CHECK(ops->at(3).payload.value(u"tag").toString() == u"Доставка"_s);
    CHECK(ops->at(4).payload.value(u"to").toString() == u"oleg"_s);
    CHECK(ops->at(4).payload.value(u"expected").toString().isEmpty());
    CHECK(ops->at(5).payload.value(u"to").toString().isEmpty());
    CHECK(ops->at(5).payload.value(u"expected").toString() == u"oleg"_s);
    CHECK(ops->at(6).payload.value(u"read").toBool() == false);
    CHECK(ops->at(7).payload.value(u"thread").toInteger() == f.threadOf);
    CHECK(ops->at(7).payload.value(u"body").toString() == u"Позвонить завтра"_s);
    QSet<QString> ids;
    for (const QueuedOp &op : *ops)
        ids.insert(op.opId);
    CHECK(ids.size() == 8);
}
