#include "Promises.h"

#include "rules/ClassifierData.h"
#include "rules/TextFold.h"
#include "store/Connection.h"
#include "store/TextLimits.h"
#include "sync/OpQueue.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

struct PromiseText
{
    Q_DECLARE_TR_FUNCTIONS(fd::core::Promises)
};

// Typographic apostrophes ("I’ll") as the lists write them.
QString foldReply(const QString &text)
{
    QString plain = text;
    plain.replace(u'\u2019', u'\'').replace(u'\u02bc', u'\'');
    return foldText(plain);
}

// In a team, every station learns of the mark (or that it went).
StoreError teamMark(const QSqlDatabase &db, qint64 itemId, bool on, const QString &source = {},
                    const QString &phrase = {})
{
    QJsonObject payload{{u"item"_s, itemId}, {u"on"_s, on}};
    if (on) {
        payload.insert(u"source"_s, source);
        payload.insert(u"phrase"_s, phrase);
    }
    auto queued = opQueue::enqueueInTeam(db, u"promise"_s, payload);
    return queued.ok() ? StoreError{} : queued.error();
}

bool startsWord(const QString &folded, qsizetype at)
{
    return at == 0 || !folded.at(at - 1).isLetterOrNumber();
}

} // namespace

const PromiseDetector &PromiseDetector::standard()
{
    static const PromiseDetector detector(classifierDataLines(u"promises_en.txt"_s) +
                                          classifierDataLines(u"promises_ru.txt"_s) +
                                          classifierDataLines(u"promises_pl.txt"_s));
    return detector;
}

PromiseDetector::PromiseDetector(const QStringList &phrases)
{
    for (const QString &line : phrases) {
        Phrase p;
        p.stem = line.endsWith(u'*');
        p.text = foldReply(p.stem ? line.chopped(1) : line).trimmed();
        if (!p.text.isEmpty())
            m_phrases.append(p);
    }
}

QString PromiseDetector::find(const QString &text) const
{
    const QString folded = foldReply(text);
    for (const Phrase &p : m_phrases) {
        if (!p.stem) {
            if (containsWords(folded, p.text))
                return p.text;
            continue;
        }
        for (qsizetype at = folded.indexOf(p.text); at >= 0; at = folded.indexOf(p.text, at + 1)) {
            if (startsWord(folded, at))
                return p.text;
        }
    }
    return {};
}

namespace promises {

StoreResult<bool> afterReply(const QSqlDatabase &db, qint64 itemId, const QString &body,
                             const QString &by, qint64 atMs)
{
    auto cleared = Connection::exec(
        db,
        u"DELETE FROM promises WHERE item_id = ? OR item_id IN (SELECT o.id FROM items o "
        u"WHERE o.thread_id = (SELECT thread_id FROM items WHERE id = ?) "
        u"AND o.status IN ('new', 'open', 'waiting') AND o.direction = 'in') "
        u"RETURNING item_id"_s,
        {itemId, itemId});
    if (!cleared.ok())
        return cleared.error();
    QList<qint64> gone;
    while (cleared.value().next())
        gone.append(cleared->value(0).toLongLong());
    const QString phrase = PromiseDetector::standard().find(body);
    for (const qint64 id : gone) {
        if (id == itemId && !phrase.isEmpty())
            continue; // marked again below
        if (StoreError e = teamMark(db, id, false); !e.ok())
            return e;
    }
    if (phrase.isEmpty())
        return false;
    auto q = Connection::exec(db,
                              u"INSERT INTO promises (item_id, source, phrase, marked_by, "
                              u"marked_at) VALUES (?, 'reply', ?, ?, ?)"_s,
                              {itemId, phrase, nonNull(by), atMs});
    if (!q.ok())
        return q.error();
    if (StoreError e = teamMark(db, itemId, true, u"reply"_s, phrase); !e.ok())
        return e;
    return true;
}

StoreError mark(const QSqlDatabase &db, qint64 itemId, bool on, const QString &by, qint64 atMs)
{
    if (!on) {
        auto q = Connection::exec(db, u"DELETE FROM promises WHERE item_id = ?"_s, {itemId});
        if (!q.ok())
            return q.error();
        return q->numRowsAffected() > 0 ? teamMark(db, itemId, false) : StoreError{};
    }
    auto item = Connection::exec(db, u"SELECT status FROM items WHERE id = ?"_s, {itemId});
    if (!item.ok())
        return item.error();
    if (!item.value().next())
        return StoreError::notFound(PromiseText::tr("There is no item with id %1.").arg(itemId));
    const QString status = item->value(0).toString();
    if (status != u"new" && status != u"open" && status != u"waiting")
        return StoreError::invalid(
            PromiseText::tr("Only an open item can wait for a promised answer."));
    auto q = Connection::exec(db,
                              u"INSERT INTO promises (item_id, source, phrase, marked_by, "
                              u"marked_at) VALUES (?, 'manual', '', ?, ?) ON CONFLICT (item_id) "
                              u"DO UPDATE SET source = 'manual', marked_by = excluded.marked_by, "
                              u"marked_at = excluded.marked_at"_s,
                              {itemId, nonNull(by), atMs});
    if (!q.ok())
        return q.error();
    return teamMark(db, itemId, true, u"manual"_s);
}

StoreResult<QHash<qint64, PromiseMark>> open(const QSqlDatabase &db)
{
    auto q = Connection::exec(db, u"SELECT p.item_id, p.source, p.phrase, p.marked_by, "
                                  u"p.marked_at FROM promises p JOIN items i ON i.id = p.item_id "
                                  u"WHERE i.status IN ('new', 'open', 'waiting')"_s);
    if (!q.ok())
        return q.error();
    QHash<qint64, PromiseMark> out;
    while (q.value().next()) {
        PromiseMark m;
        m.itemId = q->value(0).toLongLong();
        m.source = q->value(1).toString() == u"manual" ? PromiseMark::Source::Manual
                                                       : PromiseMark::Source::Reply;
        m.phrase = q->value(2).toString();
        m.markedBy = q->value(3).toString();
        m.markedAt = QDateTime::fromMSecsSinceEpoch(q->value(4).toLongLong(), QTimeZone::utc());
        out.insert(m.itemId, m);
    }
    return out;
}

} // namespace promises

} // namespace fd::core
