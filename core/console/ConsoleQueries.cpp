#include "ConsoleQueries.h"

#include "store/Connection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

QDateTime timeOf(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

Template templateFrom(const QSqlQuery &q)
{
    Template t;
    t.id = q.value(0).toLongLong();
    t.folder = q.value(1).toString();
    t.title = q.value(2).toString();
    t.body = q.value(3).toString();
    t.shortcode = q.value(4).toString();
    t.usageCount = q.value(5).toInt();
    t.updatedAt = timeOf(q.value(6));
    return t;
}

const QString kTemplateColumns =
    u"SELECT id, folder, title, body, coalesce(shortcode, ''), usage_count, updated_at "
    u"FROM templates "_s;

} // namespace

StoreResult<QList<TagCount>> ConsoleQueries::tagCounts() const
{
    auto q = Connection::exec(m_db, u"SELECT t.id, t.name, t.color, count(it.item_id) FROM tags t "
                                    u"LEFT JOIN item_tags it ON it.tag_id = t.id "
                                    u"GROUP BY t.id ORDER BY t.name COLLATE NOCASE"_s);
    if (!q.ok())
        return q.error();
    QList<TagCount> out;
    while (q.value().next()) {
        TagCount c;
        c.tag.id = q->value(0).toLongLong();
        c.tag.name = q->value(1).toString();
        c.tag.color = q->value(2).toString();
        c.items = q->value(3).toInt();
        out.append(c);
    }
    return out;
}

StoreResult<QList<Template>> ConsoleQueries::templates(const QString &search) const
{
    auto q = Connection::exec(m_db, kTemplateColumns +
                                        u"ORDER BY folder COLLATE NOCASE, title COLLATE NOCASE"_s);
    if (!q.ok())
        return q.error();
    // Matched here, not in SQL: SQLite folds the case of ASCII letters only, and a team has
    // hundreds of templates, not millions.
    const QString words = search.trimmed();
    QList<Template> out;
    while (q.value().next()) {
        Template t = templateFrom(q.value());
        if (words.isEmpty() || t.title.contains(words, Qt::CaseInsensitive) ||
            t.body.contains(words, Qt::CaseInsensitive) ||
            t.folder.contains(words, Qt::CaseInsensitive) ||
            t.shortcode.contains(words, Qt::CaseInsensitive))
            out.append(std::move(t));
    }
    return out;
}

StoreResult<std::optional<Template>> ConsoleQueries::templateByShortcode(const QString &code) const
{
    QString clean = code.trimmed().toLower();
    if (clean.startsWith(u'/'))
        clean.remove(0, 1);
    auto q = Connection::exec(m_db, kTemplateColumns + u"WHERE shortcode = ?"_s, {clean});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<Template>();
    return std::optional<Template>(templateFrom(q.value()));
}

StoreResult<std::optional<Template>> ConsoleQueries::templateById(qint64 id) const
{
    auto q = Connection::exec(m_db, kTemplateColumns + u"WHERE id = ?"_s, {id});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<Template>();
    return std::optional<Template>(templateFrom(q.value()));
}

StoreResult<QList<Note>> ConsoleQueries::notes(const QString &column, qint64 id) const
{
    auto q = Connection::exec(m_db,
                              u"SELECT id, operator, body, created_at FROM notes WHERE "_s +
                                  column + u" = ? ORDER BY id"_s,
                              {id});
    if (!q.ok())
        return q.error();
    QList<Note> out;
    while (q.value().next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                    timeOf(q->value(3))});
    return out;
}

StoreResult<QList<Note>> ConsoleQueries::authorNotes(qint64 authorId) const
{
    return notes(u"author_id"_s, authorId);
}

StoreResult<QList<Note>> ConsoleQueries::threadNotes(qint64 threadId) const
{
    return notes(u"thread_id"_s, threadId);
}

StoreResult<std::optional<Draft>> ConsoleQueries::draft(qint64 threadId) const
{
    auto q = Connection::exec(
        m_db,
        u"SELECT thread_id, coalesce(item_id, 0), body, updated_at FROM drafts WHERE thread_id = ?"_s,
        {threadId});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<Draft>();
    return std::optional<Draft>(Draft{q->value(0).toLongLong(), q->value(1).toLongLong(),
                                      q->value(2).toString(), timeOf(q->value(3))});
}

StoreResult<QList<SavedView>> ConsoleQueries::savedViews() const
{
    auto q = Connection::exec(m_db, u"SELECT id, name, filter, watched, position FROM saved_views "
                                    u"ORDER BY position, name COLLATE NOCASE"_s);
    if (!q.ok())
        return q.error();
    QList<SavedView> out;
    while (q.value().next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                    q->value(3).toBool(), q->value(4).toInt()});
    return out;
}

} // namespace fd::core
