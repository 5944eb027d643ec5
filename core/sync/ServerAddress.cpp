#include "ServerAddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

// The libpq parameters a URL may carry; anything else is more likely a typo than a wish.
const QStringList kPassThrough{
    u"sslmode"_s,
    u"sslrootcert"_s,
    u"sslcert"_s,
    u"sslkey"_s,
    u"sslcrl"_s,
    u"sslcompression"_s,
    u"sslsni"_s,
    u"ssl_min_protocol_version"_s,
    u"connect_timeout"_s,
    u"application_name"_s,
    u"keepalives"_s,
    u"keepalives_idle"_s,
    u"target_session_attrs"_s,
    u"channel_binding"_s,
    u"gssencmode"_s,
};

} // namespace

QString ServerAddress::display() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + database);
    if (!options.isEmpty()) {
        QUrlQuery query;
        for (const QString &pair : options.split(u';', Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(u'=');
            query.addQueryItem(pair.left(eq), pair.mid(eq + 1));
        }
        url.setQuery(query);
    }
    return url.toString();
}

QString ServerAddress::place() const
{
    return u"%1:%2/%3"_s.arg(host.toLower()).arg(port).arg(database);
}

std::optional<ServerAddress> ServerAddress::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<ServerAddress> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql"_s && url.scheme() != u"postgres"_s))
        return fail(QCoreApplication::translate(
            "fd::core::ServerAddress",
            "The server must be a postgresql:// URL, e.g. "
            "postgresql://db.example.org:5432/frontdesk?sslmode=verify-full"));
    if (url.host().isEmpty())
        return fail(QCoreApplication::translate("fd::core::ServerAddress",
                                                "The server URL names no host."));
    ServerAddress a;
    a.host = url.host();
    a.port = url.port(5432);
    if (a.port <= 0 || a.port > 65535)
        return fail(QCoreApplication::translate("fd::core::ServerAddress",
                                                "The port must be between 1 and 65535."));
    const QString path = url.path().mid(1);
    if (!path.isEmpty())
        a.database = path;
    if (a.database.contains(u'/'))
        return fail(QCoreApplication::translate("fd::core::ServerAddress",
                                                "The database name cannot contain a slash."));
    a.user = url.userName();
    a.password = url.password();
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!kPassThrough.contains(key))
            return fail(QCoreApplication::translate("fd::core::ServerAddress",
                                                    "Unknown connection option \"%1\".")
                            .arg(key));
        if (value.contains(u';') || value.contains(u' '))
            return fail(QCoreApplication::translate(
                            "fd::core::ServerAddress",
                            "The option \"%1\" cannot contain spaces or semicolons.")
                            .arg(key));
        options << key + u'=' + value;
    }
    a.options = options.join(u';');
    return a;
}

} // namespace fd::core
