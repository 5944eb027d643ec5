#include "ComposerDock.h"

#include "ComposerClaim.h"
#include "ComposerEdit.h"
#include "ComposerTemplatePopup.h"
#include "console/InboxActions.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {

namespace {

// Runs `done` on `context`'s thread with the future's result. A watcher rather than
// QFuture::then(): Qt 6.4 keeps one continuation per future, and the outbox attaches its own
// to the futures it hands out, so a second then() would silently replace it.
template <typename T, typename F>
void whenFinished(const QFuture<T> &future, QObject *context, F done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         if (watcher->future().resultCount() > 0) {
                             done(watcher->result());
                         } else {
                             done(T(core::StoreError::io(
                                 ComposerDock::tr("The store stopped before this was written."))));
                         }
                     });
    watcher->setFuture(future);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Over the limit, refused, failed: must catch the eye on light and dark palettes alike.
QColor alertColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
}

// Worth a look before sending.
QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xcc, 0x80) : QColor(0xa0, 0x52, 0x00);
}

void setTextColor(QLabel *label, const std::optional<QColor> &color)
{
    if (!color) {
        // Inherited again rather than copied, so it follows a change of palette (to dark).
        label->setPalette(QPalette());
        return;
    }
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, *color);
    label->setPalette(palette);
}

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    QLabel *label = plainLabel(objectName, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    label->setSizePolicy(policy);
    return label;
}

bool isEnter(int key)
{
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

} // namespace

ComposerDock::ComposerDock(core::ItemQueries queries, core::ConsoleQueries console,
                           core::InboxActions &actions, QWidget *parent)
    : QDockWidget(tr("Reply"), parent)
    , m_queries(std::move(queries))
    , m_console(std::move(console))
    , m_actions(actions)
    , m_handleTime([&actions](qint64 thread, qint64 item, qint64 startedAt, qint64 ms) {
        actions.recordHandleTime(thread, item, startedAt, ms);
    })
{
    setObjectName(u"dock.composer"_s);

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(4);

    auto *top = new QHBoxLayout;
    auto *header = new QVBoxLayout;
    header->setSpacing(0);
    m_recipient = wrappingLabel(u"composer.recipient"_s, body);
    QFont bold = m_recipient->font();
    bold.setBold(true);
    m_recipient->setFont(bold);
    header->addWidget(m_recipient);
    m_visibility = wrappingLabel(u"composer.visibility"_s, body);
    m_visibility->setForegroundRole(QPalette::PlaceholderText);
    header->addWidget(m_visibility);
    top->addLayout(header, 1);

    m_templateButton = new QToolButton(body);
    m_templateButton->setObjectName(u"composer.templates"_s);
    m_templateButton->setText(tr("Template…"));
    m_templateButton->setToolTip(tr("Insert a template, filled in for this customer. In the text, "
                                    "type / and its shortcode, then a space."));
    m_templateButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    top->addWidget(m_templateButton, 0, Qt::AlignTop);
    layout->addLayout(top);
    m_claimLabel = wrappingLabel(u"composer.claim"_s, body);
    layout->addWidget(m_claimLabel);

    m_editor = new ComposerEdit(body);
    m_editor->setObjectName(u"composer.editor"_s);
    m_editor->setAccessibleName(tr("Reply"));
    m_editor->setPlaceholderText(
        tr("Write a reply… Type / and a shortcode for a template, { for a variable."));
    m_editor->setExpander([this](const QString &code) { return expandShortcode(code); });
    // Room for a few lines even when the bottom of the window is short.
    m_editor->setMinimumHeight(m_editor->fontMetrics().lineSpacing() * 4 +
                               2 * m_editor->frameWidth() + 8);
    layout->addWidget(m_editor, 1);

    m_problems = wrappingLabel(u"composer.problems"_s, body);
    m_problems->hide();
    layout->addWidget(m_problems);
    m_confirm = new QCheckBox(tr("Send with these left as written"), body);
    m_confirm->setObjectName(u"composer.confirm"_s);
    m_confirm->hide();
    layout->addWidget(m_confirm);

    auto *bottom = new QHBoxLayout;
    m_status = wrappingLabel(u"composer.status"_s, body);
    bottom->addWidget(m_status, 1);
    m_retry = new QPushButton(tr("Retry"), body);
    m_retry->setObjectName(u"composer.retry"_s);
    m_retry->setToolTip(tr("Send this reply again"));
    m_retry->hide();
    bottom->addWidget(m_retry);
    m_counter = plainLabel(u"composer.counter"_s, body);
    bottom->addWidget(m_counter);
    m_sendAndClose = new QPushButton(tr("Send and close"), body);
    m_sendAndClose->setObjectName(u"composer.sendAndClose"_s);
    bottom->addWidget(m_sendAndClose);
    m_send = new QPushButton(tr("Send"), body);
    m_send->setObjectName(u"composer.send"_s);
    bottom->addWidget(m_send);
    layout->addLayout(bottom);

    m_blocked = wrappingLabel(u"composer.blocked"_s, body);
    m_blocked->setForegroundRole(QPalette::PlaceholderText);
    m_blocked->hide();
    layout->addWidget(m_blocked);
    body->setFocusProxy(m_editor); // "Reply" elsewhere focuses the dock: it means the editor
    setWidget(body);

    m_claim = new ComposerClaim(m_editor, m_claimLabel, this);
    // A composer put away lets go of its conversation.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible)
            m_claim->stop();
    });

    m_templatePopup = new ComposerTemplatePopup(m_console, this);
    connect(m_templateButton, &QToolButton::clicked, this, [this] {
        m_templatePopup->popup(
            m_templateButton->mapToGlobal(QPoint(0, m_templateButton->height())));
    });
    connect(m_templatePopup, &ComposerTemplatePopup::chosen, this, &ComposerDock::insertTemplate);

    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(draftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &ComposerDock::saveDraftNow);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ComposerDock::textEdited);
    connect(m_editor, &ComposerEdit::sendRequested, this, &ComposerDock::send);
    connect(m_send, &QPushButton::clicked, this, [this] { send(false); });
    connect(m_sendAndClose, &QPushButton::clicked, this, [this] { send(true); });
    connect(m_confirm, &QCheckBox::toggled, this, &ComposerDock::updateButtons);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const qint64 entry = m_entryOfItem.value(m_itemId);
        if (m_outbox && entry != 0)
            m_outbox->retry(entry);
    });

    // A draft typed just before the window closes is saved without waiting for the timer.
    if (parent)
        parent->window()->installEventFilter(this);
    // Handle time: counted while the editor has the focus in the active window.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        m_handleTime.setFocused(now == m_editor && m_editor->isActiveWindow());
    });

    fillVariables();
    updateHeader();
    updateAll();
}

void ComposerDock::setOutbox(core::Outbox *outbox)
{
    if (m_outbox == outbox)
        return;
    disconnect(m_outboxConnection);
    m_outbox = outbox;
    if (outbox)
        m_outboxConnection =
            connect(outbox, &core::Outbox::changed, this, &ComposerDock::outboxChanged);
    trackUnfinishedReply();
    updateAll();
}

void ComposerDock::setTeam(core::ClaimKeeper *claims, core::TeamPresence *presence)
{
    m_claim->setTeam(claims, presence);
}

QString ComposerDock::claimText() const
{
    return m_claim->text();
}

void ComposerDock::showItem(qint64 itemId, qint64 threadId)
{
    if (itemId == m_itemId && threadId == m_threadId)
        return;
    const bool sameThread = threadId != 0 && threadId == m_threadId;
    if (!sameThread)
        saveDraftNow();
    m_handleTime.setConversation(threadId, itemId);
    m_itemId = itemId;
    m_threadId = threadId;
    m_claim->showThread(threadId);
    reload();
    if (!sameThread)
        loadDraft();
    m_editor->setReadOnly(m_submitting && m_submitThread == m_threadId);
    trackUnfinishedReply();
    updateAll();
}

void ComposerDock::reload()
{
    m_row.reset();
    m_readError.clear();
    if (m_itemId != 0) {
        auto row = m_queries.item(m_itemId);
        if (row.ok())
            m_row = std::move(row.value());
        else
            m_readError = row.error().message;
    }
    fillVariables();
    updateHeader();
    updateAll();
}

void ComposerDock::fillVariables()
{
    // Every known variable gets a value, empty when this item has nothing for it, so an empty
    // one is reported as such rather than as unknown.
    core::TemplateRenderer v;
    for (const QString &name : core::TemplateRenderer::knownVariables())
        v.set(name, QString());
    const QDateTime now = QDateTime::currentDateTime();
    v.set(u"operator.name"_s, m_actions.actor().displayName);
    v.set(u"date"_s, QLocale().toString(now.date(), QLocale::ShortFormat));
    v.set(u"time"_s, QLocale().toString(now.time(), QLocale::ShortFormat));
    if (m_row) {
        const core::Item &item = m_row->item;
        const QString name = item.author.name.simplified();
        v.set(u"author.name"_s, name);
        v.set(u"author.first_name"_s, name.section(u' ', 0, 0));
        // As one writes it to address someone.
        v.set(u"author.handle"_s,
              item.author.handle.isEmpty() ? QString() : u'@' + item.author.handle);
        v.set(u"author.city"_s, item.author.city);
        v.set(u"post.text"_s, m_row->postText);
        v.set(u"post.url"_s, m_row->postUrl);
        v.set(u"item.text"_s, item.text);
        v.set(u"account.name"_s, m_row->accountName);
        v.set(u"platform"_s, core::displayName(m_row->platform));
        m_limit = replyLimit(m_row->platform, item.kind);
    } else {
        m_limit = {};
    }
    m_variables = v;

    QList<ComposerEdit::Variable> offered;
    for (const QString &name : core::TemplateRenderer::knownVariables())
        offered.append({name, v.value(name)});
    m_editor->setVariables(offered);
}

void ComposerDock::updateHeader()
{
    if (!m_row) {
        m_recipient->setText(m_itemId == 0
                                 ? tr("Choose a conversation in the inbox to reply to it.")
                                 : tr("This item could not be read: %1").arg(m_readError));
        m_visibility->clear();
        m_visibility->hide();
        return;
    }
    const core::Item &item = m_row->item;
    QString who = item.author.name.simplified();
    if (!item.author.handle.isEmpty())
        who += (who.isEmpty() ? u"@"_s : u" @"_s) + item.author.handle;
    if (who.isEmpty())
        who = tr("an unnamed author");
    m_recipient->setText(
        tr("Reply to %1 · %2 · %3")
            .arg(who, core::displayName(m_row->platform), core::displayName(item.kind)));
    const QString name = item.author.name.simplified();
    switch (item.kind) {
    case core::ItemKind::Dm:
        m_visibility->setText(name.isEmpty() ? tr("Private reply: only the customer will see it.")
                                             : tr("Private reply: only %1 will see it.").arg(name));
        break;
    case core::ItemKind::Comment:
    case core::ItemKind::Mention:
        m_visibility->setText(tr("Public reply: anyone who can see the post will see it."));
        break;
    case core::ItemKind::Review:
        m_visibility->setText(tr("Public reply: shown under the review for everyone to see."));
        break;
    }
    m_visibility->show();
}

QString ComposerDock::recipientText() const
{
    return m_recipient->text();
}

QString ComposerDock::visibilityText() const
{
    return m_visibility->text();
}

void ComposerDock::updateAll()
{
    const bool haveItem = m_itemId != 0 && m_row.has_value();
    m_editor->setEnabled(haveItem);
    m_templateButton->setEnabled(haveItem);
    updateCounter();
    updateProblems();
    updateStatus();
    updateButtons();
    // Before the window is shown, hiding a widget does not reach the cached sizes of nested
    // layouts; the default layout is captured then, so the sizes must be right already.
    if (!isVisible() && widget())
        widget()->layout()->activate();
}

QString ComposerDock::sentText() const
{
    return m_editor->toPlainText().trimmed();
}

void ComposerDock::updateCounter()
{
    if (!m_row) {
        m_counter->clear();
        m_counter->hide();
        return;
    }
    const qsizetype length = replyLength(sentText(), m_limit);
    m_counter->setText(tr("%1 / %2").arg(length).arg(m_limit.maxLength));
    const bool over = isOverLimit();
    setTextColor(m_counter, over ? std::optional(alertColor(palette())) : std::nullopt);
    QString tip = m_limit.countsCodePoints
                      ? tr("%1 counts characters; at most %2 in a reply.")
                      : tr("%1 counts UTF-16 code units (most characters are one, emoji two); "
                           "at most %2 in a reply.");
    m_counter->setToolTip(tip.arg(core::displayName(m_row->platform)).arg(m_limit.maxLength));
    m_counter->show();
}

bool ComposerDock::isOverLimit() const
{
    return m_row && replyLength(sentText(), m_limit) > m_limit.maxLength;
}

QString ComposerDock::counterText() const
{
    return m_counter->text();
}

void ComposerDock::updateProblems()
{
    // A renderer without values reports every variable left in the text.
    const core::TemplateRenderer bare;
    const auto problems = bare.render(m_editor->toPlainText()).problems;
    QStringList names;
    QStringList phrases;
    for (const core::TemplateRenderer::Problem &p : problems) {
        if (names.contains(p.variable))
            continue;
        names.append(p.variable);
        const QString written = u'{' + p.variable + u'}';
        if (!core::TemplateRenderer::knownVariables().contains(p.variable))
            phrases.append(tr("%1 is not a known variable").arg(written));
        else if (m_variables.value(p.variable).trimmed().isEmpty())
            phrases.append(tr("%1 has no value for this customer").arg(written));
        else
            phrases.append(tr("%1 is not filled in").arg(written));
    }
    if (names != m_flagged) {
        // Confirmation holds for what was shown when it was given.
        m_flagged = names;
        m_confirm->setChecked(false);
    }
    m_problemsText = names.isEmpty()
                         ? QString()
                         : tr("Left in the text as written: %1.").arg(phrases.join(u"; "_s));
    m_problems->setText(m_problemsText);
    setTextColor(m_problems, warningColor(palette()));
    m_problems->setVisible(!names.isEmpty());
    m_confirm->setVisible(!names.isEmpty());
}

QString ComposerDock::problemsText() const
{
    return m_problemsText;
}

QString ComposerDock::sendBlockedReason() const
{
    if (m_itemId == 0)
        return tr("Choose a conversation in the inbox to reply to.");
    if (!m_row)
        return tr("This item could not be read: %1").arg(m_readError);
    if (!m_outbox)
        return tr("Sending is not set up at this station yet: replies can be sent once its "
                  "accounts are being polled here.");
    if (m_submitting)
        return tr("The previous reply is still being queued.");
    const QString text = sentText();
    if (text.isEmpty())
        return tr("Write a reply first.");
    const qsizetype length = replyLength(text, m_limit);
    if (length > m_limit.maxLength)
        return tr("The reply is %1 characters long; %2 accepts at most %3. Shorten it by %4.")
            .arg(length)
            .arg(core::displayName(m_row->platform))
            .arg(m_limit.maxLength)
            .arg(length - m_limit.maxLength);
    if (!m_flagged.isEmpty() && !m_confirm->isChecked())
        return tr("Fill in the flagged variables, or confirm sending them as written.");
    return {};
}

void ComposerDock::updateButtons()
{
    const QString reason = sendBlockedReason();
    m_send->setEnabled(reason.isEmpty());
    m_sendAndClose->setEnabled(reason.isEmpty());
    m_send->setToolTip(reason.isEmpty() ? tr("Send the reply (Ctrl+Enter)") : reason);
    m_sendAndClose->setToolTip(
        reason.isEmpty() ? tr("Send the reply and close the item (Ctrl+Shift+Enter)") : reason);
    // Said in words when it is not obvious from the rest of the dock.
    const bool worthSaying =
        !reason.isEmpty() && m_row &&
        (!m_outbox || (isOverLimit() && !m_submitting && !sentText().isEmpty()));
    m_blocked->setText(worthSaying ? reason : QString());
    m_blocked->setVisible(worthSaying);
}

void ComposerDock::updateStatus()
{
    QString text;
    std::optional<QColor> color;
    bool retry = false;
    if (m_itemId != 0 && m_submitting && m_submitItem == m_itemId) {
        text = tr("Sending…");
    } else if (m_refusals.contains(m_itemId)) {
        text = tr("Not sent: %1").arg(m_refusals.value(m_itemId));
        color = alertColor(palette());
    } else if (const qint64 entry = m_entryOfItem.value(m_itemId); entry != 0) {
        const EntryState s = m_entryStates.value(entry);
        switch (s.state) {
        case core::Outbox::State::Queued:
        case core::Outbox::State::Sending:
            text = tr("Sending…");
            break;
        case core::Outbox::State::Sent:
            text = tr("Sent.");
            break;
        case core::Outbox::State::Failed:
            text = s.error.isEmpty() ? tr("Not sent.") : tr("Not sent: %1").arg(s.error);
            color = alertColor(palette());
            retry = m_outbox != nullptr;
            break;
        }
    }
    if (!m_draftError.isEmpty()) {
        text = text.isEmpty() ? m_draftError : text + u'\n' + m_draftError;
        color = alertColor(palette());
    }
    m_status->setText(text);
    setTextColor(m_status, color);
    m_retry->setVisible(retry);
}

QString ComposerDock::sendStatusText() const
{
    return m_status->text();
}

void ComposerDock::setEditorText(const QString &text)
{
    m_loading = true;
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::End);
    m_loading = false;
}

void ComposerDock::loadDraft()
{
    m_draftTimer.stop();
    m_draftDirty = false;
    QString text;
    if (m_threadId != 0) {
        if (m_unsavedDrafts.contains(m_threadId)) {
            text = m_unsavedDrafts.value(m_threadId);
        } else if (const auto draft = m_console.draft(m_threadId); draft.ok() && *draft) {
            text = draft.value()->body;
        }
    }
    setEditorText(text);
}

void ComposerDock::textEdited()
{
    if (m_loading)
        return;
    m_claim->active();
    m_refusals.remove(m_itemId);
    if (m_threadId != 0) {
        m_draftDirty = true;
        m_draftTimer.start();
    }
    updateAll();
}

void ComposerDock::saveDraftNow()
{
    m_draftTimer.stop();
    if (!m_draftDirty || m_threadId == 0)
        return;
    m_draftDirty = false;
    writeDraft(m_threadId, m_itemId, m_editor->toPlainText());
}

void ComposerDock::writeDraft(qint64 threadId, qint64 itemId, const QString &body)
{
    const quint64 number = ++m_draftWriteCount;
    m_unsavedDrafts.insert(threadId, body);
    m_draftWrites.insert(threadId, number);
    whenFinished(m_actions.saveDraft(threadId, itemId, body), this,
                 [this, threadId, body, number](const core::StoreError &error) {
                     if (m_draftWrites.value(threadId) == number) {
                         m_unsavedDrafts.remove(threadId);
                         m_draftWrites.remove(threadId);
                     }
                     const QString message =
                         error.ok() ? QString()
                                    : tr("The draft could not be saved: %1").arg(error.message);
                     if (message != m_draftError) {
                         m_draftError = message;
                         updateStatus();
                     }
                     if (error.ok())
                         Q_EMIT draftSaved(threadId, body);
                 });
}

std::optional<QString> ComposerDock::expandShortcode(const QString &code)
{
    const auto found = m_console.templateByShortcode(code);
    if (!found.ok() || !found.value())
        return std::nullopt;
    fillVariables(); // the date and time of now
    whenFinished(m_actions.countTemplateUse(found.value()->id), this,
                 [](const core::StoreError &) {});
    return m_variables.render(found.value()->body).text;
}

void ComposerDock::insertTemplate(const core::Template &chosenTemplate)
{
    if (!m_row)
        return;
    fillVariables();
    m_editor->insertPlainText(m_variables.render(chosenTemplate.body).text);
    m_editor->setFocus(Qt::OtherFocusReason);
    whenFinished(m_actions.countTemplateUse(chosenTemplate.id), this,
                 [](const core::StoreError &) {});
}

bool ComposerDock::send(bool closeAfter)
{
    if (!sendBlockedReason().isEmpty())
        return false;
    const QString text = sentText();
    const qint64 itemId = m_itemId;
    const qint64 threadId = m_threadId;
    m_submitting = true;
    m_submitItem = itemId;
    m_submitThread = threadId;
    m_earlyStates.clear();
    m_refusals.remove(itemId);
    // The text is on its way; it is no draft any more unless it is refused.
    m_draftTimer.stop();
    m_draftDirty = false;
    m_editor->setReadOnly(true);
    updateAll();
    // In a team, only once the server confirms the conversation is still ours.
    m_claim->beforeSend(
        threadId,
        [this, itemId, threadId, text, closeAfter] {
            handOver(itemId, threadId, text, closeAfter);
        },
        [this, itemId, threadId, text](const QString &why) {
            queued(itemId, threadId, text, core::StoreError::invalid(why));
        });
    return true;
}

void ComposerDock::handOver(qint64 itemId, qint64 threadId, const QString &text, bool closeAfter)
{
    if (!m_outbox) {
        queued(itemId, threadId, text,
               core::StoreError::invalid(tr("Sending stopped at this station meanwhile.")));
        return;
    }
    // The server checks the claim again when the reply reaches it (the fence it was written
    // under).
    whenFinished(m_outbox->reply(itemId, text, closeAfter, m_claim->fence(threadId)), this,
                 [this, itemId, threadId, text](const core::StoreResult<qint64> &result) {
                     queued(itemId, threadId, text, result);
                 });
}

void ComposerDock::queued(qint64 itemId, qint64 threadId, const QString &text,
                          const core::StoreResult<qint64> &result)
{
    m_submitting = false;
    m_editor->setReadOnly(false);
    if (!result.ok()) {
        m_refusals.insert(itemId, result.error().message);
        if (threadId == m_threadId) {
            m_draftDirty = true; // the text stays, and stays a draft
            m_draftTimer.start();
        } else {
            writeDraft(threadId, itemId, text);
        }
        updateAll();
        return;
    }
    m_claim->sent(threadId);
    const qint64 entry = *result;
    m_entryOfItem.insert(itemId, entry);
    m_entryStates.insert(entry, m_earlyStates.value(entry));
    m_earlyStates.clear();
    if (threadId == m_threadId) {
        m_draftTimer.stop();
        m_draftDirty = false;
        setEditorText(QString());
    }
    writeDraft(threadId, itemId, QString());
    updateAll();
    Q_EMIT replyStateChanged(entry, m_entryStates.value(entry).state);
}

void ComposerDock::outboxChanged(qint64 entryId, qint64 itemId, core::Outbox::State state,
                                 const QString &error)
{
    if (m_entryStates.contains(entryId)) {
        m_entryStates.insert(entryId, {state, error});
        if (itemId == m_itemId)
            updateStatus();
        Q_EMIT replyStateChanged(entryId, state);
    } else if (m_submitting && itemId == m_submitItem) {
        // Possibly ours, signalled before its id came back.
        m_earlyStates.insert(entryId, {state, error});
    }
}

void ComposerDock::trackUnfinishedReply()
{
    // A reply that failed or is still on its way (from an earlier session, too) is shown with
    // the item, so it is not forgotten.
    if (!m_outbox || m_itemId == 0 || m_entryOfItem.contains(m_itemId))
        return;
    const auto entries = m_outbox->entriesFor(m_itemId);
    if (!entries.ok())
        return;
    for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
        if (it->kind != core::OutgoingAction::Kind::Reply)
            continue;
        if (it->state != core::Outbox::State::Sent) {
            m_entryOfItem.insert(m_itemId, it->id);
            m_entryStates.insert(it->id, {it->state, it->error});
        }
        return;
    }
}

bool ComposerDock::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Close && watched != this) {
        saveDraftNow();
        m_handleTime.flush();
    }
    return QDockWidget::eventFilter(watched, event);
}

void ComposerDock::keyPressEvent(QKeyEvent *event)
{
    // Ctrl+Enter from anywhere in the dock, not only the editor.
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (isEnter(event->key()) && (modifiers & Qt::ControlModifier)) {
        send(modifiers.testFlag(Qt::ShiftModifier));
        event->accept();
        return;
    }
    QDockWidget::keyPressEvent(event);
}

void ComposerDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    // The warning colours are derived from the palette.
    if (event->type() == QEvent::PaletteChange && m_blocked)
        updateAll();
}

} // namespace fd::ui
