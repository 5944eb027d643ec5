#include "SandboxClient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>

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

} // namespace fd::test
