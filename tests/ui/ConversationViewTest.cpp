#include "UiTestSupport.h"

#include "ConversationView.h"

#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;
using fd::core::Direction;
using fd::core::Platform;
using fd::ui::ConversationView;

namespace {

fd::core::ItemQueries queriesOf(fd::test::TempStore &store)
{
    auto reader = store->reader();
    INFO(reader.error().message.toStdString());
    REQUIRE(reader.ok());
    return fd::core::ItemQueries(reader.value());
}

qint64 threadOf(fd::test::TempStore &store, qint64 itemId)
{
    auto row = queriesOf(store).item(itemId);
    REQUIRE(row.ok());
    return row->item.threadId;
}

// The texts on screen, top to bottom (labels are created in reading order).
QList<QLabel *> messageTexts(const ConversationView &view)
{
    return view.findChildren<QLabel *>(u"messageText"_s);
}

} // namespace

TEST_CASE("A conversation shows every item of its thread in order, as plain text",
          "[ui][conversation]")
{
    fd::test::TempStore store;
    const qint64 account = store.addAccount(Platform::Telegram, u"Shop bot"_s);
    fd::core::IngestBatch batch;
    batch.accountId = account;
    const qint64 t0 = 1767225600;
    batch.items.append(fd::test::makeItem(u"1"_s, u"Hello!"_s, u"u1"_s, u"Anna Petrova"_s, t0));
    batch.items.append(
        fd::test::makeItem(u"2"_s, u"<b>not bold</b> <img src=x> <a href=\"http://x\">x</a>"_s,
                           u"u1"_s, u"Anna Petrova"_s, t0 + 60));
    fd::core::IncomingItem reply = fd::test::makeItem(u"3"_s, u"Hi Anna, how can we help?"_s,
                                                      u"bot"_s, u"Shop bot"_s, t0 + 120);
    reply.item.direction = Direction::Outgoing;
    reply.threadExternalId = u"dm:u1"_s;
    batch.items.append(reply);
    batch.items.append(
        fd::test::makeItem(u"4"_s, u"Line one\nline two"_s, u"u1"_s, u"Anna Petrova"_s, t0 + 180));
    // Someone else's dialog, which must not show up.
    batch.items.append(
        fd::test::makeItem(u"5"_s, u"Other dialog"_s, u"u2"_s, u"Boris Orlov"_s, t0));
    const fd::core::IngestResult result = fd::test::ingest(store.store(), batch);
    REQUIRE(result.inserted == 5);
    const QList<qint64> ids = result.insertedIds;

    ConversationView view(queriesOf(store));
    view.resize(700, 900);
    view.show();

    const auto *empty = view.findChild<QLabel *>(u"conversation.emptyText"_s);
    REQUIRE(empty);
    CHECK(empty->isVisible());

    const qint64 thread = threadOf(store, ids.at(1));
    REQUIRE(thread == threadOf(store, ids.at(2))); // the reply is part of the dialog
    view.showThread(thread, ids.at(1));
    CHECK_FALSE(empty->isVisible());
    CHECK(view.shownItems() == 4);

    const QList<QLabel *> texts = messageTexts(view);
    REQUIRE(texts.size() == 4);
    CHECK(texts.at(0)->text() == u"Hello!"_s);
    CHECK(texts.at(1)->text() == u"<b>not bold</b> <img src=x> <a href=\"http://x\">x</a>"_s);
    CHECK(texts.at(2)->text() == u"Hi Anna, how can we help?"_s);
    CHECK(texts.at(3)->text() == u"Line one\nline two"_s);
    for (QLabel *label : texts) {
        CHECK(label->textFormat() == Qt::PlainText);
        CHECK_FALSE(label->openExternalLinks());
    }

    // Our reply stands apart from the customer's messages.
    const QList<QWidget *> bubbles = view.findChildren<QWidget *>(u"conversation.message"_s);
    REQUIRE(bubbles.size() == 4);
    CHECK_FALSE(bubbles.at(0)->property("outgoing").toBool());
    CHECK(bubbles.at(2)->property("outgoing").toBool());
    CHECK(bubbles.at(2)->palette().color(QPalette::Window) !=
          bubbles.at(0)->palette().color(QPalette::Window));
    CHECK(bubbles.at(2)->geometry().left() > bubbles.at(0)->geometry().left());

    const auto *title = view.findChild<QLabel *>(u"conversation.title"_s);
    REQUIRE(title);
    CHECK(title->text() == u"Telegram · Shop bot"_s);
    const auto *subtitle = view.findChild<QLabel *>(u"conversation.subtitle"_s);
    REQUIRE(subtitle);
    CHECK(subtitle->text() == u"Direct messages with Anna Petrova"_s);

    view.clear();
    CHECK(empty->isVisible());
    CHECK(view.threadId() == 0);
}

TEST_CASE("A comment thread shows its post, and a reload picks up edits", "[ui][conversation]")
{
    fd::test::TempStore store;
    const qint64 account = store.addAccount(Platform::Vk, u"Community"_s);
    fd::core::IngestBatch batch;
    batch.accountId = account;
    for (int i = 0; i < 3; ++i) {
        fd::core::IncomingItem in =
            fd::test::makeItem(u"c%1"_s.arg(i), u"Comment %1"_s.arg(i), u"u%1"_s.arg(i),
                               u"Person %1"_s.arg(i), 1767225600 + i * 60);
        in.item.kind = fd::core::ItemKind::Comment;
        in.post.externalId = u"p1"_s;
        in.post.text = u"Our <i>new</i> collection\nis here"_s;
        batch.items.append(in);
    }
    const fd::core::IngestResult result = fd::test::ingest(store.store(), batch);
    REQUIRE(result.inserted == 3);

    ConversationView view(queriesOf(store));
    view.resize(700, 900);
    view.show();
    view.showThread(threadOf(store, result.insertedIds.first()));

    const auto *post = view.findChild<QLabel *>(u"conversation.post"_s);
    REQUIRE(post);
    CHECK(post->isVisible());
    CHECK(post->textFormat() == Qt::PlainText);
    CHECK(post->text() == u"Post: Our <i>new</i> collection is here"_s);
    CHECK(messageTexts(view).size() == 3);

    // Nothing changed: the widgets stay as they are.
    QLabel *first = messageTexts(view).first();
    view.reload();
    CHECK(messageTexts(view).first() == first);

    // The platform reports an edit: the reload shows it.
    fd::core::IngestBatch edit;
    edit.accountId = account;
    fd::core::IncomingItem edited =
        fd::test::makeItem(u"c0"_s, u"Comment 0, edited"_s, u"u0"_s, u"Person 0"_s, 1767225600);
    edited.item.kind = fd::core::ItemKind::Comment;
    edited.post.externalId = u"p1"_s;
    edit.items.append(edited);
    REQUIRE(fd::test::ingest(store.store(), edit).edited == 1);
    view.reload();
    REQUIRE(messageTexts(view).size() == 3);
    CHECK(messageTexts(view).first()->text() == u"Comment 0, edited"_s);
}

TEST_CASE("A long thread opens at its newest items", "[ui][conversation]")
{
    fd::test::TempStore store;
    const qint64 account = store.addAccount(Platform::Telegram, u"Shop bot"_s);
    fd::core::IngestBatch batch;
    batch.accountId = account;
    const int total = ConversationView::initialItems + 25;
    for (int i = 0; i < total; ++i)
        batch.items.append(fd::test::makeItem(u"m%1"_s.arg(i), u"Message %1"_s.arg(i), u"u1"_s,
                                              u"Anna Petrova"_s, 1767225600 + i * 60));
    const fd::core::IngestResult result = fd::test::ingest(store.store(), batch);
    REQUIRE(result.inserted == total);

    ConversationView view(queriesOf(store));
    view.showThread(threadOf(store, result.insertedIds.last()), result.insertedIds.last());
    CHECK(view.shownItems() == ConversationView::initialItems);
    CHECK(messageTexts(view).first()->text() == u"Message 25"_s);
    auto *more = view.findChild<QPushButton *>(u"conversation.showEarlier"_s);
    REQUIRE(more);
    CHECK(more->text() == u"Show 25 earlier items"_s);
    more->click();
    CHECK(view.shownItems() == total);
    CHECK(messageTexts(view).first()->text() == u"Message 0"_s);
}
