#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <utility>

namespace fd::core {

// Header fields in the order they arrived (names as sent; compare them case-insensitively).
using HttpServerHeaders = QList<std::pair<QByteArray, QByteArray>>;

// Request parameters decoded the way the platforms decode them, or why they could not be.
struct HttpServerParameters
{
    QMap<QString, QString> values;
    QString error; // empty when the parameters were read

    bool ok() const { return error.isEmpty(); }
    bool contains(const QString &name) const { return values.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const
    {
        return values.value(name, fallback);
    }
};

// One parsed HTTP/1.x request as the sandbox servers see it.
struct HttpServerRequest
{
    QByteArray method;  // as sent, e.g. "POST"
    QByteArray target;  // the raw request-target, e.g. "/bot1:x/getMe?a=b"
    QByteArray path;    // the target before '?', still percent-encoded
    QByteArray query;   // the target after '?', without it; still encoded
    QByteArray version; // "HTTP/1.1"
    HttpServerHeaders headers;
    QByteArray body;

    // The first header called `name`, compared case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // The Content-Type without its parameters, lower-cased ("application/json").
    QByteArray mediaType() const;
    // The path split on '/', each segment percent-decoded as UTF-8. "/a/b%2Fc" -> "", "a", "b/c".
    QStringList pathSegments() const;

    // The query string and then the body (x-www-form-urlencoded, multipart/form-data or a
    // JSON object), merged; a body value replaces a query value of the same name. Form data
    // decodes '+' as a space and %XX as UTF-8 bytes. JSON string values are taken as they are;
    // other JSON values (numbers, booleans, objects, arrays) as their compact JSON text; nulls
    // are left out.
    HttpServerParameters parameters() const;

    // Decodes application/x-www-form-urlencoded data (also used for query strings).
    static QList<std::pair<QString, QString>> decodeForm(QByteArrayView data);
    // Percent-decodes `data` as UTF-8; with `plusIsSpace`, '+' first becomes a space.
    static QString decodeComponent(QByteArrayView data, bool plusIsSpace);
};

} // namespace fd::core
