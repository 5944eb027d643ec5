#pragma once

#include "ReplyLimits.h"
#include "console/ConsoleQueries.h"
#include "console/Outbox.h"
#include "console/TemplateRenderer.h"
#include "model/Template.h"
#include "stats/HandleTimeMeter.h"
#include "store/ItemQueries.h"
#include "store/ItemRow.h"

#include <QDockWidget>
#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <optional>
#include <utility>

class QCheckBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace fd::core {
class ClaimKeeper;
class InboxActions;
class TeamPresence;
} // namespace fd::core

namespace fd::ui {

class ComposerClaim;
class ComposerEdit;
class ComposerTemplatePopup;

// Where the operator writes the reply to the item chosen in the inbox: whom it goes to and
// whether everyone sees it, templates (picker, /shortcode) and variables filled for the item,
// the platform's length limit, and Send / Send and close through the outbox with the reply's
// fate shown (sending, sent, failed with the reason and a Retry). The text is kept as a draft
// per conversation while it is written.
class ComposerDock : public QDockWidget
{
    Q_OBJECT

public:
    // Delay between the last change and saving the draft.
    static constexpr int draftDelayMs = 600;

    ComposerDock(core::ItemQueries queries, core::ConsoleQueries console,
                 core::InboxActions &actions, QWidget *parent = nullptr);

    // The outbox replies go through; nullptr disables sending, saying why.
    void setOutbox(core::Outbox *outbox);
    // In a team: this station's claims and what others do (nullptr: standalone). Being at the
    // composer claims the conversation; a reply goes once its claim is confirmed.
    void setTeam(core::ClaimKeeper *claims, core::TeamPresence *presence);
    // "Anna is replying to this conversation."; empty when no one else is.
    QString claimText() const;
    // The item to answer (0 for none) and its conversation; the text is the conversation's
    // draft. The current text is saved as its own conversation's draft first.
    void showItem(qint64 itemId, qint64 threadId);
    // Re-reads the item (its author or status may have changed).
    void reload();

    qint64 itemId() const { return m_itemId; }
    qint64 threadId() const { return m_threadId; }
    ComposerEdit *editor() const { return m_editor; }
    ComposerTemplatePopup *templatePopup() const { return m_templatePopup; }
    QToolButton *templateButton() const { return m_templateButton; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *sendAndCloseButton() const { return m_sendAndClose; }
    QPushButton *retryButton() const { return m_retry; }
    // "Send with these left as written", shown while variables are flagged.
    QCheckBox *confirmBox() const { return m_confirm; }

    QString recipientText() const;
    QString visibilityText() const;
    // "123 / 4096".
    QString counterText() const;
    bool isOverLimit() const;
    // The warning line about variables left in the text; empty when there are none.
    QString problemsText() const;
    // The flagged variables, without braces, in the order of the text.
    const QStringList &flaggedVariables() const { return m_flagged; }
    // The reply's state ("Sending…", "Sent.", "Not sent: …"); empty when there is none.
    QString sendStatusText() const;
    // Why Send is disabled; empty when the reply can be sent.
    QString sendBlockedReason() const;
    // The variables as filled for the current item.
    const core::TemplateRenderer &variables() const { return m_variables; }
    const ReplyLimit &limit() const { return m_limit; }

    // Inserts the template, filled for the current item, at the cursor.
    void insertTemplate(const core::Template &chosenTemplate);
    // Sends the text (trimmed) if nothing blocks it; returns whether it was handed on.
    bool send(bool closeAfter);
    // Saves the text as its conversation's draft now, if it changed.
    void saveDraftNow();

Q_SIGNALS:
    // A draft was written to the store (an empty body: removed).
    void draftSaved(qint64 threadId, const QString &body);
    // The state of a reply sent from here changed.
    void replyStateChanged(qint64 entryId, fd::core::Outbox::State state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct EntryState
    {
        core::Outbox::State state = core::Outbox::State::Queued;
        QString error;
    };

    void fillVariables();
    void updateHeader();
    void updateAll();
    void updateCounter();
    void updateProblems();
    void updateStatus();
    void updateButtons();
    void setEditorText(const QString &text);
    void loadDraft();
    void writeDraft(qint64 threadId, qint64 itemId, const QString &body);
    void textEdited();
    void trackUnfinishedReply();
    void handOver(qint64 itemId, qint64 threadId, const QString &text, bool closeAfter);
    void queued(qint64 itemId, qint64 threadId, const QString &text,
                const core::StoreResult<qint64> &result);
    void outboxChanged(qint64 entryId, qint64 itemId, core::Outbox::State state,
                       const QString &error);
    std::optional<QString> expandShortcode(const QString &code);
    QString sentText() const;

    core::ItemQueries m_queries;
    core::ConsoleQueries m_console;
    core::InboxActions &m_actions;
    QPointer<core::Outbox> m_outbox;
    QMetaObject::Connection m_outboxConnection;

    QLabel *m_recipient = nullptr;
    QLabel *m_visibility = nullptr;
    QLabel *m_claimLabel = nullptr;
    ComposerClaim *m_claim = nullptr;
    QToolButton *m_templateButton = nullptr;
    ComposerTemplatePopup *m_templatePopup = nullptr;
    ComposerEdit *m_editor = nullptr;
    QLabel *m_problems = nullptr;
    QCheckBox *m_confirm = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_counter = nullptr;
    QPushButton *m_sendAndClose = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_blocked = nullptr;

    qint64 m_itemId = 0;
    qint64 m_threadId = 0;
    std::optional<core::ItemRow> m_row;
    QString m_readError; // why the item could not be read
    core::TemplateRenderer m_variables;
    ReplyLimit m_limit;
    QStringList m_flagged;
    QString m_problemsText;

    // Drafts: typed text is saved a moment after typing stops; writes not yet committed are
    // remembered, so a conversation chosen again meanwhile shows its latest text.
    QTimer m_draftTimer;
    bool m_loading = false;
    bool m_draftDirty = false;
    QHash<qint64, QString> m_unsavedDrafts; // thread -> body being written
    QHash<qint64, quint64> m_draftWrites;   // thread -> the latest write's number
    quint64 m_draftWriteCount = 0;
    QString m_draftError;

    // Sending: the reply being queued, and the replies whose fate is shown per item.
    bool m_submitting = false;
    qint64 m_submitItem = 0;
    qint64 m_submitThread = 0;
    QHash<qint64, EntryState> m_earlyStates; // signalled before the entry's id came back
    QHash<qint64, qint64> m_entryOfItem;     // item -> its latest reply entry shown here
    QHash<qint64, EntryState> m_entryStates; // entry -> its last known state
    QHash<qint64, QString> m_refusals;       // item -> why its reply was refused

    // Focused time per conversation, written as handle time when the conversation changes.
    core::HandleTimeMeter m_handleTime;
};

} // namespace fd::ui
