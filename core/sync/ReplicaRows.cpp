// Each synced table's rows as the station keeps them.
#include "ReplicaApplier.h"

#include "store/Connection.h"
#include "store/IngestBatch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::core::replica_detail {

StoreError Applier::operatorRow(const QJsonObject &row)
{
    const QString login = textOf(row, "login"_L1);
    const QString role = textOf(row, "role"_L1);
    if (role == u"gateway"_s)
        return {}; // gateways poll; nobody assigns them work
    SqliteStatement &st = m_operatorUpsert;
    st.bind(0, login);
    st.bind(1, textOf(row, "display_name"_L1));
    st.bind(2, role);
    st.bind(3, row.value("disabled"_L1).toBool() ? 1 : 0);
    st.bind(4, intOf(row, "created"_L1));
    if (StoreError err = st.exec(QCoreApplication::translate(
            "fd::core::Replica", "Storing one of the team's operators"));
        !err.ok()) {
        st.reset();
        return err;
    }
    m_operators.insert(login, st.int64(0));
    m_operatorNames.insert(login, textOf(row, "display_name"_L1));
    st.reset();
    return {};
}

// A reply or moderation action on its way through the team's outbox, as the server says it
// goes; kept by the key of the station that made it, so that station's own entry follows.
StoreError Applier::outboxRow(const QJsonObject &row, ReplicaReport &report)
{
    const QString login = textOf(row, "operator"_L1);
    auto op = operatorId(login);
    if (!op.ok())
        return op.error();
    SqliteStatement &st = m_outboxUpsert;
    st.bind(0, intOf(row, "item_id"_L1));
    st.bind(1, textOf(row, "action"_L1));
    st.bind(2, textOf(row, "body"_L1));
    st.bind(3, row.value("close_after"_L1).toBool() ? 1 : 0);
    st.bind(4, m_operatorNames.value(login, login));
    st.bind(5, textOf(row, "key"_L1));
    st.bind(6, textOf(row, "state"_L1));
    st.bind(7, intOf(row, "attempts"_L1));
    st.bind(8, textOf(row, "error"_L1));
    st.bind(9, row.value("retryable"_L1).toBool() ? 1 : 0);
    st.bind(10, textOf(row, "result_external_id"_L1));
    st.bind(11, intOf(row, "created"_L1));
    st.bind(12, intOf(row, "updated"_L1));
    if (StoreError err = st.exec(
            QCoreApplication::translate("fd::core::Replica", "Storing how a reply or action went"));
        !err.ok()) {
        st.reset();
        return err;
    }
    report.outboxEntries.append({st.int64(0), intOf(row, "item_id"_L1)});
    st.reset();
    return {};
}

StoreError Applier::ruleRow(const QJsonObject &row)
{
    const QString key = textOf(row, "key"_L1);
    if (row.value("removed"_L1).toBool()) {
        m_ruleRemove.bind(0, key);
        return run(m_ruleRemove, QCoreApplication::translate("fd::core::Replica",
                                                             "Removing one of the team's rules"));
    }
    const QString what =
        QCoreApplication::translate("fd::core::Replica", "Storing one of the team's rules");
    const QString name = textOf(row, "name"_L1);
    m_ruleNameFree.bind(0, name);
    m_ruleNameFree.bind(1, key);
    if (StoreError err = run(m_ruleNameFree, what); !err.ok())
        return err;
    SqliteStatement &st = m_ruleUpsert;
    st.bind(0, key);
    st.bind(1, name);
    st.bind(2, intOf(row, "position"_L1));
    st.bind(3, row.value("enabled"_L1).toBool() ? 1 : 0);
    st.bind(4, textOf(row, "definition"_L1));
    st.bind(5, intOf(row, "created"_L1));
    st.bind(6, intOf(row, "updated"_L1));
    return run(st, what);
}

StoreError Applier::accountRow(const QJsonObject &row)
{
    SqliteStatement &st = m_accountUpsert;
    st.bind(0, intOf(row, "id"_L1));
    st.bind(1, textOf(row, "platform"_L1));
    st.bind(2, textOf(row, "name"_L1));
    st.bind(3, textOf(row, "api_base"_L1));
    st.bind(4, textOf(row, "cursor"_L1));
    st.bind(5, row.value("enabled"_L1).toBool() ? 1 : 0);
    st.bind(6, intOf(row, "created"_L1));
    m_accounts.insert(intOf(row, "id"_L1));
    return run(
        st, QCoreApplication::translate("fd::core::Replica", "Storing one of the team's accounts"));
}

StoreError Applier::authorRow(const QJsonObject &row)
{
    const qint64 id = intOf(row, "id"_L1);
    const QString name = textOf(row, "name"_L1);
    const QString handle = textOf(row, "handle"_L1);
    std::optional<QString> oldIndexed;
    m_authorSelect.bind(0, id);
    if (StoreError err = m_authorSelect.exec(
            QCoreApplication::translate("fd::core::Replica", "Looking up an author"));
        !err.ok()) {
        m_authorSelect.reset();
        return err;
    }
    if (m_authorSelect.hasRow())
        oldIndexed = searchableAuthor(m_authorSelect.text(0), m_authorSelect.text(1));
    m_authorSelect.reset();

    SqliteStatement &st = m_authorUpsert;
    st.bind(0, id);
    st.bind(1, textOf(row, "platform"_L1));
    st.bind(2, textOf(row, "external_id"_L1));
    st.bind(3, name);
    st.bind(4, handle);
    st.bind(5, optionalInt(row, "followers"_L1));
    st.bind(6, textOf(row, "city"_L1));
    st.bind(7, textOf(row, "avatar_url"_L1));
    st.bind(8, intOf(row, "first_seen"_L1));
    st.bind(9, QDateTime::currentMSecsSinceEpoch());
    if (StoreError err =
            run(st, QCoreApplication::translate("fd::core::Replica", "Storing an author"));
        !err.ok())
        return err;
    m_authors.insert(id);

    // A renamed author is searched for by the new name in all their items.
    const QString indexed = searchableAuthor(name, handle);
    m_authorIndexed.insert(id, indexed);
    if (!oldIndexed || *oldIndexed == indexed)
        return {};
    QList<std::pair<qint64, QString>> items;
    m_authorItems.bind(0, id);
    StoreError err = m_authorItems.exec(
        QCoreApplication::translate("fd::core::Replica", "Updating the search index"));
    while (err.ok() && m_authorItems.hasRow()) {
        items.append({m_authorItems.int64(0), m_authorItems.text(1)});
        err = m_authorItems.next(
            QCoreApplication::translate("fd::core::Replica", "Updating the search index"));
    }
    m_authorItems.reset();
    if (!err.ok())
        return err;
    for (const auto &[itemId, text] : items)
        reindex(itemId, text, *oldIndexed, text, indexed);
    return {};
}

StoreError Applier::postRow(const QJsonObject &row)
{
    SqliteStatement &st = m_postUpsert;
    st.bind(0, intOf(row, "id"_L1));
    st.bind(1, intOf(row, "account_id"_L1));
    st.bind(2, textOf(row, "external_id"_L1));
    st.bind(3, textOf(row, "text"_L1));
    st.bind(4, textOf(row, "url"_L1));
    st.bind(5, optionalInt(row, "created"_L1));
    m_posts.insert(intOf(row, "id"_L1));
    return run(st, QCoreApplication::translate("fd::core::Replica", "Storing a post"));
}

StoreError Applier::threadRow(const QJsonObject &row)
{
    SqliteStatement &st = m_threadUpsert;
    st.bind(0, intOf(row, "id"_L1));
    st.bind(1, intOf(row, "account_id"_L1));
    st.bind(2, textOf(row, "kind"_L1));
    st.bind(3, textOf(row, "external_id"_L1));
    st.bind(4, optionalInt(row, "post_id"_L1));
    st.bind(5, textOf(row, "title"_L1));
    st.bind(6, optionalInt(row, "last_item"_L1));
    m_threads.insert(intOf(row, "id"_L1));
    return run(st, QCoreApplication::translate("fd::core::Replica", "Storing a conversation"));
}

StoreResult<std::optional<qint64>> Applier::operatorId(const QString &login)
{
    if (login.isEmpty())
        return std::optional<qint64>();
    if (auto it = m_operators.constFind(login); it != m_operators.constEnd())
        return std::optional<qint64>(*it);
    m_operatorSelect.bind(0, login);
    if (StoreError err = m_operatorSelect.exec(
            QCoreApplication::translate("fd::core::Replica", "Looking up an operator"));
        !err.ok()) {
        m_operatorSelect.reset();
        return err;
    }
    if (m_operatorSelect.hasRow()) {
        const qint64 id = m_operatorSelect.int64(0);
        m_operatorNames.insert(login, m_operatorSelect.text(1));
        m_operatorSelect.reset();
        m_operators.insert(login, id);
        return std::optional<qint64>(id);
    }
    m_operatorSelect.reset();
    // Not pulled yet (a row of another page): known by login until it comes.
    QJsonObject row{{u"login"_s, login},
                    {u"display_name"_s, login},
                    {u"role"_s, u"operator"_s},
                    {u"created"_s, QDateTime::currentMSecsSinceEpoch()}};
    if (StoreError err = operatorRow(row); !err.ok())
        return err;
    return std::optional<qint64>(m_operators.value(login));
}

StoreResult<QString> Applier::authorIndexed(std::optional<qint64> authorId)
{
    if (!authorId)
        return u" "_s;
    if (auto it = m_authorIndexed.constFind(*authorId); it != m_authorIndexed.constEnd())
        return *it;
    m_authorSelect.bind(0, *authorId);
    if (StoreError err = m_authorSelect.exec(
            QCoreApplication::translate("fd::core::Replica", "Looking up an author"));
        !err.ok()) {
        m_authorSelect.reset();
        return err;
    }
    const QString indexed = m_authorSelect.hasRow()
                                ? searchableAuthor(m_authorSelect.text(0), m_authorSelect.text(1))
                                : u" "_s;
    m_authorSelect.reset();
    m_authorIndexed.insert(*authorId, indexed);
    return indexed;
}

void Applier::reindex(qint64 itemId, const QString &oldText, const QString &oldAuthor,
                      const QString &text, const QString &author)
{
    m_index.append({true, itemId, oldText, oldAuthor});
    index(itemId, text, author);
}

StoreError Applier::writeIndex()
{
    const QString what =
        QCoreApplication::translate("fd::core::Replica", "Updating the search index");
    for (const IndexChange &c : std::as_const(m_index)) {
        SqliteStatement &st = c.remove ? m_ftsDelete : m_ftsInsert;
        st.bind(0, c.itemId);
        st.bind(1, c.text);
        st.bind(2, c.author);
        if (StoreError err = run(st, what); !err.ok())
            return err;
    }
    m_index.clear();
    return {};
}

StoreError Applier::itemRow(const QJsonObject &row, ReplicaReport &report)
{
    const qint64 id = intOf(row, "id"_L1);
    const QString text = textOf(row, "text"_L1);
    const std::optional<qint64> authorId = optionalInt(row, "author_id"_L1);

    std::optional<QString> oldText;
    std::optional<qint64> oldAuthor;
    m_itemSelect.bind(0, id);
    if (StoreError err = m_itemSelect.exec(
            QCoreApplication::translate("fd::core::Replica", "Looking up an item"));
        !err.ok()) {
        m_itemSelect.reset();
        return err;
    }
    if (m_itemSelect.hasRow()) {
        oldText = m_itemSelect.text(0);
        if (!m_itemSelect.isNull(1))
            oldAuthor = m_itemSelect.int64(1);
    }
    m_itemSelect.reset();

    auto assignee = operatorId(textOf(row, "assignee"_L1));
    if (!assignee.ok())
        return assignee.error();

    SqliteStatement &st = oldText ? m_itemUpdate : m_itemInsert;
    st.bind(0, id);
    st.bind(1, intOf(row, "account_id"_L1));
    st.bind(2, textOf(row, "external_id"_L1));
    st.bind(3, textOf(row, "kind"_L1));
    st.bind(4, textOf(row, "direction"_L1));
    st.bind(5, optionalInt(row, "thread_id"_L1));
    st.bind(6, textOf(row, "parent_external_id"_L1));
    st.bind(7, optionalInt(row, "post_id"_L1));
    st.bind(8, authorId);
    st.bind(9, text);
    st.bind(10, textOf(row, "attachments"_L1));
    st.bind(11, intOf(row, "rating"_L1));
    st.bind(12, textOf(row, "url"_L1));
    st.bind(13, intOf(row, "created"_L1));
    st.bind(14, intOf(row, "received"_L1));
    st.bind(15, optionalInt(row, "edited"_L1));
    st.bind(16, optionalInt(row, "deleted"_L1));
    st.bind(17, textOf(row, "status"_L1));
    st.bind(18, *assignee);
    st.bind(19, row.value("read"_L1).toBool() ? 1 : 0);
    st.bind(20, row.value("truncated"_L1).toBool() ? 1 : 0);
    // The gateway's classifiers' verdicts, and the priority rules gave it.
    st.bind(21, textOf(row, "lang"_L1).left(8));
    st.bind(22, optionalInt(row, "sentiment"_L1));
    st.bind(23, row.value("spam"_L1).toBool() ? 1 : 0);
    st.bind(24, qBound(-1, int(intOf(row, "priority"_L1)), 2));
    if (StoreError err =
            run(st, QCoreApplication::translate("fd::core::Replica", "Storing an item"));
        !err.ok())
        return err;
    m_items.insert(id);

    if (!oldText) {
        auto indexed = authorIndexed(authorId);
        if (!indexed.ok())
            return indexed.error();
        index(id, text, *indexed);
        ++report.newItems;
        return {};
    }
    ++report.changedItems;
    if (*oldText == text && oldAuthor == authorId)
        return {};
    auto before = authorIndexed(oldAuthor);
    if (!before.ok())
        return before.error();
    auto after = authorIndexed(authorId);
    if (!after.ok())
        return after.error();
    reindex(id, *oldText, *before, text, *after);
    return {};
}

StoreResult<qint64> Applier::tagId(const QString &name, const QString &color, qint64 createdMs)
{
    if (!m_tags) {
        // Names are compared case-folded here: SQLite's NOCASE folds ASCII only.
        m_tags.emplace();
        auto q = Connection::exec(m_db, u"SELECT id, name FROM tags"_s);
        if (!q.ok())
            return q.error();
        while (q.value().next())
            m_tags->insert(q->value(1).toString().toCaseFolded(), q->value(0).toLongLong());
    }
    const QString folded = name.toCaseFolded();
    if (auto it = m_tags->constFind(folded); it != m_tags->constEnd())
        return *it;
    m_tagInsert.bind(0, name);
    m_tagInsert.bind(1, color);
    m_tagInsert.bind(2, createdMs);
    if (StoreError err =
            m_tagInsert.exec(QCoreApplication::translate("fd::core::Replica", "Storing a tag"));
        !err.ok()) {
        m_tagInsert.reset();
        return err;
    }
    const qint64 id = m_tagInsert.lastInsertId();
    m_tagInsert.reset();
    m_tags->insert(folded, id);
    return id;
}

StoreError Applier::tagRow(const QJsonObject &row)
{
    const QString color = textOf(row, "color"_L1);
    auto id = tagId(textOf(row, "name"_L1), color, intOf(row, "created"_L1));
    if (!id.ok())
        return id.error();
    m_tagColor.bind(0, color);
    m_tagColor.bind(1, *id);
    m_tagColor.bind(2, color);
    return run(m_tagColor, QCoreApplication::translate("fd::core::Replica", "Storing a tag"));
}

StoreError Applier::itemTagRow(const QJsonObject &row)
{
    auto tag = tagId(textOf(row, "tag"_L1), QString(), QDateTime::currentMSecsSinceEpoch());
    if (!tag.ok())
        return tag.error();
    const qint64 item = intOf(row, "item_id"_L1);
    if (row.value("present"_L1).toBool()) {
        m_itemTagAdd.bind(0, item);
        m_itemTagAdd.bind(1, *tag);
        return run(m_itemTagAdd,
                   QCoreApplication::translate("fd::core::Replica", "Tagging an item"));
    }
    m_itemTagRemove.bind(0, item);
    m_itemTagRemove.bind(1, *tag);
    return run(m_itemTagRemove,
               QCoreApplication::translate("fd::core::Replica", "Untagging an item"));
}

StoreError Applier::noteRow(const QJsonObject &row)
{
    QString key = textOf(row, "key"_L1);
    if (key.isEmpty())
        key = u"server:"_s + QString::number(intOf(row, "id"_L1));
    m_noteSelect.bind(0, key);
    if (StoreError err = m_noteSelect.exec(
            QCoreApplication::translate("fd::core::Replica", "Looking up a note"));
        !err.ok()) {
        m_noteSelect.reset();
        return err;
    }
    const bool known = m_noteSelect.hasRow();
    m_noteSelect.reset();
    if (known) {
        // Notes never change; the one written here takes the time the server gave it, so the
        // station's clock decides nothing the team sees.
        m_noteTime.bind(0, intOf(row, "created"_L1));
        m_noteTime.bind(1, key);
        return run(m_noteTime, QCoreApplication::translate("fd::core::Replica", "Storing a note"));
    }
    const QString login = textOf(row, "operator"_L1);
    if (auto id = operatorId(login); !id.ok())
        return id.error();
    m_noteInsert.bind(0, optionalInt(row, "author_id"_L1));
    m_noteInsert.bind(1, optionalInt(row, "thread_id"_L1));
    m_noteInsert.bind(2, m_operatorNames.value(login, login));
    m_noteInsert.bind(3, textOf(row, "body"_L1));
    m_noteInsert.bind(4, intOf(row, "created"_L1));
    m_noteInsert.bind(5, key);
    return run(m_noteInsert, QCoreApplication::translate("fd::core::Replica", "Storing a note"));
}

} // namespace fd::core::replica_detail
