#pragma once

#include "store/IngestBatch.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace fd::core {

// Turns Bot API updates into normalised items.
//
// - A private message (or a business message) is a DM in the dialog with that chat.
// - A message in a channel's discussion group that replies to the channel post's automatic
//   forward (or sits in its thread) is a comment under that post, known by its copy in the
//   group, "<group id>:<forward id>"; the forward itself only teaches us the post's text.
// - Other group messages are comments in the group's own thread; those naming the bot are
//   mentions.
// - Edits come as the same item with new text; deleted business messages as deletions.
// - Channel posts (ours), reactions and update types we do not know are skipped with a reason.
//
// IDs stay exact: chat ids beyond 32 bits are read as 64-bit integers and kept as text.
class TelegramNormalizer
{
public:
    struct Result
    {
        std::optional<IncomingItem> item;
        QList<IncomingDeletion> deletions;
        QString skipped; // why nothing came of the update, in words (for the log)
    };

    // `botId` marks our own messages as outgoing; `botUsername` (without @) finds mentions.
    TelegramNormalizer(qint64 botId, QString botUsername);

    Result normalize(const QJsonObject &update);

    // "<chat id>:<message id>", the external id of a message.
    static QString messageId(qint64 chatId, qint64 messageId);

private:
    Result fromMessage(const QJsonObject &message, bool edited, const QString &businessConnection);
    void learnPost(const QJsonObject &forward);

    qint64 m_botId;
    QString m_botUsername;
    // The text of channel posts seen as automatic forwards, by messageId(group, forward id).
    QHash<QString, QString> m_posts;
};

} // namespace fd::core
