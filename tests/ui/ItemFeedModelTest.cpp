#include "UiTestSupport.h"

#include "Format.h"
#include "ItemFeedModel.h"
#include "Theme.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;
using fd::core::ItemStatus;
using fd::core::Platform;
using fd::ui::ItemFeedModel;

namespace {

void fetchAll(ItemFeedModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

qint64 idAt(const ItemFeedModel &model, int row)
{
    return model.index(row, 0).data(ItemFeedModel::ItemIdRole).toLongLong();
}

QString textAt(const ItemFeedModel &model, int row, int column)
{
    return model.index(row, column).data(Qt::DisplayRole).toString();
}

} // namespace

TEST_CASE("The feed loads page after page, newest first", "[ui][feed]")
{
    fd::test::TempStore store;
    const qint64 account = store.addAccount(Platform::Telegram, u"Shop bot"_s);
    const QList<qint64> ids = fd::test::fillInbox(store, account, 450);

    ItemFeedModel model(fd::test::readerOf(store));
    CHECK(model.rowCount() == ItemFeedModel::pageSize);
    CHECK(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * ItemFeedModel::pageSize);
    fetchAll(model);
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));

    // Newest first: the last item stored is the first row, the first one the last row.
    CHECK(idAt(model, 0) == ids.last());
    CHECK(idAt(model, 449) == ids.first());
    bool ordered = true;
    for (int row = 1; row < model.rowCount(); ++row)
        ordered = ordered && idAt(model, row - 1) > idAt(model, row);
    CHECK(ordered);
    CHECK(textAt(model, 0, ItemFeedModel::TextColumn) == u"Hello, question number 449"_s);
    CHECK(textAt(model, 0, ItemFeedModel::ChannelColumn) == u"Telegram · Shop bot"_s);
    CHECK(textAt(model, 0, ItemFeedModel::KindColumn) == u"Message"_s);
    CHECK(textAt(model, 0, ItemFeedModel::StatusColumn) == u"New"_s);
    CHECK(model.headerData(ItemFeedModel::TextColumn, Qt::Horizontal).toString() == u"Text"_s);

    // The same again under the model tester, which checks every signal and index on the way.
    fd::test::ModelTesterLog log;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setFilter({});
    CHECK(model.rowCount() == ItemFeedModel::pageSize);
    fetchAll(model);
    CHECK(model.rowCount() == 450);
    INFO(fd::test::ModelTesterLog::failures().toStdString());
    CHECK(fd::test::ModelTesterLog::failures().isEmpty());
}

TEST_CASE("Status, platform and search filters narrow the feed", "[ui][feed]")
{
    fd::test::TempStore store;
    const qint64 account = store.addAccount(Platform::Telegram, u"Shop bot"_s);
    const QList<qint64> ids = fd::test::fillInbox(store, account, 450);
    fd::test::setStatus(store, ids.mid(0, 30), ItemStatus::Closed);

    fd::test::ModelTesterLog log;
    ItemFeedModel model(fd::test::readerOf(store));
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);

    fd::core::ItemFilter closed;
    closed.statuses = {ItemStatus::Closed};
    model.setFilter(closed);
    fetchAll(model);
    CHECK(model.rowCount() == 30);
    CHECK(textAt(model, 0, ItemFeedModel::StatusColumn) == u"Closed"_s);

    fd::core::ItemFilter refunds;
    refunds.search = u"refund"_s;
    model.setFilter(refunds);
    fetchAll(model);
    CHECK(model.rowCount() == 45);
    CHECK(textAt(model, 0, ItemFeedModel::TextColumn) == u"Refund for order 440, please"_s);

    fd::core::ItemFilter closedRefunds = refunds;
    closedRefunds.statuses = {ItemStatus::Closed};
    model.setFilter(closedRefunds);
    fetchAll(model);
    CHECK(model.rowCount() == 3); // items 0, 10 and 20

    fd::core::ItemFilter onVk;
    onVk.platforms = {Platform::Vk};
    model.setFilter(onVk);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));

    model.setFilter({});
    fetchAll(model);
    CHECK(model.rowCount() == 450);

    INFO(fd::test::ModelTesterLog::failures().toStdString());
    CHECK(fd::test::ModelTesterLog::failures().isEmpty());
}

TEST_CASE("Customer text that looks like markup is shown as typed", "[ui][feed]")
{
    fd::test::TempStore store;
    const qint64 account = store.addAccount(Platform::Vk, u"Community"_s);
    fd::core::IngestBatch batch;
    batch.accountId = account;
    batch.items.append(fd::test::makeItem(u"1"_s, u"<b>bold</b> <img src=x>"_s));
    batch.items.append(fd::test::makeItem(u"2"_s, u"line one\n\n  line two\ttabbed"_s, u"u2"_s,
                                          u"Boris Orlov"_s, 1767225700));
    REQUIRE(fd::test::ingest(store.store(), batch).inserted == 2);

    ItemFeedModel model(fd::test::readerOf(store));
    REQUIRE(model.rowCount() == 2);
    CHECK(textAt(model, 1, ItemFeedModel::TextColumn) == u"<b>bold</b> <img src=x>"_s);
    // Tooltips guess at rich text, so the text goes there escaped: it reads exactly as typed.
    const QString tip = model.index(1, ItemFeedModel::TextColumn).data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(u"&lt;b&gt;bold&lt;/b&gt; &lt;img src=x&gt;"_s));
    CHECK_FALSE(tip.contains(u"<img"_s));
    // The preview is one line.
    CHECK(textAt(model, 0, ItemFeedModel::TextColumn) == u"line one line two tabbed"_s);
}

TEST_CASE("Feed rows say when, where and who in a glance", "[ui][feed]")
{
    fd::test::TempStore store;
    const qint64 account = store.addAccount(Platform::Instagram, u"Brand"_s);
    fd::core::IncomingItem in =
        fd::test::makeItem(u"c1"_s, QString(500, u'a'), u"u1"_s, u"Anna Petrova"_s, 1767225600);
    in.item.kind = fd::core::ItemKind::Comment;
    in.item.author.followers = 12345;
    in.item.author.city = u"Moscow"_s;
    in.post.externalId = u"p1"_s;
    in.post.text = u"Our new collection"_s;
    fd::core::IngestBatch batch;
    batch.accountId = account;
    batch.items.append(in);
    REQUIRE(fd::test::ingest(store.store(), batch).inserted == 1);

    ItemFeedModel model(fd::test::readerOf(store));
    REQUIRE(model.rowCount() == 1);
    const QDateTime created = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    model.setClock([created] { return created.addSecs(5 * 60 + 20); });
    CHECK(textAt(model, 0, ItemFeedModel::TimeColumn) == u"5 min"_s);
    model.setClock([created] { return created.addSecs(3 * 3600); });
    CHECK(textAt(model, 0, ItemFeedModel::TimeColumn) == u"3 h"_s);
    CHECK(model.index(0, ItemFeedModel::TimeColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QString::number(created.toLocalTime().date().year())));
    CHECK(textAt(model, 0, ItemFeedModel::ChannelColumn) == u"Instagram · Brand"_s);
    CHECK(textAt(model, 0, ItemFeedModel::KindColumn) == u"Comment"_s);
    CHECK(textAt(model, 0, ItemFeedModel::AuthorColumn) == u"Anna Petrova @anna"_s);
    CHECK(textAt(model, 0, ItemFeedModel::FollowersColumn) == u"12.3K"_s);
    CHECK(textAt(model, 0, ItemFeedModel::CityColumn) == u"Moscow"_s);
    CHECK(textAt(model, 0, ItemFeedModel::PostColumn) == u"Our new collection"_s);
    const QString preview = textAt(model, 0, ItemFeedModel::TextColumn);
    CHECK(preview.size() == 200);
    CHECK(preview.endsWith(u'…'));
}

TEST_CASE("Counts and ages are written the way people read them", "[ui][format]")
{
    using namespace fd::ui::format;
    CHECK(followers(-1).isEmpty());
    CHECK(followers(950) == u"950"_s);
    CHECK(followers(1000) == u"1K"_s);
    CHECK(followers(12345) == u"12.3K"_s);
    CHECK(followers(123456) == u"123K"_s);
    CHECK(followers(999999) == u"1M"_s);
    CHECK(followers(4500000) == u"4.5M"_s);

    const QDateTime now = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    CHECK(age(now.addSecs(-20), now) == u"now"_s);
    CHECK(age(now.addSecs(-5 * 60), now) == u"5 min"_s);
    CHECK(age(now.addSecs(-2 * 86400), now) == u"2 d"_s);
    CHECK(age(now.addSecs(30), now) == u"now"_s); // a clock a little ahead is no reason to panic

    CHECK(duration(40) == u"40 s"_s);
    CHECK(duration(12 * 60 + 59) == u"12 min"_s);
    CHECK(duration(3 * 3600) == u"3 h"_s);
    CHECK(duration(2 * 3600 + 5 * 60) == u"2 h 5 min"_s);
    CHECK(duration(3 * 86400 + 4 * 3600 + 59) == u"3 d 4 h"_s);
    CHECK(duration(-5) == u"0 s"_s);
}

TEST_CASE("A refresh merges store changes and keeps the current row", "[ui][feed]")
{
    fd::test::TempStore store;
    const qint64 account = store.addAccount(Platform::Telegram, u"Shop bot"_s);
    const QList<qint64> ids = fd::test::fillInbox(store, account, 450);

    fd::test::ModelTesterLog log;
    ItemFeedModel model(fd::test::readerOf(store));
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    fd::core::ItemFilter onlyNew;
    onlyNew.statuses = {ItemStatus::New};
    model.setFilter(onlyNew);
    model.fetchMore({}); // 400 of 450 loaded
    REQUIRE(model.rowCount() == 400);

    QItemSelectionModel selection(&model);
    const qint64 reading = ids.at(300);
    const int readingRow = model.rowOfItem(reading);
    REQUIRE(readingRow == 149);
    selection.setCurrentIndex(model.index(readingRow, 0), QItemSelectionModel::SelectCurrent);

    // Meanwhile: five new items arrive, two loaded ones are closed elsewhere, one is tagged…
    fd::core::IngestBatch batch;
    batch.accountId = account;
    for (int i = 0; i < 5; ++i)
        batch.items.append(fd::test::makeItem(u"new%1"_s.arg(i), u"Late question %1"_s.arg(i),
                                              u"u9"_s, u"Late Comer"_s, 1767225600 + 500 * 60 + i));
    REQUIRE(fd::test::ingest(store.store(), batch).inserted == 5);
    fd::test::setStatus(store, {ids.at(449), ids.at(200)}, ItemStatus::Closed);

    model.refresh();
    // The two loaded pages are read again: 5 new rows on top, 2 closed ones gone, and the 3
    // loaded rows beyond the fresh pages stay until the view asks for more.
    CHECK(model.rowCount() == 403);
    CHECK(model.index(0, ItemFeedModel::TextColumn).data().toString() == u"Late question 4"_s);
    CHECK(model.rowOfItem(ids.at(449)) == -1);
    CHECK(model.rowOfItem(ids.at(200)) == -1);
    CHECK(selection.currentIndex().data(ItemFeedModel::ItemIdRole).toLongLong() == reading);
    bool ordered = true;
    for (int row = 1; row < model.rowCount(); ++row)
        ordered = ordered && idAt(model, row - 1) > idAt(model, row);
    CHECK(ordered);
    fetchAll(model);
    CHECK(model.rowCount() == 453); // 455 new items less the two closed ones
    CHECK(model.rowOfItem(ids.at(0)) == 452);

    // Closing everything empties the feed on the next refresh.
    QList<qint64> all = ids;
    for (int row = 0; row < 5; ++row)
        all.append(idAt(model, row));
    fd::test::setStatus(store, all, ItemStatus::Closed);
    model.refresh();
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(selection.currentIndex().isValid());

    INFO(fd::test::ModelTesterLog::failures().toStdString());
    CHECK(fd::test::ModelTesterLog::failures().isEmpty());
}

TEST_CASE("Previews are one line of printable text", "[ui][format]")
{
    using fd::ui::format::preview;
    CHECK(preview(u"  one\n\ntwo\u2028three\tfour  "_s) == u"one two three four"_s);
    CHECK(preview(u"bell\x07 and\u0085next"_s) == u"bell and next"_s);
    CHECK(preview(u"\u202Eabc\u202C \u2066def\u2069"_s) == u"abc def"_s);
    // Joiners that build one emoji out of several stay.
    CHECK(preview(u"family 👨\u200D👩\u200D👧"_s) == u"family 👨\u200D👩\u200D👧"_s);
    const QString cut = preview(QString(10, u'a') + u"😀😀"_s, 12);
    CHECK(cut.size() <= 12);
    CHECK(cut.endsWith(u'…'));
    CHECK_FALSE(cut.at(cut.size() - 2).isHighSurrogate());
    CHECK(preview(u"exactly five"_s, 12) == u"exactly five"_s);
}

namespace {

// Runs `sql` in the store's writer, as another station or the CLI would write.
void writeSql(fd::test::TempStore &store, const QStringList &sql)
{
    auto done = store->write([sql](const QSqlDatabase &db) -> fd::core::StoreError {
        QSqlQuery q(db);
        for (const QString &statement : sql) {
            if (!q.exec(statement))
                return fd::core::StoreError::invalid(q.lastError().text());
        }
        return {};
    });
    done.waitForFinished();
    INFO(done.result().message.toStdString());
    REQUIRE(done.result().ok());
}

QString tipAt(const ItemFeedModel &model, int row, int column)
{
    return model.index(row, column).data(Qt::ToolTipRole).toString();
}

// Whether `text` holds a bidi embedding, override or isolate control.
bool hasBidiControls(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
    });
}

} // namespace

TEST_CASE("Rows show reach, city, the post, the comment answered and who has the item",
          "[ui][feed]")
{
    fd::test::TempStore store;
    const qint64 account = store.addAccount(Platform::Vk, u"Community"_s);
    fd::core::PostPreview post;
    post.externalId = u"wall-1_7"_s;
    post.text = u"Our new collection\nis here: <b>autumn</b> coats"_s;
    post.url = u"https://vk.com/wall-1_7"_s;
    // A question under the post, an answer to it from another customer, and a direct message.
    fd::core::IncomingItem question = fd::test::makeItem(u"c1"_s, u"Do you ship\nto Kazan?"_s,
                                                         u"u1"_s, u"Anna Petrova"_s, 1767225600);
    question.item.kind = fd::core::ItemKind::Comment;
    question.item.author.followers = 12345;
    question.item.author.city = u"Kazan"_s;
    question.post = post;
    fd::core::IncomingItem answer = fd::test::makeItem(u"c2"_s, u"They do, I got mine last week"_s,
                                                       u"u2"_s, u"Boris Orlov"_s, 1767225660);
    answer.item.kind = fd::core::ItemKind::Comment;
    answer.item.parentExternalId = u"c1"_s;
    answer.item.author.followers = 2'400'000;
    answer.post = post;
    fd::core::IncomingItem dm =
        fd::test::makeItem(u"d1"_s, u"Hello"_s, u"u3"_s, u"Emma Smith"_s, 1767225720);
    fd::core::IngestBatch batch;
    batch.accountId = account;
    batch.items = {question, answer, dm};
    const fd::core::IngestResult stored = fd::test::ingest(store.store(), batch);
    REQUIRE(stored.inserted == 3);
    writeSql(store,
             {u"INSERT INTO operators (id, login, display_name, created_at) VALUES "
              u"(1, 'maria', 'Maria Ivanova', 0)"_s,
              u"UPDATE items SET assignee_id = 1 WHERE id = %1"_s.arg(stored.insertedIds.at(1))});

    fd::test::ModelTesterLog log;
    ItemFeedModel model(fd::test::readerOf(store));
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model.rowCount() == 3);
    const int dmRow = model.rowOfItem(stored.insertedIds.at(2));
    const int answerRow = model.rowOfItem(stored.insertedIds.at(1));
    const int questionRow = model.rowOfItem(stored.insertedIds.at(0));

    // The name and handle stay together; reach and city have columns of their own.
    CHECK(textAt(model, questionRow, ItemFeedModel::AuthorColumn) == u"Anna Petrova @anna"_s);
    CHECK(textAt(model, questionRow, ItemFeedModel::FollowersColumn) == u"12.3K"_s);
    CHECK(tipAt(model, questionRow, ItemFeedModel::FollowersColumn).contains(u"12,345 follower"_s));
    CHECK(textAt(model, answerRow, ItemFeedModel::FollowersColumn) == u"2.4M"_s);
    CHECK(
        textAt(model, dmRow, ItemFeedModel::FollowersColumn).isEmpty()); // the platform did not say
    CHECK(tipAt(model, dmRow, ItemFeedModel::FollowersColumn).isEmpty());
    CHECK(model.index(questionRow, ItemFeedModel::FollowersColumn)
              .data(Qt::TextAlignmentRole)
              .toInt() == int(Qt::AlignRight | Qt::AlignVCenter));
    CHECK(textAt(model, questionRow, ItemFeedModel::CityColumn) == u"Kazan"_s);
    CHECK(textAt(model, dmRow, ItemFeedModel::CityColumn).isEmpty());

    // The post, on one line, markup as typed; the whole of it (and its link) in the tooltip.
    CHECK(textAt(model, questionRow, ItemFeedModel::PostColumn) ==
          u"Our new collection is here: <b>autumn</b> coats"_s);
    const QString postTip = tipAt(model, questionRow, ItemFeedModel::PostColumn);
    CHECK(postTip.contains(u"&lt;b&gt;autumn&lt;/b&gt;"_s));
    CHECK(postTip.contains(u"https://vk.com/wall-1_7"_s));
    CHECK_FALSE(postTip.contains(u"<b>"_s));
    CHECK(textAt(model, dmRow, ItemFeedModel::PostColumn).isEmpty());

    // Only the reply says what it answers.
    CHECK(textAt(model, answerRow, ItemFeedModel::ParentColumn) == u"Do you ship to Kazan?"_s);
    CHECK(tipAt(model, answerRow, ItemFeedModel::ParentColumn).contains(u"Do you ship"_s));
    CHECK(textAt(model, questionRow, ItemFeedModel::ParentColumn).isEmpty());
    // With those columns hidden, the text's tooltip still says what it answers and where.
    const QString textTip = tipAt(model, answerRow, ItemFeedModel::TextColumn);
    CHECK(textTip.contains(u"Under the post: Our new collection is here"_s));
    CHECK(textTip.contains(u"In reply to: Do you ship to Kazan?"_s));
    CHECK(tipAt(model, questionRow, ItemFeedModel::ParentColumn).isEmpty());

    CHECK(textAt(model, answerRow, ItemFeedModel::AssigneeColumn) == u"Maria Ivanova"_s);
    CHECK(tipAt(model, answerRow, ItemFeedModel::AssigneeColumn).contains(u"Maria Ivanova"_s));
    CHECK(textAt(model, questionRow, ItemFeedModel::AssigneeColumn).isEmpty());

    CHECK(model.headerData(ItemFeedModel::FollowersColumn, Qt::Horizontal).toString() ==
          u"Followers"_s);
    CHECK(model.headerData(ItemFeedModel::ParentColumn, Qt::Horizontal).toString() ==
          u"In reply to"_s);
    CHECK(model.headerData(ItemFeedModel::AssigneeColumn, Qt::Horizontal).toString() ==
          u"Assignee"_s);

    INFO(fd::test::ModelTesterLog::failures().toStdString());
    CHECK(fd::test::ModelTesterLog::failures().isEmpty());
}

TEST_CASE("Right-to-left text and bidi controls stay inside their own column", "[ui][feed]")
{
    fd::test::TempStore store;
    const qint64 account = store.addAccount(Platform::Telegram, u"Shop bot"_s);
    fd::core::PostPreview post;
    post.externalId = u"p1"_s;
    post.text = u"\u202Egnp.exe\u202C sale \u2067שלום\u2069"_s;
    fd::core::IncomingItem parent =
        fd::test::makeItem(u"c1"_s, u"مرحبا\u202E reversed"_s, u"u1"_s, u"Anna Petrova"_s);
    parent.item.kind = fd::core::ItemKind::Comment;
    parent.post = post;
    fd::core::IncomingItem reply = fd::test::makeItem(u"c2"_s, u"\u202Dforced\u200F\uFEFF text"_s,
                                                      u"u2"_s, u"\u202Emalicious"_s, 1767225660);
    reply.item.kind = fd::core::ItemKind::Comment;
    reply.item.parentExternalId = u"c1"_s;
    reply.item.author.city = u"\u202BТверь\u202C"_s;
    reply.post = post;
    fd::core::IngestBatch batch;
    batch.accountId = account;
    batch.items = {parent, reply};
    REQUIRE(fd::test::ingest(store.store(), batch).inserted == 2);

    ItemFeedModel model(fd::test::readerOf(store));
    REQUIRE(model.rowCount() == 2);
    for (int column = 0; column < ItemFeedModel::ColumnCount; ++column) {
        INFO("column " << column);
        CHECK_FALSE(hasBidiControls(textAt(model, 0, column)));
        CHECK_FALSE(hasBidiControls(textAt(model, 1, column)));
    }
    CHECK(textAt(model, 0, ItemFeedModel::PostColumn) == u"gnp.exe sale שלום"_s);
    CHECK(textAt(model, 0, ItemFeedModel::ParentColumn) == u"مرحبا reversed"_s);
    // Marks that only shape their neighbours stay; the byte order mark goes.
    CHECK(textAt(model, 0, ItemFeedModel::TextColumn) == u"forced\u200F text"_s);
    CHECK(textAt(model, 0, ItemFeedModel::AuthorColumn) == u"malicious @malicious"_s);
    CHECK(textAt(model, 0, ItemFeedModel::CityColumn) == u"Тверь"_s);
    // The author's tooltip keeps its lines in order too.
    const QString authorTip = tipAt(model, 0, ItemFeedModel::AuthorColumn);
    CHECK_FALSE(hasBidiControls(authorTip));
    CHECK(authorTip.contains(u"Тверь"_s));
}

TEST_CASE("The response clock turns amber at half the target and red past it", "[ui][feed][sla]")
{
    fd::test::TempStore store;
    const qint64 account = store.addAccount(Platform::Telegram, u"Shop bot"_s);
    const QList<qint64> ids = fd::test::fillInbox(store, account, 5);
    // Oldest first: new, open, answered (waiting for the customer), closed, and our own reply.
    fd::test::setStatus(store, {ids.at(1)}, ItemStatus::Open);
    fd::test::setStatus(store, {ids.at(2)}, ItemStatus::Waiting);
    fd::test::setStatus(store, {ids.at(3)}, ItemStatus::Closed);
    writeSql(store, {u"UPDATE items SET direction = 'out' WHERE id = %1"_s.arg(ids.at(4))});

    fd::test::ModelTesterLog log;
    ItemFeedModel model(fd::test::readerOf(store));
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    fd::core::ItemFilter withOurs;
    withOurs.includeOutgoing = true; // as a thread or a filtered view may show them
    model.setFilter(withOurs);
    REQUIRE(model.rowCount() == 5);
    const QPalette palette = QGuiApplication::palette();
    const QColor calm = fd::ui::Theme::color(fd::ui::Theme::Role::SlaCalm, palette);
    const QColor warning = fd::ui::Theme::color(fd::ui::Theme::Role::SlaWarning, palette);
    const QColor late = fd::ui::Theme::color(fd::ui::Theme::Role::SlaLate, palette);
    const auto colourOf = [&](qint64 id) {
        return model.index(model.rowOfItem(id), ItemFeedModel::TimeColumn)
            .data(Qt::ForegroundRole)
            .value<QColor>();
    };
    const auto isBold = [&](qint64 id) {
        const QVariant font =
            model.index(model.rowOfItem(id), ItemFeedModel::TimeColumn).data(Qt::FontRole);
        return font.isValid() && font.value<QFont>().bold();
    };

    // The item written at `created` (the first one), seen `secs` later, with a 20 min target.
    model.setResponseTarget(20);
    CHECK(model.responseTarget() == 20);
    const QDateTime created = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    const auto seenAfter = [&](qint64 secs) {
        model.setClock([created, secs] { return created.addSecs(secs); });
    };
    const qint64 fresh = ids.at(0);
    const qint64 open = ids.at(1); // written a minute after the first

    seenAfter(9 * 60 + 59); // just under half the target
    CHECK(colourOf(fresh) == calm);
    CHECK_FALSE(isBold(fresh));
    CHECK(textAt(model, model.rowOfItem(fresh), ItemFeedModel::TimeColumn) == u"9 min"_s);
    CHECK(tipAt(model, model.rowOfItem(fresh), ItemFeedModel::TimeColumn)
              .contains(u"Waiting for an answer for 9 min — target 20 min"_s));

    seenAfter(10 * 60); // half the target
    CHECK(colourOf(fresh) == warning);
    CHECK(colourOf(open) == calm); // a minute younger
    CHECK_FALSE(isBold(fresh));

    seenAfter(20 * 60 - 1);
    CHECK(colourOf(fresh) == warning);
    seenAfter(20 * 60); // the target
    CHECK(colourOf(fresh) == late);
    CHECK(isBold(fresh));
    CHECK(colourOf(open) == warning);
    seenAfter(3 * 3600 + 5 * 60);
    CHECK(colourOf(open) == late);
    CHECK(tipAt(model, model.rowOfItem(fresh), ItemFeedModel::TimeColumn)
              .contains(u"Waiting for an answer for 3 h 5 min — target 20 min"_s));

    // Answered, closed and our own items show their age plainly.
    for (qint64 id : {ids.at(2), ids.at(3), ids.at(4)}) {
        INFO("item " << id);
        CHECK_FALSE(model.index(model.rowOfItem(id), ItemFeedModel::TimeColumn)
                        .data(Qt::ForegroundRole)
                        .isValid());
        CHECK_FALSE(isBold(id));
        CHECK_FALSE(
            tipAt(model, model.rowOfItem(id), ItemFeedModel::TimeColumn).contains(u"Waiting"_s));
    }

    // A longer target calms the same wait down again.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setResponseTarget(24 * 60);
    CHECK(colourOf(fresh) == calm);
    REQUIRE(changed.count() == 1);

    // As time passes the clock moves on by itself: the Time column only, every loaded row.
    changed.clear();
    model.updateAges();
    REQUIRE(changed.count() == 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    CHECK(topLeft == model.index(0, ItemFeedModel::TimeColumn));
    CHECK(bottomRight == model.index(4, ItemFeedModel::TimeColumn));
    CHECK(changed.at(0).at(2).value<QList<int>>().contains(Qt::ForegroundRole));

    INFO(fd::test::ModelTesterLog::failures().toStdString());
    CHECK(fd::test::ModelTesterLog::failures().isEmpty());
}

TEST_CASE("Response clock colours are readable on light and dark backgrounds", "[ui][theme]")
{
    using fd::ui::Theme;
    CHECK(Theme::contrast(Qt::black, Qt::white) == Approx(21.0));
    CHECK(Theme::contrast(Qt::white, Qt::white) == Approx(1.0));

    const auto paletteOf = [](const QColor &window, const QColor &base) {
        QPalette palette(window);
        palette.setColor(QPalette::Base, base);
        return palette;
    };
    // Light and dark themes people use, with their alternate row shades.
    const QList<QPalette> light{paletteOf(QColor(0xefefef), QColor(0xffffff)),
                                paletteOf(QColor(0xf5f5f5), QColor(0xf7f7f7)),
                                paletteOf(QColor(0xdedede), QColor(0xededed))};
    const QList<QPalette> dark{paletteOf(QColor(0x353535), QColor(0x2a2a2a)),
                               paletteOf(QColor(0x1e1e1e), QColor(0x121212)),
                               paletteOf(QColor(0x31363b), QColor(0x232629)),
                               paletteOf(QColor(0x3c3c3c), QColor(0x353535))};
    for (const QPalette &palette : light)
        CHECK_FALSE(Theme::isDark(palette));
    for (const QPalette &palette : dark)
        CHECK(Theme::isDark(palette));
    for (Theme::Role role : {Theme::Role::SlaCalm, Theme::Role::SlaWarning, Theme::Role::SlaLate}) {
        for (const QPalette &palette : light + dark) {
            const QColor colour = Theme::color(role, palette);
            INFO("role " << int(role) << " colour " << colour.name().toStdString() << " on "
                         << palette.color(QPalette::Base).name().toStdString());
            CHECK(Theme::contrast(colour, palette.color(QPalette::Base)) >= 4.5);
        }
    }
    // Three states that tell apart.
    const QPalette palette = light.first();
    CHECK(Theme::color(Theme::Role::SlaCalm, palette) !=
          Theme::color(Theme::Role::SlaWarning, palette));
    CHECK(Theme::color(Theme::Role::SlaWarning, palette) !=
          Theme::color(Theme::Role::SlaLate, palette));
}
