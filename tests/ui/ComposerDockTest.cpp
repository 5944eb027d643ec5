// The composer: whom a reply goes to, templates and variables filled for the item, the
// platform's length limit, drafts per conversation, and sending through the outbox.
#include "UiTestSupport.h"

#include "ComposerDock.h"
#include "ComposerEdit.h"
#include "ComposerTemplatePopup.h"
#include "InboxDock.h"
#include "MainWindow.h"
#include "ReplyLimits.h"
#include "TemplatesDock.h"
#include "connectors/StoreSink.h"
#include "connectors/telegram/TelegramConnector.h"
#include "connectors/telegram/TelegramNormalizer.h"
#include "console/ConsoleQueries.h"
#include "console/InboxActions.h"
#include "console/Outbox.h"
#include "net/HttpClient.h"
#include "sandbox/HttpServer.h"
#include "sandbox/TelegramSandbox.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using fd::core::ItemKind;
using fd::core::Outbox;
using fd::core::Platform;
using fd::ui::ComposerDock;
using fd::ui::MainWindow;

namespace {

ComposerDock *composerOf(MainWindow &window)
{
    auto *dock = window.findChild<ComposerDock *>(u"dock.composer"_s);
    REQUIRE(dock);
    return dock;
}

// A customer's item as the connectors store it, with the author's handle and city.
qint64 addItem(fd::test::TempStore &store, qint64 accountId, ItemKind kind,
               const QString &externalId, const QString &text, const QString &authorId,
               const QString &authorName, const QString &handle, const QString &city = {},
               const fd::core::PostPreview &post = {})
{
    fd::core::IngestBatch batch;
    batch.accountId = accountId;
    fd::core::IncomingItem in = fd::test::makeItem(externalId, text, authorId, authorName);
    in.item.kind = kind;
    in.item.author.handle = handle;
    in.item.author.city = city;
    in.post = post;
    batch.items.append(in);
    const auto result = fd::test::ingest(store.store(), batch);
    INFO(result.error.message.toStdString());
    REQUIRE(result.inserted == 1);
    return result.insertedIds.first();
}

qint64 addTemplate(MainWindow &window, const QString &title, const QString &body,
                   const QString &shortcode = {})
{
    fd::core::Template t;
    t.folder = u"Greetings"_s;
    t.title = title;
    t.body = body;
    t.shortcode = shortcode;
    const auto id = fd::test::resultOf(window.actions().saveTemplate(t));
    INFO(id.error().message.toStdString());
    REQUIRE(id.ok());
    return *id;
}

int usageOf(MainWindow &window, qint64 templateId)
{
    const auto all = fd::core::ConsoleQueries(window.reader()).templates();
    REQUIRE(all.ok());
    for (const auto &t : *all) {
        if (t.id == templateId)
            return t.usageCount;
    }
    return -1;
}

std::optional<QString> storedDraft(MainWindow &window, qint64 threadId)
{
    const auto draft = fd::core::ConsoleQueries(window.reader()).draft(threadId);
    REQUIRE(draft.ok());
    if (!*draft)
        return std::nullopt;
    return draft.value()->body;
}

qint64 threadOf(MainWindow &window, qint64 itemId)
{
    const auto row = window.queries().item(itemId);
    REQUIRE(row.ok());
    return row->item.threadId;
}

void select(MainWindow &window, qint64 itemId)
{
    REQUIRE(window.inbox()->selectItem(itemId));
    REQUIRE(composerOf(window)->itemId() == itemId);
}

// Replaces the editor's text as typing would (the draft timer starts).
void typeInto(ComposerDock *composer, const QString &text)
{
    composer->editor()->setFocus();
    composer->editor()->selectAll();
    QTest::keyClick(composer->editor(), Qt::Key_Delete);
    composer->editor()->insertPlainText(text);
}

// Types `text` key by key, any script (QTest::keyClicks knows only ASCII).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        const auto key = Qt::Key(c.toUpper().unicode());
        QTest::sendKeyEvent(QTest::Press, widget, key, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, key, QString(c), Qt::NoModifier);
    }
}

// An outbox without connectors: whatever is sent fails with "no token here".
struct OfflineOutbox
{
    explicit OfflineOutbox(fd::test::TempStore &store)
        : outbox(store.store(), fd::core::Actor::local(), [](qint64) { return nullptr; })
    {}
    Outbox outbox;
};

// The main window on a temporary store; fill the store, then open it.
struct Desk : fd::test::WindowOnStore
{
    // The window, shown and active, without an outbox (sending not set up).
    MainWindow &openActive()
    {
        fd::test::showActive(open());
        return *window;
    }
    // The window, shown and active, with an outbox that fails every send.
    MainWindow &openActiveOffline()
    {
        open();
        offline = std::make_unique<OfflineOutbox>(store);
        window->setOutbox(&offline->outbox);
        fd::test::showActive(*window);
        return *window;
    }

    std::unique_ptr<OfflineOutbox> offline;
};

} // namespace

TEST_CASE("A chosen template is inserted filled in for the customer and its use counted",
          "[ui][composer]")
{
    Desk desk;
    const qint64 account = desk.store.addAccount(Platform::Telegram, u"Shop bot"_s);
    const qint64 itemId =
        addItem(desk.store, account, ItemKind::Dm, u"m1"_s, u"Where is my order?"_s, u"u1"_s,
                u"Anna Petrova"_s, u"anna_p"_s, u"Kazan"_s);
    MainWindow &window = desk.openActive();
    const qint64 greeting =
        addTemplate(window, u"Hello"_s,
                    u"Hello {author.first_name} ({author.handle}) from {author.city}! "
                    u"{operator.name} of {account.name} on {platform} here. "
                    u"You wrote: \"{item.text}\" {{not a variable}}"_s);
    addTemplate(window, u"Goodbye"_s, u"Bye!"_s);
    ComposerDock *composer = composerOf(window);
    CHECK(window.dockWidgetArea(composer) == Qt::BottomDockWidgetArea);

    // Nothing chosen: nothing to write in, and Send says why.
    CHECK_FALSE(composer->editor()->isEnabled());
    CHECK_FALSE(composer->sendButton()->isEnabled());
    CHECK(composer->sendButton()->toolTip() == composer->sendBlockedReason());

    select(window, itemId);
    CHECK(composer->editor()->isEnabled());
    CHECK(composer->recipientText() == u"Reply to Anna Petrova @anna_p · Telegram · Message"_s);
    CHECK(composer->visibilityText() == u"Private reply: only Anna Petrova will see it."_s);

    // The picker: search, Enter.
    QTest::mouseClick(composer->templateButton(), Qt::LeftButton);
    fd::ui::ComposerTemplatePopup *popup = composer->templatePopup();
    REQUIRE(popup->isVisible());
    CHECK(popup->templates().size() == 2);
    QTest::keyClicks(popup->searchField(), u"hello"_s);
    REQUIRE(popup->templates().size() == 1);
    QTest::keyClick(popup->searchField(), Qt::Key_Return);
    CHECK_FALSE(popup->isVisible());

    const QString operatorName = window.actions().actor().displayName;
    REQUIRE_FALSE(operatorName.isEmpty());
    CHECK(composer->editor()->toPlainText() ==
          u"Hello Anna (@anna_p) from Kazan! "_s + operatorName +
              u" of Shop bot on Telegram here. You wrote: \"Where is my order?\" "
              u"{not a variable}"_s);
    CHECK(composer->flaggedVariables().isEmpty());
    CHECK(composer->problemsText().isEmpty());
    CHECK(composer->counterText() ==
          QString::number(composer->editor()->toPlainText().size()) + u" / 4096"_s);
    REQUIRE(QTest::qWaitFor([&] { return usageOf(window, greeting) == 1; }));
}

TEST_CASE("Unknown and empty variables are flagged and block sending until fixed or confirmed",
          "[ui][composer]")
{
    Desk desk;
    const qint64 account = desk.store.addAccount(Platform::Telegram, u"Shop bot"_s);
    // No city is known for this customer.
    const qint64 itemId = addItem(desk.store, account, ItemKind::Dm, u"m1"_s, u"Hi"_s, u"u1"_s,
                                  u"Boris Orlov"_s, u"boris"_s);
    MainWindow &window = desk.openActiveOffline();
    ComposerDock *composer = composerOf(window);
    select(window, itemId);

    fd::core::Template t;
    t.id = addTemplate(window, u"City"_s, u"See you in {author.city}, {author.nickname}!"_s);
    t.body = u"See you in {author.city}, {author.nickname}!"_s;
    composer->insertTemplate(t);

    CHECK(composer->editor()->toPlainText() == u"See you in {author.city}, {author.nickname}!"_s);
    CHECK(composer->flaggedVariables() == QStringList{u"author.city"_s, u"author.nickname"_s});
    const auto *problems = composer->findChild<QLabel *>(u"composer.problems"_s);
    REQUIRE(problems);
    CHECK(problems->isVisible());
    CHECK(problems->text() == u"Left in the text as written: {author.city} has no value for this "
                              u"customer; {author.nickname} is not a known variable."_s);
    CHECK(composer->confirmBox()->isVisible());
    CHECK_FALSE(composer->sendButton()->isEnabled());
    CHECK_FALSE(composer->sendAndCloseButton()->isEnabled());
    CHECK(composer->sendBlockedReason() ==
          u"Fill in the flagged variables, or confirm sending them as written."_s);
    CHECK_FALSE(composer->send(false)); // Ctrl+Enter does nothing either

    composer->confirmBox()->setChecked(true);
    CHECK(composer->sendButton()->isEnabled());

    // Fixing one changes what is flagged: the confirmation was for the old list.
    typeInto(composer, u"See you in {author.city}!"_s);
    CHECK(composer->flaggedVariables() == QStringList{u"author.city"_s});
    CHECK_FALSE(composer->confirmBox()->isChecked());
    CHECK_FALSE(composer->sendButton()->isEnabled());

    // Fixing all of them unblocks without any confirmation.
    typeInto(composer, u"See you in Moscow!"_s);
    CHECK(composer->flaggedVariables().isEmpty());
    CHECK_FALSE(composer->confirmBox()->isVisible());
    CHECK(composer->sendButton()->isEnabled());

    // Confirmed and sent: this station has no token, so it fails, with the reason and Retry.
    typeInto(composer, u"See you in {author.city}!"_s);
    composer->confirmBox()->setChecked(true);
    QSignalSpy states(composer, &ComposerDock::replyStateChanged);
    QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] {
        return !states.isEmpty() &&
               states.last().at(1).value<Outbox::State>() == Outbox::State::Failed;
    }));
    CHECK(composer->sendStatusText().startsWith(u"Not sent: This station holds no token"_s));
    CHECK(composer->retryButton()->isVisible());
    CHECK(composer->editor()->toPlainText().isEmpty());
    const auto entries = desk.offline->outbox.entriesFor(itemId);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().body == u"See you in {author.city}!"_s);
}

TEST_CASE("A shortcode at the start of a word expands and variables complete after a brace",
          "[ui][composer]")
{
    Desk desk;
    const qint64 account = desk.store.addAccount(Platform::Telegram, u"Shop bot"_s);
    const qint64 itemId = addItem(desk.store, account, ItemKind::Dm, u"m1"_s, u"Hi"_s, u"u1"_s,
                                  u"Zofia Nowak"_s, u"zofia"_s);
    MainWindow &window = desk.openActive();
    const qint64 thanks =
        addTemplate(window, u"Thanks"_s, u"Thank you, {author.first_name}!"_s, u"thanks"_s);
    ComposerDock *composer = composerOf(window);
    select(window, itemId);
    fd::ui::ComposerEdit *editor = composer->editor();
    editor->setFocus();

    // Space: expanded, and the space typed after it.
    QTest::keyClicks(editor, u"Hi /thanks"_s);
    QTest::keyClick(editor, Qt::Key_Space);
    CHECK(editor->toPlainText() == u"Hi Thank you, Zofia! "_s);
    // Tab and Enter expand without typing a tab or a new line (or moving the focus).
    editor->clear();
    QTest::keyClicks(editor, u"/thanks"_s);
    QTest::keyClick(editor, Qt::Key_Tab);
    CHECK(editor->toPlainText() == u"Thank you, Zofia!"_s);
    CHECK(editor->hasFocus());
    editor->clear();
    QTest::keyClicks(editor, u"/thanks"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    CHECK(editor->toPlainText() == u"Thank you, Zofia!"_s);
    REQUIRE(QTest::qWaitFor([&] { return usageOf(window, thanks) == 3; }));

    // Not at the start of a word, or no such template: left alone.
    editor->clear();
    QTest::keyClicks(editor, u"a/thanks /nosuch "_s);
    CHECK(editor->toPlainText() == u"a/thanks /nosuch "_s);
    CHECK(usageOf(window, thanks) == 3);

    // Letters that are single-key shortcuts elsewhere in the window reach the editor.
    editor->clear();
    QTest::keyClicks(editor, u"just take our revised help text"_s);
    CHECK(editor->toPlainText() == u"just take our revised help text"_s);

    // After '{' the variables are offered; the chosen one becomes its value.
    editor->clear();
    QTest::keyClicks(editor, u"Dear {auth"_s);
    QAbstractItemView *list = editor->completer()->popup();
    REQUIRE(list->isVisible());
    CHECK(editor->completer()->completionCount() == 4); // name, first_name, handle, city
    CHECK(list->currentIndex().data(Qt::DisplayRole).toString() == u"author.name — Zofia Nowak"_s);
    QTest::keyClick(list, Qt::Key_Return);
    CHECK_FALSE(list->isVisible());
    CHECK(editor->toPlainText() == u"Dear Zofia Nowak"_s);
    // Typed out in full, it becomes its value too; without a value it stays, flagged.
    QTest::keyClicks(editor, u" {author.handle}, {author.city}"_s);
    CHECK(editor->toPlainText() == u"Dear Zofia Nowak @zofia, {author.city}"_s);
    CHECK(composer->flaggedVariables() == QStringList{u"author.city"_s});
    // Escape closes the list and keeps what was typed.
    QTest::keyClicks(editor, u" {po"_s);
    REQUIRE(list->isVisible());
    QTest::keyClick(list, Qt::Key_Escape);
    CHECK_FALSE(list->isVisible());
    CHECK(editor->toPlainText().endsWith(u" {po"_s));
}

TEST_CASE("The counter follows the platform's limit and sending is blocked over it",
          "[ui][composer]")
{
    CHECK(fd::ui::replyLimit(Platform::Instagram, ItemKind::Dm).maxLength == 1000);
    CHECK(fd::ui::replyLimit(Platform::Instagram, ItemKind::Comment).maxLength == 2200);
    CHECK(fd::ui::replyLimit(Platform::GooglePlay, ItemKind::Review).maxLength == 350);

    Desk desk;
    const qint64 vk = desk.store.addAccount(Platform::Vk, u"Community"_s);
    fd::core::PostPreview post;
    post.externalId = u"-1_10"_s;
    post.text = u"Our new shop is open"_s;
    post.url = u"https://vk.com/wall-1_10"_s;
    const qint64 comment = addItem(desk.store, vk, ItemKind::Comment, u"-1_10_5"_s, u"Nice!"_s,
                                   u"u5"_s, u"Ivan Sokolov"_s, u"ivan"_s, {}, post);
    const qint64 x = desk.store.addAccount(Platform::X, u"Shop on X"_s);
    const qint64 mention = addItem(desk.store, x, ItemKind::Mention, u"1789"_s, u"@shop hello"_s,
                                   u"x1"_s, u"Emma Smith"_s, u"emma"_s);
    MainWindow &window = desk.openActiveOffline();
    ComposerDock *composer = composerOf(window);
    const auto *counter = composer->findChild<QLabel *>(u"composer.counter"_s);
    REQUIRE(counter);
    const QColor normal = composer->palette().color(QPalette::WindowText);

    select(window, comment);
    CHECK(composer->recipientText() == u"Reply to Ivan Sokolov @ivan · VK · Comment"_s);
    CHECK(composer->visibilityText().startsWith(u"Public reply"_s));
    CHECK(composer->variables().value(u"post.text"_s) == u"Our new shop is open"_s);
    CHECK(composer->variables().value(u"post.url"_s) == u"https://vk.com/wall-1_10"_s);
    CHECK(composer->counterText() == u"0 / 4096"_s);

    typeInto(composer, QString(4096, u'a'));
    CHECK(composer->counterText() == u"4096 / 4096"_s);
    CHECK_FALSE(composer->isOverLimit());
    CHECK(counter->palette().color(QPalette::WindowText) == normal);
    CHECK(composer->sendButton()->isEnabled());

    composer->editor()->moveCursor(QTextCursor::End);
    QTest::keyClick(composer->editor(), Qt::Key_B);
    CHECK(composer->counterText() == u"4097 / 4096"_s);
    CHECK(composer->isOverLimit());
    CHECK(counter->palette().color(QPalette::WindowText) != normal);
    CHECK_FALSE(composer->sendButton()->isEnabled());
    CHECK(composer->sendBlockedReason() ==
          u"The reply is 4097 characters long; VK accepts at most 4096. Shorten it by 1."_s);
    const auto *blocked = composer->findChild<QLabel *>(u"composer.blocked"_s);
    REQUIRE(blocked);
    CHECK(blocked->isVisible());
    CHECK(blocked->text() == composer->sendBlockedReason());

    // X counts characters: 280 emoji fit, though each is two UTF-16 code units.
    select(window, mention);
    CHECK(composer->recipientText() == u"Reply to Emma Smith @emma · X · Mention"_s);
    QString emoji;
    for (int i = 0; i < 280; ++i)
        emoji += u"😀"_s;
    REQUIRE(emoji.size() == 560);
    typeInto(composer, emoji);
    CHECK(composer->counterText() == u"280 / 280"_s);
    CHECK(composer->sendButton()->isEnabled());
    composer->editor()->moveCursor(QTextCursor::End);
    QTest::keyClick(composer->editor(), Qt::Key_A);
    CHECK(composer->counterText() == u"281 / 280"_s);
    CHECK_FALSE(composer->sendButton()->isEnabled());
    CHECK(composer->sendBlockedReason().startsWith(u"The reply is 281 characters long; X"_s));
}

TEST_CASE("A draft is kept per conversation across switching and a new window",
          "[ui][composer][drafts]")
{
    fd::test::TempStore store;
    const qint64 account = store.addAccount(Platform::Telegram, u"Shop bot"_s);
    const qint64 anna = addItem(store, account, ItemKind::Dm, u"m1"_s, u"Hi"_s, u"u1"_s,
                                u"Anna Petrova"_s, u"anna"_s);
    const qint64 boris = addItem(store, account, ItemKind::Dm, u"m2"_s, u"Hello"_s, u"u2"_s,
                                 u"Boris Orlov"_s, u"boris"_s);
    fd::test::TempSettings temp;
    qint64 annaThread = 0;
    {
        MainWindow window(store.store(), temp.settings);
        fd::test::showActive(window);
        ComposerDock *composer = composerOf(window);
        annaThread = threadOf(window, anna);
        const qint64 borisThread = threadOf(window, boris);
        REQUIRE(annaThread != borisThread);
        QSignalSpy saved(composer, &ComposerDock::draftSaved);

        // Saved a moment after typing stops.
        select(window, anna);
        QTest::keyClicks(composer->editor(), u"Draft for Anna"_s);
        REQUIRE(saved.wait());
        CHECK(saved.last().at(0).toLongLong() == annaThread);
        CHECK(storedDraft(window, annaThread) == u"Draft for Anna"_s);

        // Saved at once when switching; each conversation shows its own.
        select(window, boris);
        CHECK(composer->editor()->toPlainText().isEmpty());
        QTest::keyClicks(composer->editor(), u"For Boris"_s);
        select(window, anna);
        CHECK(composer->editor()->toPlainText() == u"Draft for Anna"_s);
        select(window, boris);
        CHECK(composer->editor()->toPlainText() == u"For Boris"_s);
        REQUIRE(
            QTest::qWaitFor([&] { return storedDraft(window, borisThread) == u"For Boris"_s; }));

        // Emptied: the draft goes.
        typeInto(composer, QString());
        select(window, anna);
        REQUIRE(QTest::qWaitFor([&] { return !storedDraft(window, borisThread).has_value(); }));

        // Typed just before the window closes: saved without waiting for the timer.
        QTest::keyClicks(composer->editor(), u", see you"_s);
        saved.clear();
        window.close();
        REQUIRE(saved.wait());
    }

    MainWindow again(store.store(), temp.settings);
    fd::test::showActive(again);
    select(again, anna);
    CHECK(composerOf(again)->editor()->toPlainText() == u"Draft for Anna, see you"_s);
    select(again, boris);
    CHECK(composerOf(again)->editor()->toPlainText().isEmpty());
}

TEST_CASE("Without an outbox Send is disabled and says why", "[ui][composer]")
{
    Desk desk;
    const qint64 account = desk.store.addAccount(Platform::Telegram, u"Shop bot"_s);
    const qint64 itemId = addItem(desk.store, account, ItemKind::Dm, u"m1"_s, u"Hi"_s, u"u1"_s,
                                  u"Anna Petrova"_s, u"anna"_s);
    MainWindow &window = desk.openActive();
    REQUIRE(window.outbox() == nullptr);
    ComposerDock *composer = composerOf(window);
    select(window, itemId);
    QTest::keyClicks(composer->editor(), u"Hello"_s);

    const QString reason = composer->sendBlockedReason();
    CHECK(reason.startsWith(u"Sending is not set up at this station yet"_s));
    CHECK_FALSE(composer->sendButton()->isEnabled());
    CHECK_FALSE(composer->sendAndCloseButton()->isEnabled());
    CHECK(composer->sendButton()->toolTip() == reason);
    CHECK(composer->sendAndCloseButton()->toolTip() == reason);
    const auto *blocked = composer->findChild<QLabel *>(u"composer.blocked"_s);
    REQUIRE(blocked);
    CHECK(blocked->isVisible());
    CHECK(blocked->text() == reason);
    QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(composer->editor()->toPlainText() == u"Hello"_s); // nothing sent, nothing lost

    // Once polling is set up, the outbox arrives and Send works.
    OfflineOutbox offline(desk.store);
    window.setOutbox(&offline.outbox);
    CHECK(composer->sendBlockedReason().isEmpty());
    CHECK(composer->sendButton()->isEnabled());
    CHECK_FALSE(blocked->isVisible());
    window.setOutbox(nullptr);
    CHECK_FALSE(composer->sendButton()->isEnabled());
}

TEST_CASE("A reply goes through the outbox to the Telegram sandbox and shows as sent",
          "[ui][composer][sandbox]")
{
    fd::core::HttpServer server;
    REQUIRE(server.listen(0));
    fd::core::TelegramSandbox sandbox(&server);
    fd::core::TelegramSandboxBot *bot = sandbox.bots().value(0);
    REQUIRE(bot);
    fd::core::TelegramSandboxBot::User anna;
    anna.id = 7123456789;
    anna.firstName = u"Анна"_s;
    anna.lastName = u"Петрова"_s;
    anna.username = u"anna_p"_s;
    const auto dm = bot->pushPrivateMessage(anna, u"Где мой заказ?"_s);

    fd::test::TempStore store;
    fd::core::Account account;
    account.platform = Platform::Telegram;
    account.name = u"Frontshop bot"_s;
    account.apiBase = sandbox.apiBaseUrl().toString();
    account.id = fd::test::resultOf(store->addAccount(account)).value();
    REQUIRE(account.id != 0);

    // Polled into the store as the app does it.
    fd::core::HttpClient http(nullptr);
    fd::core::StoreSink sink(store.store());
    fd::core::TelegramConnector::Options options;
    options.once = true;
    fd::core::TelegramConnector connector(account, bot->config().token, http, sink, nullptr,
                                          options);
    QSignalSpy finished(&connector, &fd::core::Connector::finished);
    connector.start();
    REQUIRE(finished.wait(10000));

    fd::test::TempSettings temp;
    MainWindow window(store.store(), temp.settings);
    fd::core::Outbox outbox(store.store(), window.actions().actor(),
                            [&](qint64 id) { return id == account.id ? &connector : nullptr; });
    window.setOutbox(&outbox);
    fd::test::showActive(window);
    const auto rows = window.queries().page({}, 10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    const qint64 itemId = rows->first().item.id;
    CHECK(rows->first().item.externalId ==
          fd::core::TelegramNormalizer::messageId(dm.chatId, dm.messageId));

    ComposerDock *composer = composerOf(window);
    select(window, itemId);
    CHECK(composer->recipientText() == u"Reply to Анна Петрова @anna_p · Telegram · Message"_s);
    QSignalSpy saved(composer, &ComposerDock::draftSaved);
    typeText(composer->editor(), u"Здравствуйте, {author.first_name} Заказ в пути."_s);
    const QString text = u"Здравствуйте, Анна Заказ в пути."_s;
    REQUIRE(composer->editor()->toPlainText() == text);
    REQUIRE(saved.wait());
    const qint64 threadId = composer->threadId();
    REQUIRE(storedDraft(window, threadId) == text);

    QSignalSpy states(composer, &ComposerDock::replyStateChanged);
    QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return !states.isEmpty() &&
                   states.last().at(1).value<Outbox::State>() == Outbox::State::Sent;
        },
        10000));
    CHECK(composer->sendStatusText() == u"Sent."_s);
    CHECK_FALSE(composer->retryButton()->isVisible());
    CHECK(composer->editor()->toPlainText().isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return !storedDraft(window, threadId).has_value(); }));

    const auto calls = sandbox.writeCalls(u"sendMessage"_s);
    REQUIRE(calls.size() == 1);
    CHECK(calls.first().ok());
    CHECK(calls.first().parameters.value(u"text"_s) == text);
    CHECK(calls.first().parameters.value(u"chat_id"_s) == QString::number(anna.id));

    // The item now waits for the customer; "Send and close" closes it.
    REQUIRE(QTest::qWaitFor([&] {
        return window.queries().item(itemId)->item.status == fd::core::ItemStatus::Waiting;
    }));
    typeText(composer->editor(), u"Хорошего дня!"_s);
    states.clear();
    QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return !states.isEmpty() &&
                   states.last().at(1).value<Outbox::State>() == Outbox::State::Sent;
        },
        10000));
    REQUIRE(QTest::qWaitFor([&] {
        return window.queries().item(itemId)->item.status == fd::core::ItemStatus::Closed;
    }));
    CHECK(sandbox.writeCalls(u"sendMessage"_s).size() == 2);
}

TEST_CASE("A template chosen in the Templates dock goes into the reply being written",
          "[ui][composer]")
{
    Desk desk;
    const qint64 account = desk.store.addAccount(Platform::Vk, u"Frontshop"_s);
    const qint64 itemId = addItem(desk.store, account, ItemKind::Dm, u"dm:1:1"_s, u"Привет"_s,
                                  u"u1"_s, u"Вера Соколова"_s, u"vera_s"_s);
    MainWindow &window = desk.openActive();
    const qint64 thanks = addTemplate(window, u"Спасибо"_s, u"Спасибо, {author.first_name}!"_s);
    select(window, itemId);
    auto *templates = window.findChild<fd::ui::TemplatesDock *>(u"dock.templates"_s);
    REQUIRE(templates);
    Q_EMIT templates->templateChosen(thanks, QString());
    CHECK(composerOf(window)->editor()->toPlainText() == u"Спасибо, Вера!"_s);
    REQUIRE(QTest::qWaitFor([&] { return usageOf(window, thanks) == 1; }));
}
