#pragma once

#include "SandboxTrafficFeeder.h"
#include "TrafficGenerator.h"
#include "VkSandboxCommunity.h"

#include <QHash>
#include <QList>

namespace fd::core {

// Turns TrafficGenerator items into Bots Long Poll events for one sandbox community: DMs
// become message_new; comments become wall_reply_new under a handful of wall posts (each post
// first arrives as wall_post_new), sometimes replying to an earlier comment, and some land on
// photos, videos, board topics and market items instead; mentions become wall replies naming
// the community as "[club<id>|<name>]". Now and then a message or comment is edited, a
// comment deleted (and later restored), someone types, joins, or an event type no client
// knows arrives. Arrivals are Poisson at the set rate; the same seed gives the same traffic.
class VkTrafficFeeder : public SandboxTrafficFeeder
{
    Q_OBJECT

public:
    VkTrafficFeeder(VkSandboxCommunity *community, quint32 seed, QObject *parent = nullptr);

    int eventsQueued() const { return queuedTotal(); }

private:
    using Target = VkSandboxCommunity::Target;
    struct Comment
    {
        Target target = Target::Wall;
        qint64 objectId = 0;
        qint64 commentId = 0;
    };

    void produceOne() override;
    VkSandboxCommunity::User userFor(const Author &author);
    static QString attachmentFor(const QString &attachments);

    VkSandboxCommunity *m_community;
    TrafficGenerator m_generator;
    QHash<QString, qint64> m_posts;               // generator post id -> wall post id
    QHash<QString, qint64> m_comments;            // generator comment id -> wall comment id
    QList<std::pair<qint64, qint64>> m_recentDms; // peer, message
    QList<Comment> m_recentComments;
    QList<Comment> m_deletedComments; // waiting to be restored
};

} // namespace fd::core
