#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace fd::core {

// One bot of the Telegram sandbox and the little world around it: its channel and the
// channel's discussion group, the people who write to it, the messages in its chats, and the
// queue of updates getUpdates serves. Payloads follow the Bot API objects (Update, Message,
// Chat, ChatFullInfo, User, MessageOriginChannel, BusinessConnection, …); ids are 64-bit.
class TelegramSandboxBot : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QString token; // "<bot user id>:<secret>"; the id before ':' is the bot's user id
        QString firstName;
        QString username; // without '@'
        bool canReadAllGroupMessages = true;
        qint64 channelId = 0; // a channel, e.g. -1001987654321
        QString channelTitle;
        QString channelUsername;
        qint64 groupId = 0; // its linked discussion group (a supergroup)
        QString groupTitle;
        QString groupUsername;
        qint64 firstUpdateId = 100000001;
        int maxPendingUpdates = 10000;            // the oldest go first beyond this
        qint64 updateLifetimeSecs = 24 * 60 * 60; // the Bot API keeps updates 24 hours

        // A ready-made bot: index 0 is "Frontshop" with channel @frontshop and group
        // @frontshop_chat; other indexes get their own ids, names and token.
        static Config demo(int index = 0);
    };

    struct User
    {
        qint64 id = 0;
        QString firstName;
        QString lastName;
        QString username; // without '@'; empty when the person has none
        QString languageCode;
        bool isBot = false;

        QJsonObject toJson() const;
    };

    enum class Media { None, Photo, Video, Document, Sticker };

    // What a producer added. updateId is 0 when allowed_updates kept the update out of the
    // queue (the message itself still exists in the world).
    struct Pushed
    {
        qint64 updateId = 0;
        QString type;
        QJsonObject update;
        qint64 chatId = 0;
        qint64 messageId = 0;

        bool queued() const { return updateId != 0; }
    };

    struct ChannelPost
    {
        Pushed post;    // channel_post in the channel
        Pushed forward; // its automatic forward into the discussion group; comments hang here
    };

    TelegramSandboxBot(Config config, std::function<qint64()> clockMs, QObject *parent = nullptr);

    const Config &config() const { return m_config; }
    qint64 id() const { return m_id; }
    User user() const;
    QJsonObject getMe() const;

    // Chats: private chats of people who wrote to the bot, the channel and the group.
    // `chatId` is a number or "@username" of the channel or the group; nullopt when it is
    // neither (the chat may still be unknown: check hasChat()).
    std::optional<qint64> parseChatId(const QString &chatId) const;
    bool hasChat(qint64 chatId) const { return !chat(chatId).isEmpty(); }
    QJsonObject chat(qint64 chatId) const; // the short Chat object; empty when unknown
    QJsonObject chatFullInfo(qint64 chatId) const;
    bool isPrivateChat(qint64 chatId) const { return chatId > 0; }

    // Messages, per scope: "" for the bot's own chats, a business connection id for the chats
    // of that business account.
    QJsonObject message(const QString &scope, qint64 chatId, qint64 messageId) const;
    bool hasMessage(const QString &scope, qint64 chatId, qint64 messageId) const;
    bool removeMessage(const QString &scope, qint64 chatId, qint64 messageId);
    bool hasBusinessChat(const QString &connectionId, qint64 chatId) const;
    bool hasBusinessConnection(const QString &connectionId) const;
    QString businessConnectionId() const; // the most recent one; empty when none
    // A message the bot sends (sendMessage): stored and returned as the API returns it.
    QJsonObject addOutgoing(const QString &scope, qint64 chatId, const QString &text,
                            const QJsonObject &replyTo, qint64 threadId);

    // Update producers. Each builds a realistic payload, stores the message and queues the
    // update (unless allowed_updates excludes its type).
    Pushed pushPrivateMessage(const User &from, const QString &text, Media media = Media::None);
    // edited_message (or edited_channel_post in the channel) for a stored message.
    Pushed pushEditedMessage(qint64 chatId, qint64 messageId, const QString &text);
    ChannelPost pushChannelPost(const QString &text, Media media = Media::None);
    // A comment in the discussion group under the post whose automatic forward is
    // `threadId`; replying to another comment when `replyToMessageId` is set.
    Pushed pushComment(const User &from, qint64 threadId, const QString &text,
                       qint64 replyToMessageId = 0, Media media = Media::None);
    // A plain message in the discussion group (a mention of the channel, say).
    Pushed pushGroupMessage(const User &from, const QString &text, Media media = Media::None);
    Pushed pushBusinessConnection(const User &owner, bool enabled = true);
    Pushed pushBusinessMessage(const QString &connectionId, const User &customer,
                               const QString &text, Media media = Media::None);
    Pushed pushEditedBusinessMessage(const QString &connectionId, qint64 chatId, qint64 messageId,
                                     const QString &text);
    Pushed pushDeletedBusinessMessages(const QString &connectionId, qint64 chatId,
                                       const QList<qint64> &messageIds);
    // message_reaction; an empty `emoji` removes `oldEmoji`.
    Pushed pushMessageReaction(qint64 chatId, qint64 messageId, const User &user,
                               const QString &emoji, const QString &oldEmoji = {});
    // Any update type at all, including ones clients do not know yet.
    Pushed pushUpdate(const QString &type, const QJsonObject &payload);

    // The update queue, as getUpdates sees it. `offset` > 0 forgets every update below it;
    // -N keeps only the last N; 0 keeps everything. Returns up to `limit` from the front.
    QList<QJsonObject> takeUpdates(qint64 offset, int limit);
    QList<QJsonObject> pendingUpdates() const; // without confirming anything
    qsizetype pendingCount() const;
    qint64 nextUpdateId() const { return m_nextUpdateId; }
    void dropPendingUpdates();

    // allowed_updates: sticky; empty means every type except the default-excluded ones.
    void setAllowedUpdates(const QStringList &types);
    QStringList allowedUpdates() const { return m_allowed; }
    bool allows(const QString &type) const;
    static const QStringList &defaultExcludedUpdates();

    QString webhookUrl() const { return m_webhookUrl; }
    void setWebhookUrl(const QString &url) { m_webhookUrl = url; }

    qint64 now() const; // Unix seconds by the sandbox clock

Q_SIGNALS:
    void updateQueued(qint64 updateId, const QString &type);

private:
    struct Queued
    {
        qint64 id = 0;
        qint64 createdSecs = 0;
        QJsonObject update;
    };
    struct Business
    {
        User owner;
        bool enabled = true;
        QSet<qint64> chats;
    };

    static QString key(const QString &scope, qint64 chatId);
    qint64 takeMessageId(const QString &scope, qint64 chatId);
    void store(const QString &scope, const QJsonObject &message);
    QJsonObject privateChat(const User &user) const;
    QJsonObject incoming(const QString &scope, qint64 chatId, const User &from, const QString &text,
                         Media media);
    void addMedia(QJsonObject &message, Media media, const QString &text);
    QString nextFileId(const QString &prefix);
    Pushed queue(const QString &type, const QJsonObject &payload);
    void prune();

    Config m_config;
    std::function<qint64()> m_clockMs;
    qint64 m_id = 0;
    QHash<qint64, User> m_users;
    QSet<qint64> m_privateChats;
    QHash<QString, QMap<qint64, QJsonObject>> m_messages; // key(scope, chat) -> id -> message
    QHash<QString, qint64> m_nextMessageId;
    QHash<QString, Business> m_business;
    QString m_lastBusiness;
    QList<Queued> m_queue;
    qint64 m_nextUpdateId = 0;
    QStringList m_allowed;
    QString m_webhookUrl;
    qint64 m_fileCounter = 1;
};

} // namespace fd::core
