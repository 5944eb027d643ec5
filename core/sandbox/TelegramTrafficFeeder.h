#pragma once

#include "SandboxTrafficFeeder.h"
#include "TelegramSandboxBot.h"
#include "TrafficGenerator.h"

#include <QHash>
#include <QList>

namespace fd::core {

// Turns TrafficGenerator items into Telegram updates for one sandbox bot: DMs become private
// messages (some through a business connection), comments become discussion-group comments
// under a few channel posts (each post also arrives as channel_post plus its automatic
// forward), mentions become group messages naming the channel. Now and then a DM is edited, a
// reaction is set (kept out by the default allowed_updates) or an update type no client knows
// arrives. Arrivals are Poisson at the configured rate; the same seed gives the same traffic.
class TelegramTrafficFeeder : public SandboxTrafficFeeder
{
    Q_OBJECT

public:
    TelegramTrafficFeeder(TelegramSandboxBot *bot, quint32 seed, QObject *parent = nullptr);

    int updatesQueued() const { return queuedTotal(); }

private:
    void produceOne() override;
    TelegramSandboxBot::User userFor(const Author &author, TrafficGenerator::Language language);
    TelegramSandboxBot::Media mediaFor(const QString &attachments) const;

    TelegramSandboxBot *m_bot;
    TrafficGenerator m_generator;
    QString m_businessConnection;
    QHash<QString, qint64> m_threads;  // generator post id -> automatic forward id in the group
    QHash<QString, qint64> m_comments; // generator comment id -> message id in the group
    QList<std::pair<qint64, qint64>> m_recentDms;         // chat, message
    QList<std::pair<qint64, qint64>> m_recentBusinessDms; // chat, message
};

} // namespace fd::core
