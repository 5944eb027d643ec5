#include "TelegramTrafficFeeder.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

using Bot = TelegramSandboxBot;

} // namespace

TelegramTrafficFeeder::TelegramTrafficFeeder(TelegramSandboxBot *bot, quint32 seed, QObject *parent)
    : SandboxTrafficFeeder(seed ^ 0x7e1e6a3du, parent)
    , m_bot(bot)
    , m_generator(seed, Platform::Telegram)
{}

TelegramSandboxBot::User TelegramTrafficFeeder::userFor(const Author &author,
                                                        TrafficGenerator::Language language)
{
    Bot::User u;
    u.id = author.externalId.toLongLong();
    // Newer accounts have ids beyond 32 bits.
    if (u.id % 2 == 1)
        u.id += 7000000000;
    u.firstName = author.name.section(u' ', 0, 0);
    u.lastName = author.name.section(u' ', 1);
    if (u.id % 5 != 0) // some people have no username
        u.username = author.handle;
    u.languageCode = language == TrafficGenerator::Language::Ru   ? u"ru"_s
                     : language == TrafficGenerator::Language::Pl ? u"pl"_s
                                                                  : u"en"_s;
    return u;
}

TelegramSandboxBot::Media TelegramTrafficFeeder::mediaFor(const QString &attachments) const
{
    if (attachments == u"photo"_s)
        return Bot::Media::Photo;
    if (attachments == u"video"_s)
        return Bot::Media::Video;
    if (attachments == u"file"_s)
        return Bot::Media::Document;
    if (attachments == u"sticker"_s)
        return Bot::Media::Sticker;
    return Bot::Media::None;
}

void TelegramTrafficFeeder::produceOne()
{
    const Bot::Config &config = m_bot->config();

    if (m_businessConnection.isEmpty()) {
        // The shop's owner connected the bot to their Telegram Business account.
        Bot::User owner;
        owner.id = 6000000000 + m_bot->id() % 1000000;
        owner.firstName = config.channelTitle;
        owner.username = config.channelUsername + u"_owner"_s;
        owner.languageCode = u"en"_s;
        const Bot::Pushed p = count(m_bot->pushBusinessConnection(owner));
        m_businessConnection = p.update.value(p.type).toObject().value(u"id"_s).toString();
    }

    const IncomingItem in = m_generator.next(QDateTime::fromSecsSinceEpoch(m_bot->now(), Qt::UTC));
    const Item &item = in.item;
    const Bot::User user = userFor(item.author, m_generator.lastLanguage());
    const Bot::Media media = mediaFor(item.attachments);

    switch (item.kind) {
    case ItemKind::Dm:
    case ItemKind::Review: // Telegram has no reviews: people write them as messages
        if (rng().bounded(100) < 15) {
            const Bot::Pushed p =
                count(m_bot->pushBusinessMessage(m_businessConnection, user, item.text, media));
            remember(m_recentBusinessDms, std::pair{p.chatId, p.messageId});
        } else {
            const Bot::Pushed p = count(m_bot->pushPrivateMessage(user, item.text, media));
            remember(m_recentDms, std::pair{p.chatId, p.messageId});
        }
        break;
    case ItemKind::Comment: {
        qint64 thread = m_threads.value(in.post.externalId);
        if (thread == 0) {
            const Bot::ChannelPost post = m_bot->pushChannelPost(in.post.text);
            count(post.post);
            count(post.forward);
            thread = post.forward.messageId;
            m_threads.insert(in.post.externalId, thread);
        }
        const qint64 replyTo = m_comments.value(item.parentExternalId);
        const Bot::Pushed p = count(m_bot->pushComment(user, thread, item.text, replyTo, media));
        if (m_comments.size() > 5000)
            m_comments.clear();
        m_comments.insert(item.externalId, p.messageId);
        break;
    }
    case ItemKind::Mention: {
        QString text = item.text;
        text.replace(u"@frontshop"_s, u'@' + config.channelUsername);
        count(m_bot->pushGroupMessage(user, text, media));
        break;
    }
    }

    // Now and then: an edit, a reaction, a deletion, an update type nobody knows yet.
    if (!m_recentDms.isEmpty() && rng().bounded(20) == 0) {
        const auto [chat, id] = m_recentDms.at(rng().bounded(int(m_recentDms.size())));
        const QJsonObject m = m_bot->message({}, chat, id);
        const QString field = m.contains(u"text"_s) ? u"text"_s : u"caption"_s;
        if (!m.isEmpty())
            count(m_bot->pushEditedMessage(chat, id, m.value(field).toString() + u" UPD"_s));
    }
    if (!m_recentBusinessDms.isEmpty() && rng().bounded(40) == 0) {
        const auto [chat, id] =
            m_recentBusinessDms.takeAt(rng().bounded(int(m_recentBusinessDms.size())));
        if (rng().bounded(2) == 0) {
            const QJsonObject m = m_bot->message(m_businessConnection, chat, id);
            if (m.contains(u"text"_s)) {
                count(m_bot->pushEditedBusinessMessage(m_businessConnection, chat, id,
                                                       m.value(u"text"_s).toString() + u"!"_s));
            }
        } else {
            count(m_bot->pushDeletedBusinessMessages(m_businessConnection, chat, {id}));
        }
    }
    if (!m_threads.isEmpty() && rng().bounded(30) == 0) {
        static const QStringList emoji{u"👍"_s, u"❤"_s, u"🔥"_s, u"👎"_s};
        const QList<qint64> threads = m_threads.values();
        count(m_bot->pushMessageReaction(config.groupId,
                                         threads.at(rng().bounded(int(threads.size()))), user,
                                         emoji.at(rng().bounded(int(emoji.size())))));
    }
    if (rng().bounded(80) == 0) {
        count(m_bot->pushUpdate(
            u"purchased_paid_media"_s,
            QJsonObject{{u"from"_s, user.toJson()},
                        {u"paid_media_payload"_s,
                         QString(u"sandbox-"_s + QString::number(rng().bounded(1000000)))}}));
    }
}

} // namespace fd::core
