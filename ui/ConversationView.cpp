#include "ConversationView.h"

#include "DockSupport.h"
#include "Format.h"
#include "Labels.h"
#include "NoteWidgets.h"
#include "console/InboxActions.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDataStream>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedLayout>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {

ConversationView::ConversationView(core::ItemQueries queries, core::ConsoleQueries console,
                                   core::InboxActions &actions, QWidget *parent)
    : QWidget(parent)
    , m_queries(std::move(queries))
    , m_console(std::move(console))
    , m_actions(actions)
    , m_openLink(desktopLinkOpener())
{
    setObjectName(u"conversation"_s);
    m_stack = new QStackedLayout(this);

    m_emptyText = plainLabel(QString(), this);
    m_emptyText->setObjectName(u"conversation.emptyText"_s);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setMargin(24);
    setQuiet(m_emptyText);
    m_stack->addWidget(m_emptyText);

    m_page = new QWidget(this);
    auto *page = new QVBoxLayout(m_page);
    page->setContentsMargins(0, 0, 0, 0);
    page->setSpacing(0);

    auto *header = new QFrame(m_page);
    header->setObjectName(u"conversation.header"_s);
    header->setAutoFillBackground(true);
    header->setBackgroundRole(QPalette::Base);
    header->setFrameShape(QFrame::StyledPanel);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(12, 8, 12, 8);
    headerLayout->setSpacing(2);
    m_title = plainLabel(QString(), header);
    m_title->setObjectName(u"conversation.title"_s);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_subtitle = plainLabel(QString(), header);
    m_subtitle->setObjectName(u"conversation.subtitle"_s);
    m_subtitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setQuiet(m_subtitle);
    m_post = wrappingLabel(QString(), header);
    m_post->setObjectName(u"conversation.post"_s);

    m_openOnPlatform = new QAction(tr("Open on the &platform"), this);
    m_openOnPlatform->setObjectName(u"action.openOnPlatform"_s);
    m_openOnPlatform->setVisible(false);
    connect(m_openOnPlatform, &QAction::triggered, this, [this] { openLink(m_linkAddress); });
    m_openButton = makeActionButton(m_openOnPlatform, header);
    m_openButton->setObjectName(u"conversation.open"_s);

    auto *titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(0, 0, 0, 0);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    titleRow->addLayout(titles, 1);
    titleRow->addWidget(m_openButton, 0, Qt::AlignTop);
    headerLayout->addLayout(titleRow);
    headerLayout->addWidget(m_post);
    page->addWidget(header);

    m_scroll = new QScrollArea(m_page);
    m_scroll->setObjectName(u"conversation.scroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    page->addWidget(m_scroll, 1);

    m_noteEditor = new NoteEditor(
        u"conversation.note"_s,
        tr("Internal note on this conversation: only your team sees it (Ctrl+Enter adds it)"),
        m_page);
    page->addWidget(m_noteEditor);
    connect(m_noteEditor, &NoteEditor::submitted, this, &ConversationView::addNote);
    m_stack->addWidget(m_page);

    clear();
}

void ConversationView::clear()
{
    m_noteEditor->setSubject(0);
    m_threadId = 0;
    m_focusItemId = 0;
    m_signature.clear();
    m_view = {};
    m_notes.clear();
    m_shownItems = 0;
    m_shownNotes = 0;
    discardList();
    updateLink();
    showMessage(tr("Select an item in the inbox to read its conversation."));
}

void ConversationView::discardList()
{
    // Later, not now: the list may hold the button whose click got us here.
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater();
}

void ConversationView::showMessage(const QString &text)
{
    m_emptyText->setText(text);
    m_stack->setCurrentWidget(m_emptyText);
}

void ConversationView::showThread(qint64 threadId, qint64 focusItemId)
{
    if (threadId <= 0) {
        clear();
        return;
    }
    if (threadId != m_threadId)
        m_showAll = false;
    m_noteEditor->setSubject(threadId);
    const bool sameThread = threadId == m_threadId && !m_signature.isEmpty();
    m_threadId = threadId;
    m_focusItemId = focusItemId;
    if (sameThread) {
        // Same thread, another item of it: move the mark and scroll, without reading again.
        build();
        return;
    }
    m_signature.clear();
    load(true);
}

void ConversationView::reload()
{
    if (m_threadId > 0)
        load(false);
}

void ConversationView::load(bool scrollToFocus)
{
    auto view = m_queries.thread(m_threadId);
    if (!view.ok()) {
        m_signature.clear();
        m_view = {};
        m_notes.clear();
        m_shownItems = 0;
        m_shownNotes = 0;
        updateLink();
        showMessage(tr("The conversation could not be read.\n%1").arg(view.error().message));
        return;
    }
    // The conversation is shown even when its notes cannot be read; the note field says why.
    auto notes = m_console.threadNotes(m_threadId);
    m_view = std::move(view.value());
    m_notes = notes.ok() ? *notes : QList<core::Note>{};
    m_notesError = notes.ok() ? QString() : notes.error().message;
    const QByteArray signature = signatureOf();
    if (!scrollToFocus && signature == m_signature)
        return;
    m_signature = signature;

    QScrollBar *bar = m_scroll->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum();
    const int position = bar->value();
    build();
    if (!scrollToFocus) {
        // A reload keeps the reader where they were, or at the newest item if they were there.
        QPointer<QScrollBar> guard(bar);
        QTimer::singleShot(0, this, [guard, atBottom, position] {
            if (guard)
                guard->setValue(atBottom ? guard->maximum() : position);
        });
    }
}

QByteArray ConversationView::signatureOf() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    const core::ThreadView &view = m_view;
    out << view.accountName << int(view.platform) << view.thread.title << view.post.text
        << view.post.url;
    for (const core::ItemRow &row : view.items) {
        const core::Item &it = row.item;
        out << it.id << int(it.status) << it.text << it.attachments << it.editedAt << it.deletedAt
            << it.author.name << it.author.handle << it.url << row.tags << row.parentText;
    }
    for (const core::Note &note : m_notes)
        out << note.id << note.body << note.operatorName;
    out << m_notesError;
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

void ConversationView::updateHeader()
{
    const core::ThreadView &view = m_view;
    m_title->setText(core::displayName(view.platform) + u" · "_s + view.accountName);

    QString subtitle;
    switch (view.thread.kind) {
    case core::ThreadKind::Dialog: {
        QString who = view.thread.title;
        for (const core::ItemRow &row : view.items) {
            if (!who.isEmpty())
                break;
            if (row.item.direction == core::Direction::Incoming)
                who = row.item.author.name;
        }
        subtitle = who.isEmpty() ? tr("Direct messages")
                                 : tr("Direct messages with %1").arg(who.simplified());
        break;
    }
    case core::ThreadKind::Comments:
        subtitle = view.post.isNull() ? tr("Comments") : tr("Comments under a post");
        break;
    case core::ThreadKind::Mentions:
        subtitle = tr("Mentions");
        break;
    case core::ThreadKind::Reviews:
        subtitle = tr("Reviews");
        break;
    }
    m_subtitle->setText(subtitle);
    m_post->setVisible(!view.post.isNull());
    if (!view.post.isNull()) {
        const QString text = format::preview(view.post.text, 400);
        m_post->setText(text.isEmpty()
                            ? tr("A post without text: open it on the platform to see it.")
                            : tr("Post: %1").arg(text));
    }
    updateLink();
}

void ConversationView::updateLink()
{
    // The post a comment tree hangs under, else the message chosen in the inbox.
    QString address = m_view.post.url.trimmed();
    bool ofPost = !address.isEmpty();
    if (address.isEmpty()) {
        for (const core::ItemRow &row : std::as_const(m_view.items)) {
            if (row.item.id == m_focusItemId)
                address = row.item.url.trimmed();
        }
    }
    if (m_threadId == 0)
        address.clear();
    m_linkAddress = address;
    const bool openable = !webLink(address).isEmpty();
    m_openOnPlatform->setVisible(!address.isEmpty());
    m_openOnPlatform->setEnabled(openable);
    m_openButton->setVisible(!address.isEmpty());
    const QString what = ofPost ? tr("Open the post on the platform: %1")
                                : tr("Open the message on the platform: %1");
    const QString tip =
        openable ? what.arg(address)
                 : tr("Not a web address, so it is not opened: %1").arg(format::preview(address));
    m_openOnPlatform->setToolTip(tip);
    m_openButton->setToolTip(format::plainToolTip(tip));
}

bool ConversationView::openLink(const QString &address)
{
    const QUrl url = webLink(address);
    if (url.isEmpty() || !m_openLink)
        return false;
    return m_openLink(url);
}

void ConversationView::build()
{
    const core::ThreadView &view = m_view;
    updateHeader();
    m_noteEditor->showMessage(m_notesError.isEmpty()
                                  ? QString()
                                  : tr("The notes could not be read.\n%1").arg(m_notesError));

    auto *list = new QWidget;
    list->setObjectName(u"conversation.list"_s);
    list->setAutoFillBackground(true);
    list->setBackgroundRole(QPalette::Window);
    auto *layout = new QVBoxLayout(list);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);

    const qsizetype total = view.items.size();
    qsizetype first = 0;
    if (!m_showAll && total > initialItems) {
        first = total - initialItems;
        // The focused item must be on screen even when it is older than the newest ones.
        for (qsizetype i = 0; i < first; ++i) {
            if (view.items.at(i).item.id == m_focusItemId) {
                first = i;
                break;
            }
        }
    }
    if (first > 0) {
        m_showEarlier = new QPushButton(tr("Show %n earlier item(s)", nullptr, int(first)), list);
        m_showEarlier->setObjectName(u"conversation.showEarlier"_s);
        connect(m_showEarlier, &QPushButton::clicked, this, [this] {
            m_showAll = true;
            build();
        });
        layout->addWidget(m_showEarlier, 0, Qt::AlignHCenter);
    } else {
        m_showEarlier = nullptr;
    }

    // Notes stand where they were written among the items; those older than the first item
    // shown wait with the earlier items behind the button.
    qsizetype nextNote = 0;
    m_shownNotes = 0;
    if (first > 0) {
        const QDateTime firstShown = view.items.at(first).item.createdAt;
        while (nextNote < m_notes.size() && m_notes.at(nextNote).createdAt < firstShown)
            ++nextNote;
    }
    QWidget *focusWidget = nullptr;
    for (qsizetype i = first; i < total; ++i) {
        const core::ItemRow &row = view.items.at(i);
        addNotes(layout, list, nextNote, row.item.createdAt);
        const bool focused = row.item.id == m_focusItemId;
        QWidget *message = makeMessage(row, focused, list);
        auto *line = new QHBoxLayout;
        line->setSpacing(0);
        // Ours on the right, theirs on the left, as in every messenger.
        if (row.item.direction == core::Direction::Outgoing) {
            line->addStretch(1);
            line->addWidget(message, 6);
        } else {
            line->addWidget(message, 6);
            line->addStretch(1);
        }
        layout->addLayout(line);
        if (focused)
            focusWidget = message;
    }
    addNotes(layout, list, nextNote, {});
    m_shownItems = int(total - first);
    if (total == 0) {
        QLabel *none = plainLabel(tr("This conversation has no items."), list);
        setQuiet(none);
        layout->addWidget(none, 0, Qt::AlignHCenter);
    }
    layout->addStretch(1);

    discardList();
    m_scroll->setWidget(list);
    m_stack->setCurrentWidget(m_page);

    // The layout is only final once the event loop has run.
    QPointer<QScrollArea> scroll(m_scroll);
    QPointer<QWidget> target(focusWidget);
    QTimer::singleShot(0, this, [scroll, target] {
        if (!scroll)
            return;
        if (target)
            scroll->ensureWidgetVisible(target, 0, 48);
        else
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    });
}

bool ConversationView::startNote()
{
    if (m_threadId <= 0 || m_stack->currentWidget() != m_page)
        return false;
    m_noteEditor->startWriting();
    return true;
}

void ConversationView::addNote(const QString &body)
{
    const qint64 threadId = m_threadId;
    if (threadId <= 0 || m_noteWriteThread != 0)
        return;
    m_noteWriteThread = threadId;
    m_noteEditor->setBusy(true);
    const auto done = [this, threadId] {
        m_noteWriteThread = 0;
        m_noteEditor->setBusy(false);
    };
    whenWritten(
        m_actions.addThreadNote(threadId, body), this,
        [this, threadId, done](const QString &message) {
            done();
            if (m_threadId == threadId)
                m_noteEditor->showMessage(message);
        },
        [this, threadId, done] {
            done();
            m_noteEditor->noteAdded(threadId);
            if (m_threadId == threadId)
                reload();
            Q_EMIT noteAdded(threadId);
        });
}

void ConversationView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Message colours are derived from the palette; a new palette (dark mode) needs new ones.
    if (event->type() == QEvent::PaletteChange && !m_signature.isEmpty())
        build();
}

} // namespace fd::ui
