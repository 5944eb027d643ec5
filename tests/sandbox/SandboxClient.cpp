#include "SandboxClient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd::test {

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool Reply::isJson() const
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

SandboxClient::SandboxClient(QUrl base, QString token)
    : m_base(std::move(base))
    , m_token(std::move(token))
{}

QUrl SandboxClient::url(const QString &method, const QUrlQuery &query, const QString &token) const
{
    QUrl u = m_base;
    u.setPath(u"/bot"_s + (token.isNull() ? m_token : token) + u'/' + method);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

QByteArray SandboxClient::formBody(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

Reply SandboxClient::wait(QNetworkReply *reply, int timeoutMs)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(timeoutMs);
    }
    REQUIRE(reply->isFinished());
    Reply r;
    r.error = reply->error();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

QNetworkReply *SandboxClient::startGet(const QString &method, const QUrlQuery &query)
{
    return m_nam.get(QNetworkRequest(url(method, query)));
}

Reply SandboxClient::get(const QString &method, const QUrlQuery &query)
{
    return wait(startGet(method, query));
}

Reply SandboxClient::postForm(const QString &method,
                              const QList<std::pair<QString, QString>> &fields)
{
    QNetworkRequest request(url(method));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    return wait(m_nam.post(request, formBody(fields)));
}

Reply SandboxClient::postJson(const QString &method, const QJsonObject &body)
{
    QNetworkRequest request(url(method));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    return wait(m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents,
                                        int(qMax<qint64>(1, deadline.remainingTime())));
    }
    return true;
}

core::TelegramSandboxBot::User person(qint64 id, const QString &firstName, const QString &lastName,
                                      const QString &username, const QString &languageCode)
{
    core::TelegramSandboxBot::User u;
    u.id = id;
    u.firstName = firstName;
    u.lastName = lastName;
    u.username = username;
    u.languageCode = languageCode;
    return u;
}

TelegramFixture::TelegramFixture(core::TelegramSandbox::Options options)
{
    REQUIRE(server.listen());
    sandbox = std::make_unique<core::TelegramSandbox>(&server, std::move(options));
    bot = sandbox->bot();
    client = std::make_unique<SandboxClient>(sandbox->apiBaseUrl(), bot->config().token);
}

// VK

VkClient::VkClient(QUrl base, QString token)
    : m_base(std::move(base))
    , m_token(std::move(token))
{}

QUrl VkClient::methodUrl(const QString &method) const
{
    QUrl u = m_base;
    u.setPath(u"/method/"_s + method);
    return u;
}

Reply VkClient::call(const QString &method, const QList<std::pair<QString, QString>> &fields)
{
    QList<std::pair<QString, QString>> all = fields;
    const auto has = [&all](const QString &name) {
        return std::any_of(all.cbegin(), all.cend(),
                           [&](const auto &f) { return f.first == name; });
    };
    if (!has(u"v"_s))
        all.append({u"v"_s, u"5.199"_s});
    if (!has(u"access_token"_s) && !m_token.isEmpty())
        all.append({u"access_token"_s, m_token});
    return postRaw(method, SandboxClient::formBody(all), "application/x-www-form-urlencoded");
}

Reply VkClient::callBearer(const QString &method, const QList<std::pair<QString, QString>> &fields)
{
    QList<std::pair<QString, QString>> all = fields;
    all.append({u"v"_s, u"5.199"_s});
    QNetworkRequest request(methodUrl(method));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    return SandboxClient::wait(m_nam.post(request, SandboxClient::formBody(all)));
}

Reply VkClient::postRaw(const QString &method, const QByteArray &body,
                        const QByteArray &contentType, const QByteArray &query)
{
    QUrl url = methodUrl(method);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setRawHeader("Content-Type", contentType);
    return SandboxClient::wait(m_nam.post(request, body));
}

Reply VkClient::getRaw(const QString &method, const QByteArray &query)
{
    QUrl url = methodUrl(method);
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return SandboxClient::wait(m_nam.get(QNetworkRequest(url)));
}

QJsonObject VkClient::longPollServer(qint64 groupId)
{
    const Reply r =
        call(u"groups.getLongPollServer"_s, {{u"group_id"_s, QString::number(groupId)}});
    const QJsonObject o = vkResponse(r).toObject();
    m_key = o.value(u"key"_s).toString();
    m_server = o.value(u"server"_s).toString();
    return o;
}

QNetworkReply *VkClient::startPoll(const QString &ts, int wait, const QString &key,
                                   const QString &server)
{
    // Follow the server URL as given, and send no token on it.
    QUrl url(server.isEmpty() ? m_server : server);
    url.setQuery(u"act=a_check&key="_s + (key.isEmpty() ? m_key : key) + u"&ts="_s + ts +
                 u"&wait="_s + QString::number(wait));
    return m_nam.get(QNetworkRequest(url));
}

Reply VkClient::poll(const QString &ts, int wait, const QString &key)
{
    return SandboxClient::wait(startPoll(ts, wait, key), (wait + 10) * 1000);
}

QJsonValue vkResponse(const Reply &reply)
{
    return reply.json().value(u"response"_s);
}

QJsonObject vkError(const Reply &reply)
{
    return reply.json().value(u"error"_s).toObject();
}

core::VkSandboxCommunity::User vkUser(qint64 id, const QString &firstName, const QString &lastName,
                                      const QString &screenName)
{
    core::VkSandboxCommunity::User u;
    u.id = id;
    u.firstName = firstName;
    u.lastName = lastName;
    u.screenName = screenName;
    return u;
}

VkFixture::VkFixture(core::VkSandbox::Options options)
{
    REQUIRE(server.listen());
    sandbox = std::make_unique<core::VkSandbox>(&server, std::move(options));
    community = sandbox->community();
    client = std::make_unique<VkClient>(sandbox->apiBaseUrl(), community->config().token);
    admin = std::make_unique<VkClient>(sandbox->apiBaseUrl(), community->config().userToken);
}

core::VkSandboxCommunity::User vkAnna()
{
    return vkUser(712345678, u"Анна"_s, u"Петрова"_s, u"anna_petrova"_s);
}

core::VkSandboxCommunity::User vkJames()
{
    return vkUser(198765432, u"James"_s, u"Brown"_s);
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

QJsonArray vkPoll(VkFixture &f, qint64 ts)
{
    if (f.client->key().isEmpty())
        f.client->longPollServer(vkGroupId);
    const Reply r = f.client->poll(QString::number(ts));
    INFO(r.body.left(500).toStdString());
    REQUIRE(r.status == 200);
    REQUIRE(r.json().contains(u"updates"_s));
    return r.json().value(u"updates"_s).toArray();
}

QJsonObject vkObjectOf(const QJsonValue &event)
{
    return event.toObject().value(u"object"_s).toObject();
}

} // namespace fd::test
