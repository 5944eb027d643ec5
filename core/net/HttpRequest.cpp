#include "HttpRequest.h"

using namespace Qt::StringLiterals;

namespace fd::core {

namespace {

void replaceHeader(QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &name,
                   const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

} // namespace

HttpRequest::HttpRequest(Method method, QUrl baseUrl, QString path)
    : m_method(method)
    , m_baseUrl(std::move(baseUrl))
    , m_path(std::move(path))
{}

HttpRequest HttpRequest::get(QUrl baseUrl, QString path)
{
    return HttpRequest(Method::Get, std::move(baseUrl), std::move(path));
}

HttpRequest HttpRequest::post(QUrl baseUrl, QString path)
{
    return HttpRequest(Method::Post, std::move(baseUrl), std::move(path));
}

HttpRequest HttpRequest::put(QUrl baseUrl, QString path)
{
    return HttpRequest(Method::Put, std::move(baseUrl), std::move(path));
}

HttpRequest &HttpRequest::setMethod(Method method)
{
    m_method = method;
    return *this;
}

HttpRequest &HttpRequest::setBaseUrl(QUrl baseUrl)
{
    m_baseUrl = std::move(baseUrl);
    return *this;
}

HttpRequest &HttpRequest::setPath(QString path)
{
    m_path = std::move(path);
    return *this;
}

HttpRequest &HttpRequest::addQueryItem(const QString &key, const QString &value)
{
    m_query.append({key, value});
    return *this;
}

HttpRequest &HttpRequest::addQueryItem(const QString &key, qint64 value)
{
    return addQueryItem(key, QString::number(value));
}

HttpRequest &HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    replaceHeader(m_headers, name, value);
    return *this;
}

HttpRequest &HttpRequest::setBearerToken(const QString &token)
{
    return setHeader("Authorization", "Bearer " + token.toUtf8());
}

HttpRequest &HttpRequest::addFormField(const QString &key, const QString &value)
{
    if (m_bodyKind != BodyKind::Form) {
        m_rawBody.clear();
        m_rawContentType.clear();
        m_bodyKind = BodyKind::Form;
    }
    m_form.append({key, value});
    return *this;
}

HttpRequest &HttpRequest::addFormField(const QString &key, qint64 value)
{
    return addFormField(key, QString::number(value));
}

HttpRequest &HttpRequest::setJsonBody(const QJsonDocument &json)
{
    m_form.clear();
    m_bodyKind = BodyKind::Json;
    m_rawBody = json.toJson(QJsonDocument::Compact);
    m_rawContentType = "application/json";
    return *this;
}

HttpRequest &HttpRequest::setRawBody(QByteArray body, QByteArray contentType)
{
    m_form.clear();
    m_bodyKind = BodyKind::Raw;
    m_rawBody = std::move(body);
    m_rawContentType = std::move(contentType);
    return *this;
}

HttpRequest &HttpRequest::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    return *this;
}

HttpRequest &HttpRequest::setLongPoll(std::chrono::seconds duration)
{
    m_longPoll = duration;
    return *this;
}

HttpRequest &HttpRequest::setMaxReplySize(qint64 bytes)
{
    m_maxReplySize = bytes;
    return *this;
}

QByteArray HttpRequest::methodName() const
{
    switch (m_method) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Delete:
        return "DELETE";
    }
    return "GET";
}

QUrl HttpRequest::url() const
{
    QUrl url = m_baseUrl;
    if (!m_path.isEmpty()) {
        QString base = url.path(QUrl::FullyDecoded);
        while (base.endsWith(u'/'))
            base.chop(1);
        QString tail = m_path;
        while (tail.startsWith(u'/'))
            tail.remove(0, 1);
        // DecodedMode: the path is plain text, so '?', '#' and '%' in it are encoded, not read
        // as the start of a query or an escape.
        url.setPath(base + u'/' + tail, QUrl::DecodedMode);
    }
    if (!m_query.isEmpty()) {
        QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
        if (!query.isEmpty())
            query += '&';
        query += encodeForm(m_query);
        // StrictMode: the string is already encoded; QUrl must keep %2B, %26 and %3D as they are.
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    }
    return url;
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QByteArray HttpRequest::formBody() const
{
    return m_bodyKind == BodyKind::Form ? encodeForm(m_form) : QByteArray();
}

QByteArray HttpRequest::body() const
{
    switch (m_bodyKind) {
    case BodyKind::None:
        return {};
    case BodyKind::Form:
        return encodeForm(m_form);
    case BodyKind::Json:
    case BodyKind::Raw:
        return m_rawBody;
    }
    return {};
}

QByteArray HttpRequest::contentType() const
{
    switch (m_bodyKind) {
    case BodyKind::None:
        return {};
    case BodyKind::Form:
        return "application/x-www-form-urlencoded";
    case BodyKind::Json:
    case BodyKind::Raw:
        return m_rawContentType;
    }
    return {};
}

std::chrono::milliseconds HttpRequest::timeout() const
{
    if (m_longPoll > std::chrono::seconds::zero())
        return m_longPoll + kLongPollMargin;
    return m_timeout;
}

QByteArray HttpRequest::encodeForm(const QList<std::pair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &[key, value] : items) {
        if (!out.isEmpty())
            out += '&';
        // toPercentEncoding leaves only the unreserved characters as they are: '+' becomes %2B,
        // '&' %26, '=' %3D, '%' %25, space %20, line breaks %0A, everything else UTF-8 escapes.
        out += QUrl::toPercentEncoding(key);
        out += '=';
        out += QUrl::toPercentEncoding(value);
    }
    return out;
}

} // namespace fd::core
