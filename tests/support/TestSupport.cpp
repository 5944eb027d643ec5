#include "TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace fd::test {

QJsonObject jsonObject(const char *json)
{
    QJsonParseError err;
    const auto doc = QJsonDocument::fromJson(QByteArray(json), &err);
    INFO(err.errorString().toStdString());
    REQUIRE(err.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

TempStore::TempStore()
{
    REQUIRE(m_dir.isValid());
    reopen();
}

QString TempStore::path() const
{
    return m_dir.filePath(u"store.db"_s);
}

void TempStore::reopen()
{
    m_store.reset();
    auto opened = core::Store::open(path());
    INFO(opened.error().message.toStdString());
    REQUIRE(opened.ok());
    m_store = std::move(opened.value());
}

qint64 TempStore::addAccount(core::Platform platform, const QString &name)
{
    core::Account a;
    a.platform = platform;
    a.name = name;
    auto f = m_store->addAccount(a);
    f.waitForFinished();
    const auto r = f.result();
    INFO(r.error().message.toStdString());
    REQUIRE(r.ok());
    return *r;
}

core::IncomingItem makeItem(const QString &externalId, const QString &text, const QString &authorId,
                            const QString &authorName, qint64 createdSecs)
{
    core::IncomingItem in;
    in.item.kind = core::ItemKind::Dm;
    in.item.externalId = externalId;
    in.item.text = text;
    in.item.author.externalId = authorId;
    in.item.author.name = authorName;
    in.item.author.handle = authorName.section(u' ', 0, 0).toLower();
    in.item.createdAt = QDateTime::fromSecsSinceEpoch(createdSecs, Qt::UTC);
    return in;
}

core::IngestResult ingest(core::Store &store, core::IngestBatch batch)
{
    auto f = store.ingest(std::move(batch));
    f.waitForFinished();
    return f.result();
}

QStringList storeProblems(const QString &path)
{
    QStringList problems;
    const QString name = u"check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open())
            return {u"cannot open: "_s + db.lastError().text()};
        QSqlQuery q(db);
        auto all = [&](const QString &sql) {
            QStringList out;
            if (!q.exec(sql)) {
                problems << sql + u": "_s + q.lastError().text();
                return out;
            }
            while (q.next())
                out << q.value(0).toString();
            return out;
        };
        const QStringList integrity = all(u"PRAGMA integrity_check"_s);
        if (integrity != QStringList{u"ok"_s})
            problems << u"integrity_check: "_s + integrity.join(u"; "_s);
        const QStringList fk = all(u"PRAGMA foreign_key_check"_s);
        if (!fk.isEmpty())
            problems << u"foreign_key_check: "_s + fk.join(u"; "_s);
        all(u"CREATE VIRTUAL TABLE temp.fts_fresh USING fts5(text, author, "
            u"tokenize = 'unicode61 remove_diacritics 2')"_s);
        all(u"INSERT INTO temp.fts_fresh (rowid, text, author) SELECT id, text, author "
            u"FROM items_fts_source"_s);
        all(u"CREATE VIRTUAL TABLE temp.v_live USING fts5vocab(main, items_fts, instance)"_s);
        all(u"CREATE VIRTUAL TABLE temp.v_fresh USING fts5vocab(temp, fts_fresh, instance)"_s);
        const QStringList extra = all(
            u"SELECT term || ' in ' || doc FROM (SELECT term, doc, col, offset FROM temp.v_live "
            u"EXCEPT SELECT term, doc, col, offset FROM temp.v_fresh) LIMIT 5"_s);
        if (!extra.isEmpty())
            problems << u"index holds stale terms: "_s + extra.join(u", "_s);
        const QStringList missing = all(
            u"SELECT term || ' in ' || doc FROM (SELECT term, doc, col, offset FROM temp.v_fresh "
            u"EXCEPT SELECT term, doc, col, offset FROM temp.v_live) LIMIT 5"_s);
        if (!missing.isEmpty())
            problems << u"index misses terms: "_s + missing.join(u", "_s);
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problems;
}

ProgramRun runProgram(const QString &program, const QStringList &args, const QByteArray &input,
                      const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForStarted(10000));
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    QElapsedTimer waited;
    waited.start();
    while (!p.waitForFinished(20)) {
        QCoreApplication::processEvents();
        REQUIRE(waited.elapsed() < 60000);
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace fd::test
