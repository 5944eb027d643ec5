#include "VkConnector.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace fd::core {
namespace {

Q_LOGGING_CATEGORY(lcVk, "frontdesk.vk")

// ts arrives as a string, but as a number in {"failed":1,"ts":30}.
QString tsOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

constexpr int kUsersPerCall = 1000; // users.get takes at most 1000 ids
constexpr int kPostsPerCall = 100;

} // namespace

VkConnector::VkConnector(Account account, QString communityToken, QString userToken,
                         HttpClient &http, IngestSink &sink, QObject *parent, Options options)
    : Connector(std::move(account), parent)
    , m_token(std::move(communityToken))
    , m_userToken(std::move(userToken))
    , m_http(http)
    , m_sink(sink)
    , m_options(options)
    // A community token may make 20 calls a second, a user token 3.
    , m_communityLimiter(20, 20)
    , m_userLimiter(3, 3)
    , m_backoff(1s, 2min)
{
    m_ts = m_account.cursor;
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (!m_running)
            return;
        switch (m_next) {
        case Step::Identify:
            identify();
            break;
        case Step::Server:
            connectServer();
            break;
        case Step::Poll:
            poll();
            break;
        case Step::Store:
            storePending();
            break;
        }
    });
}

VkConnector::~VkConnector() = default;

ConnectorCapabilities VkConnector::capabilities() const
{
    ConnectorCapabilities c;
    c.replyToDm = true;
    c.replyToComment = true; // wall comments with the community token, the rest with a user token
    c.hideComment = false;
    c.whyNoHide = tr("VK has no hidden comments; delete the comment instead.");
    c.deleteComment = !m_userToken.isEmpty();
    c.banAuthor = !m_userToken.isEmpty();
    if (m_userToken.isEmpty()) {
        c.whyNoDelete = tr("A VK community token cannot delete comments. Add an administrator's "
                           "user token to this account to delete comments.");
        c.whyNoBan = tr("A VK community token cannot ban people. Add an administrator's user "
                        "token to this account to ban authors.");
    }
    return c;
}

QString VkConnector::scrub(QString text, const QString &token, const QString &userToken)
{
    // A token never reaches a log or the UI.
    if (!token.isEmpty())
        text.replace(token, u"<token>"_s);
    if (!userToken.isEmpty())
        text.replace(userToken, u"<user token>"_s);
    return text;
}

qint32 VkConnector::randomIdFor(const QString &idempotencyKey)
{
    if (idempotencyKey.isEmpty())
        return qint32(QRandomGenerator::global()->bounded(1, 0x7fffffff));
    const QByteArray digest =
        QCryptographicHash::hash(idempotencyKey.toUtf8(), QCryptographicHash::Sha1);
    quint32 n = 0;
    for (int i = 0; i < 4; ++i)
        n = (n << 8) | quint8(digest.at(i));
    n &= 0x7fffffffu;
    return qint32(n == 0 ? 1 : n);
}

HttpRequest VkConnector::api(const QString &method, TokenKind token) const
{
    const QString base =
        m_account.apiBase.isEmpty() ? QString::fromLatin1(defaultApiBase) : m_account.apiBase;
    HttpRequest request = HttpRequest::post(QUrl(base), u"/method/"_s + method);
    // The token travels in a header, never in a URL a proxy might log. POST bodies must be
    // form-encoded: VK does not read JSON.
    request.setBearerToken(token == TokenKind::User ? m_userToken : m_token);
    request.addFormField(u"v"_s, QString::fromLatin1(apiVersion));
    request.setTimeout(30s);
    return request;
}

void VkConnector::sendApi(const HttpRequest &request, TokenKind token, QObject *context,
                          HttpClient::Callback done)
{
    RateLimiter &limiter = token == TokenKind::User ? m_userLimiter : m_communityLimiter;
    if (limiter.tryTake()) {
        m_http.send(request, context, std::move(done));
        return;
    }
    const qint64 wait = qMax<qint64>(1, limiter.delayMs());
    // The timer lives with the connector; HttpClient drops the answer if `context` is gone.
    QTimer::singleShot(std::chrono::milliseconds(wait), this,
                       [this, request, token, context, done = std::move(done)]() mutable {
                           sendApi(request, token, context, std::move(done));
                       });
}

bool VkConnector::unwrap(HttpResult &reply, QJsonValue *response)
{
    if (reply.kind != HttpResult::Kind::Ok && reply.kind != HttpResult::Kind::Http)
        return false;
    const QJsonDocument doc = HttpResult::parseJson(reply.body);
    const QJsonObject envelope = doc.object();
    if (envelope.contains(u"response")) {
        if (response)
            *response = envelope.value(u"response");
        reply.kind = HttpResult::Kind::Ok;
        return true;
    }
    if (envelope.value(u"error").isObject()) {
        const QJsonObject error = envelope.value(u"error").toObject();
        const int code = int(VkNormalizer::idOf(error.value(u"error_code")));
        // 6: too many requests per second; 10: internal error. 9 (flood control) and 29 (the
        // method's daily quota) are waited out by the caller, not retried at once.
        reply.setApiError(code, error.value(u"error_msg").toString(), code == 6 || code == 10);
        return false;
    }
    if (reply.kind == HttpResult::Kind::Ok) {
        reply.kind = HttpResult::Kind::Parse;
        reply.message =
            tr("VK sent a reply that is not an API answer (%1 bytes).").arg(reply.body.size());
    }
    return false;
}

void VkConnector::start()
{
    if (m_running)
        return;
    m_running = true;
    setHealth(AccountHealth::Polling);
    if (m_groupId == 0)
        identify();
    else
        connectServer();
}

void VkConnector::stop()
{
    m_running = false;
    m_retry.stop();
}

void VkConnector::identify()
{
    // groups.getById without ids names the token's own community: our id marks our own
    // messages and comments as outgoing, and it is what getLongPollServer needs.
    sendApi(api(u"groups.getById"_s, TokenKind::Community), TokenKind::Community, this,
            [this](HttpResult reply) {
                if (!m_running)
                    return;
                QJsonValue response;
                if (!unwrap(reply, &response)) {
                    fail(reply, tr("Checking the community token"), Step::Identify);
                    return;
                }
                // 5.199 answers {"groups":[…]}; older versions a bare array.
                const QJsonArray groups = response.isArray()
                                              ? response.toArray()
                                              : response.toObject().value(u"groups").toArray();
                const QJsonObject group = groups.first().toObject();
                m_groupId = VkNormalizer::idOf(group.value(u"id"));
                if (m_groupId <= 0) {
                    setHealth(AccountHealth::Stopped,
                              tr("This token does not belong to a VK community. Create a "
                                 "community token (Manage → API usage → Access tokens) and add "
                                 "the account again."));
                    stop();
                    finishRound();
                    return;
                }
                m_groupName = group.value(u"name").toString();
                m_normalizer = std::make_unique<VkNormalizer>(m_groupId, m_groupName);
                Q_EMIT succeeded();
                connectServer();
            });
}

void VkConnector::connectServer()
{
    HttpRequest request = api(u"groups.getLongPollServer"_s, TokenKind::Community);
    request.addFormField(u"group_id"_s, m_groupId);
    sendApi(request, TokenKind::Community, this, [this](HttpResult reply) {
        if (!m_running)
            return;
        QJsonValue response;
        if (!unwrap(reply, &response)) {
            fail(reply, tr("Connecting to the long poll server"), Step::Server);
            return;
        }
        const QJsonObject o = response.toObject();
        const QUrl server(o.value(u"server").toString());
        const QString key = o.value(u"key").toString();
        const QString ts = tsOf(o.value(u"ts"));
        if (!server.isValid() || server.scheme().isEmpty() || key.isEmpty() || ts.isEmpty()) {
            reply.kind = HttpResult::Kind::Parse;
            reply.message = tr("groups.getLongPollServer did not return a server, key and ts.");
            fail(reply, tr("Connecting to the long poll server"), Step::Server);
            return;
        }
        m_server = server;
        m_key = key;
        setHealth(AccountHealth::Polling); // a wait for the server is over
        // Our own position is kept whenever the server still counts that far: after failed 2
        // and 3 too, since VK answers failed 1 (with the ts to go on from) if its history no
        // longer reaches back, while taking the fresh ts at once would skip what is still
        // there. Without a position (the first start), or past the server's count (a reset),
        // we begin at the present.
        bool ours = false;
        bool theirs = false;
        const qint64 mine = m_ts.toLongLong(&ours);
        const qint64 current = ts.toLongLong(&theirs);
        Q_EMIT succeeded();
        if (m_ts.isEmpty() || (ours && theirs && mine > current)) {
            adoptTs(ts);
            return;
        }
        poll();
    });
}

void VkConnector::adoptTs(const QString &ts)
{
    // A position the server chose is stored at once: after a restart the connector goes on
    // from here, not from whatever the present is by then.
    IngestBatch batch;
    batch.accountId = m_account.id;
    batch.cursor = ts;
    m_sink.ingest(std::move(batch), this, [this, ts](const IngestResult &stored) {
        if (!m_running)
            return;
        if (!stored.ok()) {
            setHealth(AccountHealth::Failing,
                      tr("The position could not be stored: %1").arg(stored.error.message));
            retryIn(m_backoff.next(), Step::Server);
            return;
        }
        m_ts = ts;
        poll();
    });
}

void VkConnector::poll()
{
    if (!m_running)
        return;
    // The server URL is followed exactly as given, with no token on it.
    HttpRequest request = HttpRequest::get(m_server);
    const int wait = m_options.once ? 0 : qBound(0, m_options.longPollSeconds, 90);
    request.addQueryItem(u"act"_s, u"a_check"_s);
    request.addQueryItem(u"key"_s, m_key);
    request.addQueryItem(u"ts"_s, m_ts);
    request.addQueryItem(u"wait"_s, wait);
    request.setLongPoll(std::chrono::seconds(wait));
    m_http.send(request, this, [this](HttpResult reply) { handleAnswer(std::move(reply)); });
}

void VkConnector::handleAnswer(HttpResult reply)
{
    if (!m_running)
        return;
    if (reply.kind != HttpResult::Kind::Ok) {
        fail(reply, tr("Fetching events"), Step::Poll);
        return;
    }
    const QJsonDocument doc = HttpResult::parseJson(reply.body);
    const QJsonObject answer = doc.object();
    if (!doc.isObject() || (!answer.contains(u"failed") && !answer.value(u"updates").isArray())) {
        reply.kind = HttpResult::Kind::Parse;
        reply.message = tr("The long poll server sent something that is not a list of events "
                           "(%1 bytes).")
                            .arg(reply.body.size());
        fail(reply, tr("Fetching events"), Step::Poll);
        return;
    }
    if (answer.contains(u"failed")) {
        const qint64 failed = VkNormalizer::idOf(answer.value(u"failed"));
        m_backoff.reset();
        Q_EMIT succeeded();
        if (failed == 1 && !tsOf(answer.value(u"ts")).isEmpty()) {
            // The history no longer reaches back to our ts: go on from the present.
            qCWarning(lcVk) << "account" << m_account.id
                            << "long poll history ran out; continuing from ts"
                            << tsOf(answer.value(u"ts"));
            setHealth(AccountHealth::Polling,
                      tr("VK no longer had every event since the last poll (its history is "
                         "short); some messages or comments from that time may be missing. "
                         "Check the community's messages and wall."));
            adoptTs(tsOf(answer.value(u"ts")));
            return;
        }
        // 2: the key expired. 3 (and anything unknown): key and ts are void; VK's docs say to
        // take a new ts as well, but connectServer keeps ours while the server can serve it.
        connectServer();
        return;
    }

    m_backoff.reset();
    Q_EMIT succeeded();
    setHealth(AccountHealth::Polling);

    const QString nextTs = tsOf(answer.value(u"ts"));
    const QJsonArray updates = answer.value(u"updates").toArray();
    if (updates.isEmpty()) {
        if (!nextTs.isEmpty())
            m_ts = nextTs;
        if (m_options.once)
            finishRound();
        else
            poll();
        return;
    }
    if (nextTs.isEmpty()) {
        reply.kind = HttpResult::Kind::Parse;
        reply.message = tr("The long poll server sent events without a new ts.");
        fail(reply, tr("Fetching events"), Step::Poll);
        return;
    }

    m_pending = std::make_unique<Pending>();
    Pending &p = *m_pending;
    p.batch.accountId = m_account.id;
    p.batch.cursor = nextTs;
    QSet<qint64> users;
    QSet<QString> posts;
    for (const QJsonValue &value : updates) {
        if (!value.isObject()) {
            qCWarning(lcVk) << "account" << m_account.id
                            << "skipped an event that is not an object";
            continue;
        }
        auto normalized = m_normalizer->normalize(value.toObject());
        if (normalized.item) {
            if (normalized.authorId > 0 && !m_authors.contains(normalized.authorId) &&
                !users.contains(normalized.authorId)) {
                users.insert(normalized.authorId);
                p.users.append(normalized.authorId);
            }
            if (!normalized.postNeeded.isEmpty()) {
                p.postItems.append(p.batch.items.size());
                if (!posts.contains(normalized.postNeeded)) {
                    posts.insert(normalized.postNeeded);
                    p.posts.append(normalized.postNeeded);
                }
            }
            p.batch.items.append(*normalized.item);
        }
        p.batch.deletions.append(normalized.deletions);
        if (!normalized.skipped.isEmpty())
            qCInfo(lcVk).noquote() << "account" << m_account.id << "event"
                                   << value.toObject().value(u"event_id").toString().left(40)
                                   << "skipped:" << normalized.skipped;
    }
    fetchProfiles();
}

Author VkConnector::authorFromId(qint64 id) const
{
    Author a;
    a.externalId = QString::number(id);
    if (id < 0) {
        a.name = tr("Community %1").arg(-id);
        a.handle = u"club"_s + QString::number(-id);
    } else {
        a.name = u"id"_s + QString::number(id);
        a.handle = a.name;
    }
    return a;
}

void VkConnector::fetchProfiles()
{
    Pending &p = *m_pending;
    if (p.users.isEmpty()) {
        fetchPosts();
        return;
    }
    const QList<qint64> chunk = p.users.mid(0, kUsersPerCall);
    p.users.remove(0, chunk.size());
    QStringList ids;
    for (qint64 id : chunk)
        ids << QString::number(id);
    HttpRequest request = api(u"users.get"_s, TokenKind::Community);
    request.addFormField(u"user_ids"_s, ids.join(u','));
    request.addFormField(u"fields"_s, u"screen_name,city,followers_count,photo_100"_s);
    sendApi(request, TokenKind::Community, this, [this](HttpResult reply) {
        if (!m_running || !m_pending)
            return;
        QJsonValue response;
        if (unwrap(reply, &response)) {
            const QJsonArray people = response.toArray();
            for (const QJsonValue &v : people) {
                const QJsonObject u = v.toObject();
                Author a;
                const qint64 id = VkNormalizer::idOf(u.value(u"id"));
                if (id <= 0)
                    continue;
                a.externalId = QString::number(id);
                const QString first = u.value(u"first_name").toString();
                const QString last = u.value(u"last_name").toString();
                a.name = last.isEmpty() ? first : first + u' ' + last;
                if (a.name.isEmpty())
                    a.name = u"id"_s + a.externalId;
                a.handle = u.value(u"screen_name").toString();
                if (a.handle.isEmpty())
                    a.handle = u"id"_s + a.externalId;
                a.city = u.value(u"city").toObject().value(u"title").toString();
                if (u.value(u"followers_count").isDouble())
                    a.followers = u.value(u"followers_count").toInteger();
                a.avatarUrl = u.value(u"photo_100").toString();
                if (m_authors.size() > 50000)
                    m_authors.clear(); // a cache; the store has every profile it was given
                m_authors.insert(id, a);
            }
        } else {
            // The items go in with the bare ids as names; the profile is asked for again the
            // next time the person writes. Nothing waits on a profile.
            qCWarning(lcVk).noquote()
                << "account" << m_account.id << "could not fetch profiles:" << scrub(reply.message);
        }
        fetchProfiles();
    });
}

void VkConnector::fetchPosts()
{
    Pending &p = *m_pending;
    // wall.getById needs a user (or service) token; without one the preview is the post's link.
    if (p.posts.isEmpty() || m_userToken.isEmpty()) {
        for (const QString &post : std::as_const(p.posts))
            m_normalizer->learnPost(post, QString()); // asked once, not at every comment
        p.posts.clear();
        storePending();
        return;
    }
    const QStringList chunk = p.posts.mid(0, kPostsPerCall);
    p.posts.remove(0, chunk.size());
    QStringList refs;
    for (const QString &post : chunk) {
        const VkNormalizer::Ref ref = VkNormalizer::parse(post + u":0"_s);
        refs << QString::number(ref.owner) + u'_' + QString::number(ref.object);
    }
    HttpRequest request = api(u"wall.getById"_s, TokenKind::User);
    request.addFormField(u"posts"_s, refs.join(u','));
    sendApi(request, TokenKind::User, this, [this, chunk](HttpResult reply) {
        if (!m_running || !m_pending)
            return;
        QJsonValue response;
        if (unwrap(reply, &response)) {
            // 5.199 answers {"items":[…]}; older versions a bare array.
            const QJsonArray posts = response.isArray()
                                         ? response.toArray()
                                         : response.toObject().value(u"items").toArray();
            for (const QJsonValue &v : posts) {
                const QJsonObject post = v.toObject();
                const QString id = VkNormalizer::objectId(
                    VkNormalizer::Ref::Kind::Wall, VkNormalizer::idOf(post.value(u"owner_id")),
                    VkNormalizer::idOf(post.value(u"id")));
                m_normalizer->learnPost(id,
                                        VkNormalizer::plainText(post.value(u"text").toString()));
            }
        } else {
            qCWarning(lcVk).noquote()
                << "account" << m_account.id << "could not fetch posts:" << scrub(reply.message);
        }
        for (const QString &post : chunk) {
            if (!m_normalizer->knowsPost(post))
                m_normalizer->learnPost(post, QString());
        }
        fetchPosts();
    });
}

void VkConnector::storePending()
{
    if (!m_pending)
        return;
    Pending &p = *m_pending;
    for (qsizetype index : std::as_const(p.postItems)) {
        IncomingItem &in = p.batch.items[index];
        if (in.post.text.isEmpty())
            in.post.text = m_normalizer->postText(in.post.externalId);
    }
    p.postItems.clear();
    for (IncomingItem &in : p.batch.items) {
        Author &a = in.item.author;
        if (!a.name.isEmpty())
            continue;
        const qint64 id = a.externalId.toLongLong();
        const auto known = m_authors.constFind(id);
        a = known != m_authors.cend() ? *known : authorFromId(id);
        if (in.item.kind == ItemKind::Dm)
            in.threadTitle = a.name;
    }
    const QString next = *p.batch.cursor;
    // The batch is copied: a failed commit is retried with the same events.
    m_sink.ingest(p.batch, this, [this, next](const IngestResult &stored) {
        if (!m_running)
            return;
        if (!stored.ok()) {
            // Not confirmed: the batch is kept and stored again; the ts does not move.
            setHealth(AccountHealth::Failing,
                      tr("The events could not be stored: %1").arg(stored.error.message));
            retryIn(m_backoff.next(), Step::Store);
            return;
        }
        for (const RejectedItem &r : stored.rejected)
            qCWarning(lcVk).noquote()
                << "account" << m_account.id << "item" << r.externalId << "refused:" << r.reason;
        m_pending.reset();
        m_ts = next;
        if (m_options.once)
            finishRound();
        else
            poll();
    });
}

void VkConnector::fail(const HttpResult &reply, const QString &what, Step retry)
{
    const QString message = scrub(reply.message);
    const QString detail =
        reply.kind == HttpResult::Kind::Api
            ? scrub(reply.apiMessage) + u" ("_s + QString::number(reply.apiCode) + u')'
            : message;
    if (reply.kind == HttpResult::Kind::Api) {
        switch (reply.apiCode) {
        case 5:
        case 27:
            setHealth(AccountHealth::Stopped,
                      tr("%1: VK refused the community token (%2). Create a new community token "
                         "(Manage → API usage → Access tokens) and add the account again.")
                          .arg(what, detail));
            stop();
            finishRound();
            return;
        case 15:
        case 100:
            if (retry == Step::Server || retry == Step::Identify) {
                setHealth(AccountHealth::Stopped,
                          tr("%1: VK refused (%2). Check that Long Poll API is enabled in the "
                             "community's settings (Manage → API usage → Long Poll API), with "
                             "API version 5.199 and the message and comment events ticked.")
                              .arg(what, detail));
                stop();
                finishRound();
                return;
            }
            break;
        case 6:
        case 9:
        case 29: {
            // 6: too many calls a second; 9: flood control; 29: the method's daily quota.
            const auto wait = reply.apiCode == 29  ? std::chrono::milliseconds(1h)
                              : reply.apiCode == 9 ? std::chrono::milliseconds(30s)
                                                   : std::chrono::milliseconds(1s);
            m_communityLimiter.pauseFor(wait);
            setHealth(AccountHealth::Waiting,
                      tr("%1: VK asks to slow down (%2); trying again in %3 s.")
                          .arg(what, detail)
                          .arg(std::chrono::duration_cast<std::chrono::seconds>(wait).count()),
                      QDateTime::currentDateTimeUtc().addMSecs(wait.count()));
            retryIn(wait, retry);
            return;
        }
        default:
            break;
        }
    }
    setHealth(AccountHealth::Failing, what + u": "_s + detail);
    if (m_options.once && m_backoff.attempts() >= 3) {
        finishRound();
        return;
    }
    retryIn(m_backoff.next(), retry);
}

void VkConnector::retryIn(std::chrono::milliseconds delay, Step step)
{
    if (!m_running)
        return;
    m_next = step;
    m_retry.start(delay);
}

void VkConnector::finishRound()
{
    if (!m_options.once)
        return;
    m_running = false;
    m_retry.stop();
    Q_EMIT finished();
}

} // namespace fd::core
