// The pieces of the conversation list: a bubble per message and the internal notes between them.
#include "ConversationView.h"

#include "Format.h"
#include "Labels.h"
#include "NoteWidgets.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {

namespace {

// Right-clicks on the bubble's texts open the bubble's menu (its actions), not the label's own.
void deferMenu(QLabel *label)
{
    label->setContextMenuPolicy(Qt::NoContextMenu);
}

} // namespace

void ConversationView::addNotes(QVBoxLayout *layout, QWidget *list, qsizetype &next,
                                const QDateTime &before)
{
    while (next < m_notes.size() && (!before.isValid() || m_notes.at(next).createdAt <= before)) {
        QFrame *card = makeNoteCard(m_notes.at(next), list);
        card->setObjectName(u"conversation.note"_s);
        // Across the middle, apart from both sides of the exchange.
        auto *line = new QHBoxLayout;
        line->setSpacing(0);
        line->addStretch(1);
        line->addWidget(card, 10);
        line->addStretch(1);
        layout->addLayout(line);
        ++next;
        ++m_shownNotes;
    }
}

QWidget *ConversationView::makeMessage(const core::ItemRow &row, bool focused, QWidget *parent)
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

    // The message's own menu: copy its text, open it where it was written.
    bubble->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("&Copy text"), bubble);
    copy->setObjectName(u"message.copy"_s);
    connect(copy, &QAction::triggered, bubble,
            [text = item.text] { QApplication::clipboard()->setText(text); });
    bubble->addAction(copy);
    if (const QString address = item.url.trimmed(); !address.isEmpty()) {
        auto *open = new QAction(tr("Open on the &platform"), bubble);
        open->setObjectName(u"message.open"_s);
        const bool openable = !webLink(address).isEmpty();
        open->setEnabled(openable);
        open->setToolTip(
            openable
                ? address
                : tr("Not a web address, so it is not opened: %1").arg(format::preview(address)));
        connect(open, &QAction::triggered, this, [this, address] { openLink(address); });
        bubble->addAction(open);
    }

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
    deferMenu(author);
    body->addWidget(author);

    if (!row.parentText.isEmpty()) {
        QLabel *quote =
            wrappingLabel(tr("In reply to: %1").arg(format::preview(row.parentText, 160)), bubble);
        quote->setObjectName(u"messageQuote"_s);
        setQuiet(quote);
        deferMenu(quote);
        body->addWidget(quote);
    }

    QLabel *text = wrappingLabel(item.text, bubble);
    text->setObjectName(u"messageText"_s);
    text->setProperty("itemId", item.id);
    text->setVisible(!item.text.isEmpty());
    deferMenu(text);
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
        deferMenu(footer);
        body->addWidget(footer);
    }
    body->addWidget(info);
    return bubble;
}

} // namespace fd::ui
