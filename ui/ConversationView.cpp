#include "ConversationView.h"

#include "Format.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedLayout>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {

namespace {

QColor blend(const QColor &a, const QColor &b, double amountOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
                            float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
                            float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    return label;
}

// A label for text of any length from outside: wraps, can be selected and copied, and never
// widens the layout (a long unbroken word is cut at the edge instead).
QLabel *wrappingLabel(const QString &text, QWidget *parent)
{
    QLabel *label = plainLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    label->setSizePolicy(policy);
    return label;
}

void setQuiet(QLabel *label)
{
    label->setForegroundRole(QPalette::PlaceholderText);
}

} // namespace

ConversationView::ConversationView(core::ItemQueries queries, QWidget *parent)
    : QWidget(parent)
    , m_queries(std::move(queries))
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
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_subtitle = plainLabel(QString(), header);
    m_subtitle->setObjectName(u"conversation.subtitle"_s);
    setQuiet(m_subtitle);
    m_post = wrappingLabel(QString(), header);
    m_post->setObjectName(u"conversation.post"_s);
    headerLayout->addWidget(m_title);
    headerLayout->addWidget(m_subtitle);
    headerLayout->addWidget(m_post);
    page->addWidget(header);

    m_scroll = new QScrollArea(m_page);
    m_scroll->setObjectName(u"conversation.scroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    page->addWidget(m_scroll, 1);
    m_stack->addWidget(m_page);

    clear();
}

void ConversationView::clear()
{
    m_threadId = 0;
    m_focusItemId = 0;
    m_signature.clear();
    m_view = {};
    m_shownItems = 0;
    discardList();
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
    const bool sameThread = threadId == m_threadId && !m_signature.isEmpty();
    m_threadId = threadId;
    m_focusItemId = focusItemId;
    if (sameThread) {
        // Same thread, another item of it: move the mark and scroll, without reading again.
        build(m_view);
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
        m_shownItems = 0;
        showMessage(tr("The conversation could not be read.\n%1").arg(view.error().message));
        return;
    }
    const QByteArray signature = signatureOf(*view);
    if (!scrollToFocus && signature == m_signature)
        return;
    m_signature = signature;
    m_view = std::move(view.value());

    QScrollBar *bar = m_scroll->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum();
    const int position = bar->value();
    build(m_view);
    if (!scrollToFocus) {
        // A reload keeps the reader where they were, or at the newest item if they were there.
        QPointer<QScrollBar> guard(bar);
        QTimer::singleShot(0, this, [guard, atBottom, position] {
            if (guard)
                guard->setValue(atBottom ? guard->maximum() : position);
        });
    }
}

QByteArray ConversationView::signatureOf(const core::ThreadView &view)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << view.accountName << int(view.platform) << view.thread.title << view.post.text;
    for (const core::ItemRow &row : view.items) {
        const core::Item &it = row.item;
        out << it.id << int(it.status) << it.text << it.attachments << it.editedAt << it.deletedAt
            << it.author.name << it.author.handle << row.tags << row.parentText;
    }
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

void ConversationView::build(const core::ThreadView &view)
{
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
    if (!view.post.isNull())
        m_post->setText(tr("Post: %1").arg(format::preview(view.post.text, 400)));

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
            build(m_view);
        });
        layout->addWidget(m_showEarlier, 0, Qt::AlignHCenter);
    } else {
        m_showEarlier = nullptr;
    }

    QWidget *focusWidget = nullptr;
    for (qsizetype i = first; i < total; ++i) {
        const core::ItemRow &row = view.items.at(i);
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

QWidget *ConversationView::makeMessage(const core::ItemRow &row, bool focused,
                                       QWidget *parent) const
{
    const core::Item &item = row.item;
    const bool outgoing = item.direction == core::Direction::Outgoing;

    auto *bubble = new QFrame(parent);
    bubble->setObjectName(u"conversation.message"_s);
    bubble->setProperty("itemId", item.id);
    bubble->setProperty("outgoing", outgoing);
    bubble->setFrameShape(QFrame::StyledPanel);
    bubble->setAutoFillBackground(true);
    QPalette pal = bubble->palette();
    const QColor base = palette().color(QPalette::Base);
    pal.setColor(QPalette::Window,
                 outgoing ? blend(base, palette().color(QPalette::Highlight), 0.14) : base);
    bubble->setPalette(pal);

    auto *outer = new QHBoxLayout(bubble);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    // The item chosen in the inbox is marked with a bar in the highlight colour.
    auto *mark = new QWidget(bubble);
    mark->setFixedWidth(4);
    mark->setAutoFillBackground(true);
    QPalette markPalette = mark->palette();
    markPalette.setColor(QPalette::Window,
                         focused ? palette().color(QPalette::Highlight) : QColor(Qt::transparent));
    mark->setPalette(markPalette);
    mark->setVisible(focused);
    outer->addWidget(mark);

    auto *body = new QVBoxLayout;
    body->setContentsMargins(10, 6, 10, 8);
    body->setSpacing(3);
    outer->addLayout(body, 1);

    QString who = format::author(item.author);
    if (outgoing && item.author.name.isEmpty() && item.author.handle.isEmpty())
        who = tr("Our reply");
    QLabel *author = wrappingLabel(who, bubble);
    author->setObjectName(u"messageAuthor"_s);
    QFont bold = author->font();
    bold.setBold(true);
    author->setFont(bold);
    body->addWidget(author);

    if (!row.parentText.isEmpty()) {
        QLabel *quote =
            wrappingLabel(tr("In reply to: %1").arg(format::preview(row.parentText, 160)), bubble);
        quote->setObjectName(u"messageQuote"_s);
        setQuiet(quote);
        body->addWidget(quote);
    }

    QLabel *text = wrappingLabel(item.text, bubble);
    text->setObjectName(u"messageText"_s);
    text->setProperty("itemId", item.id);
    text->setVisible(!item.text.isEmpty());
    body->addWidget(text);

    QStringList meta;
    if (const int stars = qBound(0, item.rating, 5); stars > 0)
        meta << QString(stars, u'★') + QString(5 - stars, u'☆');
    meta << QLocale().toString(item.createdAt.toLocalTime(), QLocale::ShortFormat);
    if (!outgoing)
        meta << core::displayName(item.status);
    QLabel *info = plainLabel(meta.join(u" · "_s), bubble);
    info->setObjectName(u"messageMeta"_s);
    info->setToolTip(format::plainToolTip(format::fullTime(item.createdAt)));
    info->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setQuiet(info);

    QStringList notes;
    if (!item.attachments.isEmpty())
        notes << tr("Attachments: %1").arg(item.attachments);
    if (item.editedAt.isValid())
        notes << tr("Edited %1")
                     .arg(QLocale().toString(item.editedAt.toLocalTime(), QLocale::ShortFormat));
    if (item.deletedAt.isValid())
        notes << tr("Deleted on the platform %1")
                     .arg(QLocale().toString(item.deletedAt.toLocalTime(), QLocale::ShortFormat));
    if (item.truncated)
        notes << tr("The text was too long and has been shortened.");
    if (!row.tags.isEmpty())
        notes << tr("Tags: %1").arg(row.tags.join(u", "_s));
    if (!notes.isEmpty()) {
        QLabel *footer = wrappingLabel(notes.join(u'\n'), bubble);
        footer->setObjectName(u"messageNotes"_s);
        setQuiet(footer);
        body->addWidget(footer);
    }
    body->addWidget(info);
    return bubble;
}

void ConversationView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Message colours are derived from the palette; a new palette (dark mode) needs new ones.
    if (event->type() == QEvent::PaletteChange && !m_signature.isEmpty())
        build(m_view);
}

} // namespace fd::ui
