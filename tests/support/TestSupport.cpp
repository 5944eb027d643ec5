#include "TestSupport.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fd::test {

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

} // namespace fd::test
