#include "TeamJournal.h"

#include "ServerConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::core::teamJournal {
namespace {

// A LIKE pattern that finds `text` anywhere, its own % _ and \ taken literally.
QString containing(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace

ServerResult<JournalPage> page(ServerConnection &server, const JournalQuery &query, int limit,
                               qint64 beforeId)
{
    QStringList conds;
    QVariantList values;
    auto add = [&](const QString &cond, std::initializer_list<QVariant> vs) {
        conds << cond;
        values << QVariantList(vs);
    };
    if (beforeId > 0)
        add(u"j.id < ?"_s, {beforeId});
    if (query.afterId > 0)
        add(u"j.id > ?"_s, {query.afterId});
    if (query.fromMs > 0)
        add(u"j.at >= to_timestamp(? / 1000.0)"_s, {query.fromMs});
    if (query.toMs > 0)
        add(u"j.at < to_timestamp(? / 1000.0)"_s, {query.toMs});
    if (!query.actor.isEmpty())
        add(u"(j.operator = ? OR o.display_name = ?)"_s, {query.actor, query.actor});
    if (!query.actions.isEmpty()) {
        QStringList any;
        for (const QString &a : query.actions) {
            if (a.endsWith(u'.')) {
                any << u"left(j.action, ?) = ?"_s;
                values << int(a.size()) << a;
            } else {
                any << u"j.action = ?"_s;
                values << a;
            }
        }
        conds << u"("_s + any.join(u" OR "_s) + u")"_s;
    }
    if (query.itemId)
        add(u"j.item_id = ?"_s, {*query.itemId});
    if (query.accountId)
        add(u"j.account_id = ?"_s, {*query.accountId});
    if (const QString needle = query.search.trimmed(); !needle.isEmpty()) {
        const QString like = containing(needle);
        add(u"(j.before ILIKE ? OR j.after ILIKE ? OR j.detail ILIKE ? OR j.operator ILIKE ? "
            u"OR coalesce(o.display_name, '') ILIKE ?)"_s,
            {like, like, like, like, like});
    }
    const int want = qMax(1, limit);
    values << want;
    auto q = server.exec(
        u"SELECT j.id, fd.ms(j.at), j.operator, coalesce(o.display_name, ''), "
        u"coalesce(s.name, j.station::text, ''), j.action, coalesce(j.item_id, 0), "
        u"coalesce(j.account_id, 0), j.before, j.after, j.detail, j.actor_kind "
        u"FROM fd.journal j LEFT JOIN fd.operators o ON o.login = j.operator "
        u"LEFT JOIN fd.stations s ON s.id = j.station"_s +
            (conds.isEmpty() ? QString() : u" WHERE "_s + conds.join(u" AND "_s)) +
            u" ORDER BY j.id DESC LIMIT ?"_s,
        values, QCoreApplication::translate("fd::core::TeamJournal", "Reading the team's journal"));
    if (!q.ok())
        return q.error();
    JournalPage out;
    QSqlQuery &r = q.value();
    while (r.next()) {
        JournalEntry e;
        e.id = r.value(0).toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(r.value(1).toLongLong(), Qt::UTC);
        const QString login = r.value(2).toString();
        const QString name = r.value(3).toString();
        // A rule's rows name the rule.
        e.actorKind = r.value(11).toString() == u"rule" ? ActorKind::Rule
                      : login.isEmpty()                 ? ActorKind::System
                                                        : ActorKind::Operator;
        e.actor = name.isEmpty() ? login : name;
        e.station = r.value(4).toString();
        e.action = r.value(5).toString();
        e.itemId = r.value(6).toLongLong();
        e.accountId = r.value(7).toLongLong();
        e.before = r.value(8).toString();
        e.after = r.value(9).toString();
        e.detail = r.value(10).toString();
        out.entries.append(e);
    }
    if (out.entries.size() >= want)
        out.nextBeforeId = out.entries.constLast().id;
    return out;
}

} // namespace fd::core::teamJournal
