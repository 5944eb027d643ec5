#pragma once

#include "TrafficGenerator.h"
#include "VkSandboxCommunity.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace fd::core {

// Turns TrafficGenerator items into Bots Long Poll events for one sandbox community: DMs
// become message_new; comments become wall_reply_new under a handful of wall posts (each post
// first arrives as wall_post_new), sometimes replying to an earlier comment, and some land on
// photos, videos, board topics and market items instead; mentions become wall replies naming
// the community as "[club<id>|<name>]". Now and then a message or comment is edited, a
// comment deleted (and later restored), someone types, joins, or an event type no client
// knows arrives. Arrivals are Poisson at the set rate; the same seed gives the same traffic.
class VkTrafficFeeder : public QObject
{
    Q_OBJECT

public:
    VkTrafficFeeder(VkSandboxCommunity *community, quint32 seed, QObject *parent = nullptr);

    // Items per minute; start() runs on a real-time timer, advance() on simulated time.
    void setRate(double perMinute) { m_perMinute = perMinute; }
    double rate() const { return m_perMinute; }
    void start(double perMinute);
    void stop();
    bool isRunning() const { return m_running; }

    // Produces `count` customer items now; returns how many events were queued.
    int feed(int count);
    // Moves simulated time on by `ms` and produces every item that arrives in it; returns how
    // many items that was.
    int advance(qint64 ms);

    int itemsProduced() const { return m_items; }
    int eventsQueued() const { return m_events; }

Q_SIGNALS:
    void produced(int items, int events);

private:
    using Target = VkSandboxCommunity::Target;
    struct Comment
    {
        Target target = Target::Wall;
        qint64 objectId = 0;
        qint64 commentId = 0;
    };

    int produceOne();
    void scheduleNextArrival();
    void tick();
    VkSandboxCommunity::User userFor(const Author &author);
    static QString attachmentFor(const QString &attachments);

    VkSandboxCommunity *m_community;
    TrafficGenerator m_generator;
    QRandomGenerator m_rng;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    double m_perMinute = 0;
    bool m_running = false;
    qint64 m_clockMs = 0;        // simulated time
    qint64 m_nextArrivalMs = -1; // -1: not drawn yet
    int m_items = 0;
    int m_events = 0;
    QHash<QString, qint64> m_posts;               // generator post id -> wall post id
    QHash<QString, qint64> m_comments;            // generator comment id -> wall comment id
    QList<std::pair<qint64, qint64>> m_recentDms; // peer, message
    QList<Comment> m_recentComments;
    QList<Comment> m_deletedComments; // waiting to be restored
};

} // namespace fd::core
