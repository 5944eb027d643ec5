// Replies, deletions and bans through the VK connector, checked against what the sandbox
// recorded: the exact bytes of a reply, the token each call used, and the refusals in words
// when the community token is all the account has.
#include "ConnectorHarness.h"

#include "connectors/vk/VkNormalizer.h"

using namespace Qt::StringLiterals;
using namespace fd::core;
using fd::test::VkHarness;
using fd::test::waitUntil;
using RefKind = VkNormalizer::Ref::Kind;

namespace {

ActionResult run(VkConnector &connector, const OutgoingAction &action)
{
    std::optional<ActionResult> result;
    QObject context;
    connector.perform(action, &context, [&](const ActionResult &r) { result = r; });
    REQUIRE(waitUntil([&] { return result.has_value(); }));
    return *result;
}

OutgoingAction act(OutgoingAction::Kind kind, const QString &externalId, const QString &text = {},
                   const QString &author = {})
{
    OutgoingAction a;
    a.kind = kind;
    a.itemExternalId = externalId;
    a.text = text;
    a.authorExternalId = author;
    a.idempotencyKey = u"test:"_s + externalId + u':' + text;
    return a;
}

VkSandboxCommunity::User customer()
{
    return fd::test::vkPerson(611000009, u"Ирина"_s, u"Белова"_s, u"irina_b"_s);
}

// Cyrillic, emoji, the characters form encoding gets wrong, and line breaks.
const QString kTricky = u"Здравствуйте, Ирина! 👋 Заказ №4821: 2+2=4 & скидка 15% "
                        u"(a%2Bb, c=d;e)\nВторая строка\r\nТретья\t✓"_s;

} // namespace

TEST_CASE("VK: a reply to a message arrives byte for byte, once per random_id")
{
    VkHarness h;
    VkSandboxCommunity *community = h.community();
    community->addUser(customer());
    const auto dm = community->pushMessage(customer(), u"Где мой заказ?"_s);
    const Account account = h.addAccount(u"Frontshop"_s);
    auto connector = h.connector(account, {}, false); // the community token is enough

    const QString id = VkNormalizer::dmId(customer().id, dm.id);
    const ActionResult r = run(*connector, act(OutgoingAction::Kind::Reply, id, kTricky));
    INFO(r.message.toStdString());
    REQUIRE(r.ok);
    const auto calls = h.sandbox->writeCalls(u"messages.send"_s);
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].ok());
    CHECK(calls[0].tokenKind == u"group"_s);
    CHECK(calls[0].parameters.value(u"message"_s) == kTricky);
    CHECK(calls[0].parameters.value(u"peer_id"_s) == QString::number(customer().id));
    CHECK(calls[0].parameters.value(u"reply_to"_s) == QString::number(dm.id));
    CHECK(calls[0].parameters.contains(u"random_id"_s));
    CHECK(r.externalId ==
          VkNormalizer::dmId(customer().id, calls[0].result.toInteger())); // what VK returned
    const QList<QJsonObject> dialog = community->messages(customer().id);
    CHECK(dialog.last().value(u"text"_s).toString() == kTricky);

    // The same action again (a retry after a lost answer) is recognised by VK.
    const ActionResult again = run(*connector, act(OutgoingAction::Kind::Reply, id, kTricky));
    REQUIRE(again.ok);
    CHECK(again.externalId == r.externalId);
    CHECK(h.sandbox->writeCalls(u"messages.send"_s).size() == 2);
    CHECK(community->messages(customer().id).size() == dialog.size());

    // Too long, or empty: refused before anything is sent.
    const ActionResult longOne =
        run(*connector,
            act(OutgoingAction::Kind::Reply, id, QString(VkConnector::maxMessageLength + 1, u'a')));
    CHECK_FALSE(longOne.ok);
    CHECK(longOne.message.contains(u"4096"_s));
    CHECK_FALSE(run(*connector, act(OutgoingAction::Kind::Reply, id, u"  \n"_s)).ok);
    CHECK(h.sandbox->writeCalls(u"messages.send"_s).size() == 2);
}

TEST_CASE("VK: a reply to a wall comment answers it as the community")
{
    VkHarness h;
    VkSandboxCommunity *community = h.community();
    community->addUser(customer());
    const auto post = community->pushWallPost(u"Новинки недели"_s);
    const auto comment = community->pushWallReply(customer(), post.id, u"Есть размер M?"_s);
    const Account account = h.addAccount(u"Frontshop"_s);
    auto connector = h.connector(account, {}, false);

    const QString id =
        VkNormalizer::commentId(RefKind::Wall, community->ownerId(), post.id, comment.id);
    const ActionResult r = run(*connector, act(OutgoingAction::Kind::Reply, id, kTricky));
    INFO(r.message.toStdString());
    REQUIRE(r.ok);
    const auto calls = h.sandbox->writeCalls(u"wall.createComment"_s);
    REQUIRE(calls.size() == 1);
    const auto &p = calls[0].parameters;
    CHECK(p.value(u"message"_s) == kTricky);
    CHECK(p.value(u"owner_id"_s) == QString::number(community->ownerId()));
    CHECK(p.value(u"post_id"_s) == QString::number(post.id));
    CHECK(p.value(u"from_group"_s) == QString::number(community->id()));
    CHECK(p.value(u"reply_to_comment"_s) == QString::number(comment.id));
    const qint64 created = calls[0].result.toObject().value(u"comment_id"_s).toInteger();
    CHECK(r.externalId ==
          VkNormalizer::commentId(RefKind::Wall, community->ownerId(), post.id, created));

    // Polled back, the community's comment is an outgoing item with that id, stored once.
    VkConnector::Options options;
    options.longPollSeconds = 1;
    Account fromStart = h.account(account.id);
    fromStart.cursor = QString::number(community->oldestTs());
    auto poller = h.connector(fromStart, options, false);
    poller->start();
    REQUIRE(waitUntil([&] { return h.cursor(account.id) == community->currentTs(); }));
    poller->stop();
    const auto row = h.item(account.id, r.externalId);
    REQUIRE(row);
    CHECK(row->item.direction == Direction::Outgoing);
    CHECK(row->item.text == kTricky);
    CHECK(row->item.parentExternalId == id);
}

TEST_CASE("VK: without an administrator's token, deleting and banning are refused in words")
{
    VkHarness h;
    VkSandboxCommunity *community = h.community();
    community->addUser(customer());
    const auto post = community->pushWallPost(u"Новинки"_s);
    const auto comment = community->pushWallReply(customer(), post.id, u"Спам http://x.example"_s);
    const auto photo = community->pushPhotoComment(customer(), 457239100, u"Спам"_s);
    const auto board = community->pushBoardPost(customer(), 49001, u"Спам в обсуждении"_s);
    const Account account = h.addAccount(u"Frontshop"_s);
    auto connector = h.connector(account, {}, false);

    const ConnectorCapabilities caps = connector->capabilities();
    CHECK(caps.replyToDm);
    CHECK(caps.replyToComment);
    CHECK_FALSE(caps.deleteComment);
    CHECK_FALSE(caps.banAuthor);
    CHECK_FALSE(caps.hideComment);
    CHECK(caps.whyNoDelete.contains(u"community token cannot delete"_s));
    CHECK(caps.whyNoBan.contains(u"community token cannot ban"_s));

    const QString wallId =
        VkNormalizer::commentId(RefKind::Wall, community->ownerId(), post.id, comment.id);
    const ActionResult del = run(*connector, act(OutgoingAction::Kind::Delete, wallId));
    CHECK_FALSE(del.ok);
    CHECK(del.message == caps.whyNoDelete);
    const ActionResult ban =
        run(*connector, act(OutgoingAction::Kind::Ban, wallId, {}, QString::number(customer().id)));
    CHECK_FALSE(ban.ok);
    CHECK(ban.message == caps.whyNoBan);
    const QString photoId =
        VkNormalizer::commentId(RefKind::Photo, community->ownerId(), photo.parentId, photo.id);
    const ActionResult photoReply =
        run(*connector, act(OutgoingAction::Kind::Reply, photoId, u"Спасибо!"_s));
    CHECK_FALSE(photoReply.ok);
    CHECK(photoReply.message.contains(u"user token"_s));
    CHECK_FALSE(run(*connector, act(OutgoingAction::Kind::Hide, wallId)).ok);
    CHECK_FALSE(
        run(*connector, act(OutgoingAction::Kind::Delete, VkNormalizer::dmId(customer().id, 1)))
            .ok);
    // None of that reached VK.
    CHECK(h.sandbox->writeCalls().isEmpty());

    // Discussion comments are the one kind the community token may delete.
    const QString boardId =
        VkNormalizer::commentId(RefKind::Board, community->ownerId(), board.parentId, board.id);
    const ActionResult boardDel = run(*connector, act(OutgoingAction::Kind::Delete, boardId));
    INFO(boardDel.message.toStdString());
    CHECK(boardDel.ok);
    REQUIRE(h.sandbox->writeCalls(u"board.deleteComment"_s).size() == 1);
    CHECK(h.sandbox->writeCalls(u"board.deleteComment"_s)[0].tokenKind == u"group"_s);
}

TEST_CASE("VK: with an administrator's token, comments are deleted and authors banned")
{
    VkHarness h;
    VkSandboxCommunity *community = h.community();
    community->addUser(customer());
    const auto post = community->pushWallPost(u"Новинки"_s);
    const auto comment = community->pushWallReply(customer(), post.id, u"Спам http://x.example"_s);
    const auto video = community->pushVideoComment(customer(), 456239020, u"Спам"_s);
    const Account account = h.addAccount(u"Frontshop"_s);
    auto connector = h.connector(account, {}, true);
    CHECK(connector->capabilities().deleteComment);
    CHECK(connector->capabilities().banAuthor);

    const QString wallId =
        VkNormalizer::commentId(RefKind::Wall, community->ownerId(), post.id, comment.id);
    const ActionResult del = run(*connector, act(OutgoingAction::Kind::Delete, wallId));
    INFO(del.message.toStdString());
    REQUIRE(del.ok);
    const auto deletions = h.sandbox->writeCalls(u"wall.deleteComment"_s);
    REQUIRE(deletions.size() == 1);
    CHECK(deletions[0].tokenKind == u"user"_s);
    CHECK(deletions[0].parameters.value(u"owner_id"_s) == QString::number(community->ownerId()));
    CHECK(deletions[0].parameters.value(u"comment_id"_s) == QString::number(comment.id));
    CHECK(community->isDeleted(VkSandboxCommunity::Target::Wall, comment.id));

    const QString videoId =
        VkNormalizer::commentId(RefKind::Video, community->ownerId(), video.parentId, video.id);
    REQUIRE(run(*connector, act(OutgoingAction::Kind::Delete, videoId)).ok);
    CHECK(h.sandbox->writeCalls(u"video.deleteComment"_s).size() == 1);

    const ActionResult ban =
        run(*connector, act(OutgoingAction::Kind::Ban, wallId, {}, QString::number(customer().id)));
    INFO(ban.message.toStdString());
    REQUIRE(ban.ok);
    const auto bans = h.sandbox->writeCalls(u"groups.ban"_s);
    REQUIRE(bans.size() == 1);
    CHECK(bans[0].tokenKind == u"user"_s);
    CHECK(bans[0].parameters.value(u"group_id"_s) == QString::number(community->id()));
    CHECK(bans[0].parameters.value(u"owner_id"_s) == QString::number(customer().id));
    CHECK(community->isBanned(customer().id));

    // Deleting what is already gone says so.
    const ActionResult twice = run(*connector, act(OutgoingAction::Kind::Delete, wallId));
    CHECK_FALSE(twice.ok);
    CHECK_FALSE(twice.message.isEmpty());
}

TEST_CASE("VK: refusals and rate limits come back in words, with what to do")
{
    VkHarness h;
    VkSandboxCommunity *community = h.community();
    community->addUser(customer());
    const auto dm = community->pushMessage(customer(), u"Привет"_s);
    const Account account = h.addAccount(u"Frontshop"_s);
    auto connector = h.connector(account, {}, false);
    const QString id = VkNormalizer::dmId(customer().id, dm.id);

    h.sandbox->injectFault(VkSandbox::Fault::apiError(9), 1, u"messages.send"_s);
    const ActionResult flood = run(*connector, act(OutgoingAction::Kind::Reply, id, u"a"_s));
    CHECK_FALSE(flood.ok);
    CHECK(flood.message.contains(u"flood control"_s));
    CHECK(flood.retryable);
    REQUIRE(flood.retryAfter);

    h.sandbox->injectFault(VkSandbox::Fault::apiError(901), 1, u"messages.send"_s);
    const ActionResult denied = run(*connector, act(OutgoingAction::Kind::Reply, id, u"b"_s));
    CHECK_FALSE(denied.ok);
    CHECK(denied.message.contains(u"has not allowed messages"_s));
    CHECK_FALSE(denied.retryable);

    // A connection broken after VK sent it: messages.send carries random_id, so sending again
    // (Qt may already have, or the operator retries) never makes a second copy.
    h.sandbox->injectFault(VkSandbox::Fault::dropAfterProcessing(), 1, u"messages.send"_s);
    ActionResult dropped = run(*connector, act(OutgoingAction::Kind::Reply, id, u"c"_s));
    if (!dropped.ok) {
        CHECK(dropped.retryable);
        CHECK(dropped.message.contains(u"Trying again is safe"_s));
        dropped = run(*connector, act(OutgoingAction::Kind::Reply, id, u"c"_s));
    }
    REQUIRE(dropped.ok);
    int copies = 0;
    for (const QJsonObject &m : community->messages(customer().id))
        copies += m.value(u"text"_s).toString() == u"c"_s;
    CHECK(copies == 1);
    // No token in any of it.
    for (const QString &m : {flood.message, denied.message, dropped.message}) {
        CHECK_FALSE(m.contains(community->config().token));
    }
}
