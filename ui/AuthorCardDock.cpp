#include "AuthorCardDock.h"

#include "AuthorItemsModel.h"
#include "DockSupport.h"
#include "Format.h"
#include "Labels.h"
#include "NoteWidgets.h"
#include "console/InboxActions.h"

#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedLayout>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace fd::ui {

namespace {

QLabel *sectionTitle(const QString &text, const QString &objectName, QWidget *parent)
{
    QLabel *label = plainLabel(text, parent);
    label->setObjectName(objectName);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

AuthorCardDock::AuthorCardDock(core::ItemQueries queries, core::ConsoleQueries console,
                               core::InboxActions &actions, QWidget *parent)
    : QDockWidget(tr("Author"), parent)
    , m_queries(queries)
    , m_console(std::move(console))
    , m_actions(actions)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(u"dock.author"_s);

    auto *body = new QWidget(this);
    m_stack = new QStackedLayout(body);

    m_emptyText = plainLabel(QString(), body);
    m_emptyText->setObjectName(u"author.emptyText"_s);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setMargin(12);
    setQuiet(m_emptyText);
    m_stack->addWidget(m_emptyText);

    m_card = new QWidget(body);
    auto *layout = new QVBoxLayout(m_card);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(3);

    m_error = makeMessageLabel(u"author.message"_s, m_card);
    layout->addWidget(m_error);
    m_name = wrappingLabel(QString(), m_card);
    m_name->setObjectName(u"author.name"_s);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_name->setFont(nameFont);
    m_handle = wrappingLabel(QString(), m_card);
    m_handle->setObjectName(u"author.handle"_s);
    m_reach = wrappingLabel(QString(), m_card);
    m_reach->setObjectName(u"author.reach"_s);
    m_firstSeen = wrappingLabel(QString(), m_card);
    m_firstSeen->setObjectName(u"author.firstSeen"_s);
    m_scope = wrappingLabel(QString(), m_card);
    m_scope->setObjectName(u"author.scope"_s);
    setQuiet(m_scope);
    for (QLabel *label : {m_name, m_handle, m_reach, m_firstSeen, m_scope})
        layout->addWidget(label);

    auto *split = new QSplitter(Qt::Vertical, m_card);
    split->setObjectName(u"author.split"_s);
    split->setChildrenCollapsible(false);

    auto *itemsPane = new QWidget(split);
    auto *itemsLayout = new QVBoxLayout(itemsPane);
    itemsLayout->setContentsMargins(0, 6, 0, 0);
    itemsLayout->setSpacing(3);
    m_itemsTitle = sectionTitle(QString(), u"author.itemsTitle"_s, itemsPane);
    itemsLayout->addWidget(m_itemsTitle);
    m_items = new AuthorItemsModel(queries, this);
    m_itemsView = new QTreeView(itemsPane);
    m_itemsView->setObjectName(u"author.items"_s);
    m_itemsView->setModel(m_items);
    m_itemsView->setRootIsDecorated(false);
    m_itemsView->setItemsExpandable(false);
    m_itemsView->setUniformRowHeights(true);
    m_itemsView->setAllColumnsShowFocus(true);
    m_itemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_itemsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_itemsView->setTextElideMode(Qt::ElideRight);
    m_itemsView->setToolTip(tr("Click an item to open it"));
    QHeaderView *header = m_itemsView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(AuthorItemsModel::TextColumn, QHeaderView::Stretch);
    // The text takes what is left; where it was written comes last and is cut first.
    const QFontMetrics fm = m_itemsView->fontMetrics();
    const int pad = fm.horizontalAdvance(u"MM"_s);
    header->resizeSection(AuthorItemsModel::TimeColumn, fm.horizontalAdvance(u"00 MMM"_s) + pad);
    header->resizeSection(AuthorItemsModel::StatusColumn, fm.horizontalAdvance(u"Waiting"_s) + pad);
    header->resizeSection(AuthorItemsModel::ChannelColumn,
                          fm.horizontalAdvance(u"Telegram"_s) + pad);
    itemsLayout->addWidget(m_itemsView, 1);

    auto *notesPane = new QWidget(split);
    auto *notesLayout = new QVBoxLayout(notesPane);
    notesLayout->setContentsMargins(0, 6, 0, 0);
    notesLayout->setSpacing(3);
    notesLayout->addWidget(
        sectionTitle(tr("Notes about this person"), u"author.notesTitle"_s, notesPane));
    m_notesScroll = new QScrollArea(notesPane);
    m_notesScroll->setObjectName(u"author.notes"_s);
    m_notesScroll->setWidgetResizable(true);
    m_notesScroll->setFrameShape(QFrame::NoFrame);
    m_notesScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_notesList = new QWidget;
    m_notesLayout = new QVBoxLayout(m_notesList);
    m_notesLayout->setContentsMargins(0, 0, 0, 0);
    m_notesLayout->setSpacing(6);
    m_notesScroll->setWidget(m_notesList);
    notesLayout->addWidget(m_notesScroll, 1);
    m_noteEditor = new NoteEditor(u"author.note"_s,
                                  tr("Note about this person: only your team sees it (Ctrl+Enter)"),
                                  notesPane);
    notesLayout->addWidget(m_noteEditor);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_stack->addWidget(m_card);
    setWidget(body);

    connect(m_itemsView, &QAbstractItemView::clicked, this, &AuthorCardDock::activate);
    connect(m_itemsView, &QAbstractItemView::activated, this, &AuthorCardDock::activate);
    connect(m_noteEditor, &NoteEditor::submitted, this, &AuthorCardDock::addNote);
    connect(m_items, &AuthorItemsModel::errorOccurred, this,
            [this](const QString &message) { showMessage(m_error, message); });

    showItem(0);
}

void AuthorCardDock::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock;
    m_items->setClock(std::move(clock));
    if (m_author.id > 0)
        updateCard();
}

void AuthorCardDock::showEmpty(const QString &text)
{
    m_author = {};
    m_itemCount = -1;
    m_notes.clear();
    m_shownNotes = 0;
    m_noteEditor->setSubject(0);
    m_items->setAuthor(0);
    m_emptyText->setText(text);
    m_stack->setCurrentWidget(m_emptyText);
}

void AuthorCardDock::showItem(qint64 itemId, qint64 threadId)
{
    Q_UNUSED(threadId)
    m_itemId = itemId;
    if (itemId <= 0) {
        showEmpty(tr("Select an item to see who wrote it, what else they wrote and the team's "
                     "notes about them."));
        return;
    }
    readAuthor();
}

void AuthorCardDock::reload()
{
    if (m_itemId > 0)
        readAuthor();
}

void AuthorCardDock::readAuthor()
{
    const auto row = m_queries.item(m_itemId);
    if (!row.ok()) {
        showEmpty(tr("The author could not be read.\n%1").arg(row.error().message));
        return;
    }
    const core::Author &author = row->item.author;
    if (author.id <= 0) {
        showEmpty(tr("The platform did not say who wrote this item."));
        return;
    }
    clearMessage(m_error);
    const bool sameAuthor = author.id == m_author.id;
    m_author = author;
    m_platformName = core::displayName(row->platform);
    core::ItemFilter theirs;
    theirs.authorId = author.id;
    const auto count = m_queries.count(theirs);
    m_itemCount = count.ok() ? *count : -1;
    if (!count.ok())
        showMessage(m_error, count.error().message);
    if (sameAuthor)
        m_items->reload();
    else
        m_items->setAuthor(author.id);
    m_items->setCurrentItem(m_itemId);
    m_noteEditor->setSubject(author.id);
    updateCard();
    readNotes();
    m_stack->setCurrentWidget(m_card);
}

void AuthorCardDock::updateCard()
{
    const core::Author &a = m_author;
    const QString name = a.name.simplified();
    m_name->setText(name.isEmpty() ? tr("No name") : name);
    const QString handle = a.handle.simplified();
    m_handle->setText(handle.isEmpty() ? m_platformName
                                       : u'@' + handle + u" · "_s + m_platformName);

    QStringList reach;
    if (a.followers >= 0)
        reach << tr("%1 followers").arg(format::followers(a.followers));
    if (!a.city.isEmpty())
        reach << a.city.simplified();
    m_reach->setText(reach.join(u" · "_s));
    m_reach->setVisible(!reach.isEmpty());

    if (a.firstSeen.isValid()) {
        m_firstSeen->setText(
            tr("First seen %1 (%2)")
                .arg(QLocale().toString(a.firstSeen.toLocalTime(), QLocale::ShortFormat),
                     format::since(a.firstSeen, m_clock())));
        m_firstSeen->setToolTip(format::plainToolTip(format::fullTime(a.firstSeen)));
    } else {
        m_firstSeen->setText(tr("First seen: not known"));
        m_firstSeen->setToolTip({});
    }
    m_scope->setText(tr("Their items on all our %1 accounts. People are matched per platform: "
                        "the same person elsewhere has a card of their own.")
                         .arg(m_platformName));
    const int shownCount =
        int(qMin<qint64>(qMax<qint64>(0, m_itemCount), std::numeric_limits<int>::max()));
    m_itemsTitle->setText(m_itemCount < 0 ? tr("Their items")
                                          : tr("Their items (%Ln)", nullptr, shownCount));
}

void AuthorCardDock::readNotes()
{
    const auto notes = m_console.authorNotes(m_author.id);
    if (!notes.ok()) {
        showMessage(m_error, tr("The notes could not be read.\n%1").arg(notes.error().message));
        return;
    }
    const auto same = [](const core::Note &a, const core::Note &b) {
        return a.id == b.id && a.body == b.body && a.operatorName == b.operatorName;
    };
    const bool unchanged = m_notesLayout->count() > 0 && notes->size() == m_notes.size() &&
                           std::equal(notes->cbegin(), notes->cend(), m_notes.cbegin(), same);
    if (unchanged)
        return;
    const bool grew = notes->size() > m_notes.size();
    m_notes = *notes;

    // Cards hold nothing that could be handling an event now: they go at once.
    while (QLayoutItem *old = m_notesLayout->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    for (const core::Note &note : std::as_const(m_notes)) {
        QFrame *card = makeNoteCard(note, m_notesList);
        card->setObjectName(u"author.noteCard"_s);
        m_notesLayout->addWidget(card);
    }
    m_shownNotes = int(m_notes.size());
    if (m_notes.isEmpty()) {
        QLabel *none = plainLabel(tr("No notes about them yet."), m_notesList);
        none->setObjectName(u"author.noNotes"_s);
        setQuiet(none);
        m_notesLayout->addWidget(none);
    }
    m_notesLayout->addStretch(1);
    if (grew) {
        // The newest note is at the bottom: show it.
        QPointer<QScrollArea> scroll(m_notesScroll);
        QTimer::singleShot(0, this, [scroll] {
            if (scroll)
                scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        });
    }
}

void AuthorCardDock::addNote(const QString &body)
{
    const qint64 authorId = m_author.id;
    if (authorId <= 0 || m_writingNote)
        return;
    m_writingNote = true;
    m_noteEditor->setBusy(true);
    whenWritten(
        m_actions.addAuthorNote(authorId, body), this,
        [this, authorId](const QString &message) {
            m_writingNote = false;
            m_noteEditor->setBusy(false);
            if (m_author.id == authorId)
                m_noteEditor->showMessage(message);
        },
        [this, authorId] {
            m_writingNote = false;
            m_noteEditor->setBusy(false);
            m_noteEditor->noteAdded(authorId);
            if (m_author.id == authorId)
                readNotes();
            Q_EMIT noteAdded(authorId);
        });
}

void AuthorCardDock::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT itemActivated(index.data(AuthorItemsModel::ItemIdRole).toLongLong(),
                         index.data(AuthorItemsModel::ThreadIdRole).toLongLong());
}

} // namespace fd::ui
