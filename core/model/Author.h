#pragma once

#include <QDateTime>
#include <QString>

namespace fd::core {

// A person or page who wrote to us. Unique per (platform, externalId): the same VK user writing
// to two of our communities is one author.
struct Author
{
    qint64 id = 0;
    QString platform;   // platform word, see toString(Platform)
    QString externalId; // exact platform id, kept as text
    QString name;
    QString handle;        // without the leading @
    qint64 followers = -1; // followers / reach; -1 when the platform does not say
    QString city;
    QString avatarUrl;
    QDateTime firstSeen;

    bool operator==(const Author &) const = default;
};

} // namespace fd::core
