#pragma once

#include "TestSupport.h"

#include "console/InboxActions.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace fd::test {

// A moment given as local wall time in an IANA zone, as UTC.
QDateTime at(const char *zone, int y, int mo, int d, int h, int mi = 0);
// A moment in UTC.
QDateTime utc(int y, int mo, int d, int h, int mi = 0);

// A store with one account and operators added by login.
struct ShiftStore
{
    ShiftStore();
    // Adds an enabled operator; returns their id.
    qint64 addOperator(const QString &login, const QString &name,
                       const QString &role = QStringLiteral("operator"));
    // Stores customer items (created at the given moments, in conversations of their own unless
    // `author` repeats) and returns their ids by external id.
    qint64 addItem(const QString &externalId, const QString &text, const QDateTime &created,
                   const QString &author = {});
    // Our reply in the conversation of the customer `author`, written at `created`.
    qint64 addReply(const QString &externalId, const QString &author, const QDateTime &created);
    void exec(const QString &sql);
    qint64 scalar(const QString &sql);
    core::Actor actor(const QString &login);

    TempStore s;
    qint64 account = 0;
    QHash<QString, qint64> operators;
};

} // namespace fd::test
