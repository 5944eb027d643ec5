#pragma once

#include "TestSupport.h"

#include "stats/StatsEngine.h"

#include <QDateTime>

namespace fd::test {

// A store filled by hand with conversations whose every moment a test chooses: customer items,
// our replies (by an operator or by a rule, through the outbox as the program records them),
// and journaled actions. Times are seconds after `base`.
class Timeline
{
public:
    explicit Timeline(QDateTime base = QDateTime(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc()));

    core::Store &store() { return m_store.store(); }
    qint64 account() const { return m_account; }
    QDateTime at(qint64 seconds) const { return m_base.addSecs(seconds); }

    // A new conversation of the account; its id.
    qint64 conversation(core::ItemKind kind = core::ItemKind::Dm);
    // A customer's item in a conversation; its id.
    qint64 customer(qint64 thread, qint64 seconds, const QString &status = QStringLiteral("open"),
                    core::ItemKind kind = core::ItemKind::Dm);
    // Our reply in a conversation, answering `toItem`, as the outbox records a sent one.
    qint64 reply(qint64 thread, qint64 toItem, qint64 seconds, const QString &sender,
                 bool byRule = false);
    // A journal row about an item.
    void journal(qint64 itemId, qint64 seconds, const QString &action, const QString &actor,
                 const QString &actorKind = QStringLiteral("operator"), const QString &after = {});
    void setStatus(qint64 itemId, const QString &status);
    void sql(const QString &statement, const QVariantList &values = {});

    core::StatsReport stats(core::StatsQuery query = {});

private:
    TempStore m_store;
    QDateTime m_base;
    qint64 m_account = 0;
    int m_next = 0;
};

} // namespace fd::test
