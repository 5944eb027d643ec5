#pragma once

#include "TelegramSandboxBot.h"
#include "TrafficGenerator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace fd::core {

// Turns TrafficGenerator items into Telegram updates for one sandbox bot: DMs become private
// messages (some through a business connection), comments become discussion-group comments
// under a few channel posts (each post also arrives as channel_post plus its automatic
// forward), mentions become group messages naming the channel. Now and then a DM is edited, a
// reaction is set (kept out by the default allowed_updates) or an update type no client knows
// arrives. Arrivals are Poisson at the configured rate; the same seed gives the same traffic.
class TelegramTrafficFeeder : public QObject
{
    Q_OBJECT

public:
    TelegramTrafficFeeder(TelegramSandboxBot *bot, quint32 seed, QObject *parent = nullptr);

    // Items per minute; start() runs on a real-time timer, advance() on simulated time.
    void setRate(double perMinute) { m_perMinute = perMinute; }
    double rate() const { return m_perMinute; }
    void start(double perMinute);
    void stop();
    bool isRunning() const { return m_running; }

    // Produces `count` customer items now; returns how many updates were queued.
    int feed(int count);
    // Moves simulated time on by `ms` and produces every item that arrives in it; returns how
    // many items that was.
    int advance(qint64 ms);

    int itemsProduced() const { return m_items; }
    int updatesQueued() const { return m_updates; }

Q_SIGNALS:
    void produced(int items, int updates);

private:
    int produceOne();
    void scheduleNextArrival();
    void tick();
    TelegramSandboxBot::User userFor(const Author &author, TrafficGenerator::Language language);
    TelegramSandboxBot::Media mediaFor(const QString &attachments) const;

    TelegramSandboxBot *m_bot;
    TrafficGenerator m_generator;
    QRandomGenerator m_rng;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    double m_perMinute = 0;
    bool m_running = false;
    qint64 m_clockMs = 0;        // simulated time
    qint64 m_nextArrivalMs = -1; // -1: not drawn yet
    int m_items = 0;
    int m_updates = 0;
    QString m_businessConnection;
    QHash<QString, qint64> m_threads;  // generator post id -> automatic forward id in the group
    QHash<QString, qint64> m_comments; // generator comment id -> message id in the group
    QList<std::pair<qint64, qint64>> m_recentDms;         // chat, message
    QList<std::pair<qint64, qint64>> m_recentBusinessDms; // chat, message
};

} // namespace fd::core
