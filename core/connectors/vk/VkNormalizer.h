#pragma once

#include "store/IngestBatch.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace fd::core {

// Turns Bots Long Poll events of one community into normalised items.
//
// - message_new (a customer's message) and message_reply (ours) are DMs in the dialog with the
//   peer; message_edit replaces the text.
// - Comments under wall posts, photos, videos, board topics and market items are comments in the
//   tree of that object; *_edit replaces the text, *_delete marks the item deleted (its text
//   stays), *_restore brings it back.
// - wall_post_new (our own post) only teaches the post's text for the previews of its comments.
// - Typing, reads, joins, likes and event types we do not know are skipped with a reason.
//
// Authors arrive as bare ids: the item carries the id in author.externalId and the connector
// fills in the profile (users.get) before storing. VK's wiki links "[id1|Name]" become "Name".
class VkNormalizer
{
public:
    // What an external id names, so the connector can act on it.
    struct Ref
    {
        enum class Kind { None, Dm, Wall, Photo, Video, Board, Market };
        Kind kind = Kind::None;
        qint64 owner = 0;              // DM: the peer; comments: the owner of the post, photo, …
        qint64 object = 0;             // the post, photo, video, topic or market item; 0 for a DM
        qint64 id = 0;                 // the message or comment
        bool byConversationId = false; // a DM known only by conversation_message_id
        bool valid() const { return kind != Kind::None && owner != 0 && id != 0; }
    };

    struct Result
    {
        std::optional<IncomingItem> item;
        QList<IncomingDeletion> deletions;
        QString skipped;     // why nothing came of the event, in words (for the log)
        qint64 authorId = 0; // whose profile the item needs: a user (> 0) or a community (< 0)
        QString postNeeded;  // a post whose text the preview lacks (a wall post's external id)
    };

    VkNormalizer(qint64 groupId, QString groupName);

    Result normalize(const QJsonObject &event);

    void learnPost(const QString &postExternalId, const QString &text);
    bool knowsPost(const QString &postExternalId) const { return m_posts.contains(postExternalId); }
    QString postText(const QString &postExternalId) const { return m_posts.value(postExternalId); }

    static QString dmId(qint64 peer, qint64 message);
    static QString objectId(Ref::Kind kind, qint64 owner, qint64 object);
    static QString commentId(Ref::Kind kind, qint64 owner, qint64 object, qint64 comment);
    static Ref parse(const QString &externalId);
    // "[id1|Pavel] hi" -> "Pavel hi"; "[club1|Shop]" -> "Shop".
    static QString plainText(const QString &vkText);
    // A one-line summary of an attachments array ("photo, 2 files").
    static QString attachmentSummary(const QJsonValue &attachments);
    static qint64 idOf(const QJsonValue &v);

private:
    Result fromMessage(const QJsonObject &m, bool edited);
    Result fromComment(const QString &type, const QJsonObject &c);
    Result fromDeletion(const QString &type, const QJsonObject &o);
    void setAuthor(Item &item, qint64 from, Result &r) const;

    qint64 m_groupId;
    QString m_groupName;
    QHash<QString, QString> m_posts; // wall post external id -> text
};

} // namespace fd::core
