#include "HttpResult.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fd::core {

namespace {

// The three HTTP-date forms of RFC 9110 §5.6.7, all in GMT.
QDateTime parseHttpDate(const QString &text)
{
    const QLocale c = QLocale::c();
    const QString s = text.simplified();
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    QDateTime parsed = c.toDateTime(s, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    if (!parsed.isValid()) {
        // asctime: "Sun Nov  6 08:49:37 1994" (simplified() folded the double space)
        parsed = c.toDateTime(s, u"ddd MMM d hh:mm:ss yyyy"_s);
    }
    if (!parsed.isValid()) {
        // RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT"; a two-digit year more than 50 years ahead
        // is in the past century.
        static const QRegularExpression rfc850(
            u"^([A-Za-z]+), (\\d{2})-([A-Za-z]{3})-(\\d{2}) (\\d{2}:\\d{2}:\\d{2}) GMT$"_s);
        const auto m = rfc850.match(s);
        if (m.hasMatch()) {
            int year = 2000 + m.captured(4).toInt();
            if (year > QDate::currentDate().year() + 50)
                year -= 100;
            parsed = c.toDateTime(m.captured(1) + u", "_s + m.captured(2) + u'-' + m.captured(3) +
                                      u'-' + QString::number(year) + u' ' + m.captured(5),
                                  u"dddd, dd-MMM-yyyy hh:mm:ss"_s);
        }
    }
    if (!parsed.isValid())
        return {};
    return QDateTime(parsed.date(), parsed.time(), Qt::UTC);
}

} // namespace

bool HttpResult::retryable() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return httpStatus == 429 || httpStatus >= 500;
    case Kind::Api:
        return apiRetryable || retryAfter.has_value() || httpStatus == 429 || httpStatus >= 500;
    case Kind::Ok:
    case Kind::Parse:
    case Kind::TooLarge:
    case Kind::Aborted:
        return false;
    }
    return false;
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonDocument HttpResult::parseJson(const QByteArray &bytes, QJsonParseError *error)
{
    QJsonParseError local;
    QJsonParseError &e = error ? *error : local;
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    if (e.error == QJsonParseError::IllegalUTF8String) {
        // One broken byte sequence in a customer's text must not cost the whole answer: read
        // it the way QString does, with U+FFFD for what is not UTF-8, and parse again.
        doc = QJsonDocument::fromJson(QString::fromUtf8(bytes).toUtf8(), &e);
    }
    return doc;
}

QJsonDocument HttpResult::json()
{
    QJsonParseError error;
    const QJsonDocument doc = parseJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return doc;
    if (kind == Kind::Ok) {
        kind = Kind::Parse;
        if (body.trimmed().isEmpty()) {
            message = QCoreApplication::translate(
                          "fd::core::Net", "The reply from %1 is empty where JSON was expected.")
                          .arg(origin);
        } else {
            message = QCoreApplication::translate(
                          "fd::core::Net", "The reply from %1 is not valid JSON: %2 at byte %3.")
                          .arg(origin, error.errorString())
                          .arg(error.offset);
        }
    }
    return {};
}

void HttpResult::setApiError(int code, const QString &description, bool retryable)
{
    kind = Kind::Api;
    apiCode = code;
    apiMessage = description;
    apiRetryable = retryable;
    message = QCoreApplication::translate("fd::core::Net",
                                          "The server at %1 refused the request: %2 (code %3).")
                  .arg(origin, description)
                  .arg(code);
}

std::optional<std::chrono::seconds> HttpResult::parseRetryAfter(const QByteArray &value,
                                                                const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional(std::chrono::seconds(seconds));
    const QDateTime at = parseHttpDate(QString::fromLatin1(trimmed));
    if (!at.isValid())
        return std::nullopt;
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(at)));
}

QString HttpResult::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Ok:
        return u"Ok"_s;
    case Kind::Network:
        return u"Network"_s;
    case Kind::Timeout:
        return u"Timeout"_s;
    case Kind::Http:
        return u"Http"_s;
    case Kind::Parse:
        return u"Parse"_s;
    case Kind::TooLarge:
        return u"TooLarge"_s;
    case Kind::Aborted:
        return u"Aborted"_s;
    case Kind::Api:
        return u"Api"_s;
    }
    return {};
}

} // namespace fd::core
