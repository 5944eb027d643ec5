#pragma once

#include "WebLink.h"
#include "console/ConsoleQueries.h"
#include "store/ItemQueries.h"
#include "store/ItemRow.h"

#include <QByteArray>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedLayout;
class QToolButton;
class QVBoxLayout;

namespace fd::core {
class InboxActions;
}

namespace fd::ui {

class NoteEditor;

// The conversation an item belongs to: the DM dialog or comment tree with its post, oldest
// first, our own replies set apart, and the team's internal notes on it in between, where they
// were written. The header opens the post (or the message) on the platform; under the list a
// field adds a note. Customer text is shown as plain text only.
class ConversationView : public QWidget
{
    Q_OBJECT

public:
    // Longer threads open with their newest items and a button for the rest.
    static constexpr int initialItems = 200;

    ConversationView(core::ItemQueries queries, core::ConsoleQueries console,
                     core::InboxActions &actions, QWidget *parent = nullptr);

    // Shows the thread, scrolled to `focusItemId` (its newest item when 0).
    void showThread(qint64 threadId, qint64 focusItemId = 0);
    // Back to the empty state.
    void clear();
    // Re-reads the shown thread and its notes; does nothing visible when they did not change.
    void reload();

    qint64 threadId() const { return m_threadId; }
    qint64 focusItemId() const { return m_focusItemId; }
    // How many items and notes are on screen.
    int shownItems() const { return m_shownItems; }
    int shownNotes() const { return m_shownNotes; }

    // What opens links (the desktop's browser unless a test puts its own in).
    void setLinkOpener(LinkOpener opener) { m_openLink = std::move(opener); }
    // "Open on the platform": the post of a comment thread, else the chosen message. Hidden
    // when there is no address; disabled (saying why) when it is not a web link.
    QAction *openOnPlatformAction() const { return m_openOnPlatform; }
    // The address it opens, as the platform gave it; empty when there is none.
    QString linkAddress() const { return m_linkAddress; }
    // Opens `address` if it is a web link; false (and nothing opened) otherwise.
    bool openLink(const QString &address);

    NoteEditor *noteEditor() const { return m_noteEditor; }
    // Puts the cursor in the note field; false when no conversation is shown.
    bool startNote();
    // Adds an internal note to the shown conversation.
    void addNote(const QString &body);

Q_SIGNALS:
    // A note of this view was committed.
    void noteAdded(qint64 threadId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(bool scrollToFocus);
    void showMessage(const QString &text);
    void discardList();
    void build();
    void updateHeader();
    void updateLink();
    QWidget *makeMessage(const core::ItemRow &row, bool focused, QWidget *parent);
    void addNotes(QVBoxLayout *layout, QWidget *list, qsizetype &next, const QDateTime &before);
    QByteArray signatureOf() const;

    core::ItemQueries m_queries;
    core::ConsoleQueries m_console;
    core::InboxActions &m_actions;
    LinkOpener m_openLink;
    QStackedLayout *m_stack = nullptr;
    QLabel *m_emptyText = nullptr;
    QWidget *m_page = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_post = nullptr;
    QAction *m_openOnPlatform = nullptr;
    QToolButton *m_openButton = nullptr;
    QScrollArea *m_scroll = nullptr;
    QPushButton *m_showEarlier = nullptr;
    NoteEditor *m_noteEditor = nullptr;
    qint64 m_threadId = 0;
    qint64 m_focusItemId = 0;
    bool m_showAll = false;
    int m_shownItems = 0;
    int m_shownNotes = 0;
    QString m_linkAddress;
    QByteArray m_signature;
    core::ThreadView m_view;
    QList<core::Note> m_notes;
    QString m_notesError;
    qint64 m_noteWriteThread = 0; // the conversation a note is being written to, 0 for none
};

} // namespace fd::ui
