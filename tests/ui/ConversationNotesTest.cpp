// Internal notes on a conversation: where they stand among the messages, how they look, how
// one is written (the field, Ctrl+Enter, N from anywhere in the window) and that it reaches the
// store with the operator's name.
#include "UiTestSupport.h"

#include "ConversationView.h"
#include "InboxDock.h"
#include "NoteWidgets.h"
#include "TriageActions.h"
#include "console/ConsoleQueries.h"
#include "console/InboxActions.h"
#include "store/Connection.h"

#include <QAction>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using fd::core::Direction;
using fd::core::Platform;
using fd::test::kStart;
using fd::test::readerOf;
using fd::ui::ConversationView;
using fd::ui::NoteEditor;

namespace {

qint64 threadOf(fd::test::TempStore &store, qint64 itemId)
{
    const auto row = fd::core::ItemQueries(readerOf(store)).item(itemId);
    REQUIRE(row.ok());
    return row->item.threadId;
}

// A note as another station would have written it, at a time of its own.
void writeNote(fd::test::TempStore &store, qint64 threadId, const QString &who, const QString &body,
               qint64 atSecs)
{
    auto done = store->write([=](const QSqlDatabase &db) {
        auto q = fd::core::Connection::exec(
            db, u"INSERT INTO notes (thread_id, operator, body, created_at) VALUES (?, ?, ?, ?)"_s,
            {threadId, who, body, atSecs * 1000});
        return q.ok() ? fd::core::StoreError{} : q.error();
    });
    REQUIRE(fd::test::resultOf(done).ok());
}

QList<fd::core::Note> notesOf(fd::test::TempStore &store, qint64 threadId)
{
    const auto notes = fd::core::ConsoleQueries(readerOf(store)).threadNotes(threadId);
    REQUIRE(notes.ok());
    return *notes;
}

// The messages and notes on screen, top to bottom, as "m:<text>" and "n:<text>".
QStringList shownOrder(const ConversationView &view)
{
    QStringList order;
    const auto frames = view.findChildren<QFrame *>();
    for (const QFrame *frame : frames) {
        if (frame->objectName() == u"conversation.message"_s)
            order << u"m:"_s + frame->findChild<QLabel *>(u"messageText"_s)->text();
        else if (frame->objectName() == u"conversation.note"_s)
            order << u"n:"_s + frame->findChild<QLabel *>(u"noteText"_s)->text();
    }
    return order;
}

struct Dialog
{
    Dialog()
    {
        const qint64 account = store.addAccount(Platform::Telegram, u"Shop bot"_s);
        fd::core::IngestBatch batch;
        batch.accountId = account;
        batch.items.append(fd::test::makeItem(u"1"_s, u"Where is my order?"_s, u"u1"_s,
                                              u"Anna Petrova"_s, kStart));
        fd::core::IncomingItem reply =
            fd::test::makeItem(u"2"_s, u"Let me check"_s, u"bot"_s, u"Shop bot"_s, kStart + 60);
        reply.item.direction = Direction::Outgoing;
        reply.threadExternalId = u"dm:u1"_s;
        batch.items.append(reply);
        batch.items.append(
            fd::test::makeItem(u"3"_s, u"Thanks"_s, u"u1"_s, u"Anna Petrova"_s, kStart + 180));
        batch.items.append(
            fd::test::makeItem(u"4"_s, u"Hi"_s, u"u2"_s, u"Boris Orlov"_s, kStart + 240));
        const fd::core::IngestResult result = fd::test::ingest(store.store(), batch);
        REQUIRE(result.inserted == 4);
        ids = result.insertedIds;
        thread = threadOf(store, ids.at(0));
        otherThread = threadOf(store, ids.at(3));
    }

    fd::test::TempStore store;
    QList<qint64> ids;
    qint64 thread = 0;
    qint64 otherThread = 0;
};

// The dialog in a conversation view of its own, with notes written as `actor`.
struct DialogView : Dialog
{
    explicit DialogView(const fd::core::Actor &actor = fd::core::Actor::local())
        : actions(store.store(), actor)
        , view(fd::core::ItemQueries(readerOf(store)), fd::core::ConsoleQueries(readerOf(store)),
               actions)
    {
        view.resize(700, 900);
    }

    fd::core::InboxActions actions;
    ConversationView view;
};

} // namespace

TEST_CASE("Internal notes stand among the messages where they were written, set apart",
          "[ui][conversation][notes]")
{
    DialogView d;
    writeNote(d.store, d.thread, u"Olga"_s, u"Order 1234 is <b>late</b>; courier called"_s,
              kStart + 120);
    ConversationView &view = d.view;
    view.show();
    view.showThread(d.thread, d.ids.at(0));

    CHECK(view.shownItems() == 3);
    CHECK(view.shownNotes() == 1);
    CHECK(shownOrder(view) == QStringList{u"m:Where is my order?"_s, u"m:Let me check"_s,
                                          u"n:Order 1234 is <b>late</b>; courier called"_s,
                                          u"m:Thanks"_s});

    const auto *note = view.findChild<QFrame *>(u"conversation.note"_s);
    REQUIRE(note);
    const auto *header = note->findChild<QLabel *>(u"noteHeader"_s);
    REQUIRE(header);
    CHECK(header->text().startsWith(u"Internal note · Olga · "_s));
    const auto *text = note->findChild<QLabel *>(u"noteText"_s);
    CHECK(text->textFormat() == Qt::PlainText);
    // Neither the customer's colour nor ours.
    const auto bubbles = view.findChildren<QFrame *>(u"conversation.message"_s);
    REQUIRE(bubbles.size() == 3);
    const QColor noteColor = note->palette().color(QPalette::Window);
    CHECK(noteColor != bubbles.at(0)->palette().color(QPalette::Window));
    CHECK(noteColor != bubbles.at(1)->palette().color(QPalette::Window));

    // In a dark palette the tint is dark too, so the text stays readable.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    CHECK(fd::ui::noteTint(dark).lightness() < 100);
    CHECK(fd::ui::noteTint(QPalette(QColor(0xf0, 0xf0, 0xf0))).lightness() > 160);

    // The other dialog has no notes.
    view.showThread(d.otherThread, d.ids.at(3));
    CHECK(view.shownNotes() == 0);
    CHECK(shownOrder(view) == QStringList{u"m:Hi"_s});
}

TEST_CASE("A note is written in the field and added with Ctrl+Enter or the button",
          "[ui][conversation][notes]")
{
    DialogView d(fd::core::Actor{0, u"irina"_s, u"Irina"_s, u"desk-3"_s});
    ConversationView &view = d.view;
    fd::test::showActive(view);
    view.showThread(d.thread, d.ids.at(2));

    NoteEditor *editor = view.noteEditor();
    QPlainTextEdit *field = editor->field();
    CHECK(field->isVisible());
    CHECK_FALSE(editor->addButton()->isEnabled()); // nothing to add yet
    CHECK(view.startNote());
    CHECK(field->hasFocus());

    fd::test::typeText(field, u"Refund approved by Max — don't promise a date"_s);
    CHECK(editor->addButton()->isEnabled());
    QTest::keyClick(field, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return view.shownNotes() == 1; }));
    const auto stored = notesOf(d.store, d.thread);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().body == u"Refund approved by Max — don't promise a date"_s);
    CHECK(stored.first().operatorName == u"Irina"_s);
    CHECK(field->toPlainText().isEmpty());
    // Written now, so after every message.
    CHECK(shownOrder(view).last() == u"n:Refund approved by Max — don't promise a date"_s);

    // Plain Enter is a line break inside the note; the button adds it.
    fd::test::typeText(field, u"Line one"_s);
    QTest::keyClick(field, Qt::Key_Return);
    fd::test::typeText(field, u"line two"_s);
    CHECK(view.shownNotes() == 1);
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return view.shownNotes() == 2; }));
    CHECK(notesOf(d.store, d.thread).last().body == u"Line one\nline two"_s);

    // Blank text is not a note.
    fd::test::typeText(field, u"   "_s);
    CHECK_FALSE(editor->addButton()->isEnabled());
    QSignalSpy submitted(editor, &NoteEditor::submitted);
    QTest::keyClick(field, Qt::Key_Return, Qt::ControlModifier);
    CHECK(submitted.isEmpty());
    CHECK(notesOf(d.store, d.thread).size() == 2);
}

TEST_CASE("Note text not yet added stays with its conversation", "[ui][conversation][notes]")
{
    DialogView d;
    ConversationView &view = d.view;
    view.show();
    view.showThread(d.thread, d.ids.at(0));
    fd::test::typeText(view.noteEditor()->field(), u"Half a thought"_s);

    view.showThread(d.otherThread, d.ids.at(3));
    CHECK(view.noteEditor()->text().isEmpty());
    view.showThread(d.thread, d.ids.at(2));
    CHECK(view.noteEditor()->text() == u"Half a thought"_s);
    // Nothing was stored on the way.
    CHECK(notesOf(d.store, d.thread).isEmpty());
    CHECK(notesOf(d.store, d.otherThread).isEmpty());
}

TEST_CASE("N puts the cursor in the conversation's note field", "[ui][conversation][notes]")
{
    fd::test::WindowOnStore w;
    const qint64 account = w.store.addAccount(Platform::Telegram, u"Shop bot"_s);
    const QList<qint64> ids = fd::test::fillInbox(w.store, account, 5);
    fd::ui::MainWindow &window = w.open();
    fd::test::showActive(window);
    QTreeView *inbox = window.inbox()->view();
    inbox->setFocus();
    QTest::keyClick(inbox, Qt::Key_J);
    const qint64 current = window.inbox()->currentItemId();
    REQUIRE(current != 0);

    QTest::keyClick(inbox, Qt::Key_N);
    QPlainTextEdit *field = window.conversation()->noteEditor()->field();
    REQUIRE(QTest::qWaitFor([&] { return field->hasFocus(); }));
    // Typing there is writing: single-letter keys are letters, not actions.
    QTest::keyClicks(field, u"jkne"_s);
    CHECK(field->toPlainText() == u"jkne"_s);
    CHECK(window.inbox()->currentItemId() == current);
    QTest::keyClick(field, Qt::Key_Return, Qt::ControlModifier);
    const qint64 thread = threadOf(w.store, current);
    REQUIRE(QTest::qWaitFor([&] { return notesOf(w.store, thread).size() == 1; }));
    CHECK(notesOf(w.store, thread).first().body == u"jkne"_s);

    // N is in the Item menu and on the sheet of shortcuts.
    CHECK(window.triage()->note()->shortcut() == QKeySequence(Qt::Key_N));
    CHECK(window.triage()->shortcutSheet().contains(u"Internal note"_s));
}
