#include "TestSupport.h"

#include "store/Connection.h"
#include "store/ItemQueries.h"
#include "store/Migrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace {

// A raw connection to a fresh file, so a test can build a database at an old version.
struct RawDb
{
    QTemporaryDir dir;
    QString name = QUuid::createUuid().toString();
    QSqlDatabase db;
    RawDb()
    {
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path());
        REQUIRE(db.open());
    }
    ~RawDb()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    QString path() const { return dir.filePath(u"old.db"_s); }
    void exec(const QString &sql)
    {
        QSqlQuery q(db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
};

QStringList tables(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(
        u"SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT "
        u"LIKE 'sqlite_%' AND name NOT IN ('items_fts_data', 'items_fts_idx', 'items_fts_docsize', 'items_fts_config') ORDER BY name"_s));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

TEST_CASE("An empty file is migrated to the latest schema", "[migrations]")
{
    RawDb raw;
    REQUIRE(Migrations::latestVersion() >= 3);
    REQUIRE(Migrations::migrate(raw.db).ok());
    CHECK(*Migrations::currentVersion(raw.db) == Migrations::latestVersion());
    const QStringList latest =
        u"accounts alarm_episodes alarm_settings authors csat_settings csat_surveys drafts "
        u"handle_time handover_notes handovers item_tags items items_fts items_fts_source journal "
        u"meta notes operators outbox posts promises reply_senders rule_counts rule_firings rules "
        u"saved_views shift_breaks shift_operators shift_responsibility shift_rotation "
        u"shift_sessions shift_settings shifts sla_alerts sla_calendars sla_policies sync_ops "
        u"sync_waiting tags "
        u"templates threads"_s.split(u' ');
    CHECK(tables(raw.db) == latest);
    // Migrating again changes nothing.
    REQUIRE(Migrations::migrate(raw.db).ok());
    CHECK(*Migrations::currentVersion(raw.db) == Migrations::latestVersion());
}

TEST_CASE("Every older schema version migrates with its data intact", "[migrations]")
{
    for (int from = 1; from < Migrations::latestVersion(); ++from) {
        DYNAMIC_SECTION("from version " << from)
        {
            RawDb raw;
            REQUIRE(Migrations::migrate(raw.db, from).ok());
            // Numbers are given out ahead and may land out of order: some are never used.
            if (*Migrations::currentVersion(raw.db) != from)
                continue;
            // Data as a station of that version would have written it (version 1 has no index).
            raw.exec(u"INSERT INTO accounts (id, platform, name, created_at, cursor) "
                     u"VALUES (1, 'vk', 'Old community', 1, '4711')"_s);
            raw.exec(u"INSERT INTO authors (id, platform, external_id, name, handle, first_seen, "
                     u"updated_at) VALUES (1, 'vk', '42', 'Зофья Ковальска', 'zofia', 1, 1)"_s);
            raw.exec(u"INSERT INTO threads (id, account_id, kind, external_id) "
                     u"VALUES (1, 1, 'dialog', 'dm:42')"_s);
            raw.exec(
                u"INSERT INTO items (id, account_id, external_id, kind, thread_id, author_id, "
                u"text, created_at, received_at) VALUES (1767225600000000, 1, 'm1', 'dm', 1, 1, "
                u"'Где ПОСЫЛКА?', 1767225600000, 1767225600000)"_s);
            if (from >= 2)
                raw.exec(u"INSERT INTO items_fts (rowid, text, author) VALUES (1767225600000000, "
                         u"'Где ПОСЫЛКА?', 'Зофья Ковальска zofia')"_s);
            raw.db.close();

            auto opened = Store::open(raw.path());
            INFO(opened.error().message.toStdString());
            REQUIRE(opened.ok());
            Store &store = **opened;
            ItemQueries q(*store.reader());
            const auto accounts = q.accounts();
            REQUIRE(accounts->size() == 1);
            CHECK(accounts->at(0).cursor == u"4711"_s);
            ItemFilter f;
            f.search = u"посылка"_s;
            auto rows = q.page(f, 10);
            REQUIRE(rows.ok());
            REQUIRE(rows->size() == 1);
            CHECK(rows->at(0).item.author.name == u"Зофья Ковальска"_s);
            f.search = u"ZOFIA"_s;
            CHECK(q.page(f, 10)->size() == 1);
            CHECK(fd::test::storeProblems(store.path()).isEmpty());
            opened.value().reset();
            raw.db.open();
            CHECK(*Migrations::currentVersion(raw.db) == Migrations::latestVersion());
        }
    }
}

TEST_CASE("A store upgraded past the constraint rewrite still refuses what they forbid",
          "[migrations]")
{
    RawDb raw;
    REQUIRE(Migrations::migrate(raw.db, 15).ok());
    REQUIRE(Migrations::migrate(raw.db).ok());
    raw.exec(u"INSERT INTO accounts (id, platform, name, created_at) VALUES (1, 'vk', 'A', 1)"_s);
    raw.exec(u"INSERT INTO items (id, account_id, external_id, kind, created_at, received_at) "
             u"VALUES (1, 1, 'm1', 'dm', 1, 1)"_s);
    const QString refused[] = {
        u"UPDATE items SET status = 'archived' WHERE id = 1"_s,
        u"UPDATE items SET kind = 'story' WHERE id = 1"_s,
        u"INSERT INTO threads (account_id, kind, external_id) VALUES (1, 'chat', 'x')"_s,
        u"INSERT INTO journal (at, actor_kind, action) VALUES (1, 'robot', 'x')"_s,
        u"UPDATE accounts SET health = 'sleepy' WHERE id = 1"_s,
        u"INSERT INTO outbox (item_id, action, body, operator, idempotency_key, created_at, "
        u"updated_at) VALUES (1, 'like', '', '', 'k', 1, 1)"_s,
    };
    for (const QString &sql : refused) {
        QSqlQuery q(raw.db);
        INFO(sql.toStdString());
        CHECK_FALSE(q.exec(sql));
        CHECK(q.lastError().text().contains(u"CHECK constraint failed"_s));
    }
    raw.exec(u"UPDATE items SET status = 'closed' WHERE id = 1"_s);
    raw.exec(u"INSERT INTO journal (at, actor_kind, action) VALUES (1, 'rule', 'item.closed')"_s);
    // The first open customer message of a conversation is still found through its index.
    QSqlQuery plan(raw.db);
    REQUIRE(plan.exec(u"EXPLAIN QUERY PLAN SELECT id FROM items WHERE thread_id = 1 AND "
                      u"direction = 'in' AND (status = 'new' OR status = 'open' OR "
                      u"status = 'waiting') ORDER BY id LIMIT 1"_s));
    QString detail;
    while (plan.next())
        detail += plan.value(3).toString();
    CHECK(detail.contains(u"items_open_by_thread"_s));
    QSqlQuery check(raw.db);
    REQUIRE(check.exec(u"PRAGMA integrity_check"_s));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == u"ok"_s);
}

TEST_CASE("A database from a newer build is refused, not damaged", "[migrations]")
{
    RawDb raw;
    REQUIRE(Migrations::migrate(raw.db).ok());
    raw.exec(u"UPDATE meta SET value = '999' WHERE key = 'schema_version'"_s);
    raw.db.close();
    auto opened = Store::open(raw.path());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == StoreError::Kind::Schema);
    CHECK(opened.error().message.contains(u"newer Frontdesk"_s));
    raw.db.open();
    CHECK(*Migrations::currentVersion(raw.db) == 999);
}

TEST_CASE("A file that is not a database is reported, not overwritten", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.db"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    auto opened = Store::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == StoreError::Kind::Corrupt);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArray(8192, 'x'));
}

TEST_CASE("A store upgraded to rule counts keeps how often each rule acted", "[migrations]")
{
    RawDb raw;
    REQUIRE(Migrations::migrate(raw.db, 28).ok());
    raw.exec(u"INSERT INTO rules (id, name, position, enabled, definition, created_at, "
             u"updated_at) VALUES (1, 'Spam', 1, 1, '{}', 1, 1), (2, 'Quiet', 2, 1, '{}', 1, 1)"_s);
    raw.exec(u"INSERT INTO rule_firings (rule_id, rule_name, item_id, at, trigger, actions) "
             u"VALUES (1, 'Spam', 10, 1000, 'ingest', 'hide'), (1, 'Spam', 11, 3000, 'ingest', "
             u"'hide'), (1, 'Spam', 12, 2000, 'timer', 'hide')"_s);
    REQUIRE(Migrations::migrate(raw.db).ok());
    QSqlQuery q(raw.db);
    REQUIRE(q.exec(u"SELECT rule_id, fired, last_at FROM rule_counts ORDER BY rule_id"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 1);
    CHECK(q.value(1).toLongLong() == 3);
    CHECK(q.value(2).toLongLong() == 3000);
    CHECK_FALSE(q.next()); // a rule that never acted has no row
    // The firings kept one by one stay as they were.
    REQUIRE(q.exec(u"SELECT count(*) FROM rule_firings"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3);
}
