#pragma once

#include "UiTestSupport.h"

#include "ItemFeedModel.h"
#include "console/InboxActions.h"
#include "store/ItemQueries.h"

// A small inbox with something for every filter to find and to leave out: twelve items over two
// accounts (Telegram and VK), DMs and comments, two tags, items on the desks of this station's
// operator ("me") and of another, some answered, some closed, some read.
namespace fd::test {

struct VariedInbox
{
    WindowOnStore w;
    qint64 shopBot = 0;   // Telegram
    qint64 community = 0; // VK
    qint64 me = 0;        // the operator with this station's login
    qint64 piotr = 0;
    qint64 refund = 0; // tags
    qint64 vip = 0;
    QList<qint64> items; // oldest first

    VariedInbox()
    {
        shopBot = w.store.addAccount(core::Platform::Telegram, QStringLiteral("Shop bot"));
        community = w.store.addAccount(core::Platform::Vk, QStringLiteral("Community"));
        for (int i = 0; i < 12; ++i) {
            core::IngestBatch batch;
            batch.accountId = i % 2 ? community : shopBot;
            core::IncomingItem in =
                makeItem(QStringLiteral("m%1").arg(i), QStringLiteral("Question number %1").arg(i),
                         QStringLiteral("u%1").arg(i), QStringLiteral("Person %1").arg(i),
                         1767225600 + i * 60);
            if (i % 3 == 0) {
                in.item.kind = core::ItemKind::Comment;
                in.post.externalId = QStringLiteral("p1");
                in.post.text = QStringLiteral("Our new collection");
            }
            batch.items.append(in);
            const core::IngestResult result = ingest(w.store.store(), batch);
            INFO(result.error.message.toStdString());
            REQUIRE(result.inserted == 1);
            items << result.insertedIds.first();
        }
        const QString login = core::Actor::local().login;
        auto done = w.store->write([this, login](const QSqlDatabase &db) -> core::StoreError {
            QSqlQuery q(db);
            const auto run = [&q](const QString &sql, const QVariantList &values) {
                q.prepare(sql);
                for (int i = 0; i < values.size(); ++i)
                    q.bindValue(i, values.at(i));
                return q.exec();
            };
            const auto ok = [&q](bool done) {
                return done ? core::StoreError{} : core::StoreError::invalid(q.lastError().text());
            };
            if (!run(QStringLiteral("INSERT INTO operators (login, display_name, created_at) "
                                    "VALUES (?, 'Me Myself', 0)"),
                     {login}))
                return ok(false);
            me = q.lastInsertId().toLongLong();
            if (!run(QStringLiteral("INSERT INTO operators (login, display_name, created_at) "
                                    "VALUES ('piotr-x', 'Piotr', 0)"),
                     {}))
                return ok(false);
            piotr = q.lastInsertId().toLongLong();
            if (!run(QStringLiteral("INSERT INTO tags (name, color, created_at) VALUES "
                                    "('refund', '#e53935', 0)"),
                     {}))
                return ok(false);
            refund = q.lastInsertId().toLongLong();
            if (!run(QStringLiteral("INSERT INTO tags (name, color, created_at) VALUES "
                                    "('vip', '', 0)"),
                     {}))
                return ok(false);
            vip = q.lastInsertId().toLongLong();
            const QList<std::pair<QString, QVariantList>> changes{
                {QStringLiteral("INSERT INTO item_tags (item_id, tag_id) VALUES (?, ?), (?, ?), "
                                "(?, ?), (?, ?)"),
                 {items[0], refund, items[1], refund, items[2], refund, items[5], vip}},
                {QStringLiteral("UPDATE items SET assignee_id = ? WHERE id IN (?, ?)"),
                 {me, items[3], items[4]}},
                {QStringLiteral("UPDATE items SET assignee_id = ? WHERE id = ?"),
                 {piotr, items[6]}},
                {QStringLiteral("UPDATE items SET status = 'closed' WHERE id IN (?, ?)"),
                 {items[7], items[10]}},
                {QStringLiteral("UPDATE items SET status = 'open' WHERE id = ?"), {items[8]}},
                {QStringLiteral("UPDATE items SET status = 'waiting' WHERE id = ?"), {items[9]}},
                {QStringLiteral("UPDATE items SET read = 1 WHERE id IN (?, ?, ?, ?)"),
                 {items[0], items[1], items[7], items[8]}},
            };
            for (const auto &[sql, values] : changes) {
                if (!run(sql, values))
                    return ok(false);
            }
            return {};
        });
        done.waitForFinished();
        INFO(done.result().message.toStdString());
        REQUIRE(done.result().ok());
    }

    ui::MainWindow &open()
    {
        ui::MainWindow &window = w.open();
        showExposed(window);
        return window;
    }

    // What the store lists for `filter`, newest first.
    QList<qint64> storeSays(const core::ItemFilter &filter)
    {
        const auto rows = core::ItemQueries(readerOf(w.store)).page(filter, 1000);
        REQUIRE(rows.ok());
        QList<qint64> ids;
        for (const core::ItemRow &row : *rows)
            ids << row.item.id;
        return ids;
    }
};

// The items the feed lists, in order.
inline QList<qint64> feedIds(const ui::ItemFeedModel &feed)
{
    QList<qint64> ids;
    for (int row = 0; row < feed.rowCount(); ++row)
        ids << feed.index(row, 0).data(ui::ItemFeedModel::ItemIdRole).toLongLong();
    return ids;
}

} // namespace fd::test
