#include "ShiftsTestSupport.h"

#include "store/Connection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::test {

QDateTime at(const char *zone, int y, int mo, int d, int h, int mi)
{
    const QTimeZone z{QByteArray(zone)};
    REQUIRE(z.isValid());
    return QDateTime(QDate(y, mo, d), QTime(h, mi), z).toUTC();
}

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

ShiftStore::ShiftStore()
{
    account = s.addAccount(Platform::Telegram, u"Shop bot"_s);
}

qint64 ShiftStore::addOperator(const QString &login, const QString &name, const QString &role)
{
    exec(u"INSERT INTO operators (login, display_name, role, created_at) VALUES ('%1', '%2', "
         u"'%3', 1)"_s.arg(login, name, role));
    const qint64 id = scalar(u"SELECT id FROM operators WHERE login = '%1'"_s.arg(login));
    operators.insert(login, id);
    return id;
}

qint64 ShiftStore::addItem(const QString &externalId, const QString &text, const QDateTime &created,
                           const QString &author)
{
    IncomingItem in = makeItem(externalId, text, author.isEmpty() ? externalId : author,
                               u"Anna Petrova"_s, created.toSecsSinceEpoch());
    in.item.createdAt = created;
    in.threadExternalId = author.isEmpty() ? externalId : author;
    const IngestResult r = ingest(s.store(), {account, {in}, {}, {}});
    REQUIRE(r.ok());
    return scalar(u"SELECT id FROM items WHERE external_id = '%1'"_s.arg(externalId));
}

qint64 ShiftStore::addReply(const QString &externalId, const QString &author,
                            const QDateTime &created)
{
    IncomingItem in =
        makeItem(externalId, u"Reply"_s, author, u"Anna Petrova"_s, created.toSecsSinceEpoch());
    in.item.createdAt = created;
    in.item.direction = Direction::Outgoing;
    in.threadExternalId = author;
    const IngestResult r = ingest(s.store(), {account, {in}, {}, {}});
    REQUIRE(r.ok());
    return scalar(u"SELECT id FROM items WHERE external_id = '%1'"_s.arg(externalId));
}

void ShiftStore::exec(const QString &sql)
{
    const StoreError e = resultOf(s->write([sql](const QSqlDatabase &db) {
        auto q = Connection::exec(db, sql);
        return q.ok() ? StoreError{} : q.error();
    }));
    INFO(e.message.toStdString());
    REQUIRE(e.ok());
}

qint64 ShiftStore::scalar(const QString &sql)
{
    auto q = Connection::exec(*s->reader(), sql);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toLongLong();
}

core::Actor ShiftStore::actor(const QString &login)
{
    return {operators.value(login), login, login, u"desk-1"_s};
}

} // namespace fd::test
