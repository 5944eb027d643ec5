#pragma once

#include "model/Enums.h"
#include "store/StoreError.h"

#include <QList>
#include <QSqlDatabase>

namespace fd::core {

// Whether and how customers are asked to rate the help they got, after an operator closed
// their conversation. Kept in the store, so every program on it (the console, frontdeskctl)
// follows the same settings.
struct CsatSettings
{
    bool enabled = false;
    qint64 templateId = 0;    // the survey's text; none: nothing is sent
    QList<qint64> accountIds; // empty: every account
    QList<ItemKind> kinds{ItemKind::Dm};
    int delayMinutes = 0;     // after the closing; 0 sends at once
    int perCustomerDays = 30; // at most one survey per customer in this many days; 0: no limit

    // How long after a survey was sent a rating is still taken.
    static constexpr int answerDays = 7;

    bool covers(qint64 accountId, ItemKind kind) const;
    bool operator==(const CsatSettings &) const = default;
};

// Whether the platform lets us write privately to the customer in a conversation of this kind,
// without them writing first: a Telegram bot in a private chat (or a business chat) it was
// written to, and a VK community in messages a user sent it. A public comment gets no private
// message: neither API writes to a commenter privately. (Facebook's Send API needs the
// customer's message from the last 24 hours, and there is no connector for it yet.)
bool csatPossible(Platform platform, ItemKind kind);

StoreResult<CsatSettings> loadCsatSettings(const QSqlDatabase &db);
// Inside a write job. Turning surveys on starts from now: closings before it are not surveyed.
StoreError saveCsatSettings(const QSqlDatabase &db, const CsatSettings &settings);

} // namespace fd::core
