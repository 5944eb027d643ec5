#pragma once

#include "console/ConsoleQueries.h"
#include "model/Author.h"
#include "store/ItemQueries.h"

#include <QDateTime>
#include <QDockWidget>

#include <functional>

class QLabel;
class QScrollArea;
class QStackedLayout;
class QTreeView;
class QVBoxLayout;

namespace fd::core {
class InboxActions;
}

namespace fd::ui {

class AuthorItemsModel;
class NoteEditor;

// Who wrote the item open in the conversation: name, handle, reach, city, platform and when we
// first heard from them; everything else they wrote to any of our accounts on that platform (a
// click opens it); and the team's notes about them, with a field to add one. The store knows
// people per platform, so the same person on another platform has a card of their own.
class AuthorCardDock : public QDockWidget
{
    Q_OBJECT

public:
    AuthorCardDock(core::ItemQueries queries, core::ConsoleQueries console,
                   core::InboxActions &actions, QWidget *parent = nullptr);

    // Shows the author of the item (0: none).
    void showItem(qint64 itemId, qint64 threadId = 0);
    // Re-reads the author, their items and the notes (after a commit anywhere).
    void reload();
    // Adds a note about the shown author.
    void addNote(const QString &body);

    qint64 itemId() const { return m_itemId; }
    qint64 authorId() const { return m_author.id; }
    const core::Author &author() const { return m_author; }
    AuthorItemsModel *itemsModel() const { return m_items; }
    QTreeView *itemsView() const { return m_itemsView; }
    NoteEditor *noteEditor() const { return m_noteEditor; }
    int shownNotes() const { return m_shownNotes; }
    // The clock "first seen … ago" and the item ages measure against (tests fix it).
    void setClock(std::function<QDateTime()> clock);

Q_SIGNALS:
    // The operator chose one of the author's items.
    void itemActivated(qint64 itemId, qint64 threadId);
    // A note of this dock was committed.
    void noteAdded(qint64 authorId);

private:
    void showEmpty(const QString &text);
    void readAuthor();
    void updateCard();
    void readNotes();
    void activate(const QModelIndex &index);

    core::ItemQueries m_queries;
    core::ConsoleQueries m_console;
    core::InboxActions &m_actions;
    std::function<QDateTime()> m_clock;
    qint64 m_itemId = 0;
    core::Author m_author;
    QString m_platformName;
    qint64 m_itemCount = -1;
    int m_shownNotes = 0;
    QList<core::Note> m_notes;
    bool m_writingNote = false;

    QStackedLayout *m_stack = nullptr;
    QLabel *m_emptyText = nullptr;
    QWidget *m_card = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_handle = nullptr;
    QLabel *m_reach = nullptr;
    QLabel *m_firstSeen = nullptr;
    QLabel *m_scope = nullptr;
    QLabel *m_itemsTitle = nullptr;
    QLabel *m_error = nullptr;
    AuthorItemsModel *m_items = nullptr;
    QTreeView *m_itemsView = nullptr;
    QScrollArea *m_notesScroll = nullptr;
    QWidget *m_notesList = nullptr;
    QVBoxLayout *m_notesLayout = nullptr;
    NoteEditor *m_noteEditor = nullptr;
};

} // namespace fd::ui
