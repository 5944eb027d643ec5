#include "HttpServerRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// The value of parameter `name` in a header like `multipart/form-data; boundary="x"`.
QByteArray headerParameter(QByteArrayView header, QByteArrayView name)
{
    const QList<QByteArray> parts = header.toByteArray().split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0 || !equalsIgnoreCase(part.left(eq).trimmed(), name))
            continue;
        QByteArray value = part.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
            value = value.mid(1, value.size() - 2);
            value.replace("\\\"", "\"");
            value.replace("\\\\", "\\");
        }
        return value;
    }
    return {};
}

// Non-string JSON values travel as their JSON text, the way Telegram reads them.
QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString decodeMultipart(const HttpServerRequest &request, QMap<QString, QString> &out)
{
    const QByteArray boundary = headerParameter(request.header("content-type"), "boundary");
    if (boundary.isEmpty())
        return u"multipart body without a boundary"_s;
    const QByteArray delimiter = "--" + boundary;
    const QByteArray &body = request.body;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return u"multipart body without its boundary"_s;
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return {}; // the closing delimiter
        if (body.mid(pos, 2) != "\r\n")
            return u"malformed multipart delimiter"_s;
        pos += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        if (headersEnd < 0)
            return u"malformed multipart part headers"_s;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headersEnd + 4);
        if (next < 0)
            return u"unterminated multipart part"_s;
        QByteArray name;
        const QList<QByteArray> lines = body.mid(pos, headersEnd - pos).split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && equalsIgnoreCase(line.left(colon).trimmed(), "content-disposition"))
                name = headerParameter(line.mid(colon + 1).trimmed(), "name");
        }
        const qsizetype start = headersEnd + 4;
        if (!name.isEmpty())
            out.insert(QString::fromUtf8(name), QString::fromUtf8(body.mid(start, next - start)));
        pos = next + 2;
    }
}

} // namespace

QByteArray HttpServerRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (equalsIgnoreCase(key, name))
            return value;
    }
    return {};
}

bool HttpServerRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &field : headers) {
        if (equalsIgnoreCase(field.first, name))
            return true;
    }
    return false;
}

QByteArray HttpServerRequest::mediaType() const
{
    QByteArray type = header("content-type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

QStringList HttpServerRequest::pathSegments() const
{
    QStringList out;
    const QList<QByteArray> raw = path.split('/');
    out.reserve(raw.size());
    for (const QByteArray &segment : raw)
        out.append(decodeComponent(segment, false));
    return out;
}

QString HttpServerRequest::decodeComponent(QByteArrayView data, bool plusIsSpace)
{
    QByteArray bytes = data.toByteArray();
    if (plusIsSpace)
        bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

QList<std::pair<QString, QString>> HttpServerRequest::decodeForm(QByteArrayView data)
{
    QList<std::pair<QString, QString>> out;
    const QList<QByteArray> pairs = data.toByteArray().split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        out.append({decodeComponent(key, true), decodeComponent(value, true)});
    }
    return out;
}

HttpServerParameters HttpServerRequest::parameters() const
{
    HttpServerParameters result;
    for (const auto &[key, value] : decodeForm(query))
        result.values.insert(key, value);
    if (body.isEmpty())
        return result;

    const QByteArray type = mediaType();
    if (type == "application/x-www-form-urlencoded") {
        for (const auto &[key, value] : decodeForm(body))
            result.values.insert(key, value);
    } else if (type == "multipart/form-data") {
        result.error = decodeMultipart(*this, result.values);
    } else if (type == "application/json") {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            result.error = u"the JSON body is not an object"_s;
            return result;
        }
        const QJsonObject object = doc.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isNull() && !it.value().isUndefined())
                result.values.insert(it.key(), jsonText(it.value()));
        }
    }
    // Other content types carry no parameters, as on the real servers.
    return result;
}

} // namespace fd::core
