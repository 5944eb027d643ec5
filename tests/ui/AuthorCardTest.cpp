// The author card: who wrote the current item, everything else they wrote to our accounts on
// that platform, and the team's notes about them.
#include "UiTestSupport.h"

#include "AuthorCardDock.h"
#include "AuthorItemsModel.h"
#include "ConversationView.h"
#include "DockRegistry.h"
#include "InboxDock.h"
#include "ItemFeedModel.h"
#include "NoteWidgets.h"
#include "console/ConsoleQueries.h"
#include "console/InboxActions.h"

#include <QAbstractItemModelTester>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using fd::core::Platform;
using fd::test::kStart;
using fd::test::readerOf;
using fd::ui::AuthorCardDock;
using fd::ui::AuthorItemsModel;

namespace {

QString labelText(const QWidget &parent, const QString &name)
{
    const auto *label = parent.findChild<QLabel *>(name);
    REQUIRE(label);
    return label->text();
}

QStringList shownTexts(const AuthorCardDock &card)
{
    QStringList texts;
    const QAbstractItemModel *model = card.itemsView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, AuthorItemsModel::TextColumn).data().toString();
    return texts;
}

QStringList shownNotes(const AuthorCardDock &card)
{
    QStringList notes;
    const auto cards = card.findChildren<QFrame *>(u"author.noteCard"_s);
    for (const QFrame *note : cards)
        notes << note->findChild<QLabel *>(u"noteText"_s)->text();
    return notes;
}

// Anna writes to two Telegram bots and to the VK community; Boris writes once.
struct People
{
    People()
    {
        shop = store.addAccount(Platform::Telegram, u"Shop bot"_s);
        support = store.addAccount(Platform::Telegram, u"Support bot"_s);
        vk = store.addAccount(Platform::Vk, u"Community"_s);
        fd::core::IncomingItem first =
            fd::test::makeItem(u"1"_s, u"Where is my order?"_s, u"u1"_s, u"Anna Petrova"_s, kStart);
        first.item.author.followers = 12300;
        first.item.author.city = u"Kazan"_s;
        annaShop = add(shop, first);
        annaSupport = add(support, fd::test::makeItem(u"2"_s, u"The app crashes"_s, u"u1"_s,
                                                      u"Anna Petrova"_s, kStart + 3600));
        annaShopLater = add(shop, fd::test::makeItem(u"3"_s, u"Any news?"_s, u"u1"_s,
                                                     u"Anna Petrova"_s, kStart + 7200));
        // The same platform id on VK is someone else as far as the store can tell.
        annaVk = add(vk, fd::test::makeItem(u"4"_s, u"Hello from VK"_s, u"u1"_s, u"Anna Petrova"_s,
                                            kStart + 60));
        boris =
            add(shop, fd::test::makeItem(u"5"_s, u"Hi"_s, u"u2"_s, u"Boris Orlov"_s, kStart + 120));
    }
    qint64 add(qint64 account, fd::core::IncomingItem item)
    {
        fd::core::IngestBatch batch;
        batch.accountId = account;
        batch.items.append(std::move(item));
        const fd::core::IngestResult result = fd::test::ingest(store.store(), batch);
        REQUIRE(result.inserted == 1);
        return result.insertedIds.first();
    }
    fd::core::ItemRow row(qint64 id)
    {
        const auto r = fd::core::ItemQueries(readerOf(store)).item(id);
        REQUIRE(r.ok());
        return *r;
    }

    fd::test::TempStore store;
    qint64 shop = 0, support = 0, vk = 0;
    qint64 annaShop = 0, annaSupport = 0, annaShopLater = 0, annaVk = 0, boris = 0;
};

} // namespace

TEST_CASE("The author card shows who wrote the item and everything else they wrote", "[ui][author]")
{
    People p;
    fd::core::InboxActions actions(p.store.store(), fd::core::Actor::local());
    AuthorCardDock card(fd::core::ItemQueries(readerOf(p.store)),
                        fd::core::ConsoleQueries(readerOf(p.store)), actions);
    fd::test::ModelTesterLog log;
    QAbstractItemModelTester tester(card.itemsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    const QDateTime firstSeen = p.row(p.annaShop).item.author.firstSeen;
    REQUIRE(firstSeen.isValid());
    card.setClock([firstSeen] { return firstSeen.addDays(3); });
    card.resize(360, 700);
    card.show();

    CHECK(labelText(card, u"author.emptyText"_s).startsWith(u"Select an item"_s));

    card.showItem(p.annaShop);
    CHECK(labelText(card, u"author.name"_s) == u"Anna Petrova"_s);
    CHECK(labelText(card, u"author.handle"_s) == u"@anna · Telegram"_s);
    CHECK(labelText(card, u"author.reach"_s) == u"12.3K followers · Kazan"_s);
    const QString seen = labelText(card, u"author.firstSeen"_s);
    CHECK(seen.startsWith(u"First seen "_s));
    CHECK(seen.contains(QLocale().toString(firstSeen.toLocalTime(), QLocale::ShortFormat)));
    CHECK(seen.contains(u"3 day"_s));
    // People are known per platform, and the card says so.
    CHECK(labelText(card, u"author.scope"_s).contains(u"per platform"_s));

    // Both Telegram bots, newest first; not the VK author with the same id, not Boris.
    CHECK(labelText(card, u"author.itemsTitle"_s) == u"Their items (3)"_s);
    CHECK(shownTexts(card) ==
          QStringList{u"Any news?"_s, u"The app crashes"_s, u"Where is my order?"_s});
    const QAbstractItemModel *model = card.itemsView()->model();
    CHECK(model->index(1, AuthorItemsModel::ChannelColumn).data().toString() ==
          u"Telegram · Support bot"_s);
    // The item open in the conversation stands out.
    CHECK(model->index(2, 0).data(Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(model->index(0, 0).data(Qt::FontRole).value<QFont>().bold());

    // Another of Anna's items: the same card, the mark moves.
    card.showItem(p.annaShopLater);
    CHECK(shownTexts(card).size() == 3);
    CHECK(model->index(0, 0).data(Qt::FontRole).value<QFont>().bold());

    card.showItem(p.annaVk);
    CHECK(labelText(card, u"author.handle"_s) == u"@anna · VK"_s);
    CHECK(shownTexts(card) == QStringList{u"Hello from VK"_s});

    card.showItem(p.boris);
    CHECK(labelText(card, u"author.name"_s) == u"Boris Orlov"_s);
    CHECK(labelText(card, u"author.reach"_s).isEmpty());
    CHECK(shownTexts(card) == QStringList{u"Hi"_s});

    // A new message from Boris shows after a reload, as after any commit.
    p.add(p.support,
          fd::test::makeItem(u"6"_s, u"Still there?"_s, u"u2"_s, u"Boris Orlov"_s, kStart + 9000));
    card.reload();
    CHECK(shownTexts(card) == QStringList{u"Still there?"_s, u"Hi"_s});
    CHECK(labelText(card, u"author.itemsTitle"_s) == u"Their items (2)"_s);

    card.showItem(0);
    CHECK(card.authorId() == 0);
    CHECK(model->rowCount() == 0);
    INFO(fd::test::ModelTesterLog::failures().toStdString());
    CHECK(fd::test::ModelTesterLog::failures().isEmpty());
}

TEST_CASE("Notes about the author are shown with who wrote them and added from the card",
          "[ui][author][notes]")
{
    People p;
    const fd::core::Actor irina{0, u"irina"_s, u"Irina"_s, u"desk-3"_s};
    fd::core::InboxActions actions(p.store.store(), irina);
    fd::core::InboxActions otherStation(p.store.store(), {0, u"oleg"_s, u"Oleg"_s, u"desk-7"_s});
    const qint64 anna = p.row(p.annaShop).item.author.id;
    REQUIRE(fd::test::resultOf(otherStation.addAuthorNote(anna, u"VIP since 2024"_s)).ok());

    AuthorCardDock card(fd::core::ItemQueries(readerOf(p.store)),
                        fd::core::ConsoleQueries(readerOf(p.store)), actions);
    card.resize(360, 700);
    fd::test::showActive(card);
    card.showItem(p.annaSupport);
    CHECK(shownNotes(card) == QStringList{u"VIP since 2024"_s});
    const auto *header =
        card.findChild<QFrame *>(u"author.noteCard"_s)->findChild<QLabel *>(u"noteHeader"_s);
    CHECK(header->text().startsWith(u"Internal note · Oleg · "_s));

    QPlainTextEdit *field = card.noteEditor()->field();
    field->setFocus();
    fd::test::typeText(field, u"Prefers <i>email</i>, not calls"_s);
    QTest::keyClick(field, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return card.shownNotes() == 2; }));
    CHECK(shownNotes(card) ==
          QStringList{u"VIP since 2024"_s, u"Prefers <i>email</i>, not calls"_s});
    CHECK(field->toPlainText().isEmpty());
    const auto stored = fd::core::ConsoleQueries(readerOf(p.store)).authorNotes(anna);
    REQUIRE(stored->size() == 2);
    CHECK(stored->last().operatorName == u"Irina"_s);
    CHECK(stored->last().body == u"Prefers <i>email</i>, not calls"_s);
    for (const QLabel *text : card.findChildren<QLabel *>(u"noteText"_s))
        CHECK(text->textFormat() == Qt::PlainText);

    // The button adds too; notes belong to the person, so Boris has none of Anna's.
    fd::test::typeText(field, u"Called back"_s);
    QTest::mouseClick(card.noteEditor()->addButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return card.shownNotes() == 3; }));
    card.showItem(p.boris);
    CHECK(card.shownNotes() == 0);
    CHECK(labelText(card, u"author.noNotes"_s) == u"No notes about them yet."_s);

    // Someone else's note arrives: a reload shows it.
    REQUIRE(fd::test::resultOf(otherStation.addAuthorNote(p.row(p.boris).item.author.id,
                                                          u"Asked for a discount"_s))
                .ok());
    card.reload();
    CHECK(shownNotes(card) == QStringList{u"Asked for a discount"_s});
}

TEST_CASE("A click on one of the author's items opens it", "[ui][author][mainwindow]")
{
    fd::test::WindowOnStore w;
    const qint64 account = w.store.addAccount(Platform::Telegram, u"Shop bot"_s);
    const QList<qint64> ids = fd::test::fillInbox(w.store, account, 21); // 3 from each of 7
    fd::ui::MainWindow &window = w.open();
    fd::test::showExposed(window);

    AuthorCardDock *card = window.authorCard();
    REQUIRE(card);
    CHECK(card->objectName() == u"dock.author"_s);
    CHECK(window.docks()->find(u"dock.author"_s) == card);
    CHECK(window.dockWidgetArea(card) == Qt::RightDockWidgetArea);
    // Beside templates and tags, not hidden behind a tab of theirs.
    CHECK(window.tabifiedDockWidgets(card).isEmpty());
    CHECK(card->isVisible());

    // Anna wrote items 0, 7 and 14.
    REQUIRE(window.inbox()->selectItem(ids.at(14)));
    CHECK(card->author().name == u"Anna Petrova"_s);
    QTreeView *theirs = card->itemsView();
    REQUIRE(theirs->model()->rowCount() == 3);

    // Listed in the inbox: selected there.
    const auto click = [theirs](const QModelIndex &index) {
        theirs->scrollTo(index);
        const QPoint at(4, theirs->visualRect(index).center().y());
        QTest::mouseClick(theirs->viewport(), Qt::LeftButton, {}, at);
    };
    const QModelIndex oldest = theirs->model()->index(2, 0);
    QSignalSpy activated(card, &AuthorCardDock::itemActivated);
    click(oldest);
    REQUIRE(activated.count() >= 1);
    CHECK(window.inbox()->currentItemId() == ids.at(0));
    CHECK(window.conversation()->focusItemId() == ids.at(0));

    // Not listed (the inbox shows open items only): opened on its own, the inbox lets go.
    fd::test::setStatus(w.store, {ids.at(7)}, fd::core::ItemStatus::Closed);
    fd::core::ItemFilter onlyNew;
    onlyNew.statuses = {fd::core::ItemStatus::New};
    window.feed()->setFilter(onlyNew);
    REQUIRE(window.inbox()->selectItem(ids.at(14)));
    card->reload();
    const QModelIndex closed = theirs->model()->index(1, 0);
    REQUIRE(closed.data(AuthorItemsModel::ItemIdRole).toLongLong() == ids.at(7));
    click(closed);
    CHECK(window.inbox()->currentItemId() == 0);
    CHECK(window.conversation()->focusItemId() == ids.at(7));
    CHECK(card->itemId() == ids.at(7));
    CHECK(card->author().name == u"Anna Petrova"_s);
}

TEST_CASE("A prolific author's items are read a page at a time", "[ui][author]")
{
    fd::test::TempStore store;
    const qint64 account = store.addAccount(Platform::Telegram, u"Shop bot"_s);
    fd::core::IngestBatch batch;
    batch.accountId = account;
    const int total = AuthorItemsModel::pageSize + 12;
    for (int i = 0; i < total; ++i)
        batch.items.append(fd::test::makeItem(u"m%1"_s.arg(i), u"Message %1"_s.arg(i), u"u1"_s,
                                              u"Anna Petrova"_s, kStart + i * 60));
    const fd::core::IngestResult result = fd::test::ingest(store.store(), batch);
    REQUIRE(result.inserted == total);

    AuthorItemsModel model{fd::core::ItemQueries(readerOf(store))};
    const auto row = fd::core::ItemQueries(readerOf(store)).item(result.insertedIds.first());
    model.setAuthor(row->item.author.id);
    CHECK(model.rowCount() == AuthorItemsModel::pageSize);
    CHECK(model.index(0, AuthorItemsModel::TextColumn).data().toString() ==
          u"Message %1"_s.arg(total - 1));
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == total);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.index(total - 1, AuthorItemsModel::TextColumn).data().toString() == u"Message 0"_s);
    // A reload with nothing new keeps every row loaded.
    model.reload();
    CHECK(model.rowCount() == total);

    // The tester fetches on its own, so it watches only now.
    fd::test::ModelTesterLog log;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setAuthor(0);
    CHECK(model.rowCount() == 0);
    model.setAuthor(row->item.author.id);
    model.reload();
    model.setCurrentItem(result.insertedIds.last());
    INFO(fd::test::ModelTesterLog::failures().toStdString());
    CHECK(fd::test::ModelTesterLog::failures().isEmpty());
}
