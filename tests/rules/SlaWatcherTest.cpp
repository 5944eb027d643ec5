#include "TestSupport.h"

#include "rules/SlaWatcher.h"

#include <QList>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace {

QDateTime at(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
}

struct Alert
{
    qint64 itemId = 0;
    SlaState state = SlaState::NoTarget;
    QString text;
};

// What a watcher says, as it says it.
struct Heard
{
    QList<Alert> alerts;
    explicit Heard(SlaWatcher &watcher)
    {
        QObject::connect(&watcher, &SlaWatcher::alert, &watcher,
                         [this](qint64 id, SlaState state, const QString &text) {
                             alerts.append({id, state, text});
                         });
    }
    qsizetype size() const { return alerts.size(); }
    bool isEmpty() const { return alerts.isEmpty(); }
};

} // namespace

TEST_CASE("The watcher alerts once per item and state across a restart", "[rules][sla][watcher]")
{
    fd::test::TempStore s;
    const qint64 account = s.addAccount(Platform::Vk, u"VK Shop"_s);
    constexpr qint64 t0 = 1767949200; // 2026-01-09 09:00 UTC
    IncomingItem comment =
        fd::test::makeItem(u"c1"_s, u"Where is my order?"_s, u"u1"_s, u"Anna"_s, t0);
    comment.item.kind = ItemKind::Comment;
    comment.post.externalId = u"post-1"_s;
    IncomingItem answered = fd::test::makeItem(u"d1"_s, u"Hi"_s, u"u2"_s, u"Boris"_s, t0);
    answered.threadExternalId = u"dialog-boris"_s;
    const IngestResult r =
        fd::test::ingest(s.store(), IngestBatch{account, {comment, answered}, {}, {}});
    REQUIRE(r.inserted == 2);
    const qint64 commentId = r.insertedIds.at(0);
    IncomingItem reply =
        fd::test::makeItem(u"d2"_s, u"Hello Boris"_s, u"u2"_s, u"Boris"_s, t0 + 60);
    reply.item.direction = Direction::Outgoing;
    reply.threadExternalId = u"dialog-boris"_s;
    REQUIRE(fd::test::ingest(s.store(), IngestBatch{account, {reply}, {}, {}}).inserted == 1);

    SlaPolicy p;
    p.firstMinutes = 17;
    REQUIRE(fd::test::resultOf(sla::setPolicy(s.store(), p)).ok());

    QDateTime now = at(t0 + 5 * 60);
    auto watcher = std::make_unique<SlaWatcher>(s.store());
    watcher->setClock([&now] { return now; });
    Heard alerts(*watcher);
    REQUIRE(fd::test::resultOf(watcher->check()).ok());
    CHECK(alerts.isEmpty());

    now = at(t0 + 14 * 60);
    REQUIRE(fd::test::resultOf(watcher->check()).ok());
    REQUIRE(alerts.size() == 1);
    CHECK(alerts.alerts.at(0).itemId == commentId);
    CHECK(alerts.alerts.at(0).state == SlaState::AtRisk);
    CHECK(alerts.alerts.at(0).text ==
          u"VK Shop: a comment from Anna waits 14 min, first response due in 3 min"_s);

    // The next looks say nothing new, nor does a watcher started afresh on the same store.
    now = at(t0 + 15 * 60);
    REQUIRE(fd::test::resultOf(watcher->check()).ok());
    CHECK(alerts.size() == 1);
    watcher = std::make_unique<SlaWatcher>(s.store());
    watcher->setClock([&now] { return now; });
    Heard restarted(*watcher);
    REQUIRE(fd::test::resultOf(watcher->check()).ok());
    CHECK(restarted.isEmpty());

    // The breach is news, once.
    now = at(t0 + 20 * 60);
    REQUIRE(fd::test::resultOf(watcher->check()).ok());
    REQUIRE(restarted.size() == 1);
    CHECK(restarted.alerts.at(0).state == SlaState::Breached);
    CHECK(restarted.alerts.at(0).text ==
          u"VK Shop: a comment from Anna waits 20 min, first response overdue by 3 min"_s);
    REQUIRE(fd::test::resultOf(watcher->check()).ok());
    s.close();
    s.reopen();
    SlaWatcher third(s.store());
    third.setClock([&now] { return now; });
    Heard quiet(third);
    REQUIRE(fd::test::resultOf(third.check()).ok());
    CHECK(quiet.isEmpty());
    CHECK(restarted.size() == 1);
}
