#pragma once

#include "SlaPolicy.h"
#include "TextSignals.h"
#include "store/SqliteStatement.h"
#include "store/StoreError.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace fd::core {

// What rules know of one incoming item: its row, and what is derived from its text on demand
// (folded text, its words, links, emoji). Rules change `tags`, `status`, `priority` and
// `assigneeId` as they plan, so the next rule in line sees what the earlier ones did.
struct ItemFacts
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 threadId = 0;
    qint64 postId = 0;
    qint64 authorId = 0;
    QString platform, accountName, kind, text;
    QString authorName, authorHandle; // as written
    std::optional<qint64> followers;
    QString postExternalId, postText;
    qint64 createdMs = 0;
    qint64 receivedMs = 0;
    QString lang;                 // '' when not classified
    std::optional<int> sentiment; // -1, 0, 1
    bool spam = false;
    QString event;      // new, edited or timer
    bool stored = true; // false: a new item decided on before its row is written

    // What the rules may change as they go.
    QString status;
    int priority = 0;
    qint64 assigneeId = 0;
    std::optional<QStringList> tags; // tag names as written; loaded when a rule first asks
    std::optional<bool> authorIsNew; // the author's first item on this account; when first asked

    // Derived from the text once, when first asked.
    const QString &folded() const;
    const QSet<QString> &words() const; // folded words
    bool hasJoiners() const;            // hasJoiners(folded())
    const TextSignals &textSignals() const;
    const QString &foldedPostText() const;    // the post's text, folded
    const QString &foldedAccountName() const; // the account's name, folded
    // What the classifiers already derived from this text at ingest, so rules do not derive it
    // again: foldText(text), textSignals(text) and, when given, the folded words.
    void setDerived(QString folded, const TextSignals &signals,
                    std::optional<QSet<QString>> words = std::nullopt);

private:
    struct Derived
    {
        std::optional<QString> folded;
        std::optional<QSet<QString>> words;
        std::optional<bool> hasJoiners;
        std::optional<TextSignals> textSignals;
        std::optional<QString> foldedPostText, foldedAccountName;
    };
    Derived &derived() const;
    mutable std::shared_ptr<Derived> m_derived;
};

// Reads items and what rules ask about them, through statements prepared once on one
// connection (the writer's at ingest, a reader's for dry runs).
class FactSource
{
public:
    explicit FactSource(const QSqlDatabase &db);
    ~FactSource();
    FactSource(const FactSource &) = delete;
    FactSource &operator=(const FactSource &) = delete;

    StoreError error() const { return m_error; }
    // The item as stored now; nullopt when there is none (or it is ours, not a customer's).
    StoreResult<std::optional<ItemFacts>> load(qint64 itemId);
    StoreResult<QStringList> tags(qint64 itemId);
    // No earlier item of this author on this account.
    StoreResult<bool> authorIsNew(const ItemFacts &item);
    // The oldest customer message in the thread after our last reply, up to `item`; nullopt
    // when our reply is the newest.
    StoreResult<std::optional<qint64>> unansweredSinceMs(const ItemFacts &item);
    // A template's body by title or shortcode, nullopt when none.
    StoreResult<std::optional<QString>> templateBody(const QString &name);
    // Operator ids by login (enabled only), in the order asked; for an empty list the enabled
    // operators and leads on shift now (everyone when shifts are not used). With their open
    // items counted: read once per batch and then kept up to date through openItemMoved(), as a
    // count(*) per assignment grew with every open item an operator held.
    struct Candidate
    {
        qint64 id = 0;
        QString login;
        qint64 open = 0;
    };
    StoreResult<QList<Candidate>> candidates(const QStringList &logins);
    StoreResult<std::optional<qint64>> operatorId(const QString &login);
    // What the rules did to an item's assignee and status, for the open counts read above.
    void openItemMoved(qint64 fromAssignee, bool fromOpen, qint64 toAssignee, bool toOpen);

    // Whether the business-hours calendar of that name is open at a moment; nullopt for an
    // unknown calendar. The calendars are read when first asked after forget().
    std::optional<bool> calendarOpen(const QString &calendar, qint64 ms);
    // Calendars and operators are read again when next asked: at the start of a batch, and
    // after a rollback.
    void forget()
    {
        m_sla.reset();
        m_candidates.reset();
    }

    const QSqlDatabase &db() const { return m_db; }

private:
    struct Statements;
    QSqlDatabase m_db;
    std::unique_ptr<Statements> m_st;
    StoreError m_error;
    std::optional<SlaSettings> m_sla;
    std::optional<QList<Candidate>> m_candidates; // all enabled operators and leads
    // Who is on shift (nothing: shifts are not used), read at most once a minute.
    std::optional<QSet<qint64>> m_onShift;
    qint64 m_onShiftReadAt = 0;
};

} // namespace fd::core
