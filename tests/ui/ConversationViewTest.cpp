#include "UiTestSupport.h"

#include "ConversationView.h"
#include "WebLink.h"
#include "console/InboxActions.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;
using fd::core::Direction;
using fd::core::Platform;
using fd::test::readerOf;
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

    fd::core::InboxActions actions(store.store(), fd::core::Actor::local());
    ConversationView view(queriesOf(store), fd::core::ConsoleQueries(readerOf(store)), actions);
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

    fd::core::InboxActions actions(store.store(), fd::core::Actor::local());
    ConversationView view(queriesOf(store), fd::core::ConsoleQueries(readerOf(store)), actions);
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

    // A post of only a photo says so instead of an empty "Post:".
    fd::core::IngestBatch photo;
    photo.accountId = account;
    fd::core::IncomingItem under = fd::test::makeItem(u"c9"_s, u"Nice!"_s, u"u9"_s, u"Person 9"_s);
    under.item.kind = fd::core::ItemKind::Comment;
    under.post.externalId = u"p2"_s;
    photo.items.append(under);
    const fd::core::IngestResult photoResult = fd::test::ingest(store.store(), photo);
    REQUIRE(photoResult.inserted == 1);
    view.showThread(threadOf(store, photoResult.insertedIds.first()));
    CHECK(post->isVisible());
    CHECK(post->text() == u"A post without text: open it on the platform to see it."_s);
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

    fd::core::InboxActions actions(store.store(), fd::core::Actor::local());
    ConversationView view(queriesOf(store), fd::core::ConsoleQueries(readerOf(store)), actions);
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

TEST_CASE("Only web addresses are links that may be opened", "[ui][conversation][link]")
{
    using fd::ui::webLink;
    CHECK(webLink(u"https://vk.com/wall-1_2"_s) == QUrl(u"https://vk.com/wall-1_2"_s));
    CHECK(webLink(u"  HTTP://Example.com/a?b=c  "_s).host() == u"example.com"_s);
    for (const QString &hostile :
         {u"javascript:alert(1)"_s, u"JavaScript://example.com/%0aalert(1)"_s,
          u"file:///etc/passwd"_s, u"data:text/html,<script>x</script>"_s, u"ftp://example.com"_s,
          u"tg://resolve?domain=x"_s, u"/relative/path"_s, u"http://"_s, u"https:///x"_s,
          u"not a url at all"_s, QString()}) {
        INFO(hostile.toStdString());
        CHECK(webLink(hostile).isEmpty());
    }
}

TEST_CASE("The post opens on the platform; a message without an address offers nothing",
          "[ui][conversation][link]")
{
    fd::test::TempStore store;
    const qint64 vk = store.addAccount(Platform::Vk, u"Community"_s);
    fd::core::IngestBatch batch;
    batch.accountId = vk;
    fd::core::IncomingItem comment = fd::test::makeItem(u"c1"_s, u"Nice!"_s, u"u1"_s);
    comment.item.kind = fd::core::ItemKind::Comment;
    comment.item.url = u"https://vk.com/wall-1_2?reply=3"_s;
    comment.post.externalId = u"p1"_s;
    comment.post.text = u"New collection"_s;
    comment.post.url = u"https://vk.com/wall-1_2"_s;
    batch.items.append(comment);
    // A DM with no address, and one whose address came from a hostile payload.
    batch.items.append(fd::test::makeItem(u"d1"_s, u"Hello"_s, u"u2"_s, u"Boris Orlov"_s));
    fd::core::IncomingItem hostile =
        fd::test::makeItem(u"d2"_s, u"Click me"_s, u"u3"_s, u"Zofia Nowak"_s);
    hostile.item.url = u"javascript:alert(document.cookie)"_s;
    batch.items.append(hostile);
    const fd::core::IngestResult result = fd::test::ingest(store.store(), batch);
    REQUIRE(result.inserted == 3);

    fd::core::InboxActions actions(store.store(), fd::core::Actor::local());
    ConversationView view(queriesOf(store), fd::core::ConsoleQueries(readerOf(store)), actions);
    QList<QUrl> opened;
    view.setLinkOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    view.resize(700, 900);
    view.show();
    QAction *open = view.openOnPlatformAction();
    auto *button = view.findChild<QToolButton *>(u"conversation.open"_s);
    REQUIRE(button);

    // Nothing shown yet: nothing to open.
    CHECK_FALSE(open->isVisible());

    view.showThread(threadOf(store, result.insertedIds.at(0)), result.insertedIds.at(0));
    CHECK(open->isVisible());
    CHECK(open->isEnabled());
    CHECK(button->isVisible());
    CHECK(button->toolTip().contains(u"https://vk.com/wall-1_2"_s));
    CHECK(view.linkAddress() == u"https://vk.com/wall-1_2"_s);
    open->trigger();
    REQUIRE(opened.size() == 1);
    CHECK(opened.first() == QUrl(u"https://vk.com/wall-1_2"_s));

    // Each message that has an address opens it from its own menu.
    const auto bubbles = view.findChildren<QWidget *>(u"conversation.message"_s);
    REQUIRE(bubbles.size() == 1);
    CHECK(bubbles.first()->contextMenuPolicy() == Qt::ActionsContextMenu);
    auto *openMessage = bubbles.first()->findChild<QAction *>(u"message.open"_s);
    REQUIRE(openMessage);
    CHECK(openMessage->isEnabled());
    openMessage->trigger();
    REQUIRE(opened.size() == 2);
    CHECK(opened.last() == QUrl(u"https://vk.com/wall-1_2?reply=3"_s));

    // A DM without an address: no button, no menu entry.
    view.showThread(threadOf(store, result.insertedIds.at(1)), result.insertedIds.at(1));
    CHECK_FALSE(open->isVisible());
    CHECK_FALSE(button->isVisible());
    CHECK(view.linkAddress().isEmpty());
    const auto plain = view.findChildren<QWidget *>(u"conversation.message"_s);
    REQUIRE_FALSE(plain.isEmpty());
    CHECK_FALSE(plain.last()->findChild<QAction *>(u"message.open"_s));

    // A hostile address is shown for what it is and never handed to the browser.
    view.showThread(threadOf(store, result.insertedIds.at(2)), result.insertedIds.at(2));
    CHECK(open->isVisible());
    CHECK_FALSE(open->isEnabled());
    CHECK(button->toolTip().contains(u"not opened"_s));
    open->trigger();
    CHECK_FALSE(view.openLink(view.linkAddress()));
    CHECK_FALSE(view.openLink(u"file:///etc/passwd"_s));
    const auto messages = view.findChildren<QWidget *>(u"conversation.message"_s);
    auto *refused = messages.last()->findChild<QAction *>(u"message.open"_s);
    REQUIRE(refused);
    CHECK_FALSE(refused->isEnabled());
    refused->trigger();
    CHECK(opened.size() == 2);
}
