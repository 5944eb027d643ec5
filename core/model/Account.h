#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QString>

namespace fd::core {

// A connected platform account (a bot, a community, a page, an app). Its token never lives
// here: only in the keychain of the stations that poll it.
struct Account
{
    qint64 id = 0;
    Platform platform = Platform::Telegram;
    QString name;
    QString apiBase; // empty: the platform's public API
    QString cursor;  // the connector's confirmed position, committed with the items
    bool enabled = true;
    QDateTime createdAt;
    QDateTime lastPollAt; // the last poll that stored something (its cursor moved)
    QString lastError;    // in words; empty when the last attempt went well
    AccountHealth health = AccountHealth::Idle;
    QDateTime lastSuccessAt; // the last request the platform answered well
    QDateTime waitingUntil;  // while health is Waiting
};

} // namespace fd::core
